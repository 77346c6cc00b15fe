"""Help → About: which version this is, where its data lives, and under what licence."""

from __future__ import annotations

from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import APP_NAME, __version__
from crm_desktop.paths import log_dir
from crm_desktop.ui.bidi import ltr, paragraph

LICENCE = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


class AboutDialog(QDialog):
    """The version, the open data file and its folder (with a button to open it), the licence."""

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About CRM Desktop"))
        self.data_folder = database.parent

        logo = QLabel()
        # a dialog shows the application's icon (ui.application sets it) unless given its own
        logo.setPixmap(self.windowIcon().pixmap(96, 96))
        # the name is Latin: without a leading mark it would sit on the left of an Arabic window
        title = QLabel(paragraph(APP_NAME, self.isRightToLeft()))
        title_font = title.font()
        title_font.setPointSize(16)
        title_font.setBold(True)
        title.setFont(title_font)
        self.version = QLabel(self.tr("Version {version}").format(version=ltr(__version__)))
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.version)
        heading.addStretch()
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        # paths are left-to-right runs: in an Arabic window "/home/sara/crm" must not turn around
        self.data_file = self._selectable(self._path_text(database))
        self.folder = self._selectable(self._path_text(self.data_folder))
        self.logs = self._selectable(self._path_text(log_dir()))
        self.open_folder = QPushButton(self.tr("Open data folder"))
        self.open_folder.clicked.connect(self.show_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_folder)
        self.licence = QLabel(
            self.tr(
                "Free software under the GNU General Public License, version 3 or later "
                '(<a href="{url}">{licence}</a>). It comes with no warranty.'
            ).format(url=LICENCE_URL, licence=LICENCE)
        )
        self.licence.setWordWrap(True)
        self.licence.setOpenExternalLinks(True)
        self.toolkit = QLabel(
            self.tr("Built with Qt {qt} (PySide6 {pyside}), under the LGPL.").format(
                qt=ltr(qVersion()), pyside=ltr(pyside_version)
            )
        )

        form = QFormLayout()
        form.addRow(self.tr("Data file:"), self.data_file)
        form.addRow(self.tr("Data folder:"), folder_row)
        form.addRow(self.tr("Log files:"), self.logs)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.licence)
        layout.addWidget(self.toolkit)
        layout.addWidget(buttons)

    def _path_text(self, path: Path) -> str:
        """The path kept left to right, the line in the window's direction (next to its label)."""
        return paragraph(ltr(str(path)), self.isRightToLeft())

    def _selectable(self, text: str) -> QLabel:
        label = QLabel(text)
        # people copy these paths into a file manager or a support e-mail
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_data_folder(self) -> bool:
        """Opens the folder in the system's file manager; False when none could be started."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))
