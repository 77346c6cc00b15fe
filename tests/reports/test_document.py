"""The page frame of every report: headings kept with what follows, every glyph in its font."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from crm_desktop.reports.document import Column, ReportDocument
from crm_desktop.reports.fonts import font_characters, register_fonts
from crm_desktop.reports.registry import REPORTS, ReportInfo
from crm_desktop.reports.request import CASE, CONTACT, DEAL, ReportRequest
from crm_desktop.services.crm import Crm
from crm_desktop.services.settings import BusinessSettings
from tests.reports.pdf_text import build_in

HEADING = "Section"


def _last_lines(path: Path) -> list[str]:
    """Each page's last line of body text (the footer, drawn after the body, is left out)."""
    last: list[str] = []
    for page in PdfReader(path).pages:
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        body = [line for line in lines if not line.startswith("page ") and line != "Headings"]
        last.append(body[-1])
    return last


@pytest.mark.parametrize("filler", range(0, 60, 3))
def test_a_heading_never_ends_a_page(tmp_path: Path, filler: int) -> None:
    """Tables of a few rows under headings, shifted down the page a line at a time, so that
    some heading falls at the bottom of a page for every shift."""
    document = ReportDocument("Headings", BusinessSettings(business_name="Test Shop"), "en")
    for line in range(filler):
        document.paragraph(f"Line {line}")
    for number in range(40):
        document.heading(f"{HEADING} {number}")
        document.table([Column("Name"), Column("Count", numeric=True)], [[f"row {number}", "1"]] * 3)
    out = tmp_path / "headings.pdf"
    assert document.build(out).pages > 1
    for last in _last_lines(out):
        assert not last.startswith(HEADING), last


def _font_characters_by_name() -> dict[str, frozenset[str]]:
    """The characters of each report font by the name a PDF gives it (its PostScript name)."""
    fonts = register_fonts()
    found: dict[str, frozenset[str]] = {}
    for name in (fonts.latin, fonts.latin_bold, fonts.arabic, fonts.arabic_bold):
        ps_name = pdfmetrics.getFont(name).face.name.decode()
        characters = font_characters(name)
        assert characters is not None
        found[ps_name] = found.get(ps_name, frozenset()) | characters
    return found


def _request(sql: sqlite3.Connection, info: ReportInfo, language: str) -> ReportRequest:
    """A report's request; one about a record gets the demo's busiest such record."""
    ids: dict[str, str] = {}
    if CONTACT in info.needs:
        # the last activity a stage change: its subject holds "→", which no report font has
        ids["contact_id"] = sql.execute(
            "SELECT contact_id FROM activities WHERE deleted_at IS NULL AND contact_id IS NOT NULL "
            "AND kind = 'stage_change' ORDER BY occurred_at DESC LIMIT 1"
        ).fetchone()[0]
    if DEAL in info.needs:
        ids["deal_id"] = sql.execute(
            "SELECT deal_id FROM deal_lines GROUP BY deal_id ORDER BY count(*) DESC, deal_id LIMIT 1"
        ).fetchone()[0]
    if CASE in info.needs:
        ids["case_id"] = sql.execute(
            "SELECT id FROM cases WHERE deleted_at IS NULL ORDER BY length(description) DESC, id LIMIT 1"
        ).fetchone()[0]
    return ReportRequest(language=language, **ids)


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("name", sorted(REPORTS))
def test_every_character_of_the_demo_reports_is_in_the_font_it_is_drawn_with(
    demo: Crm, sql: sqlite3.Connection, tmp_path: Path, name: str, language: str
) -> None:
    """A character a font lacks would print as a box (it reads back as NUL) or not at all."""
    info = REPORTS[name]
    out = tmp_path / f"{name}-{language}.pdf"
    build_in(info.build, demo, out, _request(sql, info, language))
    fonts = _font_characters_by_name()
    missing: set[tuple[str, str]] = set()

    def visit(text: str, _cm: object, _tm: object, font: dict[str, str] | None, _size: object) -> None:
        if not font or not text.strip():
            return
        base = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]
        if base not in fonts:
            return  # reportlab's own Helvetica, set before any text is drawn
        # reportlab draws a character its font lacks as glyph 0, which reads back as NUL
        missing.update(
            (char, base)
            for char in text
            if char == "\x00" or (not char.isspace() and char not in fonts[base])
        )

    drawn = 0
    for page in PdfReader(out).pages:
        page.extract_text(visitor_text=visit)
        drawn += 1
    assert drawn >= 1
    assert not missing, sorted(missing)
