"""File → Import…: a file of customers in, step by step, with a look before anything is saved.

1. the file (CSV, Excel or vCard), what its rows are, and for a workbook the sheet;
2. the first rows with, above each column, the field it goes to (guessed from the
   headers or taken from a saved mapping, changeable, and saveable under a name for
   the next file), how rows find saved records and what to do with them;
3. the dry run: how many rows would be created, updated, skipped or rejected, and
   row by row what and why;
4. the import itself, with progress and Cancel (nothing is saved then), and the
   result: the counts, the file of rejected rows, and a button that undoes it all.

The reading and the importing are the services' (``transfer``, ``services.imports``),
run off the GUI thread behind a progress dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.import_mappings import apply_saved
from crm_desktop.services.imports import ImportOptions, ImportReport
from crm_desktop.tasks.runner import Cancelled, Progress
from crm_desktop.transfer.fields import CUSTOM, ENTITIES, field_label, guess_mapping
from crm_desktop.transfer.reading import read_table, sample_rows
from crm_desktop.ui.bidi import auto
from crm_desktop.ui.progress import run_with_progress
from crm_desktop.ui.session import AppSession

PREVIEW_ROWS = 10
SHOWN_VERDICTS = 500


class ImportWizard(QWizard):
    """The four steps; ``report`` holds the import's result once it ran."""

    def __init__(self, session: AppSession, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.headers: list[str] = []
        self.sample: list[list[str]] = []
        self.report: ImportReport | None = None
        self.file_page = _FilePage(self, path)
        self.mapping_page = _MappingPage(self)
        self.review_page = _ReviewPage(self)
        self.result_page = _ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.review_page, self.result_page):
            self.addPage(page)
        self.resize(900, 600)

    @property
    def path(self) -> Path:
        return Path(self.file_page.path.text().strip()).expanduser()

    @property
    def entity(self) -> str:
        return str(self.file_page.entity.currentData())

    @property
    def sheet(self) -> str | None:
        return self.file_page.sheet.currentText() or None if self.file_page.sheet.isEnabled() else None

    def import_options(self) -> ImportOptions:
        return ImportOptions(
            self.entity,
            self.mapping_page.mapping(),
            match=str(self.mapping_page.match.currentData()),
            mode=str(self.mapping_page.mode.currentData()),
        )

    def fail(self, error: CrmError) -> None:
        QMessageBox.warning(self, self.windowTitle(), str(error))


class _FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, path: Path | None) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr("CSV (from Excel, Google or Outlook), an Excel workbook or vCards from a phone.")
        )
        self.path = QLineEdit(str(path) if path else "")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.entity = QComboBox()
        self.entity.addItem(self.tr("Contacts"), "contacts")
        self.entity.addItem(self.tr("Companies"), "companies")
        self.entity.addItem(self.tr("Deals"), "deals")
        self.entity.addItem(self.tr("Products"), "products")
        self.entity.addItem(self.tr("Sales (one row per line)"), "sales")
        self.sheet = QComboBox()
        self.sheet.setEnabled(False)
        self.path.editingFinished.connect(self._look_for_sheets)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("The rows are"), self.entity)
        form.addRow(self.tr("Sheet"), self.sheet)
        self.registerField("path*", self.path)

    def _choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a file"),
            self.path.text(),
            self.tr("Tables and contacts (*.csv *.txt *.xlsx *.vcf *.vcard *.json);;All files (*)"),
        )
        if chosen:
            self.path.setText(chosen)
            self._look_for_sheets()

    def _look_for_sheets(self) -> None:
        self.sheet.clear()
        path = Path(self.path.text().strip()).expanduser()
        self.sheet.setEnabled(path.suffix.lower() == ".xlsx")
        if not self.sheet.isEnabled() or not path.is_file():
            return
        try:
            with read_table(path) as table:
                self.sheet.addItems(table.sheets)
        except CrmError:
            self.sheet.setEnabled(False)  # the next step says what is wrong with the file

    def validatePage(self) -> bool:
        wizard = self.owner
        try:
            with read_table(wizard.path, sheet=wizard.sheet) as table:
                wizard.headers = list(table.headers)
                wizard.sample = sample_rows(table, PREVIEW_ROWS)
        except CrmError as error:
            wizard.fail(error)
            return False
        return True


class _MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Which column is which"))
        self.setSubTitle(self.tr("Check the field above each column; a column left out is not imported."))
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.combos: list[QComboBox] = []
        self.guessed: list[str | None] = []
        self.saved = QComboBox()  # a saved mapping to apply (the first item: the guess)
        self.saved.activated.connect(self._apply_saved)
        self.save_button = QPushButton(self.tr("Save mapping…"))
        self.save_button.clicked.connect(self._save)
        self.saved_note = QLabel()
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Mapping")))
        chooser.addWidget(self.saved, 1)
        chooser.addWidget(self.save_button)
        chooser.addWidget(self.saved_note)
        self.match = QComboBox()
        self.mode = QComboBox()
        for value, text in (
            ("upsert", self.tr("Create new records and update matched ones")),
            ("create", self.tr("Only create new records")),
            ("update", self.tr("Only update matched records")),
        ):
            self.mode.addItem(text, value)
        form = QFormLayout()
        form.addRow(self.tr("Find saved records by"), self.match)
        form.addRow(self.tr("What to do"), self.mode)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)

    def initializePage(self) -> None:
        wizard = self.owner
        custom = wizard.session.crm.imports.custom_fields(wizard.entity)
        guessed = guess_mapping(wizard.headers, wizard.entity, custom)
        self.guessed = guessed
        self._list_saved(None)
        choices = [*ENTITIES[wizard.entity].fields, *(CUSTOM + key for key in custom)]
        self.table.clear()
        self.table.setColumnCount(len(wizard.headers))
        self.table.setRowCount(len(wizard.sample) + 1)
        self.table.setHorizontalHeaderLabels(wizard.headers)
        self.table.setVerticalHeaderLabels(
            [self.tr("Field"), *(str(n) for n in range(2, len(wizard.sample) + 2))]
        )
        self.combos = []
        for column, field in enumerate(guessed):
            combo = QComboBox()
            combo.addItem(self.tr("— leave out —"), None)
            for name in choices:
                combo.addItem(custom.get(name.removeprefix(CUSTOM), "") or field_label(name), name)
            combo.setCurrentIndex(max(0, combo.findData(field)))
            self.table.setCellWidget(0, column, combo)
            self.combos.append(combo)
            for row, cells in enumerate(wizard.sample, start=1):
                # each cell in its own direction: "leyla@" stays so in a right-to-left window
                cell = auto(cells[column]) if column < len(cells) else ""
                self.table.setItem(row, column, QTableWidgetItem(cell))
        self.table.resizeColumnsToContents()
        self.match.clear()
        keys = {
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "name": self.tr("Name"),
            "sku": self.tr("SKU"),
            "title": self.tr("Title and customer"),
            "number": self.tr("Sale number"),
            "external_id": self.tr("External ID"),
        }
        for key in ENTITIES[wizard.entity].match_keys:
            self.match.addItem(keys[key], key)

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    # --- saved mappings -------------------------------------------------------------------

    def _list_saved(self, chosen: str | None) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("Guessed from the headers"), None)
        for saved in self.owner.session.crm.import_mappings.list(self.owner.entity):
            self.saved.addItem(saved.name, saved.name)
        self.saved.setCurrentIndex(max(0, self.saved.findData(chosen)))
        self.saved_note.clear()

    def _apply_saved(self) -> None:
        """Put the chosen mapping's fields above the columns it names (the guess elsewhere)."""
        name = self.saved.currentData()
        mapping = self.guessed
        if name is not None:
            found = self.owner.session.crm.import_mappings.find(self.owner.entity, str(name))
            if found is None:  # deleted since the list was filled (another device's sync)
                self._list_saved(None)
            else:
                mapping = apply_saved(found.columns, self.owner.headers, self.guessed)
        for combo, field in zip(self.combos, mapping, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(field)))
        self.saved_note.clear()

    def _save(self) -> None:
        wizard = self.owner
        current = self.saved.currentData()
        name, accepted = QInputDialog.getText(
            self, self.tr("Save mapping"), self.tr("Name of the mapping:"), text=str(current or "")
        )
        name = " ".join(name.split())
        if not accepted or not name:
            return
        existing = wizard.session.crm.import_mappings.find(wizard.entity, name)
        if existing is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Save mapping"),
                self.tr("A mapping called “{0}” is saved already. Replace it?").format(existing.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        entity, headers, mapping = wizard.entity, list(wizard.headers), self.mapping()

        def job(crm: Any) -> Any:
            return crm.import_mappings.save(entity, name, headers, mapping, replace=True)

        def done(outcome: Any) -> None:
            self.save_button.setEnabled(True)
            self._list_saved(outcome.value.name)
            self.saved_note.setText(self.tr("Saved."))

        def failed(error: CrmError) -> None:
            self.save_button.setEnabled(True)
            wizard.fail(error)

        self.save_button.setEnabled(False)
        wizard.session.write(job, on_done=done, on_error=failed)

    def validatePage(self) -> bool:
        try:
            self.owner.session.crm.imports.check(self.owner.import_options(), self.owner.headers)
        except CrmError as error:
            self.owner.fail(error)
            return False
        return True


class _ReviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("What the import will do"))
        self.setSubTitle(self.tr("Nothing is saved yet. Go back to change the columns or the options."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rows = QTableWidget(0, 3)
        self.rows.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Action"), self.tr("Details")])
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rows.verticalHeader().hide()  # the file's row number is the first column
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.rows, 1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))

    def initializePage(self) -> None:
        wizard = self.owner
        options = wizard.import_options()

        checking = self.tr("Checking the rows…")  # translated here: the job runs on another thread

        def job(progress: Progress) -> ImportReport:
            progress.update(checking, 0, 0)
            with read_table(wizard.path, sheet=wizard.sheet) as table:
                return wizard.session.crm.imports.dry_run(table, options, keep=SHOWN_VERDICTS)

        try:
            report = run_with_progress(wizard, self.tr("Checking the file"), job)
        except (CrmError, Cancelled) as error:
            self.summary.setText(str(error) or self.tr("Stopped."))
            self.rows.setRowCount(0)
            return
        self.summary.setText(_counts(self, report))
        verbs = _verbs(self)
        self.rows.setRowCount(len(report.rows))
        for index, outcome in enumerate(report.rows):
            detail = outcome.reason or ", ".join(field_label(name) for name in outcome.changes)
            for column, value in enumerate((str(outcome.number), verbs[outcome.action], auto(detail))):
                self.rows.setItem(index, column, QTableWidgetItem(value))
        self.rows.resizeColumnToContents(0)
        self.rows.resizeColumnToContents(1)

    def validatePage(self) -> bool:
        wizard = self.owner
        options = wizard.import_options()
        rejects = wizard.path.resolve().with_name(wizard.path.stem + ".rejects.csv")

        # translated here: the job runs on another thread. A sale's lines are rows of their own,
        # and the import counts sales
        if options.entity == "sales":
            imported = self.tr("Imported {0} sales…")
        else:
            imported = self.tr("Imported {0} rows…")

        def job(progress: Progress) -> ImportReport:
            def report_progress(done: int) -> bool:
                progress.update(imported.format(done), done, 0)
                return True

            with read_table(wizard.path, sheet=wizard.sheet) as table:
                return wizard.session.crm.imports.run(
                    table, options, file_name=wizard.path.name, rejects_to=rejects, progress=report_progress
                )

        try:
            wizard.report = run_with_progress(wizard, self.tr("Importing"), job)
        except Cancelled:
            QMessageBox.information(
                wizard, wizard.windowTitle(), self.tr("The import was cancelled; nothing was saved.")
            )
            return False
        except CrmError as error:
            wizard.fail(error)
            return False
        wizard.session.broadcast(wizard.report.changes)
        return True


class _ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Imported"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rejects = QLabel()
        self.rejects.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.rejects.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        self.undo = QPushButton(self.tr("Undo this import"))
        self.undo.clicked.connect(self._undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.rejects)
        layout.addWidget(self.undo, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addStretch(1)

    def initializePage(self) -> None:
        report = self.owner.report
        assert report is not None
        self.summary.setText(_counts(self, report))
        if report.rejects_file:
            url = QUrl.fromLocalFile(report.rejects_file).toString()
            self.rejects.setText(
                self.tr('Rejected rows, with the reason, are in <a href="{0}">{1}</a>.').format(
                    url, Path(report.rejects_file).name
                )
            )
        else:
            self.rejects.clear()
        self.undo.setEnabled(True)

    def _undo(self) -> None:
        report = self.owner.report
        if report is None or report.batch is None:
            return
        batch = report.batch

        def job(crm: Any) -> Any:
            return crm.imports.undo(batch)

        def done(_outcome: Any) -> None:
            self.undo.setEnabled(False)
            self.summary.setText(
                self.tr("The import was undone: its new records are deleted and its changes put back.")
            )

        self.owner.session.write(job, on_done=done, on_error=self.owner.fail)


def _verbs(widget: QWidget) -> dict[str, str]:
    return {
        "create": widget.tr("Create"),
        "update": widget.tr("Update"),
        "skip": widget.tr("Skip"),
        "reject": widget.tr("Reject"),
    }


def _counts(widget: QWidget, report: ImportReport) -> str:
    return (
        widget.tr("{0} to create, {1} to update, {2} skipped, {3} rejected.").format(
            report.created, report.updated, report.skipped, report.rejected
        )
        if report.batch is None
        else widget.tr("{0} created, {1} updated, {2} skipped, {3} rejected.").format(
            report.created, report.updated, report.skipped, report.rejected
        )
    )
