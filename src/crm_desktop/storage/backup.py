"""Copies of a database file made with SQLite's online backup API (safe while it is open)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def backup_file(source: Path, destination: Path) -> Path:
    """Copy the database at ``source`` to ``destination`` page by page, consistent even under WAL."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    # Only a finished copy gets the real name: a full disk never leaves a half backup behind.
    partial.replace(destination)
    return destination


def backup_path_for(database: Path, reason: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return database.parent / "backups" / f"{database.stem}.{reason}.{stamp}{database.suffix}"
