"""The window's locale as Babel names it, for amounts and percentages Babel formats."""

from __future__ import annotations

from babel import Locale
from babel.core import UnknownLocaleError
from PySide6.QtCore import QLocale


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
