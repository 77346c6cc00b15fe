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
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate

import arabic_reshaper  # type: ignore[import-untyped]
from bidi import get_base_level, get_display  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from crm_desktop.reports.fonts import ReportFonts, fallback_font, font_characters, register_fonts

RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "he"})

# Arabic, Arabic Supplement, Arabic Extended-A and the two presentation-form blocks
_ARABIC_LETTERS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_ARABIC = re.compile(f"[{_ARABIC_LETTERS}]")

# Direction marks and isolates (Babel puts U+200F in Arabic dates and amounts, Money isolates
# currency symbols): they steer the bidi algorithm but have no glyph, and a PDF would draw a box.
_BIDI_CONTROL_CODES = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_BIDI_CONTROLS = dict.fromkeys(_BIDI_CONTROL_CODES, None)
_HAS_BIDI_CONTROL = re.compile("[" + "".join(chr(code) for code in _BIDI_CONTROL_CODES) + "]")
# The right-to-left marks: an Arabic date ("23\u200f/11\u200f/2026") holds no letter, only these
_RTL_MARK = re.compile("[\u200f\u061c]")
# What makes a line go through the bidi algorithm: an Arabic letter or a right-to-left mark
_NEEDS_BIDI = re.compile(f"[{_ARABIC_LETTERS}\u200f\u061c]")

# Characters with the Bidi_Mirrored property that the report fonts draw: brackets, angle
# brackets and quotation marks. In a right-to-left run each is drawn as its pair, as a reader
# of Arabic expects "(" to open a bracket on the right; python-bidi only reorders.
MIRRORED = {
    **dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True)),
    "\u2045": "\u2046",
    "\u2046": "\u2045",
}
_HAS_MIRRORED = re.compile("[" + re.escape("".join(MIRRORED)) + "]")
_LEVEL = re.compile(r"Level\(\s*(\d+)")
# Bidi classes that rule L1 puts back to the paragraph's level at the end of a line
_TRAILING_CLASSES = frozenset({"WS", "FSI", "LRI", "RLI", "PDI", "LRE", "RLE", "LRO", "RLO", "PDF", "BN"})

# Characters neither report font has, drawn as the nearest text both have. "->" rather than a
# guillemet: its ">" is mirrored in a right-to-left run, so the arrow points the way the line reads.
SUBSTITUTES = {
    "\u2192": "->",  # →
    "\u2190": "<-",  # ←
    "\u2194": "<->",  # ↔
    "\u21d2": "=>",  # ⇒
    "\u21d0": "<=",  # ⇐
    "\t": " ",
}
UNKNOWN = "?"  # a character no font has and nothing stands for

# Inside a word too long for its column (an email, a web address, a product code) a line
# breaks after one of these before it breaks between two letters.
BREAK_AFTER = frozenset("@.-_")


# Phones, emails, codes and websites inside a right-to-left line: isolated as a left-to-right
# run, or the bidi algorithm reverses the groups of "+966 50 123 4567" (the marks are dropped
# when the line is drawn)
_LRI, _PDI = "\u2066", "\u2069"


def ltr(text: str) -> str:
    """``text`` isolated as a left-to-right run (nothing for nothing)."""
    return f"{_LRI}{text}{_PDI}" if text else ""


def is_rtl_language(language: str) -> bool:
    return language.split("-")[0].split("_")[0].lower() in RTL_LANGUAGES


def has_arabic(text: str) -> bool:
    """True when ``text`` holds any Arabic-script letter (Arabic, Persian, Urdu)."""
    return _ARABIC.search(text) is not None


def reads_right_to_left(text: str, *, rtl: bool) -> bool:
    """Whether a line takes a right-to-left base direction: one holding a right-to-left mark
    (an Arabic date or amount) always, one holding an Arabic letter on a right-to-left page."""
    return _RTL_MARK.search(text) is not None or (rtl and has_arabic(text))


@lru_cache(maxsize=65536)
def visual_line(line: str, rtl: bool = False) -> str:
    """One already-wrapped line as drawn: Arabic shaped, then reordered; other text unchanged.

    ``rtl``: the line stands on a right-to-left page, so a line with an Arabic letter in it
    reads from the right even when it starts with a Latin word ("Riyadh, ..." in an Arabic
    address); on a left-to-right page its first strong character decides. A line with a
    right-to-left mark always reads from the right, as Qt shows it (Arabic dates and amounts).
    Brackets in right-to-left runs are mirrored; characters no report font has are replaced
    (:func:`printable`); direction marks are used for the ordering and then dropped, as they
    have no glyph.
    """
    line = printable(line)
    if _NEEDS_BIDI.search(line) is None:
        return line.translate(_BIDI_CONTROLS) if _HAS_BIDI_CONTROL.search(line) else line
    shaped: str = arabic_reshaper.reshape(line) if has_arabic(line) else line
    base = "R" if reads_right_to_left(line, rtl=rtl) else None
    if _HAS_MIRRORED.search(shaped) is None:
        display: str = get_display(shaped, base_dir=base)
    else:
        display = _reordered_and_mirrored(shaped, base)
    return display.translate(_BIDI_CONTROLS)


def _reordered_and_mirrored(text: str, base: str | None) -> str:
    """``text`` in visual order with rule L4 applied: python-bidi's ``get_display`` reorders but
    draws "(" as "(" in a right-to-left run. Its resolved levels (the debug form, one level a
    UTF-8 byte) are reordered here by rules L1 and L2, mirroring each character at an odd level."""
    report = str(get_display(text, base_dir=base, debug=True))
    start, end = report.find("levels:"), report.find("paragraphs:")
    per_byte = [int(level) for level in _LEVEL.findall(report[start:end])] if 0 <= start < end else []
    if len(per_byte) != len(text.encode()):
        return str(get_display(text, base_dir=base))  # a python-bidi that reports otherwise
    levels: list[int] = []
    offset = 0
    for char in text:
        levels.append(per_byte[offset])
        offset += len(char.encode())
    paragraph = 1 if base == "R" else int(get_base_level(text))
    # L1: whitespace and isolates ending the line take the paragraph's level
    for index in range(len(text) - 1, -1, -1):
        if unicodedata.bidirectional(text[index]) not in _TRAILING_CLASSES:
            break
        levels[index] = paragraph
    # L2: from the highest level to the lowest odd one, reverse each run at that level or above
    order = list(range(len(text)))
    lowest_odd = min((level for level in levels if level % 2), default=None)
    if lowest_odd is not None:
        for level in range(max(levels), lowest_odd - 1, -1):
            index = 0
            while index < len(order):
                if levels[order[index]] < level:
                    index += 1
                    continue
                end_run = index
                while end_run < len(order) and levels[order[end_run]] >= level:
                    end_run += 1
                order[index:end_run] = reversed(order[index:end_run])
                index = end_run
    # L4: mirrored glyphs in right-to-left runs
    return "".join(
        MIRRORED.get(text[index], text[index]) if levels[index] % 2 else text[index] for index in order
    )


def printable(text: str) -> str:
    """``text`` with each character that no report font can draw replaced (see :data:`SUBSTITUTES`),
    so no box or gap is printed: its compatibility form when the fonts have that (``ﬁ`` as ``fi``),
    else :data:`UNKNOWN`. Direction marks and line breaks are kept (they are not drawn)."""
    known = _drawable()
    if known.issuperset(text):
        return text
    out: list[str] = []
    for char in text:
        if char in known or char == "\n" or char in _BIDI_CONTROL_CHARS:
            out.append(char)
        elif char in SUBSTITUTES:
            out.append(SUBSTITUTES[char])
        else:
            compatible = unicodedata.normalize("NFKD", char)
            base = "".join(part for part in compatible if part in known)
            out.append(base or UNKNOWN)
    return "".join(out)


_BIDI_CONTROL_CHARS = frozenset(chr(code) for code in _BIDI_CONTROL_CODES)


@cache
def _drawable() -> frozenset[str]:
    """Every character one of the report fonts has a glyph for."""
    fonts = register_fonts()
    return frozenset().union(*(font_characters(name) or frozenset() for name in (fonts.latin, fonts.arabic)))


@lru_cache(maxsize=65536)
def font_runs(line: str, font: str) -> tuple[tuple[str, str], ...]:
    """``line`` (as drawn) in pieces, each with a font that has its glyphs: ``font``, and the
    report font of the other script for the characters ``font`` lacks (a Cyrillic name in an
    Arabic line). Spaces stay with the piece they follow."""
    own = font_characters(font)
    if own is None or own.issuperset(line):
        return ((line, font),)
    other = fallback_font(font)
    theirs = font_characters(other) if other else None
    runs: list[tuple[str, str]] = []
    for char in line:
        if runs and char == " ":
            chosen = runs[-1][1]
        elif char in own or other is None or theirs is None or char not in theirs:
            chosen = font
        else:
            chosen = other
        if runs and runs[-1][1] == chosen:
            runs[-1] = (runs[-1][0] + char, chosen)
        else:
            runs.append((char, chosen))
    return tuple(runs)


def line_width(line: str, font: str, size: float) -> float:
    """How wide ``line`` (as drawn) is in ``font``, its fallback drawing what ``font`` lacks."""
    return sum(float(stringWidth(text, name, size)) for text, name in font_runs(line, font))


def draw_line(
    canvas: Canvas, x: float, y: float, line: str, font: str, size: float, *, anchor: str = "start"
) -> None:
    """Draw one visual line (see :func:`visual_line`) with its left end (``anchor`` "start"), right
    end ("end") or middle ("middle") at ``x``, each piece in a font that has its glyphs."""
    runs = font_runs(line, font)
    width = sum(float(stringWidth(text, name, size)) for text, name in runs)
    left = x - width if anchor == "end" else x - width / 2 if anchor == "middle" else x
    for text, name in runs:
        canvas.setFont(name, size)
        canvas.drawString(left, y, text)
        left += float(stringWidth(text, name, size))


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines (logical order) that fit ``width`` points; newlines are kept.

    Widths are measured on the shaped words, as they will be drawn. A word wider than
    ``width`` is broken after an ``@``, or else a ``.``, ``-`` or ``_``, when one falls on
    the line (``ali.hassan@`` / ``example.com``), and between characters otherwise.
    """
    text = printable(text)
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
    return line_width(shown, font, size)


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
        widths = accumulate(line_width(char, font, size) for char in word)
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
    align_right: bool = False  # text and names on a right-to-left page, numbers on a left-to-right one
    rtl: bool = False  # the page reads right to left: a line with Arabic in it reads from the right


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
        self._lines: Sequence[tuple[tuple[str, str], ...]] = ()  # each line's pieces and their fonts
        self._line_widths: Sequence[float] = ()
        self._width = -1.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style = self.style
        if availWidth != self._width:
            font = self.fonts.pick(arabic=has_arabic(self.text), bold=style.bold)
            logical = wrap(self.text, font, style.size, max(availWidth, 1.0))
            self._lines = [
                font_runs(
                    visual_line(line, style.rtl), self.fonts.pick(arabic=has_arabic(line), bold=style.bold)
                )
                for line in logical
            ]
            self._line_widths = [
                sum(float(stringWidth(text, name, style.size)) for text, name in runs) for runs in self._lines
            ]
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
        """All lines in one text object, each right-aligned when the style says so."""
        style = self.style
        baseline = (
            y + style.leading * (len(self._lines) - 1) + (style.leading - style.size) / 2 + style.size * 0.2
        )
        text = None
        for runs, width in zip(self._lines, self._line_widths, strict=True):
            if runs[0][0] or len(runs) > 1:
                text = text or canvas.beginText()
                shift = self._width - width if style.align_right else 0.0
                text.setTextOrigin(x + shift, baseline)
                for piece, font in runs[:-1]:
                    text.setFont(font, style.size)
                    text.textOut(piece)
                piece, font = runs[-1]
                text.setFont(font, style.size)
                text.textLine(piece)  # its line feed (T*) makes text read back one cell a line
            baseline -= style.leading
        if text is not None:
            canvas.drawText(text)
