"""The dialog that creates or edits a deal: customer, stage, money, products; errors beside each field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCalendar, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import StageKind
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.models import CustomFieldDefinition, Deal, Product, Stage
from crm_desktop.domain.money import Money
from crm_desktop.reports.request import ReportRequest
from crm_desktop.services.money_fields import line_total, percent_to_bp, quantity_of, to_minor
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.records import ListQuery
from crm_desktop.services.sales import SaleLineInput
from crm_desktop.services.settings import BusinessSettings
from crm_desktop.ui import formats
from crm_desktop.ui.bidi import ltr
from crm_desktop.ui.forms import EditorDialog
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.widgets.custom_fields import CustomFieldsForm
from crm_desktop.ui.widgets.record_picker import RecordPicker

CALENDARS = {
    "gregorian": QCalendar.System.Gregorian,
    "hijri": QCalendar.System.IslamicCivil,
    "jalali": QCalendar.System.Jalali,
}
PRODUCTS_LISTED = 2000  # a shop's catalogue; the picker completes within it


def money_text(minor: int, currency: str, *, isolate: bool = True) -> str:
    """An amount given in minor units, as :func:`crm_desktop.ui.formats.money_text` writes it."""
    return formats.money_text(Money(minor, currency), isolate=isolate)


def date_text(day: date | None, calendar: str = "gregorian", *, isolate: bool = True) -> str:
    """A date in the user's locale and chosen calendar (Hijri, Jalali), isolated left to right."""
    if day is None:
        return ""
    system = CALENDARS.get(calendar, QCalendar.System.Gregorian)
    text = QLocale().toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat, QCalendar(system)
    )
    return ltr(text) if isolate else text


def stage_kind_names(widget: QWidget) -> dict[StageKind, str]:
    return {
        StageKind.OPEN: widget.tr("Open", "status"),
        StageKind.WON: widget.tr("Won"),
        StageKind.LOST: widget.tr("Lost"),
    }


class LinesTable(QWidget):
    """The products offered in a deal: product, description, quantity, unit price, discount; totals."""

    PRODUCT, DESCRIPTION, QUANTITY, PRICE, DISCOUNT, TOTAL = range(6)
    changed = Signal()

    def __init__(self, products: list[Product], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.products = {product.id: product for product in products}
        self.currency = "USD"
        self._filling = False
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("lines_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Product"),
                self.tr("Description"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("Discount %"),
                self.tr("Total"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (self.PRODUCT, 180),
            (self.QUANTITY, 70),
            (self.PRICE, 100),
            (self.DISCOUNT, 80),
            (self.TOTAL, 110),
        ):
            self.table.setColumnWidth(column, width)
        self.table.itemChanged.connect(lambda _item: self._recalculate())
        self.add_button = QPushButton(self.tr("Add line"))
        self.add_button.setObjectName("add_line")
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.setObjectName("remove_line")
        self.remove_button.clicked.connect(self.remove_selected)
        self.total_label = QLabel()
        self.total_label.setObjectName("lines_total")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._recalculate()

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        self._recalculate()

    def count(self) -> int:
        return self.table.rowCount()

    def add_line(
        self,
        product_id: str | None = None,
        description: str = "",
        quantity: str = "1",
        unit_price: str = "",
        discount: str = "0",
    ) -> int:
        row = self.table.rowCount()
        self._filling = True
        self.table.insertRow(row)
        combo = QComboBox()
        combo.setObjectName(f"line_product_{row}")
        combo.addItem(self.tr("No product"), None)
        for product in self.products.values():
            label = f"{product.name} ({product.sku})" if product.sku else product.name
            combo.addItem(label, product.id)
        combo.setCurrentIndex(max(0, combo.findData(product_id)))
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._product_chosen(c))
        self.table.setCellWidget(row, self.PRODUCT, combo)
        for column, text in (
            (self.DESCRIPTION, description),
            (self.QUANTITY, quantity),
            (self.PRICE, unit_price),
            (self.DISCOUNT, discount),
        ):
            item = QTableWidgetItem(text)
            if column != self.DESCRIPTION:
                item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        total = QTableWidgetItem()
        total.setFlags(Qt.ItemFlag.ItemIsEnabled)
        total.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, self.TOTAL, total)
        self._filling = False
        self._recalculate()
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self._recalculate()

    def product_combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, self.PRODUCT)
        assert isinstance(widget, QComboBox)
        return widget

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _set_text(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        if item is not None:
            item.setText(text)

    def _product_chosen(self, combo: QComboBox) -> None:
        row = next(
            (r for r in range(self.table.rowCount()) if self.table.cellWidget(r, self.PRODUCT) is combo), -1
        )
        product = self.products.get(combo.currentData() or "")
        if row < 0 or product is None:
            self._recalculate()
            return
        self._filling = True
        if not self._text(row, self.DESCRIPTION):
            self._set_text(row, self.DESCRIPTION, product.name)
        if product.currency == self.currency:
            self._set_text(row, self.PRICE, str(Money(product.unit_price_minor, product.currency).major))
        else:
            self._set_text(row, self.PRICE, "")
            self.table.item(row, self.PRICE).setToolTip(  # type: ignore[union-attr]
                self.tr("This product is priced in {0}: give its price in {1}.").format(
                    product.currency, self.currency
                )
            )
        self._filling = False
        self._recalculate()

    def lines(self) -> list[SaleLineInput]:
        result = []
        for row in range(self.table.rowCount()):
            price = self._text(row, self.PRICE)
            result.append(
                SaleLineInput(
                    product_id=self.product_combo(row).currentData(),
                    description=self._text(row, self.DESCRIPTION),
                    quantity=self._text(row, self.QUANTITY) or "1",
                    unit_price=price or None,
                    discount_pct=self._text(row, self.DISCOUNT) or "0",
                )
            )
        return result

    def line_total_minor(self, row: int) -> int | None:
        """The row's total in minor units, or None while something in it cannot be read."""
        try:
            quantity = quantity_of(self._text(row, self.QUANTITY) or "1", "quantity")
            price = self._text(row, self.PRICE)
            product = self.products.get(self.product_combo(row).currentData() or "")
            if price:
                unit = to_minor(price, self.currency, "unit_price")
            elif product is not None and product.currency == self.currency:
                unit = product.unit_price_minor
            else:
                return None
            return line_total(
                quantity, unit, percent_to_bp(self._text(row, self.DISCOUNT) or "0", "discount")
            )
        except ValidationError:
            return None

    def total_minor(self) -> int | None:
        totals = [self.line_total_minor(row) for row in range(self.table.rowCount())]
        if any(t is None for t in totals):
            return None
        return sum(t for t in totals if t is not None)

    def _recalculate(self) -> None:
        if self._filling:
            return
        self._filling = True
        try:
            for row in range(self.table.rowCount()):
                minor = self.line_total_minor(row)
                self._set_text(row, self.TOTAL, "—" if minor is None else money_text(minor, self.currency))
            total = self.total_minor()
            self.total_label.setText(
                self.tr("Total: {0}").format("—" if total is None else money_text(total, self.currency))
            )
            self.remove_button.setEnabled(self.table.rowCount() > 0)
        finally:
            self._filling = False
        self.changed.emit()


class DealEditor(EditorDialog):
    """A deal's customer, stage, value, lines and custom fields."""

    def __init__(
        self,
        session: AppSession,
        deal_id: str | None = None,
        parent: QWidget | None = None,
        *,
        contact_id: str | None = None,
        company_id: str | None = None,
        pipeline_id: str | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("deal_editor")
        self.deal_id = deal_id
        self.setWindowTitle(self.tr("New deal") if deal_id is None else self.tr("Edit deal"))
        self.resize(720, 620)
        crm = session.crm
        self.settings: BusinessSettings = crm.settings.get()
        self._stages: dict[str, Stage] = {}
        self._loaded_lines: list[tuple[Any, ...]] = []
        self._loaded_currency = ""

        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.contact = RecordPicker(
            session, lambda text: [h for h in crm.search.everything(text, 20) if h.entity == "contact"]
        )
        self.contact.setObjectName("contact")
        self.contact.picked.connect(self._contact_picked)
        self.company = RecordPicker(
            session, lambda text: [h for h in crm.search.everything(text, 20) if h.entity == "company"]
        )
        self.company.setObjectName("company")
        self.pipeline = QComboBox()
        self.pipeline.setObjectName("pipeline")
        for pipeline in crm.pipelines.list(ListQuery(limit=200)).items:
            self.pipeline.addItem(pipeline.name, pipeline.id)
        self.stage = QComboBox()
        self.stage.setObjectName("stage")
        self.lost_reason = QLineEdit()
        self.lost_reason.setObjectName("lost_reason")
        self.lost_reason.setPlaceholderText(self.tr("Why the customer said no"))
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignTrailing)
        self.amount.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in [self.settings.base_currency, *sorted(self.settings.currency_rates)]:
            if self.currency.findText(code) < 0:
                self.currency.addItem(code)
        self.rate = QLineEdit()
        self.rate.setObjectName("rate")
        self.rate.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.rate_hint = QLabel()
        self.has_close = QCheckBox()
        self.has_close.setObjectName("has_close")
        self.has_close.setToolTip(self.tr("The deal has an expected close date"))
        self.expected_close = QDateEdit()
        self.expected_close.setObjectName("expected_close")
        self.expected_close.setCalendarPopup(True)
        self.expected_close.setCalendar(
            QCalendar(CALENDARS.get(self.settings.calendar, QCalendar.System.Gregorian))
        )
        self.expected_close.setDate(QDate.currentDate().addMonths(1))
        self.expected_close.setEnabled(False)
        self.has_close.toggled.connect(self.expected_close.setEnabled)
        self.probability = QSpinBox()
        self.probability.setObjectName("probability")
        self.probability.setRange(-1, 100)
        self.probability.setSuffix(" %")
        self.probability.setValue(-1)
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        self.owner.addItem(self.tr("Nobody"), None)
        for user in crm.users.list(ListQuery(limit=500)).items:
            self.owner.addItem(user.name, user.id)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Separate tags with commas"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setMinimumHeight(360)
        products = crm.products.list(ListQuery(filters={"active": True}, limit=PRODUCTS_LISTED)).items
        self.lines = LinesTable(products)
        self.lines.changed.connect(self._lines_changed)
        self.lines.table.setMinimumHeight(320)
        definitions: list[CustomFieldDefinition] = crm.custom_fields.for_entity("deal")
        self.custom = CustomFieldsForm(definitions)

        tabs = QTabWidget()
        self.form = QFormLayout()
        self.errors.add_row(self.form, "title", self.tr("Title"), self.title)
        self.errors.add_row(self.form, "contact_id", self.tr("Contact"), self.contact)
        self.errors.add_row(self.form, "company_id", self.tr("Company"), self.company)
        self.errors.add_row(self.form, "pipeline_id", self.tr("Pipeline"), self.pipeline)
        self.errors.add_row(self.form, "stage_id", self.tr("Stage"), self.stage)
        self.errors.add_row(self.form, "lost_reason", self.tr("Lost because"), self.lost_reason)
        self._lost_row = self.form.rowCount() - 1
        self.errors.add_row(self.form, "amount", self.tr("Amount"), self.amount)
        self.errors.add_row(self.form, "currency", self.tr("Currency"), self.currency)
        rate_box = QWidget()
        rate_layout = QHBoxLayout(rate_box)
        rate_layout.setContentsMargins(0, 0, 0, 0)
        rate_layout.addWidget(self.rate, 1)
        rate_layout.addWidget(self.rate_hint)
        self.errors.add_row(self.form, "rate_to_base", self.tr("Exchange rate"), rate_box)
        close_box = QWidget()
        close_layout = QHBoxLayout(close_box)
        close_layout.setContentsMargins(0, 0, 0, 0)
        close_layout.addWidget(self.has_close)
        close_layout.addWidget(self.expected_close, 1)
        self.errors.add_row(self.form, "expected_close", self.tr("Expected close"), close_box)
        self.errors.add_row(self.form, "probability_override", self.tr("Probability"), self.probability)
        self.errors.add_row(self.form, "owner_id", self.tr("Owner"), self.owner)
        self.errors.add_row(self.form, "tags", self.tr("Tags"), self.tags)
        tabs.addTab(_page(self.form), self.tr("Deal"))
        lines_form = QFormLayout()
        lines_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.errors.add_row(lines_form, "lines", self.tr("Products offered"), self.lines)
        tabs.addTab(_page(lines_form), self.tr("Products"))
        notes_form = QFormLayout()
        notes_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.errors.add_row(notes_form, "notes", self.tr("Notes"), self.notes)
        tabs.addTab(_page(notes_form), self.tr("Notes"))
        if definitions:
            custom_form = QFormLayout()
            self.custom.add_rows(custom_form, self.errors)
            tabs.addTab(_page(custom_form), self.tr("More fields"))
        self.tabs = tabs

        self.lay_out((tabs, 1))
        if deal_id is not None:
            self._add_print_button()

        self.pipeline.currentIndexChanged.connect(lambda _i: self._fill_stages())
        self.stage.currentIndexChanged.connect(lambda _i: self._stage_changed())
        self.currency.currentTextChanged.connect(self._currency_changed)
        if deal_id is not None:
            self._load(crm.deals.get(deal_id))
        else:
            self._start_new(contact_id, company_id, pipeline_id)
        self.mark_clean()

    # --- filling ------------------------------------------------------------------

    def _add_print_button(self) -> None:
        buttons = self.findChild(QDialogButtonBox)
        assert buttons is not None  # made by lay_out
        self.print_button = buttons.addButton(self.tr("Print quote…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("print_quote")
        self.print_button.clicked.connect(lambda _checked=False: self.print_quote())

    def print_quote(self) -> None:
        """The quote for this deal as saved, previewed to print or save."""
        if self.deal_id is None:
            return
        # imported here: the reports page uses this module's calendars
        from crm_desktop.ui.views.reports import print_report, window_language

        request = ReportRequest(language=window_language(), deal_id=self.deal_id)
        print_report(self, self.session, "quote", request, unsaved_changes=self.has_changes())

    def _start_new(self, contact_id: str | None, company_id: str | None, pipeline_id: str | None) -> None:
        crm = self.session.crm
        self.pipeline.setCurrentIndex(max(0, self.pipeline.findData(pipeline_id)))
        self._fill_stages()
        self._set_currency(self.settings.base_currency)
        if contact_id is not None:
            contact = crm.contacts.get(contact_id)
            self.contact.set_record(contact.id, contact.display_name)
            company_id = company_id or contact.company_id
        if company_id is not None:
            self.company.set_record(company_id, crm.companies.get(company_id).name)

    def _load(self, deal: Deal) -> None:
        crm = self.session.crm
        self.title.setText(deal.title)
        if deal.contact_id:
            self.contact.set_record(
                deal.contact_id, crm.contacts.get(deal.contact_id, include_deleted=True).display_name
            )
        if deal.company_id:
            self.company.set_record(
                deal.company_id, crm.companies.get(deal.company_id, include_deleted=True).name
            )
        self.pipeline.setCurrentIndex(max(0, self.pipeline.findData(deal.pipeline_id)))
        self._fill_stages()
        self.stage.setCurrentIndex(max(0, self.stage.findData(deal.stage_id)))
        self.lost_reason.setText(deal.lost_reason)
        self._set_currency(deal.currency)
        self._loaded_currency = deal.currency
        self.rate.setText(str(deal.rate_to_base))
        for line in crm.deals.lines(deal.id):
            discount = Decimal(line.discount_bp) / 100
            self.lines.add_line(
                line.product_id,
                line.description,
                str(line.quantity),
                str(Money(line.unit_price_minor, deal.currency).major),
                str(discount.normalize()) if discount else "0",
            )
        self._loaded_lines = self._line_values()
        self.amount.setText(str(Money(deal.amount_minor, deal.currency).major))
        if deal.expected_close is not None:
            self.has_close.setChecked(True)
            self.expected_close.setDate(
                QDate(deal.expected_close.year, deal.expected_close.month, deal.expected_close.day)
            )
        self.probability.setValue(-1 if deal.probability_override is None else deal.probability_override)
        self.owner.setCurrentIndex(max(0, self.owner.findData(deal.owner_id)))
        self.tags.setText(", ".join(crm.tags.names_for([deal.id])[deal.id]))
        self.notes.setPlainText(deal.notes)
        self.custom.set_values(deal.custom)

    def _fill_stages(self) -> None:
        pipeline_id = self.pipeline.currentData()
        current = self.stage.currentData()
        stages = self.session.crm.pipelines.stages(pipeline_id) if pipeline_id else []
        self._stages = {stage.id: stage for stage in stages}
        kinds = stage_kind_names(self)
        self.stage.blockSignals(True)
        self.stage.clear()
        for stage in stages:
            label = (
                stage.name
                if stage.kind == StageKind.OPEN
                else f"{stage.name} ({kinds[StageKind(stage.kind)]})"
            )
            self.stage.addItem(label, stage.id)
        self.stage.setCurrentIndex(max(0, self.stage.findData(current)))
        self.stage.blockSignals(False)
        self._stage_changed()

    def current_stage(self) -> Stage | None:
        return self._stages.get(self.stage.currentData() or "")

    def _stage_changed(self) -> None:
        stage = self.current_stage()
        lost = stage is not None and stage.kind == StageKind.LOST
        self.form.setRowVisible(self._lost_row, lost)
        probability = stage.probability if stage is not None else 0
        self.probability.setSpecialValueText(self.tr("From the stage ({0} %)").format(probability))

    def _contact_picked(self, contact_id: object) -> None:
        if not isinstance(contact_id, str) or self.company.text().strip():
            return
        crm = self.session.crm
        company_id = crm.contacts.get(contact_id).company_id
        if company_id:
            self.company.set_record(company_id, crm.companies.get(company_id).name)

    def _set_currency(self, code: str) -> None:
        if self.currency.findText(code) < 0:
            self.currency.addItem(code)
        self.currency.setCurrentIndex(self.currency.findText(code))
        self._currency_changed(code)

    def _currency_changed(self, text: str) -> None:
        code = text.strip().upper()
        base = self.settings.base_currency
        self.lines.set_currency(code)
        if code == base:
            self.rate.setText("1")
            self.rate.setEnabled(False)
            self.rate_hint.setText("")
            return
        self.rate.setEnabled(True)
        self.rate.setText(self.settings.currency_rates.get(code, ""))
        self.rate_hint.setText(self.tr("{0} for 1 {1}").format(base, code) if len(code) == 3 else "")

    def _lines_changed(self) -> None:
        has_lines = self.lines.count() > 0
        self.amount.setReadOnly(has_lines)
        self.amount.setToolTip(self.tr("The total of the products offered") if has_lines else "")
        if has_lines:
            total = self.lines.total_minor()
            code = self.currency.currentText().strip().upper()
            self.amount.setText("" if total is None else str(Money(total, code).major))

    # --- reading --------------------------------------------------------------------

    def _line_values(self) -> list[tuple[Any, ...]]:
        return [
            (
                line.product_id,
                line.description,
                str(line.quantity),
                str(line.unit_price),
                str(line.discount_pct),
            )
            for line in self.lines.lines()
        ]

    def values(self) -> dict[str, Any]:
        stage = self.current_stage()
        lost = stage is not None and stage.kind == StageKind.LOST
        code = self.currency.currentText().strip().upper()
        lines_changed = self._line_values() != self._loaded_lines or (
            self.deal_id is not None and code != self._loaded_currency and self.lines.count() > 0
        )
        close = self.expected_close.date()
        return {
            "title": self.title.text(),
            "contact_id": self.contact.record_id,
            "company_id": self.company.record_id,
            "pipeline_id": self.pipeline.currentData(),
            "stage_id": self.stage.currentData(),
            "lost_reason": self.lost_reason.text().strip() if lost else "",
            "amount": None if self.lines.count() else self.amount.text().strip() or "0",
            "currency": code,
            "rate_to_base": (self.rate.text().strip() or None)
            if code != self.settings.base_currency
            else None,
            "expected_close": date(close.year(), close.month(), close.day())
            if self.has_close.isChecked()
            else None,
            "probability_override": None if self.probability.value() < 0 else self.probability.value(),
            "owner_id": self.owner.currentData(),
            "tags": [t.strip() for t in self.tags.text().split(",") if t.strip()],
            "notes": self.notes.toPlainText(),
            "custom": self.custom.values(),
            "lines": self.lines.lines() if lines_changed else None,
        }

    def _state(self) -> tuple[Any, ...]:
        values = self.values()
        values.pop("lines")
        return (repr(sorted(values.items())), self._line_values())

    # --- saving ---------------------------------------------------------------------

    def save(self) -> None:
        for picker, key, message in (
            (self.contact, "contact_id", self.tr("Pick the contact from the list (or clear the field).")),
            (self.company, "company_id", self.tr("Pick the company from the list (or clear the field).")),
        ):
            if picker.text().strip() and picker.record_id is None:
                self.errors.show({key: message})
                return
        try:
            data = DealInput(**self.values())
        except ValueError as error:  # pydantic refused a value the widgets let through
            self.errors.show({"": str(error)})
            return
        deal_id = self.deal_id

        def job(crm: Any) -> Any:
            if deal_id is None:
                return crm.deals.create(data)
            return crm.deals.update(deal_id, data)

        self.submit(job)

    def _show_refused(self, errors: dict[str, str]) -> None:
        shown: dict[str, str] = {}
        for key, message in errors.items():
            parts = key.split(".")
            if parts[0] == "lines" and len(parts) > 1 and parts[1].isdigit():
                line = self.tr("Line {0}: {1}").format(parts[1], message)
                shown["lines"] = f"{shown['lines']}\n{line}" if "lines" in shown else line
            else:
                shown[key] = message
        self.errors.show(shown)

    def has_unsaved_changes(self) -> bool:
        return self.has_changes()

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Close without saving your changes?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard


def _page(form: QFormLayout) -> QWidget:
    page = QWidget()
    page.setLayout(form)
    return page
