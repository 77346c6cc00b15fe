"""The dialog that creates or edits a product, with errors shown beside each field.

Also the small money helpers the Products & sales page, the sale editor and the
dashboard share: amounts shown in the window's locale, amounts put back into an
editable field, and a margin.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from babel.numbers import format_percent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.models import Product
from crm_desktop.domain.money import Money
from crm_desktop.services.sales import ProductInput
from crm_desktop.ui.bidi import auto, ltr
from crm_desktop.ui.formats import babel_locale
from crm_desktop.ui.forms import EditorDialog
from crm_desktop.ui.session import AppSession


def money_text(minor: int, currency: str) -> str:
    """An amount as a reader of the window's language expects it (``SAR 1,234.50``), isolated.

    The isolate takes the direction of the formatted text itself: left to right
    for ``SAR 1,234.50`` (so a right-to-left row cannot reorder it), right to
    left for Arabic formatting, which marks itself so with U+200F.
    """
    return auto(Money(minor, currency).format(babel_locale()))


def amount_text(minor: int, currency: str) -> str:
    """An amount as typed in a field: major units, no grouping (``1234.50``)."""
    return str(Money(minor, currency).major)


def percent_text(fraction: Decimal) -> str:
    return ltr(str(format_percent(fraction, "#,##0.#%", locale=babel_locale())))


def margin_text(price_minor: int, cost_minor: int, currency: str) -> str:
    """Price less cost and that share of the price (``SAR 30.00 (25%)``); just the amount when free."""
    margin = price_minor - cost_minor
    if price_minor <= 0:
        return money_text(margin, currency)
    return f"{money_text(margin, currency)} ({percent_text(Decimal(margin) / Decimal(price_minor))})"


def currency_choices(session: AppSession) -> list[str]:
    """The base currency first, then every currency a rate is set for in Settings."""
    settings = session.crm.settings.get()
    return [
        settings.base_currency,
        *sorted(c for c in settings.currency_rates if c != settings.base_currency),
    ]


class ProductEditor(EditorDialog):
    """A product's code, name, prices and tax, with the margin worked out as you type."""

    def __init__(
        self, session: AppSession, product_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("product_editor")
        self.product_id = product_id
        self.setWindowTitle(self.tr("New product") if product_id is None else self.tr("Edit product"))
        self.resize(520, 460)

        self.sku = QLineEdit()
        self.sku.setObjectName("sku")
        self.sku.setPlaceholderText(self.tr("Your code for it, e.g. TEA-250"))
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setMaximumHeight(90)
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.setEditable(True)
        self.currency.addItems(currency_choices(session))
        self.price = QLineEdit()
        self.price.setObjectName("price")
        self.price.setPlaceholderText("0.00")
        self.cost = QLineEdit()
        self.cost.setObjectName("cost")
        self.cost.setPlaceholderText("0.00")
        self.tax = QLineEdit()
        self.tax.setObjectName("tax")
        self.tax.setPlaceholderText("15")
        self.active = QCheckBox(self.tr("On sale (shown when entering sales)"))
        self.active.setObjectName("active")
        self.active.setChecked(True)
        self.margin = QLabel()
        self.margin.setObjectName("margin")

        form = QFormLayout()
        self.errors.add_row(form, "sku", self.tr("Code (SKU)"), self.sku)
        self.errors.add_row(form, "name", self.tr("Name"), self.name)
        self.errors.add_row(form, "description", self.tr("Description"), self.description)
        self.errors.add_row(form, "currency", self.tr("Currency"), self.currency)
        self.errors.add_row(form, "unit_price", self.tr("Price"), self.price)
        self.errors.add_row(form, "unit_cost", self.tr("Cost"), self.cost)
        form.addRow(self.tr("Margin"), self.margin)
        self.errors.add_row(form, "tax_pct", self.tr("Tax %"), self.tax)
        form.addRow("", self.active)

        self.lay_out((form, 1))

        for edit in (self.price, self.cost):
            edit.textChanged.connect(self._update_margin)
        self.currency.currentTextChanged.connect(self._update_margin)
        if product_id is not None:
            self._load(session.crm.products.get(product_id))
        self._update_margin()
        self.mark_clean()

    def _load(self, product: Product) -> None:
        self.sku.setText(product.sku)
        self.name.setText(product.name)
        self.description.setPlainText(product.description)
        if self.currency.findText(product.currency) < 0:
            self.currency.addItem(product.currency)
        self.currency.setCurrentText(product.currency)
        self.price.setText(amount_text(product.unit_price_minor, product.currency))
        self.cost.setText(amount_text(product.unit_cost_minor, product.currency))
        self.tax.setText(str(Decimal(product.tax_bp) / 100))
        self.active.setChecked(product.active)

    def values(self) -> dict[str, Any]:
        return {
            "sku": self.sku.text().strip(),
            "name": self.name.text().strip(),
            "description": self.description.toPlainText(),
            "currency": self.currency.currentText().strip().upper(),
            "unit_price": self.price.text().strip() or "0",
            "unit_cost": self.cost.text().strip() or "0",
            "tax_pct": self.tax.text().strip() or "0",
            "active": self.active.isChecked(),
        }

    def _update_margin(self) -> None:
        currency = self.currency.currentText().strip().upper()
        try:
            price = Money.parse(self.price.text().strip() or "0", currency).minor
            cost = Money.parse(self.cost.text().strip() or "0", currency).minor
        except ValidationError:
            self.margin.setText("—")
            return
        self.margin.setText(margin_text(price, cost, currency))

    def save(self) -> None:
        data = ProductInput(**self.values())
        product_id = self.product_id

        def job(crm: Any) -> Any:
            if product_id is None:
                return crm.products.create(data)
            return crm.products.update(product_id, data)

        self.submit(job)

    # --- leaving with unsaved edits -------------------------------------------------

    def _state(self) -> object:
        return self.values()

    def confirm_discard(self) -> bool:
        """Ask before throwing typed changes away."""
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Discard the changes to this product?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
