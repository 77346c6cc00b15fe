"""Wrapping, shaping and the TextBlock of reports/text.py, measured with reportlab directly."""

from __future__ import annotations

import arabic_reshaper  # type: ignore[import-untyped]
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

import crm_desktop.reports.text as text_module
from crm_desktop.reports.fonts import ReportFonts, register_fonts
from crm_desktop.reports.text import TextBlock, TextStyle, has_arabic, visual_line, wrap

SIZE = 8.5


@pytest.fixture(scope="module")
def fonts() -> ReportFonts:
    return register_fonts()


def width_of(text: str, font: str) -> float:
    return float(stringWidth(text, font, SIZE))


def test_a_long_email_breaks_after_the_at_sign(fonts: ReportFonts) -> None:
    email = "christopher.wright@collinslogisticsgroup887.com"
    width = width_of("collinslogisticsgroup887.com", fonts.latin)
    assert width_of(email[:28], fonts.latin) <= width < width_of(email, fonts.latin)  # "@" falls on line 1
    assert wrap(email, fonts.latin, SIZE, width) == ["christopher.wright@", "collinslogisticsgroup887.com"]


def test_the_at_sign_wins_over_a_later_dot(fonts: ReportFonts) -> None:
    email = "amanda.robinson96@gmail.com"
    width = width_of("amanda.robinson96@gmail.", fonts.latin) + 0.01
    assert wrap(email, fonts.latin, SIZE, width) == ["amanda.robinson96@", "gmail.com"]


def test_without_an_at_sign_on_the_line_it_breaks_after_a_dot(fonts: ReportFonts) -> None:
    email = "abdullah.mohammed.alqahtani@example.com"
    width = width_of("abdullah.mohammed.alq", fonts.latin)
    lines = wrap(email, fonts.latin, SIZE, width)
    assert lines[0] == "abdullah.mohammed."
    assert "".join(lines) == email
    assert all(width_of(line, fonts.latin) <= width for line in lines)


@pytest.mark.parametrize("separator", ["-", "_"])
def test_hyphens_and_underscores_are_break_points_too(fonts: ReportFonts, separator: str) -> None:
    code = separator.join(["ALPHA", "BRAVO", "CHARLIE", "DELTA"])
    width = width_of("ALPHA-BRAVO-CHA", fonts.latin)
    lines = wrap(code, fonts.latin, SIZE, width)
    assert lines[0] == f"ALPHA{separator}BRAVO{separator}"
    assert "".join(lines) == code


def test_a_word_without_break_points_is_broken_between_letters(fonts: ReportFonts) -> None:
    word = "x" * 60
    width = width_of("x" * 20, fonts.latin) + 0.01
    assert wrap(word, fonts.latin, SIZE, width) == ["x" * 20] * 3


def test_a_break_point_at_the_start_is_not_used(fonts: ReportFonts) -> None:
    # breaking after the first character would leave a line of one dot
    word = ".abcdefghijklmnopqrstuvwxyz"
    width = width_of(".abcdefghij", fonts.latin) + 0.01
    assert wrap(word, fonts.latin, SIZE, width)[0] == ".abcdefghij"


def test_words_after_a_broken_word_share_its_last_line(fonts: ReportFonts) -> None:
    text = "mail christopher.wright@collinslogisticsgroup887.com now"
    width = width_of("collinslogisticsgroup887.com now", fonts.latin) + 0.01
    assert wrap(text, fonts.latin, SIZE, width) == [
        "mail",
        "christopher.wright@",
        "collinslogisticsgroup887.com now",
    ]


def test_text_that_fits_is_one_line_with_single_spaces_and_newlines_are_kept(fonts: ReportFonts) -> None:
    assert wrap("Ali   Hassan ", fonts.latin, SIZE, 500) == ["Ali Hassan"]
    assert wrap("+966 50 123 4567\n+966 55 765 4321", fonts.latin, SIZE, 500) == [
        "+966 50 123 4567",
        "+966 55 765 4321",
    ]
    assert wrap("", fonts.latin, SIZE, 50) == [""]


def test_an_arabic_word_too_long_is_broken_by_its_shaped_width(fonts: ReportFonts) -> None:
    word = "المستشفىالتخصصيالدوليللعيون" * 2
    width = 60.0
    lines = wrap(word, fonts.arabic, SIZE, width)
    assert len(lines) > 1
    assert "".join(lines) == word
    for line in lines:
        assert stringWidth(arabic_reshaper.reshape(line), fonts.arabic, SIZE) <= width


def test_has_arabic_and_direction_marks_dropped() -> None:
    assert has_arabic("شركة النور") and has_arabic("Noor ﻧﻮﺭ") and not has_arabic("Çağlar Öztürk")
    assert visual_line("\u200f12,50 SAR\u200e") == "12,50 SAR"
    assert visual_line("plain") == "plain"


def test_a_text_block_keeps_its_lines_for_the_same_width(
    fonts: ReportFonts, monkeypatch: pytest.MonkeyPatch
) -> None:
    block = TextBlock("christopher.wright@collinslogisticsgroup887.com", fonts, TextStyle())
    first = block.wrap(80, 1000)
    calls: list[str] = []
    original = text_module.wrap

    def counted(*args: object) -> list[str]:
        calls.append("wrap")
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(text_module, "wrap", counted)
    assert block.wrap(80, 500) == first  # asked again at the same width: nothing wrapped again
    assert calls == []
    wider = block.wrap(400, 500)
    assert calls == ["wrap"]
    assert wider[1] < first[1]
