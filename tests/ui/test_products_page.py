from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.services.customer_scope import Customer
from crm_desktop.services.customer_summary import purchases
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.services.sales import ProductInput, SaleInput, SaleLineInput
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.product_editor import ProductEditor, money_text
from crm_desktop.ui.views.products import ProductsPage
from crm_desktop.ui.views.sale_editor import SaleEditor

FSI, PDI = "\u2068", "\u2069"


@pytest.fixture
def shop(crm: Crm) -> dict[str, str]:
    """Four products (one not on sale, one priced in dollars), two customers and two sales."""
    ids = {}
    for key, sku, name, price, cost, currency, active in (
        ("tea", "TEA-250", "Black tea 250 g", "12.50", "7", None, True),
        ("cup", "CUP-1", "Tea cup", "20", "8", None, False),
        ("loom", "LOOM-1", "Hand loom", "100", "60", "USD", True),
        ("dates", "DATE-1", "تمر سكري", "30", "21", None, True),
    ):
        ids[key] = crm.products.create(
            ProductInput(
                sku=sku, name=name, unit_price=price, unit_cost=cost, currency=currency, active=active
            )
        ).value.id
    kaya = crm.companies.create(CompanyInput(name="Kaya Ltd.")).value
    layla = crm.contacts.create(ContactInput(given_name="Layla", family_name="Haddad")).value
    ids["kaya"], ids["layla"] = kaya.id, layla.id
    ids["sale1"] = crm.sales.create(
        SaleInput(
            number="S-1",
            contact_id=layla.id,
            sold_on=date(2026, 2, 1),
            lines=[SaleLineInput(product_id=ids["tea"], quantity="2")],
        )
    ).value.id
    ids["sale2"] = crm.sales.create(
        SaleInput(
            number="S-2",
            company_id=kaya.id,
            sold_on=date(2026, 2, 20),
            lines=[
                SaleLineInput(product_id=ids["dates"], quantity="1"),
                SaleLineInput(description="Delivery", unit_price="15"),
            ],
        )
    ).value.id
    return ids


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def products_page(window: MainWindow, qtbot: QtBot) -> ProductsPage:
    page = window.show_page("products")
    assert isinstance(page, ProductsPage)
    assert page.title() == "Products & sales"
    qtbot.waitUntil(lambda: page.products.model.ids_loaded)
    return page


def column(page_list: Any, key: str) -> int:
    return next(i for i, c in enumerate(page_list.model.columns()) if c.key == key)


def texts(page_list: Any, key: str) -> list[str]:
    section = column(page_list, key)
    model = page_list.model
    return [model.index(r, section).data() for r in range(model.rowCount())]


def when_dialog_opens(qtbot: QtBot, act: Callable[[QDialog], None]) -> None:
    """Run ``act`` on the modal dialog the next step opens (it blocks in exec until closed)."""

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            try:
                act(dialog)
            except BaseException:
                dialog.done(QDialog.DialogCode.Rejected)  # never leave the test waiting on a dialog
                raise
        else:
            QTimer.singleShot(20, find)

    QTimer.singleShot(0, find)


# --- products -------------------------------------------------------------------------------


def test_products_list_by_name_with_price_cost_and_margin(
    shop: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = products_page(window, qtbot)
    assert texts(page.products, "name") == [
        f"{FSI}Black tea 250 g{PDI}",
        f"{FSI}Hand loom{PDI}",
        f"{FSI}Tea cup{PDI}",
        f"{FSI}تمر سكري{PDI}",
    ]
    assert texts(page.products, "sku")[0] == "\u2066TEA-250\u2069"
    assert texts(page.products, "price")[1] == money_text(10_000, "USD")
    assert texts(page.products, "margin")[0] == f"{money_text(550, 'SAR')} (\u206644%{PDI})"  # 5.50 of 12.50
    assert texts(page.products, "active") == ["Yes", "Yes", "No", "Yes"]
    assert page.products.count_label.text() == "4 product(s)"


def test_filter_box_and_on_sale_filter_run_in_sql(
    shop: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = products_page(window, qtbot)
    lst = page.products
    qtbot.keyClicks(lst.filter_box, "tea")
    qtbot.waitUntil(lambda: lst.model.ids_loaded and lst.model.rowCount() == 2)
    assert [lst.model.row_at(r).name for r in range(2)] == ["Black tea 250 g", "Tea cup"]
    lst.active_filter.setCurrentIndex(lst.active_filter.findData(True))
    qtbot.waitUntil(lambda: lst.model.ids_loaded and lst.model.rowCount() == 1)
    assert lst.model.row_at(0).name == "Black tea 250 g"


def test_new_product_through_the_editor(
    shop: dict[str, str], crm: Crm, window: MainWindow, qtbot: QtBot
) -> None:
    page = products_page(window, qtbot)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ProductEditor)
        dialog.sku.setText("POT-1")
        dialog.name.setText("Tea pot")
        dialog.price.setText("80")
        dialog.cost.setText("50")
        dialog.tax.setText("15")
        assert dialog.margin.text() == f"{money_text(3000, 'SAR')} (\u206637.5%{PDI})"
        dialog.save()

    when_dialog_opens(qtbot, fill)
    page.new_record()  # the window's Ctrl+N on this page; returns when the dialog closes
    product = crm.products.by_sku("POT-1")
    assert product is not None
    assert (product.name, product.unit_price_minor, product.unit_cost_minor, product.tax_bp) == (
        "Tea pot",
        8000,
        5000,
        1500,
    )
    qtbot.waitUntil(lambda: page.products.model.ids_loaded and page.products.model.rowCount() == 5)


def test_product_errors_show_beside_the_field_and_keep_the_dialog_open(
    shop: dict[str, str], session: AppSession, qtbot: QtBot
) -> None:
    editor = ProductEditor(session, shop["tea"])
    qtbot.addWidget(editor)
    editor.show()
    editor.sku.setText("CUP-1")  # another product's code
    editor.price.setText("12.345")
    editor.save()
    qtbot.waitUntil(lambda: editor.save_button.isEnabled())
    message = editor.errors.message("sku") or editor.errors.message("unit_price")
    assert message  # the first refusal is shown under its field
    assert editor.isVisible() and editor.sku.text() == "CUP-1"  # what was typed stays
    editor.sku.setText("TEA-250")
    editor.save()
    qtbot.waitUntil(lambda: editor.errors.message("unit_price") != "")
    assert editor.errors.message("unit_price") == "SAR amounts have at most 2 decimal places."
    assert editor.errors.message("sku") == ""
    editor.confirm_discard = lambda: True  # type: ignore[method-assign]
    editor.reject()


def test_closing_an_edited_product_asks_first(
    shop: dict[str, str], session: AppSession, qtbot: QtBot
) -> None:
    editor = ProductEditor(session, shop["tea"])
    qtbot.addWidget(editor)
    editor.show()
    asked: list[bool] = []
    editor.confirm_discard = lambda: asked.append(True) or False  # type: ignore[method-assign]
    editor.reject()
    assert asked == [] and not editor.isVisible()  # nothing changed: closes without asking
    editor.show()
    editor.name.setText("Green tea")
    editor.reject()
    assert asked == [True] and editor.isVisible()  # the user said "Cancel": still open


# --- sales --------------------------------------------------------------------------------------


def test_sales_list_newest_first_with_customer_total_and_lines(
    shop: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = products_page(window, qtbot)
    sales = page.show_sales()
    qtbot.waitUntil(lambda: sales.model.ids_loaded and sales.model.rowCount() == 2)
    assert texts(sales, "number") == ["\u2066S-2\u2069", "\u2066S-1\u2069"]
    assert texts(sales, "customer") == [f"{FSI}Kaya Ltd.{PDI}", f"{FSI}Layla Haddad{PDI}"]
    assert texts(sales, "total") == [money_text(4500, "SAR"), money_text(2500, "SAR")]
    assert texts(sales, "lines") == ["2", "1"]
    qtbot.keyClicks(sales.filter_box, "layla")
    qtbot.waitUntil(lambda: sales.model.ids_loaded and sales.model.rowCount() == 1)
    assert sales.model.row_at(0).number == "S-1"


def test_entering_a_sale_fills_prices_totals_and_the_customers_history(
    shop: dict[str, str], crm: Crm, session: AppSession, window: MainWindow, qtbot: QtBot
) -> None:
    page = products_page(window, qtbot)
    sales = page.show_sales()
    qtbot.waitUntil(lambda: sales.model.ids_loaded)
    editor = SaleEditor(session, None, page)
    qtbot.addWidget(editor)
    editor.show()
    # the customer, chosen by typing part of the name
    qtbot.keyClicks(editor.customer, "Lay")
    qtbot.waitUntil(lambda: editor.customer.completer().model().rowCount() == 1)
    editor.customer.completer().activated.emit("Layla Haddad")
    assert editor.customer.record_id == shop["layla"]
    editor.sold_on.setDate(QDate(2026, 2, 25))
    first = editor.lines.rows[0]
    first.product.set_record(shop["tea"], "Black tea 250 g · TEA-250")
    first.product.picked.emit(shop["tea"])
    assert first.price.text() == "12.50"  # the product's price
    first.quantity.setText("4")
    first.discount.setText("10")
    assert first.total.text() == money_text(4500, "SAR")
    second = editor.lines.add_line()
    second.product.set_record(shop["loom"], "Hand loom · LOOM-1")
    second.product.picked.emit(shop["loom"])
    assert second.price.text() == "375.00"  # 100 USD at 3.75
    assert editor.total.text() == money_text(4500 + 37_500, "SAR")
    editor.save()
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted)
    sale = crm.sales.get(editor.saved_id or "")
    assert (sale.contact_id, sale.sold_on, sale.total_minor) == (shop["layla"], date(2026, 2, 25), 42_000)
    assert [(line.description, line.line_total_minor) for line in crm.sales.lines(sale.id)] == [
        ("Black tea 250 g", 4500),
        ("Hand loom", 37_500),
    ]
    history = purchases(crm.ctx, Customer(contact_id=shop["layla"]))
    [year] = history.per_year  # what the customer's page shows
    assert (year.year, year.total.minor, year.sales) == (2026, 2500 + 42_000, 2)
    qtbot.waitUntil(lambda: sales.model.ids_loaded and sales.model.rowCount() == 3)
    assert sales.model.row_at(0).id == sale.id


def test_sale_line_errors_are_shown_on_the_line(
    shop: dict[str, str], crm: Crm, session: AppSession, qtbot: QtBot
) -> None:
    editor = SaleEditor(session, None)
    qtbot.addWidget(editor)
    editor.show()
    editor.set_customer("company", shop["kaya"])
    line = editor.lines.rows[0]
    line.description.setText("Carpet cleaning")
    line.price.setText("40")
    line.quantity.setText("0")
    assert line.total.text() == "—"
    editor.save()
    qtbot.waitUntil(lambda: not editor.lines.error.isHidden())
    assert editor.lines.error.text() == "Line 1: A quantity must be more than zero."
    assert "b00020" in line.quantity.styleSheet()
    assert editor.isVisible() and crm.sales.count() == 2
    line.quantity.setText("2")
    editor.save()
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted)
    assert crm.sales.get(editor.saved_id or "").company_id == shop["kaya"]


def test_editing_a_sale_loads_its_lines(
    shop: dict[str, str], crm: Crm, session: AppSession, qtbot: QtBot
) -> None:
    editor = SaleEditor(session, shop["sale2"])
    qtbot.addWidget(editor)
    assert editor.company_kind.isChecked() and editor.customer.text() == "Kaya Ltd."
    assert [(r.description.text(), r.quantity.text(), r.price.text()) for r in editor.lines.rows] == [
        ("تمر سكري", "1", "30.00"),
        ("Delivery", "1", "15.00"),
    ]
    assert editor.total.text() == money_text(4500, "SAR")
    assert not editor.has_changes()
    editor.lines.remove_line(editor.lines.rows[1])
    editor.save()
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted)
    assert crm.sales.get(shop["sale2"]).total_minor == 3000


def test_delete_a_sale_then_undo(shop: dict[str, str], crm: Crm, window: MainWindow, qtbot: QtBot) -> None:
    page = products_page(window, qtbot)
    sales = page.show_sales()
    qtbot.waitUntil(lambda: sales.model.ids_loaded and sales.model.rowCount() == 2)
    sales.select_id(shop["sale1"])
    page.delete_selected()
    qtbot.waitUntil(lambda: sales.model.ids_loaded and sales.model.rowCount() == 1)
    assert crm.sales.count() == 1
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: sales.model.ids_loaded and sales.model.rowCount() == 2)
    assert len(crm.sales.lines(shop["sale1"])) == 1


def test_open_record_finds_a_sale_or_a_product(
    shop: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = products_page(window, qtbot)
    opened: list[tuple[str, str | None]] = []
    page.products.open_editor = lambda record_id: opened.append(("product", record_id))  # type: ignore[method-assign]
    page.sales.open_editor = lambda record_id: opened.append(("sale", record_id))  # type: ignore[method-assign]
    window.open_record("sale", shop["sale2"])
    assert page.tabs.currentWidget() is page.sales
    window.open_record("product", shop["loom"])
    assert page.tabs.currentWidget() is page.products
    assert opened == [("sale", shop["sale2"]), ("product", shop["loom"])]


def test_right_to_left_mirrors_the_page_and_isolates_names(
    right_to_left: None, shop: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = products_page(window, qtbot)
    sales = page.show_sales()
    qtbot.waitUntil(lambda: sales.model.ids_loaded and sales.model.rowCount() == 2)
    assert sales.isRightToLeft()
    new_button = sales.findChild(type(sales.preset_clear), "new")
    assert new_button is not None
    assert (
        new_button.mapTo(page, new_button.rect().center()).x()
        < sales.filter_box.mapTo(page, sales.filter_box.rect().center()).x()
    )
    header = sales.table.horizontalHeader()
    assert header.sectionViewportPosition(0) > header.sectionViewportPosition(
        1
    )  # the date column is on the right
    customer = sales.model.index(0, column(sales, "customer")).data()
    assert customer == f"{FSI}Kaya Ltd.{PDI}"  # not ".Kaya Ltd" in a right-to-left row
    total_alignment = sales.model.index(0, column(sales, "total")).data(Qt.ItemDataRole.TextAlignmentRole)
    assert total_alignment & Qt.AlignmentFlag.AlignTrailing
