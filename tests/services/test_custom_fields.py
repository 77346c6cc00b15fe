"""CustomFieldService: definitions per entity and the checking of values kept with each row."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from crm_desktop.domain.enums import CustomFieldType
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm
from crm_desktop.services.custom_fields import CustomFieldInput
from crm_desktop.services.people import ContactInput
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.records import ListQuery
from tests.services.helpers import unchanged


def define_contact_fields(crm: Crm) -> None:
    for position, (key, field_type, choices) in enumerate(
        [
            ("tier", CustomFieldType.CHOICE, ["gold", "silver"]),
            ("employees", CustomFieldType.NUMBER, []),
            ("since", CustomFieldType.DATE, []),
            ("wholesale", CustomFieldType.BOOL, []),
            ("nickname", CustomFieldType.TEXT, []),
        ]
    ):
        crm.custom_fields.create(
            CustomFieldInput(
                entity="contact",
                key=key,
                label=key.title(),
                field_type=field_type,
                choices=choices,
                position=position,
            )
        )


def test_create_and_list_definitions(crm: Crm) -> None:
    outcome = crm.custom_fields.create(
        CustomFieldInput(entity="contact", key=" vat_number ", label="VAT number", position=2)
    )
    assert outcome.changes.created == {("custom_field", outcome.value.id)}
    assert outcome.value.key == "vat_number"
    crm.custom_fields.create(CustomFieldInput(entity="contact", key="region", label="Region", position=1))
    crm.custom_fields.create(CustomFieldInput(entity="deal", key="source", label="Source"))
    assert [d.key for d in crm.custom_fields.for_entity("contact")] == ["region", "vat_number"]
    assert [d.key for d in crm.custom_fields.for_entity("deal")] == ["source"]
    assert crm.custom_fields.count(ListQuery(filters={"entity": "contact"})) == 2


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"entity": "case", "key": "x", "label": "X"}, "entity"),
        ({"entity": "contact", "key": "vat number", "label": "X"}, "key"),
        ({"entity": "contact", "key": "1st", "label": "X"}, "key"),
        ({"entity": "contact", "key": "رقم", "label": "X"}, "key"),
        ({"entity": "contact", "key": "", "label": "X"}, "key"),
        ({"entity": "contact", "key": "x", "label": ""}, "label"),
        ({"entity": "contact", "key": "x", "label": "X", "field_type": CustomFieldType.CHOICE}, "choices"),
    ],
)
def test_bad_definitions_are_refused(crm: Crm, values: dict[str, Any], field: str) -> None:
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.custom_fields.create(CustomFieldInput(**values))
    assert set(error.value.errors) == {field}


def test_a_duplicate_key_is_refused_clearly(crm: Crm) -> None:
    crm.custom_fields.create(CustomFieldInput(entity="contact", key="tier", label="Tier"))
    crm.custom_fields.create(CustomFieldInput(entity="deal", key="tier", label="Tier"))  # other entity: fine
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.custom_fields.create(CustomFieldInput(entity="contact", key="tier", label="Level"))
    assert set(error.value.errors) == {"key"}
    assert "tier" in error.value.errors["key"]


def test_a_deleted_key_is_refused_clearly_too(crm: Crm) -> None:
    """The key stays taken by the tombstone (sync may still need it): the message says to restore it."""
    definition = crm.custom_fields.create(CustomFieldInput(entity="contact", key="tier", label="Tier")).value
    crm.custom_fields.delete(definition.id)
    assert crm.custom_fields.for_entity("contact") == []
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.custom_fields.create(CustomFieldInput(entity="contact", key="tier", label="Tier"))
    assert set(error.value.errors) == {"key"}
    assert crm.custom_fields.restore(definition.id).changes.created == {("custom_field", definition.id)}
    assert [d.key for d in crm.custom_fields.for_entity("contact")] == ["tier"]


def test_values_are_converted_to_their_stored_form(crm: Crm) -> None:
    define_contact_fields(crm)
    contact = crm.contacts.create(
        ContactInput(
            given_name="Ali",
            custom={
                "tier": "gold",
                "employees": " 12 ",
                "since": "2024-05-01",
                "wholesale": "yes",
                "nickname": 7,
            },
        )
    ).value
    assert contact.custom == {
        "tier": "gold",
        "employees": 12,
        "since": "2024-05-01",
        "wholesale": True,
        "nickname": "7",
    }
    other = crm.contacts.create(ContactInput(given_name="Badr", custom={"employees": "2.50"})).value
    assert Decimal(other.custom["employees"]) == Decimal("2.5")  # not a float: kept as decimal text


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("tier", "platinum", ["platinum", "gold, silver"]),
        ("employees", "many", ["many", "number"]),
        ("since", "01/05/2024", ["01/05/2024", "date"]),
        ("wholesale", "perhaps", ["perhaps"]),
        ("colour", "red", ["colour"]),
    ],
)
def test_bad_values_are_refused_naming_the_field(crm: Crm, key: str, value: str, words: list[str]) -> None:
    define_contact_fields(crm)
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.contacts.create(ContactInput(given_name="Ali", custom={key: value}))
    assert set(error.value.errors) == {f"custom.{key}"}
    for word in words:
        assert word in error.value.errors[f"custom.{key}"]


def test_required_field(crm: Crm) -> None:
    crm.custom_fields.create(
        CustomFieldInput(entity="deal", key="po_number", label="PO number", required=True)
    )
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.deals.create(DealInput(title="Big order", amount="10"))
    assert set(error.value.errors) == {"custom.po_number"}
    assert "PO number" in error.value.errors["custom.po_number"]
    deal = crm.deals.create(DealInput(title="Big order", custom={"po_number": "PO-7"})).value
    with unchanged(crm), pytest.raises(ValidationError):
        crm.deals.update(deal.id, DealInput(custom={"po_number": ""}))
    # an update that leaves custom fields alone does not trip over them
    assert crm.deals.update(deal.id, DealInput(title="Bigger order")).value.custom == {"po_number": "PO-7"}


def test_update_merges_custom_values_and_empty_clears_one(crm: Crm) -> None:
    define_contact_fields(crm)
    contact = crm.contacts.create(
        ContactInput(given_name="Ali", custom={"tier": "gold", "nickname": "Abu Salem"})
    ).value
    crm.contacts.update(contact.id, ContactInput(custom={"tier": "silver"}))
    assert crm.contacts.get(contact.id).custom == {"tier": "silver", "nickname": "Abu Salem"}
    crm.contacts.update(contact.id, ContactInput(custom={"nickname": ""}))
    assert crm.contacts.get(contact.id).custom == {"tier": "silver"}


def test_lists_filter_by_custom_values(crm: Crm) -> None:
    define_contact_fields(crm)
    gold = crm.contacts.create(ContactInput(given_name="A", custom={"tier": "gold", "employees": 5})).value
    crm.contacts.create(ContactInput(given_name="B", custom={"tier": "silver", "employees": 5}))
    crm.contacts.create(ContactInput(given_name="C"))
    wholesale = crm.contacts.create(ContactInput(given_name="D", custom={"wholesale": True})).value
    assert crm.contacts.ids(ListQuery(custom={"tier": "gold"})) == [gold.id]
    assert crm.contacts.ids(ListQuery(custom={"tier": "gold", "employees": 5})) == [gold.id]
    assert crm.contacts.count(ListQuery(custom={"employees": 5})) == 2
    assert crm.contacts.ids(ListQuery(custom={"wholesale": True})) == [wholesale.id]
    with pytest.raises(ValidationError) as error:
        crm.contacts.ids(ListQuery(custom={"tier') OR 1=1 --": "x"}))
    assert "custom" in error.value.errors


def test_update_of_a_definition(crm: Crm) -> None:
    definition = crm.custom_fields.create(
        CustomFieldInput(
            entity="contact", key="tier", label="Tier", field_type=CustomFieldType.CHOICE, choices=["a"]
        )
    ).value
    outcome = crm.custom_fields.update(definition.id, CustomFieldInput(choices=["a", "b"]))
    assert outcome.changes.updated == {("custom_field", definition.id)}
    after = crm.custom_fields.get(definition.id)
    assert (after.label, after.choices) == ("Tier", ["a", "b"])
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.custom_fields.update(definition.id, CustomFieldInput(choices=[]))
    assert set(error.value.errors) == {"choices"}
