"""The dialog that enters or edits a sale: its customer, date, currency and lines, with live totals.

A line's unit price is filled in from the product when the product is picked
(converted at the rates in Settings when the product is priced in another
currency) and can be changed. Totals are worked out as they are typed, with
the same rounding the sale service stores; what the service refuses is shown
beside the field (or on the line) it concerns, and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.models import Sale
from crm_desktop.domain.money import Money, minor_digits
from crm_desktop.services.money_fields import line_total, percent_to_bp, quantity_of
from crm_desktop.services.sales import SaleInput, SaleLineInput
from crm_desktop.services.sales_lists import ProductListing
from crm_desktop.services.search import Hit
from crm_desktop.services.settings import BusinessSettings
from crm_desktop.ui.bidi import ltr
from crm_desktop.ui.forms import EditorDialog
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.product_editor import amount_text, currency_choices, money_text
from crm_desktop.ui.widgets.record_picker import RecordPicker

ERROR_STYLE = "border: 1px solid #b00020;"
LINE_FIELDS = ("product_id", "description", "quantity", "unit_price", "discount_pct")


def convert_minor(minor: int, source: str, target: str, settings: BusinessSettings) -> int | None:
    """``minor`` units of ``source`` in ``target`` at the rates in Settings; None without a rate."""
    if source == target:
        return minor
    try:
        in_base = Money(minor, source).major * settings.rate_to_base(source)
        major = in_base / settings.rate_to_base(target)
    except ValidationError:
        return None
    return int(major.scaleb(minor_digits(target)).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


@dataclass
class LineRow:
    """The widgets of one sale line."""

    product: RecordPicker
    description: QLineEdit
    quantity: QLineEdit
    price: QLineEdit
    discount: QLineEdit
    total: QLabel
    remove: QToolButton

    def widgets(self) -> list[QWidget]:
        return [
            self.product,
            self.description,
            self.quantity,
            self.price,
            self.discount,
            self.total,
            self.remove,
        ]

    def field(self, name: str) -> QWidget:
        return {
            "product_id": self.product,
            "description": self.description,
            "quantity": self.quantity,
            "unit_price": self.price,
            "discount_pct": self.discount,
        }.get(name, self.description)

    def is_blank(self) -> bool:
        return (
            self.product.record_id is None
            and not self.description.text().strip()
            and not self.price.text().strip()
        )

    def value(self) -> SaleLineInput:
        return SaleLineInput(
            product_id=self.product.record_id,
            description=self.description.text().strip(),
            quantity=self.quantity.text().strip() or "1",
            unit_price=self.price.text().strip() or None,
            discount_pct=self.discount.text().strip() or "0",
        )


class LinesEditor(QWidget):
    """The lines of a sale as rows of fields; ``changed`` whenever a total may have moved."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lines_editor")
        self.session = session
        self.currency = session.crm.settings.get().base_currency
        self.rows: list[LineRow] = []
        self._on_change: list[Callable[[], None]] = []
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(6)
        for column, title in enumerate(
            (
                self.tr("Product"),
                self.tr("Description"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("Discount %"),
                self.tr("Line total"),
            )
        ):
            header = QLabel(title)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self._grid.addWidget(header, 0, column)
        self._grid.setColumnStretch(0, 4)
        self._grid.setColumnStretch(1, 3)
        self._grid.setColumnStretch(2, 1)
        self._grid.setColumnStretch(3, 1)
        self._grid.setColumnStretch(4, 1)
        self._grid.setColumnStretch(5, 1)
        self.add_button = QPushButton(self.tr("Add line"))
        self.add_button.setObjectName("add_line")
        self.add_button.clicked.connect(lambda: self.add_line())
        self.error = QLabel()
        self.error.setObjectName("lines_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        grid_box = QWidget()
        grid_box.setLayout(self._grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(grid_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._products = ProductListing(session.crm.ctx)

    def on_change(self, callback: Callable[[], None]) -> None:
        self._on_change.append(callback)

    def _changed(self) -> None:
        self.update_totals()
        for callback in self._on_change:
            callback()

    def _lookup(self, text: str) -> list[Hit]:
        hits = []
        for product in self._products.pick(text):
            title = f"{product.name} · {product.sku}" if product.sku else product.name
            hits.append(Hit("product", product.id, title, ""))
        return hits

    def add_line(
        self,
        product_id: str | None = None,
        product_title: str = "",
        description: str = "",
        quantity: str = "1",
        price: str = "",
        discount: str = "0",
    ) -> LineRow:
        product = RecordPicker(self.session, self._lookup)
        product.setPlaceholderText(self.tr("Type a name or code"))
        product.set_record(product_id, product_title)
        product.setCursorPosition(0)
        row = LineRow(
            product=product,
            description=QLineEdit(description),
            quantity=QLineEdit(quantity),
            price=QLineEdit(price),
            discount=QLineEdit(discount),
            total=QLabel("—"),
            remove=QToolButton(),
        )
        row.remove.setText(self.tr("Remove"))
        row.remove.setToolTip(self.tr("Remove this line"))
        for edit in (row.quantity, row.price, row.discount):
            edit.setMaximumWidth(110)
            edit.textChanged.connect(lambda _t: self._changed())
        row.description.textChanged.connect(lambda _t: self._changed())
        row.price.setPlaceholderText("0.00")
        product.picked.connect(lambda product_id, r=row: self._product_picked(r, product_id))
        row.remove.clicked.connect(lambda _c=False, r=row: self.remove_line(r))
        grid_row = self._grid.rowCount()
        for column, widget in enumerate(row.widgets()):
            self._grid.addWidget(widget, grid_row, column)
        self.rows.append(row)
        self._changed()
        return row

    def remove_line(self, row: LineRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._changed()

    def _product_picked(self, row: LineRow, product_id: str | None) -> None:
        if product_id is None:
            row.description.setPlaceholderText("")
            self._changed()
            return
        product = self.session.crm.products.get(product_id)
        row.description.setPlaceholderText(product.name)
        settings = self.session.crm.settings.get()
        price = convert_minor(product.unit_price_minor, product.currency, self.currency, settings)
        if price is not None:
            row.price.setText(amount_text(price, self.currency))
        else:
            row.price.clear()
            row.price.setPlaceholderText(self.tr("Price in {0}").format(self.currency))
        self._changed()

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        self.update_totals()

    # --- totals ---------------------------------------------------------------------

    def line_minor(self, row: LineRow) -> int | None:
        """The line's total in minor units, or None while what is typed is not yet an amount."""
        try:
            quantity = quantity_of(row.quantity.text().strip() or "1", "quantity")
            unit = (
                Money.parse(row.price.text().strip(), self.currency).minor
                if row.price.text().strip()
                else None
            )
            discount = percent_to_bp(row.discount.text().strip() or "0", "discount_pct")
        except (ValidationError, InvalidOperation):
            return None
        if unit is None:
            return None
        return line_total(quantity, unit, discount)

    def total_minor(self) -> int | None:
        totals = [self.line_minor(row) for row in self.rows if not row.is_blank()]
        if not totals or any(t is None for t in totals):
            return None
        return sum(t for t in totals if t is not None)

    def update_totals(self) -> None:
        for row in self.rows:
            minor = self.line_minor(row)
            row.total.setText("—" if minor is None else money_text(minor, self.currency))

    # --- values and errors ---------------------------------------------------------------

    def sent_rows(self) -> list[LineRow]:
        return [row for row in self.rows if not row.is_blank()]

    def values(self) -> list[SaleLineInput]:
        return [row.value() for row in self.sent_rows()]

    def clear_errors(self) -> None:
        self.error.hide()
        for row in self.rows:
            for widget in row.widgets():
                widget.setStyleSheet("")
                widget.setToolTip("")

    def show_errors(self, errors: dict[str, str]) -> None:
        """Mark the fields named ``lines.N.field`` and list the messages under the lines."""
        messages = []
        sent = self.sent_rows()
        for key, message in errors.items():
            parts = key.split(".")
            if len(parts) >= 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= len(sent):
                widget = sent[int(parts[1]) - 1].field(parts[2] if len(parts) > 2 else "")
                widget.setStyleSheet(ERROR_STYLE)
                widget.setToolTip(message)
                messages.append(self.tr("Line {0}: {1}").format(parts[1], message))
            else:
                messages.append(message)
        self.error.setText("\n".join(messages))
        self.error.setVisible(bool(messages))


class SaleEditor(EditorDialog):
    """A sale's customer, currency, rate and lines, with the total worked out as you type."""

    def __init__(
        self, session: AppSession, sale_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("sale_editor")
        self.sale_id = sale_id
        self.settings = session.crm.settings.get()
        self.setWindowTitle(self.tr("New sale") if sale_id is None else self.tr("Edit sale"))
        self.resize(900, 620)

        self.contact_kind = QRadioButton(self.tr("Contact"))
        self.contact_kind.setObjectName("contact_kind")
        self.company_kind = QRadioButton(self.tr("Company"))
        self.company_kind.setObjectName("company_kind")
        kinds = QButtonGroup(self)
        kinds.addButton(self.contact_kind)
        kinds.addButton(self.company_kind)
        self.contact_kind.setChecked(True)
        self._customer_kind = "contact"
        self.customer = RecordPicker(session, self._find_customer)
        self.customer.setObjectName("customer")
        self.customer.setPlaceholderText(self.tr("Type a name"))
        for radio in (self.contact_kind, self.company_kind):
            radio.toggled.connect(self._kind_changed)
        customer_box = QWidget()
        customer_row = QHBoxLayout(customer_box)
        customer_row.setContentsMargins(0, 0, 0, 0)
        customer_row.addWidget(self.contact_kind)
        customer_row.addWidget(self.company_kind)
        customer_row.addWidget(self.customer, 1)

        self.sold_on = QDateEdit()
        self.sold_on.setObjectName("sold_on")
        self.sold_on.setCalendarPopup(True)
        self.sold_on.setDate(QDate.currentDate())
        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.number.setPlaceholderText(self.tr("Given when saved"))
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.setEditable(True)
        self.currency.addItems(currency_choices(session))
        self.rate = QLineEdit()
        self.rate.setObjectName("rate")
        self.rate_label = QLabel()
        rate_box = QWidget()
        rate_row = QHBoxLayout(rate_box)
        rate_row.setContentsMargins(0, 0, 0, 0)
        rate_row.addWidget(self.rate_label)
        rate_row.addWidget(self.rate, 1)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(70)
        self.lines = LinesEditor(session)
        self.lines.on_change(self._update_total)
        self.total = QLabel()
        self.total.setObjectName("total")
        font = self.total.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.total.setFont(font)

        form = QFormLayout()
        self.errors.add_row(form, "contact_id", self.tr("Customer"), customer_box)
        self.errors.add_row(form, "sold_on", self.tr("Date"), self.sold_on)
        self.errors.add_row(form, "number", self.tr("Number"), self.number)
        self.errors.add_row(form, "currency", self.tr("Currency"), self.currency)
        self.errors.add_row(form, "rate_to_base", self.tr("Exchange rate"), rate_box)
        self.errors.add_row(form, "notes", self.tr("Notes"), self.notes)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.lines)
        total_row = QHBoxLayout()
        total_row.addStretch(1)
        total_row.addWidget(QLabel(self.tr("Total")))
        total_row.addWidget(self.total)

        lines_title = QLabel(self.tr("Lines"))
        font = lines_title.font()
        font.setBold(True)
        lines_title.setFont(font)
        self.lay_out(form, lines_title, (scroll, 1), total_row)

        self.currency.currentTextChanged.connect(self._currency_changed)
        self.rate.textChanged.connect(lambda _t: self._update_total())
        if sale_id is not None:
            self._load(session.crm.sales.get(sale_id))
        else:
            self._currency_changed(self.currency.currentText())
            self.lines.add_line()
        self.mark_clean()

    # --- customer -----------------------------------------------------------------------

    def _find_customer(self, text: str) -> list[Hit]:
        crm = self.session.crm
        # runs on a reader thread: it reads the kind kept in Python, never the radio buttons
        if self._customer_kind == "company":
            return [h for h in crm.search.everything(text, 20) if h.entity == "company"]
        return [
            Hit(
                "contact",
                row.id,
                f"{row.display_name} · {row.company_name}" if row.company_name else row.display_name,
                "",
            )
            for row in crm.search.contacts(text, 20)
        ]

    def _kind_changed(self, checked: bool) -> None:
        if checked:
            self._customer_kind = "company" if self.company_kind.isChecked() else "contact"
            self.customer.set_record(None, "")

    def set_customer(self, kind: str, record_id: str) -> None:
        """Pick the customer (``"contact"`` or ``"company"``) as if chosen in the picker."""
        crm = self.session.crm
        if kind == "company":
            self.company_kind.setChecked(True)
            self.customer.set_record(record_id, crm.companies.get(record_id).name)
        else:
            self.contact_kind.setChecked(True)
            self.customer.set_record(record_id, crm.contacts.get(record_id).display_name)

    # --- currency and totals ----------------------------------------------------------------

    def _currency_code(self) -> str:
        return self.currency.currentText().strip().upper()

    def _currency_changed(self, _text: str) -> None:
        code = self._currency_code()
        base = self.settings.base_currency
        foreign = code != base
        self.rate.setEnabled(foreign)
        self.rate_label.setText(self.tr("1 {currency} in {base}:").format(currency=ltr(code), base=ltr(base)))
        if foreign:
            known = self.settings.currency_rates.get(code, "")
            self.rate.setText(known)
            self.rate.setPlaceholderText(self.tr("Rate on the sale's date"))
        else:
            self.rate.setText("")
            self.rate.setPlaceholderText(self.tr("Not needed for {0}").format(base))
        self.lines.set_currency(code)
        self._update_total()

    def _update_total(self) -> None:
        code = self._currency_code()
        minor = self.lines.total_minor()
        if minor is None:
            self.total.setText("—")
            return
        try:
            text = money_text(minor, code)
        except ValidationError:
            self.total.setText("—")
            return
        base = self.settings.base_currency
        if code != base:
            try:
                rate = Decimal(self.rate.text().strip())
                text += "  ≈ " + money_text(Money(minor, code).to_base(rate, base).minor, base)
            except (InvalidOperation, ValidationError):
                pass
        self.total.setText(text)

    # --- loading and saving -------------------------------------------------------------------

    def _load(self, sale: Sale) -> None:
        crm = self.session.crm
        if sale.contact_id:
            self.set_customer("contact", sale.contact_id)
        elif sale.company_id:
            self.set_customer("company", sale.company_id)
        self.sold_on.setDate(QDate(sale.sold_on.year, sale.sold_on.month, sale.sold_on.day))
        self.number.setText(sale.number)
        if self.currency.findText(sale.currency) < 0:
            self.currency.addItem(sale.currency)
        self.currency.setCurrentText(sale.currency)
        self._currency_changed(sale.currency)
        if sale.currency != self.settings.base_currency:
            self.rate.setText(str(sale.rate_to_base))
        self.notes.setPlainText(sale.notes)
        for line in crm.sales.lines(sale.id):
            title = ""
            if line.product_id:
                try:
                    product = crm.products.get(line.product_id, include_deleted=True)
                    title = f"{product.name} · {product.sku}" if product.sku else product.name
                except NotFoundError:
                    title = line.description
            self.lines.add_line(
                product_id=line.product_id,
                product_title=title,
                description=line.description,
                quantity=format(line.quantity.normalize(), "f"),
                price=amount_text(line.unit_price_minor, sale.currency),
                discount=format((Decimal(line.discount_bp) / 100).normalize(), "f"),
            )
        if not self.lines.rows:
            self.lines.add_line()

    def values(self) -> dict[str, Any]:
        day = self.sold_on.date()
        code = self._currency_code()
        customer = self.customer.record_id
        return {
            "number": self.number.text().strip(),
            "contact_id": customer if self.contact_kind.isChecked() else None,
            "company_id": customer if self.company_kind.isChecked() else None,
            "sold_on": date(day.year(), day.month(), day.day()),
            "currency": code,
            "rate_to_base": (self.rate.text().strip() or None)
            if code != self.settings.base_currency
            else None,
            "notes": self.notes.toPlainText(),
            "lines": self.lines.values(),
        }

    def _state(self) -> dict[str, Any]:
        values = self.values()
        values["lines"] = [line.model_dump() for line in values["lines"]]
        values["customer_text"] = self.customer.text()
        return values

    def save(self) -> None:
        self.errors.clear()
        self.lines.clear_errors()
        if self.customer.text().strip() and self.customer.record_id is None:
            self.errors.show({"contact_id": self.tr("Pick the customer from the list.")})
            return
        try:
            data = SaleInput(**self.values())
        except ValueError as error:  # a value the input model cannot hold (it names the field)
            self.errors.show({"": str(error)})
            return
        sale_id = self.sale_id

        def job(crm: Any) -> Any:
            if sale_id is None:
                return crm.sales.create(data)
            return crm.sales.update(sale_id, data)

        self.submit(job)

    def _show_refused(self, errors: dict[str, str]) -> None:
        fields = {}
        lines = {}
        for key, message in errors.items():
            if key == "lines" or key.startswith("lines."):
                lines[key] = message
            else:
                fields["contact_id" if key == "company_id" else key] = message
        self.errors.show(fields)
        self.lines.show_errors(lines)

    # --- leaving with unsaved edits -----------------------------------------------------------

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Discard the changes to this sale?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
