"""Merging two contacts and separating them again: fields, related records, phones, tags, history."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.activities import ActivityInput
from crm_desktop.services.cases import CaseInput
from crm_desktop.services.crm import Crm
from crm_desktop.services.custom_fields import CustomFieldInput
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.tasks import TaskInput
from tests.conftest import FakeClock
from tests.services.helpers import query_all


@pytest.fixture
def pair(crm: Crm, clock: FakeClock) -> tuple[str, str]:
    kaya = crm.companies.create(CompanyInput(name="Kaya")).value.id
    keep = crm.contacts.create(
        ContactInput(
            given_name="Omar",
            family_name="Haddad",
            job_title="Buyer",
            emails=["omar@example.com"],
            phones=["0501234567"],
            tags=["VIP"],
        )
    ).value.id
    clock.advance(minutes=5)
    other = crm.contacts.create(
        ContactInput(
            given_name="Omar",
            family_name="Hadad",
            job_title="Purchasing manager",
            company_id=kaya,
            city="Riyadh",
            birthday=date(1985, 4, 12),
            emails=["OMAR@example.com", "o.haddad@kaya.example"],
            phones=["+966 55 555 1234"],
            tags=["Wholesale"],
        )
    ).value.id
    crm.activities.create(ActivityInput(subject="Call about prices", contact_id=other))
    crm.deals.create(DealInput(title="Fabric order", contact_id=other, amount="1000"))
    crm.cases.create(CaseInput(subject="Late delivery", contact_id=other))
    crm.tasks.create(TaskInput(title="Send catalogue", contact_id=other))
    return keep, other


def state(crm: Crm) -> dict[str, list[tuple[object, ...]]]:
    """What a user sees of the contacts and their records (times left out: they move on)."""
    queries = {
        "contacts": "SELECT id, given_name, family_name, display_name, company_id, job_title, city, "
        "birthday, deleted_at IS NULL FROM contacts ORDER BY id",
        "methods": "SELECT id, contact_id, value, is_primary, deleted_at IS NULL FROM contact_methods "
        "ORDER BY id",
        "taggings": "SELECT record_id, tag_id FROM taggings WHERE deleted_at IS NULL "
        "ORDER BY record_id, tag_id",
        "rows": "SELECT 'deal', id, contact_id FROM deals UNION ALL SELECT 'case', id, contact_id FROM cases "
        "UNION ALL SELECT 'task', id, contact_id FROM tasks ORDER BY 1, 2",
        "activities": "SELECT id, contact_id FROM activities WHERE deleted_at IS NULL ORDER BY id",
        "search": "SELECT ref_id, body FROM search_docs ORDER BY ref_id",
    }
    return {name: query_all(crm, sql) for name, sql in queries.items()}


def test_a_merge_moves_everything_to_the_survivor(crm: Crm, pair: tuple[str, str]) -> None:
    keep, other = pair
    preview = {c.field: c.chosen for c in crm.merging.preview(keep, other)}
    assert preview["job_title"] == "other"  # both have one: the more recently changed record's
    assert preview["city"] == "other" and preview["given_name"] == "keep"  # the same: kept

    info = crm.merging.merge(keep, other, {"family_name": "keep"})
    survivor = crm.contacts.get(keep)
    assert (survivor.family_name, survivor.job_title, survivor.city) == (
        "Haddad",
        "Purchasing manager",
        "Riyadh",
    )
    assert survivor.birthday == date(1985, 4, 12) and survivor.company_id is not None
    with pytest.raises(NotFoundError):
        crm.contacts.get(other)  # in the bin
    points = crm.contacts.contact_points([keep])[keep]
    assert sorted(points.emails) == ["o.haddad@kaya.example", "omar@example.com"]  # OMAR@ is the same address
    assert len(points.phones) == 2
    assert crm.tags.names_for([keep])[keep] == ["VIP", "Wholesale"]
    timeline = crm.activities.list().items
    assert {a.contact_id for a in timeline} == {keep}
    assert any(a.subject == "Merged with Omar Hadad" for a in timeline)
    assert crm.deals.list().items[0].contact_id == keep
    assert crm.cases.list().items[0].contact_id == keep
    assert crm.tasks.list().items[0].contact_id == keep
    assert crm.search.contacts("hadad") == []  # the other's name is found no more
    assert [m.id for m in crm.merging.merges()] == [info.id]


def test_unmerge_separates_them_as_they_were(crm: Crm, pair: tuple[str, str]) -> None:
    keep, other = pair
    before = state(crm)
    info = crm.merging.merge(keep, other)
    assert state(crm) != before
    crm.merging.unmerge(info.id)
    assert state(crm) == before
    survivor, back = crm.contacts.get(keep), crm.contacts.get(other)
    assert (survivor.job_title, survivor.city, survivor.company_id) == ("Buyer", "", None)
    assert back.family_name == "Hadad"
    assert sorted(crm.contacts.contact_points([other])[other].emails) == [
        "OMAR@example.com",
        "o.haddad@kaya.example",
    ]
    assert crm.tags.names_for([keep])[keep] == ["VIP"]
    assert crm.deals.list().items[0].contact_id == other
    assert not any(a.subject.startswith("Merged with") for a in crm.activities.list().items)
    assert [c.id for c in crm.search.contacts("hadad")] == [other]
    with pytest.raises(ValidationError, match="undone already"):
        crm.merging.unmerge(info.id)


def test_what_cannot_be_merged(crm: Crm, pair: tuple[str, str]) -> None:
    keep, _other = pair
    with pytest.raises(ValidationError, match="with itself"):
        crm.merging.merge(keep, keep)
    with pytest.raises(NotFoundError):
        crm.merging.merge(keep, "no-such-contact")
    with pytest.raises(ValidationError, match="Unknown fields: shoe_size"):
        crm.merging.merge(keep, _other, {"shoe_size": "other"})
    with pytest.raises(NotFoundError):
        crm.merging.unmerge("no-such-merge")


def test_a_merge_loses_no_opt_out_consent_custom_value_or_note(crm: Crm) -> None:
    crm.custom_fields.create(CustomFieldInput(entity="contact", key="loyalty_no", label="Loyalty number"))
    keep = crm.contacts.create(
        ContactInput(given_name="Omar", marketing_consent=True, notes="Prefers mornings")
    ).value.id
    other = crm.contacts.create(
        ContactInput(given_name="Omar", do_not_email=True, custom={"loyalty_no": "L-77"}, notes="Pays cash")
    ).value.id
    info = crm.merging.merge(keep, other)
    merged = crm.contacts.get(keep)
    assert merged.do_not_email is True  # an opt-out of either stands
    assert merged.marketing_consent is False  # consent only where both gave it
    assert merged.custom["loyalty_no"] == "L-77"
    assert merged.notes == "Prefers mornings\n\nPays cash"
    crm.merging.unmerge(info.id)
    back = crm.contacts.get(keep)
    assert (back.do_not_email, back.marketing_consent, back.notes) == (False, True, "Prefers mornings")
    assert not back.custom.get("loyalty_no")


def test_moved_rows_keep_the_orm_s_timestamp_text(crm: Crm, pair: tuple[str, str]) -> None:
    keep, other = pair
    crm.merging.merge(keep, other)
    stamps = query_all(crm, "SELECT updated_at FROM deals UNION ALL SELECT updated_at FROM contact_methods")
    assert stamps and all("+" not in str(stamp) and "T" not in str(stamp) for (stamp,) in stamps)


def test_a_merge_keeps_the_other_s_external_id_and_photo_and_unmerge_gives_them_back(crm: Crm) -> None:
    """Imported from another system, the merged contact's id there and its photo stay with the
    survivor: the next import by external id finds it instead of making the person again."""
    picture = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 30, 30)).save(picture, "PNG")
    keep = crm.contacts.create(ContactInput(given_name="Omar", family_name="Haddad")).value.id
    other = crm.contacts.create(
        ContactInput(given_name="Omar", family_name="Hadad", external_id="C-7")
    ).value.id
    crm.contact_photos.set(other, picture.getvalue())
    merge = crm.merging.merge(keep, other)
    assert crm.contacts.get(keep).external_id == "C-7"
    assert crm.contact_photos.get(keep) == crm.contact_photos.get(other) is not None
    crm.merging.unmerge(merge.id)
    assert crm.contacts.get(keep).external_id == ""
    assert crm.contact_photos.get(keep) is None
    assert crm.contacts.get(other).external_id == "C-7" and crm.contact_photos.get(other) is not None
