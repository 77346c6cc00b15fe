"""Logging a call, meeting, note, email, visit or SMS with a customer (or editing one)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from crm_desktop.domain.enums import ActivityKind, Direction
from crm_desktop.domain.models import Activity
from crm_desktop.services.activities import ActivityInput
from crm_desktop.ui.forms import EditorDialog
from crm_desktop.ui.session import AppSession

MAX_DURATION_MINUTES = 24 * 60


def activity_kind_names(widget: QWidget) -> dict[ActivityKind, str]:
    """What each kind of activity is called (the pipeline's stage changes included)."""
    return {
        ActivityKind.CALL: widget.tr("Call"),
        ActivityKind.MEETING: widget.tr("Meeting"),
        ActivityKind.NOTE: widget.tr("Note"),
        ActivityKind.EMAIL: widget.tr("Email"),
        ActivityKind.VISIT: widget.tr("Visit"),
        ActivityKind.SMS: widget.tr("SMS"),
        ActivityKind.STAGE_CHANGE: widget.tr("Stage change"),
    }


def direction_names(widget: QWidget) -> dict[Direction, str]:
    return {
        Direction.NONE: widget.tr("Not applicable"),
        Direction.OUTBOUND: widget.tr("We contacted them"),
        Direction.INBOUND: widget.tr("They contacted us"),
    }


def to_utc(moment: QDateTime) -> datetime:
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)


def from_utc(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def confirm_discard(parent: QWidget) -> bool:
    """Ask before throwing away what was typed; True when the user agrees."""
    answer = QMessageBox.question(
        parent,
        parent.windowTitle(),
        parent.tr("Discard the changes you made?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


class ActivityDialog(EditorDialog):
    """One activity's kind, time, length, outcome and notes.

    Errors about fields not on the form (a customer deleted meanwhile) show above it.
    """

    def __init__(
        self,
        session: AppSession,
        activity_id: str | None = None,
        parent: QWidget | None = None,
        *,
        contact_id: str | None = None,
        company_id: str | None = None,
        deal_id: str | None = None,
        case_id: str | None = None,
        kind: ActivityKind = ActivityKind.CALL,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("activity_dialog")
        self.activity_id = activity_id
        self.links = {
            "contact_id": contact_id,
            "company_id": company_id,
            "deal_id": deal_id,
            "case_id": case_id,
        }
        self.resize(520, 480)

        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for member, name in activity_kind_names(self).items():
            if member != ActivityKind.STAGE_CHANGE:  # written by the pipeline only
                self.kind.addItem(name, member)
        self.direction = QComboBox()
        self.direction.setObjectName("direction")
        for direction, name in direction_names(self).items():
            self.direction.addItem(name, direction)
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setObjectName("when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.duration = QSpinBox()
        self.duration.setObjectName("duration")
        self.duration.setRange(0, MAX_DURATION_MINUTES)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("Not recorded"))
        self.outcome = QLineEdit()
        self.outcome.setObjectName("outcome")
        self.outcome.setPlaceholderText(self.tr("What came of it: ordered, call back, not interested…"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        self.body.setPlaceholderText(self.tr("What was said or agreed"))

        self.form = QFormLayout()
        self.errors.add_row(self.form, "kind", self.tr("Kind"), self.kind)
        self.errors.add_row(self.form, "direction", self.tr("Who called"), self.direction)
        self.errors.add_row(self.form, "subject", self.tr("Subject"), self.subject)
        self.errors.add_row(self.form, "occurred_at", self.tr("When"), self.when)
        self.errors.add_row(self.form, "duration_minutes", self.tr("Duration"), self.duration)
        self.errors.add_row(self.form, "outcome", self.tr("Outcome"), self.outcome)
        self.errors.add_row(self.form, "body", self.tr("Notes"), self.body)

        self.lay_out((self.form, 1))

        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        if activity_id is not None:
            self._load(session.crm.activities.get(activity_id))
        else:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
            self.direction.setCurrentIndex(
                self.direction.findData(Direction.NONE if kind == ActivityKind.NOTE else Direction.OUTBOUND)
            )
        self._kind_changed()
        self.mark_clean()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        titles = {
            ActivityKind.CALL: self.tr("Log a call"),
            ActivityKind.MEETING: self.tr("Log a meeting"),
            ActivityKind.NOTE: self.tr("Add a note"),
            ActivityKind.EMAIL: self.tr("Log an email"),
            ActivityKind.VISIT: self.tr("Log a visit"),
            ActivityKind.SMS: self.tr("Log an SMS"),
        }
        self.setWindowTitle(
            self.tr("Edit activity") if self.activity_id else titles.get(kind, self.tr("Log"))
        )
        # a note has no direction, length or outcome; written messages have no length
        self.form.setRowVisible(1, kind != ActivityKind.NOTE)
        self.form.setRowVisible(4, kind in (ActivityKind.CALL, ActivityKind.MEETING, ActivityKind.VISIT))
        self.form.setRowVisible(5, kind != ActivityKind.NOTE)

    def _load(self, activity: Activity) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(activity.kind)))
        self.direction.setCurrentIndex(max(0, self.direction.findData(activity.direction)))
        self.subject.setText(activity.subject)
        self.when.setDateTime(from_utc(activity.occurred_at))
        self.duration.setValue(activity.duration_minutes or 0)
        self.outcome.setText(activity.outcome)
        self.body.setPlainText(activity.body)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "direction": self.direction.currentData() if self.form.isRowVisible(1) else Direction.NONE,
            "subject": self.subject.text().strip(),
            "occurred_at": to_utc(self.when.dateTime()),
            "duration_minutes": (self.duration.value() or None) if self.form.isRowVisible(4) else None,
            "outcome": self.outcome.text().strip() if self.form.isRowVisible(5) else "",
            "body": self.body.toPlainText().strip(),
        }

    def save(self) -> None:
        values = self.values()
        activity_id = self.activity_id
        if activity_id is None:
            values.update({k: v for k, v in self.links.items() if v})
        data = ActivityInput(**values)
        self.errors.clear()

        def job(crm: Any) -> Any:
            if activity_id is None:
                return crm.activities.create(data)
            return crm.activities.update(activity_id, data)

        self.submit(job)

    def _state(self) -> object:
        return self.values()

    def confirm_discard(self) -> bool:
        return confirm_discard(self)
