"""Applying remote ops: rows appear, change and go through the services; replays change nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crm_desktop.domain.errors import NotFoundError
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.sync import outbox
from crm_desktop.sync.apply import ApplyResult, apply
from crm_desktop.sync.ops import FieldOp
from crm_desktop.sync.search import crm_reindexer

from .conftest import query, synced_content


def ops_of(crm: Crm) -> list[FieldOp]:
    """Every op ``crm`` would push now (ops sent before come again: applying them changes nothing)."""
    outbox.seal(crm.db)
    return outbox.pending(crm.db)


def take(crm: Crm, ops: list[FieldOp]) -> ApplyResult:
    return apply(crm.db, ops, reindex=crm_reindexer(crm))


def test_a_remote_contact_appears_through_the_services_and_in_search(clients: list[Crm]) -> None:
    a, b = clients[0], clients[1]
    contact = a.contacts.create(ContactInput(given_name="Zainab", family_name="Qureshi", city="Taif")).value
    before = query(b, "SELECT count(*) FROM _outbox")
    result = take(b, ops_of(a))

    seen = b.contacts.get(contact.id)
    assert (seen.display_name, seen.city) == ("Zainab Qureshi", "Taif")
    assert result.applied > 20 and result.conflicts == 0 and result.skipped == []
    assert [row.id for row in b.search.contacts("zain")] == [contact.id]
    assert [row.id for row in b.search.contacts("qure")] == [contact.id]  # not only the name prefix
    assert query(b, "SELECT count(*) FROM _outbox") == before  # applied ops are not echoed back


def test_remote_updates_and_deletes_show_through_the_services(clients: list[Crm]) -> None:
    a, b = clients[0], clients[1]
    contact = a.contacts.create(ContactInput(given_name="Zainab", city="Taif")).value
    take(b, ops_of(a))
    a.contacts.update(contact.id, ContactInput(given_name="Zaynab", city="Abha"))
    take(b, ops_of(a))
    assert (b.contacts.get(contact.id).given_name, b.contacts.get(contact.id).city) == ("Zaynab", "Abha")
    assert [row.id for row in b.search.contacts("zayn")] == [contact.id]
    assert b.search.contacts("zainab") == []

    a.contacts.delete(contact.id)
    take(b, ops_of(a))
    with pytest.raises(NotFoundError):
        b.contacts.get(contact.id)
    assert b.contacts.get(contact.id, include_deleted=True).deleted_at is not None
    assert b.search.contacts("zayn") == []

    a.contacts.restore(contact.id)
    take(b, ops_of(a))
    assert b.contacts.get(contact.id).deleted_at is None


def test_replaying_a_page_changes_nothing(clients: list[Crm]) -> None:
    a, b = clients[0], clients[1]
    company = a.companies.create(CompanyInput(name="Kaya Ltd.")).value
    b_company = b.companies.create(CompanyInput(name="Other")).value
    ops = ops_of(a)
    take(b, ops)
    b.companies.update(company.id, CompanyInput(name="Kaya Trading"))  # newer than a's ops
    take(b, [])  # seal b's own write
    state = (
        synced_content(b),
        query(b, "SELECT * FROM _field_stamps ORDER BY 1, 2, 3"),
        query(b, "SELECT * FROM _conflicts"),
        query(b, "SELECT * FROM _outbox ORDER BY id"),
        query(b, "SELECT * FROM search_docs ORDER BY rowid"),
    )
    again = take(b, ops)
    assert again.applied == 0 and again.superseded == len(ops)
    assert state == (
        synced_content(b),
        query(b, "SELECT * FROM _field_stamps ORDER BY 1, 2, 3"),
        query(b, "SELECT * FROM _conflicts"),
        query(b, "SELECT * FROM _outbox ORDER BY id"),
        query(b, "SELECT * FROM search_docs ORDER BY rowid"),
    )
    assert b.companies.get(company.id).name == "Kaya Trading"
    assert b.companies.get(b_company.id).name == "Other"


def test_ops_for_tables_or_fields_this_version_does_not_know_are_skipped(clients: list[Crm]) -> None:
    a, b = clients[0], clients[1]
    contact = a.contacts.create(ContactInput(given_name="Zainab")).value
    ops = ops_of(a)
    template = next(op for op in ops if op.field == "city")
    strangers = [
        replace(template, op_id="x1", field="nickname", value="Zee"),
        replace(template, op_id="x2", table="loyalty_cards", value="gold"),
        replace(template, op_id="x3", field="id", value="other-id"),
        replace(template, op_id="x4", stamp="not a stamp"),
    ]
    result = take(b, [*strangers, *ops])
    assert result.skipped == strangers
    assert b.contacts.get(contact.id).given_name == "Zainab"


def test_a_remote_edit_older_than_a_local_one_loses_and_is_kept_as_a_conflict(clients: list[Crm]) -> None:
    a, b = clients[0], clients[1]
    company = a.companies.create(CompanyInput(name="Kaya Ltd.")).value
    take(b, ops_of(a))
    a.companies.update(company.id, CompanyInput(name="Kaya A"))  # a writes first...
    a_ops = [op for op in ops_of(a) if op.field == "name"]
    b.companies.update(company.id, CompanyInput(name="Kaya B"))  # ...then b, without seeing a
    result = take(b, a_ops)
    assert b.companies.get(company.id).name == "Kaya B"
    assert result.conflicts == 1
    assert query(b, "SELECT field, losing_value, winning_value FROM _conflicts") == [
        ("name", "Kaya A", "Kaya B")
    ]
