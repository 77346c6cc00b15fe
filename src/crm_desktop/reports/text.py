"""Right-to-left text for reports: wrap first, then shape and reorder each line.

reportlab draws glyphs left to right as given. Arabic and Persian text is
therefore wrapped in logical order to the column width, and only then is each
line shaped (arabic-reshaper: the presentation forms joining letters take) and
put in visual order (python-bidi), so Latin emails, numbers and product codes
inside an Arabic line keep their own left-to-right order.

A directory of 100,000 contacts wraps half a million cells, so the costly steps
are cached: shaping and measuring a word (names, companies and cities repeat),
reordering a line, and each cell's lines for the width it was last wrapped to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

import arabic_reshaper  # type: ignore[import-untyped]
from bidi import get_display  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from crm_desktop.reports.fonts import ReportFonts

RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "he"})

# Arabic, Arabic Supplement, Arabic Extended-A and the two presentation-form blocks
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

# Direction marks and isolates (Babel puts U+200F in Arabic dates and amounts, Money isolates
# currency symbols): they steer the bidi algorithm but have no glyph, and a PDF would draw a box.
_BIDI_CONTROL_CODES = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_BIDI_CONTROLS = dict.fromkeys(_BIDI_CONTROL_CODES, None)
_HAS_BIDI_CONTROL = re.compile("[" + "".join(chr(code) for code in _BIDI_CONTROL_CODES) + "]")

# Inside a word too long for its column (an email, a web address, a product code) a line
# breaks after one of these before it breaks between two letters.
BREAK_AFTER = frozenset("@.-_")


def is_rtl_language(language: str) -> bool:
    return language.split("-")[0].split("_")[0].lower() in RTL_LANGUAGES


def has_arabic(text: str) -> bool:
    """True when ``text`` holds any Arabic-script letter (Arabic, Persian, Urdu)."""
    return _ARABIC.search(text) is not None


@lru_cache(maxsize=65536)
def visual_line(line: str) -> str:
    """One already-wrapped line as drawn: Arabic shaped, then reordered; other text unchanged.

    Direction marks are used for the ordering and then dropped, as they have no glyph.
    """
    if not has_arabic(line):
        return line.translate(_BIDI_CONTROLS) if _HAS_BIDI_CONTROL.search(line) else line
    shaped: str = arabic_reshaper.reshape(line)
    display: str = get_display(shaped)
    return display.translate(_BIDI_CONTROLS)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines (logical order) that fit ``width`` points; newlines are kept.

    Widths are measured on the shaped words, as they will be drawn. A word wider than
    ``width`` is broken after an ``@``, or else a ``.``, ``-`` or ``_``, when one falls on
    the line (``ali.hassan@`` / ``example.com``), and between characters otherwise.
    """
    if "\n" not in text and _width(text, font, size) <= width:
        return [" ".join(text.split())]  # most cells: one line, measured once
    lines: list[str] = []
    space = _width(" ", font, size)
    for paragraph in text.split("\n"):
        current: list[str] = []
        used = 0.0
        for word in paragraph.split():
            word_width = _width(word, font, size)
            if word_width > width:
                if current:
                    lines.append(" ".join(current))
                pieces = _break_word(word, font, size, width)
                lines.extend(pieces[:-1])
                current, used = [pieces[-1]], _width(pieces[-1], font, size)
                continue
            extra = word_width + (space if current else 0.0)
            if current and used + extra > width:
                lines.append(" ".join(current))
                current, used = [word], word_width
            else:
                current.append(word)
                used += extra
        lines.append(" ".join(current))
    return lines


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    shown = arabic_reshaper.reshape(text) if has_arabic(text) else text
    return float(stringWidth(shown, font, size))


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """``word`` in pieces no wider than ``width`` (one character at least), ending a piece
    after the last ``@`` that fits, else after the last other separator that fits (see
    :data:`BREAK_AFTER`), else where the width ends: ``amanda.robinson96@`` / ``gmail.com``
    rather than ``amanda.robinson96@gmail.`` / ``com``."""
    pieces: list[str] = []
    rest = word
    while rest and _width(rest, font, size) > width:
        fits = max(1, _fitting_prefix(rest, font, size, width))
        # a piece of one character (a lone separator) says nothing: look from the second on
        at = rest.rfind("@", 1, fits)
        separators = [position for position in range(2, fits) if rest[position - 1] in BREAK_AFTER]
        cut = at + 1 if at > 0 else (separators[-1] if separators else fits)
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest or not pieces:
        pieces.append(rest)
    return pieces


def _fitting_prefix(word: str, font: str, size: float, width: float) -> int:
    """How many leading characters of ``word`` fit in ``width`` points (possibly none)."""
    if not has_arabic(word):
        # reportlab does not kern: a Latin prefix is as wide as its letters together
        widths = accumulate(stringWidth(char, font, size) for char in word)
        return next((count for count, used in enumerate(widths) if used > width), len(word))
    # joining changes an Arabic letter's form (and width) with its neighbours: measure shaped
    low, high = 0, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if _width(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


@dataclass(frozen=True)
class TextStyle:
    size: float = 8.5
    leading: float = 10.5
    bold: bool = False
    rtl: bool = False  # right-aligned (the page is laid out right to left)


class TextBlock(Flowable):  # type: ignore[misc]
    """A light paragraph for table cells and headings: wrapped, shaped and aligned by script.

    Lighter than a platypus Paragraph (no markup). A table asks a cell for its size
    several times at the same width (to measure the row, to split, to draw), so the
    lines are kept for the last width asked.
    """

    def __init__(self, text: str, fonts: ReportFonts, style: TextStyle) -> None:
        super().__init__()
        self.text = text
        self.fonts = fonts
        self.style = style
        self._lines: Sequence[str] = ()
        self._fonts_used: Sequence[str] = ()
        self._width = -1.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style = self.style
        if availWidth != self._width:
            font = self.fonts.pick(arabic=has_arabic(self.text), bold=style.bold)
            logical = wrap(self.text, font, style.size, max(availWidth, 1.0))
            self._lines = [visual_line(line) for line in logical]
            self._fonts_used = [self.fonts.pick(arabic=has_arabic(line), bold=style.bold) for line in logical]
            self._width = availWidth
        return availWidth, style.leading * len(self._lines)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        # Drawn in place, without saving, moving and restoring the graphics state as
        # Flowable.drawOn does: a page holds hundreds of cells, and reportlab keeps every
        # page's drawing commands until the document ends ("page N of M").
        self._draw_at(canvas, self._hAlignAdjust(x, _sW), y)

    def draw(self) -> None:
        self._draw_at(self.canv, 0.0, 0.0)

    def _draw_at(self, canvas: Canvas, x: float, y: float) -> None:
        """All lines in one text object, each right-aligned in a right-to-left block."""
        style = self.style
        baseline = (
            y + style.leading * (len(self._lines) - 1) + (style.leading - style.size) / 2 + style.size * 0.2
        )
        text = None
        for line, font in zip(self._lines, self._fonts_used, strict=True):
            if line:
                text = text or canvas.beginText()
                text.setFont(font, style.size)
                shift = self._width - stringWidth(line, font, style.size) if style.rtl else 0.0
                text.setTextOrigin(x + shift, baseline)
                text.textLine(line)  # its line feed (T*) makes text read back one cell a line
            baseline -= style.leading
        if text is not None:
            canvas.drawText(text)
