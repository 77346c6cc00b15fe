"""Loading the window's translations so every ``tr()`` finds its text, whatever class asks.

The trap this module exists for: PySide6's ``self.tr()`` looks a text up under the
*runtime* class name of ``self`` (walking up the class's bases in recent versions),
while ``pyside6-lupdate`` files each text under the class it is *written* in, and
module-level helpers (``widget.tr("Urgent")``) under the name of the variable
(``widget``, ``translator``, ``parent``). So "Urgent" from ``priority_names(widget)``
called by ``TaskEditor`` is asked for as ``("TaskEditor", "Urgent")`` but stored as
``("widget", "Urgent")``, and Qt alone shows it in English.

:class:`CrmTranslator` answers from the ``.qm`` first and, when the asked context
has no translation, looks the same source text (and disambiguation) up in the
other contexts that hold it. Which contexts hold which text comes from
``crm_desktop_contexts.json``, written next to the ``.qm`` files by
``resources/translations/build.py compile`` from the ``.ts`` sources. The
translations keep one wording per source text (a text with two meanings carries a
disambiguation, like ``tr("Open", "status")``), so the fallback never picks a
wrong sense.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTranslator

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
CONTEXTS_FILE = "crm_desktop_contexts.json"
# Qt's own classes (QDialogButtonBox, QPlatformTheme...) are answered by Qt's catalogue
_QT_CONTEXT = re.compile(r"Q[A-Z]")

_installed: list[QTranslator] = []


def load_context_index(directory: Path = LOCALE_DIR) -> dict[tuple[str, str], tuple[str, ...]]:
    """(source, disambiguation) -> the contexts holding that text, as written by the build script."""
    path = directory / CONTEXTS_FILE
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    index: dict[tuple[str, str], tuple[str, ...]] = {}
    for entry in data["messages"]:
        index[(entry["source"], entry.get("disambiguation", ""))] = tuple(entry["contexts"])
    return index


class CrmTranslator(QTranslator):
    """A QTranslator that falls back to the translation of the same text in another context."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._contexts: dict[tuple[str, str], tuple[str, ...]] = {}

    def load_language(self, code: str, directory: Path = LOCALE_DIR) -> bool:
        """Load ``crm_desktop_<code>.qm`` and the context index from ``directory``."""
        if not self.load(f"crm_desktop_{code}", str(directory)):
            return False
        self._contexts = load_context_index(directory)
        return True

    def translate(
        self, context: str, source: str, /, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None, not "": an empty string would stop Qt from asking the next translator
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        if _QT_CONTEXT.match(context):
            return None
        for other in self._contexts.get((source, disambiguation or ""), ()):
            if other != context:
                found = super().translate(other, source, disambiguation, n)
                if found:
                    return found
        return None


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translators(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Replace the translators installed by an earlier call with those for ``code``.

    Qt's own catalogue (standard buttons: OK, Cancel, Save) goes in first so that
    ours, asked first, can still leave Qt's texts to it.
    """
    remove_translators(app)
    qt = QTranslator(app)
    ours = CrmTranslator(app)
    for translator, loaded in (
        (qt, qt.load(f"qtbase_{code}", qt_translations_dir())),
        (ours, ours.load_language(code)),
    ):
        if loaded:
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            translator.deleteLater()
    return list(_installed)


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators :func:`install_translators` put in (back to the source English)."""
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
