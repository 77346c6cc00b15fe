"""The external id and photo columns are recognised by their headers in en/ar/fa/tr."""

from __future__ import annotations

import pytest

from crm_desktop.transfer.fields import guess_mapping


@pytest.mark.parametrize(
    "header",
    ["External ID", "ID", "Customer ID", "customer_no", "Kod", "KOD", "Müşteri Kodu", "Cari Kodu",
     "Müşteri No", "رقم العميل", "معرّف العميل", "کد مشتری", "شناسه مشتری", "شناسه"],
)  # fmt: skip
def test_external_id_headers(header: str) -> None:
    assert guess_mapping([header], "contacts") == ["external_id"]
    assert guess_mapping([header], "companies") == ["external_id"]


@pytest.mark.parametrize("header", ["Posta Kodu", "Zip Code", "Company ID", "Tax ID", "شناسه ملی"])
def test_headers_that_only_look_like_an_id(header: str) -> None:
    assert "external_id" not in guess_mapping([header], "contacts") + guess_mapping([header], "companies")


def test_photo_headers_are_of_contacts_only() -> None:
    headers = ["Photo", "الصورة", "عکس", "Fotoğraf"]
    assert guess_mapping(headers[:1], "contacts") == ["photo"]
    assert [guess_mapping([h], "contacts")[0] for h in headers] == ["photo"] * 4
    assert guess_mapping(headers, "companies") == [None] * 4
