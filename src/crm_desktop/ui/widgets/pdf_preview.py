"""A report's pages on screen: built in the background, then printed or saved as a PDF.

The report is written by reportlab on a reader thread into a temporary folder the
widget owns; Qt's PDF module shows the pages. Printing draws each page as an
image onto a QPrinter (on a worker thread, behind a progress dialog with Cancel),
so a printer that only takes pictures, and the system's print dialog, both work.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, QSizeF, QStandardPaths, Qt, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.i18n import language
from crm_desktop.reports.request import ReportRequest
from crm_desktop.tasks.runner import Cancelled, Progress
from crm_desktop.ui.progress import run_with_progress
from crm_desktop.ui.session import AppSession

if TYPE_CHECKING:
    from crm_desktop.reports.document import BuildResult
    from crm_desktop.reports.registry import ReportInfo
    from crm_desktop.services.crm import Crm

# reportlab keeps module-level state (fonts, caches): one build at a time in this process
BUILD_LOCK = threading.Lock()
# pages go to the printer as images this sharp: text prints crisply, and an A4 page stays
# about 35 MB in memory where the printer's own 1200 dpi would take more than half a gigabyte
PRINT_DPI = 300
POINTS_PER_INCH = 72
ERROR_COLOR = "#b00020"
WARNING_COLOR = "#8a5a00"


def build_report(crm: Crm, info: ReportInfo, output: Path, request: ReportRequest) -> BuildResult:
    """Write the report to ``output`` in the request's language (runs on a background thread).

    The request is checked in the window's language first: a mistake in it is the user's
    to read, whatever language the report is printed in.
    """
    from crm_desktop.reports.registry import check_request

    check_request(info, request)
    with BUILD_LOCK, language(request.language):
        return info.build(crm, output, request)


def copy_pdf(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` through a temporary file beside it: never a half-written PDF."""
    handle, part_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(handle)
    part = Path(part_name)
    try:
        shutil.copyfile(source, part)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def page_image(document: QPdfDocument, index: int, dpi: int) -> QImage:
    """Page ``index`` rendered at ``dpi`` on white paper (Qt's PDF renderer leaves it transparent)."""
    points = document.pagePointSize(index)
    size = QSize(
        round(points.width() * dpi / POINTS_PER_INCH), round(points.height() * dpi / POINTS_PER_INCH)
    )
    page = QImage(size, QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    painter.drawImage(0, 0, document.render(index, size))
    painter.end()
    return page


def _translate(text: str) -> str:
    # print_pdf runs on a worker thread with no widget to call tr() on
    return QCoreApplication.translate("ReportPreview", text)


def _remove_printed_file(printer: QPrinter) -> None:
    """Remove what a cancelled print to a file left: a PDF with only some of the pages."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        Path(printer.outputFileName()).unlink(missing_ok=True)


def print_pdf(path: Path, printer: QPrinter, progress: Progress | None = None) -> int:
    """Draw the pages of the PDF at ``path`` onto ``printer``, each scaled to fit its paper.

    Prints the range chosen in the print dialog (all pages when none); returns how many
    pages were printed. Runs on any thread: it opens its own copy of the document.
    """
    progress = progress or Progress()
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise CrmError(_translate("The PDF {path} could not be read.").format(path=path))
        count = document.pageCount()
        first = printer.fromPage() or 1  # 0: no range chosen, every page
        last = min(printer.toPage() or count, count)
        total = last - first + 1
        dpi = min(PRINT_DPI, printer.resolution())
        painter = QPainter()
        if not painter.begin(printer):
            raise CrmError(_translate("The printer could not be started."))
        printed = 0
        try:
            for index in range(first - 1, last):
                progress.update(
                    _translate("Printing page {0} of {1}…").format(printed + 1, total), printed, total
                )
                if printed:
                    printer.newPage()
                if printer.fullPage():
                    area = printer.paperRect(QPrinter.Unit.DevicePixel)
                else:
                    area = printer.pageRect(QPrinter.Unit.DevicePixel)
                image = page_image(document, index, dpi)
                scale = min(area.width() / image.width(), area.height() / image.height())
                drawn = QSizeF(image.width() * scale, image.height() * scale)
                # centred on the paper; the page's own margins are already in the image
                corner = QPointF((area.width() - drawn.width()) / 2, (area.height() - drawn.height()) / 2)
                painter.drawImage(QRectF(corner, drawn), image)
                printed += 1
        except Cancelled:
            printer.abort()  # the pages drawn so far are not sent either
            painter.end()
            _remove_printed_file(printer)
            raise
        finally:
            if painter.isActive():
                painter.end()
        return printed
    finally:
        document.close()


@dataclass(frozen=True)
class Shown:
    """The report the preview shows: its name (for a file name), its file and page count."""

    name: str
    result: BuildResult


class ReportPreview(QWidget):
    """Builds a report in the background and shows its pages; Print and Save as PDF once built."""

    built = Signal(object)  # BuildResult: the pages are shown
    failed = Signal(str)  # the message shown instead of pages
    busy_changed = Signal(bool)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_preview")
        self.session = session
        self.shown: Shown | None = None
        self.busy = False
        self._number = 0  # numbers each build; only the newest one is shown
        self._folder = tempfile.TemporaryDirectory(prefix="crm-report-", ignore_cleanup_errors=True)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("pages")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.message = QLabel()
        self.message.setObjectName("preview_message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # error texts quote the user's own input
        self.message.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)

        self.status = QLabel()
        self.status.setObjectName("preview_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setObjectName("preview_progress")
        self.progress.setRange(0, 0)  # a report says nothing of how far it is: a busy bar
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_build")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.zoom = QComboBox()
        self.zoom.setObjectName("zoom")
        self.zoom.addItem(self.tr("Fit width"), QPdfView.ZoomMode.FitToWidth)
        self.zoom.addItem(self.tr("Whole page"), QPdfView.ZoomMode.FitInView)
        for percent in (50, 75, 100, 150, 200):
            self.zoom.addItem(self.tr("{0} %").format(percent), percent)
        self.zoom.currentIndexChanged.connect(lambda _i: self._zoom_changed())
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(lambda _checked=False: self.print_document())
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("save_pdf")
        self.save_button.clicked.connect(lambda _checked=False: self.save_as())

        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.zoom)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.show_message(self.tr("Choose a report and press Preview."))
        self._update_buttons()

    # --- building ----------------------------------------------------------------------------

    def start(self, info: ReportInfo, request: ReportRequest) -> None:
        """Build ``info`` for ``request`` on a reader thread; the window goes on meanwhile."""
        self._number += 1
        number = self._number
        output = Path(self._folder.name) / f"{info.name}-{number}.pdf"
        self._set_busy(True)
        self.status.setText(self.tr("Making the report…"))
        self.status.setStyleSheet("")

        def done(result: BuildResult) -> None:
            if number != self._number:  # cancelled, or a newer build was asked for meanwhile
                result.path.unlink(missing_ok=True)
                return
            self._set_busy(False)
            self._show(Shown(info.name, result))

        def refused(error: CrmError) -> None:
            if number == self._number:
                self._set_busy(False)
                self.show_error(str(error))

        self.session.read(lambda crm: build_report(crm, info, output, request), done, refused)

    def cancel(self) -> None:
        """Stop waiting for the build under way; what it writes is thrown away."""
        if not self.busy:
            return
        self._number += 1
        self._set_busy(False)
        if self.shown is not None:
            self._show_status(self.shown.result)
        else:
            self.show_message(self.tr("Cancelled."))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self._update_buttons()
        self.busy_changed.emit(busy)

    def _update_buttons(self) -> None:
        ready = self.shown is not None and not self.busy
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.zoom.setEnabled(self.shown is not None)

    # --- showing -------------------------------------------------------------------------------

    def _show(self, shown: Shown) -> None:
        previous = self.shown
        self.document.close()
        error = self.document.load(str(shown.result.path))
        if previous is not None and previous.result.path != shown.result.path:
            previous.result.path.unlink(missing_ok=True)
        if error != QPdfDocument.Error.None_:
            self.shown = None
            self.show_error(self.tr("The report was made but could not be shown ({0}).").format(error.name))
            return
        self.shown = shown
        self.stack.setCurrentWidget(self.view)
        self._show_status(shown.result)
        self._update_buttons()
        self.built.emit(shown.result)

    def _show_status(self, result: BuildResult) -> None:
        text = self.tr("%n page(s)", "", self.document.pageCount())
        if result.warnings:
            text = " · ".join([text, *result.warnings])
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {WARNING_COLOR};" if result.warnings else "")

    def show_message(self, text: str) -> None:
        """A line in place of the pages (what to do, or why there is nothing to show)."""
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.status.setText("")

    def show_error(self, text: str) -> None:
        self._clear()
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.stack.setCurrentWidget(self.message)
        self.status.setText("")
        self._update_buttons()
        self.failed.emit(text)

    def _clear(self) -> None:
        if self.shown is not None:
            self.document.close()
            self.shown.result.path.unlink(missing_ok=True)
            self.shown = None

    def _zoom_changed(self) -> None:
        choice = self.zoom.currentData()
        if isinstance(choice, QPdfView.ZoomMode):
            self.view.setZoomMode(choice)
            return
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(int(choice) / 100)

    def discard(self) -> None:
        """Forget the pages and remove the temporary files (the widget is going away)."""
        self._number += 1
        self._clear()
        self._folder.cleanup()

    # --- printing and saving ------------------------------------------------------------------------

    def _file_stem(self) -> str:
        return self.shown.name if self.shown is not None else "report"

    def print_document(self) -> bool:
        """The system's print dialog, then the pages onto the chosen printer; True when printed."""
        shown = self.shown
        if shown is None or self.busy:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._file_stem())
        printer.setFullPage(True)  # the PDF has its own margins; the image fills the paper
        first_page = self.document.pagePointSize(0)
        printer.setPageSize(
            QPageSize(first_page, QPageSize.Unit.Point)
        )  # the paper the report was laid out for
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        path = shown.result.path
        try:
            run_with_progress(self, self.tr("Printing…"), lambda progress: print_pdf(path, printer, progress))
        except Cancelled:
            return False
        except CrmError as error:
            QMessageBox.warning(self, self.tr("Print"), str(error))
            return False
        return True

    def save_as(self) -> Path | None:
        """Ask where, then copy the built PDF there; the path written, or None."""
        shown = self.shown
        if shown is None or self.busy:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(Path(folder) / f"{self._file_stem()}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen).expanduser()
        if target.suffix.lower() != ".pdf":
            target = target.with_name(f"{target.name}.pdf")
        try:
            copy_pdf(shown.result.path, target)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save as PDF"),
                self.tr("Cannot write {path}: {reason}").format(path=target, reason=error.strerror or error),
            )
            return None
        self.status.setText(self.tr("Saved to {path}").format(path=target))
        return target
