"""File → Export… and a list's "Export selected…": the list (or its selected rows) to a file.

The dialog asks what (the whole list as it is filtered now, or the selected rows), the
format (those the export service writes for the kind of record), then where, offering
the folder of the last export and a file named after the list and the day. The file is
written by the export service on the session's reader thread; the dialog stays
responsive, says how many rows it wrote, and offers to open the folder.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.exports import ExportResult, formats_for
from crm_desktop.ui.bidi import auto, ltr
from crm_desktop.ui.pages import ExportTarget
from crm_desktop.ui.preferences import Preferences
from crm_desktop.ui.session import AppSession

# characters no file name may hold on Windows (a list's name could hold one in some language)
_NOT_IN_FILE_NAMES = str.maketrans(dict.fromkeys('<>:"/\\|?*', "-"))


class ExportDialog(QDialog):
    """``written`` holds the last export written from it."""

    def __init__(
        self,
        session: AppSession,
        target: ExportTarget,
        preferences: Preferences | None = None,
        parent: QWidget | None = None,
        *,
        selection: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.target = target
        self.preferences = preferences
        self.written: ExportResult | None = None
        self.running = False
        self.setWindowTitle(self.tr("Export {0}").format(target.name))

        if target.count is None:
            whole = self.tr("The whole list, as it is filtered now")
        else:
            whole = self.tr("The whole list, as it is filtered now (%n row(s))", "", target.count)
        self.all_rows = QRadioButton(whole)
        self.selected_rows = QRadioButton(self.tr("Only the selected rows (%n)", "", len(target.selected)))
        self.selected_rows.setEnabled(bool(target.selected))
        self.rows = QButtonGroup(self)
        self.rows.addButton(self.all_rows)
        self.rows.addButton(self.selected_rows)
        # a selection of several rows was made on purpose; one row is usually just the current one
        wants_selection = len(target.selected) > 1 if selection is None else selection
        (self.selected_rows if wants_selection and target.selected else self.all_rows).setChecked(True)

        self.format = QComboBox()
        self.format.setObjectName("export_format")
        names = self.format_names()
        for fmt in formats_for(target.entity):
            self.format.addItem(names[fmt], fmt)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # the service reports no progress: a busy bar while it writes
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel()
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.hide()  # (adding it to the box shows it) until there is a file
        self.export_button.clicked.connect(self.choose_and_export)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.buttons.rejected.connect(self.reject)

        rows_box = QVBoxLayout()
        rows_box.addWidget(self.all_rows)
        rows_box.addWidget(self.selected_rows)
        form = QFormLayout()
        form.addRow(self.tr("Rows"), rows_box)
        form.addRow(self.tr("Format"), self.format)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def format_names(self) -> dict[str, str]:
        return {
            "csv": self.tr("CSV, for Excel, Google or Outlook (.csv)"),
            "xlsx": self.tr("Excel workbook (.xlsx)"),
            "vcf": self.tr("vCard, for phones and mail programs (.vcf)"),
            "json": self.tr("JSON (.json)"),
            "ics": self.tr("iCalendar, for calendar programs (.ics)"),
        }

    @property
    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def chosen_ids(self) -> list[str] | None:
        """The rows to write: the selected ones, or None for the whole list."""
        return list(self.target.selected) if self.selected_rows.isChecked() else None

    # --- where ----------------------------------------------------------------------------

    def default_path(self) -> Path:
        """In the folder of the last export; named after the list and today, "Contacts 2026-03-02.csv"."""
        folder = self.preferences.export_folder if self.preferences is not None else ""
        if not folder or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, day = self.target.name.translate(_NOT_IN_FILE_NAMES), date.today().isoformat()
        # after Arabic letters the digits of "2026-03-02" are Arabic numbers to the bidi
        # algorithm and the hyphens reverse them (every file manager shows "02-03-2026"); before
        # the name they are not, and a right-to-left reader reads the date first all the same
        stem = f"{day} {name}" if _right_to_left(name) else f"{name} {day}"
        return Path(folder or Path.home()) / f"{stem}.{self.chosen_format}"

    def choose_path(self) -> Path | None:
        """Ask where to write; the path with the format's extension, or None when cancelled.

        A name typed with the extension of another format offered here takes that format
        (as ``crm export`` goes by the file's name); any other name gets the extension."""
        fmt = self.chosen_format
        names = self.format_names()
        all_files = self.tr("All files (*)")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(self.default_path()), f"{names[fmt]} (*.{fmt});;{all_files}"
        )
        if not chosen:
            return None
        path = Path(chosen).expanduser()
        typed = path.suffix.lower().removeprefix(".")
        if typed in formats_for(self.target.entity):
            self.format.setCurrentIndex(self.format.findData(typed))
        else:
            path = path.with_name(f"{path.name}.{fmt}")
        return path

    # --- writing ----------------------------------------------------------------------------

    def choose_and_export(self) -> None:
        path = self.choose_path()
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the chosen rows to ``path`` off the GUI thread; the outcome is shown here."""
        entity, fmt, query, ids = self.target.entity, self.chosen_format, self.target.query, self.chosen_ids()
        self._set_running(True)
        self.status.setText(self.tr("Writing {0}…").format(auto(path.name)))
        self.session.read(
            lambda crm: crm.exports.export(entity, fmt, path, query, ids), self._written, self._failed
        )

    def _written(self, result: ExportResult) -> None:
        self._set_running(False)
        self.written = result
        if self.preferences is not None:  # a folder that could not be written to is not offered again
            self.preferences.export_folder = str(result.path.parent)
        # the name in its own direction and the folder left to right: an Arabic name inside one
        # left-to-right path would have its date turned around ("02-03-2026")
        self.status.setText(
            self.tr("%n row(s) written to {0} in {1}.", "", result.records).format(
                auto(result.path.name), ltr(str(result.path.parent))
            )
        )
        self.open_folder_button.show()

    def _failed(self, error: CrmError) -> None:
        self._set_running(False)
        self.status.clear()
        QMessageBox.warning(self, self.windowTitle(), str(error))

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.busy.setVisible(running)
        for widget in (self.all_rows, self.format, self.export_button, self.open_folder_button):
            widget.setEnabled(not running)
        self.selected_rows.setEnabled(not running and bool(self.target.selected))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not running)
        if running:
            self.open_folder_button.hide()

    def open_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.path.parent)))

    # --- closing ----------------------------------------------------------------------------

    def reject(self) -> None:
        if not self.running:  # the file is being written: it ends in a moment, and says so
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            return
        super().closeEvent(event)


def _right_to_left(text: str) -> bool:
    """Whether the first letter with a direction of its own is Arabic or Hebrew."""
    for character in text:
        direction = unicodedata.bidirectional(character)
        if direction in ("L", "R", "AL"):
            return direction != "L"
    return False


def export_from(
    widget: QWidget, session: AppSession, target: ExportTarget, *, selection: bool | None = None
) -> None:
    """Open the export dialog for ``target`` over ``widget`` (remembering the folder in the window's
    preferences when the widget is in the main window)."""
    preferences = getattr(widget.window(), "preferences", None)
    dialog = ExportDialog(
        session,
        target,
        preferences if isinstance(preferences, Preferences) else None,
        widget,
        selection=selection,
    )
    dialog.exec()
