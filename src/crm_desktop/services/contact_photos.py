"""Contacts' photos: at most one per contact, in ``contact_photos`` (see domain.photos).

A photo row's id is made from its contact's (``natural_id``): a photo set on the same
contact on two laptops offline is one row whose picture merges like any field (the last
one set wins), never two photos. Removing a photo makes the row a tombstone; setting one
again brings the row back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, col, select

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.ids import natural_id
from crm_desktop.domain.models import Contact, ContactPhoto
from crm_desktop.domain.photos import FIELD, MAX_PICTURE_FILE_BYTES, fitted_photo, photo_bytes, photo_uri
from crm_desktop.i18n import _
from crm_desktop.services.changes import ChangeRecorder, Outcome
from crm_desktop.services.context import ServiceContext

_CHUNK = 500  # ids in one IN (...) list


def photo_id(contact_id: str) -> str:
    return natural_id("contact_photo", contact_id)


def picture_file(path: Path) -> str:
    """The picture file ``path`` as a photo to keep (made to fit, see domain.photos);
    ValidationError, under the photo's field, for a file that cannot be read or is no picture."""
    try:
        size = path.stat().st_size
        if size > MAX_PICTURE_FILE_BYTES:
            raise ValidationError(
                {
                    FIELD: _("{name} is {size} MB: too big to be a photo").format(
                        name=path.name, size=size // (1024 * 1024)
                    )
                }
            )
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(
            {
                FIELD: _("Could not read {name}: {reason}").format(
                    name=path.name, reason=error.strerror or error
                )
            }
        ) from error
    return fitted_photo(data)


def photo_of(session: Session, contact_id: str) -> str | None:
    """The contact's photo (a ``data:`` URI), None when it has none."""
    row = session.get(ContactPhoto, photo_id(contact_id))
    return row.image if row is not None and row.deleted_at is None and row.image else None


def photos_of(session: Session, contact_ids: Sequence[str]) -> dict[str, str]:
    """contact id -> photo, for those of ``contact_ids`` that have one (an export's page)."""
    found: dict[str, str] = {}
    for start in range(0, len(contact_ids), _CHUNK):
        chunk = contact_ids[start : start + _CHUNK]
        for contact_id, image in session.exec(
            select(ContactPhoto.contact_id, ContactPhoto.image).where(
                col(ContactPhoto.id).in_([photo_id(c) for c in chunk]),
                col(ContactPhoto.deleted_at).is_(None),
            )
        ):
            if image:
                found[contact_id] = image
    return found


def set_photo(
    session: Session, contact_id: str, image: str | None, recorder: ChangeRecorder, now: datetime
) -> None:
    """Give the contact this photo (a URI made by domain.photos), or none (None)."""
    row = session.get(ContactPhoto, photo_id(contact_id))
    if image is None:
        if row is not None and row.deleted_at is None:
            row.deleted_at = now
            row.updated_at = now
            session.add(row)
            recorder.update("contact", contact_id)
        return
    if row is None:
        row = ContactPhoto(id=photo_id(contact_id), contact_id=contact_id, created_at=now)
    elif row.image == image and row.deleted_at is None:
        return
    row.image = image
    row.deleted_at = None
    row.updated_at = now
    session.add(row)
    recorder.update("contact", contact_id)


class ContactPhotoService:
    """A contact's photo for the window and the command line."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self, contact_id: str) -> str | None:
        with self.ctx.db.read() as session:
            return photo_of(session, contact_id)

    def set_uri(self, contact_id: str, uri: str | None) -> Outcome[str | None]:
        """:meth:`set` with a photo as kept (a ``data:`` URI from :func:`picture_file`)."""
        return self.set(contact_id, None if uri is None else photo_bytes(uri)[1])

    def set(self, contact_id: str, data: bytes | None) -> Outcome[str | None]:
        """Give the contact the picture in ``data`` (None: remove its photo); the photo kept.
        ValidationError when ``data`` is too big or not a picture."""
        image = None if data is None else photo_uri(data)
        with self.ctx.db.write() as session:
            contact = session.get(Contact, contact_id)
            if contact is None or contact.deleted_at is not None:
                raise NotFoundError("contact", contact_id)
            recorder = ChangeRecorder()
            set_photo(session, contact_id, image, recorder, self.ctx.clock())
        return Outcome(image, recorder.freeze())
