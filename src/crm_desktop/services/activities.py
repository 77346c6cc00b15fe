"""The interaction history: calls, meetings, emails, notes, visits, SMS."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session, SQLModel

from crm_desktop.domain.enums import ActivityKind, Direction
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.models import Activity, Case, Company, Contact, Deal, User
from crm_desktop.i18n import _
from crm_desktop.services.changes import ChangeRecorder
from crm_desktop.services.records import RecordService, require_live


class ActivityInput(SQLModel):
    kind: ActivityKind = ActivityKind.NOTE
    direction: Direction = Direction.NONE
    subject: str = ""
    body: str = ""
    outcome: str = ""
    occurred_at: datetime | None = None
    duration_minutes: int | None = None
    contact_id: str | None = None
    company_id: str | None = None
    deal_id: str | None = None
    case_id: str | None = None
    owner_id: str | None = None


LINKS = (
    ("contact_id", Contact, "contact"),
    ("company_id", Company, "company"),
    ("deal_id", Deal, "deal"),
    ("case_id", Case, "case"),
)


def check_links(session: Session, values: dict[str, Any]) -> None:
    """Every linked record must exist and not be in the bin."""
    errors: dict[str, str] = {}
    for field, model, label in (*LINKS, ("owner_id", User, "user")):
        if values.get(field):
            try:
                require_live(session, model, values[field], field, _(label))
            except ValidationError as error:
                errors.update(error.errors)
    if errors:
        raise ValidationError(errors)


class ActivityService(RecordService[Activity, ActivityInput]):
    model = Activity
    entity = "activity"
    input_model = ActivityInput
    sort_columns = {"when": "occurred_at", "created": "created_at", "kind": "kind"}
    default_sort = "when"
    filter_columns = frozenset(
        {"kind", "direction", "contact_id", "company_id", "deal_id", "case_id", "owner_id"}
    )

    def _apply(
        self,
        session: Session,
        record: Activity,
        values: dict[str, Any],
        recorder: ChangeRecorder,
        *,
        creating: bool,
    ) -> None:
        check_links(session, values)
        if creating and not values.get("occurred_at"):
            values["occurred_at"] = self.ctx.clock()
        elif "occurred_at" in values and values["occurred_at"] is None:
            raise ValidationError({"occurred_at": _("An activity needs a date and time.")})
        if values.get("duration_minutes") is not None and values["duration_minutes"] < 0:
            raise ValidationError({"duration_minutes": _("A duration cannot be negative.")})
        if creating and not any(values.get(f) for f, _m, _l in LINKS):
            raise ValidationError(
                {"contact_id": _("An activity belongs to a contact, company, deal or case.")}
            )
        for name, value in values.items():
            setattr(record, name, value)
