"""Tags: names put on contacts, companies, deals, cases and articles."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.folding import fold
from crm_desktop.domain.ids import natural_id, new_id
from crm_desktop.domain.models import Tag, Tagging
from crm_desktop.i18n import _
from crm_desktop.services.changes import ChangeRecorder
from crm_desktop.services.records import RecordService, natural_or_new_id


class TagInput(SQLModel):
    name: str = ""
    color: str = ""


class TagService(RecordService[Tag, TagInput]):
    model = Tag
    entity = "tag"
    input_model = TagInput
    sort_columns = {"name": "sort_key", "created": "created_at"}
    default_sort = "name"
    required_fields = {"name": "Name"}

    def _apply(
        self,
        session: Session,
        record: Tag,
        values: dict[str, object],
        recorder: ChangeRecorder,
        *,
        creating: bool,
    ) -> None:
        if "name" in values:
            record.name = str(values["name"]).strip()
            record.sort_key = fold(record.name)
            _check_unique_name(session, record)
            if creating:
                record.id = natural_or_new_id(session, Tag, "tag", record.sort_key)
        if "color" in values:
            record.color = str(values["color"])

    def _on_delete(self, session: Session, record: Tag, recorder: ChangeRecorder) -> None:
        """A deleted tag comes off every record that carries it."""
        super()._on_delete(session, record, recorder)
        for tagging in session.scalars(
            select(Tagging).where(col(Tagging.tag_id) == record.id, col(Tagging.deleted_at).is_(None))
        ):
            tagging.deleted_at = record.deleted_at
            tagging.updated_at = self.ctx.clock()
            recorder.delete("tagging", tagging.id)

    def _on_restore(self, session: Session, record: Tag, deleted_at: Any, recorder: ChangeRecorder) -> None:
        _check_unique_name(session, record)
        super()._on_restore(session, record, deleted_at, recorder)
        for tagging in session.scalars(
            select(Tagging).where(col(Tagging.tag_id) == record.id, col(Tagging.deleted_at) == deleted_at)
        ):
            tagging.deleted_at = None
            tagging.updated_at = self.ctx.clock()
            recorder.create("tagging", tagging.id)

    def by_name(self, name: str) -> Tag | None:
        with self.ctx.db.read() as session:
            return find_tag(session, name)

    def names_for(self, record_ids: Sequence[str]) -> dict[str, list[str]]:
        """Tag names per record id (for lists and exports)."""
        with self.ctx.db.read() as session:
            return tag_names_of(session, record_ids)


def _check_unique_name(session: Session, record: Tag) -> None:
    """Two live tags never share a (folded) name: say so instead of failing on the unique index."""
    with session.no_autoflush:  # the check runs before the changed row reaches the unique index
        clash = session.exec(
            select(Tag.id).where(
                col(Tag.sort_key) == record.sort_key, col(Tag.deleted_at).is_(None), col(Tag.id) != record.id
            )
        ).first()
    if clash is not None:
        raise ValidationError({"name": _("There is already a tag called “{name}”.").format(name=record.name)})


def find_tag(session: Session, name: str) -> Tag | None:
    return session.exec(
        select(Tag).where(col(Tag.sort_key) == fold(name.strip()), col(Tag.deleted_at).is_(None))
    ).first()


def _new_tag(session: Session, name: str, recorder: ChangeRecorder, now: datetime) -> Tag:
    """A tag under its name's natural id (two laptops adding "VIP" offline make one tag); a
    deleted tag of that name comes back instead."""
    key = fold(name)
    tag_id = natural_id("tag", key)
    holder = session.get(Tag, tag_id)
    if holder is not None and holder.sort_key == key:  # deleted (live ones are found by name)
        holder.name, holder.deleted_at, holder.updated_at = name, None, now
        recorder.update("tag", holder.id)
        return holder
    if holder is not None:  # a tag renamed since it took this name's id
        tag_id = new_id()
    tag = Tag(id=tag_id, name=name, sort_key=key, created_at=now, updated_at=now)
    session.add(tag)
    session.flush()
    recorder.create("tag", tag.id)
    return tag


def tag_for(session: Session, name: str, recorder: ChangeRecorder, now: datetime) -> Tag:
    """The tag of that name, made when there is none (a deleted one of that name comes back)."""
    return find_tag(session, name) or _new_tag(session, name, recorder, now)


def set_tags(
    session: Session,
    entity: str,
    record_id: str,
    names: Sequence[str],
    recorder: ChangeRecorder,
    now: datetime,
) -> None:
    """Make the record carry exactly these tags (creating tags that do not exist yet)."""
    wanted: dict[str, Tag] = {}
    for name in names:
        clean = name.strip()
        if not clean:
            continue
        tag = tag_for(session, clean, recorder, now)
        wanted[tag.id] = tag
    existing = {
        t.tag_id: t for t in session.scalars(select(Tagging).where(col(Tagging.record_id) == record_id))
    }
    for tag_id, tagging in existing.items():
        if tag_id not in wanted and tagging.deleted_at is None:
            tagging.deleted_at = now
            tagging.updated_at = now
            recorder.delete("tagging", tagging.id)
    for tag_id in wanted:
        current = existing.get(tag_id)
        if current is None:
            current = Tagging(
                id=natural_or_new_id(session, Tagging, "tagging", tag_id, record_id),
                tag_id=tag_id,
                entity=entity,
                record_id=record_id,
                created_at=now,
                updated_at=now,
            )
            session.add(current)
            session.flush()
            recorder.create("tagging", current.id)
        elif current.deleted_at is not None:
            current.deleted_at = None
            current.updated_at = now
            recorder.create("tagging", current.id)


def tag_names(session: Session, record_id: str) -> list[str]:
    return list(
        session.scalars(
            select(Tag.name)
            .join(Tagging, col(Tag.id) == col(Tagging.tag_id))
            .where(col(Tagging.record_id) == record_id, col(Tagging.deleted_at).is_(None))
            .order_by(col(Tag.sort_key))
        )
    )


def tag_names_of(session: Session, record_ids: Sequence[str]) -> dict[str, list[str]]:
    """Tag names per record id, in name order."""
    result: dict[str, list[str]] = {i: [] for i in record_ids}
    if not record_ids:
        return result
    rows = session.exec(
        select(Tagging.record_id, Tag.name)
        .join(Tag, col(Tag.id) == col(Tagging.tag_id))
        .where(col(Tagging.record_id).in_(list(record_ids)), col(Tagging.deleted_at).is_(None))
        .order_by(col(Tag.sort_key))
    )
    for record_id, name in rows:
        result[record_id].append(name)
    return result
