"""CaseService: SLA from priority settings, escalation rules, status transitions, the queue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from crm_desktop.domain.enums import ActivityKind, CaseStatus, Priority
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.models import Case
from crm_desktop.services.cases import CaseInput, escalation_for
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import ContactInput, UserInput
from crm_desktop.services.records import ListQuery
from crm_desktop.services.sales import ProductInput
from tests.conftest import FakeClock
from tests.services.helpers import unchanged


def new_case(crm: Crm, priority: Priority = Priority.NORMAL, **values: Any) -> Case:
    return crm.cases.create(
        CaseInput(subject=values.pop("subject", "Late delivery"), priority=priority, **values)
    ).value


def notes(crm: Crm, case_id: str) -> list[str]:
    return [
        a.subject
        for a in crm.activities.list(
            ListQuery(filters={"case_id": case_id, "kind": ActivityKind.NOTE}, sort="when")
        ).items
    ]


def test_create_computes_the_sla_from_the_priority_settings(crm: Crm) -> None:
    for priority, hours in [
        (Priority.URGENT, 4),
        (Priority.HIGH, 24),
        (Priority.NORMAL, 72),
        (Priority.LOW, 168),
    ]:
        outcome = crm.cases.create(CaseInput(subject="x", priority=priority))
        case = outcome.value
        assert outcome.changes.created == {("case", case.id)}
        assert case.sla_due_at == case.created_at + timedelta(hours=hours)
        assert (case.status, case.escalation_level) == (CaseStatus.NEW, 0)
    crm.settings.update(sla_hours={"urgent": 2})
    urgent = new_case(crm, Priority.URGENT)
    assert urgent.sla_due_at == urgent.created_at + timedelta(hours=2)


def test_a_priority_change_recomputes_the_sla_from_the_opening_time(crm: Crm, clock: FakeClock) -> None:
    case = new_case(crm, Priority.LOW)
    clock.advance(hours=10)
    outcome = crm.cases.update(case.id, CaseInput(priority=Priority.HIGH))
    assert outcome.changes.updated == {("case", case.id)}
    assert crm.cases.get(case.id).sla_due_at == case.created_at + timedelta(hours=24)
    crm.cases.update(case.id, CaseInput(description="more detail"))
    after = crm.cases.get(case.id)
    assert after.sla_due_at == case.created_at + timedelta(hours=24)
    assert (after.subject, after.priority) == ("Late delivery", Priority.HIGH)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"subject": ""}, "subject"),
        ({"contact_id": "nobody"}, "contact_id"),
        ({"assignee_id": "nobody"}, "assignee_id"),
        ({"product_id": "nothing"}, "product_id"),
        ({"status": CaseStatus.RESOLVED}, "resolution"),
        ({"status": CaseStatus.CLOSED, "resolution": "  "}, "resolution"),
    ],
)
def test_bad_cases_are_refused(crm: Crm, values: dict[str, Any], field: str) -> None:
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.cases.create(CaseInput(**{"subject": "x", **values}))
    assert set(error.value.errors) == {field}


def test_links(crm: Crm) -> None:
    contact = crm.contacts.create(ContactInput(given_name="Ali")).value
    user = crm.users.create(UserInput(name="Huda")).value
    product = crm.products.create(ProductInput(name="Router")).value
    case = new_case(crm, contact_id=contact.id, assignee_id=user.id, product_id=product.id)
    assert crm.cases.ids(ListQuery(filters={"assignee_id": user.id})) == [case.id]
    assert crm.cases.ids(ListQuery(filters={"product_id": product.id})) == [case.id]
    assert [h.id for h in crm.search.everything("Late delivery") if h.entity == "case"] == [case.id]


def test_status_transitions(crm: Crm, clock: FakeClock) -> None:
    case = new_case(crm)
    assert case.first_response_at is None

    clock.advance(hours=1)
    opened = crm.cases.set_status(case.id, CaseStatus.OPEN).value
    assert opened.first_response_at is not None
    assert abs(opened.first_response_at - clock.now) < timedelta(seconds=1)

    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.cases.set_status(case.id, CaseStatus.RESOLVED)
    assert set(error.value.errors) == {"resolution"}

    clock.advance(hours=2)
    resolved = crm.cases.set_status(case.id, CaseStatus.RESOLVED, resolution="Sent a new one").value
    assert resolved.resolved_at is not None and resolved.closed_at is None
    assert resolved.first_response_at == opened.first_response_at

    clock.advance(hours=1)
    closed = crm.cases.set_status(case.id, CaseStatus.CLOSED).value
    assert closed.resolved_at == resolved.resolved_at  # closing keeps the resolution time
    assert closed.closed_at is not None

    reopened = crm.cases.set_status(case.id, CaseStatus.OPEN).value
    assert (reopened.resolved_at, reopened.closed_at) == (None, None)
    assert reopened.first_response_at == opened.first_response_at


def test_average_resolution_hours(crm: Crm, clock: FakeClock) -> None:
    a = new_case(crm)
    b = new_case(crm)
    clock.advance(hours=2)
    crm.cases.set_status(a.id, CaseStatus.RESOLVED, resolution="done")
    clock.advance(hours=2)
    crm.cases.set_status(b.id, CaseStatus.RESOLVED, resolution="done")
    since = datetime(2026, 3, 1, tzinfo=UTC)
    average = crm.cases.average_resolution_hours(since, since + timedelta(days=7))
    assert average == pytest.approx(3.0, abs=0.01)
    assert crm.cases.average_resolution_hours(since - timedelta(days=7), since) is None


def test_escalation_rules_over_time(crm: Crm, clock: FakeClock) -> None:
    case = new_case(crm)  # normal: 72 h
    clock.advance(hours=71)
    assert crm.cases.escalate_overdue().value == []

    clock.advance(hours=1, minutes=1)  # just past due
    outcome = crm.cases.escalate_overdue()
    assert outcome.value == [case.id]
    assert crm.cases.get(case.id).escalation_level == 1
    assert ("case", case.id) in outcome.changes.updated
    assert len([1 for e, _ in outcome.changes.created if e == "activity"]) == 1

    assert crm.cases.escalate_overdue().value == []  # nothing new: no second note
    assert notes(crm, case.id) == ["Escalated to level 1"]

    clock.advance(hours=36)  # overdue by half its window
    crm.cases.escalate_overdue()
    assert crm.cases.get(case.id).escalation_level == 2

    clock.advance(hours=36)  # overdue by its whole window
    crm.cases.escalate_overdue()
    escalated = crm.cases.get(case.id)
    assert escalated.escalation_level == 3
    assert "72" in escalated.escalation_reason
    assert notes(crm, case.id) == ["Escalated to level 1", "Escalated to level 2", "Escalated to level 3"]

    clock.advance(days=30)
    assert crm.cases.escalate_overdue().value == []  # the top level stays the top


def test_a_late_check_jumps_levels_with_one_note(crm: Crm, clock: FakeClock) -> None:
    case = new_case(crm, Priority.HIGH)  # 24 h
    clock.advance(hours=49)
    crm.cases.escalate_overdue()
    assert crm.cases.get(case.id).escalation_level == 3
    assert notes(crm, case.id) == ["Escalated to level 3"]


def test_urgent_cases_warn_in_the_last_quarter(crm: Crm, clock: FakeClock) -> None:
    case = new_case(crm, Priority.URGENT)  # 4 h
    clock.advance(hours=2, minutes=59)
    assert crm.cases.escalate_overdue().value == []
    clock.advance(minutes=2)
    assert crm.cases.escalate_overdue().value == [case.id]
    escalated = crm.cases.get(case.id)
    assert escalated.escalation_level == 1
    assert "Urgent" in escalated.escalation_reason


def test_levels_only_go_up(crm: Crm, clock: FakeClock) -> None:
    case = new_case(crm, Priority.HIGH)
    clock.advance(hours=37)  # overdue by 13 h of 24: level 2
    crm.cases.escalate_overdue()
    assert crm.cases.get(case.id).escalation_level == 2
    crm.cases.update(case.id, CaseInput(priority=Priority.LOW))  # now due in days: the rules say 0
    crm.cases.escalate_overdue()
    assert crm.cases.get(case.id).escalation_level == 2
    assert len(notes(crm, case.id)) == 1


def test_resolved_and_deleted_cases_are_not_escalated(crm: Crm, clock: FakeClock) -> None:
    resolved = new_case(crm)
    deleted = new_case(crm)
    waiting = new_case(crm, status=CaseStatus.WAITING)
    crm.cases.set_status(resolved.id, CaseStatus.RESOLVED, resolution="fixed")
    crm.cases.delete(deleted.id)
    clock.advance(days=10)
    assert crm.cases.escalate_overdue().value == [waiting.id]


def test_escalation_for_is_zero_for_inactive_cases(crm: Crm, clock: FakeClock) -> None:
    case = crm.cases.create(CaseInput(subject="x", status=CaseStatus.CLOSED, resolution="r")).value
    assert escalation_for(case, clock.now + timedelta(days=100), crm.settings.get()) == (0, "")


def test_manual_escalation(crm: Crm) -> None:
    user = crm.users.create(UserInput(name="Huda")).value
    case = new_case(crm, assignee_id=user.id)
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.cases.escalate(case.id, "  ")
    assert set(error.value.errors) == {"reason"}

    outcome = crm.cases.escalate(case.id, "Customer called three times")

    assert outcome.value.escalation_level == 1
    assert outcome.value.escalation_reason == "Customer called three times"
    (note,) = crm.activities.list(ListQuery(filters={"case_id": case.id})).items
    assert (note.kind, note.body, note.owner_id) == (
        ActivityKind.NOTE,
        "Customer called three times",
        user.id,
    )
    assert outcome.changes.created == {("activity", note.id)}
    crm.cases.escalate(case.id, "Manager asked")
    crm.cases.escalate(case.id, "Board asked")
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.cases.escalate(case.id, "Again")
    assert set(error.value.errors) == {"escalation_level"}
    assert crm.cases.ids(ListQuery(filters={"escalation_level": 3})) == [case.id]


def test_queue_orders_by_sla_then_priority(crm: Crm, clock: FakeClock) -> None:
    crm.settings.update(sla_hours={"high": 24, "normal": 24})
    normal = new_case(crm, Priority.NORMAL, subject="normal")
    urgent = new_case(crm, Priority.URGENT, subject="urgent")
    low = new_case(crm, Priority.LOW, subject="low")
    done = new_case(crm, Priority.URGENT, subject="done")
    crm.cases.set_status(done.id, CaseStatus.CLOSED, resolution="ok")
    # two cases opened at the very same moment with the same SLA time: high goes first
    frozen = clock.now + timedelta(hours=1)
    crm.ctx.clock = lambda: frozen
    tie_normal = new_case(crm, Priority.NORMAL, subject="tie normal")
    tie_high = new_case(crm, Priority.HIGH, subject="tie high")
    crm.ctx.clock = clock
    assert tie_normal.sla_due_at == tie_high.sla_due_at

    assert crm.cases.queue_ids() == [urgent.id, normal.id, tie_high.id, tie_normal.id, low.id]


def test_queue_of_one_assignee_and_the_overdue_filter(crm: Crm, clock: FakeClock) -> None:
    user = crm.users.create(UserInput(name="Huda")).value
    mine = new_case(crm, Priority.URGENT, assignee_id=user.id)
    other = new_case(crm, Priority.HIGH)
    assert crm.cases.queue_ids(assignee_id=user.id) == [mine.id]
    clock.advance(hours=5)
    assert crm.cases.ids(ListQuery(filters={"overdue": True})) == [mine.id]
    assert crm.cases.ids(ListQuery(filters={"overdue": False})) == [other.id]
    crm.cases.set_status(mine.id, CaseStatus.RESOLVED, resolution="ok")
    assert crm.cases.ids(ListQuery(filters={"overdue": True})) == []
    assert crm.cases.ids(ListQuery(filters={"active": True})) == [other.id]
    assert crm.cases.ids(ListQuery(filters={"active": False})) == [mine.id]


def test_delete_and_restore(crm: Crm) -> None:
    case = new_case(crm)
    assert crm.cases.delete(case.id).changes.deleted == {("case", case.id)}
    with pytest.raises(NotFoundError):
        crm.cases.get(case.id)
    assert crm.cases.queue_ids() == []
    assert crm.search.everything("Late delivery") == []
    crm.cases.restore(case.id)
    assert crm.cases.queue_ids() == [case.id]
    assert [h.entity for h in crm.search.everything("Late delivery")] == ["case"]


def test_a_closed_case_cannot_be_escalated(crm: Crm) -> None:
    case = crm.cases.create(CaseInput(subject="Late delivery")).value
    crm.cases.set_status(case.id, CaseStatus.RESOLVED, resolution="Delivered")
    with pytest.raises(ValidationError) as error:
        crm.cases.escalate(case.id, "customer called again")
    assert set(error.value.errors) == {"status"}
    assert crm.cases.get(case.id).escalation_level == 0
