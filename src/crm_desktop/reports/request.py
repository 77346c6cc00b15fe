"""What a caller asks of a report: language, filters, period and the record it is about.

The command line and the window both fill one :class:`ReportRequest`; each report
says in the registry which parts it reads, so a ``--deal`` given to the contact
directory is a usage mistake, not silently ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from crm_desktop.domain.errors import CrmError
from crm_desktop.i18n import _
from crm_desktop.services.crm import Crm

# The parts of a request a report may read (beside language and filters)
PERIOD = "period"
CONTACT = "contact"
COMPANY = "company"
DEAL = "deal"
CASE = "case"
OPTIONS = (PERIOD, CONTACT, COMPANY, DEAL, CASE)


@dataclass(frozen=True)
class ReportRequest:
    language: str = "en"
    filters: Mapping[str, str] = field(default_factory=dict)
    start: date | None = None  # first day of the period
    end: date | None = None  # last day of the period (included)
    contact_id: str | None = None
    company_id: str | None = None
    deal_id: str | None = None
    case_id: str | None = None
    group_by: str | None = None

    def options_given(self) -> set[str]:
        given = set()
        if self.start is not None or self.end is not None:
            given.add(PERIOD)
        for option, value in (
            (CONTACT, self.contact_id),
            (COMPANY, self.company_id),
            (DEAL, self.deal_id),
            (CASE, self.case_id),
        ):
            if value:
                given.add(option)
        return given


@dataclass(frozen=True)
class Period:
    """Local days ``first`` to ``last`` (both included) and the UTC instants that bound them."""

    first: date
    last: date
    start: datetime  # UTC, the first day's local midnight
    stop: datetime  # UTC, the local midnight after the last day

    def holds(self, moment: datetime | None) -> bool:
        if moment is None:
            return False
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return self.start <= moment < self.stop


def period_of(crm: Crm, request: ReportRequest) -> Period:
    """The request's period; without dates, the last twelve months up to today (local days)."""
    today = crm.ctx.clock().astimezone(crm.ctx.timezone).date()
    last = request.end or today
    if request.start is not None:
        first = request.start
    else:
        month = last.month - 11
        year = last.year + (month - 1) // 12
        first = date(year, (month - 1) % 12 + 1, 1)
    if first > last:
        raise CrmError(
            _("The period starts ({first}) after it ends ({last}).").format(first=first, last=last)
        )
    zone = crm.ctx.timezone
    start = datetime.combine(first, time(0), tzinfo=zone).astimezone(UTC)
    stop = datetime.combine(last + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    return Period(first, last, start, stop)


def check_filters(report: str, filters: Mapping[str, str], known: tuple[str, ...]) -> None:
    unknown = sorted(set(filters) - set(known))
    if unknown:
        raise CrmError(
            _("{report} has no filter {names}; it knows {known}.").format(
                report=report, names=", ".join(unknown), known=", ".join(known) or "-"
            )
        )
