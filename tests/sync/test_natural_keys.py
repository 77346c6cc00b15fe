"""Rows a unique key allows once (a tag's name, a record's tag, a custom field's key), made on
two laptops while offline, become one row when they sync instead of being refused."""

from __future__ import annotations

from typing import Any

from crm_desktop.domain.ids import natural_id
from crm_desktop.services.crm import Crm
from crm_desktop.services.custom_fields import CustomFieldInput
from crm_desktop.services.people import ContactInput
from crm_desktop.services.tags import TagInput
from crm_desktop.sync.engine import SyncReport, sync_once

from .conftest import FakeServer, FakeTransport, open_conflicts_of, query, synced_content


def sync(crm: Crm, server: FakeServer) -> SyncReport:
    return sync_once(crm, FakeTransport(server), 5)


def sync_all(clients: list[Crm], server: FakeServer) -> list[SyncReport]:
    return [sync(crm, server) for _round in range(2) for crm in clients]


def test_the_same_tag_added_offline_on_two_laptops_is_one_tag(clients: list[Crm]) -> None:
    a, b, c = clients
    server = FakeServer()
    contact = a.contacts.create(ContactInput(given_name="Zainab")).value
    sync_all(clients, server)

    # both tag the same customer "VIP" (one types it in capitals), neither has seen the other's
    a.contacts.update(contact.id, ContactInput(tags=["VIP"]))
    b.contacts.update(contact.id, ContactInput(tags=["vip", "Wholesale"]))
    reports = sync_all(clients, server)

    assert all(not report.received.blocked for report in reports)
    assert synced_content(a) == synced_content(b) == synced_content(c)
    tags = query(c, "SELECT id, sort_key FROM tags WHERE deleted_at IS NULL ORDER BY sort_key")
    assert [key for _id, key in tags] == ["vip", "wholesale"]
    assert tags[0][0] == natural_id("tag", "vip")
    live = query(c, "SELECT tag_id FROM taggings WHERE record_id = ? AND deleted_at IS NULL", [contact.id])
    assert sorted(row[0] for row in live) == sorted(row[0] for row in tags)
    # the two spellings of the name are a conflict to look at; the creation times are not
    fields = {row[2] for row in open_conflicts_of(c)} | {row[2] for row in open_conflicts_of(a)}
    assert "created_at" not in fields


def test_a_deleted_tag_comes_back_under_its_id(clients: list[Crm]) -> None:
    a = clients[0]
    contact = a.contacts.create(ContactInput(given_name="Zainab", tags=["VIP"])).value
    tag = a.tags.by_name("VIP")
    assert tag is not None
    a.tags.delete(tag.id)
    a.contacts.update(contact.id, ContactInput(tags=["Vip"]))
    again = a.tags.by_name("vip")
    assert again is not None and again.id == tag.id and again.name == "Vip"
    # a tag renamed away from its name leaves that name's id taken: a new tag gets a new id
    a.tags.update(tag.id, TagInput(name="Gold"))
    a.contacts.update(contact.id, ContactInput(tags=["VIP", "Gold"]))
    vip = a.tags.by_name("VIP")
    assert vip is not None and vip.id != tag.id


def test_the_same_custom_field_defined_offline_on_two_laptops_is_one_field(clients: list[Crm]) -> None:
    a, b, c = clients
    server = FakeServer()
    sync_all(clients, server)

    field: dict[str, Any] = {"entity": "contact", "key": "vat_number", "label": "VAT number"}
    a.custom_fields.create(CustomFieldInput(**field))
    b.custom_fields.create(CustomFieldInput(**{**field, "label": "VAT no."}))
    reports = sync_all(clients, server)

    assert all(not report.received.blocked for report in reports)
    assert synced_content(a) == synced_content(b) == synced_content(c)
    assert query(c, "SELECT id, label FROM custom_field_definitions") == [
        (natural_id("custom_field", "contact", "vat_number"), "VAT no.")
    ]
    assert any(row[2] == "label" for row in open_conflicts_of(b) + open_conflicts_of(a))
