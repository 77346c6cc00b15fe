"""Exporting records as CSV, Excel, vCard, JSON or iCalendar.

Contacts, companies, products, deals and sales are written under the import's field
names, so an exported file imports again as it is (``crm import`` maps the columns by
themselves; products, deals and sales: ``record_exports``). A contact's photo goes into
vCards only (PHOTO, base64): a spreadsheet cell cannot hold a picture. Cases and tasks
are written one column per stored column. Records are read a page at a time and written
as they come; the file is written under a temporary name and renamed at the end, so a
full disk or a crash never leaves half a file where the user expects one.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula: a
customer named ``=HYPERLINK(...)`` would become a link in whoever opens the export.
Such text cells in CSV files get a leading apostrophe, which spreadsheets show as plain
text (OWASP's advice for CSV injection); Excel files store every text cell as text.
Numbers (``Decimal`` values: amounts, quantities) are written as plain numbers, a refund
with its minus, which no spreadsheet takes for a formula; Excel files hold them as number
cells.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from sqlmodel import col, select

from crm_desktop.domain.enums import ActivityKind
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.domain.models import Company
from crm_desktop.domain.photos import photo_bytes
from crm_desktop.i18n import _
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.cases import CaseService
from crm_desktop.services.contact_methods import contact_points_of
from crm_desktop.services.contact_photos import photos_of
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.custom_fields import definitions
from crm_desktop.services.people import CompanyService, ContactService
from crm_desktop.services.pipeline import DealService
from crm_desktop.services.record_exports import RECORD_KINDS, record_table
from crm_desktop.services.records import ListQuery
from crm_desktop.services.sales_lists import ProductListing, SaleListing
from crm_desktop.services.tags import tag_names_of
from crm_desktop.services.tasks import TaskService
from crm_desktop.transfer.fields import CUSTOM, ENTITIES, NOT_TABULAR

FORMATS = ("csv", "xlsx", "vcf", "json")
_TABLE_FORMATS = ("csv", "xlsx", "json")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PAGE = 1000
_EXACT_DIGITS = 15  # the significant digits a spreadsheet's number keeps exactly
T = TypeVar("T")


def formats_for(entity: str) -> tuple[str, ...]:
    """The formats :meth:`ExportService.export` writes ``entity`` in (none: it cannot export it)."""
    if entity in ("contacts", "companies"):
        return FORMATS
    if entity in ("tasks", "meetings"):
        return (*_TABLE_FORMATS, "ics")
    if entity in ("deals", "cases", "products", "sales"):
        return _TABLE_FORMATS
    return ()


@dataclass(frozen=True)
class ExportResult:
    path: Path
    records: int


def neutralised(value: str) -> str:
    """A cell a spreadsheet shows as the text it is, never runs as a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def unneutralised(cell: str) -> str:
    """:func:`neutralised` undone (an import of an export): "'+966 50 ..." is the phone number."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_STARTS) else cell


class ExportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.contacts = ContactService(ctx)
        self.companies = CompanyService(ctx)
        self.others: dict[str, Any] = {  # listed page by page (cases, tasks: a column per stored one)
            "deals": DealService(ctx),
            "cases": CaseService(ctx),
            # the lists of the window's Products & sales page: a search finds by name, code,
            # number or customer there, and here alike
            "products": ProductListing(ctx),
            "sales": SaleListing(ctx),
            "tasks": TaskService(ctx),
            "meetings": ActivityService(ctx),
        }

    def export(
        self,
        entity: str,
        fmt: str,
        path: Path,
        query: ListQuery | None = None,
        ids: Sequence[str] | None = None,
    ) -> ExportResult:
        """Write every record of ``entity`` the query lists (all, by default) to ``path``; with
        ``ids``, exactly those records instead (those not deleted), in that order.

        Contacts and companies: CSV, XLSX, vCard or JSON, under the import's field names.
        Products, deals and sales: CSV, XLSX or JSON, as their import reads them (a sale's
        lines one row each). Cases and tasks: CSV, XLSX or JSON, one column per stored
        column. Tasks, and meetings (activities), also as iCalendar (``ics``)."""
        if entity in ("contacts", "companies"):  # with their emails, phones, tags and custom fields
            if fmt not in FORMATS:
                raise ValidationError({"--format": _("The format is csv, xlsx, vcf or json.")})
            with self.ctx.db.read() as session:
                keys = [d.key for d in definitions(session, "contact" if entity == "contacts" else "company")]
            fields = [*ENTITIES[entity].fields, *(CUSTOM + key for key in keys)]
            photos = fmt == "vcf"
            if not photos:
                fields = [name for name in fields if name not in NOT_TABULAR]
            return self._write(
                path, lambda partial: _WRITERS[fmt](partial, fields, self._rows(entity, query, ids, photos))
            )
        service = self.others.get(entity)
        if service is None:
            kinds = _(
                "Contacts, companies, deals, cases, products, sales, tasks or meetings can be exported."
            )
            raise ValidationError({"--type": kinds})
        if fmt == "ics":
            if entity not in ("tasks", "meetings"):
                raise ValidationError({"--format": _("Tasks and meetings can be written as iCalendar.")})
            return self._write(
                path, lambda partial: _write_ics(partial, entity, self._records_of(entity, query, ids))
            )
        if fmt not in ("csv", "xlsx", "json"):
            raise ValidationError({"--format": _("The format is csv, xlsx, json or (tasks, meetings) ics.")})
        if entity in RECORD_KINDS:
            records = self._records_of(entity, query, ids)
            table = record_table(self.ctx, entity, records, nested=fmt == "json")
            written = self._write(path, lambda partial: _WRITERS[fmt](partial, table.fields, table.rows()))
            return ExportResult(written.path, table.records)  # sales, not their lines' rows
        columns = [column.name for column in service.model.__table__.columns]
        rows = (
            {name: getattr(record, name) for name in columns}
            for record in self._records_of(entity, query, ids)
        )
        return self._write(path, lambda partial: _WRITERS[fmt](partial, columns, rows))

    def _write(self, path: Path, write: Callable[[Path], int]) -> ExportResult:
        return ExportResult(path, replace_when_written(path, write))

    def _records_of(self, entity: str, query: ListQuery | None, ids: Sequence[str] | None) -> Iterator[Any]:
        """The live records of ``entity`` (meetings: the activities that are)."""
        base = query or ListQuery()
        if entity == "meetings":
            base = ListQuery(**{**base.__dict__, "filters": {**base.filters, "kind": ActivityKind.MEETING}})
        for page in _pages(self.others[entity], base, ids):
            # given ids are not filtered in SQL: a call among them is still no meeting
            yield from (r for r in page if entity != "meetings" or r.kind == ActivityKind.MEETING)

    def _rows(
        self, entity: str, query: ListQuery | None, ids: Sequence[str] | None, photos: bool = False
    ) -> Iterator[dict[str, Any]]:
        service = self.contacts if entity == "contacts" else self.companies
        owner = "contact" if entity == "contacts" else "company"
        for page in _pages(service, query or ListQuery(), ids):
            page_ids = [record.id for record in page]
            with self.ctx.db.read() as session:
                points = contact_points_of(session, owner, page_ids)
                tags = tag_names_of(session, page_ids)
                wanted = sorted({r.company_id for r in page if getattr(r, "company_id", None)})
                companies = dict(
                    session.exec(select(Company.id, Company.name).where(col(Company.id).in_(wanted))).all()
                )
                pictures = photos_of(session, page_ids) if photos and entity == "contacts" else {}
            for record in page:
                row = {name: getattr(record, name, None) for name in ENTITIES[entity].fields}
                row["email"] = list(points[record.id].emails)
                row["phone"] = list(points[record.id].phones)
                row["tags"] = tags[record.id]
                if entity == "contacts":
                    row["company"] = companies.get(record.company_id or "", "")
                    row["photo"] = pictures.get(record.id)
                row.update({CUSTOM + key: value for key, value in (record.custom or {}).items()})
                row["id"] = record.id
                yield row


def replace_when_written(path: Path, write: Callable[[Path], T]) -> T:
    """Run ``write`` on a temporary name beside ``path`` and put it in place when it succeeds."""
    partial = path.with_name(path.name + ".part")
    try:
        result = write(partial)
        partial.replace(path)
    except OSError as error:  # no such folder, no right to write there, a full disk
        partial.unlink(missing_ok=True)
        raise CrmError(
            _("{file} could not be written ({reason}).").format(file=path, reason=error.strerror or error)
        ) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return result


def _pages(service: Any, base: ListQuery, ids: Sequence[str] | None = None) -> Iterator[list[Any]]:
    """The records ``base`` lists, or those of ``ids`` (the live ones, in that order), ``_PAGE``
    at a time (each a query of its own)."""
    if ids is not None:
        wanted = list(dict.fromkeys(ids))  # a row twice in a selection is written once
        for start in range(0, len(wanted), _PAGE):
            yield [r for r in service.fetch(wanted[start : start + _PAGE]) if r.deleted_at is None]
        return
    after = None
    while True:
        page = service.list(ListQuery(**{**base.__dict__, "limit": _PAGE, "after": after}))
        yield page.items
        if page.next_cursor is None:
            return
        after = page.next_cursor


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")  # never "1E+2"
    return str(value)


def _csv_cell(value: Any) -> str:
    """A number as it is ("-12.500": no formula), any other value as neutralised text."""
    return _cell(value) if isinstance(value, Decimal) else neutralised(_cell(value))


def _write_csv(path: Path, fields: Sequence[str], rows: Iterator[dict[str, Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as stream:  # the BOM: Excel reads UTF-8 right
        writer = csv.writer(stream)
        writer.writerow(fields)
        for row in rows:
            writer.writerow([_csv_cell(row.get(name)) for name in fields])
            count += 1
    return count


def _write_xlsx(path: Path, fields: Sequence[str], rows: Iterator[dict[str, Any]]) -> int:
    """Every cell but a number's a text cell: Excel never runs one as a formula, and a phone
    number keeps its "+" with no apostrophe to see (openpyxl would store "=..." text as a
    formula). Numbers are number cells showing their places (12.500 dinars), unless they have
    more digits than a spreadsheet's number keeps exactly: those stay text."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import Cell

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()

    def sheet_cell(value: Any) -> Cell:
        if isinstance(value, Decimal) and len(value.as_tuple().digits) <= _EXACT_DIGITS:
            cell = WriteOnlyCell(sheet, value=float(value))  # exact: no more digits than a float keeps
            places = max(0, -int(value.as_tuple().exponent))
            cell.number_format = "0." + "0" * places if places else "0"
            return cell
        cell = WriteOnlyCell(sheet, value=_cell(value))
        cell.data_type = "s"
        return cell

    sheet.append([sheet_cell(name) for name in fields])
    count = 0
    for row in rows:
        sheet.append([sheet_cell(row.get(name)) for name in fields])
        count += 1
    book.save(path)
    return count


def _write_json(path: Path, fields: Sequence[str], rows: Iterator[dict[str, Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as stream:
        stream.write("[\n")
        for row in rows:
            if count:
                stream.write(",\n")
            record = {"id": row["id"], **{name: row.get(name) for name in fields}}
            stream.write(json.dumps(record, ensure_ascii=False, default=_cell))
            count += 1
        stream.write("\n]\n")
    return count


def _write_vcf(path: Path, fields: Sequence[str], rows: Iterator[dict[str, Any]]) -> int:
    import vobject

    count = 0
    with path.open("w", encoding="utf-8", newline="") as stream:
        for row in rows:
            card = vobject.vCard()
            name = row.get("display_name") or row.get("name") or ""
            card.add("fn").value = name
            card.add("n").value = vobject.vcard.Name(
                family=row.get("family_name") or "", given=row.get("given_name") or ""
            )
            organization = row.get("company") if "company" in row else row.get("name")
            if organization:
                card.add("org").value = [organization]
            if row.get("job_title"):
                card.add("title").value = row["job_title"]
            for email in row.get("email") or []:
                card.add("email").value = email
            for phone in row.get("phone") or []:
                card.add("tel").value = phone
            if any(row.get(k) for k in ("address_line", "city", "region", "postal_code", "country")):
                card.add("adr").value = vobject.vcard.Address(
                    street=row.get("address_line") or "",
                    city=row.get("city") or "",
                    region=row.get("region") or "",
                    code=row.get("postal_code") or "",
                    country=row.get("country") or "",
                )
            if row.get("birthday"):
                card.add("bday").value = _cell(row["birthday"])
            if row.get("notes"):
                card.add("note").value = row["notes"]
            if row.get("tags"):
                card.add("categories").value = list(row["tags"])
            if row.get("photo"):
                kind, data = photo_bytes(row["photo"])
                photo = card.add("photo")
                photo.value = data  # vobject writes the bytes as base64
                photo.encoding_param = "b"
                photo.type_param = kind.removeprefix("image/").upper()
            stream.write(card.serialize())
            count += 1
    return count


_WRITERS = {"csv": _write_csv, "xlsx": _write_xlsx, "json": _write_json, "vcf": _write_vcf}


def _write_ics(path: Path, entity: str, records: Iterator[Any]) -> int:
    """Tasks as to-dos (due date, done or not), meetings as events (start and length)."""
    import vobject

    calendar = vobject.iCalendar()
    calendar.add("prodid").value = "-//CRM Desktop//EN"
    count = 0
    for record in records:
        if entity == "tasks":
            item = calendar.add("vtodo")
            item.add("summary").value = record.title
            if record.due_at is not None:
                item.add("due").value = _ics_time(record.due_at)
            item.add("status").value = "COMPLETED" if record.done_at is not None else "NEEDS-ACTION"
            if record.notes:
                item.add("description").value = record.notes
        else:
            item = calendar.add("vevent")
            item.add("summary").value = record.subject or _("Meeting")
            item.add("dtstart").value = _ics_time(record.occurred_at)
            item.add("dtend").value = _ics_time(
                record.occurred_at + timedelta(minutes=record.duration_minutes or 60)
            )
            if record.body:
                item.add("description").value = record.body
        item.add("uid").value = f"{record.id}@crm-desktop"
        item.add("dtstamp").value = _ics_time(record.updated_at)
        count += 1
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write(calendar.serialize())
    return count


def _ics_time(moment: datetime) -> datetime:
    """A UTC time vobject writes with a Z (it knows its own UTC, not the standard library's)."""
    from vobject.icalendar import utc

    return moment.astimezone(utc)
