"""The contact directory from demo data, in English and Arabic, read back with pypdf."""

from __future__ import annotations

import os
import re
import sqlite3
from collections import defaultdict
from pathlib import Path

import arabic_reshaper  # type: ignore[import-untyped]
import pytest
from bidi import get_display  # type: ignore[import-untyped]
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from crm_desktop.domain.errors import CrmError
from crm_desktop.i18n import set_language
from crm_desktop.reports import contact_directory
from crm_desktop.reports.document import ReportDocument
from crm_desktop.reports.fonts import register_fonts
from crm_desktop.reports.registry import REPORTS, report
from crm_desktop.reports.request import ReportRequest
from crm_desktop.reports.text import has_arabic, visual_line, wrap
from crm_desktop.services.crm import Crm
from crm_desktop.services.records import ListQuery
from crm_desktop.services.settings import BusinessSettings
from tests.reports.pdf_text import as_extracted


@pytest.fixture(scope="module")
def english(demo: Crm, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    out = tmp_path_factory.mktemp("en") / "directory.pdf"
    result = contact_directory.build(demo, out, ReportRequest(language="en"))
    return out, result.pages


@pytest.fixture(scope="module")
def arabic(demo: Crm, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    out = tmp_path_factory.mktemp("ar") / "directory.pdf"
    set_language("ar")
    try:
        result = contact_directory.build(demo, out, ReportRequest(language="ar"))
    finally:
        set_language(None)
    return out, result.pages


def _text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _names(crm: Crm) -> list[str]:
    ids = crm.contacts.ids(ListQuery(sort="name"))
    return [row.display_name for row in crm.contacts.rows(ids)]


def test_english_pages_are_numbered_and_hold_every_name(demo: Crm, english: tuple[Path, int]) -> None:
    path, pages = english
    texts = _text(path)
    assert len(texts) == pages > 1
    assert f"page 1 of {pages}" in texts[0]
    assert f"page {pages} of {pages}" in texts[-1]
    assert all("Demo Trading Co." in text for text in texts)
    everything = "\n".join(texts)
    latin = [name for name in _names(demo) if not has_arabic(name)]
    assert latin
    for name in latin:
        assert name in everything


def test_english_groups_by_folded_first_letter(demo: Crm, english: tuple[Path, int]) -> None:
    texts = "\n".join(_text(english[0]))
    letters = {contact_directory.group_letter(name) for name in _names(demo)}
    headings = [line.strip() for line in texts.splitlines() if re.fullmatch(r"\s*\S\s*", line)]
    for letter in letters:
        if not has_arabic(letter):
            assert letter in headings
    assert any(has_arabic(heading) for heading in headings)
    assert contact_directory.group_letter("Çağlar") == "C"
    assert contact_directory.group_letter("ömer") == "O"


def _methods_by_contact(crm: Crm, kind: str) -> dict[str, list[str]]:
    """Every live email (or phone) of each contact, straight from the database file."""
    connection = sqlite3.connect(f"file:{crm.ctx.db.path}?mode=ro", uri=True)
    try:
        found: dict[str, list[str]] = defaultdict(list)
        for contact_id, value in connection.execute(
            "SELECT contact_id, value FROM contact_methods "
            "WHERE kind = ? AND contact_id IS NOT NULL AND deleted_at IS NULL",
            (kind,),
        ):
            found[contact_id].append(value)
        return found
    finally:
        connection.close()


def test_every_phone_and_email_of_a_contact_is_listed(demo: Crm, english: tuple[Path, int]) -> None:
    lines = [line.strip() for text in _text(english[0]) for line in text.splitlines()]
    joined = "".join(lines)  # an email broken over two lines reads whole again
    phones = _methods_by_contact(demo, "phone")
    emails = _methods_by_contact(demo, "email")
    several_phones = [values for values in phones.values() if len(values) > 1]
    several_emails = [values for values in emails.values() if len(values) > 1]
    assert several_phones and several_emails  # the demo has contacts with more than one of each
    for values in several_phones:
        for phone in values:
            assert phone in lines  # one a line
    for values in [*several_emails, *emails.values()]:
        for email in values:
            assert email in joined


def test_long_emails_break_after_the_at_sign_or_a_dot(demo: Crm, english: tuple[Path, int]) -> None:
    fonts = register_fonts()
    frame_width = ReportDocument("x", BusinessSettings(), "en").frame_width
    weights = [column.weight for column in contact_directory.columns()]
    email_width = frame_width * weights[3] / sum(weights) - 6  # less the cell padding
    lines = [line.strip() for text in _text(english[0]) for line in text.splitlines()]
    long = sorted(
        {
            email
            for values in _methods_by_contact(demo, "email").values()
            for email in values
            if stringWidth(email, fonts.latin, 8.5) > email_width
        }
    )
    assert long
    for email in long:
        # its first line: the longest line the email starts with ("sa", the end of another, is not)
        first = max((line for line in lines if line and email.startswith(line)), key=len)
        assert first != email and first[-1] in "@.-_", (email, first)


def test_arabic_names_are_shaped_in_visual_order(demo: Crm, arabic: tuple[Path, int]) -> None:
    path, pages = arabic
    texts = _text(path)
    assert len(texts) == pages
    everything = "\n".join(texts)
    arabic_names = [name for name in _names(demo) if has_arabic(name)]
    assert arabic_names
    name = arabic_names[0]
    expected = get_display(arabic_reshaper.reshape(name))
    assert expected != name  # presentation forms, reversed
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in expected)
    # pypdf turns right-to-left runs back into logical order, so the shaped forms are
    # found in logical order; the visual order drawn is checked on visual_line below
    assert as_extracted(name) in everything
    assert visual_line(name) == expected
    assert "Demo Trading Co." in texts[0]


def test_latin_email_keeps_its_order_inside_an_arabic_line() -> None:
    fonts = register_fonts()
    line = "راسلنا على sales@example.com أو 0501234567"
    (only,) = wrap(line, fonts.arabic, 9, 1000)
    shown = visual_line(only)
    assert "sales@example.com" in shown
    assert "0501234567" in shown
    # the first word of the logical line is drawn at the right end
    assert shown.endswith(get_display(arabic_reshaper.reshape("راسلنا")))


def test_wrapping_happens_before_reordering() -> None:
    fonts = register_fonts()
    text = "محمد العتيبي يعمل في شركة النور للتجارة والمقاولات في الرياض"
    lines = wrap(text, fonts.arabic, 9, 80)
    assert len(lines) > 1
    assert " ".join(lines) == text  # logical order kept across lines
    assert lines[0].startswith("محمد")


def test_filters_and_grouping_by_company(demo: Crm, tmp_path: Path) -> None:
    out = tmp_path / "customers.pdf"
    result = contact_directory.build(
        demo, out, ReportRequest(filters={"lifecycle": "customer"}, group_by="company")
    )
    text = "\n".join(_text(out))
    expected = demo.contacts.rows(demo.contacts.ids(ListQuery(filters={"lifecycle": "customer"})))
    assert expected
    for row in expected:
        assert as_extracted(row.display_name) in text
        if row.company_name:
            assert as_extracted(row.company_name) in text
    assert result.pages >= 1
    with pytest.raises(CrmError, match="lifecycle"):
        contact_directory.build(demo, tmp_path / "x.pdf", ReportRequest(filters={"lifecycle": "nobody"}))
    with pytest.raises(CrmError, match="colour"):
        contact_directory.build(demo, tmp_path / "x.pdf", ReportRequest(filters={"colour": "red"}))
    assert not (tmp_path / "x.pdf").exists()


def test_registry_lists_the_directory() -> None:
    info = report("contact-directory")
    assert "tag" in info.filters and "search" in info.filters
    assert REPORTS["contact-directory"] is info
    with pytest.raises(CrmError, match="no report"):
        report("nothing")


def test_missing_folder_gives_an_error_and_no_file(demo: Crm, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.pdf"
    with pytest.raises(CrmError, match="does not exist"):
        contact_directory.build(demo, target)
    assert not target.parent.exists()


def test_a_folder_as_target_gives_an_error(demo: Crm, tmp_path: Path) -> None:
    with pytest.raises(CrmError, match="folder"):
        contact_directory.build(demo, tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder_gives_an_error_and_no_file(demo: Crm, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(CrmError, match="Cannot write"):
            contact_directory.build(demo, folder / "out.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_failure_while_building_leaves_no_partial_file(
    demo: Crm, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("crm_desktop.reports.document.os.replace", broken)
    with pytest.raises(CrmError, match="No space left"):
        contact_directory.build(demo, tmp_path / "out.pdf")
    assert list(tmp_path.iterdir()) == []


def test_missing_or_broken_logo_is_left_out_with_a_warning(demo: Crm, tmp_path: Path) -> None:
    demo.settings.update(logo_path=str(tmp_path / "no-such-logo.png"))
    try:
        result = contact_directory.build(demo, tmp_path / "a.pdf")
        assert result.path.exists()
        assert len(result.warnings) == 1 and "no-such-logo.png" in result.warnings[0]
        broken = tmp_path / "broken.png"
        broken.write_bytes(b"not an image")
        demo.settings.update(logo_path=str(broken))
        result = contact_directory.build(demo, tmp_path / "b.pdf")
        assert result.path.exists()
        assert "not an image" in result.warnings[0]
    finally:
        demo.settings.update(logo_path="")
