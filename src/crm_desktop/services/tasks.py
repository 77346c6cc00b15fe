"""Tasks and follow-ups: due dates, reminders, an assignee, done or not."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, or_
from sqlmodel import Session, SQLModel, col

from crm_desktop.domain.enums import Priority
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.models import Task
from crm_desktop.i18n import _
from crm_desktop.services.activities import check_links
from crm_desktop.services.changes import Outcome
from crm_desktop.services.records import RecordService


class TaskInput(SQLModel):
    title: str = ""
    notes: str = ""
    due_at: datetime | None = None
    remind_at: datetime | None = None
    assignee_id: str | None = None
    priority: Priority = Priority.NORMAL
    contact_id: str | None = None
    company_id: str | None = None
    deal_id: str | None = None
    case_id: str | None = None


class TaskService(RecordService[Task, TaskInput]):
    model = Task
    entity = "task"
    input_model = TaskInput
    sort_columns = {"due": "due_at", "title": "title", "priority": "priority", "created": "created_at"}
    default_sort = "due"
    filter_columns = frozenset({"assignee_id", "priority", "contact_id", "company_id", "deal_id", "case_id"})
    required_fields = {"title": "Title"}

    def _apply(
        self, session: Session, record: Task, values: dict[str, Any], recorder: Any, *, creating: bool
    ) -> None:
        links = dict(values)
        links["owner_id"] = links.pop("assignee_id", None)
        try:
            check_links(session, links)
        except ValidationError as error:  # the user typed an assignee: name that field
            raise ValidationError(
                {"assignee_id" if k == "owner_id" else k: m for k, m in error.errors.items()}
            ) from None
        for name, value in values.items():
            setattr(record, name, value)
        if record.remind_at and record.due_at and record.remind_at > record.due_at:
            raise ValidationError({"remind_at": _("The reminder should come before the task is due.")})

    def complete(self, task_id: str, done: bool = True) -> Outcome[Task]:
        """Mark a task done (now) or not done again."""
        with self.ctx.db.write() as session:
            from crm_desktop.services.changes import ChangeRecorder

            recorder = ChangeRecorder()
            task = self._get(session, task_id)
            task.done_at = self.ctx.clock() if done else None
            task.updated_at = self.ctx.clock()
            session.add(task)
            recorder.update(self.entity, task.id)
        return Outcome(task, recorder.freeze())

    def due_reminders(self, until: datetime, since: datetime | None = None) -> list[Task]:
        """Open tasks whose reminder time falls in (since, until]: what to pop up now."""
        clauses = [col(Task.deleted_at).is_(None), col(Task.done_at).is_(None), col(Task.remind_at) <= until]
        if since is not None:
            clauses.append(col(Task.remind_at) > since)
        from sqlmodel import select

        with self.ctx.db.read() as session:
            return list(session.scalars(select(Task).where(*clauses).order_by(col(Task.remind_at))))

    def _special_filter(self, name: str, value: Any) -> ColumnElement[bool] | None:
        """``bucket``: done, overdue, today or upcoming, as of the clock's now (the local day)."""
        if name != "bucket":
            return None
        now = self.ctx.clock()
        end = self.ctx.local_day_bounds(now)[1]
        done, due = col(Task.done_at), col(Task.due_at)
        buckets: dict[str, ColumnElement[bool]] = {
            "done": done.is_not(None),
            "overdue": and_(done.is_(None), due < now),
            "today": and_(done.is_(None), due >= now, due < end),
            "upcoming": and_(done.is_(None), or_(due >= end, due.is_(None))),
        }
        if value not in buckets:
            raise ValidationError({"bucket": _("A task list is done, overdue, today or upcoming.")})
        return buckets[value]


def task_bucket(task: Task, now: datetime, end_of_day: datetime) -> str:
    """Which list a task shows in: done, overdue, today or upcoming (the same rule as the SQL filter).

    ``end_of_day`` is the end of the user's local day (``ServiceContext.local_day_bounds``).
    """
    if task.done_at is not None:
        return "done"
    if task.due_at is None:
        return "upcoming"
    if task.due_at < now:
        return "overdue"
    return "today" if task.due_at < end_of_day else "upcoming"
