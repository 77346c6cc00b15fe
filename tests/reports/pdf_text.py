"""Building a report in a language and reading its PDF back with pypdf, for the report tests.

pypdf gives Arabic back as the shaped presentation forms that were drawn, each Arabic
run in logical order, but leaves the Latin words and numbers around it where they
were drawn; direction marks are not drawn at all. The helpers here compare cells
with what comes back on those terms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC
from pathlib import Path
from typing import Protocol

import arabic_reshaper  # type: ignore[import-untyped]
from pypdf import PdfReader

from crm_desktop.i18n import set_language
from crm_desktop.reports.document import BuildResult
from crm_desktop.reports.formatting import ReportFormat
from crm_desktop.reports.request import ReportRequest
from crm_desktop.reports.text import has_arabic, visual_line
from crm_desktop.services.crm import Crm

# Direction marks and isolates: never drawn, so never read back
CONTROLS = dict.fromkeys([0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)], None)
# numbers and the words around them, however spaced ("SAR 150.00" may come back as "SAR150.00")
_TOKEN = re.compile(r"[\d.,]+|[^\s\d.,]+")
_RTL_MARK = re.compile("[\u200f\u061c]")


class Builder(Protocol):
    def __call__(self, crm: Crm, output: Path | str, request: ReportRequest) -> BuildResult: ...


def build_in(build: Builder, crm: Crm, out: Path, request: ReportRequest) -> BuildResult:
    """A report built with the catalogue of ``request.language`` (English: none), as the CLI does."""
    set_language(None if request.language == "en" else request.language)
    try:
        return build(crm, out, request)
    finally:
        set_language(None)


def report_format(crm: Crm, language: str) -> ReportFormat:
    """The formats the report uses in ``language`` (the demo's clock is UTC)."""
    return ReportFormat.of(crm.settings.get(), language, UTC)


def pdf_text(path: Path) -> str:
    """Every page's text, one after the other."""
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def flat_text(path: Path) -> str:
    """The PDF's text with all whitespace made single spaces (wrapped cells join up again)."""
    return " ".join(pdf_text(path).split())


def clean(text: str) -> str:
    return text.translate(CONTROLS).replace("\xa0", " ").strip()


def pdf_lines(path: Path) -> list[str]:
    """The PDF's lines (a table cell is one), without marks or no-break spaces."""
    return [clean(line) for page in PdfReader(path).pages for line in page.extract_text().splitlines()]


def as_extracted(text: str) -> str:
    """How pypdf reads a drawn line back: Arabic as shaped presentation forms in logical order;
    a line of digits with right-to-left marks (an Arabic date or amount) as drawn, right to left."""
    if has_arabic(text):
        return str(arabic_reshaper.reshape(text))
    return visual_line(text, True) if _RTL_MARK.search(text) else text


def words(text: str) -> tuple[str, ...]:
    """A cell's words in any order, Arabic shaped (see the module's note on word order)."""
    text = clean(text)
    if has_arabic(text):
        # the "·" between two names may come back glued to an Arabic word
        text = str(arabic_reshaper.reshape(text)).replace("·", " · ")
    return tuple(sorted(_TOKEN.findall(text)))


def row_count(lines: Sequence[str], cells: Sequence[str], *, rtl: bool) -> int:
    """How often the (non-empty) cells stand on consecutive lines (mirrored: last cell first)."""
    wanted = [words(cell) for cell in cells if cell]
    if rtl:
        wanted.reverse()
    read = [words(line) for line in lines]
    return sum(1 for i in range(len(read)) if read[i : i + len(wanted)] == wanted)
