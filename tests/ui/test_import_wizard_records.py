"""File → Import… for products, deals and sales: the kinds offered, their match keys, a run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views import import_wizard
from crm_desktop.ui.views.import_wizard import ImportWizard

SALES = (
    "رقم الفاتورة,التاريخ,العميل,الصنف,الكمية,سعر الوحدة,الإجمالي\n"
    "ف-1,2026-03-05,عمر حداد,شاي,2,12.50,25\n"
    "ف-1,2026-03-05,عمر حداد,فنجان,1,5,5\n"
    "ف-2,2026-03-06,مؤسسة النور,شاي,كثير,12.50,\n"
)


def test_the_wizard_offers_every_kind_with_its_match_keys(
    session: AppSession, qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "products.csv"
    source.write_text("SKU,Product Name,Price\nT-1,Tea,12\n", encoding="utf-8")
    wizard = ImportWizard(session, path=source)
    qtbot.addWidget(wizard)
    kinds = wizard.file_page.entity
    assert [kinds.itemData(i) for i in range(kinds.count())] == [
        "contacts",
        "companies",
        "deals",
        "products",
        "sales",
    ]
    kinds.setCurrentIndex(kinds.findData("products"))
    wizard.show()
    wizard.next()
    page = wizard.mapping_page
    assert page.mapping() == ["sku", "name", "unit_price"]
    assert [page.match.itemText(i) for i in range(page.match.count())] == ["SKU", "Name"]
    wizard.back()
    kinds.setCurrentIndex(kinds.findData("deals"))
    wizard.next()
    assert [page.match.itemData(i) for i in range(page.match.count())] == ["title"]


def test_a_sales_file_through_the_wizard_and_undo(
    session: AppSession, crm: Crm, qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "مبيعات.csv"
    source.write_text(SALES, encoding="cp1256")
    wizard = ImportWizard(session, path=source)
    qtbot.addWidget(wizard)
    kinds = wizard.file_page.entity
    kinds.setCurrentIndex(kinds.findData("sales"))
    wizard.show()
    wizard.next()
    page = wizard.mapping_page
    assert page.mapping() == ["number", "sold_on", "customer", "product", "quantity", "unit_price", None]
    assert page.match.currentData() == "number"
    wizard.next()
    review = wizard.review_page
    assert review.summary.text() == "1 to create, 0 to update, 0 skipped, 1 rejected."
    assert "row 4: Quantity" in review.rows.item(1, 2).text()
    assert crm.sales.list().items == []
    wizard.next()
    assert wizard.report is not None and wizard.report.created == 1
    assert [sale.total_minor for sale in crm.sales.list().items] == [3000]
    result = wizard.result_page
    result.undo.click()
    qtbot.waitUntil(lambda: not result.undo.isEnabled())
    assert crm.sales.list().items == []


def test_the_progress_of_a_sales_import_counts_sales(
    session: AppSession, crm: Crm, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []

    class Noted:
        def update(self, text: str, done: int, total: int) -> None:
            said.append(text)

    def run_here(parent: object, title: str, job: Callable[[Any], Any]) -> Any:
        return job(Noted())

    monkeypatch.setattr(import_wizard, "run_with_progress", run_here)
    source = tmp_path / "sales.csv"
    source.write_text(SALES, encoding="utf-8")
    wizard = ImportWizard(session, path=source)
    qtbot.addWidget(wizard)
    wizard.file_page.entity.setCurrentIndex(wizard.file_page.entity.findData("sales"))
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.next()

    assert wizard.report is not None and wizard.report.created == 1
    assert said[-1] == "Imported 2 sales…"  # one made, one rejected: two sales in three rows
