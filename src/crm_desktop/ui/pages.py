"""What every page of the main window offers to the window's menus and shortcuts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from crm_desktop.services.records import ListQuery
from crm_desktop.ui.session import AppSession


@dataclass(frozen=True)
class ExportTarget:
    """What File → Export… can write from a page: the records its list shows, or those selected."""

    entity: str  # as the export service names it: contacts, companies, deals, cases...
    name: str  # the list's name in the user's language, for the file's default name
    query: ListQuery  # the list as it is filtered, searched and sorted now
    count: int | None  # the rows the list shows (None: not counted, as on the pipeline's board)
    selected: tuple[str, ...]  # the selected rows' ids, in list order


class Page(QWidget):
    """A page in the navigation. Subclasses load their data the first time they are shown."""

    key = ""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._activated = False

    def title(self) -> str:
        raise NotImplementedError

    def activate(self) -> None:
        """Called each time the page is shown; the first call loads it."""
        if not self._activated:
            self._activated = True
            self.first_show()

    def first_show(self) -> None:
        pass

    # window actions; a page that has no such thing leaves them as they are
    def new_record(self) -> None:
        pass

    def focus_filter(self) -> None:
        pass

    def delete_selected(self) -> None:
        pass

    def refresh(self) -> None:
        pass

    def open_record(self, record_id: str) -> None:
        """Show one record of this page's kind (from the global search or a link)."""

    def show_preset(self, query: ListQuery, label: str) -> None:
        """Show a ready-made selection (a dashboard figure opens its list this way)."""

    def export_target(self) -> ExportTarget | None:
        """What File → Export… writes from this page; None: the page has nothing to export."""
        return None
