"""What the sales report counts: revenue, cost and profit by month, product and customer.

Everything is in the base currency at the rate stored on each sale (the rate of
its day), never at today's rates. A sale's revenue is the base total stored with
it; its cost is its cost converted at the same rate, rounded half-even as the
base total is. Each sale's base revenue and cost are shared among its products
in proportion to their lines (whole minor units, largest remainder first), so
the product table adds up to the same totals as the month and customer tables;
with the ``product_id`` filter the whole report speaks of that product's shares.

A customer is the sale's contact, or its company when it names no contact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy import select as select_rows
from sqlmodel import col, select

from crm_desktop.domain.models import Company, Contact, Product, Sale, SaleLine
from crm_desktop.domain.money import Money
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.settings import read_settings


@dataclass
class SalesTotals:
    """Sales and their summed revenue and cost (base currency minor units)."""

    sales: int = 0
    revenue_minor: int = 0
    cost_minor: int = 0

    @property
    def profit_minor(self) -> int:
        return self.revenue_minor - self.cost_minor

    @property
    def margin(self) -> Decimal | None:
        """Profit as a share of revenue; None when nothing was sold."""
        if not self.revenue_minor:
            return None
        return Decimal(self.profit_minor) / Decimal(self.revenue_minor)

    def add(self, revenue_minor: int, cost_minor: int, sales: int = 1) -> None:
        self.sales += sales
        self.revenue_minor += revenue_minor
        self.cost_minor += cost_minor


@dataclass
class MonthSales:
    month: date  # first day
    totals: SalesTotals = field(default_factory=SalesTotals)
    customer_keys: set[str] = field(default_factory=set)

    @property
    def customers(self) -> int:
        return len(self.customer_keys)


@dataclass
class ProductSales:
    product_id: str | None  # None: lines typed without a product, grouped by their text
    name: str
    sku: str
    quantity: Decimal = Decimal(0)
    totals: SalesTotals = field(default_factory=SalesTotals)  # sales: how many sales held it


@dataclass
class CustomerSales:
    key: str  # "contact:ID" or "company:ID"
    name: str
    totals: SalesTotals = field(default_factory=SalesTotals)


@dataclass
class SalesFigures:
    base_currency: str
    first: date
    last: date
    totals: SalesTotals
    months: list[MonthSales]  # every month of the period in order, empty ones included
    products: list[ProductSales]  # largest revenue first
    customers: list[CustomerSales]  # largest revenue first

    @property
    def customer_count(self) -> int:
        return len(self.customers)

    @property
    def cost_per_customer_minor(self) -> int | None:
        """The cost of sales shared among the customers who bought; None when none did."""
        if not self.customers:
            return None
        return _divide(self.totals.cost_minor, len(self.customers))


def _divide(minor: int, count: int) -> int:
    return int((Decimal(minor) / count).quantize(Decimal(1)))


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _months(first: date, last: date) -> list[MonthSales]:
    return [
        MonthSales(date(index // 12, index % 12 + 1, 1))
        for index in range(_month_index(first), _month_index(last) + 1)
    ]


def line_cost_minor(quantity: Decimal, unit_cost_minor: int) -> int:
    """A line's cost in its sale's currency, rounded as the sale service rounds it."""
    return int((quantity * unit_cost_minor).to_integral_value())


def split_minor(total: int, weights: list[int]) -> list[int]:
    """``total`` shared in proportion to ``weights``, in whole minor units that add up to it exactly.

    Each share is rounded down and the units left go to the largest remainders, so a
    sale's base total split among its products adds up to the total stored on the sale.
    """
    whole = sum(weights)
    if not weights:
        return []
    if whole <= 0:
        return [total] + [0] * (len(weights) - 1)
    shares = [total * weight // whole for weight in weights]
    left = total - sum(shares)
    by_remainder = sorted(range(len(weights)), key=lambda i: (-(total * weights[i] % whole), i))
    for index in by_remainder[:left]:
        shares[index] += 1
    return shares


def sales_figures(
    ctx: ServiceContext,
    first: date,
    last: date,
    *,
    owner_id: str | None = None,
    product_id: str | None = None,
) -> SalesFigures:
    """Live sales sold from ``first`` to ``last`` (both included), in the base currency.

    ``owner_id``: only that seller's sales. ``product_id``: only the lines of that product
    (revenue and cost are those lines' shares, the customers are those who bought it).
    """
    where: list[ColumnElement[bool]] = [
        col(Sale.deleted_at).is_(None),
        col(Sale.sold_on) >= first,
        col(Sale.sold_on) <= last,
    ]
    if owner_id is not None:
        where.append(col(Sale.owner_id) == owner_id)
    if product_id is not None:
        where.append(
            col(Sale.id).in_(
                select(col(SaleLine.sale_id)).where(
                    col(SaleLine.product_id) == product_id, col(SaleLine.deleted_at).is_(None)
                )
            )
        )
    # more columns than sqlmodel's select() is typed for: SQLAlchemy's builds these
    sale_columns: Any = select_rows(
        col(Sale.id),
        col(Sale.sold_on),
        col(Sale.contact_id),
        col(Sale.company_id),
        col(Sale.currency),
        col(Sale.rate_to_base),
        col(Sale.base_total_minor),
        col(Sale.cost_minor),
        col(Contact.display_name),
        col(Company.name),
    )
    line_columns: Any = select_rows(
        col(SaleLine.sale_id),
        col(SaleLine.product_id),
        col(SaleLine.description),
        col(Product.name),
        col(Product.sku),
        col(SaleLine.quantity),
        col(SaleLine.unit_cost_minor),
        col(SaleLine.line_total_minor),
    )
    with ctx.db.read() as session:
        base = read_settings(session).base_currency
        sales = [
            _SaleRow(*row)
            for row in session.exec(
                sale_columns.outerjoin(Contact, col(Contact.id) == col(Sale.contact_id))
                .outerjoin(Company, col(Company.id) == col(Sale.company_id))
                .where(*where)
                .order_by(col(Sale.sold_on), col(Sale.id))
            )
        ]
        lines = [
            _LineRow(*row)
            for row in session.exec(
                line_columns.join(Sale, col(Sale.id) == col(SaleLine.sale_id))
                .outerjoin(Product, col(Product.id) == col(SaleLine.product_id))
                .where(*where, col(SaleLine.deleted_at).is_(None))
                .order_by(col(SaleLine.sale_id), col(SaleLine.position))
            )
        ]
    return _figures(base, first, last, sales, lines, product_id)


@dataclass(frozen=True)
class _SaleRow:
    id: str
    sold_on: date | str  # SQLite may hand a date back as text
    contact_id: str | None
    company_id: str | None
    currency: str
    rate_to_base: Decimal
    base_total_minor: int
    cost_minor: int
    contact_name: str | None
    company_name: str | None

    @property
    def day(self) -> date:
        return self.sold_on if isinstance(self.sold_on, date) else date.fromisoformat(str(self.sold_on))

    @property
    def customer_key(self) -> str:
        return f"contact:{self.contact_id}" if self.contact_id else f"company:{self.company_id}"

    @property
    def customer_name(self) -> str:
        return " · ".join(name for name in (self.contact_name, self.company_name) if name)


@dataclass(frozen=True)
class _LineRow:
    sale_id: str
    product_id: str | None
    description: str
    product_name: str | None
    sku: str | None
    quantity: Decimal
    unit_cost_minor: int
    line_total_minor: int

    @property
    def product_key(self) -> tuple[str | None, str]:
        # lines typed without a product are grouped by their text
        return (self.product_id, "" if self.product_id else self.description)


_ProductKey = tuple[str | None, str]


def _figures(
    base: str,
    first: date,
    last: date,
    sales: list[_SaleRow],
    lines: list[_LineRow],
    product_id: str | None,
) -> SalesFigures:
    """Sum the rows read: per sale, then per month, per customer and per product."""
    # sale id -> product key -> [quantity, revenue, cost] in the sale's currency
    parts: dict[str, dict[_ProductKey, list[Any]]] = {}
    products: dict[_ProductKey, ProductSales] = {}
    for line in lines:
        key = line.product_key
        if key not in products:
            products[key] = ProductSales(
                line.product_id, line.product_name or line.description or "", line.sku or ""
            )
        entry = parts.setdefault(line.sale_id, {}).setdefault(key, [Decimal(0), 0, 0])
        quantity = Decimal(line.quantity)
        entry[0] += quantity
        entry[1] += line.line_total_minor
        entry[2] += line_cost_minor(quantity, line.unit_cost_minor)

    months = _months(first, last)
    totals = SalesTotals()
    customers: dict[str, CustomerSales] = {}
    for sale in sales:
        revenue_minor = sale.base_total_minor
        cost_minor = Money(sale.cost_minor, sale.currency).to_base(Decimal(sale.rate_to_base), base).minor
        sale_parts = parts.get(sale.id, {})
        keys = list(sale_parts)
        # the stored base total (and the base cost) shared among the sale's products
        revenue_shares = split_minor(revenue_minor, [sale_parts[k][1] for k in keys])
        cost_shares = split_minor(cost_minor, [sale_parts[k][2] for k in keys])
        if product_id is not None:
            chosen = [i for i, key in enumerate(keys) if key[0] == product_id]
            revenue_minor = sum(revenue_shares[i] for i in chosen)
            cost_minor = sum(cost_shares[i] for i in chosen)
        for index, key in enumerate(keys):
            if product_id is None or key[0] == product_id:
                product = products[key]
                product.quantity += sale_parts[key][0]
                product.totals.add(revenue_shares[index], cost_shares[index])
        totals.add(revenue_minor, cost_minor)
        month = months[_month_index(sale.day) - _month_index(first)]
        month.totals.add(revenue_minor, cost_minor)
        month.customer_keys.add(sale.customer_key)
        customer = customers.get(sale.customer_key)
        if customer is None:
            customer = customers[sale.customer_key] = CustomerSales(sale.customer_key, sale.customer_name)
        elif sale.customer_name:
            customer.name = sale.customer_name  # sales come in date order: the latest name wins
        customer.totals.add(revenue_minor, cost_minor)
    sold = [p for p in products.values() if p.totals.sales]
    return SalesFigures(
        base_currency=base,
        first=first,
        last=last,
        totals=totals,
        months=months,
        products=sorted(sold, key=lambda p: (-p.totals.revenue_minor, p.name)),
        customers=sorted(customers.values(), key=lambda c: (-c.totals.revenue_minor, c.name)),
    )
