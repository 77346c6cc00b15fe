"""The dialog that creates or edits a task: title, notes, due time, reminder, priority, assignee.

It also holds the small date-and-time helpers the task and case views share:
times are stored in UTC and shown in the computer's local time and locale.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from crm_desktop.domain.enums import Priority
from crm_desktop.domain.models import Record, Task
from crm_desktop.services.changes import Outcome
from crm_desktop.services.crm import Crm
from crm_desktop.services.records import ListQuery, RecordService
from crm_desktop.services.tasks import TaskInput
from crm_desktop.ui.bidi import auto
from crm_desktop.ui.forms import EditorDialog
from crm_desktop.ui.session import AppSession

DEFAULT_REMINDER_LEAD = timedelta(minutes=30)
LINK_FIELDS = ("contact_id", "company_id", "deal_id", "case_id")
R = TypeVar("R", bound=Record)


def fetch_records(service: RecordService[R, Any], ids: Sequence[str]) -> list[R]:
    """``service.fetch(ids)`` with its type spelled out (inside RecordService, ``list`` names its method)."""
    return service.fetch(ids)


# --- dates and times --------------------------------------------------------------------


def to_qdatetime(value: datetime) -> QDateTime:
    """A stored (UTC) time as a local QDateTime for an editor."""
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def from_qdatetime(value: QDateTime) -> datetime:
    """An editor's local QDateTime as the UTC time the services store."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def when_text(value: datetime | None) -> str:
    """A stored time in local time, in the locale's short format, kept in its own direction run."""
    if value is None:
        return ""
    return auto(QLocale().toString(to_qdatetime(value), QLocale.FormatType.ShortFormat))


def span_text(translator: QObject, span: timedelta) -> str:
    """A length of time, rounded for reading at a glance: "45 min", "3 h", "2 days"."""
    minutes = max(0, int(span.total_seconds() // 60))
    if minutes < 60:
        return translator.tr("%n min", "", max(1, minutes))
    hours = minutes // 60
    if hours < 48:
        return translator.tr("%n h", "", hours)
    return translator.tr("%n day(s)", "", hours // 24)


def next_full_hour(now: datetime) -> datetime:
    return now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)


# --- the dialog ------------------------------------------------------------------------------


def priority_names(widget: QObject) -> dict[Priority, str]:
    return {
        Priority.URGENT: widget.tr("Urgent"),
        Priority.HIGH: widget.tr("High"),
        Priority.NORMAL: widget.tr("Normal"),
        Priority.LOW: widget.tr("Low"),
    }


def user_choices(crm: Crm, current: str | None = None) -> list[tuple[str, str]]:
    """(name, id) of the active users, plus ``current`` even when that user is no longer active."""
    users = [
        (u.name, u.id) for u in crm.users.list(ListQuery(limit=500)).items if u.active or u.id == current
    ]
    if current and current not in {user_id for _n, user_id in users}:
        users.extend((u.name, u.id) for u in fetch_records(crm.users, [current]))
    return users


class TaskEditor(EditorDialog):
    """A task's title, due time, reminder, links and assignee."""

    def __init__(
        self,
        session: AppSession,
        task_id: str | None = None,
        parent: QWidget | None = None,
        *,
        contact_id: str | None = None,
        company_id: str | None = None,
        deal_id: str | None = None,
        case_id: str | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("task_editor")
        self.task_id = task_id
        self._links = {
            k: v
            for k, v in zip(LINK_FIELDS, (contact_id, company_id, deal_id, case_id), strict=True)
            if v is not None
        }
        self.setWindowTitle(self.tr("New task") if task_id is None else self.tr("Edit task"))
        self.resize(520, 460)
        crm = session.crm
        task = crm.tasks.get(task_id) if task_id is not None else None
        now = crm.ctx.clock()

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.link_label = QLabel()
        self.link_label.setObjectName("link")
        self.link_label.setWordWrap(True)

        self.has_due = QCheckBox()
        self.has_due.setToolTip(self.tr("The task has a due time"))
        self.has_due.setObjectName("has_due")
        self.due = QDateTimeEdit()
        self.due.setObjectName("due")
        self.due.setCalendarPopup(True)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.has_reminder = QCheckBox()
        self.has_reminder.setToolTip(self.tr("Remind me at this time"))
        self.has_reminder.setObjectName("has_reminder")
        self.reminder = QDateTimeEdit()
        self.reminder.setObjectName("reminder")
        self.reminder.setCalendarPopup(True)
        if QLocale().textDirection() == Qt.LayoutDirection.LeftToRight:
            # a right-to-left form shows a left-to-right locale's date backwards ("50:15 2026 11 22");
            # Qt mirrors the format when it is set on a right-to-left editor, so set it after the direction
            for edit in (self.due, self.reminder):
                edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
                edit.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.has_reminder.toggled.connect(self._reminder_toggled)

        self.priority = QComboBox()
        self.priority.setObjectName("priority")
        for member, name in priority_names(self).items():
            self.priority.addItem(name, member)
        self.assignee = QComboBox()
        self.assignee.setObjectName("assignee")
        self.assignee.addItem(self.tr("Nobody"), None)
        for name, user_id in user_choices(crm, task.assignee_id if task else None):
            self.assignee.addItem(name, user_id)
        self.done_box = QCheckBox(self.tr("Done"))
        self.done_box.setObjectName("done")

        form = QFormLayout()
        self.errors.add_row(form, "title", self.tr("Title"), self.title_edit)
        form.addRow("", self.link_label)
        self.errors.add_row(form, "due_at", self.tr("Due"), _row(self.has_due, self.due))
        self.errors.add_row(form, "remind_at", self.tr("Reminder"), _row(self.has_reminder, self.reminder))
        self.errors.add_row(form, "priority", self.tr("Priority"), self.priority)
        self.errors.add_row(form, "assignee_id", self.tr("Assigned to"), self.assignee)
        self.errors.add_row(form, "notes", self.tr("Notes"), self.notes)
        if task is not None:
            form.addRow("", self.done_box)
        else:
            self.done_box.hide()

        self.lay_out((form, 1))

        if task is not None:
            self._load(task)
        else:
            self.has_due.setChecked(True)
            self.due.setDateTime(to_qdatetime(next_full_hour(now)))
            self.reminder.setDateTime(to_qdatetime(next_full_hour(now) - DEFAULT_REMINDER_LEAD))
            self.priority.setCurrentIndex(self.priority.findData(Priority.NORMAL))
            self.reminder.setEnabled(False)
            self._show_links(self._links)

    def _load(self, task: Task) -> None:
        self.title_edit.setText(task.title)
        self.notes.setPlainText(task.notes)
        now = self.session.crm.ctx.clock()
        self.has_due.setChecked(task.due_at is not None)
        self.due.setEnabled(task.due_at is not None)
        self.due.setDateTime(to_qdatetime(task.due_at or next_full_hour(now)))
        self.has_reminder.setChecked(task.remind_at is not None)
        self.reminder.setEnabled(task.remind_at is not None)
        self.reminder.setDateTime(to_qdatetime(task.remind_at or next_full_hour(now) - DEFAULT_REMINDER_LEAD))
        self.priority.setCurrentIndex(max(0, self.priority.findData(Priority(task.priority))))
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(task.assignee_id)))
        self.done_box.setChecked(task.done_at is not None)
        self._show_links({k: getattr(task, k) for k in LINK_FIELDS if getattr(task, k)} | self._links)

    def _show_links(self, links: dict[str, str]) -> None:
        crm = self.session.crm
        parts = []
        # fetch, not get: a linked record in the bin still names what the task was about
        if links.get("contact_id"):
            parts += [
                self.tr("Contact: {0}").format(auto(c.display_name))
                for c in fetch_records(crm.contacts, [links["contact_id"]])
            ]
        if links.get("company_id"):
            parts += [
                self.tr("Company: {0}").format(auto(c.name))
                for c in fetch_records(crm.companies, [links["company_id"]])
            ]
        if links.get("deal_id"):
            parts += [
                self.tr("Deal: {0}").format(auto(d.title))
                for d in fetch_records(crm.deals, [links["deal_id"]])
            ]
        if links.get("case_id"):
            parts += [
                self.tr("Case: {0}").format(auto(c.subject))
                for c in fetch_records(crm.cases, [links["case_id"]])
            ]
        self.link_label.setText(" · ".join(parts))
        self.link_label.setVisible(bool(parts))

    def _reminder_toggled(self, on: bool) -> None:
        self.reminder.setEnabled(on)
        if on and self.has_due.isChecked() and self.task_id is None:
            # a new reminder starts a little before the due time, the usual choice
            self.reminder.setDateTime(
                self.due.dateTime().addSecs(-int(DEFAULT_REMINDER_LEAD.total_seconds()))
            )

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text().strip(),
            "notes": self.notes.toPlainText(),
            "due_at": from_qdatetime(self.due.dateTime()) if self.has_due.isChecked() else None,
            "remind_at": from_qdatetime(self.reminder.dateTime()) if self.has_reminder.isChecked() else None,
            "priority": self.priority.currentData(),
            "assignee_id": self.assignee.currentData(),
            **self._links,
        }

    def save(self) -> None:
        self.errors.clear()
        data = TaskInput(**self.values())
        task_id = self.task_id
        done = self.done_box.isChecked()

        def job(crm: Crm) -> Outcome[Task]:
            if task_id is None:
                return crm.tasks.create(data)
            outcome = crm.tasks.update(task_id, data)
            if (outcome.value.done_at is not None) != done:
                completed = crm.tasks.complete(task_id, done)
                return Outcome(completed.value, outcome.changes | completed.changes)
            return outcome

        self.submit(job)

    def _show_refused(self, errors: dict[str, str]) -> None:
        # the service checks the assignee as a record owner
        self.errors.show({("assignee_id" if k == "owner_id" else k): v for k, v in errors.items()})


def _row(check: QCheckBox, editor: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(check)
    layout.addWidget(editor, 1)
    return box
