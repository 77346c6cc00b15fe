"""What the pipeline board reads: per-stage counts and totals, each stage's nearest cards, the forecast.

A board over 200,000 deals must open at once, so nothing here loads a whole
stage: the count and total of every stage come from one grouped query, and each
column gets at most ``per_stage`` cards straight from the ``(stage_id,
expected_close)`` index, in the order a seller works them (open stages: the
nearest expected close first; won and lost stages: the latest first).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, func
from sqlalchemy import select as select_rows
from sqlmodel import Session, col, select

from crm_desktop.domain.enums import StageKind
from crm_desktop.domain.models import Company, Contact, Deal, Stage, User
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.pipeline import stages_of
from crm_desktop.services.settings import read_settings

CARDS_PER_STAGE = 200
FORECAST_MONTHS = 6


@dataclass(frozen=True)
class DealCard:
    """One deal as the board and the deal list show it (names joined, probability resolved)."""

    id: str
    title: str
    contact_id: str | None
    contact_name: str
    company_id: str | None
    company_name: str
    pipeline_id: str
    stage_id: str
    stage_name: str
    stage_kind: StageKind
    amount_minor: int
    currency: str
    base_amount_minor: int
    expected_close: date | None
    probability: int  # the override when set, else the stage's
    owner_id: str | None
    owner_name: str
    lost_reason: str
    updated_at: datetime

    @property
    def customer_name(self) -> str:
        """The contact, else the company (both when the deal names both)."""
        if self.contact_name and self.company_name:
            return f"{self.contact_name} · {self.company_name}"
        return self.contact_name or self.company_name

    @property
    def weighted_base_minor(self) -> int:
        return self.base_amount_minor * self.probability // 100


@dataclass(frozen=True)
class StageColumn:
    stage_id: str
    name: str
    kind: StageKind
    probability: int
    count: int  # every live deal in the stage, not only the cards
    total_base_minor: int  # their base amounts summed
    cards: list[DealCard]

    @property
    def more(self) -> int:
        """Deals in the stage beyond the cards shown."""
        return max(0, self.count - len(self.cards))


@dataclass(frozen=True)
class Board:
    pipeline_id: str
    base_currency: str
    columns: list[StageColumn]

    def column(self, stage_id: str) -> StageColumn | None:
        return next((c for c in self.columns if c.stage_id == stage_id), None)


@dataclass(frozen=True)
class ForecastMonth:
    month: date  # the first day of the month
    weighted_base_minor: int  # Σ base amount × effective probability of open deals closing that month
    deals: int


@dataclass(frozen=True)
class Forecast:
    base_currency: str
    months: list[ForecastMonth]
    won_this_month_base_minor: int
    won_this_month_deals: int


def month_start(day: date, add: int = 0) -> date:
    """The first day of the month ``add`` months after the one ``day`` is in."""
    index = day.year * 12 + day.month - 1 + add
    return date(index // 12, index % 12 + 1, 1)


class PipelineBoard:
    """Reads for the board, the deal list and the forecast strip of one pipeline."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def board(
        self, pipeline_id: str, *, per_stage: int = CARDS_PER_STAGE, owner_id: str | None = None
    ) -> Board:
        """Every stage of the pipeline in order, with its count, base total and first ``per_stage`` cards."""
        with self.ctx.db.read() as session:
            base_currency = read_settings(session).base_currency
            stages = stages_of(session, pipeline_id)
            stage_ids = [stage.id for stage in stages]
            # Summing through the (stage_id, expected_close) index jumps around the table row by
            # row; one sequential scan is about three times faster, so keep the planner off the
            # partial index by not writing its ``deleted_at IS NULL`` condition literally.
            where: list[ColumnElement[bool]] = [
                col(Deal.stage_id).in_(stage_ids),
                func.coalesce(col(Deal.deleted_at), None).is_(None),
            ]
            if owner_id is not None:
                where.append(col(Deal.owner_id) == owner_id)
            totals: dict[str, tuple[int, int]] = {
                str(stage_id): (int(count), int(total or 0))
                for stage_id, count, total in session.exec(
                    select(col(Deal.stage_id), func.count(), func.sum(col(Deal.base_amount_minor)))
                    .where(*where)
                    .group_by(col(Deal.stage_id))
                )
            }
            card_ids = {
                stage.id: _stage_card_ids(session, stage, per_stage, owner_id)
                if per_stage > 0 and totals.get(stage.id, (0, 0))[0]
                else []
                for stage in stages
            }
            cards = _cards(session, [i for ids in card_ids.values() for i in ids])
        columns = [
            StageColumn(
                stage_id=stage.id,
                name=stage.name,
                kind=stage.kind,
                probability=stage.probability,
                count=totals.get(stage.id, (0, 0))[0],
                total_base_minor=totals.get(stage.id, (0, 0))[1],
                cards=[cards[i] for i in card_ids[stage.id] if i in cards],
            )
            for stage in stages
        ]
        return Board(pipeline_id, base_currency, columns)

    def forecast(
        self,
        pipeline_id: str | None = None,
        *,
        owner_id: str | None = None,
        today: date | None = None,
        months: int = FORECAST_MONTHS,
    ) -> Forecast:
        """Weighted value of open deals by expected close month (from this one on); won this month.

        A deal's weighted value is its base amount times its effective probability,
        rounded down per deal (as :func:`crm_desktop.services.pipeline.weighted_minor`).
        ``pipeline_id`` None: every pipeline; ``owner_id``: only that seller's deals.
        """
        today = today or self.ctx.clock().date()
        first = month_start(today)
        end = month_start(today, months)
        probability = func.coalesce(col(Deal.probability_override), col(Stage.probability))
        month = func.strftime("%Y-%m", col(Deal.expected_close))
        narrowing: list[ColumnElement[bool]] = []
        if pipeline_id is not None:
            narrowing.append(col(Deal.pipeline_id) == pipeline_id)
        if owner_id is not None:
            narrowing.append(col(Deal.owner_id) == owner_id)
        with self.ctx.db.read() as session:
            base_currency = read_settings(session).base_currency
            by_month: dict[str, tuple[int, int]] = {
                str(key): (int(weighted or 0), int(count))
                for key, weighted, count in session.exec(
                    select(
                        month,
                        func.sum(col(Deal.base_amount_minor) * probability // 100),
                        func.count(),
                    )
                    .join(Stage, col(Stage.id) == col(Deal.stage_id))
                    .where(
                        col(Deal.deleted_at).is_(None),
                        col(Deal.expected_close) >= first,
                        col(Deal.expected_close) < end,
                        col(Stage.kind) == StageKind.OPEN,
                        *narrowing,
                    )
                    .group_by(month)
                )
            }
            won_stages = select(col(Stage.id)).where(col(Stage.kind) == StageKind.WON)
            if pipeline_id is not None:
                won_stages = won_stages.where(col(Stage.pipeline_id) == pipeline_id)
            # by stage first (the stage index), then the close date: closed_at has no index
            won = session.exec(
                select(func.sum(col(Deal.base_amount_minor)), func.count()).where(
                    col(Deal.stage_id).in_(list(session.scalars(won_stages))),
                    col(Deal.deleted_at).is_(None),
                    col(Deal.closed_at) >= _utc_midnight(first),
                    col(Deal.closed_at) < _utc_midnight(month_start(today, 1)),
                    *narrowing,
                )
            ).one()
        result = []
        for offset in range(months):
            start = month_start(today, offset)
            weighted, count = by_month.get(start.strftime("%Y-%m"), (0, 0))
            result.append(ForecastMonth(start, weighted, count))
        return Forecast(base_currency, result, int(won[0] or 0), int(won[1]))

    def rows(self, deal_ids: Sequence[str]) -> list[DealCard]:
        """The deals with these ids as cards, in the order given (deleted or missing ones left out)."""
        with self.ctx.db.read() as session:
            found = _cards(session, list(deal_ids))
        return [found[i] for i in deal_ids if i in found]


def _utc_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _stage_card_ids(session: Session, stage: Stage, limit: int, owner_id: str | None) -> list[str]:
    """Up to ``limit`` ids: dated deals by close date (open: soonest first, else latest), then undated ones.

    Each query walks the ``(stage_id, expected_close)`` index and stops at the limit.
    """
    where: list[ColumnElement[bool]] = [col(Deal.stage_id) == stage.id, col(Deal.deleted_at).is_(None)]
    if owner_id is not None:
        where.append(col(Deal.owner_id) == owner_id)
    close, deal_id = col(Deal.expected_close), col(Deal.id)
    latest_first = stage.kind != StageKind.OPEN
    order: list[ColumnElement[Any]] = (
        [close.desc(), deal_id.desc()] if latest_first else [close.asc(), deal_id.asc()]
    )
    ids = list(
        session.scalars(select(deal_id).where(*where, close.is_not(None)).order_by(*order).limit(limit))
    )
    if len(ids) < limit:
        undated = select(deal_id).where(*where, close.is_(None))
        undated = undated.order_by(deal_id.desc() if latest_first else deal_id.asc())
        ids += list(session.scalars(undated.limit(limit - len(ids))))
    return ids


def _cards(session: Session, deal_ids: list[str]) -> dict[str, DealCard]:
    found: dict[str, DealCard] = {}
    for start in range(0, len(deal_ids), 500):
        chunk = deal_ids[start : start + 500]
        # five columns: past what sqlmodel's select() types, so SQLAlchemy's builds it
        statement: Any = (
            select_rows(Deal, Stage, col(Contact.display_name), col(Company.name), col(User.name))
            .join(Stage, col(Stage.id) == col(Deal.stage_id))
            .outerjoin(Contact, col(Contact.id) == col(Deal.contact_id))
            .outerjoin(Company, col(Company.id) == col(Deal.company_id))
            .outerjoin(User, col(User.id) == col(Deal.owner_id))
            .where(col(Deal.id).in_(chunk), col(Deal.deleted_at).is_(None))
        )
        for deal, stage, contact_name, company_name, owner_name in session.exec(statement):
            found[deal.id] = DealCard(
                id=deal.id,
                title=deal.title,
                contact_id=deal.contact_id,
                contact_name=contact_name or "",
                company_id=deal.company_id,
                company_name=company_name or "",
                pipeline_id=deal.pipeline_id,
                stage_id=deal.stage_id,
                stage_name=stage.name,
                stage_kind=StageKind(stage.kind),
                amount_minor=deal.amount_minor,
                currency=deal.currency,
                base_amount_minor=deal.base_amount_minor,
                expected_close=deal.expected_close,
                probability=(
                    deal.probability_override if deal.probability_override is not None else stage.probability
                ),
                owner_id=deal.owner_id,
                owner_name=owner_name or "",
                lost_reason=deal.lost_reason,
                updated_at=deal.updated_at,
            )
    return found
