"""Emails and phone numbers of contacts and companies: several each, typed, exactly one primary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, SQLModel, col, select

from crm_desktop.domain.contact_points import format_phone, normalize_email, normalize_phone
from crm_desktop.domain.enums import ContactMethodKind, ContactMethodLabel
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.models import ContactMethod
from crm_desktop.i18n import _
from crm_desktop.services.changes import ChangeRecorder


class MethodInput(SQLModel):
    value: str
    label: ContactMethodLabel = ContactMethodLabel.WORK
    primary: bool = False


def coerce_methods(raw: Sequence[object]) -> list[MethodInput]:
    """Accept plain strings (``"ali@example.com"``), dicts or MethodInput objects."""
    result = []
    for item in raw:
        if isinstance(item, MethodInput):
            result.append(item)
        elif isinstance(item, str):
            result.append(MethodInput(value=item))
        elif isinstance(item, dict):
            result.append(MethodInput.model_validate(item))
        else:
            raise ValidationError(
                {"value": _("“{value}” is not an email or phone entry.").format(value=item)}
            )
    return result


def normalise_methods(
    kind: ContactMethodKind, raw: Sequence[object], region: str, field: str
) -> list[tuple[MethodInput, str]]:
    """Each entry with its normal form; ValidationError names every bad entry (``phones.2``)."""
    entries = coerce_methods(raw)
    errors: dict[str, str] = {}
    result: list[tuple[MethodInput, str]] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        name = f"{field}.{index + 1}" if len(entries) > 1 else field
        try:
            normal = (
                normalize_email(entry.value, name)
                if kind == ContactMethodKind.EMAIL
                else normalize_phone(entry.value, region, name)
            )
        except ValidationError as error:
            errors.update(error.errors)
            continue
        key = normal.lower()
        if key in seen:
            continue  # the same address twice is kept once
        seen.add(key)
        result.append((entry, normal))
    if errors:
        raise ValidationError(errors)
    primaries = [e for e, _n in result if e.primary]
    if len(primaries) > 1:
        raise ValidationError({field: _("Only one can be the primary one.")})
    return result


def replace_methods(
    session: Session,
    *,
    owner: str,
    owner_id: str,
    kind: ContactMethodKind,
    entries: list[tuple[MethodInput, str]],
    recorder: ChangeRecorder,
    now: datetime,
) -> None:
    """Make the owner's emails (or phones) exactly ``entries``, keeping rows that stay."""
    owner_column = col(ContactMethod.contact_id) if owner == "contact" else col(ContactMethod.company_id)
    existing = {
        m.normalized.lower(): m
        for m in session.scalars(
            select(ContactMethod).where(
                owner_column == owner_id,
                col(ContactMethod.kind) == kind,
                col(ContactMethod.deleted_at).is_(None),
            )
        )
    }
    has_primary = any(entry.primary for entry, _n in entries)
    kept: set[str] = set()
    for position, (entry, normal) in enumerate(entries):
        key = normal.lower()
        kept.add(key)
        primary = entry.primary or (not has_primary and position == 0)
        shown = normal if kind == ContactMethodKind.EMAIL else format_phone(normal)
        method = existing.get(key)
        if method is None:
            method = ContactMethod(kind=kind, value=shown, normalized=normal, created_at=now)
            setattr(method, f"{owner}_id", owner_id)
            recorder.create("contact_method", method.id)
        elif (method.label, method.is_primary, method.position) == (entry.label, primary, position):
            continue
        else:
            recorder.update("contact_method", method.id)
        method.label = entry.label
        method.is_primary = primary
        method.position = position
        method.updated_at = now
        session.add(method)
    for key, method in existing.items():
        if key not in kept:
            method.deleted_at = now
            method.updated_at = now
            session.add(method)
            recorder.delete("contact_method", method.id)


def add_methods(
    session: Session,
    *,
    owner: str,
    owner_id: str,
    kind: ContactMethodKind,
    normalized: list[str],
    recorder: ChangeRecorder,
    now: datetime,
) -> list[str]:
    """Give the owner the emails (or phones) in ``normalized`` it does not have yet, after those
    it has (the first one primary when it has none); the new rows' ids. Unlike
    :func:`replace_methods` nothing the owner has is touched (an import adds, never rewrites)."""
    owner_column = col(ContactMethod.contact_id) if owner == "contact" else col(ContactMethod.company_id)
    existing = list(
        session.scalars(
            select(ContactMethod).where(
                owner_column == owner_id,
                col(ContactMethod.kind) == kind,
                col(ContactMethod.deleted_at).is_(None),
            )
        )
    )
    known = {m.normalized.lower() for m in existing}
    has_primary = any(m.is_primary for m in existing)
    position = max((m.position for m in existing), default=-1) + 1
    added: list[str] = []
    for normal in normalized:
        if normal.lower() in known:
            continue
        known.add(normal.lower())
        shown = normal if kind == ContactMethodKind.EMAIL else format_phone(normal)
        method = ContactMethod(kind=kind, value=shown, normalized=normal, created_at=now, updated_at=now)
        setattr(method, f"{owner}_id", owner_id)
        method.is_primary = not has_primary
        has_primary = True
        method.position = position
        position += 1
        session.add(method)
        recorder.create("contact_method", method.id)
        added.append(method.id)
    session.flush()
    return added


def methods_of(session: Session, owner: str, owner_id: str) -> list[ContactMethod]:
    return methods_of_many(session, owner, [owner_id])[owner_id]


def methods_of_many(session: Session, owner: str, owner_ids: Sequence[str]) -> dict[str, list[ContactMethod]]:
    """The live methods of each of ``owner_ids`` by kind and position, :data:`POINTS_CHUNK`
    owners a query (sync indexes thousands of contacts again at once)."""
    owner_column = col(ContactMethod.contact_id) if owner == "contact" else col(ContactMethod.company_id)
    found: dict[str, list[ContactMethod]] = {owner_id: [] for owner_id in owner_ids}
    ids = list(found)
    for start in range(0, len(ids), POINTS_CHUNK):
        for method in session.scalars(
            select(ContactMethod)
            .where(
                owner_column.in_(ids[start : start + POINTS_CHUNK]), col(ContactMethod.deleted_at).is_(None)
            )
            .order_by(col(ContactMethod.kind), col(ContactMethod.position))
        ):
            owner_id = method.contact_id if owner == "contact" else method.company_id
            found[str(owner_id)].append(method)
    return found


@dataclass(frozen=True)
class ContactPoints:
    """One owner's emails and phone numbers as shown, the primary one first, then as entered."""

    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()


POINTS_CHUNK = 500  # owners per query: well under SQLite's limit on bound parameters


def contact_points_of(session: Session, owner: str, owner_ids: Sequence[str]) -> dict[str, ContactPoints]:
    """The emails and phones of each of ``owner_ids`` (an entry for each, empty when it has none),
    read with one query per :data:`POINTS_CHUNK` owners rather than one per owner."""
    owner_column = col(ContactMethod.contact_id) if owner == "contact" else col(ContactMethod.company_id)
    found: dict[str, tuple[list[str], list[str]]] = {owner_id: ([], []) for owner_id in owner_ids}
    ids = list(found)
    for start in range(0, len(ids), POINTS_CHUNK):
        statement = (
            select(owner_column, ContactMethod.kind, ContactMethod.value)
            .where(
                owner_column.in_(ids[start : start + POINTS_CHUNK]), col(ContactMethod.deleted_at).is_(None)
            )
            .order_by(col(ContactMethod.is_primary).desc(), col(ContactMethod.position))
        )
        for owner_id, kind, value in session.execute(statement):
            emails, phones = found[owner_id]
            (emails if kind == ContactMethodKind.EMAIL else phones).append(value)
    return {
        owner_id: ContactPoints(tuple(emails), tuple(phones)) for owner_id, (emails, phones) in found.items()
    }


def tombstone_methods(
    session: Session, owner: str, owner_ids: Sequence[str], recorder: ChangeRecorder, now: datetime
) -> None:
    """Tombstone the live emails and phones of ``owner_ids``, deleted at ``now``."""
    for methods in methods_of_many(session, owner, owner_ids).values():
        for method in methods:
            method.deleted_at = now
            method.updated_at = now
            session.add(method)
            recorder.delete("contact_method", method.id)


def restore_methods(
    session: Session, owner: str, owner_id: str, deleted_at: datetime, recorder: ChangeRecorder, now: datetime
) -> None:
    owner_column = col(ContactMethod.contact_id) if owner == "contact" else col(ContactMethod.company_id)
    for method in session.scalars(
        select(ContactMethod).where(owner_column == owner_id, col(ContactMethod.deleted_at) == deleted_at)
    ):
        method.deleted_at = None
        method.updated_at = now
        session.add(method)
        recorder.create("contact_method", method.id)
