"""Products, deals and sales in the one plain form an import compares them in.

A record's *shape* is its importable fields as JSON values: amounts as decimal text in
major units of the record's currency (``"1234.50"``), percentages as decimal text
(``"15.00"``), quantities as decimal text without trailing zeros, dates as ISO text, ids,
tag names, a deal's custom fields as ``custom:<key>``, a sale's lines as a list of such
fields. A row's values are turned into the same form, so two equal values are the same
value: the import sees what a row would change, logs what it changed (the shape before
and after: JSON, as the batch keeps it), and undo sees whether a field still holds what
the import wrote. :meth:`Shape.to_input` turns a shape back into what the entity's
service takes; every write goes through the service.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from sqlmodel import Session, col, select

from crm_desktop.domain.errors import NotFoundError
from crm_desktop.domain.models import Deal, Product, Record, Sale, SaleLine
from crm_desktop.domain.money import Money
from crm_desktop.services.changes import ChangeRecorder
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.pipeline import DealService
from crm_desktop.services.records import RecordService
from crm_desktop.services.sales import ProductService, SaleService
from crm_desktop.services.tags import tag_names_of
from crm_desktop.transfer.fields import CUSTOM


class Shape(Protocol):
    @property
    def entity(self) -> str: ...  # the import's name of the entity ("products")

    @property
    def model(self) -> type[Record]: ...

    @property
    def service(self) -> RecordService[Any, Any]: ...

    @property
    def derived(self) -> frozenset[str]: ...  # worked out by the service: shown, never written back

    def snapshot(self, session: Session, record: Any) -> dict[str, Any]: ...

    def to_input(self, values: dict[str, Any]) -> dict[str, Any]: ...


def money_text(minor: int, currency: str) -> str:
    return str(Money(minor, currency).major)


def percent_text(basis_points: int) -> str:
    return str(Decimal(basis_points).scaleb(-2))


def quantity_text(quantity: Decimal) -> str:
    return format(Decimal(quantity).normalize(), "f")


def line_shape(
    product_id: str | None,
    description: str,
    quantity: Decimal,
    unit_price_minor: int,
    unit_cost_minor: int,
    discount_bp: int,
    currency: str,
) -> dict[str, Any]:
    """A sale line as a shape (and as the service's line input)."""
    return {
        "product_id": product_id,
        "description": description,
        "quantity": quantity_text(quantity),
        "unit_price": money_text(unit_price_minor, currency),
        "unit_cost": money_text(unit_cost_minor, currency),
        "discount_pct": percent_text(discount_bp),
    }


class ProductShape:
    entity = "products"
    model = Product
    derived: frozenset[str] = frozenset()

    def __init__(self, ctx: ServiceContext) -> None:
        self.service = ProductService(ctx)

    def snapshot(self, session: Session, record: Product) -> dict[str, Any]:
        return {
            "sku": record.sku,
            "name": record.name,
            "description": record.description,
            "unit_price": money_text(record.unit_price_minor, record.currency),
            "unit_cost": money_text(record.unit_cost_minor, record.currency),
            "tax_pct": percent_text(record.tax_bp),
            "currency": record.currency,
            "active": record.active,
        }

    def to_input(self, values: dict[str, Any]) -> dict[str, Any]:
        return dict(values)


class DealShape:
    entity = "deals"
    model = Deal
    derived: frozenset[str] = frozenset()

    def __init__(self, ctx: ServiceContext) -> None:
        self.service = DealService(ctx)

    def snapshot(self, session: Session, record: Deal) -> dict[str, Any]:
        shape: dict[str, Any] = {
            "title": record.title,
            "contact_id": record.contact_id,
            "company_id": record.company_id,
            "pipeline_id": record.pipeline_id,
            "stage_id": record.stage_id,
            "amount": money_text(record.amount_minor, record.currency),
            "currency": record.currency,
            "expected_close": record.expected_close.isoformat() if record.expected_close else None,
            "probability_override": record.probability_override,
            "lost_reason": record.lost_reason,
            "notes": record.notes,
            "tags": tag_names_of(session, [record.id])[record.id],
        }
        shape.update({CUSTOM + key: value for key, value in (record.custom or {}).items()})
        return shape

    def to_input(self, values: dict[str, Any]) -> dict[str, Any]:
        data: dict[str, Any] = {}
        custom: dict[str, Any] = {}
        for name, value in values.items():
            if name.startswith(CUSTOM):
                custom[name.removeprefix(CUSTOM)] = "" if value is None else value  # "": taken off
            elif name == "expected_close":
                data[name] = date.fromisoformat(value) if value else None
            else:
                data[name] = value
        if custom:
            data["custom"] = custom
        return data


class SaleShape:
    entity = "sales"
    model = Sale
    derived = frozenset({"total"})

    def __init__(self, ctx: ServiceContext) -> None:
        self.service = SaleService(ctx)

    def snapshot(self, session: Session, record: Sale) -> dict[str, Any]:
        lines = session.scalars(
            select(SaleLine)
            .where(col(SaleLine.sale_id) == record.id, col(SaleLine.deleted_at).is_(None))
            .order_by(col(SaleLine.position))
        )
        return {
            "number": record.number,
            "sold_on": record.sold_on.isoformat(),
            "contact_id": record.contact_id,
            "company_id": record.company_id,
            "currency": record.currency,
            "notes": record.notes,
            "lines": [
                line_shape(
                    line.product_id,
                    line.description,
                    line.quantity,
                    line.unit_price_minor,
                    line.unit_cost_minor,
                    line.discount_bp,
                    record.currency,
                )
                for line in lines
            ],
            "total": money_text(record.total_minor, record.currency),
        }

    def to_input(self, values: dict[str, Any]) -> dict[str, Any]:
        data = {name: value for name, value in values.items() if name not in self.derived}
        if "sold_on" in data:
            data["sold_on"] = date.fromisoformat(data["sold_on"]) if data["sold_on"] else None
        return data


def shapes(ctx: ServiceContext) -> dict[str, Shape]:
    """The shape of each entity an import of products, deals or sales writes, by its name."""
    return {shape.entity: shape for shape in (ProductShape(ctx), DealShape(ctx), SaleShape(ctx))}


def revert(
    shape: Shape, session: Session, record_id: str, logged: dict[str, Any], recorder: ChangeRecorder
) -> None:
    """Put back what one update of an import changed, field by field, where the field still
    holds what the import wrote (a later edit by someone is kept)."""
    record = session.get(shape.model, record_id)
    if record is None or record.deleted_at is not None:
        raise NotFoundError(shape.entity, record_id)
    now = shape.snapshot(session, record)
    back = {
        name: logged["before"].get(name)
        for name, written in logged["after"].items()
        if name not in shape.derived and now.get(name) == written
    }
    if back:
        shape.service.update_in(session, record_id, shape.to_input(back), recorder)
