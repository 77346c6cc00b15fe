"""Which column is which field: headers of Google and Outlook exports and in four languages."""

from __future__ import annotations

import pytest

from crm_desktop.transfer.fields import check_mapping, country_code, guess_mapping

GOOGLE = [
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Nickname", "Birthday", "Notes",
    "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label", "E-mail 2 - Value",
    "Phone 1 - Label", "Phone 1 - Value", "Organization Name", "Organization Title",
    "Address 1 - City", "Address 1 - Postal Code", "Address 1 - Country",
]  # fmt: skip
OUTLOOK = [
    "First Name", "Last Name", "Company", "Job Title", "Business Street", "Business City",
    "Business State", "Business Postal Code", "Business Country/Region", "Business Phone",
    "Mobile Phone", "E-mail Address", "E-mail 2 Address", "Categories", "Notes", "Birthday",
]  # fmt: skip


def test_google_contacts_export() -> None:
    mapping = dict(zip(GOOGLE, guess_mapping(GOOGLE, "contacts"), strict=True))
    assert mapping["First Name"] == "given_name" and mapping["Last Name"] == "family_name"
    assert mapping["E-mail 1 - Value"] == mapping["E-mail 2 - Value"] == "email"
    assert mapping["E-mail 1 - Label"] is None and mapping["Phone 1 - Label"] is None
    assert mapping["Phone 1 - Value"] == "phone"
    assert (mapping["Organization Name"], mapping["Organization Title"]) == ("company", "job_title")
    assert (mapping["Address 1 - City"], mapping["Address 1 - Postal Code"]) == ("city", "postal_code")
    assert (mapping["Labels"], mapping["Birthday"], mapping["Notes"]) == ("tags", "birthday", "notes")
    assert mapping["Middle Name"] is None and mapping["Phonetic First Name"] is None


def test_outlook_export() -> None:
    mapping = dict(zip(OUTLOOK, guess_mapping(OUTLOOK, "contacts"), strict=True))
    assert mapping == {
        "First Name": "given_name",
        "Last Name": "family_name",
        "Company": "company",
        "Job Title": "job_title",
        "Business Street": "address_line",
        "Business City": "city",
        "Business State": "region",
        "Business Postal Code": "postal_code",
        "Business Country/Region": "country",
        "Business Phone": "phone",
        "Mobile Phone": "phone",
        "E-mail Address": "email",
        "E-mail 2 Address": "email",
        "Categories": "tags",
        "Notes": "notes",
        "Birthday": "birthday",
    }


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["الاسم الأول", "اسم العائلة", "البريد الإلكتروني", "الجوال", "الشركة", "المدينة", "ملاحظات"],
            ["given_name", "family_name", "email", "phone", "company", "city", "notes"],
        ),
        (
            ["نام", "نام خانوادگی", "ایمیل", "تلفن همراه", "شرکت", "شهر", "کد پستی"],
            ["given_name", "family_name", "email", "phone", "company", "city", "postal_code"],
        ),
        (
            ["ADI", "SOYADI", "E-POSTA", "CEP TELEFONU", "ŞİRKET", "ŞEHİR", "ÜLKE", "Doğum Tarihi"],
            ["given_name", "family_name", "email", "phone", "company", "city", "country", "birthday"],
        ),
        (["Name", "Email", "Something else"], ["display_name", "email", None]),
    ],
)
def test_headers_in_four_languages(headers: list[str], expected: list[str | None]) -> None:
    assert guess_mapping(headers, "contacts") == expected


def test_companies_and_custom_fields() -> None:
    headers = ["Company name", "Sector", "Web site", "VAT number", "Phone", "Licence no."]
    mapping = guess_mapping(headers, "companies", {"licence_no": "Licence no."})
    assert mapping == ["name", "industry", "website", "tax_id", "phone", "custom:licence_no"]


def test_a_field_once_unless_it_takes_several() -> None:
    assert guess_mapping(["City", "Town", "Phone", "Mobile"], "contacts") == ["city", None, "phone", "phone"]


def test_unknown_fields_in_a_given_mapping() -> None:
    assert check_mapping(["email", "shoe_size", None, "custom:vat"], "contacts", ["vat"]) == ["shoe_size"]


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Saudi Arabia", "SA"),
        ("المملكة العربية السعودية", "SA"),
        ("السعودية", "SA"),
        ("Türkiye", "TR"),
        ("TURKEY", "TR"),
        ("ایران", "IR"),
        ("ir", "IR"),
        ("Atlantis", "Atlantis"),  # left for the services to refuse with their message
    ],
)
def test_countries_as_files_write_them(written: str, code: str) -> None:
    assert country_code(written) == code
