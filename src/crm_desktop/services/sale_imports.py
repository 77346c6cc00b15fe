"""Importing sales with their lines: a file of one row per line, the rows of a sale sharing
its number (the invoice or order number, the match key).

- The rows of one sale need not be next to each other: they are gathered by number
  (``transfer.grouping``, spooled to disk, so a long file is never held whole), and the
  sale is judged where its first row stands. Its verdict counts once: the counts are
  of sales, not of rows.
- The sale's own columns (number, date, customer, currency, notes) are taken from the
  first of its rows that gives each; a later row giving another date, customer or
  currency rejects the sale (one number used for two sales is a mistake to fix in the
  file, not to guess). A row with no line columns only gives the sale's columns (some
  programs write an invoice's head on a row of its own).
- A line's product is found by its code, else by its name (the product column may hold
  either); a product the shop does not have makes a line with that text as its
  description and the row's price. Quantity (1 when blank), unit price (the product's
  when blank), discount (a percentage) and unit cost (the product's when blank) are
  read as people write them; the totals are worked out by the sales service as for a
  sale typed in.
- A bad line rejects the whole sale, with a reason naming its row, and every row of the
  sale goes to the rejects file with that reason: half an invoice is worse than none. A
  row that could not be read at all rejects the sales of the rows around it, as it may
  have been one of their lines.
- A row whose number is blank continues the sale of the row above it (a number written
  once per invoice, or merged cells); a blank number on the first row is rejected.
  Without a number column every row is a sale of its own, numbered by the service.
- An update replaces the sale's lines with the file's when they differ (the file holds
  the whole sale), and changes the date, customer, currency and notes the rows give.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlmodel import Session, col, select

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.folding import fold
from crm_desktop.domain.models import Company, Contact, Product, Sale
from crm_desktop.i18n import _
from crm_desktop.services.changes import ChangeRecorder
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.import_customers import Customers
from crm_desktop.services.import_judging import BatchLog, Plan, RecordJudge, Rejects, RowCells
from crm_desktop.services.import_shapes import SaleShape, line_shape, quantity_text
from crm_desktop.services.imports import REJECT, SKIP, ImportOptions, RowOutcome
from crm_desktop.services.money_fields import quantity_of
from crm_desktop.services.sales import build_lines
from crm_desktop.transfer.fields import field_label
from crm_desktop.transfer.grouping import RowGroup, gather
from crm_desktop.transfer.reading import BROKEN

SALE_FIELDS = ("number", "sold_on", "customer", "contact", "contact_email", "company", "currency", "notes")
LINE_FIELDS = ("sku", "product", "description", "quantity", "unit_price", "discount_pct", "unit_cost")
# sale columns whose rows must agree (a later row may leave them blank)
_AGREEING = ("sold_on", "customer", "contact", "contact_email", "company", "currency")


class SaleJudge(RecordJudge):
    in_currency = ("lines",)

    def __init__(
        self,
        ctx: ServiceContext,
        session: Session,
        options: ImportOptions,
        recorder: ChangeRecorder,
        log: BatchLog | None,
    ) -> None:
        super().__init__(SaleShape(ctx), ctx, session, options, recorder, log)
        self.customers = Customers(ctx, session, recorder)
        for sale_id, number, currency in session.exec(
            select(Sale.id, Sale.number, Sale.currency)
            .where(col(Sale.deleted_at).is_(None))
            .order_by(col(Sale.created_at))
        ):
            self.currency_of[sale_id] = currency
            for key in self.keys_of({"number": number}):
                self.by_key.setdefault(key, sale_id)
        # products by folded code and by folded name (the first of two alike), read once
        self.product_by_code: dict[str, str] = {}
        self.product_by_name: dict[str, str] = {}
        for product_id, sku, name in session.exec(
            select(Product.id, Product.sku, Product.name)
            .where(col(Product.deleted_at).is_(None))
            .order_by(col(Product.created_at))
        ):
            if sku.strip():
                self.product_by_code.setdefault(fold(sku).strip(), product_id)
            self.product_by_name.setdefault(fold(name).strip(), product_id)
        self.numbered = "number" in self.mapped
        self._group_rows: list[int] = []  # the file rows of the sale being judged, line by line

    def keys_of(self, shape: Any) -> list[str]:
        key = " ".join(fold(str(shape.get("number") or "")).split())
        return [key] if key else []

    # --- rows: gathered into sales -------------------------------------------------------------

    def rows(self, rows: Iterator[list[str]], rejects: Rejects | None = None) -> Iterator[RowOutcome]:
        above: list[str | None] = [None]  # the sale of the row above (a blank number continues it)

        def key_of(cells: list[str]) -> str | None:
            if not self.numbered:
                return None
            keys = self.keys_of(self.cells(cells).values)
            if keys:
                above[0] = keys[0]
            return above[0]

        for group in gather(rows, key_of):
            outcome = self._sale(group)
            if outcome.action == REJECT and rejects is not None:
                rejects.extend((number, cells, outcome.reason) for number, cells in group.rows)
            yield outcome

    def _sale(self, group: RowGroup) -> RowOutcome:
        first, cells = group.rows[0]
        if group.key is None:  # a row on its own
            if cells[:1] == [BROKEN]:
                return RowOutcome(first, REJECT, cells[1] if len(cells) > 1 else _("the row cannot be read"))
            if not self.cells(cells):
                return RowOutcome(first, SKIP, _("the row is empty"))
            if self.numbered:
                return RowOutcome(
                    first, REJECT, _("the sale number is empty (the rows of one sale share its number)")
                )
        if group.unreadable_near:
            rows = ", ".join(str(number) for number in group.unreadable_near)
            return RowOutcome(
                first,
                REJECT,
                _("row {rows} beside this sale's rows could not be read and may be one of its lines").format(
                    rows=rows
                ),
            )
        self._group_rows = []
        try:
            return self.decide(first, self._plan(group))
        except ValidationError as error:
            return RowOutcome(first, REJECT, self._reason(error))

    def _plan(self, group: RowGroup) -> Plan:
        rows = [(number, self.cells(cells)) for number, cells in group.rows]
        errors: dict[str, str] = {}
        head = self._head(rows, errors)
        customer, wanted = self.customer_of(head, errors)
        keys = self.keys_of(head)
        matched = self.by_key.get(keys[0]) if keys else None
        if head.get("number") and matched is None:
            wanted["number"] = head["number"]
        if head.get("sold_on"):
            wanted["sold_on"] = self.day("sold_on", head["sold_on"], errors)
        if head.get("notes"):
            wanted["notes"] = head["notes"]
        fallback = self.currency_for(matched)
        line_rows = [
            (number, found) for number, found in rows if any(found.values.get(f) for f in LINE_FIELDS)
        ]
        prices = [
            (f"@{number}.{name}", found.values[name])
            for number, found in line_rows
            for name in ("unit_price", "unit_cost")
            if found.values.get(name)
        ]
        named, currency, amounts = self.amounts(head.get("currency", ""), prices, fallback, errors)
        if named:
            wanted["currency"] = named
        lines = [self._line(number, found, amounts, errors) for number, found in line_rows]
        self._group_rows = [number for number, _found in line_rows]
        if errors:
            raise ValidationError(errors)
        if lines:
            built = build_lines(self.session, lines, currency)
            wanted["lines"] = [
                line_shape(
                    line["product_id"],
                    line["description"],
                    line["quantity"],
                    line["unit_price_minor"],
                    line["unit_cost_minor"],
                    line["discount_bp"],
                    currency,
                )
                for line in built
            ]
        return Plan(keys[0] if keys else "", matched, wanted, customer)

    def _head(self, rows: list[tuple[int, RowCells]], errors: dict[str, str]) -> dict[str, str]:
        """The sale's own columns: from the first row giving each; rows must agree on some."""
        head: dict[str, str] = {}
        given_in: dict[str, int] = {}
        for number, found in rows:
            for name in SALE_FIELDS:
                value = found.values.get(name)
                if not value:
                    continue
                if name not in head:
                    head[name], given_in[name] = value, number
                elif name in _AGREEING and self._same_value(name, value, head[name]) is False:
                    errors[f"@{number}.{name}"] = _(
                        "“{value}” here, “{first}” in row {row}: one sale has one"
                    ).format(value=value, first=head[name], row=given_in[name])
        return head

    def _same_value(self, name: str, one: str, other: str) -> bool:
        if name == "sold_on":
            scratch: dict[str, str] = {}
            return self.day(name, one, scratch) == self.day(name, other, scratch)
        return fold(one).split() == fold(other).split()

    def _line(
        self, number: int, found: RowCells, amounts: dict[str, str], errors: dict[str, str]
    ) -> dict[str, Any]:
        """One row's line as the sales service takes it."""
        values = found.values
        code, name = values.get("sku", ""), values.get("product", "")
        product_id = None
        if code:
            product_id = self.product_by_code.get(fold(code).strip())
        if product_id is None and name:
            product_id = self.product_by_code.get(fold(name).strip()) or self.product_by_name.get(
                fold(name).strip()
            )
        line: dict[str, Any] = {
            "product_id": product_id,
            "description": values.get("description") or ("" if product_id else name or code),
            "quantity": "1",
            "unit_price": amounts.get(f"@{number}.unit_price"),
            "unit_cost": amounts.get(f"@{number}.unit_cost"),
            "discount_pct": "0",
        }
        if values.get("quantity"):
            key = f"@{number}.quantity"
            quantity = self.quantity(key, values["quantity"], errors)
            if quantity is not None:
                try:
                    line["quantity"] = quantity_text(quantity_of(quantity, key))
                except ValidationError as error:
                    errors.update(error.errors)
        if values.get("discount_pct"):
            line["discount_pct"] = (
                self.percent(f"@{number}.discount_pct", values["discount_pct"], errors) or "0"
            )
        return line

    def check_patch(self, current: Any, patch: Any) -> None:
        if "currency" in patch and "lines" not in patch:
            # the service keeps a sale's lines only in the currency they were given in
            raise ValidationError({"currency": _("the sale's currency changes: give its lines in the file")})

    def _reason(self, error: ValidationError) -> str:
        """The reasons of a refused sale, each naming the row it is about."""
        parts: list[str] = []
        for name, message in error.errors.items():
            row: int | None = None
            if name.startswith("@"):
                where, _dot, name = name[1:].partition(".")
                row = int(where)
            elif name.startswith("lines."):
                _lines, index, name = name.split(".", 2)
                row = self._group_rows[int(index) - 1] if int(index) <= len(self._group_rows) else None
            text = f"{field_label(name)}: {message}"
            parts.append(_("row {row}: {reason}").format(row=row, reason=text) if row else text)
        return _("the sale is not imported: {reasons}").format(reasons="; ".join(parts))

    def shown(self, name: str, value: Any) -> Any:
        if name == "lines":
            return len(value or [])
        if value and name == "contact_id":
            contact = self.session.get(Contact, value)
            return contact.display_name if contact else value
        if value and name == "company_id":
            company = self.session.get(Company, value)
            return company.name if company else value
        return value
