"""TagService: tag names, their use on records, rename, delete and restore."""

from __future__ import annotations

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.services.records import ListQuery
from crm_desktop.services.tags import TagInput
from tests.services.helpers import unchanged


def test_create_get_list(crm: Crm) -> None:
    outcome = crm.tags.create(TagInput(name=" VIP ", color="#aa0000"))
    tag = outcome.value
    assert outcome.changes.created == {("tag", tag.id)}
    assert (tag.name, tag.sort_key, tag.color) == ("VIP", "vip", "#aa0000")
    crm.tags.create(TagInput(name="آجل"))
    crm.tags.create(TagInput(name="Bayi"))
    assert [t.name for t in crm.tags.list().items] == ["Bayi", "VIP", "آجل"]


def test_by_name_is_case_and_script_variant_insensitive(crm: Crm) -> None:
    vip = crm.tags.create(TagInput(name="VIP")).value
    credit = crm.tags.create(TagInput(name="آجل")).value
    istanbul = crm.tags.create(TagInput(name="İstanbul")).value
    assert crm.tags.by_name("vip") == vip
    assert crm.tags.by_name("اجل") == credit
    assert crm.tags.by_name("ISTANBUL") == istanbul
    assert crm.tags.by_name("nothing") is None


def test_empty_name_is_refused(crm: Crm) -> None:
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.tags.create(TagInput(name="  "))
    assert set(error.value.errors) == {"name"}


def test_a_second_tag_with_the_same_name_is_refused_clearly(crm: Crm) -> None:
    crm.tags.create(TagInput(name="VIP"))
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.tags.create(TagInput(name="vip"))
    assert set(error.value.errors) == {"name"}
    assert "vip" in error.value.errors["name"]


def test_rename_onto_another_tag_is_refused_clearly(crm: Crm) -> None:
    crm.tags.create(TagInput(name="VIP"))
    gold = crm.tags.create(TagInput(name="Gold")).value
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.tags.update(gold.id, TagInput(name="Vip"))
    assert set(error.value.errors) == {"name"}
    assert crm.tags.update(gold.id, TagInput(name="GOLD")).value.name == "GOLD"  # its own name is fine


def test_rename_shows_on_every_tagged_record(crm: Crm) -> None:
    contact = crm.contacts.create(ContactInput(given_name="Ali", tags=["VIP"])).value
    tag = crm.tags.by_name("VIP")
    assert tag is not None
    outcome = crm.tags.update(tag.id, TagInput(name="Premium"))
    assert outcome.changes.updated == {("tag", tag.id)}
    assert crm.contacts.tags(contact.id) == ["Premium"]
    assert crm.tags.get(tag.id).color == ""  # only the name changed


def test_names_for_several_records(crm: Crm) -> None:
    a = crm.contacts.create(ContactInput(given_name="A", tags=["b", "a"])).value
    b = crm.companies.create(CompanyInput(name="B", tags=["a"])).value
    c = crm.contacts.create(ContactInput(given_name="C")).value
    assert crm.tags.names_for([a.id, b.id, c.id]) == {a.id: ["a", "b"], b.id: ["a"], c.id: []}
    assert crm.tags.names_for([]) == {}


def test_deleting_a_tag_takes_it_off_every_record_and_restore_puts_it_back(crm: Crm) -> None:
    contact = crm.contacts.create(ContactInput(given_name="Ali", tags=["VIP", "Gold"])).value
    company = crm.companies.create(CompanyInput(name="Noor", tags=["VIP"])).value
    tag = crm.tags.by_name("VIP")
    assert tag is not None

    outcome = crm.tags.delete(tag.id)

    assert ("tag", tag.id) in outcome.changes.deleted
    assert len([1 for e, _ in outcome.changes.deleted if e == "tagging"]) == 2
    assert crm.contacts.tags(contact.id) == ["Gold"]
    assert crm.companies.tags(company.id) == []
    assert crm.contacts.ids(ListQuery(tag_id=tag.id)) == []
    assert crm.stats.counts()["tagging"] == 1

    restored = crm.tags.restore(tag.id)

    assert len([1 for e, _ in restored.changes.created if e == "tagging"]) == 2
    assert crm.contacts.tags(contact.id) == ["Gold", "VIP"]
    assert crm.companies.tags(company.id) == ["VIP"]
    assert crm.contacts.ids(ListQuery(tag_id=tag.id)) == [contact.id]


def test_a_deleted_tag_name_used_again_brings_that_tag_back_for_that_record(crm: Crm) -> None:
    old = crm.tags.create(TagInput(name="VIP")).value
    earlier = crm.contacts.create(ContactInput(given_name="Badr", tags=["VIP"])).value
    crm.tags.delete(old.id)
    contact = crm.contacts.create(ContactInput(given_name="Ali", tags=["vip"])).value
    again = crm.tags.by_name("VIP")
    assert again is not None and again.id == old.id  # one id per name, on every device
    assert crm.contacts.tags(contact.id) == ["vip"]
    assert crm.contacts.tags(earlier.id) == []  # the delete took it off the others


def test_a_deleted_tag_name_can_be_created_again(crm: Crm) -> None:
    old = crm.tags.create(TagInput(name="VIP")).value
    crm.tags.delete(old.id)
    new = crm.tags.create(TagInput(name="VIP")).value
    assert new.id != old.id  # the name's id is held by the deleted tag
    assert crm.tags.by_name("VIP") == new
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.tags.restore(old.id)  # two live tags cannot share a name
    assert set(error.value.errors) == {"name"}
