"""Translation of user-visible text outside Qt.

Qt code uses ``tr()``; everything below ``ui/`` (services, CLI, reports) marks
its messages with :func:`_` so one gettext catalogue serves them all.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
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


def environment_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language code the environment asks for: CRM_LANG, else LANGUAGE, LC_ALL or LANG.

    ``"tr_TR.UTF-8"`` gives ``"tr"``; ``C``, ``POSIX`` or nothing set give None (English).
    """
    environ = os.environ if environ is None else environ
    for name in ("CRM_LANG", "LANGUAGE", "LC_ALL", "LANG"):
        value = environ.get(name, "").split(":")[0]  # LANGUAGE is a list: fa:ar:en
        code = value.split(".")[0].split("@")[0].split("_")[0].split("-")[0].strip().lower()
        if code:
            return None if code in ("c", "posix") else code
    return None


def _(message: str) -> str:
    return _translation.gettext(message)
