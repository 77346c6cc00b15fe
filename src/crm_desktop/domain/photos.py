"""A contact's photo: what is taken (a small JPEG, PNG, GIF or WebP picture) and how it is kept.

A photo is kept as a ``data:`` URI (``data:image/jpeg;base64,...``): sync carries text,
not bytes, and the URI says what kind of picture it is. The kind is read from the
picture's own bytes, never from what a file claims, and Pillow checks the bytes
really are that picture. Photos from phones are a few KB to a few tens of KB; one
above :data:`MAX_PHOTO_BYTES` is refused (every device of the shop downloads it).
"""

from __future__ import annotations

import base64
import binascii
import io
import re

from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import _

MAX_PHOTO_BYTES = 256 * 1024
FIELD = "photo"
_KINDS = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp"}
_DATA_URI = re.compile(r"^data:(?P<type>[\w.+-]+/[\w.+-]+)?(?P<params>(;[^;,]*)*),(?P<data>.*)$", re.DOTALL)
# a photo given by its address, not its bytes (a vCard's PHOTO;VALUE=uri): nothing to keep offline
_LINK = re.compile(r"^(https?|ftp|file|cid):", re.IGNORECASE)


def _sniff(data: bytes) -> str | None:
    """The Pillow format name the bytes start like, if one of those taken."""
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    return None


def photo_uri(data: bytes) -> str:
    """The picture in ``data`` as the ``data:`` URI it is kept as; ValidationError when it is
    too big or not a JPEG, PNG, GIF or WebP picture."""
    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError(
            {
                FIELD: _("the photo is {size} KB; at most {limit} KB is kept").format(
                    size=(len(data) + 1023) // 1024, limit=MAX_PHOTO_BYTES // 1024
                )
            }
        )
    kind = _sniff(data)
    if kind is None or not _intact(data, kind):
        raise ValidationError({FIELD: _("the photo is not a JPEG, PNG, GIF or WebP picture")})
    return f"data:{_KINDS[kind]};base64,{base64.b64encode(data).decode('ascii')}"


def _intact(data: bytes, kind: str) -> bool:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data), formats=[kind]) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):  # Pillow's ways of saying "broken"
        return False
    return True


def read_photo(text: str) -> str | None:
    """A photo as a file writes it (a ``data:`` URI, or bare base64) as the URI it is kept as;
    None for a photo given only by a link. ValidationError as :func:`photo_uri` says."""
    cleaned = text.strip()
    if _LINK.match(cleaned):
        return None
    found = _DATA_URI.match(cleaned)
    if found is not None:
        if ";base64" not in found["params"].lower():
            raise ValidationError({FIELD: _("the photo is not a JPEG, PNG, GIF or WebP picture")})
        cleaned = found["data"]
    try:
        data = base64.b64decode(re.sub(r"\s+", "", cleaned), validate=True)
    except (binascii.Error, ValueError):
        raise ValidationError({FIELD: _("the photo is not a JPEG, PNG, GIF or WebP picture")}) from None
    return photo_uri(data)


def photo_bytes(uri: str) -> tuple[str, bytes]:
    """(media type, bytes) of a photo kept by :func:`photo_uri`."""
    found = _DATA_URI.match(uri)
    if found is None:
        raise ValueError(uri[:40])
    return found["type"] or "application/octet-stream", base64.b64decode(found["data"])


def describe(uri: str) -> str:
    """A photo in a few words for a list of changes ("image/png, 3 KB")."""
    kind, data = photo_bytes(uri)
    return _("{kind}, {size} KB").format(kind=kind, size=(len(data) + 1023) // 1024)
