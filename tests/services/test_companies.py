"""CompanyService: accounts with phones, emails, tags, custom fields; their contacts' search text."""

from __future__ import annotations

import pytest

from crm_desktop.domain.enums import ContactMethodKind
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.crm import Crm
from crm_desktop.services.custom_fields import CustomFieldInput
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.services.records import ListQuery
from tests.services.helpers import unchanged


def test_create_names_the_company_its_methods_tag_and_tagging(crm: Crm) -> None:
    outcome = crm.companies.create(
        CompanyInput(
            name="  Noor Trading  ",
            industry="Retail",
            country="sa",
            phones=["011 234 5678"],
            emails=["info@noor.example"],
            tags=["Wholesale"],
        )
    )
    company = outcome.value
    methods = crm.companies.methods(company.id)
    assert company.name == "Noor Trading"
    assert company.sort_key == "noor trading"
    assert company.country == "SA"
    assert {(m.kind, m.normalized) for m in methods} == {
        (ContactMethodKind.PHONE, "+966112345678"),
        (ContactMethodKind.EMAIL, "info@noor.example"),
    }
    assert {e for e, _ in outcome.changes.created} == {"company", "contact_method", "tag", "tagging"}
    assert len(outcome.changes.created) == 5
    assert ("company", company.id) in outcome.changes.created
    assert crm.companies.tags(company.id) == ["Wholesale"]


def test_get_list_and_sort(crm: Crm) -> None:
    b = crm.companies.create(CompanyInput(name="Beta", city="Ankara")).value
    a = crm.companies.create(CompanyInput(name="alpha", city="Riyadh")).value
    assert crm.companies.get(a.id).name == "alpha"
    assert crm.companies.ids() == [a.id, b.id]  # folded name order
    assert crm.companies.ids(ListQuery(sort="city", descending=True)) == [a.id, b.id]
    assert crm.companies.ids(ListQuery(filters={"city": "Ankara"})) == [b.id]


def test_update_changes_only_given_fields(crm: Crm) -> None:
    company = crm.companies.create(
        CompanyInput(name="Kaya Ltd.", industry="Textiles", website="kaya.example", emails=["a@kaya.example"])
    ).value
    methods = crm.companies.methods(company.id)
    outcome = crm.companies.update(company.id, CompanyInput(industry="Apparel"))
    assert outcome.changes.updated == {("company", company.id)}
    assert not outcome.changes.created and not outcome.changes.deleted
    after = crm.companies.get(company.id)
    assert (after.name, after.industry, after.website) == ("Kaya Ltd.", "Apparel", "kaya.example")
    assert crm.companies.methods(company.id) == methods


def test_empty_name_is_refused_and_nothing_saved(crm: Crm) -> None:
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.companies.create(CompanyInput(name="  ", emails=["a@example.com"]))
    assert set(error.value.errors) == {"name"}
    assert "Name" in error.value.errors["name"]
    company = crm.companies.create(CompanyInput(name="X")).value
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.companies.update(company.id, CompanyInput(name=""))
    assert set(error.value.errors) == {"name"}


def test_bad_phone_and_email_are_refused(crm: Crm) -> None:
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.companies.create(CompanyInput(name="X", phones=["+966 50 12"], emails=["info@"]))
    assert set(error.value.errors) == {"phones", "emails"}


def test_delete_and_restore(crm: Crm) -> None:
    company = crm.companies.create(
        CompanyInput(name="Noor", phones=["0112345678"], emails=["a@noor.example"], tags=["Gold"])
    ).value
    method_ids = {m.id for m in crm.companies.methods(company.id)}

    deleted = crm.companies.delete(company.id)
    assert {i for e, i in deleted.changes.deleted if e == "contact_method"} == method_ids
    assert {e for e, _ in deleted.changes.deleted} == {"company", "contact_method", "tagging"}
    with pytest.raises(NotFoundError):
        crm.companies.get(company.id)
    assert crm.companies.methods(company.id) == []
    assert crm.search.everything("Noor") == []

    restored = crm.companies.restore(company.id)
    assert {i for e, i in restored.changes.created if e == "contact_method"} == method_ids
    assert crm.companies.tags(company.id) == ["Gold"]
    assert [h.id for h in crm.search.everything("Noor")] == [company.id]


def test_contacts_are_found_by_their_company_name_even_after_a_rename(crm: Crm) -> None:
    company = crm.companies.create(CompanyInput(name="Anatolia Foods")).value
    contact = crm.contacts.create(ContactInput(given_name="Ayşe", company_id=company.id)).value
    assert [r.id for r in crm.search.contacts("anatolia")] == [contact.id]

    crm.companies.update(company.id, CompanyInput(name="Bosphorus Foods"))

    assert [r.id for r in crm.search.contacts("bosphorus")] == [contact.id]
    assert crm.search.contacts("anatolia") == []
    assert crm.contacts.rows([contact.id])[0].company_name == "Bosphorus Foods"


def test_custom_fields_of_companies(crm: Crm) -> None:
    crm.custom_fields.create(CustomFieldInput(entity="company", key="vat_number", label="VAT number"))
    company = crm.companies.create(CompanyInput(name="X", custom={"vat_number": "300012345600003"})).value
    assert company.custom == {"vat_number": "300012345600003"}
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.companies.update(company.id, CompanyInput(custom={"colour": "red"}))
    assert set(error.value.errors) == {"custom.colour"}


def test_list_of_contacts_by_company(crm: Crm) -> None:
    company = crm.companies.create(CompanyInput(name="X")).value
    inside = crm.contacts.create(ContactInput(given_name="In", company_id=company.id)).value
    crm.contacts.create(ContactInput(given_name="Out"))
    assert crm.contacts.ids(ListQuery(filters={"company_id": company.id})) == [inside.id]


def test_contacts_are_no_longer_found_by_a_deleted_companys_name(crm: Crm) -> None:
    company = crm.companies.create(CompanyInput(name="Zümrüt Tekstil")).value
    contact = crm.contacts.create(ContactInput(given_name="Emre", company_id=company.id)).value
    assert contact.id in crm.contacts.ids(ListQuery(text="zumrut"))
    crm.companies.delete(company.id)
    assert crm.contacts.ids(ListQuery(text="zumrut")) == []
    crm.companies.restore(company.id)
    assert crm.contacts.ids(ListQuery(text="zumrut")) == [contact.id]
