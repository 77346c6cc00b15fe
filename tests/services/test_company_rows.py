"""The company list's rows: primary phone and email and the owner's name, in the order asked."""

from __future__ import annotations

from crm_desktop.services.company_rows import company_rows
from crm_desktop.services.contact_methods import MethodInput
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput, UserInput


def test_rows_carry_primary_methods_and_owner_in_the_order_given(crm: Crm) -> None:
    sara = crm.users.create(UserInput(name="Sara")).value.id
    kaya = crm.companies.create(
        CompanyInput(
            name="Kaya Ltd.",
            industry="Textiles",
            city="İstanbul",
            country="tr",
            owner_id=sara,
            emails=[
                MethodInput(value="info@kaya.example"),
                MethodInput(value="sales@kaya.example", primary=True),
            ],
            phones=["+90 212 555 0101"],
        )
    ).value.id
    bare = crm.companies.create(CompanyInput(name="Bare")).value.id
    rows = company_rows(crm.ctx, [bare, "no-such-id", kaya])
    assert [r.id for r in rows] == [bare, kaya]
    row = rows[1]
    assert (row.name, row.industry, row.city, row.country) == ("Kaya Ltd.", "Textiles", "İstanbul", "TR")
    assert (row.primary_email, row.primary_phone) == ("sales@kaya.example", "+90 212 555 01 01")
    assert (row.owner_id, row.owner_name) == (sara, "Sara")
    assert (rows[0].primary_email, rows[0].primary_phone, rows[0].owner_name) == ("", "", "")
    assert company_rows(crm.ctx, []) == []


def test_rows_are_read_in_chunks_for_long_id_lists(crm: Crm) -> None:
    ids = [crm.companies.create(CompanyInput(name=f"Company {n}")).value.id for n in range(3)]
    asked = ids[::-1] + [f"missing-{n}" for n in range(1200)]
    assert [r.id for r in company_rows(crm.ctx, asked)] == ids[::-1]
