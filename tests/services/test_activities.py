"""ActivityService: the interaction history linked to contacts, companies, deals and cases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from crm_desktop.domain.enums import ActivityKind, Direction
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.models import Contact
from crm_desktop.services.activities import ActivityInput
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import ContactInput
from crm_desktop.services.records import ListQuery
from tests.conftest import FakeClock
from tests.services.helpers import unchanged


@pytest.fixture
def contact(crm: Crm) -> Contact:
    return crm.contacts.create(ContactInput(given_name="Ali")).value


def test_create_defaults_the_time_to_now(crm: Crm, contact: Contact, clock: FakeClock) -> None:
    outcome = crm.activities.create(
        ActivityInput(
            kind=ActivityKind.CALL,
            direction=Direction.OUTBOUND,
            subject="Follow-up",
            duration_minutes=5,
            contact_id=contact.id,
        )
    )
    activity = outcome.value
    assert outcome.changes.created == {("activity", activity.id)}
    assert abs(activity.occurred_at - clock.now) < timedelta(seconds=1)
    stored = crm.activities.get(activity.id)
    assert (stored.kind, stored.direction, stored.subject, stored.duration_minutes) == (
        ActivityKind.CALL,
        Direction.OUTBOUND,
        "Follow-up",
        5,
    )


def test_history_of_a_contact_newest_first(crm: Crm, contact: Contact) -> None:
    when = datetime(2026, 1, 1, 10, tzinfo=UTC)
    ids = [
        crm.activities.create(
            ActivityInput(kind=kind, contact_id=contact.id, occurred_at=when + timedelta(days=day))
        ).value.id
        for day, kind in [(2, ActivityKind.MEETING), (0, ActivityKind.NOTE), (1, ActivityKind.SMS)]
    ]
    other = crm.contacts.create(ContactInput(given_name="Other")).value
    crm.activities.create(ActivityInput(contact_id=other.id))
    history = crm.activities.ids(ListQuery(filters={"contact_id": contact.id}, sort="when", descending=True))
    assert history == [ids[0], ids[2], ids[1]]
    assert crm.activities.ids(ListQuery(filters={"contact_id": contact.id, "kind": "sms"})) == [ids[2]]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({}, "contact_id"),  # linked to nothing
        ({"contact_id": "nobody"}, "contact_id"),
        ({"deal_id": "no-deal"}, "deal_id"),
        ({"case_id": "no-case"}, "case_id"),
        ({"company_id": "no-company"}, "company_id"),
        ({"CONTACT": True, "owner_id": "nobody"}, "owner_id"),
        ({"CONTACT": True, "duration_minutes": -5}, "duration_minutes"),
    ],
)
def test_bad_activities_are_refused(crm: Crm, contact: Contact, values: dict[str, Any], field: str) -> None:
    if values.pop("CONTACT", False):
        values["contact_id"] = contact.id
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.activities.create(ActivityInput(**values))
    assert set(error.value.errors) == {field}


def test_update_changes_only_given_fields(crm: Crm, contact: Contact) -> None:
    activity = crm.activities.create(
        ActivityInput(kind=ActivityKind.VISIT, subject="Visit", body="Showroom", contact_id=contact.id)
    ).value
    outcome = crm.activities.update(activity.id, ActivityInput(outcome="Ordered"))
    assert outcome.changes.updated == {("activity", activity.id)}
    after = crm.activities.get(activity.id)
    assert (after.kind, after.subject, after.body, after.outcome, after.occurred_at) == (
        ActivityKind.VISIT,
        "Visit",
        "Showroom",
        "Ordered",
        activity.occurred_at,
    )
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.activities.update(activity.id, ActivityInput(occurred_at=None))
    assert set(error.value.errors) == {"occurred_at"}


def test_delete_and_restore(crm: Crm, contact: Contact) -> None:
    activity = crm.activities.create(ActivityInput(contact_id=contact.id)).value
    assert crm.activities.delete(activity.id).changes.deleted == {("activity", activity.id)}
    with pytest.raises(NotFoundError):
        crm.activities.get(activity.id)
    assert crm.activities.count(ListQuery(filters={"contact_id": contact.id})) == 0
    assert crm.activities.ids(ListQuery(deleted=True)) == [activity.id]
    crm.activities.restore(activity.id)
    assert crm.activities.count(ListQuery(filters={"contact_id": contact.id})) == 1
