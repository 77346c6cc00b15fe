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
from typing import TYPE_CHECKING, Any

from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import _

if TYPE_CHECKING:  # Pillow is imported only when a picture is read
    from PIL.Image import Image as Picture

MAX_PHOTO_BYTES = 256 * 1024
# A picture file chosen in the window is made to fit: a phone camera's 4,000-pixel JPEG of
# several MB becomes this many pixels on its longer side, which is more than any view shows.
FITTED_SIDE = 512
# bigger than any photo worth fitting: a film or a disk image picked by mistake is not read
MAX_PICTURE_FILE_BYTES = 40 * 1024 * 1024
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


def fitted_photo(data: bytes) -> str:
    """A picture file the user chose, as the photo kept: unchanged when it is kept as it is,
    else scaled down to :data:`FITTED_SIDE` pixels as a JPEG (a PNG when it has transparency
    and stays small enough). ValidationError when the file is not a picture Pillow reads."""
    try:
        return photo_uri(data)
    except ValidationError:
        pass  # too big, or a kind not kept as it is (BMP, TIFF): made to fit below
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as source:
            # a phone stores "turn me" in EXIF: without this the face would lie on its side
            picture = ImageOps.exif_transpose(source)
            picture.thumbnail((FITTED_SIDE, FITTED_SIDE))
            if picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info:
                picture = picture.convert("RGBA")
                png = _encoded(picture, "PNG", optimize=True)
                if len(png) <= MAX_PHOTO_BYTES:
                    return photo_uri(png)
                backing = Image.new("RGBA", picture.size, "white")
                picture = Image.alpha_composite(backing, picture)
            return photo_uri(_encoded(picture.convert("RGB"), "JPEG", quality=85, optimize=True))
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError({FIELD: _("the photo is not a JPEG, PNG, GIF or WebP picture")}) from None


def _encoded(picture: Picture, kind: str, **options: Any) -> bytes:
    out = io.BytesIO()
    picture.save(out, format=kind, **options)
    return out.getvalue()


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
