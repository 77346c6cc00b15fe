"""Search keys: text folded so that spellings a user treats as equal compare equal.

Applied both when indexing and when querying, so a user typing ``احمد`` finds
``أحمد``, ``istanbul`` finds ``İSTANBUL`` and ``0501234567`` finds ``+966 50 123 4567``.
"""

from __future__ import annotations

import re
import unicodedata

_ARABIC_FOLD = {
    # alef with hamza or madda, and alef wasla, read as plain alef
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    # taa marbuta is typed as haa by many
    "ة": "ه",
    # alef maqsura and Persian yeh read as Arabic yeh
    "ى": "ي",
    "ی": "ي",
    "ې": "ي",
    # Persian keheh read as Arabic kaf
    "ک": "ك",
    # hamza on a seat
    "ؤ": "و",
    "ئ": "ي",
    # Turkish dotted capital I and dotless small i fold with plain i (İstanbul, ISTANBUL, ıstanbul)
    "İ": "i",
    "ı": "i",
    "I": "i",
}
# Arabic-Indic and Persian digits as ASCII digits
_ARABIC_FOLD.update({chr(0x0660 + d): str(d) for d in range(10)})
_ARABIC_FOLD.update({chr(0x06F0 + d): str(d) for d in range(10)})

_DROP = (
    [chr(c) for c in range(0x064B, 0x0660)]  # harakat: fatha, damma, kasra, tanwin, shadda, sukun...
    + ["\u0670", "\u0640"]  # superscript alef, tatweel
    + ["\u200c", "\u200d", "\u200e", "\u200f", "\u2066", "\u2067", "\u2068", "\u2069", "\u00ad"]
)
_TABLE = str.maketrans({**_ARABIC_FOLD, **dict.fromkeys(_DROP)})
_LATIN_MARKS = re.compile("[\u0300-\u036f]")
_NON_DIGIT = re.compile(r"\D")
_WORD = re.compile(r"\w+")
_PHONE_LIKE = re.compile(r"^[\d\s+().\-/]+$")


def fold(text: str) -> str:
    """The search key of ``text``: case-folded, without diacritics, Arabic/Persian/Turkish folded."""
    if not text:
        return ""
    if text.isascii():
        # ASCII is its own NFKC form, has no marks, and the table's one ASCII letter ("I")
        # folds as lower() does; this way is several times quicker (emails, phone digits,
        # Latin names: most of what an import indexes)
        return text.lower()
    return _fold_unicode(text)


def _fold_unicode(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).translate(_TABLE).casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFD", folded)
    return unicodedata.normalize("NFC", _LATIN_MARKS.sub("", decomposed))


def digits(text: str) -> str:
    """Only the digits of ``text`` (any script's digits become ASCII)."""
    if text.isascii():  # folding changes only letters of ASCII text, which go anyway (a stored phone)
        return _NON_DIGIT.sub("", text)
    return _NON_DIGIT.sub("", fold(text))


def is_phone_like(text: str) -> bool:
    """Whether a query looks like (part of) a phone number rather than words."""
    stripped = fold(text).strip()
    return bool(_PHONE_LIKE.match(stripped)) and sum(ch.isdigit() for ch in stripped) >= 3


def words(text: str) -> list[str]:
    """The folded words of ``text``, split the way the FTS5 unicode61 tokenizer splits."""
    return _WORD.findall(fold(text))


_ARTICLE = "ال"


def index_text(*parts: str) -> str:
    """The folded text a record is indexed under.

    Arabic writes the article ``ال`` joined to its word; each such word is also
    indexed without it, so ``امل`` finds ``الأمل`` as a user expects.
    """
    # each part folded apart: the same as folding them joined (a space stops every
    # composition), and the ASCII ones take fold's quick way
    folded = " ".join([fold(p) for p in parts if p])
    extra = [w[2:] for w in _WORD.findall(folded) if w.startswith(_ARTICLE) and len(w) > 4]
    return folded if not extra else folded + " " + " ".join(extra)
