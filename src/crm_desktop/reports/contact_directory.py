"""The ``contact-directory`` report: contacts with company, phone, email and city, grouped.

Rows are read in chunks of ids (the list order of the contact service), so a
directory of 100,000 contacts never holds more than one chunk of records at a
time besides the light table cells.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from crm_desktop.domain.enums import Lifecycle
from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.folding import fold
from crm_desktop.i18n import _
from crm_desktop.reports.document import BuildResult, Column, ReportDocument
from crm_desktop.reports.request import ReportRequest
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import ContactRow
from crm_desktop.services.records import ListQuery

NAME = "contact-directory"
FILTERS = ("tag", "owner", "lifecycle", "company", "search")
GROUPINGS = ("letter", "company")
CHUNK = 500


def directory_query(crm: Crm, filters: Mapping[str, str]) -> ListQuery:
    """The contact list query for the report's filters; unknown filters or values raise CrmError."""
    unknown = sorted(set(filters) - set(FILTERS))
    if unknown:
        raise CrmError(
            _("The contact directory has no filter {names}; it knows {known}.").format(
                names=", ".join(unknown), known=", ".join(FILTERS)
            )
        )
    columns: dict[str, Any] = {}
    tag_id: str | None = None
    if tag := filters.get("tag", "").strip():
        found = crm.tags.by_name(tag) or next(iter(crm.tags.fetch([tag])), None)
        if found is None:
            raise CrmError(_("There is no tag called “{tag}”.").format(tag=tag))
        tag_id = found.id
    if owner := filters.get("owner", "").strip():
        if not crm.users.fetch([owner]):
            raise CrmError(_("No user with id {id} exists.").format(id=owner))
        columns["owner_id"] = owner
    if company := filters.get("company", "").strip():
        if not crm.companies.fetch([company]):
            raise CrmError(_("No company with id {id} exists.").format(id=company))
        columns["company_id"] = company
    if lifecycle := filters.get("lifecycle", "").strip():
        if lifecycle not in {item.value for item in Lifecycle}:
            raise CrmError(
                _("The lifecycle must be one of {values}.").format(
                    values=", ".join(item.value for item in Lifecycle)
                )
            )
        columns["lifecycle"] = lifecycle
    return ListQuery(text=filters.get("search", "").strip(), filters=columns, tag_id=tag_id, sort="name")


def iter_rows(crm: Crm, query: ListQuery, chunk: int = CHUNK) -> Iterator[ContactRow]:
    """Every contact the query selects, in name order, read ``chunk`` at a time."""
    ids = crm.contacts.ids(query)
    for start in range(0, len(ids), chunk):
        yield from crm.contacts.rows(ids[start : start + chunk])


def group_letter(name: str) -> str:
    """The heading a name is listed under: its first letter, folded (accents and case ignored)."""
    folded = fold(name).strip()
    first = folded[:1]
    if not first:
        return "#"
    return first.upper() if first.isalpha() else "#"


def _cells(row: ContactRow) -> tuple[str, str, str, str, str]:
    return (
        row.display_name,
        row.company_name or "",
        row.primary_phone or "",
        row.primary_email or "",
        row.city or "",
    )


def columns() -> list[Column]:
    return [
        Column(_("Name"), 1.5),
        Column(_("Company"), 1.4),
        Column(_("Phone"), 1.1),
        Column(_("Email"), 1.7),
        Column(_("City"), 0.9),
    ]


def build(crm: Crm, output: Path | str, request: ReportRequest | None = None) -> BuildResult:
    """Write the contact directory to ``output`` (a PDF); see :func:`directory_query` for filters.

    ``request.group_by`` is ``letter`` (first letter of the name, the default) or ``company``.
    The text is translated by the catalogue the caller chose with
    :func:`crm_desktop.i18n.set_language`; ``request.language`` decides the direction of
    the page (``ar`` and ``fa`` are right to left).
    """
    request = request or ReportRequest()
    group_by = request.group_by or GROUPINGS[0]
    language = request.language
    if group_by not in GROUPINGS:
        raise CrmError(
            _("The contact directory groups by {values}, not “{value}”.").format(
                values=", ".join(GROUPINGS), value=group_by
            )
        )
    query = directory_query(crm, request.filters)
    title = _("Contact directory")
    document = ReportDocument(title, crm.settings.get(), language, timezone=crm.ctx.timezone)
    document.heading(title, 15)
    table_columns = columns()
    count = 0
    if group_by == "letter":
        letter: str | None = None
        group: list[tuple[str, ...]] = []
        for row in iter_rows(crm, query):
            count += 1
            this = group_letter(row.display_name)
            if this != letter and group:
                document.heading(letter or "#")
                document.table(table_columns, group)
                group = []
            letter = this
            group.append(_cells(row))
        if group:
            document.heading(letter or "#")
            document.table(table_columns, group)
    else:
        companies: dict[str, list[tuple[str, ...]]] = {}
        for row in iter_rows(crm, query):
            count += 1
            companies.setdefault(row.company_name or "", []).append(_cells(row))
        for company in sorted(companies, key=lambda name: (name == "", fold(name))):
            document.heading(company or _("No company"))
            document.table(table_columns, companies.pop(company))
    if count == 0:
        document.add(document.text(_("No contacts match.")))
    return document.build(output)
