"""The ``contact-directory`` report: contacts with company, phones, emails and city, grouped.

A directory of 100,000 contacts is never held whole: the contacts are read in
chunks of ids (the list order of the contact service) once to find the headings,
keeping only the ids under each, and read again, each chunk's emails and phones
with one more query, while its table is laid out; the table makes a page's cells
only as that page is laid out (:class:`crm_desktop.reports.document.StreamedTable`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from crm_desktop.domain.enums import Lifecycle
from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.folding import fold
from crm_desktop.i18n import _
from crm_desktop.reports.document import BuildResult, Column, ReportDocument
from crm_desktop.reports.lookups import user_filter
from crm_desktop.reports.request import ReportRequest
from crm_desktop.services.contact_methods import ContactPoints
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
    if owner := user_filter(crm, filters, "owner"):
        columns["owner_id"] = owner.id
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


def group_letter(name: str) -> str:
    """The heading a name is listed under: its first letter, folded (accents and case ignored)."""
    folded = fold(name).strip()
    first = folded[:1]
    if not first:
        return "#"
    return first.upper() if first.isalpha() else "#"


def cells(row: ContactRow, points: ContactPoints) -> tuple[str, str, str, str, str]:
    """A contact's cells under :func:`columns`: every phone and every email, one a line."""
    return (
        row.display_name,
        row.company_name or "",
        "\n".join(points.phones),
        "\n".join(points.emails),
        row.city or "",
    )


def iter_cells(crm: Crm, ids: Sequence[str], chunk: int = CHUNK) -> Iterator[tuple[str, str, str, str, str]]:
    """The cells of the contacts ``ids``, in that order, read ``chunk`` at a time: two queries
    a chunk (the rows, then every email and phone of them), none per contact."""
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        points = crm.contacts.contact_points(part)
        for row in crm.contacts.rows(part):
            yield cells(row, points.get(row.id, ContactPoints()))


def directory_cells(crm: Crm, query: ListQuery) -> Iterator[tuple[str, str, str, str, str]]:
    """The cells of every contact the query selects, in name order (what the tables show)."""
    return iter_cells(crm, crm.contacts.ids(query))


def groups(crm: Crm, ids: Sequence[str], group_by: str, chunk: int = CHUNK) -> list[tuple[str, list[str]]]:
    """Each heading and the ids listed under it, in the order they are printed.

    By letter, a heading starts wherever the first letter changes in name order; by
    company, companies are in name order with the contacts of none last. Only the ids
    are kept: the cells are read again when their table is laid out, so the whole
    directory's text is never held at once.
    """
    runs: list[tuple[str, list[str]]] = []
    companies: dict[str, list[str]] = {}
    for start in range(0, len(ids), chunk):
        for row in crm.contacts.rows(ids[start : start + chunk]):
            if group_by == "company":
                companies.setdefault(row.company_name or "", []).append(row.id)
                continue
            letter = group_letter(row.display_name)
            if not runs or runs[-1][0] != letter:
                runs.append((letter, []))
            runs[-1][1].append(row.id)
    if group_by != "company":
        return runs
    order = sorted(companies, key=lambda name: (name == "", fold(name)))
    return [(company or _("No company"), companies[company]) for company in order]


def columns() -> list[Column]:
    return [
        Column(_("Name"), 1.5),
        Column(_("Company"), 1.4),
        Column(_("Phones"), 1.1),
        Column(_("Emails"), 1.7),
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
    ids = crm.contacts.ids(query)
    for heading, members in groups(crm, ids, group_by):
        document.heading(heading)
        document.table(table_columns, iter_cells(crm, members))
    if not ids:
        document.add(document.text(_("No contacts match.")))
    return document.build(output)
