"""ContactService: contacts with emails, phones, tags and custom fields."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import col, select

from crm_desktop.domain.enums import ContactMethodKind, Lifecycle
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.models import Tagging
from crm_desktop.services.contact_methods import MethodInput
from crm_desktop.services.crm import Crm
from crm_desktop.services.custom_fields import CustomFieldInput
from crm_desktop.services.people import CompanyInput, ContactInput, UserInput
from crm_desktop.services.records import ListQuery
from tests.conftest import FakeClock
from tests.services.helpers import unchanged


def emails_of(crm: Crm, contact_id: str) -> list[tuple[str, bool]]:
    return [
        (m.normalized, m.is_primary)
        for m in crm.contacts.methods(contact_id)
        if m.kind == ContactMethodKind.EMAIL
    ]


def phones_of(crm: Crm, contact_id: str) -> list[tuple[str, str, bool]]:
    return [
        (m.normalized, m.value, m.is_primary)
        for m in crm.contacts.methods(contact_id)
        if m.kind == ContactMethodKind.PHONE
    ]


def test_create_with_two_emails_names_the_contact_and_both_methods(crm: Crm) -> None:
    outcome = crm.contacts.create(
        ContactInput(
            given_name="Layla", family_name="Haddad", emails=["layla@example.com", "l.h@example.org"]
        )
    )
    contact = outcome.value
    method_ids = {m.id for m in crm.contacts.methods(contact.id)}
    assert len(method_ids) == 2
    assert outcome.changes.created == {("contact", contact.id)} | {("contact_method", i) for i in method_ids}
    assert outcome.changes.updated == frozenset()
    assert outcome.changes.deleted == frozenset()
    assert contact.display_name == "Layla Haddad"
    assert contact.sort_key == "layla haddad"
    assert contact.lifecycle == Lifecycle.LEAD


def test_get_and_list(crm: Crm) -> None:
    a = crm.contacts.create(ContactInput(given_name="Zaid")).value
    b = crm.contacts.create(ContactInput(given_name="Amal")).value
    assert crm.contacts.get(a.id).display_name == "Zaid"
    assert [c.id for c in crm.contacts.list().items] == [b.id, a.id]  # name order by default
    assert crm.contacts.count() == 2
    with pytest.raises(NotFoundError):
        crm.contacts.get("no-such-id")


def test_update_changes_only_the_given_fields(crm: Crm) -> None:
    contact = crm.contacts.create(
        ContactInput(
            given_name="Omar",
            family_name="Saleh",
            job_title="Buyer",
            city="Riyadh",
            notes="likes tea",
            emails=["omar@example.com"],
            phones=["0501234567"],
            tags=["VIP"],
        )
    ).value
    methods_before = crm.contacts.methods(contact.id)

    outcome = crm.contacts.update(contact.id, ContactInput(city="Jeddah"))

    assert outcome.changes.updated == {("contact", contact.id)}
    assert outcome.changes.created == frozenset()
    assert outcome.changes.deleted == frozenset()
    after = crm.contacts.get(contact.id)
    assert after.city == "Jeddah"
    assert (after.given_name, after.family_name, after.job_title, after.notes) == (
        "Omar",
        "Saleh",
        "Buyer",
        "likes tea",
    )
    assert after.display_name == "Omar Saleh"
    assert crm.contacts.methods(contact.id) == methods_before
    assert crm.contacts.tags(contact.id) == ["VIP"]


def test_update_of_emails_names_the_added_and_removed_rows(crm: Crm) -> None:
    contact = crm.contacts.create(
        ContactInput(given_name="Omar", emails=["a@example.com", "b@example.com"])
    ).value
    old = {m.normalized: m.id for m in crm.contacts.methods(contact.id)}

    outcome = crm.contacts.update(contact.id, ContactInput(emails=["b@example.com", "c@example.com"]))

    new = {m.normalized: m.id for m in crm.contacts.methods(contact.id)}
    assert set(new) == {"b@example.com", "c@example.com"}
    assert new["b@example.com"] == old["b@example.com"]  # a row that stays is kept
    assert ("contact_method", new["c@example.com"]) in outcome.changes.created
    assert outcome.changes.deleted == {("contact_method", old["a@example.com"])}
    assert ("contact", contact.id) in outcome.changes.updated
    assert emails_of(crm, contact.id) == [("b@example.com", True), ("c@example.com", False)]


def test_display_name_follows_the_names_until_typed(crm: Crm) -> None:
    contact = crm.contacts.create(ContactInput(given_name="Mehmet", family_name="Kaya")).value
    crm.contacts.update(contact.id, ContactInput(family_name="Yılmaz"))
    assert crm.contacts.get(contact.id).display_name == "Mehmet Yılmaz"
    crm.contacts.update(contact.id, ContactInput(display_name="Memo"))
    crm.contacts.update(contact.id, ContactInput(given_name="Ahmet"))
    after = crm.contacts.get(contact.id)
    assert after.display_name == "Memo"
    assert after.sort_key == "memo"


def test_delete_tombstones_the_contact_its_methods_and_taggings(crm: Crm) -> None:
    contact = crm.contacts.create(
        ContactInput(
            given_name="Sara",
            emails=["sara@example.com", "s2@example.com"],
            phones=["0501234567"],
            tags=["VIP", "Riyadh"],
        )
    ).value
    method_ids = {m.id for m in crm.contacts.methods(contact.id)}
    assert len(method_ids) == 3
    with crm.db.read() as session:
        tagging_ids = set(session.scalars(select(Tagging.id).where(col(Tagging.record_id) == contact.id)))
    assert len(tagging_ids) == 2

    outcome = crm.contacts.delete(contact.id)

    assert outcome.changes.deleted == (
        {("contact", contact.id)}
        | {("contact_method", i) for i in method_ids}
        | {("tagging", i) for i in tagging_ids}
    )
    assert outcome.changes.created == frozenset()
    with pytest.raises(NotFoundError):
        crm.contacts.get(contact.id)
    assert crm.contacts.get(contact.id, include_deleted=True).deleted_at is not None
    assert crm.contacts.methods(contact.id) == []
    assert crm.contacts.tags(contact.id) == []
    assert crm.contacts.ids() == []
    assert crm.contacts.ids(ListQuery(deleted=True)) == [contact.id]
    assert crm.search.contacts("Sara") == []
    assert crm.search.contacts("0501234567") == []


def test_restore_brings_back_methods_and_taggings(crm: Crm) -> None:
    contact = crm.contacts.create(
        ContactInput(given_name="Sara", emails=["sara@example.com"], phones=["0501234567"], tags=["VIP"])
    ).value
    before = crm.contacts.methods(contact.id)
    crm.contacts.delete(contact.id)

    outcome = crm.contacts.restore(contact.id)

    assert ("contact", contact.id) in outcome.changes.created
    assert {i for e, i in outcome.changes.created if e == "contact_method"} == {m.id for m in before}
    assert len([1 for e, _ in outcome.changes.created if e == "tagging"]) == 1
    assert crm.contacts.get(contact.id).deleted_at is None
    assert [m.id for m in crm.contacts.methods(contact.id)] == [m.id for m in before]
    assert crm.contacts.tags(contact.id) == ["VIP"]
    assert [r.id for r in crm.search.contacts("0501234567")] == [contact.id]


def test_restore_does_not_bring_back_an_email_removed_before_the_delete(crm: Crm, clock: FakeClock) -> None:
    contact = crm.contacts.create(
        ContactInput(given_name="Sara", emails=["old@example.com", "new@example.com"])
    ).value
    crm.contacts.update(contact.id, ContactInput(emails=["new@example.com"]))
    clock.advance(hours=1)
    crm.contacts.delete(contact.id)
    crm.contacts.restore(contact.id)
    assert emails_of(crm, contact.id) == [("new@example.com", True)]


def test_restore_of_a_live_contact_changes_nothing(crm: Crm) -> None:
    contact = crm.contacts.create(ContactInput(given_name="Sara")).value
    with unchanged(crm):
        assert crm.contacts.restore(contact.id).changes.empty


@pytest.mark.parametrize("typed", ["0501234567", "+966 50 123 4567", "966501234567", "00966501234567"])
def test_phones_are_stored_in_e164_read_in_the_default_region(crm: Crm, typed: str) -> None:
    contact = crm.contacts.create(ContactInput(given_name="Ali", phones=[typed])).value
    assert phones_of(crm, contact.id) == [("+966501234567", "+966 50 123 4567", True)]


def test_default_region_decides_how_a_local_number_is_read(crm: Crm) -> None:
    crm.settings.update(default_region="TR")
    contact = crm.contacts.create(ContactInput(given_name="Ayşe", phones=["0532 123 45 67"])).value
    assert phones_of(crm, contact.id)[0][0] == "+905321234567"


def test_the_same_number_typed_twice_is_kept_once(crm: Crm) -> None:
    contact = crm.contacts.create(
        ContactInput(given_name="Ali", phones=["0501234567", "+966 50 123 4567"])
    ).value
    assert len(phones_of(crm, contact.id)) == 1


def test_exactly_one_primary_email(crm: Crm) -> None:
    contact = crm.contacts.create(
        ContactInput(given_name="Ali", emails=["a@example.com", "b@example.com", "c@example.com"])
    ).value
    assert [p for _, p in emails_of(crm, contact.id)] == [True, False, False]

    crm.contacts.update(
        contact.id,
        ContactInput(
            emails=[
                MethodInput(value="a@example.com"),
                MethodInput(value="b@example.com", primary=True),
                MethodInput(value="c@example.com"),
            ]
        ),
    )
    assert emails_of(crm, contact.id) == [
        ("a@example.com", False),
        ("b@example.com", True),
        ("c@example.com", False),
    ]
    assert crm.contacts.rows([contact.id])[0].primary_email == "b@example.com"


def test_exactly_one_primary_phone(crm: Crm) -> None:
    contact = crm.contacts.create(
        ContactInput(
            given_name="Ali",
            phones=[MethodInput(value="0501234567"), MethodInput(value="0551234567", primary=True)],
        )
    ).value
    assert [(p[0], p[2]) for p in phones_of(crm, contact.id)] == [
        ("+966501234567", False),
        ("+966551234567", True),
    ]
    crm.contacts.update(contact.id, ContactInput(phones=["0551234567"]))
    assert [(p[0], p[2]) for p in phones_of(crm, contact.id)] == [("+966551234567", True)]
    crm.contacts.update(contact.id, ContactInput(phones=[]))
    assert phones_of(crm, contact.id) == []


def test_two_primary_phones_are_refused(crm: Crm) -> None:
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.contacts.create(
            ContactInput(
                given_name="Ali",
                phones=[
                    MethodInput(value="0501234567", primary=True),
                    MethodInput(value="0551234567", primary=True),
                ],
            )
        )
    assert "phones" in error.value.errors
    assert "primary" in error.value.errors["phones"]


def test_invalid_email_is_refused_naming_the_field_and_nothing_is_saved(crm: Crm) -> None:
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.contacts.create(ContactInput(given_name="Ali", emails=["ali@example.com", "not-an-email"]))
    assert set(error.value.errors) == {"emails.2"}
    assert "not-an-email" in error.value.errors["emails.2"]
    assert "email" in str(error.value)


def test_phone_with_wrong_digit_count_is_refused(crm: Crm) -> None:
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.contacts.create(ContactInput(given_name="Ali", phones=["05012"]))
    assert set(error.value.errors) == {"phones"}
    assert "digits" in error.value.errors["phones"]
    assert "05012" in error.value.errors["phones"]


def test_letters_are_not_a_phone(crm: Crm) -> None:
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.contacts.create(ContactInput(given_name="Ali", phones=["call me"]))
    assert "phones" in error.value.errors


def test_every_bad_entry_is_named_at_once(crm: Crm) -> None:
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.contacts.create(ContactInput(given_name="Ali", emails=["x@"], phones=["123"]))
    assert set(error.value.errors) == {"emails", "phones"}


@pytest.mark.parametrize("names", [{}, {"given_name": "   "}, {"display_name": " ", "family_name": ""}])
def test_a_contact_without_a_name_is_refused(crm: Crm, names: dict[str, str]) -> None:
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.contacts.create(ContactInput(emails=["x@example.com"], **names))
    assert set(error.value.errors) == {"display_name"}
    assert "name" in error.value.errors["display_name"]


def test_removing_every_name_on_update_is_refused(crm: Crm) -> None:
    contact = crm.contacts.create(ContactInput(given_name="Ali")).value
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.contacts.update(contact.id, ContactInput(given_name="", display_name=""))
    assert "display_name" in error.value.errors


def test_failed_update_leaves_the_old_emails(crm: Crm) -> None:
    contact = crm.contacts.create(ContactInput(given_name="Ali", emails=["ali@example.com"])).value
    with unchanged(crm), pytest.raises(ValidationError):
        crm.contacts.update(contact.id, ContactInput(city="Dammam", emails=["ali@example.com", "bad@"]))
    assert emails_of(crm, contact.id) == [("ali@example.com", True)]
    assert crm.contacts.get(contact.id).city == ""


def test_unknown_company_and_owner_are_refused(crm: Crm) -> None:
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.contacts.create(ContactInput(given_name="Ali", company_id="nope"))
    assert set(error.value.errors) == {"company_id"}
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.contacts.create(ContactInput(given_name="Ali", owner_id="nope"))
    assert set(error.value.errors) == {"owner_id"}


def test_a_deleted_company_cannot_be_linked(crm: Crm) -> None:
    company = crm.companies.create(CompanyInput(name="Gone Ltd")).value
    crm.companies.delete(company.id)
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.contacts.create(ContactInput(given_name="Ali", company_id=company.id))
    assert "company_id" in error.value.errors


def test_required_custom_field_missing_is_refused(crm: Crm) -> None:
    crm.custom_fields.create(
        CustomFieldInput(entity="contact", key="national_id", label="National ID", required=True)
    )
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.contacts.create(ContactInput(given_name="Ali", emails=["ali@example.com"]))
    assert set(error.value.errors) == {"custom.national_id"}
    assert "National ID" in error.value.errors["custom.national_id"]
    contact = crm.contacts.create(ContactInput(given_name="Ali", custom={"national_id": "1012345678"})).value
    assert contact.custom == {"national_id": "1012345678"}


def test_marketing_consent_is_dated_by_the_clock(crm: Crm, clock: FakeClock) -> None:
    contact = crm.contacts.create(ContactInput(given_name="Ali", marketing_consent=True)).value
    assert contact.marketing_consent_at is not None
    assert abs(contact.marketing_consent_at - clock.now) < timedelta(seconds=1)
    crm.contacts.update(contact.id, ContactInput(marketing_consent=False))
    assert crm.contacts.get(contact.id).marketing_consent_at is None


def test_rows_show_company_primary_contact_points_and_owner(crm: Crm) -> None:
    owner = crm.users.create(UserInput(name="Huda")).value
    company = crm.companies.create(CompanyInput(name="Noor Trading")).value
    contact = crm.contacts.create(
        ContactInput(
            given_name="Ali",
            company_id=company.id,
            owner_id=owner.id,
            city="Riyadh",
            emails=["ali@example.com"],
            phones=["0501234567"],
        )
    ).value
    other = crm.contacts.create(ContactInput(given_name="Bare")).value
    rows = crm.contacts.rows([other.id, contact.id])
    assert [r.id for r in rows] == [other.id, contact.id]
    row = rows[1]
    assert (row.display_name, row.company_name, row.primary_email, row.primary_phone, row.owner_name) == (
        "Ali",
        "Noor Trading",
        "ali@example.com",
        "+966 50 123 4567",
        "Huda",
    )
    assert (rows[0].company_name, rows[0].primary_email, rows[0].primary_phone) == ("", "", "")


def test_tags_are_created_once_and_named_in_the_change_set(crm: Crm) -> None:
    outcome = crm.contacts.create(ContactInput(given_name="Ali", tags=["VIP", "vip ", "Wholesale"]))
    assert crm.contacts.tags(outcome.value.id) == ["VIP", "Wholesale"]
    assert len([1 for e, _ in outcome.changes.created if e == "tag"]) == 2
    assert len([1 for e, _ in outcome.changes.created if e == "tagging"]) == 2

    second = crm.contacts.create(ContactInput(given_name="Badr", tags=["vip"]))
    assert not any(e == "tag" for e, _ in second.changes.created)  # the existing tag is reused
    assert crm.contacts.tags(second.value.id) == ["VIP"]

    changed = crm.contacts.update(outcome.value.id, ContactInput(tags=["Wholesale"]))
    assert len([1 for e, _ in changed.changes.deleted if e == "tagging"]) == 1
    assert crm.contacts.tags(outcome.value.id) == ["Wholesale"]


def test_country_must_be_a_country_code(crm: Crm) -> None:
    with pytest.raises(ValidationError) as error:
        crm.contacts.create(ContactInput(given_name="Reza", country="Iran"))
    assert set(error.value.errors) == {"country"}
    assert crm.contacts.create(ContactInput(given_name="Reza", country="ir")).value.country == "IR"
