"""The dashboard's figures and charts, each one SQL aggregate, and the list behind each figure.

Every figure is an SQL aggregate; no record is loaded into Python. Where a
partial index narrows the rows (deals of a stage closing in a month, the case
queue, open tasks by due time, sales by date) the query goes through it; where
most rows match (all open deals, contacts by creation date) it reads the table
in one pass, which SQLite does several times faster than fetching row by row.
Months are the user's local calendar months, as the task lists' "today" is the
local day. :func:`drill_down` gives, for every figure, the list query that
shows exactly the records it counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func
from sqlmodel import Session, col, select

from crm_desktop.domain.enums import CaseStatus, Priority, StageKind
from crm_desktop.domain.models import Case, Contact, Deal, Pipeline, Sale, Stage, Task
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.records import Between, ListQuery
from crm_desktop.services.settings import read_settings

ACTIVE_CASE_STATUSES = tuple(s.value for s in CaseStatus if s.is_active)
SALES_MONTHS = 12
# the order the cases chart lists priorities in: most pressing first
PRIORITY_ORDER = (Priority.URGENT, Priority.HIGH, Priority.NORMAL, Priority.LOW)


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(first: date, months: int) -> date:
    """The first day of the month ``months`` after (or before) the month of ``first``."""
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    """When the figures were counted, and the months they speak of."""

    now: datetime  # UTC
    this_month: date  # first day of the current (local) month
    zone: tzinfo = UTC  # the user's time zone: months begin at its midnight

    @classmethod
    def at(cls, now: datetime, zone: tzinfo = UTC) -> Period:
        return cls(now=now, this_month=month_start(now.astimezone(zone).date()), zone=zone)

    def instant(self, first: date) -> datetime:
        """Local midnight at the start of the month of ``first``."""
        return datetime(first.year, first.month, 1, tzinfo=self.zone)

    @property
    def next_month(self) -> date:
        return add_months(self.this_month, 1)

    @property
    def month_after_next(self) -> date:
        return add_months(self.this_month, 2)

    @property
    def first_sales_month(self) -> date:
        return add_months(self.this_month, 1 - SALES_MONTHS)


@dataclass(frozen=True)
class StageValue:
    """One open stage of a live pipeline: its deals and their value in the base currency."""

    stage_id: str
    stage_name: str
    pipeline_name: str
    deals: int
    value_minor: int


@dataclass(frozen=True)
class MonthSales:
    month: date  # first day
    sales: int
    total_minor: int  # base currency


@dataclass(frozen=True)
class PriorityCases:
    priority: Priority
    open: int  # active cases (new, open, waiting)
    overdue: int  # of those, past their SLA due time


@dataclass(frozen=True)
class DashboardFigures:
    period: Period
    base_currency: str
    open_deals: int
    open_pipeline_minor: int
    forecast_this_month_deals: int
    forecast_this_month_minor: int  # weighted: amount × probability, summed
    forecast_next_month_deals: int
    forecast_next_month_minor: int
    won_this_month_deals: int
    won_this_month_minor: int
    new_contacts_this_month: int
    open_cases: int
    overdue_cases: int
    overdue_tasks: int
    pipeline_by_stage: list[StageValue]  # live pipelines in order, their open stages in order
    sales_by_month: list[MonthSales]  # the last twelve months, oldest first, empty months included
    cases_by_priority: list[PriorityCases]  # urgent first, every priority included


class Figure(StrEnum):
    """The dashboard's figures; each opens the list of what it counts."""

    OPEN_PIPELINE = "open_pipeline"
    FORECAST_THIS_MONTH = "forecast_this_month"
    FORECAST_NEXT_MONTH = "forecast_next_month"
    WON_THIS_MONTH = "won_this_month"
    NEW_CONTACTS = "new_contacts"
    OPEN_CASES = "open_cases"
    OVERDUE_CASES = "overdue_cases"
    OVERDUE_TASKS = "overdue_tasks"


@dataclass(frozen=True)
class DrillDown:
    """Which kind of record a figure counts and the list query that shows exactly those."""

    entity: str
    query: ListQuery


def drill_down(figure: Figure, period: Period) -> DrillDown:
    """The list behind ``figure`` as counted in ``period`` (same rules as the figure's SQL)."""
    if figure == Figure.OPEN_PIPELINE:
        return DrillDown(
            "deal", ListQuery(filters={"state": StageKind.OPEN.value}, sort="amount", descending=True)
        )
    if figure in (Figure.FORECAST_THIS_MONTH, Figure.FORECAST_NEXT_MONTH):
        start = period.this_month if figure == Figure.FORECAST_THIS_MONTH else period.next_month
        closing = Between(start, add_months(start, 1))
        return DrillDown(
            "deal",
            ListQuery(filters={"state": StageKind.OPEN.value, "expected_close": closing}, sort="close"),
        )
    if figure == Figure.WON_THIS_MONTH:
        closed = Between(period.instant(period.this_month), period.instant(period.next_month))
        return DrillDown(
            "deal",
            ListQuery(
                filters={"state": StageKind.WON.value, "closed_at": closed}, sort="amount", descending=True
            ),
        )
    if figure == Figure.NEW_CONTACTS:
        created = Between(period.instant(period.this_month), period.instant(period.next_month))
        return DrillDown(
            "contact", ListQuery(filters={"created_at": created}, sort="created", descending=True)
        )
    if figure == Figure.OPEN_CASES:
        return DrillDown("case", ListQuery(filters={"active": True}, sort="sla"))
    if figure == Figure.OVERDUE_CASES:
        return DrillDown("case", ListQuery(filters={"overdue": True}, sort="sla"))
    return DrillDown("task", ListQuery(filters={"bucket": "overdue"}, sort="due"))


def stage_drill_down(stage_id: str) -> DrillDown:
    """The deals in one stage (a bar of the pipeline chart)."""
    return DrillDown("deal", ListQuery(filters={"stage_id": stage_id}, sort="amount", descending=True))


def month_sales_drill_down(month: date) -> DrillDown:
    """The sales of one month (a bar of the sales chart), newest first."""
    return DrillDown(
        "sale",
        ListQuery(filters={"sold_on": Between(month, add_months(month, 1))}, sort="date", descending=True),
    )


def priority_drill_down(priority: Priority) -> DrillDown:
    """The active cases of one priority (a bar of the cases chart)."""
    return DrillDown("case", ListQuery(filters={"active": True, "priority": priority.value}, sort="sla"))


class DashboardService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def figures(self) -> DashboardFigures:
        """Every dashboard figure and chart series, counted now in one read transaction."""
        period = Period.at(self.ctx.clock(), self.ctx.timezone)
        with self.ctx.db.read() as session:
            base_currency = read_settings(session).base_currency
            open_by_stage = self._value_by_open_stage(session)
            pipeline = self._pipeline_by_stage(session, open_by_stage)
            forecast = self._forecast(session, period)
            won_deals, won_minor = self._won(session, period)
            cases = self._cases_by_priority(session, period)
            return DashboardFigures(
                period=period,
                base_currency=base_currency,
                open_deals=sum(deals for deals, _value in open_by_stage.values()),
                open_pipeline_minor=sum(value for _deals, value in open_by_stage.values()),
                forecast_this_month_deals=forecast[period.this_month][0],
                forecast_this_month_minor=forecast[period.this_month][1],
                forecast_next_month_deals=forecast[period.next_month][0],
                forecast_next_month_minor=forecast[period.next_month][1],
                won_this_month_deals=won_deals,
                won_this_month_minor=won_minor,
                new_contacts_this_month=self._new_contacts(session, period),
                open_cases=sum(c.open for c in cases),
                overdue_cases=sum(c.overdue for c in cases),
                overdue_tasks=self._overdue_tasks(session, period),
                pipeline_by_stage=pipeline,
                sales_by_month=self._sales_by_month(session, period),
                cases_by_priority=cases,
            )

    # --- deals --------------------------------------------------------------------

    @staticmethod
    def _live_by_scan(column: Any) -> ColumnElement[bool]:
        """``deleted_at IS NULL`` written so SQLite reads the table straight through.

        When most rows match (most deals are open, a count of contacts by date has
        no index to use), one pass over the table is several times faster than
        walking a partial index and fetching each row it names.
        """
        return func.coalesce(column, None).is_(None)

    @staticmethod
    def _stage_ids(kind: StageKind) -> ColumnElement[bool]:
        # the same rule as the deal list's ``state`` filter, so a figure and its list agree
        return col(Deal.stage_id).in_(select(Stage.id).where(col(Stage.kind) == kind.value))

    def _value_by_open_stage(self, session: Session) -> dict[str, tuple[int, int]]:
        """stage id -> (deals, base value) for live deals in open stages (one pass over the deals)."""
        rows = session.exec(
            select(Deal.stage_id, func.count(), func.coalesce(func.sum(col(Deal.base_amount_minor)), 0))
            .where(self._live_by_scan(col(Deal.deleted_at)), self._stage_ids(StageKind.OPEN))
            .group_by(col(Deal.stage_id))
        )
        return {str(stage_id): (int(deals), int(value)) for stage_id, deals, value in rows}

    def _pipeline_by_stage(self, session: Session, by_stage: dict[str, tuple[int, int]]) -> list[StageValue]:
        stages = session.exec(
            select(Stage.id, Stage.name, Pipeline.name)
            .join(Pipeline, col(Pipeline.id) == col(Stage.pipeline_id))
            .where(
                col(Stage.deleted_at).is_(None),
                col(Pipeline.deleted_at).is_(None),
                col(Stage.kind) == StageKind.OPEN.value,
            )
            .order_by(col(Pipeline.position), col(Pipeline.id), col(Stage.position), col(Stage.id))
        )
        return [
            StageValue(
                str(stage_id), str(stage_name), str(pipeline_name), *by_stage.get(str(stage_id), (0, 0))
            )
            for stage_id, stage_name, pipeline_name in stages
        ]

    def _forecast(self, session: Session, period: Period) -> dict[date, tuple[int, int]]:
        """month -> (open deals expected to close in it, weighted base value) for this month and next."""
        probability = func.coalesce(col(Deal.probability_override), col(Stage.probability))
        # integer division: each deal rounds down to a minor unit, like pipeline.weighted_minor
        weighted = func.coalesce(func.sum(col(Deal.base_amount_minor) * probability // 100), 0)
        later = case((col(Deal.expected_close) >= period.next_month, 1), else_=0)
        rows = session.exec(
            select(later, func.count(), weighted)
            .join(Stage, col(Stage.id) == col(Deal.stage_id))
            .where(
                col(Deal.deleted_at).is_(None),
                col(Deal.expected_close) >= period.this_month,
                col(Deal.expected_close) < period.month_after_next,
                self._stage_ids(StageKind.OPEN),
            )
            .group_by(later)
        )
        result = {period.this_month: (0, 0), period.next_month: (0, 0)}
        for is_later, deals, value in rows:
            result[period.next_month if is_later else period.this_month] = (int(deals), int(value))
        return result

    def _won(self, session: Session, period: Period) -> tuple[int, int]:
        deals, value = session.exec(
            select(func.count(), func.coalesce(func.sum(col(Deal.base_amount_minor)), 0)).where(
                col(Deal.deleted_at).is_(None),
                self._stage_ids(StageKind.WON),
                col(Deal.closed_at) >= period.instant(period.this_month),
                col(Deal.closed_at) < period.instant(period.next_month),
            )
        ).one()
        return int(deals), int(value)

    # --- contacts, cases, tasks, sales --------------------------------------------

    def _new_contacts(self, session: Session, period: Period) -> int:
        return int(
            session.scalar(
                select(func.count())
                .select_from(Contact)
                .where(
                    # no index holds created_at: one pass over the table (an index on it would be instant)
                    self._live_by_scan(col(Contact.deleted_at)),
                    col(Contact.created_at) >= period.instant(period.this_month),
                    col(Contact.created_at) < period.instant(period.next_month),
                )
            )
            or 0
        )

    def _cases_by_priority(self, session: Session, period: Period) -> list[PriorityCases]:
        overdue = func.coalesce(func.sum(case((col(Case.sla_due_at) < period.now, 1), else_=0)), 0)
        rows = session.exec(
            select(Case.priority, func.count(), overdue)
            .where(col(Case.deleted_at).is_(None), col(Case.status).in_(ACTIVE_CASE_STATUSES))
            .group_by(col(Case.priority))
        )
        counts = {Priority(priority): (int(n), int(late)) for priority, n, late in rows}
        return [PriorityCases(p, *counts.get(p, (0, 0))) for p in PRIORITY_ORDER]

    def _overdue_tasks(self, session: Session, period: Period) -> int:
        # the WHERE repeats ix_tasks_open_due's own condition so SQLite counts from that index alone
        return int(
            session.scalar(
                select(func.count())
                .select_from(Task)
                .where(
                    and_(col(Task.deleted_at).is_(None), col(Task.done_at).is_(None)),
                    col(Task.due_at) < period.now,
                )
            )
            or 0
        )

    def _sales_by_month(self, session: Session, period: Period) -> list[MonthSales]:
        month = func.strftime("%Y-%m", col(Sale.sold_on))
        rows = session.exec(
            select(month, func.count(), func.coalesce(func.sum(col(Sale.base_total_minor)), 0))
            .where(
                col(Sale.deleted_at).is_(None),
                col(Sale.sold_on) >= period.first_sales_month,
                col(Sale.sold_on) < period.next_month,
            )
            .group_by(month)
        )
        found = {str(key): (int(n), int(total)) for key, n, total in rows}
        months = [add_months(period.first_sales_month, i) for i in range(SALES_MONTHS)]
        return [MonthSales(m, *found.get(f"{m.year:04d}-{m.month:02d}", (0, 0))) for m in months]
