"""TaskService: due dates, buckets, reminders, done and undone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from crm_desktop.domain.enums import Priority
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import UserInput
from crm_desktop.services.records import ListQuery
from crm_desktop.services.tasks import TaskInput, task_bucket
from tests.conftest import FakeClock
from tests.services.helpers import unchanged

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # the fake clock's start


def bucket(crm: Crm, name: str) -> set[str]:
    return set(crm.tasks.ids(ListQuery(filters={"bucket": name})))


def test_create_get_update(crm: Crm) -> None:
    user = crm.users.create(UserInput(name="Huda")).value
    outcome = crm.tasks.create(
        TaskInput(title="Call back", due_at=START + timedelta(hours=3), assignee_id=user.id)
    )
    task = outcome.value
    assert outcome.changes.created == {("task", task.id)}
    assert crm.tasks.get(task.id).assignee_id == user.id
    changed = crm.tasks.update(task.id, TaskInput(priority=Priority.HIGH))
    assert changed.changes.updated == {("task", task.id)}
    after = crm.tasks.get(task.id)
    assert (after.title, after.due_at, after.priority, after.assignee_id) == (
        "Call back",
        START + timedelta(hours=3),
        Priority.HIGH,
        user.id,
    )


def test_validation(crm: Crm) -> None:
    for values, field in [
        ({"title": " "}, "title"),
        ({"title": "x", "assignee_id": "nobody"}, "assignee_id"),
        ({"title": "x", "contact_id": "nobody"}, "contact_id"),
        (
            {"title": "x", "due_at": START + timedelta(hours=1), "remind_at": START + timedelta(hours=2)},
            "remind_at",
        ),
    ]:
        with unchanged(crm), pytest.raises(ValidationError) as error:
            crm.tasks.create(TaskInput(**values))
        assert set(error.value.errors) == {field}


def test_a_time_without_a_zone_is_refused_clearly(crm: Crm) -> None:
    task = crm.tasks.create(TaskInput(title="x")).value
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.tasks.create(TaskInput(title="x", due_at=datetime(2026, 3, 5, 12, 0)))
    assert set(error.value.errors) == {"due_at"}
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.tasks.update(task.id, TaskInput(remind_at=datetime(2026, 3, 5, 12, 0)))
    assert set(error.value.errors) == {"remind_at"}


def test_buckets_follow_the_clock(crm: Crm, clock: FakeClock) -> None:
    overdue = crm.tasks.create(TaskInput(title="Overdue", due_at=START - timedelta(hours=1))).value
    today = crm.tasks.create(TaskInput(title="Today", due_at=START + timedelta(hours=5))).value
    tomorrow = crm.tasks.create(TaskInput(title="Tomorrow", due_at=START + timedelta(hours=16))).value
    someday = crm.tasks.create(TaskInput(title="Someday")).value
    done = crm.tasks.create(TaskInput(title="Done", due_at=START - timedelta(days=3))).value
    crm.tasks.complete(done.id)

    assert bucket(crm, "overdue") == {overdue.id}
    assert bucket(crm, "today") == {today.id}
    assert bucket(crm, "upcoming") == {tomorrow.id, someday.id}
    assert bucket(crm, "done") == {done.id}

    clock.advance(hours=6)  # 15:00: "Today" (due 14:00) is late now
    assert bucket(crm, "overdue") == {overdue.id, today.id}
    assert bucket(crm, "today") == set()

    clock.advance(hours=10)  # 01:00 next day: "Tomorrow" (due 01:00) has just passed
    assert bucket(crm, "overdue") == {overdue.id, today.id, tomorrow.id}
    assert bucket(crm, "upcoming") == {someday.id}

    now = clock.now
    every = crm.tasks.fetch(crm.tasks.ids())
    for name in ("overdue", "today", "upcoming", "done"):
        end_of_day = crm.ctx.local_day_bounds(now)[1]
        assert {t.id for t in every if task_bucket(t, now, end_of_day) == name} == bucket(crm, name)

    with pytest.raises(ValidationError) as error:
        bucket(crm, "later")
    assert set(error.value.errors) == {"bucket"}


def test_complete_and_undo(crm: Crm, clock: FakeClock) -> None:
    task = crm.tasks.create(TaskInput(title="Send quote", due_at=START - timedelta(hours=1))).value
    outcome = crm.tasks.complete(task.id)
    assert outcome.changes.updated == {("task", task.id)}
    done_at = crm.tasks.get(task.id).done_at
    assert done_at is not None and abs(done_at - clock.now) < timedelta(seconds=1)
    assert bucket(crm, "done") == {task.id}
    crm.tasks.complete(task.id, done=False)
    assert crm.tasks.get(task.id).done_at is None
    assert bucket(crm, "overdue") == {task.id}


def test_due_reminders_window(crm: Crm) -> None:
    def task(title: str, remind_hours: float | None, due_hours: float = 48) -> str:
        remind = None if remind_hours is None else START + timedelta(hours=remind_hours)
        return crm.tasks.create(
            TaskInput(title=title, remind_at=remind, due_at=START + timedelta(hours=due_hours))
        ).value.id

    past = task("past", -2)
    soon = task("soon", 1)
    later = task("later", 3)
    task("none", None)
    finished = task("finished", 1)
    crm.tasks.complete(finished)
    removed = task("removed", 1)
    crm.tasks.delete(removed)

    assert [t.id for t in crm.tasks.due_reminders(until=START + timedelta(hours=1))] == [past, soon]
    assert [
        t.id
        for t in crm.tasks.due_reminders(until=START + timedelta(hours=3), since=START + timedelta(hours=1))
    ] == [later]
    assert crm.tasks.due_reminders(until=START + timedelta(hours=3), since=START + timedelta(hours=3)) == []


def test_delete_and_restore(crm: Crm) -> None:
    task = crm.tasks.create(TaskInput(title="Visit", due_at=START + timedelta(hours=1))).value
    assert crm.tasks.delete(task.id).changes.deleted == {("task", task.id)}
    assert bucket(crm, "today") == set()
    with pytest.raises(NotFoundError):
        crm.tasks.complete(task.id)
    crm.tasks.restore(task.id)
    assert bucket(crm, "today") == {task.id}


def test_today_is_the_users_local_day(crm: Crm) -> None:
    # 09:00 UTC is 12:00 in Riyadh; 22:00 UTC is already 01:00 tomorrow there
    crm.ctx.timezone = timezone(timedelta(hours=3))
    late = crm.tasks.create(TaskInput(title="Late call", due_at=START + timedelta(hours=13))).value
    evening = crm.tasks.create(TaskInput(title="Evening call", due_at=START + timedelta(hours=11))).value
    assert late.id in bucket(crm, "upcoming")
    assert evening.id in bucket(crm, "today")
    crm.ctx.timezone = UTC
    assert late.id in bucket(crm, "today")
