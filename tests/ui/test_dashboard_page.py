from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.domain.enums import Priority, StageKind
from crm_desktop.services.cases import CaseInput
from crm_desktop.services.changes import Outcome
from crm_desktop.services.crm import Crm
from crm_desktop.services.dashboard import DashboardService, Figure
from crm_desktop.services.people import ContactInput
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.sales import SaleInput, SaleLineInput
from crm_desktop.services.tasks import TaskInput
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.record_list import RecordListPage
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.dashboard import BarChart, DashboardPage, FigureTile
from crm_desktop.ui.views.product_editor import money_text
from crm_desktop.ui.views.products import ProductsPage
from tests.conftest import FakeClock


@pytest.fixture
def business(crm: Crm, clock: FakeClock) -> dict[str, str]:
    """A month of work as of 2 March 2026 (the fake clock): deals, contacts, cases, tasks, sales."""
    customer = crm.contacts.create(ContactInput(given_name="Layla", family_name="Haddad")).value
    stages = crm.pipelines.stages(crm.pipelines.default().id)
    by_kind = {s.kind: s for s in reversed(stages)}
    crm.deals.create(
        DealInput(title="Looms", amount="1000", stage_id=stages[2].id, expected_close=date(2026, 3, 20))
    )
    crm.deals.create(
        DealInput(
            title="Rugs", amount="400", currency="USD", stage_id=stages[0].id, expected_close=date(2026, 4, 2)
        )
    )
    crm.deals.create(DealInput(title="Tea", amount="250", stage_id=by_kind[StageKind.WON].id))
    for priority in (Priority.URGENT, Priority.NORMAL, Priority.NORMAL):
        crm.cases.create(CaseInput(subject=f"{priority} case", priority=priority, contact_id=customer.id))
    crm.tasks.create(TaskInput(title="Call back", due_at=clock.now - timedelta(days=1)))
    crm.tasks.create(TaskInput(title="Send quote", due_at=clock.now + timedelta(days=5)))
    for month in (1, 2):
        crm.sales.create(
            SaleInput(
                contact_id=customer.id,
                sold_on=date(2026, month, 10),
                lines=[SaleLineInput(description="Tea", quantity="3", unit_price="40")],
            )
        )
    clock.advance(days=2)  # the urgent case (4 hours) is now past its SLA, the normal ones (72) not
    return {"customer": customer.id}


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def shown(tile: FigureTile) -> str:
    return tile.full_text(tile.value)


def dashboard(window: MainWindow, qtbot: QtBot) -> DashboardPage:
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.figures is not None)
    return page


def test_the_dashboard_is_the_first_page(window: MainWindow) -> None:
    assert next(iter(window.pages)) == "dashboard"
    assert window.current_page() is window.pages["dashboard"]


def test_tiles_show_the_counted_figures(
    business: dict[str, str], crm: Crm, window: MainWindow, qtbot: QtBot
) -> None:
    page = dashboard(window, qtbot)
    tiles = page.tiles
    assert shown(tiles[Figure.OPEN_PIPELINE]) == money_text(100_000 + 150_000, "SAR")  # 400 USD at 3.75
    assert shown(tiles[Figure.FORECAST_THIS_MONTH]) == money_text(50_000, "SAR")  # 1000 at 50 %
    assert shown(tiles[Figure.FORECAST_NEXT_MONTH]) == money_text(15_000, "SAR")  # 1500 at 10 %
    assert shown(tiles[Figure.WON_THIS_MONTH]) == money_text(25_000, "SAR")
    assert shown(tiles[Figure.NEW_CONTACTS]) == "1"
    assert shown(tiles[Figure.OPEN_CASES]) == "3"
    assert shown(tiles[Figure.OVERDUE_CASES]) == "1"
    assert shown(tiles[Figure.OVERDUE_TASKS]) == "1"
    assert "b00020" in tiles[Figure.OVERDUE_TASKS].value.styleSheet()  # something late is marked
    assert "b00020" not in tiles[Figure.OPEN_CASES].value.styleSheet()


def test_charts_show_stages_months_and_priorities(
    business: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = dashboard(window, qtbot)
    assert [b.label for b in page.pipeline_chart.bars()] == ["New", "Qualified", "Proposal", "Negotiation"]
    assert [b.value for b in page.pipeline_chart.bars()] == [150_000, 0, 100_000, 0]
    sales = page.sales_chart.bars()
    assert len(sales) == 12
    assert [b.value for b in sales[-3:]] == [12_000, 12_000, 0]  # January, February, March
    cases = page.cases_chart.bars()
    assert [(b.value, b.part) for b in cases] == [(1, 1), (0, 0), (2, 0), (0, 0)]


def test_a_tile_opens_the_list_of_what_it_counts(
    business: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = dashboard(window, qtbot)
    qtbot.mouseClick(page.tiles[Figure.NEW_CONTACTS], Qt.MouseButton.LeftButton)
    contacts = window.current_page()
    assert isinstance(contacts, RecordListPage) and contacts.key == "contacts"
    qtbot.waitUntil(lambda: contacts.model.ids_loaded)
    assert contacts.model.rowCount() == 1
    assert contacts.model.row_at(0).display_name == "Layla Haddad"
    assert contacts.preset_label.text() == "Contacts added in March 2026"
    assert not contacts.preset_label.isHidden()


def test_a_bar_of_the_sales_chart_opens_that_months_sales(
    business: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = dashboard(window, qtbot)
    chart = page.sales_chart
    chart.grab()  # paint once: bars get their places
    january = chart.hit_rect(9).center().toPoint()
    with qtbot.waitSignal(page.open_list) as opened:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=january)
    assert opened.args is not None and opened.args[0] == "products"
    products = window.current_page()
    assert isinstance(products, ProductsPage)
    assert products.tabs.currentWidget() is products.sales
    qtbot.waitUntil(lambda: products.sales.model.ids_loaded)
    assert [products.sales.model.row_at(r).sold_on for r in range(products.sales.model.rowCount())] == [
        date(2026, 1, 10)
    ]


def test_figures_are_counted_again_after_a_change(
    business: dict[str, str], session: AppSession, window: MainWindow, qtbot: QtBot
) -> None:
    page = dashboard(window, qtbot)
    assert shown(page.tiles[Figure.NEW_CONTACTS]) == "1"

    def add_two(crm: Crm) -> Outcome[None]:
        first = crm.contacts.create(ContactInput(given_name="Omar")).changes
        return Outcome(None, first | crm.contacts.create(ContactInput(given_name="Selin")).changes)

    session.write(add_two)
    qtbot.waitUntil(lambda: shown(page.tiles[Figure.NEW_CONTACTS]) == "3")
    assert page.figures is not None and page.figures.new_contacts_this_month == 3


def test_an_empty_database_shows_zeros_and_empty_charts(window: MainWindow, crm: Crm, qtbot: QtBot) -> None:
    page = dashboard(window, qtbot)
    assert shown(page.tiles[Figure.OPEN_PIPELINE]) == money_text(0, "SAR")
    assert shown(page.tiles[Figure.OVERDUE_TASKS]) == "0"
    assert page.figures is not None
    assert DashboardService(crm.ctx).figures().sales_by_month == page.figures.sales_by_month
    with qtbot.assertNotEmitted(page.open_list):
        page.sales_chart.grab()
        qtbot.mouseClick(page.sales_chart, Qt.MouseButton.LeftButton)  # nothing to open


def test_right_to_left_charts_run_from_the_right(
    right_to_left: None, business: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = dashboard(window, qtbot)
    sales: BarChart = page.sales_chart
    sales.grab()
    oldest, newest = sales.bar_rect(0), sales.bar_rect(11)
    assert oldest.center().x() > newest.center().x()  # time runs from the start side, the right
    stages: BarChart = page.pipeline_chart
    stages.grab()
    new_stage, proposal = stages.bar_rect(0), stages.bar_rect(2)  # 1500 and 1000
    # bars grow from the start side: they share their right edge, the longer one reaches further left
    assert new_stage.right() == proposal.right() > stages.width() / 2
    assert new_stage.left() < proposal.left()
    tiles = page.tiles
    assert (
        tiles[Figure.OPEN_PIPELINE].x() > tiles[Figure.WON_THIS_MONTH].x()
    )  # the first tile is on the right
