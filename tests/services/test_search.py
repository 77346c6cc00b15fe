"""SearchService: search-as-you-type over contacts, and across every searchable entity."""

from __future__ import annotations

import pytest

from crm_desktop.services.cases import CaseInput
from crm_desktop.services.crm import Crm
from crm_desktop.services.knowledge import ArticleInput
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.services.pipeline import DealInput


def found(crm: Crm, text: str) -> list[str]:
    return [row.display_name for row in crm.search.contacts(text)]


def add(crm: Crm, given: str, family: str = "", **values: object) -> str:
    return crm.contacts.create(ContactInput(given_name=given, family_name=family, **values)).value.id


def test_names_starting_with_the_text_come_first_in_name_order(crm: Crm) -> None:
    sahara = crm.companies.create(CompanyInput(name="Sahara Foods")).value
    add(crm, "Sara", "Nasser")
    add(crm, "Ali", "Saleh")  # family name
    add(crm, "Omar", "Khan", company_id=sahara.id)  # company
    add(crm, "Zed", emails=["samir@example.com"])  # email
    add(crm, "Samir", "Haddad")
    add(crm, "Bilal", "Omari")  # no match

    names = found(crm, "sa")

    assert names[:2] == ["Samir Haddad", "Sara Nasser"]
    assert sorted(names[2:]) == ["Ali Saleh", "Omar Khan", "Zed"]


def test_rows_carry_company_and_primary_phone(crm: Crm) -> None:
    company = crm.companies.create(CompanyInput(name="Noor")).value
    add(crm, "Huda", company_id=company.id, phones=["0501234567", "0551234567"])
    (row,) = crm.search.contacts("huda")
    assert (row.company_name, row.primary_phone) == ("Noor", "+966 50 123 4567")


@pytest.mark.parametrize(
    "typed", ["0501234567", "+966 50 123 4567", "966501234567", "+966501234567", "050 123", "501234567"]
)
def test_phones_are_found_in_any_format(crm: Crm, typed: str) -> None:
    add(crm, "Ali", phones=["0501234567"])
    add(crm, "Badr", phones=["0551234567"])
    assert found(crm, typed) == ["Ali"]


@pytest.mark.parametrize("typed", ["احمد", "أحمد", "إحمد", "آحمد", "احم"])
def test_arabic_alef_forms(crm: Crm, typed: str) -> None:
    add(crm, "أحمد", "الشمري")
    add(crm, "محمد", "العتيبي")
    assert found(crm, typed) == ["أحمد الشمري"]


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("فاطمة", "فاطمه"),  # taa marbuta typed as haa
        ("فاطمه", "فاطمة"),
        ("مصطفى", "مصطفي"),  # alef maqsura typed as yaa
        ("مصطفي", "مصطفى"),
        ("کریمی", "كريمي"),  # Persian keheh and yeh against Arabic kaf and yaa
        ("كريمي", "کریمی"),
        ("علی", "علي"),
    ],
)
def test_arabic_and_persian_letter_variants(crm: Crm, stored: str, typed: str) -> None:
    add(crm, stored)
    add(crm, "Other")
    assert found(crm, typed) == [stored]


@pytest.mark.parametrize("typed", ["İstanbul", "ISTANBUL", "istanbul", "Istanbul", "ıstanbul"])
def test_turkish_dotted_and_dotless_i(crm: Crm, typed: str) -> None:
    add(crm, "Ayşe", "Kaya", city="İstanbul")
    add(crm, "Mehmet", "Öz", city="Ankara")
    assert found(crm, typed) == ["Ayşe Kaya"]


def test_turkish_name_prefix(crm: Crm) -> None:
    add(crm, "İlker", "Demir")
    add(crm, "Işıl", "Yılmaz")
    assert found(crm, "ilker") == ["İlker Demir"]
    assert found(crm, "ISIL") == ["Işıl Yılmaz"]
    assert found(crm, "yilmaz") == ["Işıl Yılmaz"]


def test_several_words_must_all_match(crm: Crm) -> None:
    add(crm, "Ali", "Hassan", city="Riyadh")
    add(crm, "Ali", "Omar", city="Jeddah")
    assert found(crm, "ali jed") == ["Ali Omar"]


def test_deleted_contacts_and_blank_text(crm: Crm) -> None:
    gone = add(crm, "Sami")
    crm.contacts.delete(gone)
    assert found(crm, "sami") == []
    assert crm.search.contacts("   ") == []
    assert crm.search.everything("") == []


def test_the_limit_is_one_page(crm: Crm) -> None:
    for n in range(12):
        add(crm, f"Ali {n:02d}")
    add(crm, "Zaid", "Alimov")
    assert len(crm.search.contacts("ali", limit=5)) == 5
    assert found(crm, "ali")[:12] == [f"Ali {n:02d}" for n in range(12)]
    assert found(crm, "ali")[12:] == ["Zaid Alimov"]


def test_everything_returns_every_kind(crm: Crm) -> None:
    company = crm.companies.create(CompanyInput(name="Zephyr Foods", industry="Food")).value
    contact = add(crm, "Zephyr", "Khan", company_id=company.id)
    deal = crm.deals.create(DealInput(title="Zephyr fit-out", amount="100")).value
    case = crm.cases.create(CaseInput(subject="Zephyr router broken")).value
    article = crm.knowledge.create(ArticleInput(title="Zephyr setup", body="Plug it in.")).value
    crm.contacts.create(ContactInput(given_name="Nobody"))

    hits = crm.search.everything("zeph")

    assert {(h.entity, h.id) for h in hits} == {
        ("contact", contact),
        ("company", company.id),
        ("deal", deal.id),
        ("case", case.id),
        ("article", article.id),
    }
    by_kind = {h.entity: h for h in hits}
    assert by_kind["contact"].title == "Zephyr Khan"
    assert "Zephyr Foods" in by_kind["contact"].detail
    assert by_kind["deal"].title == "Zephyr fit-out"
    assert "100" in by_kind["deal"].detail
    assert by_kind["company"].detail == "Food"


def test_everything_by_phone(crm: Crm) -> None:
    company = crm.companies.create(CompanyInput(name="Noor", phones=["011 234 5678"])).value
    assert [(h.entity, h.id) for h in crm.search.everything("0112345678")] == [("company", company.id)]
