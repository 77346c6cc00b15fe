"""Translation of user-visible text outside Qt.

Qt code uses ``tr()``; everything below ``ui/`` (services, CLI, reports) marks
its messages with :func:`_` so one gettext catalogue serves them all.
"""

from __future__ import annotations

import gettext
from pathlib import Path

_LOCALE_DIR = Path(__file__).parent / "locale"
_translation: gettext.NullTranslations = gettext.NullTranslations()


def set_language(language: str | None) -> None:
    """Switch the catalogue used by :func:`_` (``None`` or unknown: English)."""
    global _translation
    if not language:
        _translation = gettext.NullTranslations()
        return
    _translation = gettext.translation(
        "crm_desktop", localedir=_LOCALE_DIR, languages=[language], fallback=True
    )


def _(message: str) -> str:
    return _translation.gettext(message)
