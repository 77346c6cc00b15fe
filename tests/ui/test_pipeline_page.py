"""The pipeline page: the board, dragging cards between stages, won/lost, undo, the list, the forecast."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.domain.enums import ActivityKind, StageKind
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import UserInput
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.pipeline_board import PipelineBoard
from crm_desktop.services.records import ListQuery
from crm_desktop.ui.application import page_factories
from crm_desktop.ui.main_window import PAGE_FOR_ENTITY, MainWindow
from crm_desktop.ui.preferences import Preferences
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.pipeline import DealRows, PipelinePage, StageList, deal_mime, deal_payload
from tests.money_text import sar


@pytest.fixture
def board(crm: Crm, people: dict[str, str]) -> dict[str, str]:
    """Three deals in the default pipeline; ids of the deals, the stages (by name) and a seller."""
    stages = {stage.name: stage.id for stage in crm.pipelines.stages(crm.pipelines.default().id)}
    seller = crm.users.create(UserInput(name="Leyla")).value.id
    ids = {**people, **stages, "seller": seller}
    for key, title, stage, values in (
        (
            "shelves",
            "Shelves",
            "New",
            {
                "amount": "1000",
                "expected_close": date(2026, 3, 20),
                "contact_id": people["mehmet"],
                "company_id": people["kaya"],
                "owner_id": seller,
            },
        ),
        ("fridge", "Fridge", "New", {"amount": "200", "currency": "USD", "expected_close": date(2026, 4, 5)}),
        (
            "ovens",
            "Ovens",
            "Proposal",
            {"amount": "500", "expected_close": date(2026, 5, 1), "contact_id": people["ahmad"]},
        ),
    ):
        ids[key] = crm.deals.create(DealInput(title=title, stage_id=stages[stage], **values)).value.id
    return ids


@pytest.fixture
def window(session: AppSession, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    """The main window with this page alone, so these tests see only what the pipeline does."""
    main = MainWindow(session, Preferences(tmp_path / "window.ini"), [PipelinePage])
    main.show()
    yield main
    # Let the page's last reads arrive before the session shuts down (shutting down cancels
    # queued reads, and the session reports a cancelled read as a failure), then close.
    page = main.pages["pipeline"]
    assert isinstance(page, PipelinePage)
    qtbot.waitUntil(lambda: page.is_loaded() and (page.model.ids_loaded or not page.model.active))
    main.close()
    main.deleteLater()


@pytest.fixture(autouse=True)
def english_numbers() -> Iterator[None]:
    """Amounts and dates as en_US writes them, whatever the machine's locale."""
    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def pipeline_page(window: MainWindow, qtbot: QtBot) -> PipelinePage:
    """The page showing what is stored now (a test may have written through the services directly)."""
    page = window.show_page("pipeline")
    assert isinstance(page, PipelinePage)
    page.reload()
    qtbot.waitUntil(page.is_loaded)
    return page


def titles(cards: StageList) -> list[str]:
    return [card.title for card in cards.cards()]


def drop(page: PipelinePage, deal_id: str, stage_id: str) -> QDropEvent:
    """What Qt hands the column when a dragged card is released over it."""
    card = page.card(deal_id)
    assert card is not None
    mime = deal_mime(card)  # the event does not own its mime data: keep it alive through the drop
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.columns[stage_id].cards.dropEvent(event)
    return event


def stage_changes(crm: Crm, deal_id: str) -> list[str]:
    activities = crm.activities.list(
        ListQuery(filters={"deal_id": deal_id, "kind": ActivityKind.STAGE_CHANGE})
    )
    return [a.subject for a in activities.items]


def test_a_column_per_stage_with_count_and_total_in_base_currency(
    board: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = pipeline_page(window, qtbot)

    assert page.column_order() == [
        board[n] for n in ("New", "Qualified", "Proposal", "Negotiation", "Won", "Lost")
    ]
    new = page.columns[board["New"]]
    assert new.name_label.text() == "New"
    assert (
        new.summary_label.text() == f"2 deal(s) · \u2066{sar('1,750.00')}\u2069"
    )  # 1000 SAR + 200 USD at 3.75
    assert titles(new.cards) == ["Shelves", "Fridge"]  # nearest expected close first
    assert titles(page.columns[board["Proposal"]].cards) == ["Ovens"]
    assert page.columns[board["Qualified"]].summary_label.text() == f"0 deal(s) · \u2066{sar('0.00')}\u2069"


def test_a_card_shows_title_customer_amount_close_and_owner(
    board: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = pipeline_page(window, qtbot)
    cards = page.columns[board["New"]].cards

    shelves, fridge = (page.delegate.texts(card) for card in cards.cards())

    assert shelves.title == "\u2068Shelves\u2069"
    assert shelves.customer == "\u2068Mehmet Kaya\u2069 · \u2068Kaya Ltd.\u2069"
    assert shelves.owner == "\u2068Leyla\u2069"
    assert shelves.probability == "\u206610\u00a0%\u2069"
    assert fridge.amount == "\u2066$200.00\u2069"  # in the deal's own currency, isolated left to right
    assert fridge.close.startswith("\u2066") and fridge.close.endswith("\u2069")
    assert fridge.customer == ""


def test_dragging_a_card_to_another_column_moves_the_deal_and_logs_it(
    board: dict[str, str], window: MainWindow, crm: Crm, qtbot: QtBot
) -> None:
    page = pipeline_page(window, qtbot)

    event = drop(page, board["fridge"], board["Qualified"])

    assert event.isAccepted()
    qtbot.waitUntil(lambda: crm.deals.get(board["fridge"]).stage_id == board["Qualified"])
    assert stage_changes(crm, board["fridge"]) == ["Stage: New → Qualified"]
    # the card moves at once; the board read after the change-set brings the counts along
    assert titles(page.columns[board["Qualified"]].cards) == ["Fridge"]
    qtbot.waitUntil(lambda: page.columns[board["Qualified"]].summary_label.text().startswith("1 deal(s)"))
    assert page.is_loaded()
    assert titles(page.columns[board["Qualified"]].cards) == ["Fridge"]
    assert titles(page.columns[board["New"]].cards) == ["Shelves"]
    assert page.columns[board["New"]].summary_label.text() == f"1 deal(s) · \u2066{sar('1,000.00')}\u2069"


def test_a_dragged_card_carries_its_deal_and_stage(
    board: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = pipeline_page(window, qtbot)
    card = page.columns[board["New"]].cards.card(0)
    assert card is not None

    assert deal_payload(deal_mime(card)) == (board["shelves"], board["New"])


def test_a_column_refuses_a_drag_that_is_not_a_card(
    board: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = pipeline_page(window, qtbot)
    text = QMimeData()
    text.setText("Shelves")
    target = page.columns[board["Won"]].cards
    card = page.card(board["shelves"])
    assert card is not None
    mime = deal_mime(card)

    refused = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.MoveAction,
        text,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dragEnterEvent(refused)
    welcomed = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dragEnterEvent(welcomed)

    assert not refused.isAccepted()
    assert welcomed.isAccepted()


def test_dropping_on_the_lost_stage_asks_why(
    board: dict[str, str], window: MainWindow, crm: Crm, qtbot: QtBot
) -> None:
    page = pipeline_page(window, qtbot)

    drop(page, board["ovens"], board["Lost"])
    qtbot.waitUntil(lambda: page.note_dialog is not None and page.note_dialog.isVisible())
    dialog = page.note_dialog
    assert dialog is not None
    assert not dialog.ok_button.isEnabled()  # a reason is needed
    qtbot.keyClicks(dialog.text_edit, "Too expensive")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: crm.deals.get(board["ovens"]).stage_id == board["Lost"])
    assert crm.deals.get(board["ovens"]).lost_reason == "Too expensive"
    assert stage_changes(crm, board["ovens"]) == ["Stage: Proposal → Lost"]


def test_cancelling_the_reason_leaves_the_deal_where_it_was(
    board: dict[str, str], window: MainWindow, crm: Crm, qtbot: QtBot
) -> None:
    page = pipeline_page(window, qtbot)

    drop(page, board["ovens"], board["Lost"])
    qtbot.waitUntil(lambda: page.note_dialog is not None and page.note_dialog.isVisible())
    assert page.note_dialog is not None
    page.note_dialog.reject()

    assert page.note_dialog is None
    assert titles(page.columns[board["Proposal"]].cards) == ["Ovens"]
    assert crm.deals.get(board["ovens"]).stage_id == board["Proposal"]
    assert not window.undo_action.isEnabled()


def test_a_won_deal_takes_an_optional_note(
    board: dict[str, str], window: MainWindow, crm: Crm, qtbot: QtBot
) -> None:
    page = pipeline_page(window, qtbot)

    drop(page, board["shelves"], board["Won"])
    qtbot.waitUntil(lambda: page.note_dialog is not None and page.note_dialog.isVisible())
    dialog = page.note_dialog
    assert dialog is not None
    assert dialog.ok_button.isEnabled()  # the note is optional
    qtbot.keyClicks(dialog.text_edit, "Signed at the fair")
    dialog.accept()

    def notes() -> list[tuple[str, str, str | None]]:
        query = ListQuery(filters={"deal_id": board["shelves"], "kind": ActivityKind.NOTE})
        return [(n.subject, n.body, n.contact_id) for n in crm.activities.list(query).items]

    qtbot.waitUntil(window.undo_action.isEnabled)  # the move and the note are written
    assert crm.deals.get(board["shelves"]).stage_id == board["Won"]
    assert notes() == [("Won: Shelves", "Signed at the fair", board["mehmet"])]
    qtbot.waitUntil(
        lambda: (
            page.is_loaded()
            and page.forecast_data is not None
            and page.forecast_data.won_this_month_base_minor == 100000
        )
    )
    assert page.forecast.won_label.text() == f"\u2066{sar('1,000.00')}\u2069"


def test_undo_moves_the_deal_back(board: dict[str, str], window: MainWindow, crm: Crm, qtbot: QtBot) -> None:
    page = pipeline_page(window, qtbot)
    drop(page, board["fridge"], board["Negotiation"])
    qtbot.waitUntil(window.undo_action.isEnabled)
    assert crm.deals.get(board["fridge"]).stage_id == board["Negotiation"]

    window.undo_action.trigger()

    qtbot.waitUntil(lambda: crm.deals.get(board["fridge"]).stage_id == board["New"])
    qtbot.waitUntil(lambda: page.is_loaded() and "Fridge" in titles(page.columns[board["New"]].cards))
    assert titles(page.columns[board["Negotiation"]].cards) == []
    assert stage_changes(crm, board["fridge"]) == ["Stage: New → Negotiation", "Stage: Negotiation → New"]


def test_undo_of_a_move_out_of_lost_gives_the_reason_back(
    board: dict[str, str], window: MainWindow, crm: Crm, qtbot: QtBot
) -> None:
    crm.deals.move(board["ovens"], board["Lost"], lost_reason="No budget")
    page = pipeline_page(window, qtbot)
    drop(page, board["ovens"], board["New"])
    qtbot.waitUntil(window.undo_action.isEnabled)
    assert crm.deals.get(board["ovens"]).lost_reason == ""

    window.undo_action.trigger()

    qtbot.waitUntil(lambda: crm.deals.get(board["ovens"]).stage_id == board["Lost"])
    assert crm.deals.get(board["ovens"]).lost_reason == "No budget"


def test_a_column_loads_a_limited_number_of_cards_and_says_how_many_more(
    board: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = pipeline_page(window, qtbot)
    page.per_stage = 1
    page.reload()
    qtbot.waitUntil(page.is_loaded)
    new = page.columns[board["New"]]

    assert titles(new.cards) == ["Shelves"]
    assert new.more_button.isVisible()
    assert new.more_button.text() == "1 more…"
    assert not page.columns[board["Proposal"]].more_button.isVisible()

    qtbot.mouseClick(new.more_button, Qt.MouseButton.LeftButton)

    assert page.showing_list()
    qtbot.waitUntil(lambda: page.model.ids_loaded and page.model.rowCount() == 2)
    assert page.stage_filter.currentData() == board["New"]


def test_the_list_shows_the_same_deals_and_filters_them(
    board: dict[str, str], window: MainWindow, crm: Crm, qtbot: QtBot
) -> None:
    crm.deals.move(board["ovens"], board["Won"])
    page = pipeline_page(window, qtbot)

    qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.ids_loaded and page.model.rowCount() == 3)

    def listed() -> list[str]:
        return [page.model.row_at(row).title for row in range(page.model.rowCount())]

    assert listed() == ["Shelves", "Fridge", "Ovens"]  # by expected close
    assert page.model.index(1, 3).data() == "\u2066$200.00\u2069"
    page.state_filter.setCurrentIndex(page.state_filter.findData(StageKind.WON.value))
    qtbot.waitUntil(lambda: page.model.ids_loaded and listed() == ["Ovens"])
    page.state_filter.setCurrentIndex(0)
    page.owner_filter.setCurrentIndex(page.owner_filter.findData(board["seller"]))
    qtbot.waitUntil(lambda: page.model.ids_loaded and listed() == ["Shelves"])
    page.owner_filter.setCurrentIndex(0)
    page.stage_filter.setCurrentIndex(page.stage_filter.findData(board["New"]))
    qtbot.waitUntil(lambda: page.model.ids_loaded and listed() == ["Shelves", "Fridge"])
    qtbot.keyClicks(page.filter_box, "fridge")
    qtbot.waitUntil(lambda: page.model.ids_loaded and listed() == ["Fridge"])


def test_the_board_follows_the_owner_filter(board: dict[str, str], window: MainWindow, qtbot: QtBot) -> None:
    page = pipeline_page(window, qtbot)

    page.owner_filter.setCurrentIndex(page.owner_filter.findData(board["seller"]))

    qtbot.waitUntil(lambda: page.is_loaded() and titles(page.columns[board["New"]].cards) == ["Shelves"])
    assert titles(page.columns[board["Proposal"]].cards) == []


def test_the_forecast_strip_weights_deals_by_close_month(
    board: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = pipeline_page(window, qtbot)  # the test clock says March 2026

    amounts = [label.text() for label in page.forecast.amount_labels]

    # March: 10 % of 1,000; April: 10 % of 750 (200 USD); May: 50 % of 500
    assert amounts == [
        f"\u2066{sar('100.00')}\u2069",
        f"\u2066{sar('75.00')}\u2069",
        f"\u2066{sar('250.00')}\u2069",
        f"\u2066{sar('0.00')}\u2069",
        f"\u2066{sar('0.00')}\u2069",
        f"\u2066{sar('0.00')}\u2069",
    ]
    assert [label.text() for label in page.forecast.month_labels[:2]] == ["Mar 2026", "Apr 2026"]
    assert page.forecast.bars[2].value() == 1000  # the biggest month fills its bar


def test_opening_a_card_opens_the_deal_editor(
    board: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = pipeline_page(window, qtbot)
    cards = page.columns[board["Proposal"]].cards
    centre = cards.card_rect(0).center()

    qtbot.mouseClick(
        cards.viewport(), Qt.MouseButton.LeftButton, pos=centre
    )  # a double click starts as a click
    qtbot.mouseDClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    editor = page.editor
    assert editor is not None and editor.isVisible()
    assert editor.deal_id == board["ovens"]
    assert editor.title.text() == "Ovens"
    editor.done(0)


def test_the_board_follows_change_sets(
    board: dict[str, str], window: MainWindow, crm: Crm, qtbot: QtBot
) -> None:
    page = pipeline_page(window, qtbot)

    page.session.write(lambda c: c.deals.create(DealInput(title="Counter", stage_id=board["Qualified"])))

    qtbot.waitUntil(
        lambda: page.is_loaded() and titles(page.columns[board["Qualified"]].cards) == ["Counter"]
    )


def test_delete_a_card_then_undo(board: dict[str, str], window: MainWindow, crm: Crm, qtbot: QtBot) -> None:
    page = pipeline_page(window, qtbot)
    cards = page.columns[board["Proposal"]].cards
    qtbot.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=cards.card_rect(0).center())

    page.delete_selected()

    qtbot.waitUntil(lambda: page.is_loaded() and titles(cards) == [] and window.undo_action.isEnabled())
    assert crm.deals.count() == 2
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: page.is_loaded() and titles(cards) == ["Ovens"])


def test_choosing_another_pipeline_shows_its_stages(
    board: dict[str, str], crm: Crm, window: MainWindow, qtbot: QtBot
) -> None:
    page = pipeline_page(window, qtbot)

    page.session.write(
        lambda c: c.pipelines.create_with_stages(
            "Rentals", [("Asked", 20, StageKind.OPEN), ("Rented", 100, StageKind.WON)]
        )
    )
    qtbot.waitUntil(lambda: page.pipeline_combo.count() == 2)
    page.pipeline_combo.setCurrentIndex(page.pipeline_combo.findText("Rentals"))

    qtbot.waitUntil(lambda: page.is_loaded() and len(page.columns) == 2)
    assert [page.columns[s].name_label.text() for s in page.column_order()] == ["Asked", "Rented · Won"]


def test_the_board_mirrors_right_to_left(
    board: dict[str, str], right_to_left: None, window: MainWindow, qtbot: QtBot
) -> None:
    page = pipeline_page(window, qtbot)
    new, qualified = page.columns[board["New"]], page.columns[board["Qualified"]]

    def x_of(widget: object) -> int:
        assert hasattr(widget, "mapTo")
        return int(widget.mapTo(page, QPoint(0, 0)).x())

    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: x_of(new) != x_of(qualified))  # laid out
    assert x_of(new) > x_of(qualified)  # the first stage sits on the right
    assert new.summary_label.alignment() & Qt.AlignmentFlag.AlignRight
    card = new.cards.card(1)
    assert card is not None
    assert page.delegate.texts(card).amount == "\u2066$200.00\u2069"


def test_the_page_is_in_the_navigation_after_contacts() -> None:
    keys = [factory.key for factory in page_factories()]  # type: ignore[attr-defined]

    assert "pipeline" in keys
    assert keys.index("pipeline") == keys.index("contacts") + 1 + ("companies" in keys)
    assert PAGE_FOR_ENTITY["deal"] == "pipeline"


def test_the_list_counts_a_pipeline_through_its_stages(board: dict[str, str], crm: Crm) -> None:
    rentals = crm.pipelines.create_with_stages("Rentals", [("Asked", 20, StageKind.OPEN)]).value
    crm.deals.create(DealInput(title="Van", stage_id=crm.pipelines.stages(rentals.id)[0].id))
    rows = DealRows(crm, PipelineBoard(crm.ctx))
    sales = crm.pipelines.default().id

    assert rows.count(ListQuery(filters={"pipeline_id": sales})) == 3
    assert rows.count(ListQuery(filters={"pipeline_id": rentals.id})) == 1
    assert rows.count(ListQuery(filters={"pipeline_id": sales, "state": "open"})) == 3
    assert rows.count(ListQuery(filters={"pipeline_id": sales, "stage_id": board["New"]})) == 2
    assert rows.ids_page(ListQuery(filters={"pipeline_id": sales}), 0, 2) == [
        board["shelves"],
        board["fridge"],
    ]
