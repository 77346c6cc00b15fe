"""Products & sales: the product list and the sales list, each lazy, filtered and sorted in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from crm_desktop.domain.errors import NotFoundError
from crm_desktop.domain.models import Product, Sale
from crm_desktop.services.records import ListQuery
from crm_desktop.services.sales_lists import ProductListing, SaleListing, SaleRow
from crm_desktop.ui.bidi import auto
from crm_desktop.ui.pages import ExportTarget, Page
from crm_desktop.ui.record_list import RecordListPage
from crm_desktop.ui.record_model import Column, RowSource
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.undo import UndoStack
from crm_desktop.ui.views.product_editor import ProductEditor, margin_text, money_text, percent_text
from crm_desktop.ui.views.sale_editor import SaleEditor

# filters only a product has: a preset naming one of these is meant for the product list
PRODUCT_ONLY_FIELDS = frozenset(Product.model_fields) - frozenset(Sale.model_fields)


class ProductsList(RecordListPage):
    """Every product; the filter box matches the name or the code."""

    entity = "product"
    export_entity = "products"

    def title(self) -> str:
        return self.tr("Products")

    def source(self) -> RowSource:
        return ProductListing(self.session.crm.ctx)

    def service(self) -> Any:
        return self.session.crm.products

    def noun(self, count: int) -> str:
        return self.tr("%n product(s)", "", count)

    def columns(self) -> Sequence[Column]:
        return [
            Column("name", self.tr("Name"), lambda p: auto(p.name), sort="name", width=260),
            Column("sku", self.tr("Code"), lambda p: p.sku, sort="sku", left_to_right=True, width=110),
            Column(
                "price",
                self.tr("Price"),
                lambda p: money_text(p.unit_price_minor, p.currency),
                sort="price",
                align_end=True,
                width=130,
            ),
            Column(
                "cost", self.tr("Cost"), lambda p: money_text(p.unit_cost_minor, p.currency), align_end=True
            ),
            Column(
                "margin",
                self.tr("Margin"),
                lambda p: margin_text(p.unit_price_minor, p.unit_cost_minor, p.currency),
                align_end=True,
                width=170,
            ),
            Column(
                "tax",
                self.tr("Tax"),
                lambda p: percent_text(Decimal(p.tax_bp) / 10000),
                align_end=True,
                width=70,
            ),
            Column(
                "active",
                self.tr("On sale"),
                lambda p: self.tr("Yes") if p.active else self.tr("No"),
                width=80,
            ),
        ]

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.active_filter = QComboBox()
        self.active_filter.setObjectName("active_filter")
        self.active_filter.addItem(self.tr("All products"), None)
        self.active_filter.addItem(self.tr("On sale"), True)
        self.active_filter.addItem(self.tr("Not on sale"), False)
        self.active_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        bar.addWidget(self.active_filter)

    def query(self) -> ListQuery:
        active = self.active_filter.currentData()
        filters = {} if active is None else {"active": active}
        return ListQuery(text=self.filter_box.text().strip(), filters=filters)

    def open_editor(self, record_id: str | None) -> None:
        editor = ProductEditor(self.session, record_id, self)
        if editor.exec() and editor.saved_id:
            self.select_id(editor.saved_id)


class SalesList(RecordListPage):
    """Every sale, newest first; the filter box matches the number or the customer's name."""

    entity = "sale"
    export_entity = "sales"

    def title(self) -> str:
        return self.tr("Sales")

    def source(self) -> RowSource:
        return SaleListing(self.session.crm.ctx)

    def service(self) -> Any:
        return self.session.crm.sales

    def noun(self, count: int) -> str:
        return self.tr("%n sale(s)", "", count)

    def columns(self) -> Sequence[Column]:
        return [
            Column(
                "date",
                self.tr("Date"),
                lambda s: s.sold_on.isoformat(),
                sort="date",
                left_to_right=True,
                width=110,
            ),
            Column(
                "number", self.tr("Number"), lambda s: s.number, sort="number", left_to_right=True, width=130
            ),
            Column("customer", self.tr("Customer"), lambda s: auto(s.customer), width=280),
            Column(
                "total",
                self.tr("Total"),
                lambda s: money_text(s.total_minor, s.currency),
                sort="total",
                align_end=True,
                width=150,
            ),
            Column("lines", self.tr("Lines"), self._lines_text, align_end=True, width=70),
        ]

    def _lines_text(self, row: SaleRow) -> str:
        return str(row.lines)

    def first_show(self) -> None:
        # newest sales first
        self._show_direction(descending=True)
        self.model.set_query(replace(self.query(), sort="date", descending=True))

    def show_preset(self, query: ListQuery, label: str) -> None:
        super().show_preset(query, label)
        self._show_direction(self.model.query.descending)

    def _show_direction(self, descending: bool) -> None:
        """Put the header's sort arrow where the query is, without sorting again."""
        header = self.table.horizontalHeader()
        section = next(
            (i for i, c in enumerate(self.model.columns()) if c.sort == (self.model.query.sort or "date")), 0
        )
        header.blockSignals(True)
        header.setSortIndicator(
            section, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(False)

    def open_editor(self, record_id: str | None) -> None:
        editor = SaleEditor(self.session, record_id, self)
        if editor.exec() and editor.saved_id:
            self.select_id(editor.saved_id)


class ProductsPage(Page):
    """Two lists on tabs; the window's actions (new, find, delete, refresh) go to the one shown."""

    key = "products"

    def __init__(self, session: AppSession, undo: UndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("products_page")
        self.products = ProductsList(session, undo)
        self.sales = SalesList(session, undo)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("products_tabs")
        self.tabs.addTab(self.products, self.products.title())
        self.tabs.addTab(self.sales, self.sales.title())
        self.tabs.currentChanged.connect(lambda _i: self._activate_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Products & sales")

    def current_list(self) -> RecordListPage:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, RecordListPage) else self.products

    def _activate_current(self) -> None:
        if self._activated:
            self.current_list().activate()

    def first_show(self) -> None:
        self._activate_current()

    def show_sales(self) -> SalesList:
        self.tabs.setCurrentWidget(self.sales)
        return self.sales

    def show_products(self) -> ProductsList:
        self.tabs.setCurrentWidget(self.products)
        return self.products

    # --- window actions ---------------------------------------------------------------------

    def new_record(self) -> None:
        self.current_list().new_record()

    def focus_filter(self) -> None:
        self.current_list().focus_filter()

    def delete_selected(self) -> None:
        self.current_list().delete_selected()

    def refresh(self) -> None:
        self.current_list().refresh()

    def export_target(self) -> ExportTarget | None:
        return self.current_list().export_target()

    def open_record(self, record_id: str) -> None:
        """Open a product or a sale, whichever ``record_id`` names."""
        self._activated = True
        try:
            self.session.crm.products.get(record_id)
        except NotFoundError:
            self.show_sales().open_record(record_id)
            return
        self.show_products().open_record(record_id)

    def show_preset(self, query: ListQuery, label: str) -> None:
        """A selection of sales (a month of the dashboard's chart), or of products when it filters by
        what only a product has."""
        self._activated = True
        target: RecordListPage = self.sales
        if query.filters and set(query.filters) <= PRODUCT_ONLY_FIELDS:
            target = self.products
        self.tabs.setCurrentWidget(target)
        target.show_preset(query, label)
