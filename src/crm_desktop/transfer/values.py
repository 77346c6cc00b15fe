"""Numbers, amounts, percentages and yes or no, read from cells the way people write them.

A price arrives as ``1,234.50``, ``1.234,50``, ``1 234,50``, ``١٬٢٣٤٫٥٠`` or ``۱۲۳۴٫۵``,
often with a currency beside it (``SAR 1,234.50``, ``12,50 €``, ``١٥٠ ر.س``, ``₺1.250``).
The rules, in order:

- Arabic-Indic and Persian digits are digits; the Arabic decimal separator ``٫`` is the
  decimal mark, and then ``,``, ``.`` and ``٬`` are grouping;
- spaces (also the no-break ones), apostrophes (``1'234.50``) and ``٬`` only group digits;
- with both ``,`` and ``.`` in a number, the last one is the decimal mark;
- a lone ``,`` or ``.`` followed by exactly three digits, after one to three digits that
  are not ``0`` (``1,250``, ``12.500``), groups thousands, as it does in Turkish, German
  and English prices alike, except where three decimals are usual (``grouping_of_three``
  false: the dinars with fils, percentages); any other lone mark is the decimal mark;
- a binary floating-point tail from a spreadsheet (``11.499999999999998``) is rounded
  to ten decimals.

The currency beside an amount is read as an ISO code (``SAR``) or a symbol in English,
Arabic, Persian or Turkish (``$``, ``€``, ``₺``, ``TL``, ``ر.س``, ``د.إ``); a symbol
that several currencies share (``ريال``, ``دينار``) is the business's own currency when
that is one of them, and otherwise cannot be told.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from functools import cache

from crm_desktop.domain.folding import fold
from crm_desktop.i18n import _

_DIGITS = str.maketrans(
    {**{chr(0x0660 + d): str(d) for d in range(10)}, **{chr(0x06F0 + d): str(d) for d in range(10)}}
)
_ARABIC_DECIMAL = "\u066b"  # ٫
_GROUPING = re.compile("[\u066c'\u2019\\s\u00a0\u202f\u2009]")
# direction marks copied out of right-to-left documents around numbers and symbols
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_NUMBER = re.compile("\\d[\\d.,\u066b\u066c'\u2019 \u00a0\u202f\u2009]*")
_PERSIAN_LETTERS = str.maketrans({"ی": "ي", "ک": "ك"})
_PLAIN = re.compile(r"\d+(\.\d*)?|\.\d+")
_MINUS = "-\u2212"
_FLOAT_NOISE = 10  # decimals beyond these come from binary floating point, never from a person

# symbols several currencies share (and names people write), beyond what CLDR gives one each
_SHARED_SYMBOLS: dict[str, frozenset[str]] = {
    "ريال": frozenset({"SAR", "IRR", "QAR", "OMR", "YER"}),  # also "﷼" and Persian "ریال"
    "ريال سعودي": frozenset({"SAR"}),
    "رس": frozenset({"SAR"}),
    "درهم": frozenset({"AED", "MAD"}),
    "دينار": frozenset({"KWD", "BHD", "JOD", "IQD", "LYD", "TND", "DZD"}),
    "جنيه": frozenset({"EGP", "SDG", "GBP"}),
    "tl": frozenset({"TRY"}),
    "lira": frozenset({"TRY", "LBP", "SYP"}),
    "ليرة": frozenset({"TRY", "LBP", "SYP"}),
}
_LOCALES = ("en", "ar", "fa", "tr", "ar_SA", "ar_AE", "ar_EG", "ar_KW", "ar_QA", "ar_BH", "ar_OM", "ar_JO")

_YES_WORDS = (
    "yes", "y", "true", "1", "on", "active", "x", "✓",
    "نعم", "نشط", "فعال", "بله", "آری", "evet", "aktif", "var",
)  # fmt: skip
_NO_WORDS = (
    "no", "n", "false", "0", "off", "inactive",
    "لا", "غير نشط", "غير فعال", "خیر", "نه", "غیرفعال", "hayır", "pasif", "yok",
)  # fmt: skip
_YES = frozenset(fold(word) for word in _YES_WORDS)
_NO = frozenset(fold(word) for word in _NO_WORDS)


class CellError(ValueError):
    """A cell that cannot be read as what its column holds; the message says why, for people."""


def plain_digits(text: str) -> str:
    """``text`` with Arabic-Indic and Persian digits as ASCII ones and direction marks taken out."""
    return text.translate(_MARKS).translate(_DIGITS)


def split_amount(cell: str) -> tuple[str, str, bool]:
    """(the number, the currency written beside it, whether it is negative) of an amount cell:
    ``"-SAR 1,234.50"`` is ``("1,234.50", "SAR", True)``. CellError when there is no number,
    or more than one."""
    text = plain_digits(cell).strip()
    found = _NUMBER.search(text)
    if found is None:
        raise CellError(_("“{value}” is not an amount").format(value=cell))
    number = found.group().rstrip(" \u00a0\u202f\u2009")
    before, after = text[: found.start()], text[found.start() + len(number) :]
    negative = any(sign in before for sign in _MINUS) or (before.strip().startswith("(") and ")" in after)
    currency = (before + " " + after).strip().strip("()" + _MINUS + "+").strip()
    if any(ch.isdigit() for ch in currency):
        raise CellError(_("“{value}” is not an amount").format(value=cell))
    return number, currency, negative


def read_number(text: str, *, grouping_of_three: bool = True) -> Decimal:
    """A number written with any of the usual decimal and grouping marks (see the module's
    rules); CellError when it is none."""
    cleaned = _GROUPING.sub("", plain_digits(text).strip())
    negative = cleaned[:1] in tuple(_MINUS)
    if negative:
        cleaned = cleaned[1:]
    if _ARABIC_DECIMAL in cleaned:
        cleaned = cleaned.replace(",", "").replace(".", "").replace(_ARABIC_DECIMAL, ".")
    elif "," in cleaned and "." in cleaned:
        mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        cleaned = cleaned.replace("." if mark == "," else ",", "").replace(mark, ".")
    elif "," in cleaned or "." in cleaned:
        mark = "," if "," in cleaned else "."
        whole, *rest = cleaned.split(mark)
        if len(rest) > 1:  # 1,234,567: only grouping has several
            if not (1 <= len(whole) <= 3 and all(len(part) == 3 for part in rest)):
                raise CellError(_("“{value}” is not a number").format(value=text))
            cleaned = whole + "".join(rest)
        elif grouping_of_three and len(rest[0]) == 3 and 1 <= len(whole) <= 3 and whole != "0":
            cleaned = whole + rest[0]
        else:
            cleaned = whole + "." + rest[0]
    if not _PLAIN.fullmatch(cleaned):
        raise CellError(_("“{value}” is not a number").format(value=text))
    try:
        number = Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the pattern above admits only plain decimals
        raise CellError(_("“{value}” is not a number").format(value=text)) from None
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > _FLOAT_NOISE:
        number = number.quantize(Decimal(1).scaleb(-_FLOAT_NOISE), rounding=ROUND_HALF_EVEN).normalize()
        if number == number.to_integral_value():
            number = number.quantize(Decimal(1))  # 12, not 1.2E+1
    return -number if negative else number


def read_percent(cell: str) -> Decimal:
    """A percentage: ``15``, ``15%``, ``٪١٥``, ``12,5 %``. A value below 1 without a percent
    sign is a fraction, as a spreadsheet stores a cell formatted as a percentage (``0.15``
    is 15 %). CellError when it is no number."""
    text = plain_digits(cell).strip()
    signed = "%" in text or "\u066a" in text
    bare = text.replace("%", "").replace("\u066a", "").strip()
    try:
        number = read_number(bare, grouping_of_three=False)
    except CellError:
        raise CellError(_("“{value}” is not a percentage").format(value=cell)) from None
    if not signed and 0 < number < 1:
        number = (number * 100).normalize()
    return number


def read_flag(cell: str) -> bool:
    """Yes or no in English, Arabic, Persian or Turkish (also 1/0, true/false, active/inactive)."""
    key = fold(plain_digits(cell).strip())
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise CellError(_("“{value}” is not yes or no").format(value=cell))


def currency_code(text: str, preferred: str) -> str:
    """The ISO code of a currency written as a code or a symbol (see the module); ``preferred``
    (the business's currency) when the symbol could be it. CellError when it names none, or
    several and not the preferred one."""
    from babel.numbers import get_currency_name, list_currencies

    key = _symbol_key(text)
    if len(key) == 3 and key.isascii() and key.upper() in list_currencies():
        return key.upper()
    codes = _symbols().get(key, frozenset())
    if preferred in codes:
        return preferred
    if key == "$" and "dollar" in str(get_currency_name(preferred, locale="en")).lower():
        return preferred  # a dollar sign in a file of a business that counts in dollars of its own
    if len(codes) == 1:
        return next(iter(codes))
    if codes:
        raise CellError(
            _("“{symbol}” could be {codes}: add a currency column with the code").format(
                symbol=text, codes=", ".join(sorted(codes))
            )
        )
    raise CellError(_("“{value}” is not a currency code (like EUR, SAR, TRY)").format(value=text))


def _symbol_key(text: str) -> str:
    """A symbol as looked up: without dots, spaces or direction marks ("ر.س.‏" is "رس"), in
    lower case, Persian yeh and kaf as Arabic ones ("﷼" is "ريال"). Not fold(): its alef
    folding would make the dirham's "د.إ" the Jordanian dinar's "د.أ"."""
    normal = unicodedata.normalize("NFKC", plain_digits(text)).casefold()
    return re.sub(r"[\s.]+", "", normal.translate(_PERSIAN_LETTERS))


@cache
def _symbols() -> dict[str, frozenset[str]]:
    """Currency symbols (folded) -> the codes they stand for, from CLDR in the locales here."""
    from babel.numbers import get_currency_symbol, list_currencies

    found: dict[str, set[str]] = {}
    for locale in _LOCALES:
        for code in list_currencies():
            symbol = str(get_currency_symbol(code, locale))
            if symbol != code:
                found.setdefault(_symbol_key(symbol), set()).add(code)
    for symbol, codes in _SHARED_SYMBOLS.items():
        found.setdefault(_symbol_key(symbol), set()).update(codes)
    return {symbol: frozenset(codes) for symbol, codes in found.items()}
