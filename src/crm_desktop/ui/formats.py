"""The window's locale as Babel names it, and amounts written in it."""

from __future__ import annotations

from babel import Locale
from babel.core import UnknownLocaleError
from PySide6.QtCore import QLocale

from crm_desktop.domain.money import Money
from crm_desktop.ui.bidi import ltr


def babel_locale() -> str:
    """Qt's current locale for Babel; ``C`` (Qt's neutral locale, ``LANG=C``) and unknown ones read as
    English (Babel would take ``C`` as ``en_US_POSIX``, which writes ``SAR 10.00`` unlike any user)."""
    name = QLocale().name()
    if name in ("", "C"):
        return "en"
    try:
        Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return "en"
    return name


def money_text(money: Money, *, isolate: bool = True) -> str:
    """An amount as the user's language writes it, isolated left to right (it holds digits and a code)."""
    text = money.format(babel_locale())
    return ltr(text) if isolate else text
