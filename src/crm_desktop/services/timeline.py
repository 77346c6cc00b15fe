"""A customer's timeline: activities, tasks, cases, deals and sales merged, newest first.

A customer may have thousands of activities, so the timeline is read a page
at a time by keyset: each kind of record gives at most one page of its newest
rows before the cursor (straight from its ``(contact_id, occurred_at)``-style
index), the pages are merged in Python and cut to the page size. The next
page continues from the last entry's (time, kind, id), so no row is skipped
or repeated however many share a timestamp.

Which records belong to a contact or a company is decided in
:mod:`crm_desktop.services.customer_scope`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, true, type_coerce
from sqlmodel import Session, col, select

from crm_desktop.domain.enums import ActivityKind, CaseStatus, Direction, Priority, StageKind
from crm_desktop.domain.models import Activity, Case, Contact, Deal, Sale, SaleLine, Stage, Task
from crm_desktop.domain.money import Money
from crm_desktop.domain.types import UTCDateTime
from crm_desktop.services.changes import ChangeSet
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.customer_scope import Customer, belongs_to
from crm_desktop.services.settings import read_settings

PAGE_SIZE = 200
MAX_PAGE_SIZE = 1000
SUMMARY_CHARS = 160  # of a body, description or notes: enough for one line in a list
# a change to more records than this is a bulk job (an import): reload rather than check each id
MAX_IDS_CHECKED = 500


class EntryKind(StrEnum):
    ACTIVITY = "activity"
    TASK = "task"
    CASE = "case"
    DEAL = "deal"
    SALE = "sale"


# entries at the same instant are ordered by kind, then id: a fixed order keeps pages stable
_RANK = {kind: rank for rank, kind in enumerate(EntryKind)}


@dataclass(frozen=True, order=True)
class TimelineCursor:
    """Where a page ended: entries strictly older than this (in timeline order) come next."""

    at: datetime
    rank: int
    id: str


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the timeline, with what the list shows of it."""

    kind: EntryKind
    id: str
    at: datetime  # UTC; a sale's is midnight UTC of its date (see ``date_only``)
    title: str
    summary: str  # the start of its text: body, description, notes, or a sale's lines
    contact_id: str | None  # the contact it names: a company's timeline shows whose it is
    contact_name: str
    activity_kind: ActivityKind | None = None
    direction: Direction | None = None
    outcome: str = ""
    duration_minutes: int | None = None
    status: str = ""  # case: CaseStatus value; deal: StageKind value; task: "done" or "open"
    stage_name: str = ""  # deals
    priority: Priority | None = None  # cases and tasks
    amount: Money | None = None  # deals and sales, in their own currency
    base_amount: Money | None = None  # the same in the base currency
    due_at: datetime | None = None  # tasks

    @property
    def date_only(self) -> bool:
        """A sale has a date, not a time of day."""
        return self.kind == EntryKind.SALE

    @property
    def cursor(self) -> TimelineCursor:
        return TimelineCursor(self.at, _RANK[self.kind], self.id)


@dataclass(frozen=True)
class TimelinePage:
    entries: list[TimelineEntry]
    next_cursor: TimelineCursor | None  # None: this page reaches the customer's first record


def timeline(
    ctx: ServiceContext,
    customer: Customer,
    *,
    limit: int = PAGE_SIZE,
    before: TimelineCursor | None = None,
) -> TimelinePage:
    """The customer's newest ``limit`` entries (older than ``before`` when given), newest first."""
    limit = max(1, min(limit, MAX_PAGE_SIZE))
    with ctx.db.read() as session:
        base_currency = read_settings(session).base_currency
        entries: list[TimelineEntry] = []
        for read in _SOURCES:
            entries.extend(read(session, customer, before, limit + 1, base_currency))
        entries.sort(key=lambda e: e.cursor, reverse=True)
        more = len(entries) > limit
        entries = entries[:limit]
        entries = _with_sale_summaries(session, entries)
    return TimelinePage(entries, entries[-1].cursor if more and entries else None)


# --- one reader per kind of record ---------------------------------------------------


def _columns(*columns: Any) -> Any:
    """A select of several columns (sqlmodel's ``select`` is typed for four at most)."""
    return select(*columns)


def _before(at: Any, id_column: Any, kind: EntryKind, cursor: TimelineCursor | None) -> ColumnElement[bool]:
    """Rows of one kind whose (at, kind, id) sorts before ``cursor`` in timeline order."""
    if cursor is None:
        return true()
    return _keyset(at, id_column, kind, cursor.at, cursor)


def _keyset(
    at: Any, id_column: Any, kind: EntryKind, cursor_at: date | datetime, cursor: TimelineCursor
) -> ColumnElement[bool]:
    rank = _RANK[kind]
    if rank < cursor.rank:
        return and_(at <= cursor_at)
    if rank > cursor.rank:
        return and_(at < cursor_at)
    return or_(at < cursor_at, and_(at == cursor_at, id_column < cursor.id))


def _summary(text: str | None) -> str:
    return " ".join((text or "").split())


def _activities(
    session: Session, customer: Customer, before: TimelineCursor | None, limit: int, base: str
) -> list[TimelineEntry]:
    at = col(Activity.occurred_at)
    statement = (
        _columns(
            Activity.id,
            Activity.occurred_at,
            Activity.kind,
            Activity.direction,
            Activity.subject,
            func.substr(col(Activity.body), 1, SUMMARY_CHARS),
            Activity.outcome,
            Activity.duration_minutes,
            Activity.contact_id,
            Contact.display_name,
        )
        .select_from(Activity)
        .outerjoin(Contact, col(Contact.id) == col(Activity.contact_id))
        .where(
            col(Activity.deleted_at).is_(None),
            belongs_to(Activity, customer),
            _before(at, col(Activity.id), EntryKind.ACTIVITY, before),
        )
        .order_by(at.desc(), col(Activity.id).desc())
        .limit(limit)
    )
    return [
        TimelineEntry(
            kind=EntryKind.ACTIVITY,
            id=row[0],
            at=row[1],
            title=row[4],
            summary=_summary(row[5]),
            contact_id=row[8],
            contact_name=row[9] or "",
            activity_kind=ActivityKind(row[2]),
            direction=Direction(row[3]),
            outcome=row[6],
            duration_minutes=row[7],
        )
        for row in session.exec(statement)
    ]


def _tasks(
    session: Session, customer: Customer, before: TimelineCursor | None, limit: int, base: str
) -> list[TimelineEntry]:
    # a task sits where it was done, or where it was written down while still open
    at = type_coerce(func.coalesce(col(Task.done_at), col(Task.created_at)), UTCDateTime())
    statement = (
        _columns(
            Task.id,
            at,
            Task.title,
            func.substr(col(Task.notes), 1, SUMMARY_CHARS),
            Task.done_at,
            Task.due_at,
            Task.priority,
            Task.contact_id,
            Contact.display_name,
        )
        .select_from(Task)
        .outerjoin(Contact, col(Contact.id) == col(Task.contact_id))
        .where(
            col(Task.deleted_at).is_(None),
            belongs_to(Task, customer),
            _before(at, col(Task.id), EntryKind.TASK, before),
        )
        .order_by(at.desc(), col(Task.id).desc())
        .limit(limit)
    )
    return [
        TimelineEntry(
            kind=EntryKind.TASK,
            id=row[0],
            at=row[1],
            title=row[2],
            summary=_summary(row[3]),
            contact_id=row[7],
            contact_name=row[8] or "",
            status="done" if row[4] is not None else "open",
            due_at=row[5],
            priority=Priority(row[6]),
        )
        for row in session.exec(statement)
    ]


def _cases(
    session: Session, customer: Customer, before: TimelineCursor | None, limit: int, base: str
) -> list[TimelineEntry]:
    at = col(Case.created_at)
    statement = (
        _columns(
            Case.id,
            Case.created_at,
            Case.subject,
            func.substr(col(Case.description), 1, SUMMARY_CHARS),
            Case.status,
            Case.priority,
            Case.contact_id,
            Contact.display_name,
        )
        .select_from(Case)
        .outerjoin(Contact, col(Contact.id) == col(Case.contact_id))
        .where(
            col(Case.deleted_at).is_(None),
            belongs_to(Case, customer),
            _before(at, col(Case.id), EntryKind.CASE, before),
        )
        .order_by(at.desc(), col(Case.id).desc())
        .limit(limit)
    )
    return [
        TimelineEntry(
            kind=EntryKind.CASE,
            id=row[0],
            at=row[1],
            title=row[2],
            summary=_summary(row[3]),
            contact_id=row[6],
            contact_name=row[7] or "",
            status=CaseStatus(row[4]).value,
            priority=Priority(row[5]),
        )
        for row in session.exec(statement)
    ]


def _deals(
    session: Session, customer: Customer, before: TimelineCursor | None, limit: int, base: str
) -> list[TimelineEntry]:
    at = col(Deal.created_at)
    statement = (
        _columns(
            Deal.id,
            Deal.created_at,
            Deal.title,
            func.substr(col(Deal.notes), 1, SUMMARY_CHARS),
            Stage.name,
            Stage.kind,
            Deal.amount_minor,
            Deal.currency,
            Deal.base_amount_minor,
            Deal.contact_id,
            Contact.display_name,
        )
        .select_from(Deal)
        .join(Stage, col(Stage.id) == col(Deal.stage_id))
        .outerjoin(Contact, col(Contact.id) == col(Deal.contact_id))
        .where(
            col(Deal.deleted_at).is_(None),
            belongs_to(Deal, customer),
            _before(at, col(Deal.id), EntryKind.DEAL, before),
        )
        .order_by(at.desc(), col(Deal.id).desc())
        .limit(limit)
    )
    return [
        TimelineEntry(
            kind=EntryKind.DEAL,
            id=row[0],
            at=row[1],
            title=row[2],
            summary=_summary(row[3]),
            contact_id=row[9],
            contact_name=row[10] or "",
            status=StageKind(row[5]).value,
            stage_name=row[4],
            amount=Money(row[6], row[7]),
            base_amount=Money(row[8], base),
        )
        for row in session.exec(statement)
    ]


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), UTC)


def _sales(
    session: Session, customer: Customer, before: TimelineCursor | None, limit: int, base: str
) -> list[TimelineEntry]:
    sold_on = col(Sale.sold_on)
    condition: ColumnElement[bool] = true()
    if before is not None:
        day = before.at.astimezone(UTC).date()
        if before.at > _midnight(day):
            condition = sold_on <= day  # every sale of that day sits at its midnight, before the cursor
        else:  # the cursor is at midnight itself: that day's sales go by kind, then id
            condition = _keyset(sold_on, col(Sale.id), EntryKind.SALE, day, before)
    statement = (
        _columns(
            Sale.id,
            Sale.sold_on,
            Sale.number,
            func.substr(col(Sale.notes), 1, SUMMARY_CHARS),
            Sale.total_minor,
            Sale.currency,
            Sale.base_total_minor,
            Sale.contact_id,
            Contact.display_name,
        )
        .select_from(Sale)
        .outerjoin(Contact, col(Contact.id) == col(Sale.contact_id))
        .where(col(Sale.deleted_at).is_(None), belongs_to(Sale, customer), condition)
        .order_by(sold_on.desc(), col(Sale.id).desc())
        .limit(limit)
    )
    return [
        TimelineEntry(
            kind=EntryKind.SALE,
            id=row[0],
            at=_midnight(row[1]),
            title=row[2],
            summary=_summary(row[3]),
            contact_id=row[7],
            contact_name=row[8] or "",
            amount=Money(row[4], row[5]),
            base_amount=Money(row[6], base),
        )
        for row in session.exec(statement)
    ]


_Reader = Callable[[Session, Customer, "TimelineCursor | None", int, str], list[TimelineEntry]]
_SOURCES: tuple[_Reader, ...] = (_activities, _tasks, _cases, _deals, _sales)


def _with_sale_summaries(session: Session, entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """A sale's summary lists what was bought (``2 × Olive oil, Soap``), its notes after that."""
    sale_ids = [e.id for e in entries if e.kind == EntryKind.SALE]
    if not sale_ids:
        return entries
    bought: dict[str, list[str]] = {i: [] for i in sale_ids}
    rows = session.exec(
        _columns(SaleLine.sale_id, SaleLine.description, SaleLine.quantity)
        .where(col(SaleLine.sale_id).in_(sale_ids), col(SaleLine.deleted_at).is_(None))
        .order_by(col(SaleLine.sale_id), col(SaleLine.position))
    )
    for sale_id, description, quantity in rows:
        bought[sale_id].append(_line_text(description, quantity))
    result = []
    for entry in entries:
        if entry.kind == EntryKind.SALE:
            text = ", ".join(bought[entry.id])
            summary = " · ".join(p for p in (text, entry.summary) if p)
            entry = replace(entry, summary=summary[: SUMMARY_CHARS * 2])
        result.append(entry)
    return result


def _line_text(description: str, quantity: Decimal) -> str:
    if quantity == 1:
        return description
    return f"{format(quantity.normalize(), 'f')} × {description}"


# --- does a change concern this customer? ----------------------------------------------

_TIMELINE_MODELS: dict[str, Any] = {
    "activity": Activity,
    "task": Task,
    "case": Case,
    "deal": Deal,
    "sale": Sale,
}
# names shown on a customer page that any record may carry: a change reloads the page
_SHARED_ENTITIES = frozenset({"user", "stage", "pipeline", "product", "tag", "custom_field", "setting"})


def touches_customer(ctx: ServiceContext, customer: Customer, changes: ChangeSet) -> bool:
    """Whether ``changes`` alter anything a page about ``customer`` shows.

    Deleted records count (a tombstone still names its customer); so do the
    contact's company, a company's people, and shared names (owners, stages, tags).
    """
    if customer.id in changes.ids(customer.entity) or changes.entities & _SHARED_ENTITIES:
        return True
    checks: list[tuple[Any, Sequence[str], ColumnElement[bool]]] = []
    if customer.contact_id is not None and changes.touches("company"):
        company_ids = sorted(changes.ids("company"))
        checks.append((Contact, [customer.contact_id], col(Contact.company_id).in_(company_ids)))
    if customer.company_id is not None and changes.touches("contact"):
        checks.append(
            (Contact, sorted(changes.ids("contact")), col(Contact.company_id) == customer.company_id)
        )
    for entity, model in _TIMELINE_MODELS.items():
        if changes.touches(entity):
            checks.append((model, sorted(changes.ids(entity)), belongs_to(model, customer)))
    if not checks:
        return False
    if any(len(ids) > MAX_IDS_CHECKED for _m, ids, _c in checks):
        return True
    with ctx.db.read() as session:
        for model, ids, condition in checks:
            found = session.exec(
                select(col(model.id)).where(col(model.id).in_(ids), condition).limit(1)
            ).first()
            if found is not None:
                return True
    return False
