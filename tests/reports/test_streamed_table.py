"""ReportDocument.table over many pages: header on each page, every row once, total last."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import KeepTogether, Spacer

from crm_desktop.reports.document import Column, ReportDocument
from crm_desktop.services.settings import BusinessSettings

ROWS = 700


def _document() -> ReportDocument:
    return ReportDocument("Rows", BusinessSettings(business_name="Test Shop"), "en")


def _pages(path: Path) -> list[list[str]]:
    return [[line.strip() for line in page.extract_text().splitlines()] for page in PdfReader(path).pages]


def test_rows_are_read_as_pages_are_laid_out_and_each_is_printed_once(tmp_path: Path) -> None:
    read: list[int] = []

    def rows() -> Iterator[tuple[str, str]]:
        for number in range(1, ROWS + 1):
            read.append(number)
            # every tenth row is three lines tall: rows of different heights still fit whole
            yield f"row-{number:04d}", "\n".join(["x"] * (3 if number % 10 == 0 else 1))

    document = _document()
    document.table([Column("Name"), Column("Amount", numeric=True)], rows(), total=["Total", "700"])
    assert read == []  # nothing read before the build
    result = document.build(tmp_path / "rows.pdf")
    pages = _pages(result.path)
    assert len(pages) == result.pages > 10
    printed = [
        int(match.group(1))
        for page in pages
        for line in page
        if (match := re.fullmatch(r"row-(\d{4})", line))
    ]
    assert printed == list(range(1, ROWS + 1))
    for page in pages:
        assert "Name" in page and "Amount" in page  # the header on every page
    assert [i for i, page in enumerate(pages) for line in page if line == "Total"] == [len(pages) - 1]
    last_rows = [line for line in pages[-1] if line.startswith("row-")]
    assert last_rows  # the total is not alone on the last page


def test_a_total_that_does_not_fit_takes_the_last_row_with_it(tmp_path: Path) -> None:
    document = _document()
    document.table([Column("Name")], [(f"row-{n:04d}",) for n in range(1, 200)], total=["Total"])
    rows_per_page = [
        sum(line.startswith("row-") for line in page)
        for page in _pages(document.build(tmp_path / "a.pdf").path)
    ]
    full = rows_per_page[0]
    # as many rows as make the total the first line of a new page: it moves with a row
    document = _document()
    count = full * 2
    document.table([Column("Name")], [(f"row-{n:04d}",) for n in range(1, count + 1)], total=["Total"])
    pages = _pages(document.build(tmp_path / "b.pdf").path)
    assert len(pages) == 3 and "Total" in pages[-1]
    assert sum(line.startswith("row-") for line in pages[-1]) == 1
    assert sum(line.startswith("row-") for page in pages for line in page) == count


def test_a_heading_kept_with_a_long_table_stays_on_the_page_with_its_first_rows(tmp_path: Path) -> None:
    document = _document()
    document.add(Spacer(1, 500))  # about two thirds of the page used
    document.table([Column("Name")], [(f"row-{n:04d}",) for n in range(1, 300)])
    table = document.story.pop()
    document.add(KeepTogether([document.text("Heading"), table]))
    pages = _pages(document.build(tmp_path / "kept.pdf").path)
    first = pages[0]
    assert "Heading" in first
    assert "row-0001" in first and "row-0003" in first  # not pushed to the next page
    assert sum(line.startswith("row-") for page in pages for line in page) == 299
