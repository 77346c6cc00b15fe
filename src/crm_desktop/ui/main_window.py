"""The main window: navigation on the start side, pages, global search, menus, status bar."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from crm_desktop import APP_NAME
from crm_desktop.services.changes import ChangeSet
from crm_desktop.services.records import ListQuery
from crm_desktop.ui.global_search import GlobalSearch
from crm_desktop.ui.pages import Page
from crm_desktop.ui.preferences import Preferences
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.undo import UndoStack
from crm_desktop.ui.widgets.sync_status import SyncStatusButton

PageFactory = Callable[[AppSession, UndoStack], Page]
# which page shows a record of each kind picked in the global search
PAGE_FOR_ENTITY = {
    "contact": "contacts",
    "company": "companies",
    "deal": "pipeline",
    "case": "cases",
    "article": "knowledge",
    "task": "tasks",
    "product": "products",
    "sale": "products",
}


class MainWindow(QMainWindow):
    def __init__(
        self,
        session: AppSession,
        preferences: Preferences,
        page_factories: list[PageFactory],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.session = session
        self.preferences = preferences
        self.undo = UndoStack(self)
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(260)
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for factory in page_factories:
            page = factory(session, self.undo)
            self.pages[page.key] = page
            self.stack.addWidget(page)
            # pages that link to records of other kinds (a case's customer, a task's deal)
            open_requested = getattr(page, "open_requested", None)
            if open_requested is not None:
                open_requested.connect(self.open_record)
            # pages that open a ready-made selection of another page (a dashboard figure)
            open_list = getattr(page, "open_list", None)
            if open_list is not None:
                open_list.connect(self.open_list)
            item = QListWidgetItem(page.title())
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_row)
        # never narrower than its longest title (in whatever language), never a scroll bar
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setMinimumWidth(
            self.navigation.sizeHintForColumn(0) + 4 * self.navigation.frameWidth() + 16
        )

        self.splitter = QSplitter()
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 1080])
        self.setCentralWidget(self.splitter)

        self.search = GlobalSearch(session, self)
        self.search.chosen.connect(self.open_record)
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setObjectName("search_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

        self.status_message = QLabel()
        self.statusBar().addWidget(self.status_message, 1)
        self._add_sync_status()
        self._build_menus()
        session.changed.connect(self._on_changed)
        session.failed.connect(self.show_error)
        self._restore_state()

    def _add_sync_status(self) -> None:
        """The sync state at the end of the status bar, kept up to date by the Sync page."""
        self.sync_status = SyncStatusButton()
        self.statusBar().addPermanentWidget(self.sync_status)
        page = self.pages.get("sync")
        state_changed = getattr(page, "state_changed", None)
        if page is None or state_changed is None:
            self.sync_status.hide()  # a window built without the Sync page (tests, a trimmed build)
            return
        state_changed.connect(self.sync_status.show_state)
        self.sync_status.clicked.connect(lambda _checked=False: self.show_page("sync"))
        use_preferences = getattr(page, "use_preferences", None)
        if use_preferences is not None:
            use_preferences(self.preferences)  # the minutes between automatic syncs
        view = getattr(page, "view", None)
        if view is not None:
            self.sync_status.show_state(view)

    # --- menus and shortcuts ----------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def find_duplicates(self) -> None:
        """Edit → Find duplicates…: likely duplicate contacts, merged or separated again."""
        from crm_desktop.ui.views.duplicates_dialog import DuplicatesDialog

        DuplicatesDialog(self.session, self).exec()

    def import_file(self) -> None:
        """File → Import…: the import wizard (contacts or companies from a file)."""
        from crm_desktop.ui.views.import_wizard import ImportWizard

        ImportWizard(self.session, self).exec()

    def export_everything(self) -> None:
        """File → Export everything…: the whole database to one JSON archive."""
        from crm_desktop.ui.views import export_everything

        path = export_everything.choose_path(self, self.session.crm.db.path.parent)
        if path is not None:
            export_everything.export_everything(self.session, self, path)

    def export_current(self) -> None:
        """File → Export…: the current page's list, or its selected rows, to a file."""
        from crm_desktop.ui.views.export_dialog import export_from

        page = self.current_page()
        target = page.export_target() if page is not None else None
        if page is not None and target is not None:
            export_from(page, self.session, target)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(self.tr("&New…"), QKeySequence.StandardKey.New, self._page_call("new_record"))
        )
        file_menu.addAction(self._action(self.tr("&Import…"), "Ctrl+Shift+I", self.import_file))
        self.export_action = self._action(self.tr("&Export…"), "Ctrl+Shift+E", self.export_current)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self._action(self.tr("Export &everything…"), None, self.export_everything))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close))

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("&Undo"), QKeySequence.StandardKey.Undo, self.undo_last)
        self.undo_action.setEnabled(False)
        self.undo.changed.connect(self._update_undo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(
            self._action(self.tr("&Find"), QKeySequence.StandardKey.Find, self._page_call("focus_filter"))
        )
        edit_menu.addAction(self._action(self.tr("Search &everywhere"), "Ctrl+K", self.focus_search))
        edit_menu.addAction(self._action(self.tr("Find &duplicates…"), None, self.find_duplicates))
        delete = self._action(
            self.tr("&Delete"), QKeySequence(Qt.Key.Key_Delete), self._page_call("delete_selected")
        )
        edit_menu.addAction(delete)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(
            self._action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self._page_call("refresh"))
        )
        go_menu = view_menu.addMenu(self.tr("&Go to"))
        for index, key in enumerate(self.pages):
            # Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page, as the keys lie on the keyboard
            shortcut = f"Ctrl+{(index + 1) % 10}" if index < 10 else None
            go_menu.addAction(self._action(self.pages[key].title(), shortcut, partial(self.show_page, key)))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About CRM Desktop"), None, self.about))

    def _page_call(self, name: str) -> Callable[[], None]:
        def call() -> None:
            page = self.current_page()
            if page is not None:
                getattr(page, name)()

        return call

    def _update_undo(self) -> None:
        step = self.undo.peek()
        self.undo_action.setEnabled(step is not None)
        self.undo_action.setText(step.label if step else self.tr("&Undo"))

    def undo_last(self) -> None:
        step = self.undo.pop()
        if step is not None:
            self.session.write(step.revert, lambda _o: self.statusBar().showMessage(self.tr("Undone."), 4000))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- pages --------------------------------------------------------------------

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.current_page()
        if page is not None:
            page.activate()
            self.preferences.last_page = page.key
        self.export_action.setEnabled(page is not None and page.export_target() is not None)

    def show_page(self, key: str) -> Page | None:
        keys = list(self.pages)
        if key not in self.pages:
            return None
        self.navigation.setCurrentRow(keys.index(key))
        return self.pages[key]

    def open_record(self, entity: str, record_id: str) -> None:
        page = self.show_page(PAGE_FOR_ENTITY.get(entity, ""))
        if page is not None:
            page.open_record(record_id)

    def open_list(self, page_key: str, query: ListQuery, label: str) -> None:
        page = self.show_page(page_key)
        if page is not None:
            page.show_preset(query, label)

    def _on_changed(self, changes: ChangeSet) -> None:
        self.statusBar().showMessage(self.tr("Saved."), 3000)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, APP_NAME, message)

    def about(self) -> None:
        from crm_desktop.ui.views.about_dialog import AboutDialog

        AboutDialog(self.session.crm.db.path, self).exec()

    # --- state ----------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.preferences.state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.preferences.state("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        for key, page in self.pages.items():
            table = getattr(page, "table", None)
            header_state = self.preferences.state(f"columns/{key}")
            if table is not None and header_state is not None:
                table.horizontalHeader().restoreState(header_state)
        self.show_page(
            self.preferences.last_page if self.preferences.last_page in self.pages else next(iter(self.pages))
        )

    def save_state(self) -> None:
        self.preferences.set_state("geometry", self.saveGeometry())
        self.preferences.set_state("splitter", self.splitter.saveState())
        for key, page in self.pages.items():
            table = getattr(page, "table", None)
            if table is not None:
                self.preferences.set_state(f"columns/{key}", table.horizontalHeader().saveState())
        self.preferences.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
