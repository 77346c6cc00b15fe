"""Translation of user-visible text outside Qt.

Qt code uses ``tr()``; everything below ``ui/`` (services, CLI, reports) marks
its messages with :func:`_` so one gettext catalogue serves them all.
"""

from __future__ import annotations

import gettext
import os
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

_LOCALE_DIR = Path(__file__).parent / "locale"
_translation: gettext.NullTranslations = gettext.NullTranslations()
_this_thread = threading.local()  # .translation: a catalogue that overrides _translation on one thread


def _catalogue(language: str | None) -> gettext.NullTranslations:
    if not language:
        return gettext.NullTranslations()
    return gettext.translation("crm_desktop", localedir=_LOCALE_DIR, languages=[language], fallback=True)


def set_language(language: str | None) -> None:
    """Switch the catalogue used by :func:`_` (``None`` or unknown: English)."""
    global _translation
    _translation = _catalogue(language)


@contextmanager
def language(code: str | None) -> Iterator[None]:
    """Translate with ``code``'s catalogue inside the block, on the calling thread only.

    The window builds a report in the language chosen for it on a background thread;
    the window's own texts, translated meanwhile on other threads, keep their language.
    """
    previous = getattr(_this_thread, "translation", None)
    _this_thread.translation = _catalogue(code)
    try:
        yield
    finally:
        _this_thread.translation = previous


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
    override: gettext.NullTranslations | None = getattr(_this_thread, "translation", None)
    return (_translation if override is None else override).gettext(message)


def n_(singular: str, plural: str, count: int) -> str:
    """The form of a message for ``count`` ("1 page", "3 pages"; Arabic has six forms)."""
    override: gettext.NullTranslations | None = getattr(_this_thread, "translation", None)
    return (_translation if override is None else override).ngettext(singular, plural, count)
