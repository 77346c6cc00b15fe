"""Importing contacts and companies from a table, with a dry run and an undo.

Each row is judged the same way in a dry run and in a real run:

- its cells become field values through the mapping (several email and phone columns
  feed one list; tags are split at ``;`` and ``,``); a row that could not be read, or
  whose emails, phones or dates are not valid, is *rejected* with the reason;
- the match key (email, phone, name: a contact's full name and company, a company's
  name; or external id: the record's id in the system the file comes from) finds the
  record the row is about, among the saved records and the rows before it in the same
  file; a row without a value for the key can only be created;
- the mode decides: ``create`` makes new records only (a match is *skipped*),
  ``update`` changes matched records only (no match is skipped), ``upsert`` both.
  An update fills in what the row has and the record lacks or has otherwise; an
  empty cell never blanks a field, and emails, phones and tags are added to those
  the record has. A row that would change nothing is skipped.
- a contact's photo (a ``data:`` URI or base64 cell; vCards give theirs so) is checked
  by :mod:`crm_desktop.domain.photos`: too big or not a picture rejects the row.

A real run is one transaction, so a crash or Cancel leaves nothing half-written. It
records a batch (``_import_batches``, ``_import_rows``): the records created, and
for each update the values it replaced, so :meth:`ImportService.undo` puts the
whole batch back, through the services like any edit (so undo syncs too). Rejected
rows are written to a CSV beside the source with a reason column.
"""

from __future__ import annotations

import csv
import json
import logging
import multiprocessing
import os
import re
import tempfile
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from crm_desktop.domain.contact_points import (
    check_country,
    format_phone,
    normalize_email,
    normalize_phone,
    phone_search_tokens,
)
from crm_desktop.domain.enums import ContactMethodKind, ContactMethodLabel
from crm_desktop.domain.errors import CrmError, NotFoundError, ValidationError
from crm_desktop.domain.folding import fold
from crm_desktop.domain.ids import natural_id, new_id
from crm_desktop.domain.models import Company, Contact, ContactMethod, Tagging
from crm_desktop.domain.photos import describe, read_photo
from crm_desktop.i18n import _
from crm_desktop.services.changes import ChangeRecorder, ChangeSet, Outcome
from crm_desktop.services.contact_methods import add_methods, methods_of_many
from crm_desktop.services.contact_photos import photo_of, set_photo
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.custom_fields import check_custom_values, definitions
from crm_desktop.services.exports import unneutralised
from crm_desktop.services.import_shapes import revert, shapes
from crm_desktop.services.people import CompanyService, ContactService, joined_name
from crm_desktop.services.settings import read_settings
from crm_desktop.services.tags import tag_for, tag_names_of
from crm_desktop.storage import bulk_load
from crm_desktop.transfer.fields import (
    CUSTOM,
    ENTITIES,
    check_mapping,
    country_code,
    field_label,
    match_label,
)
from crm_desktop.transfer.reading import BROKEN, Table

log = logging.getLogger(__name__)

MODES = ("create", "update", "upsert")
CREATE, UPDATE, SKIP, REJECT = "create", "update", "skip", "reject"
_TAG_SPLIT = re.compile(r"\s*[;,|]\s*")
_PHONE_SPLIT = re.compile(r"\s*[;|/]\s*")
# a company's name folded: a file names a few hundred companies a hundred thousand times
_folded_name = lru_cache(maxsize=4096)(fold)
# day first where a date could be read either way (most of the world writes 05/03 for 5 March)
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%m/%d/%Y", "%d/%m/%y", "%Y%m%d")
PROGRESS_EVERY = 200  # rows between two progress calls


class Cancelled(CrmError):
    """The user stopped the import: nothing of it was saved."""


@dataclass(frozen=True)
class ImportOptions:
    entity: str  # contacts | companies | products | deals | sales
    mapping: Sequence[str | None]  # the field of each column (None: left out)
    match: str = "email"
    mode: str = "upsert"


@dataclass(frozen=True)
class RowOutcome:
    number: int  # the row's line in the file (the header is row 1)
    action: str  # create | update | skip | reject
    reason: str = ""
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field -> (old, new)
    record_id: str | None = None


@dataclass
class ImportReport:
    batch: str | None  # None for a dry run
    created: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    rejects_file: str = ""
    rows: list[RowOutcome] = field(default_factory=list)  # a dry run's verdicts (kept up to a limit)
    changes: ChangeSet = field(default_factory=ChangeSet)  # what a run wrote (lists reload)

    def count(self, outcome: RowOutcome) -> None:
        if outcome.action == CREATE:
            self.created += 1
        elif outcome.action == UPDATE:
            self.updated += 1
        elif outcome.action == SKIP:
            self.skipped += 1
        else:
            self.rejected += 1


@dataclass(frozen=True)
class BatchInfo:
    id: str
    entity: str
    file_name: str
    mode: str
    match: str
    created: int
    updated: int
    skipped: int
    rejected: int
    rejects_file: str
    made_at: str
    undone_at: str | None


Progress = Callable[[int], bool]  # rows done -> False to cancel


class ImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.contacts = ContactService(ctx)
        self.companies = CompanyService(ctx)

    def check(self, options: ImportOptions, headers: Sequence[str]) -> None:
        """ValidationError when the options cannot work with a file of these columns."""
        if options.entity not in ENTITIES:
            raise ValidationError(
                {"--type": _("Contacts, companies, deals, products or sales can be imported.")}
            )
        if options.mode not in MODES:
            raise ValidationError({"--mode": _("The mode is create, update or upsert.")})
        keys = ENTITIES[options.entity].match_keys
        if options.match not in keys:
            raise ValidationError(
                {
                    "--match": _("These records are matched by {keys}.").format(
                        keys=_(", ").join(map(match_label, keys))
                    )
                }
            )
        if len(options.mapping) != len(headers):
            raise ValidationError({"--map": _("The mapping must give one field (or none) per column.")})
        with self.ctx.db.read() as session:
            custom_keys = list(custom_labels(session, options.entity))
        unknown = check_mapping(options.mapping, options.entity, custom_keys)
        if unknown:
            raise ValidationError({"--map": _("Unknown fields: {fields}.").format(fields=", ".join(unknown))})
        mapped = set(options.mapping)
        needed = ENTITIES[options.entity].key_fields[options.match]
        if options.mode != "create" and not mapped & needed:
            raise ValidationError(
                {
                    "--match": _("No column is mapped to {field}, the match key.").format(
                        field=field_label(options.match)
                    )
                }
            )

    def custom_fields(self, entity: str) -> dict[str, str]:
        """key -> label of the entity's custom fields (for guess_mapping)."""
        with self.ctx.db.read() as session:
            return custom_labels(session, entity)

    # --- dry run and run ----------------------------------------------------------------------

    def dry_run(self, table: Table, options: ImportOptions, *, keep: int = 1000) -> ImportReport:
        """What a run would do, row by row (the first ``keep`` verdicts are kept); nothing saved."""
        self.check(options, table.headers)
        report = ImportReport(None)
        with self.ctx.db.write() as session:
            judge = self._judge(session, options, ChangeRecorder(), None)
            for outcome in judge.rows(table.rows):
                report.count(outcome)
                if len(report.rows) < keep:
                    report.rows.append(outcome)
            session.rollback()  # a dry run writes to see what would happen, then forgets it
        return report

    def run(
        self,
        table: Table,
        options: ImportOptions,
        *,
        file_name: str,
        rejects_to: Path | None = None,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Import every row in one transaction; the batch's report. Rejected rows go to
        ``rejects_to`` (CSV, the file's columns and a reason) when there are any."""
        self.check(options, table.headers)
        batch = new_id()
        report = ImportReport(batch)
        rejects: list[tuple[int, list[str], str]] = []
        with self.ctx.db.write() as session:
            recorder = ChangeRecorder()
            log = _BatchLog(session, batch)
            judge = self._judge(session, options, recorder, log)
            for done, outcome in enumerate(judge.rows(table.rows, rejects), start=1):
                report.count(outcome)
                if progress is not None and done % PROGRESS_EVERY == 0 and not progress(done):
                    raise Cancelled(_("The import was cancelled; nothing was saved."))
            if rejects_to is not None and rejects:
                # where it will be; written after the commit, so a folder that refuses the file
                # costs the file (then written to the temporary folder), never the import
                report.rejects_file = str(rejects_to)
            session.execute(
                text(
                    "INSERT INTO _import_batches (id, entity, file_name, mode, match, created, updated, "
                    "skipped, rejected, rejects_file, made_at) VALUES (:id, :entity, :file, :mode, :match, "
                    ":created, :updated, :skipped, :rejected, :rejects, :at)"
                ),
                {
                    "id": batch,
                    "entity": options.entity,
                    "file": file_name,
                    "mode": options.mode,
                    "match": options.match,
                    "created": report.created,
                    "updated": report.updated,
                    "skipped": report.skipped,
                    "rejected": report.rejected,
                    "rejects": report.rejects_file,
                    "at": self.ctx.clock().isoformat(),
                },
            )
            log.flush()
        report.changes = recorder.freeze()
        if rejects_to is not None and rejects:
            written = _write_rejects_somewhere(rejects_to, table.headers, rejects)
            if str(written) != report.rejects_file:
                report.rejects_file = str(written)
                with self.ctx.db.write() as session:
                    session.execute(
                        text("UPDATE _import_batches SET rejects_file = :file WHERE id = :id"),
                        {"file": report.rejects_file, "id": batch},
                    )
        if progress is not None:
            progress(report.created + report.updated + report.skipped + report.rejected)
        return report

    def _judge(
        self, session: Session, options: ImportOptions, recorder: ChangeRecorder, log: _BatchLog | None
    ) -> Any:
        """The judge of the rows of ``options.entity`` (products, deals and sales: record_imports)."""
        if options.entity in ("contacts", "companies"):
            return _Judge(self, session, options, recorder, record=log)
        from crm_desktop.services.record_imports import judge_for  # it builds on this module

        return judge_for(self.ctx, session, options, recorder, log)

    # --- batches --------------------------------------------------------------------------------

    def batches(self) -> list[BatchInfo]:
        with self.ctx.db.read() as session:
            rows = session.execute(
                text(
                    "SELECT id, entity, file_name, mode, match, created, updated, skipped, rejected, "
                    "rejects_file, made_at, undone_at FROM _import_batches ORDER BY made_at DESC, id DESC"
                )
            ).all()
        return [BatchInfo(*row) for row in rows]

    def undo(self, batch_id: str) -> Outcome[BatchInfo]:
        """Put back what the batch did: its new records deleted, its updates reverted."""
        with self.ctx.db.write() as session:
            found = session.execute(
                text("SELECT undone_at FROM _import_batches WHERE id = :id"), {"id": batch_id}
            ).first()
            if found is None:
                raise NotFoundError("import", batch_id)
            if found[0] is not None:
                raise ValidationError(
                    {"BATCH": _("Import {batch} was undone already.").format(batch=batch_id)}
                )
            recorder = ChangeRecorder()
            rows = session.execute(
                text(
                    "SELECT entity, record_id, action, before FROM _import_rows WHERE batch_id = :id "
                    "ORDER BY position DESC"
                ),
                {"id": batch_id},
            ).all()
            shaped = shapes(self.ctx)
            # new contacts and companies are deleted last, many at a time (one by one, each cost
            # two or three milliseconds): after the records that refer to them, and contacts
            # before the companies they name
            new_parties: dict[str, list[str]] = {"contacts": [], "companies": []}
            for entity, record_id, action, logged in rows:
                if action == CREATE and entity in new_parties:
                    new_parties[entity].append(record_id)
                    continue
                shape = shaped.get(entity)
                service = (
                    shape.service if shape else self.contacts if entity == "contacts" else self.companies
                )
                try:
                    with session.begin_nested():
                        if action == CREATE:
                            service.delete_in(session, record_id, recorder)
                        elif shape is not None:
                            revert(shape, session, record_id, json.loads(logged), recorder)
                        else:
                            self._revert(session, service, record_id, json.loads(logged), recorder)
                except (NotFoundError, ValidationError):
                    continue  # deleted since, or no longer valid (a custom field removed): left as it is
            self.contacts.delete_many_in(session, new_parties["contacts"], recorder)  # those still live
            self.companies.delete_many_in(session, new_parties["companies"], recorder)
            session.execute(
                text("UPDATE _import_batches SET undone_at = :at WHERE id = :id"),
                {"at": self.ctx.clock().isoformat(), "id": batch_id},
            )
        info = next(info for info in self.batches() if info.id == batch_id)
        return Outcome(info, recorder.freeze())

    def _revert(
        self, session: Session, service: Any, record_id: str, logged: dict[str, Any], recorder: ChangeRecorder
    ) -> None:
        """Put back what one update of the import changed, field by field, where the field still
        holds what the import wrote (a later edit by someone is kept), and remove the emails and
        phones it added."""
        record = service._get(session, record_id)
        tags = tag_names_of(session, [record_id])[record_id]
        patch: dict[str, Any] = {}
        custom: dict[str, Any] = {}
        for name, old in logged["before"].items():
            written = logged["after"][name]
            if name.startswith(CUSTOM):
                key = name.removeprefix(CUSTOM)
                if _same(record.custom.get(key), written):
                    custom[key] = old
            elif name == "tags":
                if tags == written:
                    patch["tags"] = old
            elif name == "photo":
                if photo_of(session, record_id) == written:
                    set_photo(session, record_id, old, recorder, self.ctx.clock())
            elif _same(getattr(record, name), written):
                patch[name] = date.fromisoformat(old) if name == "birthday" and old else old
        if custom:
            patch["custom"] = custom
        now = self.ctx.clock()
        for method in session.exec(
            select(ContactMethod).where(
                col(ContactMethod.id).in_(logged.get("methods", [])), col(ContactMethod.deleted_at).is_(None)
            )
        ):
            method.deleted_at = now
            method.updated_at = now
            session.add(method)
            recorder.delete("contact_method", method.id)
        if patch:
            service.update_in(session, record_id, patch, recorder)
        else:
            session.flush()
            service._index(session, record)  # its emails and phones changed


def _same(current: Any, written: Any) -> bool:
    """A column's value and the JSON of what the import wrote there."""
    if isinstance(current, date | datetime):
        current = current.isoformat()
    return bool(current == written or (current in (None, "") and written in (None, "")))


def custom_labels(session: Session, entity: str) -> dict[str, str]:
    """key -> label of the custom fields of ``entity``'s records (none for products and sales)."""
    owner = {"contacts": "contact", "companies": "company", "deals": "deal"}.get(entity)
    if owner is None:  # products and sales have no custom fields
        return {}
    return {definition.key: definition.label for definition in definitions(session, owner)}


class _BatchLog:
    """The batch's created and updated records, written with the batch."""

    def __init__(self, session: Session, batch: str) -> None:
        self.session = session
        self.batch = batch
        # (batch, position, entity, record, action, before): written by the sqlite3 module's
        # executemany, as the new contacts are (SQLAlchemy's handling of 100,000 rows of named
        # parameters cost most of a second)
        self.rows: list[tuple[str, int, str, str, str, str | None]] = []

    def created(self, entity: str, record_id: str) -> None:
        self.rows.append((self.batch, len(self.rows), entity, record_id, CREATE, None))

    def updated(self, entity: str, record_id: str, before: dict[str, Any]) -> None:
        logged = json.dumps(before, default=_json_value)
        self.rows.append((self.batch, len(self.rows), entity, record_id, UPDATE, logged))

    def flush(self) -> None:
        if self.rows:
            _driver_connection(self.session).executemany(
                "INSERT INTO _import_rows (batch_id, position, entity, record_id, action, before) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                self.rows,
            )


def _json_value(value: object) -> object:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


class _Judge:
    """Turns rows into outcomes, writing them when a batch log is given."""

    BULK = True  # new contacts through _NewContacts (tests compare it with the service's way)

    def __init__(
        self,
        service: ImportService,
        session: Session,
        options: ImportOptions,
        recorder: ChangeRecorder,
        *,
        record: _BatchLog | None,
    ) -> None:
        self.service = service
        self.session = session
        self.options = options
        self.recorder = recorder
        self.log = record
        # a dry run shows what each new record will hold; a run only counts them
        self.shows_new_values = record is None
        self.region = read_settings(session).default_region
        self.entity = options.entity
        self.records = service.contacts if self.entity == "contacts" else service.companies
        self.owner = "contact" if self.entity == "contacts" else "company"
        self.model: Any = Contact if self.entity == "contacts" else Company
        self.seen: dict[str, int] = {}  # match key -> first row number that had it
        # the saved records by match key and the companies by name, read once: a query per row
        # cost more than the rest of the row, and SQLite's case folding knows only ASCII
        self.companies_by_name = _companies_by_name(session)
        # a file without a company column matches contacts by name alone
        self.name_only = self.entity == "companies" or "company" not in options.mapping
        self.by_key = _records_by_key(
            session, self.entity, options.match, self.companies_by_name, self.name_only
        )
        self.new_contacts = _NewContacts(self) if self.entity == "contacts" and self.BULK else None

    def rows(
        self, rows: Iterator[list[str]], rejects: list[tuple[int, list[str], str]] | None = None
    ) -> Iterator[RowOutcome]:
        # new contacts: their values and search texts worked out ahead by a worker process
        primed_rows = (
            _primed_rows(rows, self.options.mapping, self.region)
            if self.new_contacts is not None
            else _unprimed(rows)
        )
        try:
            for number, (cells, primed) in enumerate(primed_rows, start=2):
                try:
                    outcome = self._row(number, cells, primed)
                except ValidationError as error:
                    outcome = RowOutcome(number, REJECT, _reason(error))
                if outcome.action == REJECT and rejects is not None:
                    rejects.append((number, cells, outcome.reason))
                if self.new_contacts is not None and self.new_contacts.due():
                    self.new_contacts.flush()
                yield outcome
        finally:
            primed_rows.close()  # Cancel, or a failure: the worker stops at once
        if self.new_contacts is not None:
            self.new_contacts.finish()

    def _row(self, number: int, cells: list[str], primed: _Primed | None = None) -> RowOutcome:
        if cells[:1] == [BROKEN]:
            return RowOutcome(number, REJECT, cells[1] if len(cells) > 1 else _("the row cannot be read"))
        values = primed.values if primed is not None else self._values(cells)
        if _is_empty(values):
            return RowOutcome(number, SKIP, _("the row is empty"))
        key = self._key(values)
        earlier = self.seen.get(key) if key else None
        matched = self.by_key.get(key) if key else None
        if key and earlier is None:
            self.seen[key] = number
        mode = self.options.mode
        if matched is None:
            if mode == "update":
                return RowOutcome(number, SKIP, _("no saved record matches it"))
            return self._create(number, values, key, primed)
        if mode == "create":
            if earlier is not None:
                return RowOutcome(
                    number, SKIP, _("the same as row {row}").format(row=earlier), record_id=matched
                )
            return RowOutcome(number, SKIP, _("already saved"), record_id=matched)
        if self.new_contacts is not None:
            # the record may be one of this file's, not written yet; and the update reads its
            # emails and phones by an index the bulk writing may have set aside
            self.new_contacts.finish()
        return self._update(number, matched, values)

    # --- values ----------------------------------------------------------------------------------

    def _values(self, cells: list[str]) -> dict[str, Any]:
        return row_values(self.options.mapping, self.region, cells)

    def _key(self, values: dict[str, Any]) -> str:
        match = self.options.match
        if match == "email":  # an address's local part may be case-sensitive in law, never in practice
            return values["emails"][0].lower() if values["emails"] else ""
        if match == "phone":
            return values["phones"][0] if values["phones"] else ""
        if match == "external_id":  # as the other system wrote it: "C-001" and "c-001" may differ
            return str(values.get("external_id", ""))
        name = fold(self._name_of(values))
        company = fold(values.get("company", "")) if self.entity == "contacts" and not self.name_only else ""
        return f"{name}\x1f{company}" if name else ""

    @staticmethod
    def _name_of(values: dict[str, Any]) -> str:
        if "name" in values:
            return str(values["name"])
        joined = " ".join(
            part for part in (values.get("given_name", ""), values.get("family_name", "")) if part
        )
        return str(values.get("display_name") or joined)

    # --- writing ---------------------------------------------------------------------------------

    def _input(self, values: dict[str, Any], *, queued: bool = False) -> dict[str, Any]:
        data = {k: v for k, v in values.items() if k != "company"}
        if self.entity == "contacts" and values.get("company"):
            data["company_id"] = self._company(values["company"], queued=queued)
        return data

    def _company(self, name: str, *, queued: bool = False) -> str:
        """The id of the company called ``name`` (folded), made when there is none: through the
        service, or ``queued`` with the new contact that names it (see _NewContacts.company)."""
        key = _folded_name(name)
        found = self.companies_by_name.get(key)
        if found is not None:
            return found
        if queued:
            assert self.new_contacts is not None
            company_id = self.new_contacts.company(name)
        else:
            company_id = str(self.service.companies.create_in(self.session, {"name": name}, self.recorder).id)
            if self.log is not None:
                self.log.created("companies", company_id)
        self.companies_by_name[key] = company_id
        return company_id

    def _create(
        self, number: int, values: dict[str, Any], key: str, primed: _Primed | None = None
    ) -> RowOutcome:
        photo = _photo(values)
        # _company only adds names, at the end: on failure the names after these are taken out
        # (a copy of the whole dict per row cost more than the row's company look-up)
        known = len(self.companies_by_name)
        try:
            if self.new_contacts is None:
                with (
                    self.session.begin_nested()
                ):  # a refused row leaves nothing of itself, its company included
                    record_id = self._create_one(values, photo, primed)
            else:  # queued with its new company, nothing written yet: nothing to take back
                record_id = self._create_one(values, photo, primed)
        except ValidationError:
            for name in list(self.companies_by_name)[known:]:
                del self.companies_by_name[name]
            if self.new_contacts is not None:
                self.new_contacts.proposed.clear()
            raise
        if self.log is not None:
            self.log.created(self.entity, record_id)
        if key:
            self.by_key[key] = record_id
        if not self.shows_new_values:
            return RowOutcome(number, CREATE, record_id=record_id)
        changes = {name: (None, value) for name, value in values.items() if value not in ("", [], {}, None)}
        if photo is not None:
            changes["photo"] = (None, photo)
        return RowOutcome(number, CREATE, changes=_shown(changes), record_id=record_id)

    def _create_one(
        self, values: dict[str, Any], photo: str | None = None, primed: _Primed | None = None
    ) -> str:
        data = self._input(values, queued=self.new_contacts is not None)
        if self.new_contacts is not None:
            record_id = self.new_contacts.add(data, primed)
        else:
            record_id = str(self.records.create_in(self.session, data, self.recorder).id)
        if photo is not None:  # the contact's row may come later (queued): the key is checked at commit
            set_photo(self.session, record_id, photo, self.recorder, self.service.ctx.clock())
        return record_id

    def _update(self, number: int, record_id: str, values: dict[str, Any]) -> RowOutcome:
        photo = _photo(values)
        record = self.session.get(self.model, record_id)
        assert record is not None
        current = self._current_related(record_id)
        changes: dict[str, tuple[Any, Any]] = {}
        companies = dict(self.companies_by_name)
        try:
            with self.session.begin_nested():
                data = self._input(values)
                patch: dict[str, Any] = {}
                for name, value in data.items():
                    if name == "tags":
                        merged = current["tags"] + [tag for tag in value if tag not in current["tags"]]
                        if merged != current["tags"]:
                            patch["tags"] = merged
                            changes["tags"] = (current["tags"], merged)
                    elif name == "custom":
                        wanted = {k: v for k, v in value.items() if str(record.custom.get(k, "")) != v}
                        if wanted:
                            patch["custom"] = wanted
                            changes.update({CUSTOM + k: (record.custom.get(k), v) for k, v in wanted.items()})
                    elif name in ("emails", "phones"):
                        new = [v for v in value if v.lower() not in {c.lower() for c in current[name]}]
                        if new:
                            changes[name] = (current[name], current[name] + new)
                    elif value is not None and value != "" and getattr(record, name) != value:
                        patch[name] = value
                        changes[name] = (getattr(record, name), value)
                if photo is not None and (had := photo_of(self.session, record_id)) != photo:
                    changes["photo"] = (had, photo)
                if not changes:
                    return RowOutcome(number, SKIP, _("nothing new"), record_id=record_id)
                if patch:
                    self.records.update_in(self.session, record_id, patch, self.recorder)
                added = self._add_methods(record_id, values)
                if "photo" in changes:
                    set_photo(self.session, record_id, photo, self.recorder, self.service.ctx.clock())
        except ValidationError:
            self.companies_by_name = companies
            raise
        if self.log is not None:
            kept = [name for name in changes if name not in ("emails", "phones")]
            before = {name: changes[name][0] for name in kept}
            after = {name: changes[name][1] for name in kept}
            self.log.updated(self.entity, record_id, {"before": before, "after": after, "methods": added})
        return RowOutcome(number, UPDATE, changes=_shown(changes), record_id=record_id)

    def _add_methods(self, record_id: str, values: dict[str, Any]) -> list[str]:
        """Add the row's emails and phones the record lacks (its own stay as they are); the new
        rows' ids, which undo removes."""
        now = self.service.ctx.clock()
        added: list[str] = []
        for field_name, kind in (("emails", ContactMethodKind.EMAIL), ("phones", ContactMethodKind.PHONE)):
            added += add_methods(
                self.session,
                owner=self.owner,
                owner_id=record_id,
                kind=kind,
                normalized=values[field_name],
                recorder=self.recorder,
                now=now,
            )
        if added:
            record = self.session.get(self.model, record_id)
            self.records._index(self.session, record)  # the text holds the emails and phones
        return added

    def _current_related(self, record_id: str) -> dict[str, list[str]]:
        methods = methods_of_many(self.session, self.owner, [record_id])[record_id]
        tags = tag_names_of(self.session, [record_id])[record_id]
        return {
            "emails": [m.normalized for m in methods if m.kind == ContactMethodKind.EMAIL],
            "phones": [m.normalized for m in methods if m.kind == ContactMethodKind.PHONE],
            "tags": list(tags),
        }


def row_values(mapping: Sequence[str | None], region: str, cells: list[str]) -> dict[str, Any]:
    """A row's cells as field values (emails and phones in their normal forms, tags split, custom
    fields apart); ValidationError naming each field it cannot read. Depends on nothing else,
    so a worker process can do it ahead (see :func:`_primed_rows`)."""
    values: dict[str, Any] = {}
    emails: list[str] = []
    phones: list[str] = []
    tags: list[str] = []
    custom: dict[str, str] = {}
    errors: dict[str, str] = {}
    for field_name, raw in zip(mapping, cells, strict=False):
        cell = unneutralised((raw or "").strip())
        if field_name is None or not cell:
            continue
        if field_name == "email":
            for part in _TAG_SPLIT.split(cell):
                try:
                    emails.append(normalize_email(part))
                except ValidationError:
                    errors["email"] = _("“{value}” is not an email address").format(value=part)
        elif field_name == "phone":
            for part in _PHONE_SPLIT.split(cell):
                try:
                    phones.append(normalize_phone(part, region))
                except ValidationError:
                    errors["phone"] = _("“{value}” is not a phone number").format(value=part)
        elif field_name == "tags":
            tags += [tag for tag in _TAG_SPLIT.split(cell) if tag]
        elif field_name == "birthday":
            parsed = parse_date(cell)
            if parsed is None:
                errors["birthday"] = _("“{value}” is not a date").format(value=cell)
            values["birthday"] = parsed
        elif field_name == "country":
            values["country"] = country_code(cell)
        elif field_name.startswith(CUSTOM):
            custom[field_name.removeprefix(CUSTOM)] = cell
        elif field_name not in values:
            values[field_name] = cell
    if errors:
        raise ValidationError(errors)
    values["emails"] = list(dict.fromkeys(emails))
    values["phones"] = list(dict.fromkeys(phones))
    values["tags"] = list(dict.fromkeys(tags))
    values["custom"] = custom
    return values


def _is_empty(values: Mapping[str, Any]) -> bool:
    """Whether a row's values hold nothing to save but tags and custom fields."""
    for name, value in values.items():  # noqa: SIM110 (a loop: a third of all()'s time per row)
        if value and name not in ("tags", "custom"):
            return False
    return True


def _companies_by_name(session: Session) -> dict[str, str]:
    """Live companies by folded name (the first of two alike)."""
    found: dict[str, str] = {}
    for company_id, sort_name in session.exec(
        select(Company.id, Company.name)
        .where(col(Company.deleted_at).is_(None))
        .order_by(col(Company.created_at))
    ):
        found.setdefault(fold(sort_name), str(company_id))
    return found


def _records_by_key(
    session: Session, entity: str, match: str, companies: Mapping[str, str], name_only: bool
) -> dict[str, str]:
    """The saved records by the import's match key (see _Judge._key), read in one query."""
    found: dict[str, str] = {}
    if match == "external_id":
        model: Any = Contact if entity == "contacts" else Company
        for external_id, record_id in session.exec(
            select(model.external_id, model.id)
            .where(col(model.external_id) != "", col(model.deleted_at).is_(None))
            .order_by(col(model.created_at))
        ):
            found.setdefault(str(external_id), str(record_id))
        return found
    if match in ("email", "phone"):
        kind = ContactMethodKind.EMAIL if match == "email" else ContactMethodKind.PHONE
        owner = ContactMethod.contact_id if entity == "contacts" else ContactMethod.company_id
        rows = session.exec(
            select(ContactMethod.normalized, owner)
            .where(
                col(ContactMethod.kind) == kind,
                col(owner).is_not(None),
                col(ContactMethod.deleted_at).is_(None),
            )
            .order_by(col(ContactMethod.created_at))
        )
        for normalized, owner_id in rows:
            found.setdefault(normalized.lower() if match == "email" else normalized, str(owner_id))
        return found
    if entity == "companies":
        return {f"{name}\x1f": company_id for name, company_id in companies.items()}
    names_of = {company_id: name for name, company_id in companies.items()}
    for contact_id, name, company_id in session.exec(
        select(Contact.id, Contact.display_name, Contact.company_id)
        .where(col(Contact.deleted_at).is_(None))
        .order_by(col(Contact.created_at))
    ):
        company = "" if name_only else names_of.get(company_id or "", "")
        found.setdefault(f"{fold(name)}\x1f{company}", str(contact_id))
    return found


def _photo(values: dict[str, Any]) -> str | None:
    """The row's photo taken out of its values, as it is kept; ValidationError when the cell
    holds no picture or too big a one (a link to a picture is not kept: None)."""
    cell = values.pop("photo", None)
    return read_photo(cell) if cell else None


def _shown(changes: dict[str, tuple[Any, Any]]) -> dict[str, tuple[Any, Any]]:
    """A row's changes as a report lists them: a photo in a few words, not its bytes."""
    if "photo" not in changes:
        return changes
    old, new = changes["photo"]
    return {**changes, "photo": (old and describe(old), new and describe(new))}


def _reason(error: ValidationError) -> str:
    return "; ".join(f"{field_label(field)}: {message}" for field, message in error.errors.items())


def parse_date(cell: str) -> date | None:
    """A date written in one of the usual ways (ISO first; day before month when unsure)."""
    text_value = cell.strip().split("T")[0].split(" ")[0]
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text_value, pattern).date()
        except ValueError:
            continue
    return None


def _write_rejects_somewhere(
    path: Path, headers: Sequence[str], rejects: Sequence[tuple[int, list[str], str]]
) -> Path:
    """:func:`write_rejects` to ``path``, or to the temporary folder when that folder refuses it
    (read-only, gone, full)."""
    try:
        return write_rejects(path, headers, rejects)
    except OSError:
        fallback = Path(tempfile.gettempdir()) / path.name
        return write_rejects(fallback, headers, rejects)


def write_rejects(path: Path, headers: Sequence[str], rejects: Sequence[tuple[int, list[str], str]]) -> Path:
    """The rejected rows as CSV (UTF-8 with a BOM, which Excel opens right): row number, the
    file's own columns, and the reason. Written to a temporary name first."""
    partial = path.with_name(path.name + ".part")
    with partial.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([_("Row"), *headers, _("Reason")])
        for number, cells, reason in rejects:
            shown = [] if cells[:1] == [BROKEN] else cells
            writer.writerow([number, *(shown + [""] * (len(headers) - len(shown)))[: len(headers)], reason])
    partial.replace(path)
    return path


class _NewContacts:
    """New contacts of an import written a thousand at a time with the sqlite3 module's
    ``executemany``.

    Creating a contact through the service costs a dozen statements and the ORM's object
    machinery (a few hundred a second), and even SQLAlchemy Core's handling of each row's
    parameters cost a sixth of an import; an import of a hundred thousand needs more. The
    rows here are what :meth:`ContactService.create_in` makes of the same values: the
    same checks (a name, a country code, the custom fields), the same derived columns
    (the shown name, its sort key), emails and phones in the order given (the first
    primary), tags, and the search text of :meth:`ContactService.text_of`; each value is
    stored as its column's type stores it (its SQLAlchemy bind processor, worked out once
    for the values every row shares). A test imports one file both ways and compares
    every column.
    """

    BATCH = 1000
    # From this many new contacts, and no fewer than the table held before, the secondary
    # indexes of contacts and contact_methods are dropped and built once at the end (see
    # :meth:`flush`): measured on 100,000 contacts, their rows went in in 5.1 s instead of
    # 11.9 s, building the indexes again costing 0.9 s. Below it, or with many saved contacts
    # to index again, inserting into the indexes costs less.
    SET_ASIDE_FROM = 10_000
    # kept while the rows go in: a company made through the service (an update's, once the
    # others are built again) has its search text built from its emails and phones, looked up
    # by company; contacts' rows leave it NULL, so it costs little to keep
    KEPT_INDEXES = ("ix_contact_methods_company",)

    def __init__(self, judge: _Judge) -> None:
        self.judge = judge
        self.session = judge.session
        self.now = judge.service.ctx.clock()
        self.definitions = {d.key: d for d in definitions(self.session, "contact")}
        # the custom values of a row that gives none, stored as JSON once rather than per row;
        # with a required field there are none, and such a row is refused as the service would
        custom_defaults, self.no_custom_defaults = _custom_defaults(self.session, "contact", self.definitions)
        self.contacts = _StoredRows(
            self.session,
            Contact,
            {"created_at": self.now, "updated_at": self.now, "custom": custom_defaults},
        )
        self.methods = _StoredRows(
            self.session,
            ContactMethod,
            {"created_at": self.now, "updated_at": self.now, "label": ContactMethodLabel.WORK},
        )
        self.taggings = _StoredRows(
            self.session, Tagging, {"created_at": self.now, "updated_at": self.now, "entity": "contact"}
        )
        company_defaults, self.no_company_defaults = _custom_defaults(self.session, "company")
        self.companies = _StoredRows(
            self.session,
            Company,
            {"created_at": self.now, "updated_at": self.now, "custom": company_defaults},
        )
        self.proposed: list[tuple[str, str]] = []  # (id, name): the new company of the row being added
        self.company_docs: list[tuple[str, str]] = []  # (company id, search text)
        self.company_search = bulk_load.SearchLoad("company")
        self.docs: list[tuple[str, str]] = []  # (contact id, search text)
        self.search = bulk_load.SearchLoad("contact")
        self.tags: dict[str, str] = {}  # folded name -> tag id
        self.company_names: dict[str, str] = {}  # company id -> its saved name (the search text's)
        self.written = 0  # contacts written so far
        self.saved: int | None = None  # contacts the table held before the import (read when needed)
        self.set_aside: list[str] = []  # the SQL of the indexes and idle sync triggers dropped
        self.may_set_aside = True  # False once an update has needed them back

    def __len__(self) -> int:
        return len(self.contacts)

    def due(self) -> bool:
        """Whether the queued rows are to be written now: a batch of them, but the first time
        as many as may have the indexes set aside (see :meth:`flush`).

        The indexes are best dropped before any of the import's rows has gone into them:
        measured on 100,000 contacts, dropping them after the first 10,000 rows left every
        row after that twice as slow to insert as dropping them before the first (SQLite
        reads again the pages they free, since this transaction wrote them)."""
        wanted = self.SET_ASIDE_FROM if self.may_set_aside and not self.written else self.BATCH
        return len(self.contacts) >= wanted

    def add(self, data: dict[str, Any], primed: _Primed | None = None) -> str:
        """Check one contact's values and queue it; its id. ValidationError as the service says it.

        ``primed``: what the worker process worked out for the row (its phones as shown, its
        search text), taken where it was made of the same values."""
        given, family, display = _names(data)
        data.update(given_name=given, family_name=family, display_name=display)
        if not display:
            raise ValidationError({"display_name": _("A contact needs a name.")})
        if data.get("country"):
            data["country"] = check_country(data["country"])
        custom = data.pop("custom", {})
        emails, phones, tags = data.pop("emails", []), data.pop("phones", []), data.pop("tags", [])
        values = {k: v for k, v in data.items() if k in self.contacts.base}
        if custom:  # else the defaults, stored with the fixed values
            values["custom"] = check_custom_values(self.session, "contact", custom, known=self.definitions)
        elif self.no_custom_defaults is not None:  # a new error each time: a raised one keeps its frames
            raise ValidationError(dict(self.no_custom_defaults.errors))
        for new_company, company_name in self.proposed:  # the row is good: its new company too
            self._add_company(new_company, company_name)
        self.proposed.clear()
        contact_id = new_id()
        values.update(id=contact_id, sort_key=fold(display))
        self.contacts.add(values)
        shown_phones = primed.phones if primed is not None else tuple(map(format_phone, phones))
        for kind, normals in ((ContactMethodKind.EMAIL, emails), (ContactMethodKind.PHONE, phones)):
            for position, normal in enumerate(normals):
                shown = normal if kind == ContactMethodKind.EMAIL else shown_phones[position]
                self.methods.add(
                    {
                        "id": new_id(),
                        "contact_id": contact_id,
                        "kind": kind,
                        "value": shown,
                        "normalized": normal,
                        "is_primary": position == 0,
                        "position": position,
                    }
                )
        for name in dict.fromkeys(tag.strip() for tag in tags if tag.strip()):
            tag_id = self._tag(name)
            self.taggings.add(
                {"id": natural_id("tagging", tag_id, contact_id), "tag_id": tag_id, "record_id": contact_id}
            )
        company_id = values.get("company_id")
        text_key = _text_key(values, self._company_name(company_id) if company_id else "")
        if primed is not None and primed.text_key == text_key:
            body = primed.text
        else:  # no worker, or the company's saved name is not the row's spelling of it
            body = _search_text(text_key, emails, phones)
        self.docs.append((contact_id, body))
        self.judge.recorder.create("contact", contact_id)
        return contact_id

    def company(self, name: str) -> str:
        """The id of a new company called ``name`` for the row being added. It is written with
        the row, a batch of companies at a time, as CompanyService would make it of its name
        alone; a row that is refused takes it back (the judge clears ``proposed``).

        Made through the service, a company cost two milliseconds of queries and ORM work: an
        Outlook export of a hundred thousand people, each of their own firm, would have spent
        minutes on its companies."""
        if self.no_company_defaults is not None:  # a required custom field a name cannot fill
            raise ValidationError(dict(self.no_company_defaults.errors))
        company_id = new_id()
        self.proposed.append((company_id, name))
        return company_id

    def _add_company(self, company_id: str, name: str) -> None:
        name = name.strip()
        self.companies.add({"id": company_id, "name": name, "sort_key": fold(name)})
        self.company_docs.append((company_id, CompanyService.text_of(Company(name=name), ())))
        self.company_names[company_id] = name
        self.judge.recorder.create("company", company_id)
        if self.judge.log is not None:
            self.judge.log.created("companies", company_id)

    def _company_name(self, company_id: str) -> str:
        name = self.company_names.get(company_id)
        if name is None:
            company = self.session.get(Company, company_id)
            live = company is not None and company.deleted_at is None
            name = self.company_names[company_id] = company.name if company and live else ""
        return name

    def _tag(self, name: str) -> str:
        key = fold(name)
        found = self.tags.get(key)
        if found is None:
            found = self.tags[key] = tag_for(self.session, name, self.judge.recorder, self.now).id
        return found

    def flush(self) -> None:
        """Write the queued rows. When the import has grown big enough (see ``SET_ASIDE_FROM``),
        the indexes are dropped first; they are part of the import's transaction, so a failure
        or Cancel puts them back with everything else, and :meth:`finish` builds them again."""
        if not self.contacts:
            return
        self.session.flush()  # companies and tags made for these rows go in first
        connection = _driver_connection(self.session)
        if self.may_set_aside and not self.set_aside and self._worth_setting_aside(connection):
            self.set_aside = bulk_load.drop_indexes(
                connection, ("contacts", "contact_methods"), keep=self.KEPT_INDEXES
            ) + bulk_load.drop_idle_capture_triggers(
                connection, ("companies", "contacts", "contact_methods", "taggings")
            )
            self.may_set_aside = False  # once: what is set aside is built again once
        self.written += len(self.contacts)
        row_sets = (self.companies, self.contacts, self.methods, self.taggings)  # companies first: keys
        for sql, rows in [row_set.take() for row_set in row_sets]:
            if rows:
                connection.executemany(sql, rows)
        self.company_search.add(connection, self.company_docs)
        self.search.add(connection, self.docs)
        self.docs, self.company_docs = [], []

    def finish(self) -> None:
        """Write the queued rows, build again the indexes set aside and fill the full-text index
        with the new texts: at the end, and before anything of the import reads by them or
        changes a text (an update); the rows after that go in with the indexes."""
        self.flush()
        self.may_set_aside = False
        connection = _driver_connection(self.session)
        if self.set_aside:
            bulk_load.run_all(connection, self.set_aside)
            self.set_aside = []
        self.search.finish(connection)
        self.company_search.finish(connection)

    def _worth_setting_aside(self, connection: Any) -> bool:
        coming = self.written + len(self.contacts)
        if coming < self.SET_ASIDE_FROM:
            return False
        if self.saved is None:
            (in_table,) = connection.execute("SELECT count(*) FROM contacts").fetchone()
            self.saved = int(in_table) - self.written
        return coming >= self.saved


def _custom_defaults(
    session: Session, entity: str, known: Mapping[str, Any] | None = None
) -> tuple[dict[str, Any], ValidationError | None]:
    """The custom values a new ``entity`` record given none is stored with, or, when a field is
    required, {} and what the service says of such a record."""
    try:
        return check_custom_values(session, entity, {}, known=known), None
    except ValidationError as error:
        return {}, error


def _names(data: Mapping[str, Any]) -> tuple[str, str, str]:
    """(given, family, shown name) of a new contact as the service makes them: stripped, the
    shown name the given and family names joined when the row has none."""
    given = (data.get("given_name") or "").strip()
    family = (data.get("family_name") or "").strip()
    display = (data.get("display_name") or "").strip()
    return given, family, display or joined_name(given, family)


def _text_key(values: Mapping[str, Any], company_name: str) -> tuple[str, ...]:
    """What a new contact's search text is made of besides its emails and phones."""
    get = values.get  # in _search_text's order
    return (
        get("display_name", ""),
        get("given_name", ""),
        get("family_name", ""),
        get("job_title", ""),
        get("city", ""),
        get("notes", ""),
        company_name,
    )


def _search_text(text_key: tuple[str, ...], emails: Sequence[str], phones: Sequence[str]) -> str:
    """:meth:`ContactService.text_of` of a new contact, its emails then its phones (their words
    as ``_method_words`` makes them)."""
    display, given, family, job_title, city, notes, company_name = text_key
    words = list(emails)
    for phone in phones:
        words += phone_search_tokens(phone)
    return ContactService.text_from((display, given, family, job_title, city), company_name, words, notes)


# --- judging ahead in a worker process ---------------------------------------------------------------


@dataclass(frozen=True)
class _Primed:
    """What a worker process worked out for a row of new contacts: the costly, self-contained
    part of judging it (reading phone numbers is a fifth of an import, their forms and the
    search text as much again), done while this process writes the rows before it."""

    values: dict[str, Any]  # row_values of the cells
    phones: tuple[str, ...]  # values["phones"] as shown (format_phone)
    text_key: tuple[str, ...] | None  # what ``text`` was made of (_text_key); None: no text made
    text: str  # the search text, the row's company cell taken for its company's saved name


_PrimedRows = Generator[tuple[list[str], _Primed | None], None, None]
_PRIME_CHUNK = 2000  # rows sent to the worker at a time; a file of fewer is judged here alone
_PRIME_AHEAD = 4  # chunks sent ahead of the one being written
# tests turn these off to have the worker judge every chunk
_JUDGE_WHILE_WARMING = True
_PRIME_HERE_WHEN_BEHIND = True
# "on": a worker for every big file, "off": never (support's switch if one misbehaves on some
# computer); unset: on with two processors or more (_core_to_spare)
WORKER_ENV = "CRM_IMPORT_WORKER"


def _primed_rows(rows: Iterator[list[str]], mapping: Sequence[str | None], region: str) -> _PrimedRows:
    """``rows`` in their order, each with what a worker process worked out for it (None: the
    judge works it out itself).

    A file of more than a chunk starts one worker process ('spawn': as on Windows, macOS and
    in a frozen build). The rows are judged here while it starts; then each chunk's cells go
    to it a few chunks ahead, and while it is behind with the next one to be written, this
    process works out a chunk after those itself. A worker that cannot start or dies costs
    only the speed: the rest is judged here. A rejected row is judged again here, so its
    reason is written in this process's language. Closing the generator (Cancel, a failure)
    stops the worker.
    """
    chunk = _take(rows)
    if len(chunk) < _PRIME_CHUNK or not _worker_wanted():
        yield from _unprimed(chunk)
        yield from _unprimed(rows)
        return
    try:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        warm = pool.submit(_warm_up)
    except (OSError, ImportError, NotImplementedError, RuntimeError, ValueError) as error:
        log.warning("cannot start the import's worker process (%s); judging every row here", error)
        yield from _unprimed(chunk)
        yield from _unprimed(rows)
        return
    # each chunk with the worker's future for it, or what was worked out here while waiting
    pending: deque[tuple[list[list[str]], Future[list[_Primed | None]] | list[_Primed | None]]] = deque()
    sent = 0  # chunks in ``pending`` the worker has
    made_here = 0  # ... and worked out here (no more than _PRIME_AHEAD: a stalled worker must not
    # have the whole file read into memory, nor hold back the progress a Cancel waits for)
    try:
        while chunk and _JUDGE_WHILE_WARMING and not warm.done():  # the worker is still importing
            yield from _unprimed(chunk)
            chunk = _take(rows)
        while chunk or pending:
            try:
                while chunk and sent < _PRIME_AHEAD:
                    pending.append((chunk, pool.submit(_prime, mapping, region, chunk)))
                    sent += 1
                    chunk = _take(rows)
                cells_list, head = pending[0]
                if isinstance(head, Future):
                    if chunk and _PRIME_HERE_WHEN_BEHIND and made_here < _PRIME_AHEAD and not head.done():
                        # the worker is behind (the other processor is busy, or its rows are
                        # harder): this process works out the next chunk rather than wait
                        pending.append((chunk, _prime(mapping, region, chunk)))
                        made_here += 1
                        chunk = _take(rows)
                        continue
                    primed = head.result()
                    sent -= 1
                else:
                    primed = head
                    made_here -= 1
            except Exception as error:  # the worker died or failed: the rest is judged here, in order
                log.warning("the import's worker process failed (%s); judging the rest here", error)
                for waiting, _head in pending:
                    yield from _unprimed(waiting)
                yield from _unprimed(chunk)
                yield from _unprimed(rows)
                return
            pending.popleft()
            yield from zip(cells_list, primed, strict=True)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _worker_wanted() -> bool:
    choice = os.environ.get(WORKER_ENV, "").strip().lower()
    if choice in ("on", "1", "yes"):
        return True
    if choice in ("off", "0", "no"):
        return False
    return _core_to_spare()


def _core_to_spare() -> bool:
    """Whether the computer has a second processor for the worker.

    Since this process works out chunks itself whenever the worker is behind, a busy machine
    costs the worker's share of the work, not the import's. Measured on 100,000 contacts on a
    shared 2-core machine, with the worker against without: quiet, 11-13 s against 17 s;
    beside one busy process, 16-18 s against 17.5-17.8 s; beside two, 27-28 s against 29-30 s.
    (Before this process shared the work, the worker made a busy machine slower, and was
    used only when the last minute's load left most of a processor idle; that load counted
    the computer's own earlier work, a previous import's included, and turned it off.)
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return cores >= 2


def _take(rows: Iterator[list[str]]) -> list[list[str]]:
    return list(islice(rows, _PRIME_CHUNK))


def _unprimed(rows: Iterable[list[str]]) -> _PrimedRows:
    for cells in rows:
        yield cells, None


def _warm_up() -> None:
    """Nothing: done once the worker has imported this module."""


def _prime(mapping: Sequence[str | None], region: str, chunk: list[list[str]]) -> list[_Primed | None]:
    """In the worker: what :class:`_Primed` holds, for each row of ``chunk`` (None for a row
    that cannot be read or is rejected)."""
    primed: list[_Primed | None] = []
    for cells in chunk:
        try:
            values = None if cells[:1] == [BROKEN] else row_values(mapping, region, cells)
        except ValidationError:
            values = None
        if values is None:
            primed.append(None)
            continue
        given, family, display = _names(values)
        text_key: tuple[str, ...] | None = None
        text = ""
        if display:
            named = {**values, "given_name": given, "family_name": family, "display_name": display}
            text_key = _text_key(named, str(values.get("company", "")))
            text = _search_text(text_key, values["emails"], values["phones"])
        primed.append(_Primed(values, tuple(map(format_phone, values["phones"])), text_key, text))
    return primed


class _StoredRows:
    """Rows of one table waiting for ``executemany``, each value already in the form its
    column stores (a timestamp as SQLAlchemy writes it to SQLite, an enum by its value, JSON
    as text...). ``fixed`` values are the same in every row; columns a row does not give
    take the model's default."""

    def __init__(self, session: Session, model: Any, fixed: Mapping[str, Any]) -> None:
        table = model.__table__
        dialect = session.get_bind().dialect
        self.names = [column.name for column in table.columns]
        # the dialect's own processor: the generic type's would leave a timestamp to sqlite3's
        # default adapter, which writes it in another form
        self.processors = {
            column.name: column.type.dialect_impl(dialect).bind_processor(dialect) for column in table.columns
        }
        required = {name for name in self.names if model.model_fields[name].is_required()}
        template = model(**dict.fromkeys(required, ""))  # the defaults of the others
        self.base = {
            name: None if name in required else self._stored(name, getattr(template, name))
            for name in self.names
        }
        self.base.update({name: self._stored(name, value) for name, value in fixed.items()})
        self.defaults = [self.base[name] for name in self.names]
        # where each column's value goes in a row, and its processor (None: kept as given)
        self.slots = {name: (index, self.processors[name]) for index, name in enumerate(self.names)}
        marks = ", ".join("?" for _name in self.names)
        self.sql = f"INSERT INTO {table.name} ({', '.join(self.names)}) VALUES ({marks})"
        self.rows: list[list[Any]] = []

    def _stored(self, name: str, value: Any) -> Any:
        processor = self.processors[name]
        return value if processor is None or value is None else processor(value)

    def add(self, values: Mapping[str, Any]) -> None:
        row = self.defaults.copy()
        slots = self.slots
        for name, value in values.items():
            index, processor = slots[name]
            row[index] = value if processor is None or value is None else processor(value)
        self.rows.append(row)

    def __len__(self) -> int:
        return len(self.rows)

    def take(self) -> tuple[str, list[list[Any]]]:
        """The statement and the rows so far, which are no longer kept here."""
        rows, self.rows = self.rows, []
        return self.sql, rows


def _driver_connection(session: Session) -> Any:
    """The sqlite3 connection under the session's transaction."""
    return session.connection().connection.driver_connection
