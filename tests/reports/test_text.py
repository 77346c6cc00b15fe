"""Wrapping, shaping and the TextBlock of reports/text.py, measured with reportlab directly."""

from __future__ import annotations

from datetime import date

import arabic_reshaper  # type: ignore[import-untyped]
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

import crm_desktop.reports.text as text_module
from crm_desktop.reports.fonts import ReportFonts, font_characters, register_fonts
from crm_desktop.reports.formatting import ReportFormat
from crm_desktop.reports.text import TextBlock, TextStyle, font_runs, has_arabic, printable, visual_line, wrap

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
    # the marks are dropped; the right-to-left mark makes the amount read from the right
    assert visual_line("\u200f12,50 SAR\u200e") == "SAR 12,50"
    assert visual_line("12,50 SAR\u200e") == "12,50 SAR"
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


def _shown(word: str) -> str:
    """An Arabic word as drawn: its presentation forms, last letter first."""
    return str(arabic_reshaper.reshape(word))[::-1]


def test_arabic_is_shaped_into_presentation_forms_in_visual_order() -> None:
    # ش ر ك ة joined: initial sheen, final reh, initial kaf, final teh marbuta; drawn from the right
    assert visual_line("شركة") == "\ufe94\ufedb\ufeae\ufeb7"
    assert visual_line("شركة النور", True) == f"{_shown('النور')} {_shown('شركة')}"


def test_a_line_with_arabic_on_a_right_to_left_page_reads_from_the_right() -> None:
    # a Latin word first would make it a left-to-right line; on an Arabic page it stays right to left
    assert visual_line("CRM نظام", True) == f"{_shown('نظام')} CRM"
    assert visual_line("الرياض، Riyadh, Saudi Arabia", True) == f"Riyadh, Saudi Arabia {_shown('الرياض،')}"
    assert visual_line("Riyadh, Saudi Arabia الرياض", True) == f"{_shown('الرياض')} Riyadh, Saudi Arabia"
    # a left-to-right page keeps the first strong character's direction
    assert visual_line("CRM نظام") == f"CRM {_shown('نظام')}"
    # no Arabic, no mark: left to right on any page
    assert visual_line("Riyadh, Saudi Arabia", True) == "Riyadh, Saudi Arabia"


def test_arabic_dates_read_from_the_right_with_or_without_a_time() -> None:
    # Babel's ar dates carry U+200F marks and no letter; Qt shows the day on the right
    assert visual_line("23\u200f/11\u200f/2026") == "2026/11/23"
    assert visual_line("23\u200f/11\u200f/2026", True) == "2026/11/23"
    assert visual_line("23\u200f/11\u200f/2026 3:30 م", True) == f"{_shown('م')} 3:30 2026/11/23"
    assert visual_line("23\u061c/11\u061c/2026") == "2026/11/23"  # the Arabic letter mark too


def test_brackets_in_a_right_to_left_run_are_mirrored() -> None:
    # drawn from the right, "(" opens the bracket on the right: the glyph left of the word is "("
    assert visual_line("شركة (النور)", True) == f"({_shown('النور')}) {_shown('شركة')}"
    assert visual_line("الاسم (fa) نص", True) == f"{_shown('نص')} (fa) {_shown('الاسم')}"
    assert visual_line("[أ] {ب} <ج> «د»", True) == (
        f"«{_shown('د')}» <{_shown('ج')}> {{{_shown('ب')}}} [{_shown('أ')}]"
    )
    # a left-to-right run inside keeps its own brackets as they are
    assert visual_line("شركة Noor (KSA)", True) == f"Noor (KSA) {_shown('شركة')}"


def test_characters_no_font_has_are_replaced_and_the_arrow_points_the_way_the_line_reads(
    fonts: ReportFonts,
) -> None:
    assert printable("Stage: New → Qualified") == "Stage: New -> Qualified"
    assert visual_line("Stage: New → Qualified") == "Stage: New -> Qualified"
    # in a right-to-left line the ">" is mirrored: the arrow points left, towards the new stage
    assert visual_line("جديد → مؤهل", True) == f"{_shown('مؤهل')} <- {_shown('جديد')}"
    assert printable("5 \u338f") == "5 kg"  # a sign no font has: its compatibility letters
    assert printable("\U0001f600") == "?"  # nothing stands for it


@pytest.mark.parametrize(
    "text",
    [
        "Stage: New → Qualified",
        "المرحلة: جديد → مؤهل",
        "Ирина Петрова شركة",  # Cyrillic, which the Arabic font lacks, in an Arabic line
        "23\u200f/11\u200f/2026 3:30 م",
        "\u200f-1,234.50\xa0ر.س.\u200f",
    ],
)
@pytest.mark.parametrize("bold", [False, True])
def test_every_character_drawn_is_in_the_font_it_is_drawn_with(
    fonts: ReportFonts, text: str, bold: bool
) -> None:
    font = fonts.pick(arabic=has_arabic(text), bold=bold)
    for rtl in (False, True):
        for piece, piece_font in font_runs(visual_line(text, rtl), font):
            covered = font_characters(piece_font)
            assert covered is not None and covered.issuperset(piece), (text, piece, piece_font)


def test_an_arabic_date_stays_whole_in_a_sentence() -> None:
    fmt = ReportFormat("ar", "SA")
    first, last = fmt.day(date(2025, 12, 1)), fmt.day(date(2026, 11, 23))
    line = f"الفترة: {first} إلى {last}"
    assert visual_line(line, True) == f"2026/11/23 {_shown('إلى')} 2025/12/1 {_shown('الفترة:')}"
    # a date and time: the date reads as it does alone, the time to its left
    assert visual_line(f"{last} 3:30 م", True) == f"{_shown('م')} 3:30 2026/11/23"
