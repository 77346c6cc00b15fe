"""Products and sales (orders with lines): what each customer bought."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.models import Company, Contact, Deal, Product, Sale, SaleLine, User
from crm_desktop.i18n import _
from crm_desktop.services.changes import ChangeRecorder
from crm_desktop.services.money_fields import (
    base_of,
    currency_and_rate,
    line_total,
    percent_to_bp,
    quantity_of,
    to_minor,
)
from crm_desktop.services.records import RecordService, require_live


class ProductInput(SQLModel):
    sku: str = ""
    name: str = ""
    description: str = ""
    unit_price: Decimal | str = "0"
    currency: str | None = None
    unit_cost: Decimal | str = "0"
    tax_pct: Decimal | str = "0"
    active: bool = True


class ProductService(RecordService[Product, ProductInput]):
    model = Product
    entity = "product"
    input_model = ProductInput
    sort_columns = {"name": "name", "sku": "sku", "price": "unit_price_minor", "created": "created_at"}
    default_sort = "name"
    filter_columns = frozenset({"active", "currency", "sku"})
    required_fields = {"name": "Name"}

    def _apply(
        self,
        session: Session,
        record: Product,
        values: dict[str, Any],
        recorder: ChangeRecorder,
        *,
        creating: bool,
    ) -> None:
        currency = values.pop("currency", None)
        if currency or creating:
            record.currency = currency_and_rate(session, currency, "1")[0]
        if "sku" in values:
            sku = values.pop("sku").strip()
            if sku:
                clash = session.exec(
                    select(Product.id).where(
                        col(Product.sku) == sku,
                        col(Product.deleted_at).is_(None),
                        col(Product.id) != record.id,
                    )
                ).first()
                if clash:
                    raise ValidationError(
                        {"sku": _("Another product already has the code {sku}.").format(sku=sku)}
                    )
            record.sku = sku
        if "unit_price" in values:
            record.unit_price_minor = to_minor(values.pop("unit_price"), record.currency, "unit_price")
        if "unit_cost" in values:
            record.unit_cost_minor = to_minor(values.pop("unit_cost"), record.currency, "unit_cost")
        if "tax_pct" in values:
            record.tax_bp = percent_to_bp(values.pop("tax_pct"), "tax_pct")
        for name, value in values.items():
            setattr(record, name, value.strip() if isinstance(value, str) else value)

    def by_sku(self, sku: str) -> Product | None:
        with self.ctx.db.read() as session:
            return session.exec(
                select(Product).where(col(Product.sku) == sku.strip(), col(Product.deleted_at).is_(None))
            ).first()


class SaleLineInput(SQLModel):
    product_id: str | None = None
    description: str = ""
    quantity: Decimal | str = "1"
    unit_price: Decimal | str | None = None  # None: the product's price
    unit_cost: Decimal | str | None = None  # None: the product's cost
    discount_pct: Decimal | str = "0"


class SaleInput(SQLModel):
    number: str = ""
    contact_id: str | None = None
    company_id: str | None = None
    deal_id: str | None = None
    sold_on: date | None = None
    currency: str | None = None
    rate_to_base: Decimal | str | None = None
    owner_id: str | None = None
    notes: str = ""
    lines: list[SaleLineInput] = []


def build_lines(
    session: Session, lines: list[Any], currency: str, field: str = "lines"
) -> list[dict[str, Any]]:
    """Checked line values (minor units) for sale or deal lines in ``currency``."""
    errors: dict[str, str] = {}
    result: list[dict[str, Any]] = []
    for index, raw in enumerate(lines):
        line = raw if isinstance(raw, SaleLineInput) else SaleLineInput.model_validate(raw)
        name = f"{field}.{index + 1}"
        try:
            product = None
            if line.product_id:
                product = session.get(Product, line.product_id)
                if product is None or product.deleted_at is not None:
                    raise ValidationError({f"{name}.product_id": _("There is no such product.")})
            quantity = quantity_of(line.quantity, f"{name}.quantity")
            if line.unit_price is not None:
                unit = to_minor(line.unit_price, currency, f"{name}.unit_price")
            elif product is not None:
                if product.currency != currency:
                    raise ValidationError(
                        {
                            f"{name}.unit_price": _(
                                "{product} is priced in {product_currency}, this document is in {currency}: "
                                "give the price in {currency}."
                            ).format(
                                product=product.name, product_currency=product.currency, currency=currency
                            )
                        }
                    )
                unit = product.unit_price_minor
            else:
                raise ValidationError({f"{name}.unit_price": _("A line without a product needs a price.")})
            values: dict[str, Any] = {
                "product_id": line.product_id,
                "description": line.description or (product.name if product else ""),
                "quantity": quantity,
                "unit_price_minor": unit,
                "discount_bp": percent_to_bp(line.discount_pct, f"{name}.discount_pct"),
                "position": index,
            }
            cost = getattr(line, "unit_cost", None)
            if cost is not None:
                values["unit_cost_minor"] = to_minor(cost, currency, f"{name}.unit_cost")
            else:
                values["unit_cost_minor"] = (
                    product.unit_cost_minor if product and product.currency == currency else 0
                )
            values["line_total_minor"] = line_total(quantity, unit, values["discount_bp"])
            result.append(values)
        except ValidationError as error:
            errors.update(error.errors)
    if errors:
        raise ValidationError(errors)
    return result


class SaleService(RecordService[Sale, SaleInput]):
    model = Sale
    entity = "sale"
    input_model = SaleInput
    sort_columns = {
        "date": "sold_on",
        "number": "number",
        "total": "base_total_minor",
        "created": "created_at",
    }
    default_sort = "date"
    filter_columns = frozenset({"contact_id", "company_id", "owner_id", "currency", "deal_id"})

    def _apply(
        self,
        session: Session,
        record: Sale,
        values: dict[str, Any],
        recorder: ChangeRecorder,
        *,
        creating: bool,
    ) -> list[dict[str, Any]] | None:
        for field, model, label in (
            ("contact_id", Contact, "contact"),
            ("company_id", Company, "company"),
            ("deal_id", Deal, "deal"),
            ("owner_id", User, "user"),
        ):
            if field in values:
                require_live(session, model, values[field], field, _(label))
        lines = values.pop("lines", None)
        currency = values.pop("currency", None)
        rate = values.pop("rate_to_base", None)
        if creating or currency or rate:
            code, checked_rate, base = currency_and_rate(
                session, currency or (None if creating else record.currency), rate
            )
            if not creating and code != record.currency and lines is None:
                raise ValidationError(
                    {"currency": _("Give the lines again when changing a sale's currency.")}
                )
            record.currency, record.rate_to_base = code, checked_rate
        if creating and not values.get("sold_on"):
            values["sold_on"] = self.ctx.clock().date()
        if creating and not values.get("number"):
            values["number"] = "S-" + record.id[-8:].upper()
        for name, value in values.items():
            setattr(record, name, value)
        if creating and not (record.contact_id or record.company_id):
            raise ValidationError({"contact_id": _("A sale belongs to a contact or a company.")})
        built = None
        if lines is not None or creating:
            if not lines:
                raise ValidationError({"lines": _("A sale needs at least one line.")})
            built = build_lines(session, lines, record.currency)
            record.total_minor = sum(line["line_total_minor"] for line in built)
            record.cost_minor = sum(
                int((line["quantity"] * line["unit_cost_minor"]).to_integral_value()) for line in built
            )
        base = currency_and_rate(session, None, "1")[2]
        record.base_total_minor = base_of(record.total_minor, record.currency, record.rate_to_base, base)
        return built

    def _after_write(self, session: Session, record: Sale, recorder: ChangeRecorder, pending: Any) -> None:
        if pending is None:
            return
        now = self.ctx.clock()
        for old in session.scalars(
            select(SaleLine).where(col(SaleLine.sale_id) == record.id, col(SaleLine.deleted_at).is_(None))
        ):
            old.deleted_at = now
            old.updated_at = now
            recorder.delete("sale_line", old.id)
        for values in pending:
            line = SaleLine(sale_id=record.id, created_at=now, updated_at=now, **values)
            session.add(line)
            recorder.create("sale_line", line.id)
        session.flush()

    def _on_delete(self, session: Session, record: Sale, recorder: ChangeRecorder) -> None:
        super()._on_delete(session, record, recorder)
        for line in session.scalars(
            select(SaleLine).where(col(SaleLine.sale_id) == record.id, col(SaleLine.deleted_at).is_(None))
        ):
            line.deleted_at = record.deleted_at
            line.updated_at = record.updated_at  # sync passes changes on by their time
            recorder.delete("sale_line", line.id)

    def _on_restore(self, session: Session, record: Sale, deleted_at: Any, recorder: ChangeRecorder) -> None:
        super()._on_restore(session, record, deleted_at, recorder)
        for line in session.scalars(
            select(SaleLine).where(col(SaleLine.sale_id) == record.id, col(SaleLine.deleted_at) == deleted_at)
        ):
            line.deleted_at = None
            line.updated_at = record.updated_at
            recorder.create("sale_line", line.id)

    def lines(self, sale_id: str) -> list[SaleLine]:
        with self.ctx.db.read() as session:
            return list(
                session.scalars(
                    select(SaleLine)
                    .where(col(SaleLine.sale_id) == sale_id, col(SaleLine.deleted_at).is_(None))
                    .order_by(col(SaleLine.position))
                )
            )
