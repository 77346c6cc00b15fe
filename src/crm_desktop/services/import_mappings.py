"""Named import mappings: which field each column of a file goes to, saved for the next file.

A shop imports the same export of the same program again and again (the old
accounting system's customer list every month); the columns it mapped by hand the
first time are saved under a name and applied by header the next time
(``crm import FILE --mapping NAME``, the wizard's Mapping box).

A saved mapping holds, per record kind, each column's header and its field (None: the
column is left out). Applied to a file, columns are matched by their header (folded:
case, Arabic and Persian letter forms and the Turkish i do not matter); a saved column
the file lacks is ignored, and a column of the file the mapping does not know keeps
the guess (:func:`crm_desktop.transfer.fields.guess_mapping`).

Mappings are a synced table (``import_mappings``), shared by every team: they are the
shop's, every device imports with them, and one is a few hundred bytes. A mapping's id
is made from its record kind and folded name (``natural_id``), so the same name saved
on two laptops offline is one mapping (the last save wins) rather than two.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from crm_desktop.domain.errors import ConflictError, ValidationError
from crm_desktop.domain.folding import fold
from crm_desktop.domain.ids import natural_id
from crm_desktop.domain.models import ImportMapping
from crm_desktop.i18n import _
from crm_desktop.services.archive import table_label  # the records' kinds are their tables
from crm_desktop.services.changes import ChangeRecorder, Outcome
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.imports import custom_labels
from crm_desktop.transfer.fields import ENTITIES, check_mapping

MAX_NAME = 100
ENTITY = "import_mapping"  # in change-sets


class MappingExists(ConflictError):
    """A mapping of that name is saved already (save again with ``replace=True``)."""


@dataclass(frozen=True)
class SavedMapping:
    id: str
    entity: str  # contacts | companies | ...
    name: str
    columns: dict[str, str | None]  # header -> field (None: left out), in the file's order
    updated_at: datetime


def mapping_id(entity: str, name: str) -> str:
    return natural_id(ENTITY, entity, fold(name.strip()))


def header_key(header: str) -> str:
    """What two headers must share to be the same column ("E-mail " and "e-mail" are)."""
    return fold(header.strip())


def apply_saved(
    columns: Mapping[str, str | None], headers: Sequence[str], guessed: Sequence[str | None]
) -> list[str | None]:
    """The field of each of ``headers``: the saved one where the mapping names the column,
    else the guess."""
    saved = {header_key(header): field for header, field in columns.items()}
    return [
        saved[key] if (key := header_key(header)) in saved else guess
        for header, guess in zip(headers, guessed, strict=True)
    ]


class ImportMappingService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, entity: str | None = None) -> list[SavedMapping]:
        """The saved mappings (of one record kind, or all) by kind and name."""
        with self.ctx.db.read() as session:
            query = select(ImportMapping).where(col(ImportMapping.deleted_at).is_(None))
            if entity is not None:
                query = query.where(col(ImportMapping.entity) == entity)
            rows = session.exec(query.order_by(col(ImportMapping.entity), col(ImportMapping.sort_key)))
            return [_saved(row) for row in rows]

    def find(self, entity: str, name: str) -> SavedMapping | None:
        with self.ctx.db.read() as session:
            row = _live(session, entity, name)
            return None if row is None else _saved(row)

    def get(self, entity: str, name: str) -> SavedMapping:
        """The mapping of that name; ValidationError naming the saved ones when there is none."""
        found = self.find(entity, name)
        if found is None:
            names = [saved.name for saved in self.list(entity)]
            message = (
                _("There is no saved mapping “{name}” for {entity}; saved: {names}.").format(
                    name=name, entity=table_label(entity), names=", ".join(names)
                )
                if names
                else _("There is no saved mapping for {entity} yet.").format(entity=table_label(entity))
            )
            raise ValidationError({"--mapping": message})
        return found

    def check(
        self, entity: str, name: str, headers: Sequence[str], mapping: Sequence[str | None]
    ) -> tuple[str, dict[str, str | None]]:
        """What :meth:`save` would save (the name, the field of each headed column), or the
        ValidationError it would raise; nothing is written. An import checks this before it
        runs, so a mapping that cannot be saved stops it before anything is imported."""
        clean = " ".join(name.split())
        if entity not in ENTITIES:
            raise ValidationError({"--type": _("There are no imports of {entity}.").format(entity=entity)})
        if not clean:
            raise ValidationError({"--save-mapping": _("A mapping needs a name.")})
        if len(clean) > MAX_NAME:
            too_long = _("A mapping's name has at most {count} characters.")
            raise ValidationError({"--save-mapping": too_long.format(count=MAX_NAME)})
        if len(headers) != len(mapping):
            raise ValidationError({"--map": _("The mapping must give one field (or none) per column.")})
        columns: dict[str, str | None] = {}
        for header, field in zip(headers, mapping, strict=True):
            if header.strip() and header_key(header) not in {header_key(h) for h in columns}:
                columns[header.strip()] = field
        if not columns:
            raise ValidationError({"--save-mapping": _("The file's columns have no headers to save.")})
        with self.ctx.db.read() as session:
            unknown = check_mapping(columns.values(), entity, custom_labels(session, entity))
        if unknown:
            raise ValidationError({"--map": _("Unknown fields: {fields}.").format(fields=", ".join(unknown))})
        return clean, columns

    def save(
        self,
        entity: str,
        name: str,
        headers: Sequence[str],
        mapping: Sequence[str | None],
        *,
        replace: bool = False,
    ) -> Outcome[SavedMapping]:
        """Save the field of each column under ``name`` (columns without a header cannot be
        found again and are not saved). :class:`MappingExists` when the name is taken and
        ``replace`` is False; ValidationError for a bad name or an unknown field."""
        clean, columns = self.check(entity, name, headers, mapping)
        with self.ctx.db.write() as session:
            row = session.get(ImportMapping, mapping_id(entity, clean))
            live = row is not None and row.deleted_at is None
            if live and not replace:
                raise MappingExists(
                    _("A mapping called “{name}” is saved already.").format(name=row.name if row else clean)
                )
            now = self.ctx.clock()
            recorder = ChangeRecorder()
            if row is None:
                row = ImportMapping(id=mapping_id(entity, clean), entity=entity, created_at=now, name=clean)
                recorder.create(ENTITY, row.id)
            else:
                recorder.update(ENTITY, row.id)
            row.name = clean
            row.sort_key = fold(clean)
            row.columns = columns
            row.deleted_at = None
            row.updated_at = now
            session.add(row)
            session.flush()
            saved = _saved(row)
        return Outcome(saved, recorder.freeze())

    def delete(self, entity: str, name: str) -> Outcome[None]:
        """Forget the mapping of that name (a tombstone, like every synced row)."""
        self.get(entity, name)  # a clear message when there is none
        with self.ctx.db.write() as session:
            row = _live(session, entity, name)
            recorder = ChangeRecorder()
            if row is not None:
                now = self.ctx.clock()
                row.deleted_at = now
                row.updated_at = now
                session.add(row)
                recorder.delete(ENTITY, row.id)
        return Outcome(None, recorder.freeze())


def _live(session: Session, entity: str, name: str) -> ImportMapping | None:
    row = session.get(ImportMapping, mapping_id(entity, name))
    return row if row is not None and row.deleted_at is None else None


def _saved(row: ImportMapping) -> SavedMapping:
    columns: dict[str, Any] = dict(row.columns or {})
    return SavedMapping(
        row.id,
        row.entity,
        row.name,
        {str(header): (str(field) if field else None) for header, field in columns.items()},
        row.updated_at,
    )
