"""Window preferences (geometry, splitters, columns, language) in an INI file, typed.

Business settings live in the database (services.settings); this file holds only
how this person's window looks on this machine. Secrets never go here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")
DEFAULT_SYNC_MINUTES = 15


class Preferences:
    VERSION = 1

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        # later versions move old keys forward here, one version at a time
        if int(cast(int, self._settings.value("version", 0))) < self.VERSION:
            self._settings.setValue("version", self.VERSION)

    def _get(self, key: str, default: T, kind: type[T]) -> T:
        value = self._settings.value(key, default)
        if kind is bool and isinstance(value, str):
            return cast(T, value.lower() == "true")
        try:
            return kind(value) if not isinstance(value, kind) else value  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return default

    def state(self, key: str) -> QByteArray | None:
        value = self._settings.value(f"state/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(f"state/{key}", value)

    @property
    def language(self) -> str:
        return self._get("language", "", str)

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("language", value)

    @property
    def last_page(self) -> str:
        return self._get("last_page", "dashboard", str)

    @last_page.setter
    def last_page(self, value: str) -> None:
        self._settings.setValue("last_page", value)

    @property
    def sync_minutes(self) -> int:
        """Minutes between automatic syncs (0: only when asked); per machine, as a laptop on
        a metered line may want fewer than the shop's desktop."""
        return max(0, self._get("sync_minutes", DEFAULT_SYNC_MINUTES, int))

    @sync_minutes.setter
    def sync_minutes(self, value: int) -> None:
        self._settings.setValue("sync_minutes", value)

    @property
    def export_folder(self) -> str:
        """The folder of the last export (the next one is offered there)."""
        return self._get("export_folder", "", str)

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._settings.setValue("export_folder", value)

    def sync(self) -> None:
        self._settings.sync()
