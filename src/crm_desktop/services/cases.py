"""Cases: complaints and requests with a priority, an SLA and escalation."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func
from sqlmodel import Session, SQLModel, col, select

from crm_desktop.domain.enums import ActivityKind, CaseStatus, Channel, Priority
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.folding import index_text
from crm_desktop.domain.models import Activity, Case, Contact, Product
from crm_desktop.i18n import _
from crm_desktop.services.activities import check_links
from crm_desktop.services.changes import ChangeRecorder, Outcome
from crm_desktop.services.records import RecordService, require_live
from crm_desktop.services.settings import BusinessSettings, read_settings

MAX_ESCALATION = 3
ACTIVE_STATUSES = tuple(s.value for s in CaseStatus if s.is_active)
# urgent first: the queue orders by this rank after the SLA due time
PRIORITY_RANK = {Priority.URGENT: 0, Priority.HIGH: 1, Priority.NORMAL: 2, Priority.LOW: 3}


class CaseInput(SQLModel):
    subject: str = ""
    description: str = ""
    channel: Channel = Channel.PHONE
    priority: Priority = Priority.NORMAL
    status: CaseStatus = CaseStatus.NEW
    assignee_id: str | None = None
    contact_id: str | None = None
    company_id: str | None = None
    product_id: str | None = None
    resolution: str = ""


def sla_due(created_at: datetime, priority: Priority, settings: BusinessSettings) -> datetime:
    """When a case of this priority opened at ``created_at`` must be resolved."""
    return created_at + timedelta(hours=settings.sla_hours[Priority(priority).value])


def escalation_for(case_row: Case, now: datetime, settings: BusinessSettings) -> tuple[int, str]:
    """The escalation level a case should have at ``now`` and why (0 and "" when on time).

    Level 1: past its SLA due time (or, for urgent cases, in the last quarter of it).
    Level 2: overdue by half its SLA window. Level 3: overdue by a whole window.
    """
    if not CaseStatus(case_row.status).is_active or case_row.sla_due_at is None:
        return 0, ""
    window = timedelta(hours=settings.sla_hours[Priority(case_row.priority).value])
    overdue = now - case_row.sla_due_at
    if overdue >= window:
        return 3, _("Overdue by more than its whole SLA time ({hours} h).").format(hours=_hours(window))
    if overdue >= window / 2:
        return 2, _("Overdue by more than half its SLA time ({hours} h).").format(hours=_hours(window))
    if overdue > timedelta(0):
        return 1, _("Past its SLA due time.")
    if case_row.priority == Priority.URGENT and -overdue <= window / 4:
        return 1, _("Urgent and close to its SLA due time.")
    return 0, ""


def _hours(window: timedelta) -> int:
    return int(window.total_seconds() // 3600)


class CaseService(RecordService[Case, CaseInput]):
    model = Case
    entity = "case"
    input_model = CaseInput
    search_entity = "case"
    search_fields = frozenset({"subject", "description", "resolution", "contact_id"})
    sort_columns = {
        "sla": "sla_due_at",
        "priority": "priority",
        "status": "status",
        "created": "created_at",
        "updated": "updated_at",
        "subject": "subject",
    }
    default_sort = "sla"
    filter_columns = frozenset(
        {
            "status",
            "priority",
            "assignee_id",
            "contact_id",
            "company_id",
            "product_id",
            "channel",
            "escalation_level",
        }
    )
    required_fields = {"subject": "Subject"}

    def _apply(
        self,
        session: Session,
        record: Case,
        values: dict[str, Any],
        recorder: ChangeRecorder,
        *,
        creating: bool,
    ) -> None:
        links = {k: values.get(k) for k in ("contact_id", "company_id")}
        links["owner_id"] = values.get("assignee_id")
        try:
            check_links(session, links)
        except ValidationError as error:  # the user typed an assignee: name that field
            raise ValidationError(
                {"assignee_id" if k == "owner_id" else k: m for k, m in error.errors.items()}
            ) from None
        if values.get("product_id"):
            require_live(session, Product, values["product_id"], "product_id", _("product"))
        settings = read_settings(session)
        now = self.ctx.clock()
        old_status = None if creating else CaseStatus(record.status)
        old_priority = None if creating else record.priority
        for name, value in values.items():
            setattr(record, name, value)
        if creating or record.priority != old_priority:
            record.sla_due_at = sla_due(record.created_at, Priority(record.priority), settings)
        self._status_changed(record, old_status, now)

    def _status_changed(self, record: Case, old: CaseStatus | None, now: datetime) -> None:
        status = CaseStatus(record.status)
        if status == old:
            return
        if status in (CaseStatus.RESOLVED, CaseStatus.CLOSED) and not record.resolution.strip():
            raise ValidationError({"resolution": _("Write how the case was resolved before closing it.")})
        if old == CaseStatus.NEW and record.first_response_at is None:
            record.first_response_at = now
        if status == CaseStatus.RESOLVED:
            record.resolved_at = record.resolved_at or now
        elif status == CaseStatus.CLOSED:
            record.resolved_at = record.resolved_at or now
            record.closed_at = now
        else:
            record.resolved_at = None
            record.closed_at = None

    def set_status(self, case_id: str, status: CaseStatus, *, resolution: str | None = None) -> Outcome[Case]:
        values: dict[str, Any] = {"status": status}
        if resolution is not None:
            values["resolution"] = resolution
        with self.ctx.db.write() as session:
            recorder = ChangeRecorder()
            record = self.update_in(session, case_id, values, recorder)
        return Outcome(record, recorder.freeze())

    def escalate(self, case_id: str, reason: str) -> Outcome[Case]:
        """Raise a case one escalation level by hand, with the reason (logged as a note)."""
        if not reason.strip():
            raise ValidationError({"reason": _("Say why the case is escalated.")})
        with self.ctx.db.write() as session:
            recorder = ChangeRecorder()
            record = self._get(session, case_id)
            if not CaseStatus(record.status).is_active:
                raise ValidationError(
                    {"status": _("A resolved or closed case cannot be escalated; reopen it first.")}
                )
            if record.escalation_level >= MAX_ESCALATION:
                raise ValidationError({"escalation_level": _("The case is already at the highest level.")})
            self._raise_level(session, record, record.escalation_level + 1, reason.strip(), recorder)
        return Outcome(record, recorder.freeze())

    def escalate_overdue(self) -> Outcome[list[str]]:
        """Apply the SLA rules to every active case: levels only go up, each rise is logged."""
        now = self.ctx.clock()
        with self.ctx.db.write() as session:
            settings = read_settings(session)
            recorder = ChangeRecorder()
            raised = []
            candidates = session.scalars(
                select(Case).where(
                    col(Case.deleted_at).is_(None),
                    col(Case.status).in_(ACTIVE_STATUSES),
                    col(Case.escalation_level) < MAX_ESCALATION,
                    col(Case.sla_due_at) <= now + timedelta(hours=max(settings.sla_hours.values())),
                )
            )
            for record in candidates:
                level, reason = escalation_for(record, now, settings)
                if level > record.escalation_level:
                    self._raise_level(session, record, level, reason, recorder)
                    raised.append(record.id)
        return Outcome(raised, recorder.freeze())

    def _raise_level(
        self, session: Session, record: Case, level: int, reason: str, recorder: ChangeRecorder
    ) -> None:
        now = self.ctx.clock()
        record.escalation_level = level
        record.escalation_reason = reason
        record.escalated_at = now
        record.updated_at = now
        session.add(record)
        note = Activity(
            kind=ActivityKind.NOTE,
            subject=_("Escalated to level {level}").format(level=level),
            body=reason,
            occurred_at=now,
            case_id=record.id,
            contact_id=record.contact_id,
            company_id=record.company_id,
            owner_id=record.assignee_id,
            created_at=now,
            updated_at=now,
        )
        session.add(note)
        recorder.update(self.entity, record.id)
        recorder.create("activity", note.id)

    def queue_ids(self, *, assignee_id: str | None = None) -> list[str]:
        """Active cases in working order: SLA due first, then priority (urgent first)."""
        rank = case(
            {p.value: r for p, r in PRIORITY_RANK.items()}, value=col(Case.priority), else_=len(PRIORITY_RANK)
        )
        clauses: list[ColumnElement[bool]] = [
            col(Case.deleted_at).is_(None),
            col(Case.status).in_(ACTIVE_STATUSES),
        ]
        if assignee_id:
            clauses.append(col(Case.assignee_id) == assignee_id)
        with self.ctx.db.read() as session:
            return list(
                session.scalars(
                    select(Case.id)
                    .where(and_(*clauses))
                    .order_by(col(Case.sla_due_at), rank, col(Case.created_at))
                )
            )

    def _special_filter(self, name: str, value: Any) -> ColumnElement[bool] | None:
        if name == "overdue":
            now = self.ctx.clock()
            overdue = and_(col(Case.status).in_(ACTIVE_STATUSES), col(Case.sla_due_at) < now)
            return overdue if value else ~overdue
        if name == "active":
            active = col(Case.status).in_(ACTIVE_STATUSES)
            return active if value else ~active
        return None

    def _search_text(self, session: Session, record: Case) -> str:
        parts = [record.subject, record.description[:1000], record.resolution[:500]]
        if record.contact_id and (contact := session.get(Contact, record.contact_id)):
            parts.append(contact.display_name)
        return index_text(*parts)

    def average_resolution_hours(self, since: datetime, until: datetime) -> float | None:
        """Mean hours from opening to resolution of cases resolved in [since, until)."""
        with self.ctx.db.read() as session:
            value = session.scalar(
                select(
                    func.avg(
                        (func.julianday(col(Case.resolved_at)) - func.julianday(col(Case.created_at))) * 24
                    )
                ).where(
                    col(Case.deleted_at).is_(None),
                    col(Case.resolved_at) >= since,
                    col(Case.resolved_at) < until,
                )
            )
        return None if value is None else float(value)
