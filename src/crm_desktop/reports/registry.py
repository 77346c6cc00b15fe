"""The reports by name, with the filters each accepts (what ``crm report --list`` shows)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from crm_desktop.domain.errors import CrmError
from crm_desktop.i18n import _
from crm_desktop.reports import contact_directory
from crm_desktop.reports.document import BuildResult
from crm_desktop.services.crm import Crm


class Builder(Protocol):
    def __call__(
        self, crm: Crm, output: Path | str, *, language: str = ..., filters: Mapping[str, str] | None = ...
    ) -> BuildResult: ...


@dataclass(frozen=True)
class ReportInfo:
    name: str
    describe: Callable[[], str]  # translated when asked, in the language then chosen
    filters: tuple[str, ...]
    build: Builder


REPORTS: dict[str, ReportInfo] = {
    contact_directory.NAME: ReportInfo(
        contact_directory.NAME,
        lambda: _("Contacts with company, phone, email and city, grouped by letter or company."),
        contact_directory.FILTERS,
        contact_directory.build,
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
