"""Products, deals and sales as rows their import reads back (``crm export --type products``...).

The columns are the import's field names (``transfer.fields``), so ``guess_mapping`` maps
every one of them back, and the values are written the way the import reads them:

- amounts in major units of the record's currency, beside a currency column: a dot for
  decimals, no grouping, as many places as the currency has (``12.500`` dinars, ``12.50``
  riyals). They are numbers (``Decimal``): the writers put them in spreadsheets as numbers,
  so a refund's leading minus is no formula to neutralise;
- percentages with a ``%`` sign: without it the import takes a value below 1 for a
  fraction (a tax of ``0.5`` would come back as 50 %);
- customers by name and email (a contact) and by name (a company); pipelines, stages and
  products by name (and a product by its code); dates in ISO form; yes or no in English,
  which the import reads whatever the language of the file;
- a sale as one row per line, its own columns repeated on each (the import gathers the
  rows by the sale's number); a sale without lines is one row.

Ids stay out of the tables: no match key of the import takes them (products match by code
or name, deals by title and customer, sales by number). JSON keeps each record's id,
natural types (true/false, lists, numbers as exact decimal text) and a sale's lines as a
nested list, with the totals the tables leave to the spreadsheet; its percentages keep
their sign too, and the import reads it back (``transfer.json_records``), ids and totals
left out.

Deals keep their probability only where it overrides the stage's (written as the stage's,
it would become an override on import); what the import cannot take (owners, exchange
rates, a deal's lines) is not written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from crm_desktop.domain.enums import CustomFieldType
from crm_desktop.domain.models import Company, Contact, Deal, Pipeline, Product, Sale, SaleLine, Stage
from crm_desktop.domain.money import Money
from crm_desktop.services.contact_methods import contact_points_of
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.custom_fields import definitions
from crm_desktop.services.tags import tag_names_of
from crm_desktop.transfer.fields import CUSTOM, ENTITIES

RECORD_KINDS = ("products", "deals", "sales")
# the sale's own columns and its lines' (the import reads the sale's from its first row giving each)
SALE_COLUMNS = ("number", "sold_on", "contact", "contact_email", "company", "currency", "notes")
LINE_COLUMNS = ("sku", "product", "description", "quantity", "unit_price", "discount_pct", "unit_cost")
_CHUNK = 500  # records whose names and lines are looked up at a time


class RecordTable:
    """The columns (JSON: the keys) and the rows of an export; ``records`` counts the records
    the rows written so far were of (a sale is as many rows as it has lines)."""

    def __init__(self, fields: list[str], records: Iterator[list[dict[str, Any]]]) -> None:
        self.fields = fields
        self.records = 0
        self._records = records

    def rows(self) -> Iterator[dict[str, Any]]:
        """The rows, read as they are written (once)."""
        for rows in self._records:
            self.records += 1
            yield from rows


def record_table(
    ctx: ServiceContext, entity: str, records: Iterable[Any], *, nested: bool = False
) -> RecordTable:
    """The rows of ``records`` (products, deals or sales) for a table, or with ``nested`` for
    JSON (see the module)."""
    if entity == "products":
        return RecordTable(list(ENTITIES["products"].fields), _product_rows(records, nested))
    if entity == "deals":
        with ctx.db.read() as session:
            custom = {d.key: d.field_type for d in definitions(session, "deal")}
        fields = [name for name in ENTITIES["deals"].fields if name != "customer"]
        fields += [CUSTOM + key for key in custom]
        return RecordTable(fields, _deal_rows(ctx, records, custom, nested))
    if entity == "sales":
        if nested:
            return RecordTable([*SALE_COLUMNS, "total", "lines"], _sale_rows(ctx, records, nested=True))
        fields = [name for name in ENTITIES["sales"].fields if name in SALE_COLUMNS or name in LINE_COLUMNS]
        return RecordTable(fields, _sale_rows(ctx, records, nested=False))
    raise ValueError(entity)


def amount(minor: int, currency: str) -> Decimal:
    """An amount in major units with the currency's places (``Decimal("-12.500")``)."""
    return Money(minor, currency).major


def percent_cell(basis_points: int) -> str:
    """A percentage as the import reads it, in every format: ``"15%"``, ``"0.5%"``."""
    return format(Decimal(basis_points).scaleb(-2).normalize(), "f") + "%"


def flag_cell(value: bool, nested: bool) -> bool | str:
    return value if nested else ("yes" if value else "no")


def _chunks(records: Iterable[Any]) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _product_rows(records: Iterable[Product], nested: bool) -> Iterator[list[dict[str, Any]]]:
    for product in records:
        yield [
            {
                "id": product.id,
                "sku": product.sku,
                "name": product.name,
                "description": product.description,
                "unit_price": amount(product.unit_price_minor, product.currency),
                "unit_cost": amount(product.unit_cost_minor, product.currency),
                "tax_pct": percent_cell(product.tax_bp),
                "currency": product.currency,
                "active": flag_cell(product.active, nested),
            }
        ]


@dataclass(frozen=True)
class _Customers:
    """The names (and a contact's first email) of the customers of a chunk of records."""

    contacts: dict[str, tuple[str, str]]  # id -> (display name, primary email)
    companies: dict[str, str]  # id -> name

    @classmethod
    def of(cls, session: Session, records: list[Any]) -> _Customers:
        contact_ids = sorted({r.contact_id for r in records if r.contact_id})
        company_ids = sorted({r.company_id for r in records if r.company_id})
        points = contact_points_of(session, "contact", contact_ids)
        contacts = {
            contact_id: (name, next(iter(points[contact_id].emails), ""))
            for contact_id, name in _by_id(session, Contact, contact_ids, Contact.display_name)
        }
        return cls(contacts, dict(_by_id(session, Company, company_ids, Company.name)))

    def columns(self, record: Any) -> dict[str, str]:
        name, email = self.contacts.get(record.contact_id or "", ("", ""))
        return {
            "contact": name,
            "contact_email": email,
            "company": self.companies.get(record.company_id or "", ""),
        }


def _by_id(session: Session, model: Any, ids: list[str], *columns: Any) -> Iterator[tuple[Any, ...]]:
    """(id, *columns) of the records of ``model`` with those ids, in the bin too: a record still
    names what it was about."""
    for start in range(0, len(ids), _CHUNK):
        wanted = ids[start : start + _CHUNK]
        yield from session.execute(select(model.id, *columns).where(col(model.id).in_(wanted)))


def _deal_rows(
    ctx: ServiceContext, records: Iterable[Deal], custom: dict[str, CustomFieldType], nested: bool
) -> Iterator[list[dict[str, Any]]]:
    with ctx.db.read() as session:
        pipelines = dict(session.exec(select(Pipeline.id, Pipeline.name)).all())
        stages = dict(session.exec(select(Stage.id, Stage.name)).all())
    for chunk in _chunks(records):
        with ctx.db.read() as session:
            customers = _Customers.of(session, chunk)
            tags = tag_names_of(session, [deal.id for deal in chunk])
        for deal in chunk:
            override = deal.probability_override
            probability = None if override is None else percent_cell(override * 100)
            row: dict[str, Any] = {
                "id": deal.id,
                "title": deal.title,
                **customers.columns(deal),
                "pipeline": pipelines.get(deal.pipeline_id, ""),
                "stage": stages.get(deal.stage_id, ""),
                "amount": amount(deal.amount_minor, deal.currency),
                "currency": deal.currency,
                "expected_close": deal.expected_close,
                "probability": probability,
                "lost_reason": deal.lost_reason,
                "notes": deal.notes,
                "tags": tags[deal.id],
            }
            values = deal.custom or {}
            row.update(
                {CUSTOM + key: _custom_cell(values.get(key), kind, nested) for key, kind in custom.items()}
            )
            yield [row]


def _custom_cell(value: Any, kind: CustomFieldType, nested: bool) -> Any:
    """A custom field's value as the import reads it (a number a number, yes or no)."""
    if value is None or value == "" or nested:
        return value
    if kind == CustomFieldType.NUMBER:
        return Decimal(str(value))
    if isinstance(value, bool):
        return flag_cell(value, nested)
    return value


def _sale_rows(
    ctx: ServiceContext, records: Iterable[Sale], *, nested: bool
) -> Iterator[list[dict[str, Any]]]:
    for chunk in _chunks(records):
        with ctx.db.read() as session:
            customers = _Customers.of(session, chunk)
            lines: dict[str, list[SaleLine]] = {sale.id: [] for sale in chunk}
            for line in session.scalars(
                select(SaleLine)
                .where(col(SaleLine.sale_id).in_(list(lines)), col(SaleLine.deleted_at).is_(None))
                .order_by(col(SaleLine.sale_id), col(SaleLine.position))
            ):
                lines[line.sale_id].append(line)
            product_ids = sorted(
                {line.product_id for found in lines.values() for line in found if line.product_id}
            )
            products = {
                product_id: (sku, name)
                for product_id, sku, name in _by_id(session, Product, product_ids, Product.sku, Product.name)
            }
        for sale in chunk:
            head: dict[str, Any] = {
                "id": sale.id,
                "number": sale.number,
                "sold_on": sale.sold_on,
                **customers.columns(sale),
                "currency": sale.currency,
                "notes": sale.notes,
            }
            rows = [_line_row(line, sale.currency, products, nested) for line in lines[sale.id]]
            if nested:
                yield [{**head, "total": amount(sale.total_minor, sale.currency), "lines": rows}]
            else:
                yield [{**head, **row} for row in rows or [{}]]


def _line_row(
    line: SaleLine, currency: str, products: dict[str, tuple[str, str]], nested: bool
) -> dict[str, Any]:
    sku, name = products.get(line.product_id or "", ("", ""))
    row: dict[str, Any] = {
        "sku": sku,
        "product": name,
        "description": line.description,
        "quantity": Decimal(format(Decimal(line.quantity).normalize(), "f")),
        "unit_price": amount(line.unit_price_minor, currency),
        "discount_pct": percent_cell(line.discount_bp),
        "unit_cost": amount(line.unit_cost_minor, currency),
    }
    if nested:
        row["line_total"] = amount(line.line_total_minor, currency)
    return row
