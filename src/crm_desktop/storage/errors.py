"""One place that turns SQLite failures into the program's own errors with clear messages."""

from __future__ import annotations

import sqlite3

from sqlalchemy import exc as sa_exc

from crm_desktop.domain.errors import (
    ConflictError,
    CrmError,
    DatabaseCorruptError,
    DatabaseError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DiskFullError,
    NotACrmDatabaseError,
)
from crm_desktop.i18n import _


def _sqlite_error_name(error: BaseException) -> str:
    original = getattr(error, "orig", error)
    return str(getattr(original, "sqlite_errorname", "") or "")


def translate(error: BaseException, path: str | None) -> CrmError:
    """The CrmError a shop owner should read for ``error`` raised while using the file at ``path``."""
    if isinstance(error, CrmError):
        return error
    name = _sqlite_error_name(error)
    where = path or _("the database")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return DatabaseLockedError(
            _(
                "{path} is busy: another program (or another CRM Desktop window) is writing to it. "
                "Wait a moment and try again; nothing was changed."
            ).format(path=where),
            path,
        )
    if name.startswith("SQLITE_READONLY"):
        return DatabaseReadOnlyError(
            _(
                "{path} can only be read, not changed (the file or its folder is read-only). "
                "Nothing was changed."
            ).format(path=where),
            path,
        )
    if name == "SQLITE_FULL" or (name.startswith("SQLITE_IOERR") and "full" in str(error).lower()):
        return DiskFullError(
            _("The disk holding {path} is full. Nothing was changed; free some space and try again.").format(
                path=where
            ),
            path,
        )
    if name.startswith("SQLITE_CORRUPT"):
        return DatabaseCorruptError(
            _(
                "{path} is damaged. Restore it from a backup (CRM Desktop keeps one before every upgrade) "
                "or run “crm db check” for details."
            ).format(path=where),
            path,
        )
    if name == "SQLITE_NOTADB":
        return NotACrmDatabaseError(_("{path} is not a CRM Desktop database.").format(path=where), path)
    if name.startswith("SQLITE_CANTOPEN"):
        return DatabaseError(
            _("{path} cannot be opened: check that its folder exists and that you may write there.").format(
                path=where
            ),
            path,
        )
    if name.startswith("SQLITE_IOERR"):
        return DatabaseError(
            _("Reading or writing {path} failed (a disk problem?). Nothing was changed.").format(path=where),
            path,
        )
    if isinstance(error, sa_exc.IntegrityError) or isinstance(
        getattr(error, "orig", error), sqlite3.IntegrityError
    ):
        return ConflictError(
            _("This change contradicts data already saved: {detail}").format(
                detail=str(getattr(error, "orig", error))
            )
        )
    return DatabaseError(
        _("The database reported an error: {detail}").format(detail=str(getattr(error, "orig", error))), path
    )
