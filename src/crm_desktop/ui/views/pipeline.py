"""The pipeline page: a board per pipeline (a column per stage; cards dragged between columns move
the deal), a list of the same deals, and a forecast strip (weighted value by expected close month).

The board never loads a whole stage: each column shows its nearest-closing cards
(``per_stage`` of them) and says how many more there are; the list view, lazy like
every list of the program, shows them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import ActivityKind, StageKind
from crm_desktop.domain.errors import CrmError
from crm_desktop.services.activities import ActivityInput
from crm_desktop.services.changes import ChangeSet, Outcome
from crm_desktop.services.crm import Crm
from crm_desktop.services.pipeline_board import (
    CARDS_PER_STAGE,
    Board,
    DealCard,
    Forecast,
    PipelineBoard,
    StageColumn,
)
from crm_desktop.services.records import ListQuery
from crm_desktop.ui.bidi import auto, ltr
from crm_desktop.ui.pages import ExportTarget, Page
from crm_desktop.ui.record_model import Column, RecordTableModel
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.undo import UndoStack, UndoStep
from crm_desktop.ui.views.deal_editor import DealEditor, date_text, money_text, stage_kind_names

DEAL_MIME = "application/x-crm-deal"
TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
COLUMN_WIDTH = 260
FILTER_DELAY_MS = 200
# what a change-set must name for the board to read itself again (cards show names and amounts)
BOARD_ENTITIES = frozenset({"deal", "stage", "pipeline", "contact", "company", "user", "setting"})
KIND_COLORS = {StageKind.OPEN: "#1565c0", StageKind.WON: "#2e7d32", StageKind.LOST: "#c62828"}

Index = QModelIndex | QPersistentModelIndex


def deal_mime(card: DealCard) -> QMimeData:
    """What a dragged card carries: the deal and the stage it leaves."""
    data = QMimeData()
    data.setData(DEAL_MIME, f"{card.id}\n{card.stage_id}".encode())
    return data


def deal_payload(mime: QMimeData) -> tuple[str, str] | None:
    """(deal id, stage id it comes from), or None when the drop is not a card."""
    if not mime.hasFormat(DEAL_MIME):
        return None
    deal_id, _newline, stage_id = bytes(mime.data(DEAL_MIME).data()).decode().partition("\n")
    return (deal_id, stage_id) if deal_id and stage_id else None


def start_label(text: str = "") -> QLabel:
    """A label whose text keeps to the start side of the layout.

    QLabel aligns plain text by the text's own direction, so in a right-to-left
    window an English stage name or an isolated amount would sit on the left.
    """
    label = QLabel(text)
    side = (
        Qt.AlignmentFlag.AlignRight
        if label.layoutDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.AlignmentFlag.AlignLeft
    )
    label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)
    return label


def customer_text(card: DealCard) -> str:
    """Contact and company, each isolated in its own direction (``Kaya Ltd.`` stays whole beside Arabic)."""
    return " · ".join(auto(name) for name in (card.contact_name, card.company_name) if name)


class DealRows:
    """The deal list's rows: ids from the deal service, display rows (names joined) from the board reads."""

    def __init__(self, crm: Crm, reader: PipelineBoard) -> None:
        self._deals = crm.deals
        self._pipelines = crm.pipelines
        self._reader = reader

    def count(self, query: ListQuery) -> int:
        """Counted through the stage index: deals have no pipeline index, and the count runs at once."""
        return self._deals.count(self._by_stages(query))

    def ids(self, query: ListQuery) -> list[str]:
        return self._deals.ids(query)

    def ids_page(self, query: ListQuery, offset: int, limit: int) -> list[str]:
        # kept by pipeline: the first page then walks the expected-close index and stops early
        return self._deals.ids_page(query, offset, limit)

    def rows(self, ids: Sequence[str]) -> list[DealCard]:
        return self._reader.rows(ids)

    def _by_stages(self, query: ListQuery) -> ListQuery:
        """The same selection with "in this pipeline" said as "in one of its stages"."""
        pipeline_id = query.filters.get("pipeline_id")
        if not isinstance(pipeline_id, str) or "stage_id" in query.filters:
            return query
        filters = {name: value for name, value in query.filters.items() if name != "pipeline_id"}
        filters["stage_id"] = [stage.id for stage in self._pipelines.stages(pipeline_id)]
        return replace(query, filters=filters)


class DealTableModel(RecordTableModel):
    """The deal list's model: it reads nothing until the list is first shown (the board needs no ids)."""

    active = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.active:
            super().sort(column, order)

    def refresh(self) -> None:
        if self.active:
            super().refresh()


# --- the board -----------------------------------------------------------------------


@dataclass(frozen=True)
class CardTexts:
    title: str
    customer: str
    amount: str  # in the deal's own currency
    close: str  # the expected close date, in the business's calendar
    owner: str
    probability: str  # open deals only


class CardDelegate(QStyledItemDelegate):
    """Paints a deal card: title; customer; amount and expected close; owner and probability."""

    PADDING = 8
    MARGIN = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = "gregorian"

    def texts(self, card: DealCard) -> CardTexts:
        """What the card says, each piece isolated in its direction for right-to-left layouts."""
        return CardTexts(
            title=auto(card.title),
            customer=customer_text(card),
            amount=money_text(card.amount_minor, card.currency),
            close=date_text(card.expected_close, self.calendar),
            owner=auto(card.owner_name),
            probability=ltr(f"{card.probability}\u00a0%") if card.stage_kind == StageKind.OPEN else "",
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(COLUMN_WIDTH - 24, 4 * line + 2 * self.PADDING + 2 * self.MARGIN + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        card = model.card(index.row()) if isinstance(model, CardListModel) else None
        if card is None:
            return
        rect: QRect = option.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        palette: QPalette = option.palette
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        direction: Qt.LayoutDirection = option.direction
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(direction)
        border = (
            palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Mid)
        )
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(
            QApplication.palette().color(QPalette.ColorRole.Base)
        )  # the list's own base is its ground
        painter.drawRoundedRect(rect, 6, 6)
        stripe = QColor(KIND_COLORS.get(card.stage_kind, "#1565c0"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(stripe)
        edge = rect.left() + 1 if direction == Qt.LayoutDirection.LeftToRight else rect.right() - 3
        painter.drawRect(QRect(edge, rect.top() + 6, 3, rect.height() - 12))

        inner = rect.adjusted(self.PADDING + 2, self.PADDING - 2, -self.PADDING - 2, -self.PADDING + 2)
        base_font: QFont = option.font
        line = QFontMetrics(base_font).height() + 2
        text_color = palette.color(QPalette.ColorRole.Text)
        soft = palette.color(QPalette.ColorRole.PlaceholderText)
        bold = QFont(base_font)
        bold.setBold(True)

        def row(number: int) -> QRect:
            return QRect(inner.left(), inner.top() + number * line, inner.width(), line)

        def draw(area: QRect, text: str, font: QFont, color: QColor, trailing: bool = False) -> None:
            painter.setFont(font)
            painter.setPen(color)
            shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, area.width())
            horizontal = Qt.AlignmentFlag.AlignTrailing if trailing else Qt.AlignmentFlag.AlignLeading
            painter.drawText(area, int(horizontal | Qt.AlignmentFlag.AlignVCenter), shown)

        shown = self.texts(card)
        draw(row(0), shown.title, bold, text_color)
        draw(row(1), shown.customer or "—", base_font, soft)
        amount_width = QFontMetrics(bold).horizontalAdvance(shown.amount) + 8
        draw(row(2), shown.amount, bold, text_color)
        if shown.close:
            close_area = QRect(row(2))
            close_area.setWidth(max(0, inner.width() - amount_width))
            if direction == Qt.LayoutDirection.LeftToRight:
                close_area.moveRight(inner.right())
            else:
                close_area.moveLeft(inner.left())
            draw(close_area, shown.close, base_font, soft, trailing=True)
        draw(row(3), shown.owner, base_font, soft)
        draw(row(3), shown.probability, base_font, soft, trailing=True)
        painter.restore()


class CardListModel(QAbstractListModel):
    """One column's cards, kept as Python objects.

    The delegate takes a card straight from :meth:`card` (no ``QVariant`` round
    trip per paint), and a board read replaces a column in one model reset
    instead of one item insertion per card.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cards: list[DealCard] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card(index.row()) if index.isValid() else None
        if card is not None and role in TEXT_ROLES:
            return card.title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def card(self, row: int) -> DealCard | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def cards(self) -> list[DealCard]:
        return list(self._cards)

    def set_cards(self, cards: Sequence[DealCard]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def insert(self, row: int, card: DealCard) -> None:
        row = max(0, min(row, len(self._cards)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._cards.insert(row, card)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._cards):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._cards[row]
            self.endRemoveRows()


class StageList(QListView):
    """One column's cards. A card dropped here from another column emits ``dropped``."""

    dropped = Signal(str, str, str)  # deal id, the stage it leaves, this stage

    def __init__(self, stage_id: str, delegate: CardDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self.setObjectName(f"cards_{stage_id}")
        self.card_model = CardListModel(self)
        self.setModel(self.card_model)
        self.setItemDelegate(delegate)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDropIndicatorShown(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._set_hover(False)

    def count(self) -> int:
        return self.card_model.rowCount()

    def card(self, row: int) -> DealCard | None:
        return self.card_model.card(row)

    def cards(self) -> list[DealCard]:
        return self.card_model.cards()

    def row_of(self, deal_id: str) -> int:
        return next((row for row, card in enumerate(self.card_model.cards()) if card.id == deal_id), -1)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def set_current_row(self, row: int) -> None:
        if 0 <= row < self.count():
            self.setCurrentIndex(self.card_model.index(row))
        else:
            self.clearSelection()
            self.setCurrentIndex(QModelIndex())

    def current_card(self) -> DealCard | None:
        return self.card(self.current_row())

    def set_cards(self, cards: Sequence[DealCard]) -> None:
        self.card_model.set_cards(cards)

    def add_card(self, card: DealCard, row: int | None = None) -> None:
        self.card_model.insert(self.count() if row is None else row, card)

    def take_card(self, row: int) -> None:
        self.card_model.remove(row)

    def card_rect(self, row: int) -> QRect:
        return self.visualRect(self.card_model.index(row))

    # drag and drop: the card goes as a deal id; the page moves the deal, the board follows the change-set

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        card = self.current_card()
        if card is None:
            return
        drag = QDrag(self)
        drag.setMimeData(deal_mime(card))
        area = self.card_rect(self.current_row())
        drag.setPixmap(self.viewport().grab(area))
        drag.setHotSpot(QPoint(area.width() // 2, 12))
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_if_card(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept_if_card(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_hover(False)
        event.accept()

    def _accept_if_card(self, event: QDragMoveEvent) -> None:
        if deal_payload(event.mimeData()) is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self._set_hover(True)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_hover(False)
        payload = deal_payload(event.mimeData())
        if payload is None:
            event.ignore()
            return
        event.acceptProposedAction()
        deal_id, from_stage = payload
        if from_stage != self.stage_id:
            self.dropped.emit(deal_id, from_stage, self.stage_id)

    def _set_hover(self, hover: bool) -> None:
        """The column's ground: the window's colour, lit up while a card is dragged over it."""
        palette = self.palette()
        ground = QApplication.palette().color(
            QPalette.ColorRole.Midlight if hover else QPalette.ColorRole.Window
        )
        palette.setColor(QPalette.ColorRole.Base, ground)
        self.setPalette(palette)


class StageColumnWidget(QFrame):
    """A stage: its name, count and total (base currency), its cards, and "N more…"."""

    more_clicked = Signal(str)  # stage id

    def __init__(self, stage_id: str, delegate: CardDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self.setObjectName("stage_column")
        self.setFixedWidth(COLUMN_WIDTH)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.accent = QFrame()
        self.accent.setFixedHeight(4)
        self.name_label = start_label()
        self.name_label.setObjectName("stage_name")
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.name_label.setFont(font)
        self.summary_label = start_label()
        self.summary_label.setObjectName("stage_summary")
        self.cards = StageList(stage_id, delegate)
        self.more_button = QPushButton()
        self.more_button.setObjectName("more")
        self.more_button.setFlat(True)
        self.more_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more_button.clicked.connect(lambda: self.more_clicked.emit(self.stage_id))
        self.more_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.accent)
        layout.addWidget(self.name_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.more_button)
        self.column: StageColumn | None = None

    def fill(self, column: StageColumn, base_currency: str) -> None:
        self.column = column
        self.accent.setStyleSheet(
            f"background: {KIND_COLORS.get(column.kind, '#1565c0')}; border-radius: 2px;"
        )
        kind = stage_kind_names(self)[column.kind]
        named_by_kind = column.kind == StageKind.OPEN or column.name.casefold() == kind.casefold()
        self.name_label.setText(column.name if named_by_kind else f"{column.name} · {kind}")
        self.summary_label.setText(
            self.tr("%n deal(s)", "", column.count)
            + " · "
            + money_text(column.total_base_minor, base_currency)
        )
        current = self.cards.current_card()
        scroll = self.cards.verticalScrollBar().value()
        self.cards.set_cards(column.cards)
        if current is not None and (row := self.cards.row_of(current.id)) >= 0:
            self.cards.set_current_row(row)
        self.cards.verticalScrollBar().setValue(scroll)
        self.more_button.setText(self.tr("%n more…", "", column.more))
        self.more_button.setToolTip(self.tr("Show every deal of this stage in the list"))
        self.more_button.setVisible(column.more > 0)


class ForecastStrip(QFrame):
    """Weighted value by expected close month (this month and the next five), and won this month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecast")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self.tr("Weighted forecast"))
        self.title.setObjectName("forecast_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.tiles = QHBoxLayout()
        self.tiles.setSpacing(12)
        self.won_label = start_label()
        self.won_label.setObjectName("won_this_month")
        self.won_caption = start_label(self.tr("Won this month"))
        won = QVBoxLayout()
        won.setSpacing(0)
        won.addWidget(self.won_caption)
        won.addWidget(self.won_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.title)
        layout.addLayout(self.tiles, 1)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        layout.addWidget(separator)
        layout.addLayout(won)
        self.month_labels: list[QLabel] = []
        self.amount_labels: list[QLabel] = []
        self.bars: list[QProgressBar] = []

    def show_forecast(self, forecast: Forecast) -> None:
        while len(self.month_labels) < len(forecast.months):
            self._add_tile()
        top = max((m.weighted_base_minor for m in forecast.months), default=0)
        for number, month in enumerate(forecast.months):
            first_day = QDate(month.month.year, month.month.month, 1)
            self.month_labels[number].setText(self.locale().toString(first_day, "MMM yyyy"))
            self.amount_labels[number].setText(money_text(month.weighted_base_minor, forecast.base_currency))
            self.amount_labels[number].setToolTip(
                self.tr("%n open deal(s) expected to close", "", month.deals)
            )
            bar = self.bars[number]
            bar.setRange(0, 1000)
            bar.setValue(0 if top == 0 else month.weighted_base_minor * 1000 // top)
        bold = self.won_label.font()
        bold.setBold(True)
        self.won_label.setFont(bold)
        self.won_label.setText(money_text(forecast.won_this_month_base_minor, forecast.base_currency))
        self.won_label.setToolTip(self.tr("%n deal(s) won", "", forecast.won_this_month_deals))

    def _add_tile(self) -> None:
        month = start_label()
        month.setObjectName(f"forecast_month_{len(self.month_labels)}")
        amount = start_label()
        amount.setObjectName(f"forecast_amount_{len(self.amount_labels)}")
        font = amount.font()
        font.setBold(True)
        amount.setFont(font)
        bar = QProgressBar()
        bar.setTextVisible(False)
        bar.setFixedHeight(4)
        tile = QVBoxLayout()
        tile.setSpacing(1)
        tile.addWidget(month)
        tile.addWidget(amount)
        tile.addWidget(bar)
        self.tiles.addLayout(tile, 1)
        self.month_labels.append(month)
        self.amount_labels.append(amount)
        self.bars.append(bar)


class StageNoteDialog(QDialog):
    """Asked when a deal is dropped on a lost stage (a reason is needed) or a won one (a note, optional)."""

    def __init__(self, title: str, stage_name: str, *, lost: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stage_note")
        self.lost = lost
        self.setWindowTitle(self.tr("Deal lost") if lost else self.tr("Deal won"))
        prompt = QLabel(
            self.tr("Why was “{0}” lost?").format(auto(title))
            if lost
            else self.tr("“{0}” moves to {1}. Add a note if you like (optional).").format(
                auto(title), stage_name
            )
        )
        prompt.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("note_text")
        self.text_edit.setPlaceholderText(self.tr("Price, timing, a competitor…") if lost else "")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        self.ok_button = ok
        self.ok_button.setEnabled(not lost)
        self.text_edit.textChanged.connect(
            lambda: self.ok_button.setEnabled(not self.lost or bool(self.text().strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.buttons)
        self.resize(420, 220)

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()


# --- the page ----------------------------------------------------------------------------


class PipelinePage(Page):
    key = "pipeline"

    BOARD, LIST = 0, 1

    def __init__(self, session: AppSession, undo: UndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("pipeline_page")
        self.undo = undo
        self.reader = PipelineBoard(session.crm.ctx)
        self.per_stage = CARDS_PER_STAGE
        self.board: Board | None = None
        self.forecast_data: Forecast | None = None
        self.columns: dict[str, StageColumnWidget] = {}
        self.note_dialog: StageNoteDialog | None = None
        self.editor: DealEditor | None = None
        self._generation = 0
        self._shown_generation = -1
        self._stale = False
        self._preset: ListQuery | None = None
        self._list_loaded = False
        self._current_deal: str | None = None

        # the bar: pipeline, owner, board or list, new deal
        self.pipeline_combo = QComboBox()
        self.pipeline_combo.setObjectName("pipeline_chooser")
        self.pipeline_combo.setMinimumContentsLength(16)
        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("owner_filter")
        self.board_button = QToolButton()
        self.board_button.setObjectName("show_board")
        self.board_button.setText(self.tr("Board"))
        self.list_button = QToolButton()
        self.list_button.setObjectName("show_list")
        self.list_button.setText(self.tr("List"))
        self.view_buttons = QButtonGroup(self)
        for number, button in enumerate((self.board_button, self.list_button)):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.view_buttons.addButton(button, number)
        self.board_button.setChecked(True)
        self.view_buttons.idClicked.connect(
            lambda number: self.show_list() if number == self.LIST else self.show_board()
        )
        new_button = QPushButton(self.tr("New deal"))
        new_button.setObjectName("new")
        new_button.clicked.connect(self.new_record)
        bar = QHBoxLayout()
        pipeline_label = QLabel(self.tr("Pipeline:"))
        pipeline_label.setBuddy(self.pipeline_combo)
        bar.addWidget(pipeline_label)
        bar.addWidget(self.pipeline_combo)
        bar.addWidget(self.owner_filter)
        bar.addStretch(1)
        bar.addWidget(self.board_button)
        bar.addWidget(self.list_button)
        bar.addWidget(new_button)

        self.forecast = ForecastStrip()

        # the board
        self.delegate = CardDelegate(self)
        self.board_widget = QWidget()
        self.board_widget.setObjectName("board")
        self.board_layout = QHBoxLayout(self.board_widget)
        self.board_layout.setContentsMargins(0, 0, 0, 0)
        self.board_layout.setSpacing(8)
        self.board_layout.addStretch(1)
        self.board_area = QScrollArea()
        self.board_area.setObjectName("board_area")
        self.board_area.setWidgetResizable(True)
        self.board_area.setFrameShape(QFrame.Shape.NoFrame)
        self.board_area.setWidget(self.board_widget)
        self.board_message = QLabel()
        self.board_message.setObjectName("board_message")
        self.board_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.board_message.hide()
        board_panel = QWidget()
        board_layout = QVBoxLayout(board_panel)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addWidget(self.board_message)
        board_layout.addWidget(self.board_area, 1)

        # the list
        rows = DealRows(session.crm, self.reader)
        self.model = DealTableModel(session, rows, self.list_columns(), "deal", self)
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("filter")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setPlaceholderText(self.tr("Filter deals…"))
        self.stage_filter = QComboBox()
        self.stage_filter.setObjectName("stage_filter")
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("state_filter")
        self.state_filter.addItem(self.tr("Open, won and lost"), None)
        for kind, name in stage_kind_names(self).items():
            self.state_filter.addItem(name, kind.value)
        self.preset_label = start_label()
        self.preset_label.setObjectName("preset")
        self.preset_clear = QToolButton()
        self.preset_clear.setText(self.tr("Show all"))
        self.preset_clear.clicked.connect(self.clear_preset)
        self.preset_label.hide()
        self.preset_clear.hide()
        self.table = QTableView()
        self.table.setObjectName("deal_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # the list opens by expected close, like the board's columns
        close_section = next(n for n, c in enumerate(self.model.columns()) if c.key == "close")
        self.table.horizontalHeader().setSortIndicator(close_section, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for section, column in enumerate(self.model.columns()):
            self.table.setColumnWidth(section, column.width)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        open_action = QAction(self.tr("Open"), self)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda: self._open_row(self.table.currentIndex().row()))
        self.table.addAction(open_action)
        self.count_label = start_label()
        self.count_label.setObjectName("count")
        self.model.modelReset.connect(self._update_count)
        self.model.loading.connect(lambda _loading: self._update_count())
        list_bar = QHBoxLayout()
        list_bar.addWidget(self.preset_label)
        list_bar.addWidget(self.preset_clear)
        list_bar.addWidget(self.filter_box, 2)
        list_bar.addWidget(self.stage_filter)
        list_bar.addWidget(self.state_filter)
        list_panel = QWidget()
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(list_bar)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.count_label)

        self.stack = QStackedWidget()
        self.stack.addWidget(board_panel)
        self.stack.addWidget(list_panel)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.forecast)
        layout.addWidget(self.stack, 1)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)
        self.filter_box.textChanged.connect(lambda _t: self._filter_timer.start())
        self.stage_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.state_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.pipeline_combo.currentIndexChanged.connect(lambda _i: self._pipeline_changed())
        self.owner_filter.currentIndexChanged.connect(lambda _i: self._owner_changed())
        session.changed.connect(self._on_changed)

    def title(self) -> str:
        return self.tr("Pipeline")

    def list_columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Title"), lambda r: r.title, sort="title", width=220),
            Column("customer", self.tr("Customer"), customer_text, width=220),
            Column("stage", self.tr("Stage"), lambda r: r.stage_name, width=120),
            Column(
                "amount",
                self.tr("Amount"),
                lambda r: money_text(r.amount_minor, r.currency, isolate=False),
                sort="amount",
                left_to_right=True,
                align_end=True,
                width=130,
            ),
            Column(
                "probability",
                self.tr("Probability"),
                lambda r: f"{r.probability} %",
                left_to_right=True,
                align_end=True,
                width=90,
            ),
            Column(
                "close",
                self.tr("Expected close"),
                lambda r: date_text(r.expected_close, self.delegate.calendar, isolate=False),
                sort="close",
                left_to_right=True,
                width=120,
            ),
            Column("owner", self.tr("Owner"), lambda r: r.owner_name, width=130),
            Column(
                "updated",
                self.tr("Changed"),
                lambda r: r.updated_at.date().isoformat(),
                sort="updated",
                left_to_right=True,
                width=110,
            ),
        ]

    # --- choices ----------------------------------------------------------------------

    def first_show(self) -> None:
        self._fill_pipelines()
        self._fill_owners()
        self._fill_stage_filter()
        self.reload()

    def _fill_pipelines(self) -> None:
        current = self.pipeline_combo.currentData()
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        for pipeline in self.session.crm.pipelines.list(ListQuery(limit=200)).items:
            self.pipeline_combo.addItem(pipeline.name, pipeline.id)
        self.pipeline_combo.setCurrentIndex(max(0, self.pipeline_combo.findData(current)))
        self.pipeline_combo.blockSignals(False)
        if self.pipeline_combo.currentData() != current:
            self._pipeline_changed()

    def _fill_owners(self) -> None:
        current = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("Every owner"), None)
        for user in self.session.crm.users.list(ListQuery(limit=500)).items:
            self.owner_filter.addItem(user.name, user.id)
        self.owner_filter.setCurrentIndex(max(0, self.owner_filter.findData(current)))
        self.owner_filter.blockSignals(False)

    def _fill_stage_filter(self) -> None:
        current = self.stage_filter.currentData()
        pipeline_id = self.pipeline_combo.currentData()
        self.stage_filter.blockSignals(True)
        self.stage_filter.clear()
        self.stage_filter.addItem(self.tr("Every stage"), None)
        for stage in self.session.crm.pipelines.stages(pipeline_id) if pipeline_id else []:
            self.stage_filter.addItem(stage.name, stage.id)
        self.stage_filter.setCurrentIndex(max(0, self.stage_filter.findData(current)))
        self.stage_filter.blockSignals(False)

    def _pipeline_changed(self) -> None:
        self._fill_stage_filter()
        self._current_deal = None
        self.reload()
        if self._list_loaded:
            self.apply_filters()

    def _owner_changed(self) -> None:
        self.reload()
        if self._list_loaded:
            self.apply_filters()

    # --- the board ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the board and the forecast again in the background (stale answers are dropped)."""
        pipeline_id = self.pipeline_combo.currentData()
        self._generation += 1
        generation = self._generation
        if pipeline_id is None:
            self._show_message(self.tr("There is no pipeline yet. Add one in Settings."))
            self._shown_generation = generation
            return
        owner_id = self.owner_filter.currentData()
        per_stage = self.per_stage

        def job(crm: Crm) -> tuple[Board, Forecast, str]:
            reader = PipelineBoard(crm.ctx)
            return (
                reader.board(pipeline_id, per_stage=per_stage, owner_id=owner_id),
                reader.forecast(pipeline_id, owner_id=owner_id),
                crm.settings.get().calendar,
            )

        self.session.read(job, lambda result: self._show_board(generation, *result))

    def is_loaded(self) -> bool:
        """True once the newest board read is on screen (and no other is waiting to start)."""
        return self._shown_generation == self._generation and not self._reload_timer.isActive()

    def _show_message(self, text: str) -> None:
        self.board_message.setText(text)
        self.board_message.show()
        self._set_columns([], "")

    def _show_board(self, generation: int, board: Board, forecast: Forecast, calendar: str) -> None:
        if generation != self._generation or not shiboken6.isValid(self.forecast):
            return  # a newer read is on its way, or the window is gone
        self.board = board
        self.forecast_data = forecast
        self.delegate.calendar = calendar
        self.forecast.show_forecast(forecast)
        if board.columns:
            self.board_message.hide()
        else:
            self.board_message.setText(self.tr("This pipeline has no stages yet. Add them in Settings."))
            self.board_message.show()
        self._set_columns(board.columns, board.base_currency)
        self._shown_generation = generation

    def _set_columns(self, columns: list[StageColumn], base_currency: str) -> None:
        wanted = [c.stage_id for c in columns]
        for stage_id in list(self.columns):
            if stage_id not in wanted:
                gone = self.columns.pop(stage_id)
                self.board_layout.removeWidget(gone)
                gone.deleteLater()
        for position, column in enumerate(columns):
            widget = self.columns.get(column.stage_id)
            if widget is None:
                widget = StageColumnWidget(column.stage_id, self.delegate)
                widget.cards.dropped.connect(self.move_deal, Qt.ConnectionType.QueuedConnection)
                widget.cards.activated.connect(lambda index, w=widget: self._open_card(w, index.row()))
                widget.cards.selectionModel().currentChanged.connect(
                    lambda current, _previous, w=widget: self._card_chosen(w, current.row())
                )
                widget.cards.customContextMenuRequested.connect(
                    lambda point, w=widget: self._card_menu(w, point)
                )
                widget.more_clicked.connect(self.show_stage_in_list)
                self.columns[column.stage_id] = widget
            self.board_layout.insertWidget(position, widget)
            widget.fill(column, base_currency)

    def column_order(self) -> list[str]:
        """Stage ids in the order the board shows them (start to end)."""
        return [w.stage_id for w in sorted(self.columns.values(), key=self.board_layout.indexOf)]

    def _card_chosen(self, widget: StageColumnWidget, row: int) -> None:
        card = widget.cards.card(row)
        if card is None:
            return
        self._current_deal = card.id
        for other in self.columns.values():  # one chosen card on the whole board
            if other is not widget:
                selection = other.cards.selectionModel()
                selection.blockSignals(True)
                other.cards.set_current_row(-1)
                selection.blockSignals(False)
                other.cards.viewport().update()

    def _open_card(self, widget: StageColumnWidget, row: int) -> None:
        card = widget.cards.card(row)
        if card is not None:
            self.open_editor(card.id)

    def _card_menu(self, widget: StageColumnWidget, point: QPoint) -> None:
        row = widget.cards.indexAt(point).row()
        card = widget.cards.card(row)
        if card is None:
            return
        widget.cards.set_current_row(row)
        menu = self._deal_menu(card)
        menu.exec(widget.cards.viewport().mapToGlobal(point))

    def _deal_menu(self, card: DealCard) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_editor(card.id))
        move_menu = menu.addMenu(self.tr("Move to"))
        same_pipeline = self.board is not None and self.board.pipeline_id == card.pipeline_id
        move_menu.setEnabled(same_pipeline)
        for column in self.board.columns if self.board is not None and same_pipeline else []:
            if column.stage_id != card.stage_id:
                move_menu.addAction(
                    column.name, partial(self.move_deal, card.id, card.stage_id, column.stage_id)
                )
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self._delete([card.id]))
        return menu

    # --- moving a deal ------------------------------------------------------------------

    def card(self, deal_id: str) -> DealCard | None:
        """The deal as last read (from the board when it shows it)."""
        for widget in self.columns.values():
            row = widget.cards.row_of(deal_id)
            if row >= 0:
                return widget.cards.card(row)
        rows = self.reader.rows([deal_id])
        return rows[0] if rows else None

    def _stage(self, stage_id: str) -> StageColumn | None:
        return self.board.column(stage_id) if self.board is not None else None

    def move_deal(self, deal_id: str, from_stage_id: str, to_stage_id: str) -> None:
        """Move a deal to another stage of the board: a lost stage asks why, a won stage offers a note."""
        card = self.card(deal_id)
        stage = self._stage(to_stage_id)
        if card is None or stage is None or to_stage_id in (from_stage_id, card.stage_id):
            return
        if stage.kind == StageKind.OPEN:
            self._write_move(card, stage)
            return
        dialog = StageNoteDialog(card.title, stage.name, lost=stage.kind == StageKind.LOST, parent=self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            text = dialog.text()
            if stage.kind == StageKind.LOST:
                self._write_move(card, stage, reason=text)
            else:
                self._write_move(card, stage, note=text)

        dialog.accepted.connect(answered)
        dialog.finished.connect(lambda _result: setattr(self, "note_dialog", None))
        self.note_dialog = dialog
        dialog.open()

    def _write_move(self, card: DealCard, stage: StageColumn, *, reason: str = "", note: str = "") -> None:
        deal_id, old_stage, old_reason, new_stage = card.id, card.stage_id, card.lost_reason, stage.stage_id
        label = self.tr("Undo move of “{0}”").format(card.title)
        note_subject = self.tr("Won: {0}").format(card.title)

        def job(crm: Crm) -> Outcome[Any]:
            moved = crm.deals.move(deal_id, new_stage, lost_reason=reason)
            if not note:
                return moved
            logged = crm.activities.create(
                ActivityInput(
                    kind=ActivityKind.NOTE,
                    subject=note_subject,
                    body=note,
                    deal_id=deal_id,
                    contact_id=card.contact_id,
                    company_id=card.company_id,
                    owner_id=card.owner_id,
                )
            )
            return Outcome(moved.value, moved.changes | logged.changes)

        def revert(crm: Crm) -> Outcome[Any]:
            return crm.deals.move(deal_id, old_stage, lost_reason=old_reason)

        self._show_moved(card, stage)
        self.session.write(job, lambda _o: self.undo.push(UndoStep(label, revert)), self._move_failed)

    def _show_moved(self, card: DealCard, stage: StageColumn) -> None:
        """Put the card in its new column at once; the read that follows the change-set settles the order."""
        source = self.columns.get(card.stage_id)
        target = self.columns.get(stage.stage_id)
        if source is None or target is None:
            return
        row = source.cards.row_of(card.id)
        if row >= 0:
            source.cards.take_card(row)
        moved = replace(card, stage_id=stage.stage_id, stage_name=stage.name, stage_kind=stage.kind)
        target.cards.add_card(moved, 0)

    def _move_failed(self, error: CrmError) -> None:
        self.session.failed.emit(str(error))
        self.reload()

    # --- the list ---------------------------------------------------------------------------

    def show_board(self) -> None:
        self.stack.setCurrentIndex(self.BOARD)
        self.board_button.setChecked(True)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(self.LIST)
        self.list_button.setChecked(True)
        if not self._list_loaded:
            self.apply_filters()

    def showing_list(self) -> bool:
        return self.stack.currentIndex() == self.LIST

    def list_query(self) -> ListQuery:
        text = self.filter_box.text().strip()
        if self._preset is not None:
            return replace(self._preset, text=text or self._preset.text)
        filters: dict[str, Any] = {}
        if self.pipeline_combo.currentData():
            filters["pipeline_id"] = self.pipeline_combo.currentData()
        for name, combo in (
            ("stage_id", self.stage_filter),
            ("owner_id", self.owner_filter),
            ("state", self.state_filter),
        ):
            if combo.currentData():
                filters[name] = combo.currentData()
        return ListQuery(text=text, filters=filters)

    def apply_filters(self) -> None:
        self._list_loaded = True
        self.model.active = True
        current = self.model.query
        wanted = self.list_query()
        self.model.set_query(replace(wanted, sort=wanted.sort or current.sort, descending=current.descending))

    def show_stage_in_list(self, stage_id: str) -> None:
        self.stage_filter.blockSignals(True)
        self.stage_filter.setCurrentIndex(max(0, self.stage_filter.findData(stage_id)))
        self.stage_filter.blockSignals(False)
        self.show_list()
        self.apply_filters()

    def show_preset(self, query: ListQuery, label: str) -> None:
        """Show exactly ``query`` in the list (the page's own filters wait until "Show all")."""
        self._activated = True
        if self.pipeline_combo.count() == 0:
            self.first_show()
        self._preset = query
        self.preset_label.setText(label)
        self.preset_label.show()
        self.preset_clear.show()
        self.show_list()
        self.apply_filters()

    def clear_preset(self) -> None:
        self._preset = None
        self.preset_label.hide()
        self.preset_clear.hide()
        self.apply_filters()

    def _update_count(self) -> None:
        text = self.tr("%n deal(s)", "", self.model.rowCount())
        if not self.model.ids_loaded:
            text += " " + self.tr("(loading…)")
        self.count_label.setText(text)

    def _open_row(self, row: int) -> None:
        deal_id = self.model.id_at(row)
        if deal_id is not None:
            self.open_editor(deal_id)

    def selected_list_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def select_id(self, deal_id: str) -> None:
        row = self.model.row_of(deal_id)
        if row is not None:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))

    def _table_menu(self, point: QPoint) -> None:
        ids = self.selected_list_ids()
        if not ids:
            return
        if len(ids) == 1 and (card := self.card(ids[0])) is not None:
            menu = self._deal_menu(card)
        else:
            menu = QMenu(self)
            menu.addAction(self.tr("Delete"), lambda: self._delete(ids))
        export = QAction(self.tr("Export selected…"), menu)
        export.triggered.connect(lambda _checked=False: self.export(selection=True))
        menu.insertAction(menu.actions()[-1], export)  # before Delete, as in the other lists
        menu.exec(self.table.viewport().mapToGlobal(point))

    def export(self, *, selection: bool | None = None) -> None:
        """The export dialog for the deals shown (``selection``: start on the selected ones)."""
        from crm_desktop.ui.views.export_dialog import export_from

        export_from(self, self.session, self.export_target(), selection=selection)

    # --- window actions ---------------------------------------------------------------------

    def new_record(self) -> None:
        self.open_editor(None)

    def open_record(self, record_id: str) -> None:
        self.open_editor(record_id)

    def open_editor(self, deal_id: str | None) -> DealEditor:
        editor = DealEditor(self.session, deal_id, self, pipeline_id=self.pipeline_combo.currentData())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        self.editor = editor
        editor.open()
        return editor

    def _editor_closed(self, editor: DealEditor) -> None:
        if editor.saved_id and self.showing_list():
            QTimer.singleShot(0, lambda saved=editor.saved_id: self.select_id(saved) if saved else None)
        if self.editor is editor:
            self.editor = None

    def focus_filter(self) -> None:
        self.show_list()
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def refresh(self) -> None:
        self.reload()
        if self._list_loaded:
            self.model.refresh()

    def export_target(self) -> ExportTarget:
        """The list as filtered and its selected rows; on the board, the deals of the pipeline (and
        owner) it shows, and the chosen card."""
        if self.showing_list():
            query, count, selected = self.model.query, self.model.rowCount(), self.selected_list_ids()
        else:
            filters = {
                name: combo.currentData()
                for name, combo in (("pipeline_id", self.pipeline_combo), ("owner_id", self.owner_filter))
                if combo.currentData()
            }
            query, count = ListQuery(filters=filters, sort="close"), None
            selected = [self._current_deal] if self._current_deal else []
        return ExportTarget("deals", self.tr("Deals"), query, count, tuple(selected))

    def delete_selected(self) -> None:
        if self.showing_list():
            ids = self.selected_list_ids()
        else:
            ids = [self._current_deal] if self._current_deal else []
        self._delete(ids)

    def _delete(self, ids: list[str]) -> None:
        if not ids:
            return
        label = self.tr("Undo delete of %n deal(s)", "", len(ids))

        def delete_all(crm: Crm) -> Outcome[None]:
            changes = ChangeSet()
            for deal_id in ids:
                changes = changes | crm.deals.delete(deal_id).changes
            return Outcome(None, changes)

        def restore_all(crm: Crm) -> Outcome[None]:
            changes = ChangeSet()
            for deal_id in ids:
                changes = changes | crm.deals.restore(deal_id).changes
            return Outcome(None, changes)

        self._current_deal = None
        self.session.write(delete_all, lambda _o: self.undo.push(UndoStep(label, restore_all)))

    # --- keeping up with changes ------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if not self._activated:
            return
        if changes.touches("pipeline"):
            self._fill_pipelines()
        if changes.touches("user"):
            self._fill_owners()
        if changes.touches("pipeline") or changes.touches("stage"):
            self._fill_stage_filter()
        if changes.entities & BOARD_ENTITIES:
            if self.isVisible():
                self._reload_timer.start()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._reload_timer.start()
