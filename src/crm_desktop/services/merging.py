"""Merging two contacts into one, and separating them again.

A merge keeps one contact (the survivor) and moves to it everything of the other:
its activities, deals, cases, sales and tasks, its emails and phones the survivor
lacks, its tags. Each field takes the value chosen for it; by default the most
recently changed record's value where both have one, else whichever has one. The
other contact goes to the bin, and a note on the survivor's timeline says what was
merged, so the history shows it (and syncs like any note).

What the merge changed is kept in ``_merges``: the survivor's replaced values and
tags, the rows moved and where from, the note. :meth:`MergeService.unmerge` brings
the other contact back from the bin, moves its rows back, puts the survivor's values
back and removes the note, in one transaction, through the services (so it syncs).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import TextClause, bindparam, text
from sqlmodel import Session, col, select

from crm_desktop.domain.enums import ActivityKind
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.ids import new_id
from crm_desktop.domain.models import Contact, ContactMethod
from crm_desktop.domain.types import UTCDateTime
from crm_desktop.i18n import _
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.cases import CaseService
from crm_desktop.services.changes import ChangeRecorder
from crm_desktop.services.contact_photos import photo_of, set_photo
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.people import ContactService
from crm_desktop.services.pipeline import DealService
from crm_desktop.services.tags import tag_names_of

# the contact's own fields a merge chooses between (ids, times and derived columns are not)
FIELDS = (
    "external_id",  # kept, so the next import from the other system finds the survivor
    "given_name",
    "family_name",
    "display_name",
    "company_id",
    "job_title",
    "birthday",
    "language",
    "preferred_channel",
    "preferences_note",
    "lifecycle",
    "source",
    "owner_id",
    "notes",
    "address_line",
    "city",
    "region",
    "postal_code",
    "country",
)
# the rows that belong to a contact through contact_id (emails and phones are merged apart)
MOVED_TABLES = ("activities", "deals", "cases", "sales", "tasks")
KEEP, OTHER = "keep", "other"
_INFO_COLUMNS = "id, kept_id, merged_id, kept_name, merged_name, made_at, undone_at"  # MergeInfo's


@dataclass(frozen=True)
class FieldChoice:
    field: str
    kept: Any
    other: Any
    chosen: str  # keep | other


@dataclass(frozen=True)
class MergeInfo:
    id: str
    kept_id: str
    merged_id: str
    kept_name: str
    merged_name: str
    made_at: str
    undone_at: str | None


class MergeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.contacts = ContactService(ctx)
        self.activities = ActivityService(ctx)
        self.deals = DealService(ctx)
        self.cases = CaseService(ctx)

    def preview(
        self, keep_id: str, other_id: str, choices: Mapping[str, str] | None = None
    ) -> list[FieldChoice]:
        """Each field of the two contacts and which value a merge would keep."""
        with self.ctx.db.read() as session:
            keep, other = self._pair(session, keep_id, other_id)
            return _choices(keep, other, choices or {})

    def merge(self, keep_id: str, other_id: str, choices: Mapping[str, str] | None = None) -> MergeInfo:
        """Merge ``other_id`` into ``keep_id`` (see the module text); the merge's record."""
        unknown = sorted(set(choices or {}) - set(FIELDS))
        if unknown:
            raise ValidationError(
                {"--take": _("Unknown fields: {fields}.").format(fields=", ".join(unknown))}
            )
        merge_id = new_id()
        with self.ctx.db.write() as session:
            recorder = ChangeRecorder()
            keep, other = self._pair(session, keep_id, other_id)
            kept_name, merged_name = keep.display_name, other.display_name
            picked = _choices(keep, other, choices or {})
            patch = {c.field: c.other for c in picked if c.chosen == OTHER and c.other != c.kept}
            patch.update({k: v for k, v in _combined(keep, other).items() if k not in (choices or {})})
            undo: dict[str, Any] = {"fields": {name: _plain(getattr(keep, name)) for name in patch}}
            if "custom" in patch:  # only the keys the merge filled in go back (to empty)
                undo["fields"]["custom"] = {key: keep.custom.get(key) for key in patch["custom"]}
            tags_before = tag_names_of(session, [keep_id])[keep_id]
            other_tags = tag_names_of(session, [other_id])[other_id]
            union = tags_before + [tag for tag in other_tags if tag not in tags_before]
            if union != tags_before:
                patch["tags"] = union
                undo["tags"] = tags_before
            undo["methods"] = self._move_methods(session, keep_id, other_id)
            undo["moved"] = self._move_rows(session, keep_id, other_id)
            photo = photo_of(session, other_id)
            if photo is not None and photo_of(session, keep_id) is None:  # a face is kept, never swapped
                set_photo(session, keep_id, photo, recorder, self.ctx.clock())
                undo["photo"] = True
            if patch:
                self.contacts.update_in(session, keep_id, patch, recorder)
            self.contacts.delete_in(session, other_id, recorder)
            self._index_again(session, [keep_id], undo["moved"])
            note = self.activities.create_in(
                session,
                {
                    "kind": ActivityKind.NOTE,
                    "subject": _("Merged with {name}").format(name=merged_name),
                    "body": _(
                        "“{merged}” was merged into “{kept}”; crm dedupe unmerge {merge} separates them."
                    ).format(merged=merged_name, kept=kept_name, merge=merge_id),
                    "contact_id": keep_id,
                    "occurred_at": self.ctx.clock(),
                },
                recorder,
            )
            undo["note"] = note.id
            session.execute(
                text(
                    "INSERT INTO _merges (id, kept_id, merged_id, kept_name, merged_name, made_at, undo) "
                    "VALUES (:id, :kept, :merged, :kept_name, :merged_name, :at, :undo)"
                ),
                {
                    "id": merge_id,
                    "kept": keep_id,
                    "merged": other_id,
                    "kept_name": kept_name,
                    "merged_name": merged_name,
                    "at": self.ctx.clock().isoformat(),
                    "undo": json.dumps(undo),
                },
            )
        return self.get(merge_id)

    def unmerge(self, merge_id: str) -> MergeInfo:
        """Separate a merge again (see the module text)."""
        info = self.get(merge_id)
        if info.undone_at is not None:
            raise ValidationError({"MERGE": _("That merge was undone already.")})
        with self.ctx.db.write() as session:
            recorder = ChangeRecorder()
            (raw,) = session.execute(text("SELECT undo FROM _merges WHERE id = :id"), {"id": merge_id}).one()
            undo = json.loads(raw)
            self.contacts.restore_in(session, info.merged_id, recorder)
            now = self.ctx.clock()
            for table, row_id in undo["moved"]:
                session.execute(
                    _with_now(
                        f"UPDATE {table} SET contact_id = :other, updated_at = :now "
                        "WHERE id = :id AND contact_id = :keep"
                    ),
                    {"other": info.merged_id, "keep": info.kept_id, "now": now, "id": row_id},
                )
            for method_id, primary in undo["methods"]:
                session.execute(
                    _with_now(
                        "UPDATE contact_methods SET contact_id = :other, is_primary = :primary, "
                        "updated_at = :now WHERE id = :id AND contact_id = :keep"
                    ),
                    {
                        "other": info.merged_id,
                        "keep": info.kept_id,
                        "primary": primary,
                        "now": now,
                        "id": method_id,
                    },
                )
            session.expire_all()  # the ORM's copies of the rows moved back are stale
            patch = {name: _typed(name, value) for name, value in undo["fields"].items()}
            if "tags" in undo:
                patch["tags"] = undo["tags"]
            if patch:
                self.contacts.update_in(session, info.kept_id, patch, recorder)
            if undo.get("photo") and photo_of(session, info.kept_id) == photo_of(session, info.merged_id):
                set_photo(session, info.kept_id, None, recorder, now)  # the merged one's, given back
            with suppress(NotFoundError):  # the note was deleted by hand since
                self.activities.delete_in(session, undo["note"], recorder)
            self._index_again(session, [info.kept_id, info.merged_id], undo["moved"])
            session.execute(
                text("UPDATE _merges SET undone_at = :at WHERE id = :id"),
                {"at": self.ctx.clock().isoformat(), "id": merge_id},
            )
        return self.get(merge_id)

    def get(self, merge_id: str) -> MergeInfo:
        with self.ctx.db.read() as session:
            row = session.execute(
                text(f"SELECT {_INFO_COLUMNS} FROM _merges WHERE id = :id"),
                {"id": merge_id},
            ).first()
        if row is None:
            raise NotFoundError("merge", merge_id)
        return MergeInfo(*row)

    def merges(self) -> list[MergeInfo]:
        with self.ctx.db.read() as session:
            rows = session.execute(
                text(f"SELECT {_INFO_COLUMNS} FROM _merges ORDER BY made_at DESC, id DESC")
            ).all()
        return [MergeInfo(*row) for row in rows]

    # --- the parts of a merge ----------------------------------------------------------------

    def _pair(self, session: Session, keep_id: str, other_id: str) -> tuple[Contact, Contact]:
        if keep_id == other_id:
            raise ValidationError({"B": _("A contact cannot be merged with itself.")})
        keep = self.contacts._get(session, keep_id)
        other = self.contacts._get(session, other_id)
        return keep, other

    def _move_methods(self, session: Session, keep_id: str, other_id: str) -> list[list[Any]]:
        """Give the survivor the other's emails and phones it lacks (not primary where it has a
        primary of that kind); [method id, was primary] of each moved."""
        now = self.ctx.clock()
        methods = list(
            session.exec(
                select(ContactMethod).where(
                    col(ContactMethod.contact_id).in_([keep_id, other_id]),
                    col(ContactMethod.deleted_at).is_(None),
                )
            )
        )
        kept = {(m.kind, m.normalized.lower()) for m in methods if m.contact_id == keep_id}
        has_primary = {m.kind for m in methods if m.contact_id == keep_id and m.is_primary}
        moved: list[list[Any]] = []
        for method in methods:
            if method.contact_id != other_id or (method.kind, method.normalized.lower()) in kept:
                continue
            moved.append([method.id, method.is_primary])
            method.contact_id = keep_id
            method.updated_at = now
            method.is_primary = method.is_primary and method.kind not in has_primary
            session.add(method)
        session.flush()
        return moved

    def _move_rows(self, session: Session, keep_id: str, other_id: str) -> list[list[str]]:
        now = self.ctx.clock()
        moved: list[list[str]] = []
        for table in MOVED_TABLES:
            ids = session.execute(
                text(f"SELECT id FROM {table} WHERE contact_id = :other AND deleted_at IS NULL"),
                {"other": other_id},
            ).scalars()
            found = [str(row_id) for row_id in ids]
            if found:
                session.execute(
                    _with_now(f"UPDATE {table} SET contact_id = :keep, updated_at = :now WHERE id = :id"),
                    [{"keep": keep_id, "now": now, "id": row_id} for row_id in found],
                )
                moved += [[table, row_id] for row_id in found]
        session.expire_all()  # the ORM's copies of moved rows are stale
        return moved

    def _index_again(self, session: Session, contact_ids: list[str], moved: list[list[str]]) -> None:
        """The contacts' search texts (their emails and phones moved) and those of the moved deals
        and cases (they show their contact's name)."""
        for contact_id in contact_ids:
            record = session.get(Contact, contact_id)
            if record is not None and record.deleted_at is None:
                self.contacts._index(session, record)
        services: dict[str, Any] = {"deals": self.deals, "cases": self.cases}
        for table, row_id in moved:
            service = services.get(table)
            found = session.get(service.model, row_id) if service is not None else None
            if service is not None and found is not None and found.deleted_at is None:
                service._index(session, found)


def _with_now(sql: str) -> TextClause:
    """``sql`` whose ``:now`` is written as the ORM writes timestamps (naive UTC text): sync
    copies the column's text to every device."""
    return text(sql).bindparams(bindparam("now", type_=UTCDateTime))


def _choices(keep: Contact, other: Contact, given: Mapping[str, str]) -> list[FieldChoice]:
    newer_is_other = other.updated_at > keep.updated_at
    picked: list[FieldChoice] = []
    for name in FIELDS:
        kept, theirs = getattr(keep, name), getattr(other, name)
        if name == "display_name" and name not in given:
            # the name shown goes with the family name chosen, unless chosen itself
            family = next(c for c in picked if c.field == "family_name")
            given = {**given, name: family.chosen}
        if name in given:
            chosen = OTHER if given[name] == OTHER else KEEP
        elif kept == theirs:
            chosen = KEEP
        elif _empty(kept):
            chosen = OTHER if not _empty(theirs) else KEEP
        elif _empty(theirs):
            chosen = KEEP
        else:
            chosen = OTHER if newer_is_other else KEEP
        picked.append(FieldChoice(name, kept, theirs, chosen))
    return picked


def _combined(keep: Contact, other: Contact) -> dict[str, Any]:
    """What both contacts say together, where choosing one would lose something: a "do not
    call" of either stands, consent to marketing only if both gave it, custom fields filled in
    from the other, both notes kept."""
    combined: dict[str, Any] = {}
    for flag in ("do_not_call", "do_not_email", "do_not_sms", "do_not_mail"):
        if getattr(other, flag) and not getattr(keep, flag):
            combined[flag] = True
    if keep.marketing_consent and not other.marketing_consent:
        combined["marketing_consent"] = False
        combined["marketing_consent_at"] = None
    custom = {
        key: value
        for key, value in other.custom.items()
        if _empty(keep.custom.get(key)) and not _empty(value)
    }
    if custom:
        combined["custom"] = custom  # update_in merges these keys into the survivor's
    if other.notes and other.notes not in keep.notes:
        combined["notes"] = f"{keep.notes}\n\n{other.notes}" if keep.notes else other.notes
    return combined


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _typed(name: str, value: Any) -> Any:
    """A value kept in the undo JSON as the column takes it back."""
    if name == "birthday" and isinstance(value, str):
        return date.fromisoformat(value)
    if name == "marketing_consent_at" and isinstance(value, str):
        return datetime.fromisoformat(value)
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return getattr(value, "value", value)
