"""contact_points: every email and phone of many contacts or companies, read in chunks."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from crm_desktop.services import contact_methods
from crm_desktop.services.contact_methods import ContactPoints, MethodInput
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput, ContactInput


def test_every_email_and_phone_primary_first_then_as_entered(crm: Crm) -> None:
    ali = crm.contacts.create(
        ContactInput(
            given_name="Ali",
            emails=["ali@example.com", MethodInput(value="ali.hassan@work.example", primary=True)],
            phones=["0501234567", "0557654321", "0112345678"],
        )
    ).value
    bare = crm.contacts.create(ContactInput(given_name="Bare")).value
    found = crm.contacts.contact_points([bare.id, ali.id, "no-such-id"])
    assert found[ali.id] == ContactPoints(
        emails=("ali.hassan@work.example", "ali@example.com"),
        phones=("+966 50 123 4567", "+966 55 765 4321", "+966 11 234 5678"),
    )
    assert found[bare.id] == ContactPoints() and found["no-such-id"] == ContactPoints()


def test_removed_methods_are_left_out_and_companies_have_their_own(crm: Crm) -> None:
    contact = crm.contacts.create(
        ContactInput(given_name="Ali", emails=["a@example.com", "b@example.com"])
    ).value
    crm.contacts.update(contact.id, ContactInput(emails=["b@example.com"]))
    company = crm.companies.create(CompanyInput(name="Noor", phones=["0112345678"])).value
    assert crm.contacts.contact_points([contact.id])[contact.id].emails == ("b@example.com",)
    assert crm.companies.contact_points([company.id])[company.id] == ContactPoints(
        phones=("+966 11 234 5678",)
    )
    assert crm.contacts.contact_points([company.id])[company.id] == ContactPoints()  # not a contact's


def test_one_query_per_chunk_not_per_contact(crm: Crm, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contact_methods, "POINTS_CHUNK", 3)
    ids = [
        crm.contacts.create(ContactInput(given_name=f"C{n}", emails=[f"c{n}@example.com"])).value.id
        for n in range(7)
    ]
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "contact_methods" in statement:
            statements.append(statement)

    engine = crm.ctx.db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        found = crm.contacts.contact_points(ids)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(statements) == 3  # 7 contacts, 3 a query
    assert [found[i].emails for i in ids] == [(f"c{n}@example.com",) for n in range(7)]
