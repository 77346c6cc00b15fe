"""The ``sales`` report: revenue, cost, profit and margin by month, product and customer.

Amounts are in the base currency at the rate stored on each sale, so a period's
figures never move when today's rates do (:mod:`crm_desktop.services.sales_figures`).
Cost per customer is the cost of the period's sales shared among the customers
who bought in it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from reportlab.platypus import Spacer

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.models import Product
from crm_desktop.i18n import _
from crm_desktop.reports.charts import GREEN, LIGHT_BLUE, Series, bar_chart
from crm_desktop.reports.document import BuildResult, Column, ReportDocument
from crm_desktop.reports.labels import span_text
from crm_desktop.reports.lookups import user_filter
from crm_desktop.reports.request import PERIOD, ReportRequest, check_filters, period_of
from crm_desktop.services.crm import Crm
from crm_desktop.services.sales_figures import SalesFigures, SalesTotals, sales_figures

NAME = "sales"
FILTERS = ("owner", "product")
OPTIONS = frozenset({PERIOD})
TOP_CUSTOMERS = 20
TOP_PRODUCTS = 25
NO_MARGIN = "—"


def _product_of(crm: Crm, filters: Mapping[str, str]) -> Product | None:
    """The product the ``product`` filter names, by id or by code (SKU)."""
    wanted = filters.get("product", "").strip()
    if not wanted:
        return None
    found = [p for p in crm.products.fetch([wanted]) if p.deleted_at is None]
    if found:
        return found[0]
    by_code = crm.products.by_sku(wanted)
    if by_code is None:
        raise CrmError(_("No product with id or code {id} exists.").format(id=wanted))
    return by_code


def _amount_columns() -> list[Column]:
    return [
        Column(_("Revenue"), 1.15, numeric=True),
        Column(_("Cost"), 1.15, numeric=True),
        Column(_("Profit"), 1.15, numeric=True),
        Column(_("Margin"), 0.7, numeric=True),
    ]


class _Writer:
    """Fills one document from the figures (holds the formatting and the base currency)."""

    def __init__(self, document: ReportDocument, figures: SalesFigures) -> None:
        self.document = document
        self.fmt = document.fmt
        self.figures = figures
        self.base = figures.base_currency

    def money(self, minor: int) -> str:
        return self.fmt.amount(minor, self.base)

    def margin(self, totals: SalesTotals) -> str:
        margin = totals.margin
        return NO_MARGIN if margin is None else self.fmt.percent(margin)

    def amounts(self, totals: SalesTotals) -> list[str]:
        return [
            self.money(totals.revenue_minor),
            self.money(totals.cost_minor),
            self.money(totals.profit_minor),
            self.margin(totals),
        ]

    def summary(self) -> list[tuple[str, str]]:
        figures = self.figures
        totals = figures.totals
        per_customer = figures.cost_per_customer_minor
        return [
            (_("Sales"), self.fmt.number(totals.sales)),
            (_("Customers who bought"), self.fmt.number(figures.customer_count)),
            (_("Revenue"), self.money(totals.revenue_minor)),
            (_("Cost of sales"), self.money(totals.cost_minor)),
            (_("Profit"), self.money(totals.profit_minor)),
            (_("Margin"), self.margin(totals)),
            (_("Cost per customer"), self.money(per_customer) if per_customer is not None else NO_MARGIN),
        ]

    def by_month(self) -> None:
        document = self.document
        months = self.figures.months
        document.heading(_("By month"))
        document.add(
            bar_chart(
                document,
                [self.fmt.month(m.month.year, m.month.month) for m in months],
                [
                    Series(_("Revenue"), [m.totals.revenue_minor for m in months], LIGHT_BLUE),
                    Series(_("Profit"), [m.totals.profit_minor for m in months], GREEN),
                ],
                currency=self.base,
            )
        )
        document.table(
            [
                Column(_("Month"), 1.2),
                Column(_("Sales"), 0.6, numeric=True),
                Column(_("Customers"), 0.8, numeric=True),
                *_amount_columns(),
            ],
            [
                [
                    self.fmt.month(m.month.year, m.month.month),
                    self.fmt.number(m.totals.sales),
                    self.fmt.number(m.customers),
                    *self.amounts(m.totals),
                ]
                for m in months
            ],
            # customers are counted once over the period, not summed over the months
            total=[
                _("Total"),
                self.fmt.number(self.figures.totals.sales),
                self.fmt.number(self.figures.customer_count),
                *self.amounts(self.figures.totals),
            ],
        )

    def by_product(self) -> None:
        products = self.figures.products
        shown, rest = products[:TOP_PRODUCTS], products[TOP_PRODUCTS:]
        rows = [[p.name, p.sku, self.fmt.number(p.quantity), *self.amounts(p.totals)] for p in shown]
        if rest:
            rows.append(
                [
                    _("Other products ({count})").format(count=self.fmt.number(len(rest))),
                    "",
                    "",
                    *self.amounts(_sum(p.totals for p in rest)),
                ]
            )
        self.document.heading(_("By product"))
        self.document.table(
            [
                Column(_("Product"), 1.6),
                Column(_("Code"), 0.8),
                Column(_("Quantity"), 0.7, numeric=True),
                *_amount_columns(),
            ],
            rows,
            total=[_("Total"), "", "", *self.amounts(_sum(p.totals for p in products))],
        )

    def by_customer(self) -> None:
        customers = self.figures.customers
        shown, rest = customers[:TOP_CUSTOMERS], customers[TOP_CUSTOMERS:]
        rows = [[c.name, self.fmt.number(c.totals.sales), *self.amounts(c.totals)] for c in shown]
        if rest:
            rest_totals = _sum(c.totals for c in rest)
            rows.append(
                [
                    _("Other customers ({count})").format(count=self.fmt.number(len(rest))),
                    self.fmt.number(rest_totals.sales),
                    *self.amounts(rest_totals),
                ]
            )
        self.document.heading(_("Top {count} customers").format(count=self.fmt.number(len(shown))))
        self.document.table(
            [Column(_("Customer"), 2.2), Column(_("Sales"), 0.6, numeric=True), *_amount_columns()],
            rows,
            total=[
                _("Total"),
                self.fmt.number(self.figures.totals.sales),
                *self.amounts(self.figures.totals),
            ],
        )


def _sum(totals: Iterable[SalesTotals]) -> SalesTotals:
    result = SalesTotals()
    for one in totals:
        result.add(one.revenue_minor, one.cost_minor, one.sales)
    return result


def build(crm: Crm, output: Path | str, request: ReportRequest | None = None) -> BuildResult:
    """Write the sales report to ``output`` (a PDF).

    Filters: ``owner`` (a user id: that seller's sales), ``product`` (a product id or
    code: only that product's share of each sale). The period is ``request.start`` to
    ``request.end`` (by default the last twelve months), by the day each sale was made.
    """
    request = request or ReportRequest()
    check_filters(NAME, request.filters, FILTERS)
    owner = user_filter(crm, request.filters, "owner")
    product = _product_of(crm, request.filters)
    period = period_of(crm, request)
    figures = sales_figures(
        crm.ctx,
        period.first,
        period.last,
        owner_id=owner.id if owner else None,
        product_id=product.id if product else None,
    )
    title = _("Sales")
    document = ReportDocument(title, crm.settings.get(), request.language, timezone=crm.ctx.timezone)
    fmt = document.fmt
    document.heading(title, 15)
    document.pairs(
        [
            (
                _("Period"),
                span_text(fmt, period.first, period.last),
            ),
            (_("Owner"), owner.name if owner else ""),
            (
                _("Product"),
                " · ".join(part for part in (product.name, product.sku) if part) if product else "",
            ),
            (_("Amounts in"), figures.base_currency),
        ]
    )
    writer = _Writer(document, figures)
    document.add(Spacer(1, 4))
    document.pairs(writer.summary())
    document.add(Spacer(1, 3))
    document.paragraph(
        _(
            "Amounts are converted at the rate stored on each sale. Cost per customer is the cost of "
            "sales divided by the number of customers who bought."
        )
    )
    if not figures.totals.sales:
        document.paragraph(_("Nothing was sold in the period."))
        return document.build(output)
    writer.by_month()
    writer.by_product()
    writer.by_customer()
    return document.build(output)
