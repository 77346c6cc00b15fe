"""Building the QApplication: fonts, language and direction, opening the file, the main window."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop import APP_NAME, APP_SLUG, fonts
from crm_desktop.domain.errors import CrmError
from crm_desktop.i18n import set_language
from crm_desktop.paths import config_dir, icon_files
from crm_desktop.services.crm import Crm
from crm_desktop.tasks.runner import Cancelled
from crm_desktop.ui.main_window import MainWindow, PageFactory
from crm_desktop.ui.preferences import Preferences
from crm_desktop.ui.reminders import ReminderService
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.translator import install_translators

RIGHT_TO_LEFT_LANGUAGES = {"ar", "fa", "he", "ur"}


def page_factories() -> list[PageFactory]:
    """The pages in navigation order."""
    from crm_desktop.ui.views.cases import CasesPage
    from crm_desktop.ui.views.companies import CompaniesPage
    from crm_desktop.ui.views.contacts import ContactsPage
    from crm_desktop.ui.views.dashboard import DashboardPage
    from crm_desktop.ui.views.knowledge import KnowledgePage
    from crm_desktop.ui.views.pipeline import PipelinePage
    from crm_desktop.ui.views.products import ProductsPage
    from crm_desktop.ui.views.reports import ReportsPage
    from crm_desktop.ui.views.settings_page import SettingsPage
    from crm_desktop.ui.views.sync_page import SyncPage
    from crm_desktop.ui.views.tasks import TasksPage

    return [
        DashboardPage,
        ContactsPage,
        CompaniesPage,
        PipelinePage,
        CasesPage,
        TasksPage,
        ProductsPage,
        KnowledgePage,
        ReportsPage,
        SyncPage,
        SettingsPage,
    ]


def register_fonts() -> None:
    for path in fonts.font_files():
        QFontDatabase.addApplicationFont(str(path))


def apply_language(app: QApplication, language: str) -> None:
    """Translations, number/date locale and layout direction for ``language``."""
    code = (language or QLocale.system().name()).split("_")[0].split("-")[0]
    if code in ("C", "POSIX", ""):  # no locale set (a bare server, a CI box): read as English
        code = "en"
    set_language(code)
    install_translators(app, code)
    QLocale.setDefault(QLocale(code))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )


def application_icon() -> QIcon:
    """Every size of the icon, so title bars and task bars pick a sharp one."""
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    return icon


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([APP_SLUG])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_SLUG)
    app.setWindowIcon(application_icon())
    # lets Wayland and X11 docks match the window to crm-desktop.desktop and its icon
    app.setDesktopFileName(APP_SLUG)
    register_fonts()
    font = QFont(fonts.UI_FAMILY, 10)
    app.setFont(font)
    return app


def open_crm(path: Path) -> Crm | None:
    """The CRM at ``path``, or None after telling the user why it cannot be opened."""
    try:
        return Crm.open(path)
    except CrmError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return None


def first_start(app: QApplication, db_path: Path, preferences: Preferences) -> Crm | None:
    """Ask for the business settings of a new database, with or without sample data."""
    from crm_desktop.ui.progress import run_with_progress
    from crm_desktop.ui.views.first_start import FirstStartDialog

    dialog = FirstStartDialog()
    if not dialog.exec() or dialog.settings is None:
        return None
    preferences.language = dialog.language_code
    apply_language(app, dialog.language_code)
    with_sample_data = dialog.with_sample_data
    if with_sample_data:
        from crm_desktop.services.demo import generate

        try:
            run_with_progress(
                None,
                app.translate("first_start", "Making sample data…"),
                lambda progress: generate(db_path, contacts=2000, seed=1, progress=progress.update),
            )
        except Cancelled:
            with_sample_data = False  # the generator left the database empty: start without samples
        except CrmError as error:
            QMessageBox.critical(None, APP_NAME, str(error))
            return None
    crm = open_crm(db_path)
    if crm is not None:
        keys = {"business_name", "default_region", "language"}
        if not with_sample_data:
            keys.add("base_currency")  # sample amounts were converted to the sample data's own base currency
        chosen = dialog.settings.model_dump(include=keys)
        crm.settings.update(**chosen)
    return crm


def run(db_path: Path, arguments: argparse.Namespace) -> int:
    app = make_application()
    preferences = Preferences(config_dir() / "window.ini")
    apply_language(app, arguments.language or preferences.language)
    if getattr(arguments, "rtl", False):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    crm = open_crm(db_path) if db_path.exists() else first_start(app, db_path, preferences)
    if crm is None:
        return 1
    session = AppSession(crm)
    window = MainWindow(session, preferences, page_factories())
    ReminderService(session, window).open_requested.connect(window.open_record)
    if arguments.page:
        window.show_page(arguments.page)
    window.show()
    if arguments.screenshot:
        # a picture of the usual desktop size, whatever screen (or none) this runs on
        window.resize(1280, 800)

        def shoot() -> None:
            window.grab().save(arguments.screenshot)
            window.close()

        QTimer.singleShot(1500, shoot)
    if getattr(arguments, "quit_when_shown", False):
        # bench/frozen_start.py times launch to a drawn window: a zero timer fires once the
        # events queued by show() (expose, first paint) have been handled
        QTimer.singleShot(0, window.close)
    try:
        return app.exec()
    finally:
        session.close()
