"""What the Products & sales page lists: products found by name or code, sales with their customer.

Products and sales are not in the full-text index, so the text a user types in
a list's filter box is matched here in SQL: a product by its name or code, a
sale by its number or (through the contact and company search index) by its
customer's name. These classes are the product and sale services with those
reads added; writes behave exactly as in :mod:`crm_desktop.services.sales`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import ColumnElement, and_, false, func, or_
from sqlmodel import Session, col, select

from crm_desktop.domain.models import Company, Contact, Product, Sale, SaleLine
from crm_desktop.services.records import ListQuery
from crm_desktop.services.sales import ProductService, SaleService
from crm_desktop.storage import search_index

LIKE_ESCAPE = "\\"


def like_pattern(text: str, *, anywhere: bool) -> str:
    """A LIKE pattern matching ``text`` literally (``%`` and ``_`` typed by a user are not wildcards)."""
    escaped = text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%" if anywhere else f"{escaped}%"


class ProductListing(ProductService):
    """Products; ``ListQuery.text`` matches anywhere in the name or at the start of the code."""

    def _where(self, session: Session, query: ListQuery) -> ColumnElement[bool]:
        text = query.text.strip()
        where = super()._where(session, replace(query, text=""))
        if not text:
            return where
        return and_(
            where,
            or_(
                col(Product.name).like(like_pattern(text, anywhere=True), escape=LIKE_ESCAPE),
                col(Product.sku).like(like_pattern(text, anywhere=False), escape=LIKE_ESCAPE),
            ),
        )

    def pick(self, text: str, limit: int = 20) -> list[Product]:
        """Active products for what was typed in a product picker, by name."""
        return self.list(ListQuery(text=text, filters={"active": True}, limit=limit)).items


@dataclass(frozen=True)
class SaleRow:
    """One line of the sales list."""

    id: str
    sold_on: date
    number: str
    customer: str
    contact_id: str | None
    company_id: str | None
    currency: str
    total_minor: int
    base_total_minor: int
    lines: int


class SaleListing(SaleService):
    """Sales; ``ListQuery.text`` matches the start of the number or the customer's name."""

    def _where(self, session: Session, query: ListQuery) -> ColumnElement[bool]:
        text = query.text.strip()
        where = super()._where(session, replace(query, text=""))
        if not text:
            return where
        matches: list[ColumnElement[bool]] = [
            col(Sale.number).like(like_pattern(text, anywhere=False), escape=LIKE_ESCAPE)
        ]
        for entity, column in (("contact", col(Sale.contact_id)), ("company", col(Sale.company_id))):
            found = search_index.match_subquery(entity, text)
            if found is not None:
                matches.append(column.in_(found))
        return and_(where, or_(false(), *matches))

    def rows(self, record_ids: Sequence[str]) -> list[SaleRow]:
        """The list rows of these sales, in the order given (customer and line count joined in SQL)."""
        if not record_ids:
            return []
        line_count = (
            select(func.count())
            .where(col(SaleLine.sale_id) == col(Sale.id), col(SaleLine.deleted_at).is_(None))
            .scalar_subquery()
        )
        found: dict[str, SaleRow] = {}
        with self.ctx.db.read() as session:
            for start in range(0, len(record_ids), 500):
                chunk = list(record_ids[start : start + 500])
                statement = (
                    select(Sale, Contact.display_name, Company.name, line_count)
                    .outerjoin(Contact, col(Contact.id) == col(Sale.contact_id))
                    .outerjoin(Company, col(Company.id) == col(Sale.company_id))
                    .where(col(Sale.id).in_(chunk))
                )
                for sale, contact_name, company_name, lines in session.exec(statement):
                    customer = " · ".join(n for n in (contact_name, company_name) if n)
                    found[sale.id] = SaleRow(
                        id=sale.id,
                        sold_on=sale.sold_on,
                        number=sale.number,
                        customer=customer,
                        contact_id=sale.contact_id,
                        company_id=sale.company_id,
                        currency=sale.currency,
                        total_minor=sale.total_minor,
                        base_total_minor=sale.base_total_minor,
                        lines=int(lines or 0),
                    )
        return [found[i] for i in record_ids if i in found]
