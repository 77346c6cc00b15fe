"""Search keys: spellings a user treats as equal must fold equal (and different words must not)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.domain.folding import _fold_unicode, digits, fold, index_text, is_phone_like, words

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"


@pytest.mark.parametrize(
    "spellings",
    [
        # alef forms: hamza above, hamza below, madda, wasla, bare
        ("أحمد", "إحمد", "آحمد", "ٱحمد", "احمد"),
        ("إسلام", "اسلام"),
        # taa marbuta and haa
        ("فاطمة", "فاطمه"),
        # alef maqsura and yaa
        ("مصطفى", "مصطفي"),
        # Persian yeh and keheh against Arabic yaa and kaf
        ("علی", "علي"),
        ("کریم", "كريم"),
        ("یک", "يك"),
        # Turkish dotted and dotless i
        ("İstanbul", "istanbul", "ISTANBUL", "ıstanbul", "İSTANBUL", "Istanbul"),
        ("IŞIK", "ışık", "isik"),
        # Latin diacritics
        ("Şükrü Çağlayan", "sukru caglayan", "SUKRU CAGLAYAN"),
        ("Gökhan Öztürk", "gokhan ozturk"),
        ("Ğ", "g"),
        ("Café Zoë", "cafe zoe"),
        ("Müller", "muller", "MÜLLER"),
    ],
)
def test_spellings_fold_equal(spellings: tuple[str, ...]) -> None:
    keys = {fold(s) for s in spellings}
    assert len(keys) == 1, {s: fold(s) for s in spellings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أحمد", "احمد"),
        ("مدرسة", "مدرسه"),
        ("علی", "علي"),
        ("کتاب", "كتاب"),
        ("İstanbul", "istanbul"),
        ("ıspanak", "ispanak"),
        ("Şeker Çiçek Ağaç Öğün Üzüm", "seker cicek agac ogun uzum"),
        ("Élodie", "elodie"),
        ("Kaya LTD", "kaya ltd"),
        ("", ""),
    ],
)
def test_fold_gives_plain_lower_case_key(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_harakat_and_shadda_are_removed() -> None:
    assert fold("مُحَمَّدٌ") == fold("محمد") == "محمد"
    assert fold("كِتَابٌ") == "كتاب"
    assert fold("سَلامْ") == "سلام"


def test_superscript_alef_is_removed() -> None:
    assert fold("هٰذا") == "هذا"


def test_tatweel_is_removed() -> None:
    assert fold("محـــمد") == "محمد"
    assert fold("ســلام") == fold("سلام")


def test_invisible_direction_and_joiner_marks_are_removed() -> None:
    # zero-width non-joiner (Persian), LRM/RLM and bidi isolates must not split or change a word
    assert fold("می\u200cخواهم") == fold("میخواهم")
    assert fold("\u2066+966 50\u2069") == "+966 50"
    assert fold("Kaya\u200e") == "kaya"


def test_different_letters_stay_different() -> None:
    # folding must not be so eager that distinct names collide
    assert fold("احمد") != fold("محمد")
    assert fold("بيت") != fold("بنت")
    assert fold("istanbul") != fold("izmir")
    assert fold("ali") != fold("ala")


def test_arabic_indic_and_persian_digits_become_ascii() -> None:
    assert fold(ARABIC_INDIC) == "0123456789"
    assert fold(PERSIAN) == "0123456789"
    assert digits(ARABIC_INDIC) == "0123456789"
    assert digits(PERSIAN) == "0123456789"


def test_digits_keeps_only_digits_of_any_script() -> None:
    assert digits("+966 (50) 123-4567") == "966501234567"
    assert digits("+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧") == "966501234567"
    assert digits("۰۹۱۲ ۳۴۵ ۶۷۸۹") == "09123456789"
    assert digits("no digits here") == ""
    assert digits("") == ""


@pytest.mark.parametrize(
    "query",
    ["050 123", "+966 50 123 4567", "(050) 123-4567", "0501234567", "٠٥٠١٢٣", "۰۹۱۲ ۳۴۵", "123", "50.12.34"],
)
def test_phone_like_queries(query: str) -> None:
    assert is_phone_like(query)


@pytest.mark.parametrize(
    "query", ["", "   ", "12", "+9", "Ahmed", "احمد", "Kaya 123", "flat 12b", "12 ab", "--", "()"]
)
def test_not_phone_like_queries(query: str) -> None:
    assert not is_phone_like(query)


def test_words_are_folded_and_split_on_punctuation() -> None:
    assert words("Kaya Ltd.") == ["kaya", "ltd"]
    assert words("Şükrü-Öztürk, İstanbul") == ["sukru", "ozturk", "istanbul"]
    assert words("أحمد   فاطمة") == ["احمد", "فاطمه"]
    assert words("+966 50") == ["966", "50"]
    assert words("") == []
    assert words(" .,;- ") == []


def test_words_do_not_split_arabic_words_at_removed_marks() -> None:
    assert words("مُحَمَّد الـعلي") == ["محمد", "العلي"]


def test_index_text_is_folded_text_of_all_parts() -> None:
    text = index_text("Şükrü", "", "KAYA Ltd.", "٠٥٠١")
    assert words(text) == ["sukru", "kaya", "ltd", "0501"]


def test_index_text_adds_article_less_arabic_words() -> None:
    text = index_text("شركة الأمل للتجارة")
    found = words(text)
    assert "الامل" in found
    assert "امل" in found  # so a user typing امل finds الأمل
    assert "شركه" in found


def test_index_text_leaves_short_article_words_alone() -> None:
    # "الى" (to) and similar short words are not stripped to one or two letters
    found = words(index_text("الى البيت"))
    assert "الي" in found
    assert "ي" not in found
    assert "بيت" in found


def test_index_text_without_arabic_adds_nothing() -> None:
    assert index_text("Ali", "Kaya") == "ali kaya"
    assert index_text() == ""


# The folding key must be stable: folding twice changes nothing, and every word
# of a folded text is itself folded (what is indexed equals what is queried).
@settings(deadline=None)
@given(st.text(max_size=40))
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@settings(deadline=None)
@given(st.text(max_size=40))
def test_words_of_folded_text_are_folded(text: str) -> None:
    for word in words(text):
        assert fold(word) == word


@settings(deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789" + ARABIC_INDIC + PERSIAN + " -+()"), max_size=30))
def test_digits_of_any_script_agree(text: str) -> None:
    result = digits(text)
    assert result.isascii()
    assert result == "".join(ch for ch in result if ch in "0123456789")
    assert len(result) == sum(ch.isdigit() for ch in text)


@settings(deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_digits_of_ascii_text_are_those_of_its_folded_form(text: str) -> None:
    """digits() skips folding ASCII text (a stored phone number): the answer is the same."""
    assert digits(text) == re.sub(r"\D", "", fold(text))


def test_ascii_takes_the_quick_way_to_the_same_key() -> None:
    every_ascii = "".join(chr(code) for code in range(128))
    assert fold(every_ascii) == _fold_unicode(every_ascii)
    assert all(fold(ch) == _fold_unicode(ch) for ch in every_ascii)


@given(st.lists(st.text(min_size=1, max_size=12), max_size=6))
@settings(max_examples=500)
def test_parts_fold_one_by_one_as_if_joined(parts: list[str]) -> None:
    """What index_text relies on: a space between parts stops every composition and
    normalisation across them, so folding them one by one gives the key of the joined text."""
    assert " ".join(fold(p) for p in parts) == _fold_unicode(" ".join(parts))
