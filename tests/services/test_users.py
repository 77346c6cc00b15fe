"""UserService: the business's own people who own records."""

from __future__ import annotations

import pytest

from crm_desktop.domain.enums import UserRole
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import ContactInput, UserInput
from crm_desktop.services.records import ListQuery, parse_input
from tests.services.helpers import unchanged


def test_create_get_list(crm: Crm) -> None:
    outcome = crm.users.create(UserInput(name=" Huda ", email="Huda@Example.COM", role=UserRole.MANAGER))
    user = outcome.value
    assert outcome.changes.created == {("user", user.id)}
    assert user.name == "Huda"
    assert user.email == "Huda@example.com"  # the domain is lower-cased, the local part kept
    assert crm.users.get(user.id).role == UserRole.MANAGER
    crm.users.create(UserInput(name="Ali"))
    assert [u.name for u in crm.users.list().items] == ["Ali", "Huda"]
    assert [u.name for u in crm.users.list(ListQuery(filters={"role": "manager"})).items] == ["Huda"]


def test_update_changes_only_given_fields(crm: Crm) -> None:
    user = crm.users.create(UserInput(name="Huda", email="huda@example.com", role=UserRole.SUPPORT)).value
    outcome = crm.users.update(user.id, UserInput(active=False))
    assert outcome.changes.updated == {("user", user.id)}
    after = crm.users.get(user.id)
    assert (after.name, after.email, after.role, after.active) == (
        "Huda",
        "huda@example.com",
        UserRole.SUPPORT,
        False,
    )
    assert crm.users.ids(ListQuery(filters={"active": True})) == []


def test_validation(crm: Crm) -> None:
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.users.create(UserInput(name=""))
    assert set(error.value.errors) == {"name"}
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.users.create(UserInput(name="Huda", email="huda.example.com"))
    assert set(error.value.errors) == {"email"}
    assert "huda.example.com" in error.value.errors["email"]
    with pytest.raises(ValidationError) as error:
        parse_input(UserInput, {"name": "X", "role": "boss"})
    assert set(error.value.errors) == {"role"}


def test_delete_and_restore(crm: Crm) -> None:
    user = crm.users.create(UserInput(name="Huda")).value
    assert crm.users.delete(user.id).changes.deleted == {("user", user.id)}
    with pytest.raises(NotFoundError):
        crm.users.get(user.id)
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.contacts.create(ContactInput(given_name="Ali", owner_id=user.id))
    assert set(error.value.errors) == {"owner_id"}
    assert crm.users.restore(user.id).changes.created == {("user", user.id)}
    contact = crm.contacts.create(ContactInput(given_name="Ali", owner_id=user.id)).value
    assert crm.contacts.ids(ListQuery(filters={"owner_id": user.id})) == [contact.id]


def test_delete_of_an_unknown_user(crm: Crm) -> None:
    with unchanged(crm), pytest.raises(NotFoundError):
        crm.users.delete("nobody")
