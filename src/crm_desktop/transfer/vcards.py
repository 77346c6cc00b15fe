"""vCard files (2.1, 3.0 and 4.0; many contacts in one file) as a table with fixed columns.

Cards are cut apart here and each is parsed on its own with vobject: one card with a
broken photo or an unreadable line becomes one rejected row (``BROKEN`` in its first
cell), not the end of the file. Folded lines, quoted-printable (phones of the 2.1
era) and character sets are vobject's work. A card's photo becomes a ``data:`` URI in
the "Photo" column (2.1's ENCODING=BASE64, 3.0's ENCODING=b and 4.0's data: URIs alike).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from crm_desktop.i18n import _
from crm_desktop.transfer.reading import BROKEN, ImportFileError, Table

MAX_METHODS = 3  # emails and phones kept per card (columns "Email 1" ... "Email 3")
HEADERS = [
    "Full name",
    "Given name",
    "Family name",
    "Organization",
    "Title",
    *[f"Email {n}" for n in range(1, MAX_METHODS + 1)],
    *[f"Phone {n}" for n in range(1, MAX_METHODS + 1)],
    "Street",
    "City",
    "Region",
    "Postal code",
    "Country",
    "Birthday",
    "Notes",
    "Categories",
    "Photo",
]
_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^END:VCARD\s*$", re.IGNORECASE)
_UNFOLD = re.compile(r"\r\n[ \t]")
_RAW_PHOTO = re.compile(
    r"^(?:[\w-]+\.)?PHOTO(?:;[^:\r\n]*)?:(?P<value>[^\r\n]*)", re.IGNORECASE | re.MULTILINE
)


def read_vcards(path: Path, encoding: str) -> Table:
    stream = path.open("r", encoding=encoding, errors="replace", newline="")
    cards = _cards(stream)
    first = next(cards, None)
    if first is None:
        stream.close()
        raise ImportFileError(_("“{name}” holds no vCard.").format(name=path.name))
    return Table("vcf", list(HEADERS), _rows(first, cards), encoding, closers=[stream])


def _cards(lines: Iterator[str]) -> Iterator[str]:
    """Each card's text, BEGIN to END."""
    card: list[str] | None = None
    for line in lines:
        bare = line.rstrip("\r\n").lstrip("\ufeff")
        if _BEGIN.match(bare):
            card = [bare]
        elif card is not None:
            card.append(bare)
            if _END.match(bare):
                yield "\r\n".join(card) + "\r\n"
                card = None


def _rows(first: str, rest: Iterator[str]) -> Iterator[list[str]]:
    yield _row(first)
    for card in rest:
        yield _row(card)


def _row(text: str) -> list[str]:
    import vobject

    try:
        card = vobject.readOne(text, ignoreUnreadable=True)
    except Exception as error:  # vobject raises many kinds (binascii, ParseError, ...) for one bad card
        return [BROKEN, f"{type(error).__name__}: {error}"]
    name = _first(card, "n")
    address = _first(card, "adr")
    organization = _first(card, "org")
    row = [
        _text(_first(card, "fn")),
        _text(getattr(name, "given", "")),
        _text(getattr(name, "family", "")),
        _text(organization[0] if isinstance(organization, list) and organization else organization),
        _text(_first(card, "title")),
        *_several(card, "email"),
        *[_phone(value) for value in _several(card, "tel")],
        _text(getattr(address, "street", "")),
        _text(getattr(address, "city", "")),
        _text(getattr(address, "region", "")),
        _text(getattr(address, "code", "")),
        _text(getattr(address, "country", "")),
        _text(_first(card, "bday")),
        _text(_first(card, "note")),
        "; ".join(_categories(card)),
        _photo(card, text),
    ]
    return row


def _first(card: Any, name: str) -> Any:
    lines = card.contents.get(name)
    return lines[0].value if lines else ""


def _several(card: Any, name: str) -> list[str]:
    values = [_text(line.value) for line in card.contents.get(name, [])][:MAX_METHODS]
    return values + [""] * (MAX_METHODS - len(values))


def _phone(value: str) -> str:
    return value.removeprefix("tel:")  # vCard 4.0 writes numbers as URIs


def _photo(card: Any, text: str) -> str:
    """The card's first photo as a ``data:`` URI (2.1 and 3.0 carry base64 that vobject decodes
    to bytes, 4.0 a data: URI already), or its link; the import checks it is a picture."""
    lines = card.contents.get("photo")
    if not lines:
        return ""
    value = lines[0].value
    if isinstance(value, bytes):
        kind = str((lines[0].params.get("TYPE") or ["image"])[0]).lower()
        media = kind if "/" in kind else f"image/{kind}"
        return f"data:{media};base64,{base64.b64encode(value).decode('ascii')}"
    if str(value).lower().startswith("data:"):
        # vobject reads every card as 3.0 text and cuts a 4.0 data: URI at its comma
        found = _RAW_PHOTO.search(_UNFOLD.sub("", text))
        return found["value"].strip() if found else ""
    return str(value or "").strip()


def _categories(card: Any) -> list[str]:
    found: list[str] = []
    for line in card.contents.get("categories", []):
        value = line.value
        found += [
            str(item).strip() for item in (value if isinstance(value, list) else [value]) if str(item).strip()
        ]
    return found


def _text(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(item) for item in value if item).strip()
    return str(value or "").strip()
