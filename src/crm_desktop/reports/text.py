"""Right-to-left text for reports: wrap first, then shape and reorder each line.

reportlab draws glyphs left to right as given. Arabic and Persian text is
therefore wrapped in logical order to the column width, and only then is each
line shaped (arabic-reshaper: the presentation forms joining letters take) and
put in visual order (python-bidi), so Latin emails, numbers and product codes
inside an Arabic line keep their own left-to-right order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import arabic_reshaper  # type: ignore[import-untyped]
from bidi import get_display  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from crm_desktop.reports.fonts import ReportFonts

RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "he"})


def is_rtl_language(language: str) -> bool:
    return language.split("-")[0].split("_")[0].lower() in RTL_LANGUAGES


def _is_arabic_char(char: str) -> bool:
    code = ord(char)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def has_arabic(text: str) -> bool:
    """True when ``text`` holds any Arabic-script letter (Arabic, Persian, Urdu)."""
    return any(_is_arabic_char(c) for c in text)


# Direction marks and isolates (Babel puts U+200F in Arabic dates and amounts, Money isolates
# currency symbols): they steer the bidi algorithm but have no glyph, and a PDF would draw a box.
_BIDI_CONTROLS = dict.fromkeys([0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)], None)


@lru_cache(maxsize=65536)
def visual_line(line: str) -> str:
    """One already-wrapped line as drawn: Arabic shaped, then reordered; other text unchanged.

    Direction marks are used for the ordering and then dropped, as they have no glyph.
    """
    if not has_arabic(line):
        return line.translate(_BIDI_CONTROLS)
    shaped: str = arabic_reshaper.reshape(line)
    display: str = get_display(shaped)
    return display.translate(_BIDI_CONTROLS)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines (logical order) that fit ``width`` points; newlines are kept.

    Widths are measured on the shaped words, as they will be drawn. A word wider than
    ``width`` is broken between characters.
    """
    lines: list[str] = []
    space = stringWidth(" ", font, size)
    for paragraph in text.split("\n"):
        current: list[str] = []
        used = 0.0
        for word in paragraph.split():
            word_width = _width(word, font, size)
            if word_width > width:
                if current:
                    lines.append(" ".join(current))
                    current, used = [], 0.0
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


def _width(word: str, font: str, size: float) -> float:
    shown = arabic_reshaper.reshape(word) if has_arabic(word) else word
    return float(stringWidth(shown, font, size))


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and _width(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    pieces.append(current)
    return pieces


@dataclass(frozen=True)
class TextStyle:
    size: float = 8.5
    leading: float = 10.5
    bold: bool = False
    rtl: bool = False  # right-aligned (the page is laid out right to left)


class TextBlock(Flowable):  # type: ignore[misc]
    """A light paragraph for table cells and headings: wrapped, shaped and aligned by script.

    Lighter than a platypus Paragraph (no markup), so a 100,000-row table stays small.
    """

    def __init__(self, text: str, fonts: ReportFonts, style: TextStyle) -> None:
        super().__init__()
        self.text = text
        self.fonts = fonts
        self.style = style
        self._lines: Sequence[str] = ()
        self._fonts_used: Sequence[str] = ()
        self._width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style = self.style
        font = self.fonts.pick(arabic=has_arabic(self.text), bold=style.bold)
        logical = wrap(self.text, font, style.size, max(availWidth, 1.0))
        self._lines = [visual_line(line) for line in logical]
        self._fonts_used = [self.fonts.pick(arabic=has_arabic(line), bold=style.bold) for line in logical]
        self._width = availWidth
        return availWidth, style.leading * len(self._lines)

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        y = style.leading * (len(self._lines) - 1) + (style.leading - style.size) / 2 + style.size * 0.2
        for line, font in zip(self._lines, self._fonts_used, strict=True):
            canvas.setFont(font, style.size)
            if style.rtl:
                canvas.drawRightString(self._width, y, line)
            else:
                canvas.drawString(0, y, line)
            y -= style.leading
