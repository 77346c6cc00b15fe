"""What the pipeline report counts: open deals by stage, owner and close month; deals won and lost.

Amounts are the deals' base amounts, each converted when the deal was saved at
the deal's own rate (what the pipeline board and the dashboard sum). A deal's
weighted value is its base amount times its effective probability (its own
override, else its stage's), rounded down per deal, as
:func:`crm_desktop.services.pipeline.weighted_minor` and the board's forecast
count it. Open deals are read in one grouped query by (stage, owner, close
month); the report sums those groups by stage, by owner and by month, so the
three tables always add up to the same totals.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, case, func
from sqlalchemy import select as select_rows
from sqlmodel import col, select

from crm_desktop.domain.enums import StageKind
from crm_desktop.domain.models import Deal, Pipeline, Stage, User
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.settings import read_settings

Key = TypeVar("Key", bound=Hashable)


@dataclass(frozen=True)
class StageInfo:
    stage_id: str
    pipeline_id: str
    pipeline_name: str
    name: str
    probability: int  # the stage's, in percent
    kind: StageKind


@dataclass(frozen=True)
class Amounts:
    """Deals and their summed base amounts (``weighted_minor``: by probability; 0 for closed deals)."""

    deals: int = 0
    value_minor: int = 0
    weighted_minor: int = 0

    def __add__(self, other: Amounts) -> Amounts:
        return Amounts(
            self.deals + other.deals,
            self.value_minor + other.value_minor,
            self.weighted_minor + other.weighted_minor,
        )


@dataclass(frozen=True)
class OpenGroup:
    """Open deals of one stage, one owner and one expected close month."""

    stage_id: str
    owner_id: str | None
    close_month: date | None  # first day of the expected close month; None: no date set
    amounts: Amounts


@dataclass(frozen=True)
class ClosedGroup:
    """Deals won, or lost for one reason, in the period (by the time their stage was closed)."""

    kind: StageKind  # WON or LOST
    reason: str  # the lost reason, trimmed; "" for won deals and lost ones without a reason
    amounts: Amounts


@dataclass(frozen=True)
class PipelineFigures:
    base_currency: str
    stages: list[StageInfo]  # every live stage of the pipelines read, pipeline by pipeline, in order
    owners: dict[str, str]  # user id -> name, for every owner of a counted deal
    open: list[OpenGroup]
    closed: list[ClosedGroup]

    def open_stages(self) -> list[StageInfo]:
        return [stage for stage in self.stages if stage.kind == StageKind.OPEN]

    def by_stage(self) -> dict[str, Amounts]:
        return _sum_by(self.open, lambda group: group.stage_id)

    def by_owner(self) -> dict[str | None, Amounts]:
        return _sum_by(self.open, lambda group: group.owner_id)

    def by_month(self) -> dict[date | None, Amounts]:
        return _sum_by(self.open, lambda group: group.close_month)

    def open_total(self) -> Amounts:
        return sum((group.amounts for group in self.open), Amounts())

    def closed_total(self, kind: StageKind) -> Amounts:
        return sum((group.amounts for group in self.closed if group.kind == kind), Amounts())

    def lost_by_reason(self) -> dict[str, Amounts]:
        return _sum_by([g for g in self.closed if g.kind == StageKind.LOST], lambda group: group.reason)


def _sum_by(groups: list[Any], key: Callable[[Any], Key]) -> dict[Key, Amounts]:
    totals: dict[Key, Amounts] = {}
    for group in groups:
        name = key(group)
        totals[name] = totals.get(name, Amounts()) + group.amounts
    return totals


def pipeline_figures(
    ctx: ServiceContext,
    *,
    closed_from: datetime,
    closed_before: datetime,
    pipeline_id: str | None = None,
    owner_id: str | None = None,
) -> PipelineFigures:
    """Live open deals now, and deals won or lost with ``closed_from <= closed_at < closed_before``.

    ``pipeline_id`` None: every pipeline; ``owner_id``: only that seller's deals.
    """
    narrowing: list[ColumnElement[bool]] = [col(Deal.deleted_at).is_(None)]
    if pipeline_id is not None:
        narrowing.append(col(Deal.pipeline_id) == pipeline_id)
    if owner_id is not None:
        narrowing.append(col(Deal.owner_id) == owner_id)
    probability = func.coalesce(col(Deal.probability_override), col(Stage.probability))
    month = func.strftime("%Y-%m", col(Deal.expected_close))
    reason = case((col(Stage.kind) == StageKind.LOST, func.trim(col(Deal.lost_reason))), else_="")
    with ctx.db.read() as session:
        base_currency = read_settings(session).base_currency
        stage_rows = session.exec(
            select(Stage, Pipeline)
            .join(Pipeline, col(Pipeline.id) == col(Stage.pipeline_id))
            .where(col(Stage.deleted_at).is_(None), col(Pipeline.deleted_at).is_(None))
            .where(*([col(Pipeline.id) == pipeline_id] if pipeline_id is not None else []))
            .order_by(col(Pipeline.position), col(Pipeline.id), col(Stage.position), col(Stage.id))
        ).all()
        stages = [
            StageInfo(
                stage.id, pipeline.id, pipeline.name, stage.name, stage.probability, StageKind(stage.kind)
            )
            for stage, pipeline in stage_rows
        ]
        # six columns: past what sqlmodel's select() types, so SQLAlchemy's builds it
        open_query: Any = (
            select_rows(
                col(Deal.stage_id),
                col(Deal.owner_id),
                month,
                func.count(),
                func.sum(col(Deal.base_amount_minor)),
                # per deal, rounded down: the board's forecast and weighted_minor agree
                func.sum(col(Deal.base_amount_minor) * probability // 100),
            )
            .join(Stage, col(Stage.id) == col(Deal.stage_id))
            .where(col(Stage.kind) == StageKind.OPEN, *narrowing)
            .group_by(col(Deal.stage_id), col(Deal.owner_id), month)
        )
        open_groups = [
            OpenGroup(
                str(stage_id),
                owner,
                _month_start(key),
                Amounts(int(deals), int(value or 0), int(weighted or 0)),
            )
            for stage_id, owner, key, deals, value, weighted in session.exec(open_query)
        ]
        closed_groups = [
            ClosedGroup(StageKind(kind), str(text or ""), Amounts(int(deals), int(value or 0)))
            for kind, text, deals, value in session.exec(
                select(col(Stage.kind), reason, func.count(), func.sum(col(Deal.base_amount_minor)))
                .join(Stage, col(Stage.id) == col(Deal.stage_id))
                .where(
                    col(Stage.kind).in_([StageKind.WON, StageKind.LOST]),
                    col(Deal.closed_at) >= closed_from,
                    col(Deal.closed_at) < closed_before,
                    *narrowing,
                )
                .group_by(col(Stage.kind), reason)
            )
        ]
        owner_ids = {g.owner_id for g in open_groups} - {None}
        owners: dict[str, str] = {}
        if owner_ids:
            owners = dict(
                session.exec(select(col(User.id), col(User.name)).where(col(User.id).in_(owner_ids))).all()
            )
    return PipelineFigures(base_currency, stages, owners, open_groups, closed_groups)


def _month_start(key: str | None) -> date | None:
    """``"2026-11"`` (SQLite's strftime of the close date) as 2026-11-01."""
    if not key:
        return None
    year, month = key.split("-")
    return date(int(year), int(month), 1)
