"""What a customer page shows beside the timeline: purchases, open deals, open cases.

Amounts are summed in the base currency. A sale keeps its own base total (at
the rate of its day); a product's total converts each group of its lines
sold in one currency at one rate, so a customer who paid in USD and in SAR
gets one figure per product.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func
from sqlmodel import col, select

from crm_desktop.domain.enums import ActivityKind, CaseStatus, Direction, Priority, StageKind
from crm_desktop.domain.models import Activity, Case, Contact, Deal, Product, Sale, SaleLine, Stage, User
from crm_desktop.domain.money import Money
from crm_desktop.services.cases import ACTIVE_STATUSES, PRIORITY_RANK
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.customer_scope import Customer, belongs_to
from crm_desktop.services.settings import read_settings

MAX_OPEN_ROWS = 200  # a customer with more open deals or cases than this gets the first ones
RECENT_ACTIVITIES = 20  # what a printed customer sheet lists


def _columns(*columns: Any) -> Any:
    """A select of several columns (sqlmodel's ``select`` is typed for four at most)."""
    return select(*columns)


@dataclass(frozen=True)
class YearPurchases:
    year: int
    sales: int
    total: Money  # base currency


@dataclass(frozen=True)
class ProductPurchases:
    product_id: str | None  # None: lines typed without a product, grouped by their text
    name: str
    lines: int
    total: Money  # base currency


@dataclass(frozen=True)
class Purchases:
    base_currency: str
    sales: int
    total: Money
    first_sold_on: date | None
    last_sold_on: date | None
    per_year: list[YearPurchases]  # newest year first
    per_product: list[ProductPurchases]  # largest total first


@dataclass(frozen=True)
class OpenDeal:
    id: str
    title: str
    stage_name: str
    probability: int
    amount: Money
    base_amount: Money
    expected_close: date | None

    @property
    def weighted_base(self) -> Money:
        return Money(self.base_amount.minor * self.probability // 100, self.base_amount.currency)


@dataclass(frozen=True)
class OpenCase:
    id: str
    subject: str
    status: CaseStatus
    priority: Priority
    sla_due_at: datetime | None
    escalation_level: int
    overdue: bool


@dataclass(frozen=True)
class RecentActivity:
    id: str
    occurred_at: datetime
    kind: ActivityKind
    direction: Direction
    subject: str
    outcome: str
    duration_minutes: int | None
    contact_name: str  # whose it is: a company's list holds its people's activities too
    owner_name: str


def purchases(ctx: ServiceContext, customer: Customer) -> Purchases:
    """The customer's live sales summed per year and per product, in the base currency."""
    with ctx.db.read() as session:
        base = read_settings(session).base_currency
        owned = [col(Sale.deleted_at).is_(None), belongs_to(Sale, customer)]
        year = func.strftime("%Y", col(Sale.sold_on))
        per_year = [
            YearPurchases(int(y), int(n), Money(int(t or 0), base))
            for y, t, n in session.exec(
                _columns(year, func.sum(col(Sale.base_total_minor)), func.count())
                .where(*owned)
                .group_by(year)
                .order_by(year.desc())
            )
        ]
        first, last = session.exec(
            _columns(func.min(col(Sale.sold_on)), func.max(col(Sale.sold_on))).where(*owned)
        ).one()
        free_text = case((col(SaleLine.product_id).is_(None), col(SaleLine.description)), else_="")
        groups = session.exec(
            _columns(
                SaleLine.product_id,
                free_text,
                func.max(col(Product.name)),
                func.max(col(SaleLine.description)),
                Sale.currency,
                Sale.rate_to_base,
                func.sum(col(SaleLine.line_total_minor)),
                func.count(),
            )
            .select_from(SaleLine)
            .join(Sale, col(Sale.id) == col(SaleLine.sale_id))
            .outerjoin(Product, col(Product.id) == col(SaleLine.product_id))
            .where(*owned, col(SaleLine.deleted_at).is_(None))
            .group_by(col(SaleLine.product_id), free_text, col(Sale.currency), col(Sale.rate_to_base))
        )
        products: dict[tuple[str | None, str], list[Any]] = {}
        for product_id, text, product_name, description, currency, rate, total, lines in groups:
            key = (product_id, text or "")
            entry = products.setdefault(key, [product_name or description or "", 0, 0])
            entry[1] += lines
            entry[2] += Money(int(total or 0), currency).to_base(Decimal(rate), base).minor
    per_product = sorted(
        (
            ProductPurchases(pid, name, lines, Money(total, base))
            for (pid, _t), (name, lines, total) in products.items()
        ),
        key=lambda p: (-p.total.minor, p.name),
    )
    return Purchases(
        base_currency=base,
        sales=sum(y.sales for y in per_year),
        total=Money(sum(y.total.minor for y in per_year), base),
        first_sold_on=_as_date(first),
        last_sold_on=_as_date(last),
        per_year=per_year,
        per_product=per_product,
    )


def _as_date(value: Any) -> date | None:
    """SQLite hands back min()/max() of a date column as text."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def open_deals(ctx: ServiceContext, customer: Customer) -> list[OpenDeal]:
    """Deals in an open stage, the nearest expected close first (undated ones last)."""
    with ctx.db.read() as session:
        base = read_settings(session).base_currency
        close = col(Deal.expected_close)
        rows = session.exec(
            _columns(
                Deal.id,
                Deal.title,
                Stage.name,
                Stage.probability,
                Deal.probability_override,
                Deal.amount_minor,
                Deal.currency,
                Deal.base_amount_minor,
                Deal.expected_close,
            )
            .select_from(Deal)
            .join(Stage, col(Stage.id) == col(Deal.stage_id))
            .where(
                col(Deal.deleted_at).is_(None), col(Stage.kind) == StageKind.OPEN, belongs_to(Deal, customer)
            )
            .order_by(close.is_(None), close, col(Deal.id))
            .limit(MAX_OPEN_ROWS)
        )
        return [
            OpenDeal(
                id=row[0],
                title=row[1],
                stage_name=row[2],
                probability=row[4] if row[4] is not None else row[3],
                amount=Money(row[5], row[6]),
                base_amount=Money(row[7], base),
                expected_close=row[8],
            )
            for row in rows
        ]


def open_cases(ctx: ServiceContext, customer: Customer) -> list[OpenCase]:
    """Cases not yet resolved or closed, in the order they must be worked: SLA due, then priority."""
    moment = ctx.clock()
    rank = case(
        {p.value: r for p, r in PRIORITY_RANK.items()}, value=col(Case.priority), else_=len(PRIORITY_RANK)
    )
    due = col(Case.sla_due_at)
    with ctx.db.read() as session:
        rows = session.exec(
            _columns(
                Case.id, Case.subject, Case.status, Case.priority, Case.sla_due_at, Case.escalation_level
            )
            .where(
                col(Case.deleted_at).is_(None),
                col(Case.status).in_(ACTIVE_STATUSES),
                belongs_to(Case, customer),
            )
            .order_by(due.is_(None), due, rank, col(Case.id))
            .limit(MAX_OPEN_ROWS)
        )
        return [
            OpenCase(
                id=row[0],
                subject=row[1],
                status=CaseStatus(row[2]),
                priority=Priority(row[3]),
                sla_due_at=row[4],
                escalation_level=row[5],
                overdue=row[4] is not None and row[4] < moment,
            )
            for row in rows
        ]


def recent_activities(
    ctx: ServiceContext, customer: Customer, limit: int = RECENT_ACTIVITIES
) -> list[RecentActivity]:
    """The customer's newest activities (calls, meetings, notes...), newest first.

    Unlike the timeline this reads activities alone, so "the last 20" are 20 activities
    however many tasks, deals and sales lie between them.
    """
    at = col(Activity.occurred_at)
    with ctx.db.read() as session:
        rows = session.exec(
            _columns(
                Activity.id,
                Activity.occurred_at,
                Activity.kind,
                Activity.direction,
                Activity.subject,
                Activity.outcome,
                Activity.duration_minutes,
                Contact.display_name,
                User.name,
            )
            .select_from(Activity)
            .outerjoin(Contact, col(Contact.id) == col(Activity.contact_id))
            .outerjoin(User, col(User.id) == col(Activity.owner_id))
            .where(col(Activity.deleted_at).is_(None), belongs_to(Activity, customer))
            .order_by(at.desc(), col(Activity.id).desc())
            .limit(max(1, limit))
        )
        return [
            RecentActivity(
                id=row[0],
                occurred_at=row[1],
                kind=ActivityKind(row[2]),
                direction=Direction(row[3]),
                subject=row[4],
                outcome=row[5],
                duration_minutes=row[6],
                contact_name=row[7] or "",
                owner_name=row[8] or "",
            )
            for row in rows
        ]
