"""Bar charts of amounts for reports (reportlab graphics), mirrored on right-to-left pages.

reportlab's charts draw each label in one font and left to right, as given. So
every label here is shaped and reordered first (:func:`visual_line`) and gets
the report font for its script; on a right-to-left page the categories run from
the right, the value axis stands on the right and the legend starts there.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from crm_desktop.domain.money import minor_digits
from crm_desktop.reports.document import ReportDocument
from crm_desktop.reports.text import has_arabic, visual_line

LABEL_SIZE = 7.5
LEGEND_SIZE = 8
LEGEND_HEIGHT = 14
GAP = 4
LIGHT_BLUE = colors.HexColor("#9DB9D8")
DARK_BLUE = colors.HexColor("#2F5D8C")
GREEN = colors.HexColor("#5B9A68")


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[int]  # minor units of the chart's currency, one per category
    color: Color


def bar_chart(
    document: ReportDocument,
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    currency: str,
    height: float = 62 * mm,
) -> Drawing:
    """Grouped vertical bars of ``series`` over ``categories``, as wide as the page's frame.

    The value axis reads in major units of ``currency`` (the heading above the chart
    names the currency), numbers written as the report's language writes them.
    """
    rtl = document.rtl
    width = document.frame_width
    fonts = document.fonts
    scale = Decimal(10) ** -minor_digits(currency)
    names = list(categories)
    drawn = list(series)
    if rtl:  # the first category on the right, and in each group the first series on the right
        names.reverse()
        drawn.reverse()
    data = [[float(Decimal(v) * scale) for v in one.values] for one in drawn]
    if rtl:
        data = [list(reversed(values)) for values in data]
    top = max((v for values in data for v in values), default=0.0)
    bottom = min((v for values in data for v in values), default=0.0)

    def axis_label(value: float) -> str:
        rounded = round(value, 2)
        return document.fmt.number(int(rounded) if rounded == int(rounded) else Decimal(str(rounded)))

    chart = VerticalBarChart()
    chart.data = data
    chart.valueAxis.valueMin = min(bottom, 0.0)  # a loss (negative profit) goes below the axis
    if top <= 0 and bottom >= 0:
        chart.valueAxis.valueMax = 1  # an empty chart still needs a scale
    chart.valueAxis.labelTextFormat = axis_label
    chart.valueAxis.labels.fontName = fonts.latin
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDE2E8")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.strokeWidth = 0.5
    chart.categoryAxis.strokeWidth = 0.5
    chart.categoryAxis.tickDown = 0
    chart.barSpacing = 1
    chart.groupSpacing = 8
    for index, one in enumerate(drawn):
        chart.bars[index].fillColor = one.color
        chart.bars[index].strokeColor = None

    # room for the value labels: the widest the axis may write, a little above the top value
    value_room = (
        max(stringWidth(axis_label(v), fonts.latin, LABEL_SIZE) for v in (top * 1.2, bottom * 1.2)) + 8
    )
    plot_width = width - value_room - GAP
    shown = [visual_line(name, rtl) for name in names]
    label_fonts = [fonts.pick(arabic=has_arabic(name)) for name in names]
    widest = max(
        (stringWidth(text, font, LABEL_SIZE) for text, font in zip(shown, label_fonts, strict=True)),
        default=0.0,
    )
    slot = plot_width / max(len(names), 1)
    slanted = widest > slot * 0.95
    label_room = (widest * math.sin(math.radians(30)) + LABEL_SIZE * 2) if slanted else LABEL_SIZE + 8
    # slanted labels still need about two lines' height of room each across: beyond that (years of
    # months) every n-th is written, counted from the first category
    step = max(1, math.ceil(LABEL_SIZE * 2 / slot)) if slanted else 1
    first = len(shown) - 1 if rtl else 0
    chart.categoryAxis.categoryNames = [
        text if abs(index - first) % step == 0 else "" for index, text in enumerate(shown)
    ]
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.dy = -3
    for index, font in enumerate(label_fonts):
        chart.categoryAxis.labels[index].fontName = font
    if slanted:
        # slanted to read from the bar's foot: down-left on a left-to-right page, down-right mirrored
        chart.categoryAxis.labels.angle = -30 if rtl else 30
        chart.categoryAxis.labels.boxAnchor = "nw" if rtl else "ne"

    chart.y = label_room
    chart.height = height - label_room - LEGEND_HEIGHT - GAP
    chart.width = plot_width
    if rtl:
        chart.x = GAP
        chart.valueAxis.joinAxisMode = "right"
        chart.valueAxis.labels.textAnchor = "start"
        chart.valueAxis.labels.boxAnchor = "w"
        chart.valueAxis.labels.dx = 5
        chart.valueAxis.tickLeft = 0
        chart.valueAxis.tickRight = 3
    else:
        chart.x = value_room
        chart.valueAxis.tickLeft = 3

    drawing = Drawing(width, height)
    drawing.add(chart)
    _legend(document, drawing, series, chart.x, chart.x + chart.width, height - LEGEND_HEIGHT + 3)
    return drawing


def _legend(
    document: ReportDocument, drawing: Drawing, series: Sequence[Series], left: float, right: float, y: float
) -> None:
    """A swatch and a name per series, in a row from the start of the line (the right, mirrored)."""
    box = LEGEND_SIZE
    x = right if document.rtl else left
    for one in series:
        font = document.fonts.pick(arabic=has_arabic(one.name))
        text = visual_line(one.name, document.rtl)
        text_width = stringWidth(text, font, LEGEND_SIZE)
        if document.rtl:
            drawing.add(Rect(x - box, y, box, box, fillColor=one.color, strokeColor=None))
            drawing.add(
                String(x - box - 3, y + 1, text, fontName=font, fontSize=LEGEND_SIZE, textAnchor="end")
            )
            x -= box + 3 + text_width + 12
        else:
            drawing.add(Rect(x, y, box, box, fillColor=one.color, strokeColor=None))
            drawing.add(String(x + box + 3, y + 1, text, fontName=font, fontSize=LEGEND_SIZE))
            x += box + 3 + text_width + 12
