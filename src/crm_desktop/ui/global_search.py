"""The search box in the tool bar (Ctrl+K): contacts, companies, deals, cases and articles as you type."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from crm_desktop.services.search import Hit
from crm_desktop.ui.bidi import auto
from crm_desktop.ui.session import AppSession

TYPING_DELAY_MS = 120
HITS_PER_KIND = 8


class GlobalSearch(QLineEdit):
    """Emits ``chosen(entity, id)`` when the user picks a result."""

    chosen = Signal(str, str)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("global_search")
        self.session = session
        self.setPlaceholderText(self.tr("Search contacts, companies, deals, cases, articles (Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(360)
        self.popup = QListWidget()
        self.popup.setObjectName("global_search_results")
        self.popup.setWindowFlags(Qt.WindowType.ToolTip)
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.itemClicked.connect(self._choose)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.textChanged.connect(lambda _t: self._timer.start())
        self._asked = ""
        self.installEventFilter(self)

    def _kind_name(self, entity: str) -> str:
        return {
            "contact": self.tr("Contact"),
            "company": self.tr("Company"),
            "deal": self.tr("Deal"),
            "case": self.tr("Case"),
            "article": self.tr("Article"),
        }.get(entity, entity)

    def _search(self) -> None:
        text = self.text().strip()
        self._asked = text
        if not text:
            self.popup.hide()
            return
        self.session.read(
            lambda crm: crm.search.everything(text, HITS_PER_KIND), lambda hits: self._show(text, hits)
        )

    def _show(self, text: str, hits: list[Hit]) -> None:
        if text != self._asked:
            return  # the user typed on; a newer search is on its way
        self.popup.clear()
        for hit in hits:
            label = f"{auto(hit.title)}   ·   {self._kind_name(hit.entity)}"
            if hit.detail:
                label += f"   ·   {auto(hit.detail)}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, (hit.entity, hit.id))
            self.popup.addItem(item)
        if not hits:
            item = QListWidgetItem(self.tr("Nothing found"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.popup.addItem(item)
        self.popup.setLayoutDirection(self.layoutDirection())
        self.popup.setFixedWidth(max(self.width(), 480))
        rows = min(self.popup.count(), 14)
        self.popup.setFixedHeight(rows * self.popup.sizeHintForRow(0) + 6)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.setCurrentRow(0)
        self.popup.show()

    def _choose(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        self.popup.hide()
        self.clear()
        self.chosen.emit(*data)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self.popup.isVisible()
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                self.popup.setCurrentRow(max(0, min(self.popup.count() - 1, self.popup.currentRow() + step)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.popup.currentItem()
                if item is not None:
                    self._choose(item)
                return True
            if key == Qt.Key.Key_Escape:
                self.popup.hide()
                return True
        if watched is self and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(150, self.popup.hide)
        return super().eventFilter(watched, event)
