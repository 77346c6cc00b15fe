"""File → Export everything…: the whole database to one JSON archive, behind a progress dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from crm_desktop import APP_NAME
from crm_desktop.domain.errors import CrmError
from crm_desktop.services.archive import ArchiveResult
from crm_desktop.tasks.runner import Cancelled
from crm_desktop.ui.progress import run_with_progress
from crm_desktop.ui.session import AppSession


def choose_path(parent: QWidget | None, folder: Path) -> Path | None:
    """Ask where to write the archive (a name with today's date, in ``folder``); None: cancelled."""
    suggested = folder / f"crm-desktop-{date.today().isoformat()}.json"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("export_everything", "Export everything"),
        str(suggested),
        QCoreApplication.translate("export_everything", "CRM Desktop archive (*.json)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(".json")


def export_everything(session: AppSession, parent: QWidget | None, path: Path) -> ArchiveResult | None:
    """Write the whole database to ``path`` and say what was written; None when cancelled or refused
    (the user was told why).

    The archive is read in one read transaction, so saves made meanwhile by the window's
    writer neither wait for it nor end up half in the file.
    """
    try:
        result = run_with_progress(
            parent,
            QCoreApplication.translate("export_everything", "Exporting everything…"),
            lambda progress: session.crm.archive.export(path, progress.update),
        )
    except Cancelled:
        QMessageBox.information(
            parent,
            APP_NAME,
            QCoreApplication.translate("export_everything", "The export was cancelled; no file was written."),
        )
        return None
    except CrmError as error:
        QMessageBox.warning(parent, APP_NAME, str(error))
        return None
    QMessageBox.information(
        parent,
        APP_NAME,
        QCoreApplication.translate(
            "export_everything",
            "Wrote {count} records to {file}.\n\nIt holds everything in this database, the bin included. "
            "To restore it, import it into a new, empty database.",
        ).format(count=f"{result.records:,}", file=result.path),
    )
    return result
