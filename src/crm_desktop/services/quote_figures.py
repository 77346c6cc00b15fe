"""The figures of a quote for one deal: its lines with discount and tax, and the totals.

Every amount is in the deal's currency, in minor units, rounded half-even per
line the way a sale line is (:func:`money_fields.line_total`), so the amount
column of a quote adds up to its subtotal exactly:

- gross = quantity × unit price; net = gross less the line's discount;
- tax = net × the line's tax rate. A deal line keeps its own rate; a line whose
  rate is 0 and that names a product takes the product's rate, as deal lines
  entered through the deal editor carry no rate of their own yet;
- subtotal = Σ net, discount = Σ (gross − net), total = subtotal + Σ tax.

A deal without lines is quoted as one line: its title, quantity 1, its amount,
no discount and no tax.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

from sqlmodel import col, select

from crm_desktop.domain.errors import NotFoundError
from crm_desktop.domain.models import Deal, DealLine, Product
from crm_desktop.domain.money import Money
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.money_fields import line_total

BP = 10000  # basis points in a whole


@dataclass(frozen=True)
class QuoteLine:
    product_id: str | None
    code: str  # the product's SKU ("" for a typed line)
    name: str  # the product's name, or the line's text when it names no product
    description: str  # the line's own text when it says more than the product's name
    quantity: Decimal
    unit_price: Money
    discount_bp: int
    tax_bp: int
    gross: Money  # quantity × unit price
    net: Money  # after the discount, before tax: the line's amount
    tax: Money


@dataclass(frozen=True)
class QuoteFigures:
    deal_id: str
    title: str
    currency: str
    contact_id: str | None
    company_id: str | None
    owner_id: str | None
    expected_close: date | None
    deal_amount: Money  # the amount stored on the deal (may have been typed over the lines' total)
    from_lines: bool  # False: the deal has no lines and is quoted as one line of its amount
    lines: list[QuoteLine]

    @property
    def gross(self) -> Money:
        return Money(sum(line.gross.minor for line in self.lines), self.currency)

    @property
    def subtotal(self) -> Money:
        """Σ of the lines' amounts (after discount, before tax)."""
        return Money(sum(line.net.minor for line in self.lines), self.currency)

    @property
    def discount(self) -> Money:
        return Money(self.gross.minor - self.subtotal.minor, self.currency)

    @property
    def tax(self) -> Money:
        return Money(sum(line.tax.minor for line in self.lines), self.currency)

    @property
    def total(self) -> Money:
        return Money(self.subtotal.minor + self.tax.minor, self.currency)


def tax_of(net_minor: int, tax_bp: int) -> int:
    """The tax on a line's net amount, rounded half-even to a minor unit."""
    return int((Decimal(net_minor) * tax_bp / BP).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def quote_figures(ctx: ServiceContext, deal_id: str) -> QuoteFigures:
    """The quote of a live deal; NotFoundError when there is no such deal (or it is in the bin)."""
    with ctx.db.read() as session:
        deal = session.get(Deal, deal_id)
        if deal is None or deal.deleted_at is not None:
            raise NotFoundError("deal", deal_id)
        rows = session.exec(
            select(DealLine, Product)
            .outerjoin(Product, col(Product.id) == col(DealLine.product_id))
            .where(col(DealLine.deal_id) == deal.id, col(DealLine.deleted_at).is_(None))
            .order_by(col(DealLine.position), col(DealLine.id))
        ).all()
        currency = deal.currency
        lines = [_line(line, product, currency) for line, product in rows]
        if not lines:
            amount = Money(deal.amount_minor, currency)
            lines = [
                QuoteLine(
                    None, "", deal.title, "", Decimal(1), amount, 0, 0, amount, amount, Money(0, currency)
                )
            ]
        return QuoteFigures(
            deal_id=deal.id,
            title=deal.title,
            currency=currency,
            contact_id=deal.contact_id,
            company_id=deal.company_id,
            owner_id=deal.owner_id,
            expected_close=deal.expected_close,
            deal_amount=Money(deal.amount_minor, currency),
            from_lines=bool(rows),
            lines=lines,
        )


def _line(line: DealLine, product: Product | None, currency: str) -> QuoteLine:
    gross = line_total(line.quantity, line.unit_price_minor)
    net = line_total(line.quantity, line.unit_price_minor, line.discount_bp)
    tax_bp = line.tax_bp or (product.tax_bp if product is not None else 0)
    name = product.name if product is not None else line.description
    description = line.description if product is not None and line.description != product.name else ""
    return QuoteLine(
        product_id=line.product_id,
        code=product.sku if product is not None else "",
        name=name,
        description=description,
        quantity=line.quantity,
        unit_price=Money(line.unit_price_minor, currency),
        discount_bp=line.discount_bp,
        tax_bp=tax_bp,
        gross=Money(gross, currency),
        net=Money(net, currency),
        tax=Money(tax_of(net, tax_bp), currency),
    )
