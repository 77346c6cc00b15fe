"""The dashboard: the figures a shop owner checks each morning, and three charts.

Every figure is a tile; clicking it opens the list of exactly what it counts
(the list's preset). Bars of the charts open their records the same way. The
figures are counted in the background (one read, SQL aggregates only) and
counted again, a moment after the last of a burst of changes, whenever a
change-set touches deals, sales, cases, tasks or contacts.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from babel.numbers import format_compact_currency, format_compact_decimal
from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import Priority
from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.money import minor_digits
from crm_desktop.services.changes import ChangeSet
from crm_desktop.services.dashboard import (
    DashboardFigures,
    DashboardService,
    DrillDown,
    Figure,
    MonthSales,
    PriorityCases,
    StageValue,
    drill_down,
    month_sales_drill_down,
    priority_drill_down,
    stage_drill_down,
)
from crm_desktop.ui.bidi import auto, ltr
from crm_desktop.ui.formats import babel_locale
from crm_desktop.ui.main_window import PAGE_FOR_ENTITY
from crm_desktop.ui.pages import Page
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.undo import UndoStack
from crm_desktop.ui.views.product_editor import money_text

# what the figures count: a change to any of these makes them stale
COUNTED_ENTITIES = frozenset({"deal", "stage", "pipeline", "sale", "case", "task", "contact", "setting"})
REFRESH_DELAY_MS = 400  # one recount after a burst of changes (an import, a bulk edit), not one per change
STALE_AFTER_S = 60  # shown again after this long: overdue counts move with the clock, not only with writes
ERROR_COLOR = "#b00020"
PRIORITY_COLORS = {
    Priority.URGENT: QColor("#c62828"),
    Priority.HIGH: QColor("#ef6c00"),
    Priority.NORMAL: QColor("#1e88e5"),
    Priority.LOW: QColor("#78909c"),
}


def major_units(minor: int, currency: str) -> float:
    # a chart only needs the size of a number, never exact cents: a float is fine here
    return minor / float(10 ** minor_digits(currency))


def compact_money(minor: int, currency: str) -> str:
    """A short amount for a chart (``$2.4M``), isolated in its own reading direction."""
    text = format_compact_currency(
        major_units(minor, currency), currency, locale=babel_locale(), fraction_digits=1
    )
    return auto(str(text))


def compact_amount(value: float, currency: str) -> str:
    """A gridline label: minor units of ``currency`` shown short in major units (``2.5M``)."""
    text = format_compact_decimal(major_units(int(value), currency), locale=babel_locale(), fraction_digits=1)
    return auto(str(text))


def month_name(month: date, *, short: bool = False) -> str:
    locale = QLocale()
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return locale.standaloneMonthName(month.month, form)


def month_title(month: date) -> str:
    """``November 2026`` in the window's language."""
    return QLocale().toString(QDate(month.year, month.month, 1), "MMMM yyyy")


def nice_step(maximum: float, ticks: int = 4) -> float:
    """A round gridline step (1, 2, 2.5 or 5 times a power of ten) giving about ``ticks`` lines."""
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    magnitude = 10.0 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 2.5, 5, 10):
        if multiple * magnitude >= raw:
            return multiple * magnitude
    return 10 * magnitude


# --- charts --------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    value_text: str  # printed beside the bar
    tooltip: str
    color: QColor | None = None  # None: the palette's highlight colour
    part: float = 0.0  # a share of the value drawn darker from the start (overdue cases)


class BarChart(QWidget):
    """Bars painted with QPainter, mirrored in right-to-left layouts; a click on a bar emits its index.

    ``horizontal``: one bar per row, its label on the start side, growing toward
    the end side (stages, priorities). Otherwise columns over a time axis that
    runs from the start side (oldest) to the end side (newest), value gridlines
    labelled on the start side.
    """

    activated = Signal(int)

    ROW_HEIGHT = 30
    MARGIN = 8

    def __init__(self, horizontal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self._bars: list[Bar] = []
        self._axis_text: Callable[[float], str] = lambda value: ltr(f"{value:g}")
        self._sub_labels: list[str] = []
        self._hit_rects: list[QRectF] = []
        self._bar_rects: list[QRectF] = []
        self._hovered = -1
        self.empty_text = self.tr("Nothing to show yet.")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def set_bars(
        self,
        bars: Sequence[Bar],
        axis_text: Callable[[float], str] | None = None,
        sub_labels: Sequence[str] = (),
    ) -> None:
        """Show ``bars``; ``sub_labels`` (columns only) is a second label line, such as the year."""
        self._bars = list(bars)
        if axis_text is not None:
            self._axis_text = axis_text
        self._sub_labels = list(sub_labels)
        self._hovered = -1
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def bar_rect(self, index: int) -> QRectF:
        """Where bar ``index`` was drawn, in widget coordinates (after the last paint)."""
        return self._bar_rects[index] if 0 <= index < len(self._bar_rects) else QRectF()

    def hit_rect(self, index: int) -> QRectF:
        """Where a click opens bar ``index``: its whole row or column (after the last paint)."""
        return self._hit_rects[index] if 0 <= index < len(self._hit_rects) else QRectF()

    def sizeHint(self) -> QSize:
        if self.horizontal:
            return QSize(360, max(160, self.MARGIN * 2 + self.ROW_HEIGHT * max(1, len(self._bars))))
        return QSize(560, 240)

    # --- geometry that flips with the layout direction ----------------------------

    def _flip(self, rect: QRectF) -> QRectF:
        """``rect`` given from the start side, in widget coordinates."""
        if not self.isRightToLeft():
            return rect
        return QRectF(self.width() - rect.x() - rect.width(), rect.y(), rect.width(), rect.height())

    def _align(self, towards_start: bool) -> Qt.AlignmentFlag:
        at_left = towards_start != self.isRightToLeft()
        return (
            Qt.AlignmentFlag.AlignLeft if at_left else Qt.AlignmentFlag.AlignRight
        ) | Qt.AlignmentFlag.AlignVCenter

    def _color(self, bar: Bar, index: int) -> QColor:
        color = (
            QColor(bar.color) if bar.color is not None else self.palette().color(QPalette.ColorRole.Highlight)
        )
        return color.darker(120) if index == self._hovered else color

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._hit_rects = []
        self._bar_rects = []
        if not self._bars or all(bar.value <= 0 for bar in self._bars):
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            self._hit_rects = [QRectF() for _ in self._bars]
            self._bar_rects = [QRectF() for _ in self._bars]
            painter.end()
            return
        if self.horizontal:
            self._paint_rows(painter)
        else:
            self._paint_columns(painter)
        painter.end()

    def _paint_rows(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        width = self.width() - 2 * self.MARGIN
        label_width = min(max(metrics.horizontalAdvance(b.label) for b in self._bars) + 20, int(width * 0.38))
        value_width = max(metrics.horizontalAdvance(b.value_text) for b in self._bars) + 12
        bar_space = max(10, width - label_width - value_width)
        top = max(self.MARGIN, (self.height() - self.ROW_HEIGHT * len(self._bars)) // 2)
        maximum = max(b.value for b in self._bars)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        track = self.palette().color(QPalette.ColorRole.AlternateBase)
        for index, bar in enumerate(self._bars):
            y = top + index * self.ROW_HEIGHT
            x0 = self.MARGIN
            painter.setPen(text_color)
            label = auto(metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 12))
            painter.drawText(
                self._flip(QRectF(x0, y, label_width - 12, self.ROW_HEIGHT)), self._align(True), label
            )
            bar_x = x0 + label_width
            painter.fillRect(self._flip(QRectF(bar_x, y + 6, bar_space, self.ROW_HEIGHT - 12)), track)
            length = bar_space * bar.value / maximum if maximum else 0
            if bar.value > 0:
                length = max(length, 2)
            drawn = self._flip(QRectF(bar_x, y + 6, length, self.ROW_HEIGHT - 12))
            painter.fillRect(drawn, self._color(bar, index))
            self._bar_rects.append(drawn)
            if bar.part > 0 and bar.value > 0:
                part = length * min(1.0, bar.part / bar.value)
                painter.fillRect(
                    self._flip(QRectF(bar_x, y + 6, part, self.ROW_HEIGHT - 12)),
                    self._color(bar, index).darker(150),
                )
            painter.setPen(text_color)
            painter.drawText(
                self._flip(QRectF(bar_x + length + 6, y, value_width, self.ROW_HEIGHT)),
                self._align(True),
                bar.value_text,
            )
            self._hit_rects.append(self._flip(QRectF(x0, y, width, self.ROW_HEIGHT)))

    def _paint_columns(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        maximum = max(b.value for b in self._bars)
        step = nice_step(maximum)
        ticks = [step * i for i in range(math.ceil(maximum / step) + 1)]
        top_value = ticks[-1] or 1
        axis_width = max(metrics.horizontalAdvance(self._axis_text(t)) for t in ticks) + 10
        plot_top = self.MARGIN + line // 2
        plot_bottom = self.height() - self.MARGIN - 2 * line - 4
        plot_start = self.MARGIN + axis_width
        plot_width = max(10, self.width() - plot_start - self.MARGIN)
        plot_height = max(10, plot_bottom - plot_top)
        grid = self.palette().color(QPalette.ColorRole.Mid)
        grid.setAlpha(90)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for tick in ticks:
            y = plot_bottom - plot_height * tick / top_value
            painter.setPen(QPen(grid, 1))
            start = self._flip(QRectF(plot_start, y, plot_width, 0))
            painter.drawLine(QPointF(start.left(), y), QPointF(start.right(), y))
            painter.setPen(muted)
            label_rect = QRectF(self.MARGIN, y - line / 2, axis_width - 6, line)
            painter.drawText(self._flip(label_rect), self._align(False), self._axis_text(tick))
        slot = plot_width / len(self._bars)
        bar_width = max(4.0, slot * 0.62)
        for index, bar in enumerate(self._bars):
            x = plot_start + index * slot
            height = plot_height * bar.value / top_value
            if bar.value > 0:
                height = max(height, 2)
            column = QRectF(x + (slot - bar_width) / 2, plot_bottom - height, bar_width, height)
            drawn = self._flip(column)
            painter.fillRect(drawn, self._color(bar, index))
            self._bar_rects.append(drawn)
            painter.setPen(text_color)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(slot))
            painter.drawText(
                self._flip(QRectF(x, plot_bottom + 2, slot, line)), Qt.AlignmentFlag.AlignCenter, label
            )
            if index < len(self._sub_labels) and self._sub_labels[index]:
                painter.setPen(muted)
                painter.drawText(
                    self._flip(QRectF(x, plot_bottom + 2 + line, slot, line)),
                    Qt.AlignmentFlag.AlignCenter,
                    self._sub_labels[index],
                )
            self._hit_rects.append(self._flip(QRectF(x, plot_top, slot, plot_bottom - plot_top + line)))

    # --- pointing ---------------------------------------------------------------------------

    def _index_at(self, position: QPointF) -> int:
        for index, rect in enumerate(self._hit_rects):
            if rect.contains(position) and self._bars[index].value > 0:
                return index
        return -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self._index_at(event.position())
        if index != self._hovered:
            self._hovered = index
            self.setCursor(Qt.CursorShape.PointingHandCursor if index >= 0 else Qt.CursorShape.ArrowCursor)
            self.update()
            if index >= 0:
                QToolTip.showText(event.globalPosition().toPoint(), self._bars[index].tooltip, self)
            else:
                QToolTip.hideText()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered >= 0:
            self._hovered = -1
            self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            index = self._index_at(event.position())
            if index >= 0:
                self.activated.emit(index)
                return
        super().mouseReleaseEvent(event)


# --- figures -----------------------------------------------------------------------------


class FigureTile(QPushButton):
    """One figure: what it is, the value, a line of detail. Clicking opens its list."""

    def __init__(self, figure: Figure, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.setObjectName(f"tile_{figure.value}")
        self.setProperty("tile", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(96)
        self.title = QLabel(title)
        self.value = QLabel("…")
        self.value.setObjectName("value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        for label in (self.title, self.detail):
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
            label.setPalette(palette)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        for label in (self.title, self.value, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            # a long translation or a big number must not widen the tile: it is elided instead
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(label)
        self._texts = {self.title: title, self.value: "…", self.detail: ""}
        self._fit_texts()

    def show_value(self, value: str, detail: str, *, warning: bool = False) -> None:
        self._texts[self.value] = value
        self._texts[self.detail] = detail
        self._fit_texts()
        self.value.setStyleSheet(f"color: {ERROR_COLOR};" if warning else "")
        self.setAccessibleName(f"{self._texts[self.title]}: {value}")
        self.setToolTip(
            f"{self._texts[self.title]}: {value}\n{detail}\n" + self.tr("Click to open the list.")
        )

    def full_text(self, label: QLabel) -> str:
        """What ``label`` says before eliding."""
        return self._texts[label]

    def _fit_texts(self) -> None:
        width = max(20, self.width() - 28)
        for label, text in self._texts.items():
            label.setText(label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_texts()


class ChartCard(QFrame):
    def __init__(self, title: str, chart: BarChart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel()
        palette = self.note.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        self.note.setPalette(palette)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(chart, 1)
        self.chart = chart


TILE_STYLE = """
QPushButton[tile="true"] {
    border: 1px solid palette(mid);
    border-radius: 8px;
    background: palette(base);
}
QPushButton[tile="true"]:hover { border: 1px solid palette(highlight); }
QPushButton[tile="true"]:focus { border: 2px solid palette(highlight); }
QPushButton[tile="true"]:pressed { background: palette(alternate-base); }
"""


class DashboardPage(Page):
    key = "dashboard"
    # (page key, list query, label): the window shows that page with the query as its preset
    open_list = Signal(str, object, str)

    def __init__(self, session: AppSession, undo: UndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("dashboard")
        self.figures: DashboardFigures | None = None
        self._loaded_at: datetime | None = None
        self._generation = 0
        self._stale = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        session.changed.connect(self._on_changed)

        heading = QLabel(self.tr("Dashboard"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.status = QLabel(self.tr("Counting…"))
        self.status.setObjectName("status")
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.setWordWrap(True)
        self.error.hide()
        refresh = QToolButton()
        refresh.setText(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.status, 1)
        top.addWidget(refresh)

        self.tiles: dict[Figure, FigureTile] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, (figure, title) in enumerate(self._tile_titles().items()):
            tile = FigureTile(figure, title)
            tile.clicked.connect(lambda _checked=False, f=figure: self.open_figure(f))
            self.tiles[figure] = tile
            grid.addWidget(tile, index // 4, index % 4)

        self.pipeline_chart = BarChart(horizontal=True)
        self.pipeline_chart.setObjectName("pipeline_chart")
        self.pipeline_chart.empty_text = self.tr("No open deals.")
        self.pipeline_chart.activated.connect(self._open_stage)
        self.cases_chart = BarChart(horizontal=True)
        self.cases_chart.setObjectName("cases_chart")
        self.cases_chart.empty_text = self.tr("No open cases.")
        self.cases_chart.activated.connect(self._open_priority)
        self.sales_chart = BarChart(horizontal=False)
        self.sales_chart.setObjectName("sales_chart")
        self.sales_chart.empty_text = self.tr("No sales in the last twelve months.")
        self.sales_chart.activated.connect(self._open_month)
        self.pipeline_card = ChartCard(self.tr("Pipeline by stage"), self.pipeline_chart)
        self.cases_card = ChartCard(self.tr("Open cases by priority"), self.cases_chart)
        self.sales_card = ChartCard(self.tr("Sales by month"), self.sales_chart)
        self.sales_chart.setMinimumHeight(240)
        charts_row = QHBoxLayout()
        charts_row.setSpacing(12)
        charts_row.addWidget(self.pipeline_card, 3)
        charts_row.addWidget(self.cases_card, 2)

        content = QWidget()
        content.setStyleSheet(TILE_STYLE)
        body = QVBoxLayout(content)
        body.setContentsMargins(16, 12, 16, 16)
        body.setSpacing(12)
        body.addLayout(top)
        body.addWidget(self.error)
        body.addLayout(grid)
        body.addLayout(charts_row, 1)
        body.addWidget(self.sales_card, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def title(self) -> str:
        return self.tr("Dashboard")

    def _tile_titles(self) -> dict[Figure, str]:
        return {
            Figure.OPEN_PIPELINE: self.tr("Open pipeline"),
            Figure.FORECAST_THIS_MONTH: self.tr("Forecast this month (weighted)"),
            Figure.FORECAST_NEXT_MONTH: self.tr("Forecast next month (weighted)"),
            Figure.WON_THIS_MONTH: self.tr("Won this month"),
            Figure.NEW_CONTACTS: self.tr("New contacts this month"),
            Figure.OPEN_CASES: self.tr("Open cases"),
            Figure.OVERDUE_CASES: self.tr("Overdue cases"),
            Figure.OVERDUE_TASKS: self.tr("Overdue tasks"),
        }

    # --- loading ----------------------------------------------------------------------

    def first_show(self) -> None:
        self.refresh()

    def activate(self) -> None:
        first = not self._activated
        super().activate()
        if first:
            return
        too_old = (
            self._loaded_at is not None and (datetime.now() - self._loaded_at).total_seconds() > STALE_AFTER_S
        )
        if self._stale or too_old:
            self.refresh()

    def refresh(self) -> None:
        """Count every figure again in the background; a newer count replaces an older one."""
        self._refresh_timer.stop()
        self._stale = False
        self._generation += 1
        generation = self._generation

        def done(figures: DashboardFigures) -> None:
            if generation == self._generation:
                self.show_figures(figures)

        def failed(error: CrmError) -> None:
            if generation == self._generation:
                self.error.setText(self.tr("The figures could not be counted: {0}").format(error))
                self.error.show()

        self.session.read(lambda crm: DashboardService(crm.ctx).figures(), done, failed)

    def _on_changed(self, changes: ChangeSet) -> None:
        if not self._activated or not (changes.entities & COUNTED_ENTITIES):
            return
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    # --- showing ---------------------------------------------------------------------------

    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        self._loaded_at = datetime.now()
        self.error.hide()
        currency = figures.base_currency
        period = figures.period
        moment = QDateTime.fromSecsSinceEpoch(int(figures.period.now.timestamp()))
        self.status.setText(
            self.tr("As of {time} · amounts in {currency}").format(
                time=QLocale().toString(moment, QLocale.FormatType.ShortFormat), currency=ltr(currency)
            )
        )
        tiles = self.tiles
        tiles[Figure.OPEN_PIPELINE].show_value(
            money_text(figures.open_pipeline_minor, currency),
            self.tr("%n open deal(s)", "", figures.open_deals),
        )
        tiles[Figure.FORECAST_THIS_MONTH].show_value(
            money_text(figures.forecast_this_month_minor, currency),
            self._forecast_detail(period.this_month, figures.forecast_this_month_deals),
        )
        tiles[Figure.FORECAST_NEXT_MONTH].show_value(
            money_text(figures.forecast_next_month_minor, currency),
            self._forecast_detail(period.next_month, figures.forecast_next_month_deals),
        )
        tiles[Figure.WON_THIS_MONTH].show_value(
            money_text(figures.won_this_month_minor, currency),
            self.tr("%n deal(s) won", "", figures.won_this_month_deals),
        )
        tiles[Figure.NEW_CONTACTS].show_value(
            self._count(figures.new_contacts_this_month), month_title(period.this_month)
        )
        tiles[Figure.OPEN_CASES].show_value(self._count(figures.open_cases), self.tr("new, open or waiting"))
        tiles[Figure.OVERDUE_CASES].show_value(
            self._count(figures.overdue_cases),
            self.tr("past their SLA time"),
            warning=figures.overdue_cases > 0,
        )
        tiles[Figure.OVERDUE_TASKS].show_value(
            self._count(figures.overdue_tasks),
            self.tr("not done, past due"),
            warning=figures.overdue_tasks > 0,
        )
        self._show_pipeline(figures.pipeline_by_stage, currency)
        self._show_cases(figures.cases_by_priority)
        self._show_sales(figures.sales_by_month, currency)

    def _count(self, number: int) -> str:
        return QLocale().toString(number)

    def _forecast_detail(self, month: date, deals: int) -> str:
        return self.tr("%n deal(s) closing in {month}", "", deals).format(month=month_name(month))

    def _show_pipeline(self, stages: list[StageValue], currency: str) -> None:
        several = len({s.pipeline_name for s in stages}) > 1
        bars = []
        for stage in stages:
            label = f"{stage.pipeline_name} · {stage.stage_name}" if several else stage.stage_name
            amount = money_text(stage.value_minor, currency)
            bars.append(
                Bar(
                    label=label,
                    value=stage.value_minor,
                    value_text=f"{compact_money(stage.value_minor, currency)} ({self._count(stage.deals)})",
                    tooltip=self.tr("{stage}: %n deal(s), {amount}", "", stage.deals).format(
                        stage=label, amount=amount
                    ),
                )
            )
        self.pipeline_chart.set_bars(bars)
        self.pipeline_card.note.setText(self.tr("open deals, value in {0}").format(ltr(currency)))

    def _priority_names(self) -> dict[Priority, str]:
        return {
            Priority.URGENT: self.tr("Urgent"),
            Priority.HIGH: self.tr("High"),
            Priority.NORMAL: self.tr("Normal"),
            Priority.LOW: self.tr("Low"),
        }

    def _show_cases(self, rows: list[PriorityCases]) -> None:
        names = self._priority_names()
        bars = []
        for row in rows:
            overdue = self.tr("%n overdue", "", row.overdue)
            bars.append(
                Bar(
                    label=names[row.priority],
                    value=row.open,
                    # a phrase with words: isolated so it reads in its own language's direction;
                    # "/" and not "·", which beside Arabic-Indic digits reads as a zero (٣ · ٣)
                    value_text=auto(f"{self._count(row.open)} / {overdue}")
                    if row.overdue
                    else self._count(row.open),
                    tooltip=self.tr("{priority}: %n open case(s)", "", row.open).format(
                        priority=names[row.priority]
                    )
                    + " · "
                    + overdue,
                    color=PRIORITY_COLORS[row.priority],
                    part=row.overdue,
                )
            )
        self.cases_chart.set_bars(bars)
        self.cases_card.note.setText(self.tr("darker: overdue"))

    def _show_sales(self, months: list[MonthSales], currency: str) -> None:
        bars = []
        years = []
        for index, month in enumerate(months):
            bars.append(
                Bar(
                    label=month_name(month.month, short=True),
                    value=month.total_minor,
                    value_text=compact_money(month.total_minor, currency),
                    tooltip=self.tr("{month}: %n sale(s), {amount}", "", month.sales).format(
                        month=month_title(month.month), amount=money_text(month.total_minor, currency)
                    ),
                )
            )
            years.append(
                QLocale().toString(QDate(month.month.year, 1, 1), "yyyy")
                if index == 0 or month.month.month == 1
                else ""
            )
        self.sales_chart.set_bars(bars, lambda value: compact_amount(value, currency), years)
        self.sales_card.note.setText(self.tr("last twelve months, in {0}").format(ltr(currency)))

    # --- opening lists ------------------------------------------------------------------------

    def _figure_labels(self, figures: DashboardFigures) -> dict[Figure, str]:
        this_month = month_title(figures.period.this_month)
        return {
            Figure.OPEN_PIPELINE: self.tr("Open deals"),
            Figure.FORECAST_THIS_MONTH: self.tr("Open deals closing in {0}").format(this_month),
            Figure.FORECAST_NEXT_MONTH: self.tr("Open deals closing in {0}").format(
                month_title(figures.period.next_month)
            ),
            Figure.WON_THIS_MONTH: self.tr("Deals won in {0}").format(this_month),
            Figure.NEW_CONTACTS: self.tr("Contacts added in {0}").format(this_month),
            Figure.OPEN_CASES: self.tr("Open cases"),
            Figure.OVERDUE_CASES: self.tr("Overdue cases"),
            Figure.OVERDUE_TASKS: self.tr("Overdue tasks"),
        }

    def open_figure(self, figure: Figure) -> None:
        """Open the list of exactly what ``figure`` counted."""
        if self.figures is None:
            return
        self._emit(drill_down(figure, self.figures.period), self._figure_labels(self.figures)[figure])

    def _open_stage(self, index: int) -> None:
        if self.figures is not None:
            stage = self.figures.pipeline_by_stage[index]
            self._emit(stage_drill_down(stage.stage_id), self.tr("Deals in {0}").format(stage.stage_name))

    def _open_priority(self, index: int) -> None:
        if self.figures is not None:
            priority = self.figures.cases_by_priority[index].priority
            label = self.tr("Open cases: {0}").format(self._priority_names()[priority])
            self._emit(priority_drill_down(priority), label)

    def _open_month(self, index: int) -> None:
        if self.figures is not None:
            month = self.figures.sales_by_month[index].month
            self._emit(month_sales_drill_down(month), self.tr("Sales in {0}").format(month_title(month)))

    def _emit(self, target: DrillDown, label: str) -> None:
        page_key = PAGE_FOR_ENTITY.get(target.entity)
        if page_key is not None:
            self.open_list.emit(page_key, target.query, label)
