"""The page frame every report shares: heading, footer, tables, RTL layout and a safe write.

Each page is headed by the business name, address and logo from the settings
and numbered "page N of M" in the footer. Tables repeat their header row on
every page and never split a row. For Arabic and Persian the page is laid out
from the right: columns mirrored, text right-aligned. The PDF is written to a
temporary file beside the target and renamed into place, so a failure never
leaves a partial file behind.

A missing or unreadable logo does not stop a report: it is left out and
:attr:`ReportDocument.warnings` says why (the caller shows that line).
"""

from __future__ import annotations

import itertools
import logging
import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, tzinfo
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, LongTable, PageTemplate, Spacer, TableStyle

from crm_desktop.domain.errors import CrmError
from crm_desktop.i18n import _
from crm_desktop.reports.fonts import ReportFonts, register_fonts
from crm_desktop.reports.formatting import ReportFormat
from crm_desktop.reports.text import TextBlock, TextStyle, draw_line, has_arabic, is_rtl_language, visual_line
from crm_desktop.services.settings import BusinessSettings

log = logging.getLogger(__name__)

MARGIN = 15 * mm
HEADER_HEIGHT = 22 * mm
FOOTER_HEIGHT = 10 * mm
LOGO_HEIGHT = 16 * mm
HEADER_GREY = colors.HexColor("#E8ECF0")
_CELL_PADDING_X = 3.0
_CELL_PADDING_Y = 2.0
_PADDING: list[tuple[Any, ...]] = [
    ("TOPPADDING", (0, 0), (-1, -1), _CELL_PADDING_Y),
    ("BOTTOMPADDING", (0, 0), (-1, -1), _CELL_PADDING_Y),
    ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING_X),
    ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING_X),
]
RULE_GREY = colors.HexColor("#B0B8C0")


@dataclass(frozen=True)
class Column:
    title: str
    weight: float = 1.0  # share of the frame width
    numeric: bool = False  # amounts and counts: aligned to the end of the line (right in LTR)


@dataclass
class BuildResult:
    path: Path
    pages: int
    warnings: list[str] = field(default_factory=list)


def load_logo(path_text: str) -> tuple[ImageReader | None, str | None]:
    """The logo image, or None and a warning line when the file is missing or not an image."""
    if not path_text.strip():
        return None, None
    path = Path(path_text).expanduser()
    if not path.is_file():
        return None, _("The logo file {path} does not exist; the report is printed without it.").format(
            path=path
        )
    try:
        image = ImageReader(str(path))
        width, height = image.getSize()
        if width <= 0 or height <= 0:
            raise ValueError(path)
    except Exception:  # PIL raises many kinds for a broken image; each means the same to the user
        return None, _(
            "The logo file {path} is not an image we can read; the report is printed without it."
        ).format(path=path)
    return image, None


def _numbered_canvas(draw_footer: Callable[[Canvas, int, int], None], pages: list[int]) -> type[Canvas]:
    """A canvas that holds each page until the end so the footer can say "page N of M"."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            pages.append(total)
            for state in self._held:
                self.__dict__.update(state)
                draw_footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


_UNBOUNDED = 0xFFFFFFF  # the height reportlab offers when it only measures (KeepTogether)
_ROWS_KEPT_WITH_HEADING = 3


class _RowSource:
    """The rows of one table not yet on a page: those measured so far, then the rest unread."""

    def __init__(self, rows: Iterator[list[Flowable]], widths: Sequence[float]) -> None:
        self.rows = rows
        self.widths = widths
        self.measured: deque[tuple[list[Flowable], float]] = deque()
        self.measured_height = 0.0
        self.exhausted = False

    def height_of(self, cells: Sequence[Flowable]) -> float:
        """A row's height as LongTable would find it: its tallest cell and the padding."""
        tallest = max(
            (
                cell.wrap(width - 2 * _CELL_PADDING_X, _UNBOUNDED)[1]
                for cell, width in zip(cells, self.widths, strict=True)
            ),
            default=0.0,
        )
        return float(tallest) + 2 * _CELL_PADDING_Y

    def measure_until(self, height: float, rows: int = 0) -> None:
        """Make and measure rows until those measured are taller than ``height`` and number at
        least ``rows``, or none are left."""
        while not self.exhausted and (self.measured_height <= height or len(self.measured) < rows):
            cells = next(self.rows, None)
            if cells is None:
                self.exhausted = True
                break
            row_height = self.height_of(cells)
            self.measured.append((cells, row_height))
            self.measured_height += row_height

    def take(self, count: int) -> list[tuple[list[Flowable], float]]:
        taken = [self.measured.popleft() for _ in range(count)]
        self.measured_height -= sum(height for _cells, height in taken)
        return taken


class StreamedTable(Flowable):  # type: ignore[misc]
    """A table laid out a page at a time: each page gets a LongTable of only its own rows.

    A single LongTable keeps a flowable and a cell style for every cell until the end of
    the build and copies the rest of itself at each page break, so a 100,000-row table
    would cost gigabytes and quadratic time. Here rows are pulled from an iterator (and
    their cells made) only when the page they fall on is being laid out.

    The header row heads every page; rows are never split; the ``total`` row, if any,
    follows the last row and is not left alone on a page when the rows before it fill one.
    A heading kept with the table (``keepWithNext``) is kept with its header and first
    rows, not with all of it: a long table starts under its heading on the same page
    rather than on a new one.
    """

    def __init__(
        self,
        header: list[Flowable],
        rows: Iterator[list[Flowable]] | _RowSource,
        widths: Sequence[float],
        *,
        total: list[Flowable] | None,
    ) -> None:
        super().__init__()
        self.header = header
        self.widths = list(widths)
        self.source = rows if isinstance(rows, _RowSource) else _RowSource(rows, self.widths)
        self.total = total
        self.header_height = self.source.height_of(header)
        self.total_height = 0.0 if total is None else self.source.height_of(total)

    def _rest_height(self) -> float:
        source = self.source
        return self.header_height + source.measured_height + (self.total_height if source.exhausted else 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        source = self.source
        if availHeight >= _UNBOUNDED:
            # KeepTogether measuring what a heading is kept with: the header and first rows
            source.measure_until(0.0, _ROWS_KEPT_WITH_HEADING)
            if len(source.measured) > _ROWS_KEPT_WITH_HEADING or not source.exhausted:
                first = itertools.islice(source.measured, _ROWS_KEPT_WITH_HEADING)
                return sum(self.widths), self.header_height + sum(height for _cells, height in first)
        else:
            # while rows are left unread, those measured are taller than the frame: a split follows
            source.measure_until(availHeight - self.header_height)
        return sum(self.widths), self._rest_height()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        source = self.source
        source.measure_until(availHeight - self.header_height)
        room = availHeight - self.header_height
        count = 0
        used = 0.0
        for _cells, height in source.measured:
            if used + height > room:
                break
            used += height
            count += 1
        ends = source.exhausted and count == len(source.measured)
        with_total = ends and self.total is not None and used + self.total_height <= room
        if ends and self.total is not None and not with_total and count > 1:
            count -= 1  # the total row goes to the next page with the last row, not alone
            ends = False
        if count == 0 and not with_total:
            return []  # not even one row fits: the frame moves to the next page
        piece = self._page_table(source.take(count), with_total)
        if ends and (with_total or self.total is None):
            return [piece]
        return [piece, StreamedTable(self.header, source, self.widths, total=self.total)]

    def draw(self) -> None:
        """Everything left fits here (wrap said so): one LongTable of all of it."""
        table = self._page_table(self.source.take(len(self.source.measured)), self.total is not None)
        table.wrapOn(self.canv, sum(self.widths), _UNBOUNDED)
        table.drawOn(self.canv, 0, 0)

    def _page_table(self, rows: list[tuple[list[Flowable], float]], with_total: bool) -> LongTable:
        data = [self.header, *(cells for cells, _height in rows)]
        heights = [self.header_height, *(height for _cells, height in rows)]
        if with_total and self.total is not None:
            data.append(self.total)
            heights.append(self.total_height)
        # the heights are given, so LongTable does not wrap every cell a second time
        table = LongTable(data, colWidths=self.widths, rowHeights=heights, splitInRow=0)
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE_GREY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *_PADDING,
        ]
        if with_total:
            commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black))
        table.setStyle(TableStyle(commands))
        return table


class ReportDocument:
    """One report being made: add flowables with the helpers, then :meth:`build` to a file."""

    def __init__(
        self,
        title: str,
        settings: BusinessSettings,
        language: str,
        *,
        pagesize: tuple[float, float] = A4,
        fonts: ReportFonts | None = None,
        timezone: tzinfo = UTC,
    ) -> None:
        self.title = title
        self.settings = settings
        self.language = language
        self.rtl = is_rtl_language(language)
        self.fonts = fonts or register_fonts()
        self.pagesize = pagesize
        self.frame_width = pagesize[0] - 2 * MARGIN
        self.story: list[Flowable] = []
        self.warnings: list[str] = []
        self.logo, warning = load_logo(settings.logo_path)
        if warning:
            self.warn(warning)
        rtl = self.rtl
        # text from the start of the line (the right, mirrored); numbers from its end
        self.cell_style = TextStyle(align_right=rtl, rtl=rtl)
        self.header_style = TextStyle(bold=True, align_right=rtl, rtl=rtl)
        self.number_style = TextStyle(align_right=not rtl, rtl=rtl)
        self.number_header_style = TextStyle(bold=True, align_right=not rtl, rtl=rtl)
        self.fmt = ReportFormat.of(settings, language, timezone)

    def warn(self, message: str) -> None:
        log.warning("%s", message)
        self.warnings.append(message)

    # --- content -------------------------------------------------------------

    def text(self, text: str, style: TextStyle | None = None) -> TextBlock:
        return TextBlock(text, self.fonts, style or self.cell_style)

    def heading(self, text: str, size: float = 12) -> None:
        block = self.text(
            text, TextStyle(size=size, leading=size * 1.35, bold=True, align_right=self.rtl, rtl=self.rtl)
        )
        after = Spacer(1, size * 0.3)
        # both kept with what follows, so a heading never ends a page without its first rows
        block.keepWithNext = True
        after.keepWithNext = True
        self.story.append(Spacer(1, size * 0.5))
        self.story.append(block)
        self.story.append(after)

    def add(self, flowable: Flowable) -> None:
        self.story.append(flowable)

    def paragraph(self, text: str) -> None:
        """Running text (notes, terms), wrapped to the frame width, keeping its line breaks."""
        self.story.append(self.text(text, TextStyle(size=9, leading=12, align_right=self.rtl, rtl=self.rtl)))

    def pairs(self, items: Sequence[tuple[str, str]], *, label_weight: float = 0.35) -> None:
        """Label and value lines (a contact's details, a quote's totals) as a two-column grid."""
        rows = [(label, value) for label, value in items if value]
        if not rows:
            return
        widths = [self.frame_width * label_weight, self.frame_width * (1 - label_weight)]
        data: list[list[Flowable]] = [
            [self.text(label, self.header_style), self.text(value, self.cell_style)] for label, value in rows
        ]
        if self.rtl:
            widths.reverse()
            for cells in data:
                cells.reverse()
        table = LongTable(data, colWidths=widths, splitInRow=0)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_PADDING]))
        self.story.append(table)

    def table(
        self,
        columns: Sequence[Column],
        rows: Iterable[Sequence[str]],
        *,
        total: Sequence[str] | None = None,
    ) -> None:
        """A table whose header repeats on each page and whose rows are never split.

        In a right-to-left document the first column is drawn on the right. ``total`` is a
        last row in bold (the sums of the amount columns). ``rows`` is read as the pages are
        laid out, and its cells are made only then (see :class:`StreamedTable`), so it may
        be a generator.
        """
        weight = sum(c.weight for c in columns)
        widths = [self.frame_width * c.weight / weight for c in columns]
        styles = [self.number_style if c.numeric else self.cell_style for c in columns]
        bold = [self.number_header_style if c.numeric else self.header_style for c in columns]
        rtl = self.rtl

        def cells(values: Sequence[str], cell_styles: Sequence[TextStyle]) -> list[Flowable]:
            made: list[Flowable] = [
                self.text(value, style) for value, style in zip(values, cell_styles, strict=True)
            ]
            if rtl:
                made.reverse()
            return made

        if rtl:
            widths.reverse()
        self.story.append(
            StreamedTable(
                cells([c.title for c in columns], bold),
                (cells(row, styles) for row in rows),
                widths,
                total=None if total is None else cells(total, bold),
            )
        )

    # --- page frame ----------------------------------------------------------

    def _draw_string(
        self, canvas: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False
    ) -> None:
        """Draw one line at ``x`` (its left end, or its right end in a right-to-left document)."""
        self._draw_line(canvas, x, y, text, size, anchor="end" if self.rtl else "start", bold=bold)

    def _draw_line(
        self, canvas: Canvas, x: float, y: float, text: str, size: float, *, anchor: str, bold: bool = False
    ) -> None:
        font = self.fonts.pick(arabic=has_arabic(text), bold=bold)
        draw_line(canvas, x, y, visual_line(text, self.rtl), font, size, anchor=anchor)

    def _draw_heading(self, canvas: Canvas, _doc: object) -> None:
        width, height = self.pagesize
        top = height - MARGIN
        start = width - MARGIN if self.rtl else MARGIN
        canvas.saveState()
        name = self.settings.business_name or self.title
        self._draw_string(canvas, start, top - 12, name, 13, bold=True)
        y = top - 24
        for line in self.settings.business_address.splitlines()[:3]:
            if line.strip():
                self._draw_string(canvas, start, y, line.strip(), 8.5)
                y -= 10
        if self.logo is not None:
            logo_w, logo_h = self.logo.getSize()
            draw_h = LOGO_HEIGHT
            draw_w = min(draw_h * logo_w / logo_h, 50 * mm)
            draw_h = draw_w * logo_h / logo_w
            x = MARGIN if self.rtl else width - MARGIN - draw_w
            canvas.drawImage(self.logo, x, top - draw_h, draw_w, draw_h, mask="auto")
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.5)
        canvas.line(
            MARGIN,
            height - MARGIN - HEADER_HEIGHT + 2 * mm,
            width - MARGIN,
            height - MARGIN - HEADER_HEIGHT + 2 * mm,
        )
        canvas.restoreState()

    def _draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        width, _height = self.pagesize
        text = _("page {page} of {pages}").format(page=page, pages=pages)
        canvas.saveState()
        self._draw_line(canvas, width / 2, MARGIN - 4 * mm, text, 8, anchor="middle")
        # the title at the end of the line: the left on a right-to-left page
        title_x = MARGIN if self.rtl else width - MARGIN
        self._draw_line(
            canvas, title_x, MARGIN - 4 * mm, self.title, 8, anchor="start" if self.rtl else "end"
        )
        canvas.restoreState()

    # --- output --------------------------------------------------------------

    def build(self, output: Path | str) -> BuildResult:
        """Write the PDF to ``output`` through a temporary file; CrmError when it cannot be written."""
        target = Path(output).expanduser().absolute()
        folder = target.parent
        if not folder.is_dir():
            raise CrmError(
                _("Cannot write {path}: the folder {folder} does not exist.").format(
                    path=target, folder=folder
                )
            )
        if target.is_dir():
            raise CrmError(_("Cannot write {path}: it is a folder.").format(path=target))
        try:
            handle, part_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
            os.close(handle)
        except OSError as error:
            raise CrmError(
                _("Cannot write {path}: {reason}").format(path=target, reason=error.strerror or error)
            ) from error
        part = Path(part_name)
        pages: list[int] = []
        try:
            width, height = self.pagesize
            frame = Frame(
                MARGIN,
                MARGIN + FOOTER_HEIGHT - 4 * mm,
                width - 2 * MARGIN,
                height - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT + 4 * mm,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id="body",
            )
            doc = BaseDocTemplate(
                str(part),
                pagesize=self.pagesize,
                title=self.title,
                author=self.settings.business_name,
                creator="CRM Desktop",
                lang=self.language,
            )
            doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._draw_heading)])
            story = self.story or [Spacer(1, 1)]
            self.story = []
            doc.build(story, canvasmaker=_numbered_canvas(self._draw_footer, pages))
            part.chmod(0o644)
            os.replace(part, target)
        except OSError as error:
            raise CrmError(
                _("Cannot write {path}: {reason}").format(path=target, reason=error.strerror or error)
            ) from error
        finally:
            part.unlink(missing_ok=True)
        return BuildResult(target, pages[0] if pages else 0, list(self.warnings))
