"""The reports by name, with the filters each accepts (what ``crm report --list`` shows)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from crm_desktop.domain.errors import CrmError
from crm_desktop.i18n import _
from crm_desktop.reports import activities as activities_report
from crm_desktop.reports import cases as cases_report
from crm_desktop.reports import contact_directory
from crm_desktop.reports import customer as customer_report
from crm_desktop.reports import pipeline as pipeline_report
from crm_desktop.reports import quote as quote_report
from crm_desktop.reports import sales as sales_report
from crm_desktop.reports.document import BuildResult
from crm_desktop.reports.request import ReportRequest
from crm_desktop.services.crm import Crm


class Builder(Protocol):
    def __call__(self, crm: Crm, output: Path | str, request: ReportRequest) -> BuildResult: ...


@dataclass(frozen=True)
class ReportInfo:
    name: str
    describe: Callable[[], str]  # translated when asked, in the language then chosen
    filters: tuple[str, ...]
    build: Builder
    options: frozenset[str] = frozenset()  # which of request.OPTIONS it reads
    groupings: tuple[str, ...] = ()  # the first is the default
    needs: frozenset[str] = frozenset()  # options it cannot do without (one of them)


REPORTS: dict[str, ReportInfo] = {
    contact_directory.NAME: ReportInfo(
        contact_directory.NAME,
        lambda: _("Contacts with company, phone, email and city, grouped by letter or company."),
        contact_directory.FILTERS,
        contact_directory.build,
        groupings=contact_directory.GROUPINGS,
    ),
    customer_report.NAME: ReportInfo(
        customer_report.NAME,
        lambda: _("One contact or company: details, preferences, open deals, purchases, cases, activities."),
        customer_report.FILTERS,
        customer_report.build,
        options=customer_report.OPTIONS,
        needs=customer_report.OPTIONS,
    ),
    quote_report.NAME: ReportInfo(
        quote_report.NAME,
        lambda: _("A quote for one deal: customer, lines with discount and tax, totals, validity and terms."),
        quote_report.FILTERS,
        quote_report.build,
        options=quote_report.OPTIONS,
        needs=quote_report.OPTIONS,
    ),
    cases_report.NAME: ReportInfo(
        cases_report.NAME,
        lambda: _("Open, overdue, escalated cases by priority and assignee, time to resolve; or one case."),
        cases_report.FILTERS,
        cases_report.build,
        options=cases_report.OPTIONS,
    ),
    activities_report.NAME: ReportInfo(
        activities_report.NAME,
        lambda: _("Activities per owner and type, by week or month, and tasks done and open in a period."),
        activities_report.FILTERS,
        activities_report.build,
        options=activities_report.OPTIONS,
    ),
    pipeline_report.NAME: ReportInfo(
        pipeline_report.NAME,
        lambda: _("Open deals by stage, owner and close month with charts; deals won and lost with reasons."),
        pipeline_report.FILTERS,
        pipeline_report.build,
        options=pipeline_report.OPTIONS,
    ),
    sales_report.NAME: ReportInfo(
        sales_report.NAME,
        lambda: _("Revenue, cost, profit and margin by month, product and customer; cost per customer."),
        sales_report.FILTERS,
        sales_report.build,
        options=sales_report.OPTIONS,
    ),
}


def report(name: str) -> ReportInfo:
    """The report called ``name``; an unknown name raises CrmError naming the known ones."""
    try:
        return REPORTS[name]
    except KeyError:
        raise CrmError(
            _("There is no report called “{name}”; the reports are: {names}.").format(
                name=name, names=", ".join(sorted(REPORTS))
            )
        ) from None


def check_request(info: ReportInfo, request: ReportRequest) -> None:
    """CrmError when the request gives what the report does not read or lacks what it needs."""
    extra = sorted(request.options_given() - info.options)
    if extra:
        raise CrmError(
            _("The report {report} does not take {options}.").format(
                report=info.name, options=", ".join(f"--{name}" for name in extra)
            )
        )
    if info.needs and not (request.options_given() & info.needs):
        raise CrmError(
            _("The report {report} needs {options}.").format(
                report=info.name, options=_(" or ").join(f"--{name} ID" for name in sorted(info.needs))
            )
        )
    if request.group_by is not None and request.group_by not in info.groupings:
        if not info.groupings:
            raise CrmError(_("The report {report} has no grouping to choose.").format(report=info.name))
        raise CrmError(
            _("The report {report} groups by {values}, not “{value}”.").format(
                report=info.name, values=", ".join(info.groupings), value=request.group_by
            )
        )
