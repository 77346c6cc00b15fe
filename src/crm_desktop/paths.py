"""Where CRM Desktop keeps its files (platformdirs), shared by the window and the ``crm`` command."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "crm-desktop"
DATABASE_FILE_NAME = "crm.sqlite3"
DATABASE_ENV = "CRM_DB"


def data_dir() -> Path:
    """The user's data folder for CRM Desktop (not created here)."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def config_dir() -> Path:
    """The user's configuration folder (QSettings INI files live here)."""
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))


def cache_dir() -> Path:
    """Files that can be made again (the sync server's seeds)."""
    return Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE_NAME


def resolve_database_path(cli_value: str | None) -> Path:
    """The database to open: ``--db`` if given, else ``$CRM_DB`` if set, else the default file.

    ``~`` is expanded and a relative path is taken from the current folder.
    """
    chosen = cli_value or os.environ.get(DATABASE_ENV) or None
    path = Path(chosen).expanduser() if chosen else default_database_path()
    return path.absolute()


ICON_DIR = Path(__file__).resolve().parent / "icons"


def icon_files() -> list[Path]:
    """The program's icon in each size it ships (``resources/icons/build.py`` draws them)."""
    return sorted(ICON_DIR.glob("crm-desktop-*.png"), key=lambda path: int(path.stem.rsplit("-", 1)[1]))
