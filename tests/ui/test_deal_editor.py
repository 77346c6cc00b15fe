"""The deal editor: create and edit deals, money and rates, lines, lost reason, errors beside fields."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.domain.enums import CustomFieldType
from crm_desktop.services.crm import Crm
from crm_desktop.services.custom_fields import CustomFieldInput
from crm_desktop.services.people import UserInput
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.sales import ProductInput, SaleLineInput
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.deal_editor import DealEditor
from tests.money_text import sar


@pytest.fixture(autouse=True)
def english_numbers() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def stages(crm: Crm) -> dict[str, str]:
    return {stage.name: stage.id for stage in crm.pipelines.stages(crm.pipelines.default().id)}


@pytest.fixture
def shelf(crm: Crm) -> str:
    return crm.products.create(ProductInput(sku="SH-1", name="Steel shelf", unit_price="120.50")).value.id


def editor_for(session: AppSession, qtbot: QtBot, deal_id: str | None = None, **kwargs: str) -> DealEditor:
    editor = DealEditor(session, deal_id, **kwargs)
    # closed at the end without the "unsaved changes" question (which would wait for an answer)
    qtbot.addWidget(editor, before_close_func=lambda widget: widget.done(0))
    editor.show()
    return editor


def save(editor: DealEditor, qtbot: QtBot) -> None:
    """Press Save and wait for the writer thread to answer (saved, or errors shown)."""
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # disables Save until the answer
    qtbot.waitUntil(lambda: editor.saved_id is not None or editor.save_button.isEnabled())


def test_a_new_deal_in_another_currency_gets_the_rate_from_settings(
    people: dict[str, str], session: AppSession, crm: Crm, qtbot: QtBot
) -> None:
    editor = editor_for(session, qtbot)
    qtbot.keyClicks(editor.title, "Shelving for the new branch")
    editor.company.set_record(people["kaya"], "Kaya Ltd.")
    qtbot.keyClicks(editor.amount, "2500")
    editor.currency.setCurrentText("USD")

    assert editor.rate.text() == "3.75" and editor.rate.isEnabled()
    assert editor.rate_hint.text() == "SAR for 1 USD"
    save(editor, qtbot)

    assert editor.saved_id is not None
    deal = crm.deals.get(editor.saved_id)
    assert (deal.title, deal.company_id, deal.amount_minor, deal.currency) == (
        "Shelving for the new branch",
        people["kaya"],
        250000,
        "USD",
    )
    assert (deal.rate_to_base, deal.base_amount_minor) == (Decimal("3.75"), 937500)
    assert deal.stage_id == crm.pipelines.stages(deal.pipeline_id)[0].id
    assert editor.result() == DealEditor.DialogCode.Accepted


def test_an_edited_rate_is_kept(session: AppSession, crm: Crm, qtbot: QtBot) -> None:
    editor = editor_for(session, qtbot)
    qtbot.keyClicks(editor.title, "Ovens")
    qtbot.keyClicks(editor.amount, "100")
    editor.currency.setCurrentText("EUR")
    editor.rate.setText("4.2")

    save(editor, qtbot)

    assert editor.saved_id is not None
    assert crm.deals.get(editor.saved_id).base_amount_minor == 42000


def test_an_empty_title_is_shown_beside_the_field_and_the_dialog_stays(
    session: AppSession, crm: Crm, qtbot: QtBot
) -> None:
    editor = editor_for(session, qtbot)
    qtbot.keyClicks(editor.amount, "12.345")  # SAR has two decimals

    save(editor, qtbot)

    assert editor.saved_id is None and editor.isVisible()
    assert editor.errors.message("title") == "Title cannot be empty."
    qtbot.keyClicks(editor.title, "Counter")
    save(editor, qtbot)
    assert editor.saved_id is None
    assert editor.errors.message("amount") == "SAR amounts have at most 2 decimal places."
    assert editor.amount.text() == "12.345"  # what was typed stays
    assert crm.deals.count() == 0


def test_an_unknown_currency_without_rate_is_refused_beside_the_currency(
    session: AppSession, crm: Crm, qtbot: QtBot
) -> None:
    editor = editor_for(session, qtbot)
    qtbot.keyClicks(editor.title, "Lira deal")
    qtbot.keyClicks(editor.amount, "100")
    editor.currency.setCurrentText("TRY")  # no rate to SAR in the settings
    assert editor.rate.text() == ""

    save(editor, qtbot)

    assert editor.saved_id is None
    assert "No exchange rate from TRY to SAR" in editor.errors.message("currency")


def test_a_lost_stage_shows_the_reason_and_needs_it(
    stages: dict[str, str], session: AppSession, crm: Crm, qtbot: QtBot
) -> None:
    editor = editor_for(session, qtbot)
    qtbot.keyClicks(editor.title, "Cold room")
    assert not editor.form.isRowVisible(editor._lost_row)

    editor.stage.setCurrentIndex(editor.stage.findData(stages["Lost"]))
    assert editor.form.isRowVisible(editor._lost_row)
    save(editor, qtbot)
    assert editor.errors.message("lost_reason") == "Say why the deal was lost."

    qtbot.keyClicks(editor.lost_reason, "Chose a cheaper offer")
    save(editor, qtbot)
    assert editor.saved_id is not None
    deal = crm.deals.get(editor.saved_id)
    assert (deal.stage_id, deal.lost_reason) == (stages["Lost"], "Chose a cheaper offer")


def test_product_lines_fill_the_price_and_make_the_amount(
    shelf: str, session: AppSession, crm: Crm, qtbot: QtBot
) -> None:
    editor = editor_for(session, qtbot)
    qtbot.keyClicks(editor.title, "Shelves")
    row = editor.lines.add_line()
    combo = editor.lines.product_combo(row)
    combo.setCurrentIndex(combo.findData(shelf))
    editor.lines.table.item(row, editor.lines.QUANTITY).setText("4")
    editor.lines.table.item(row, editor.lines.DISCOUNT).setText("10")
    editor.lines.add_line(None, "Installation", "1", "200")

    assert editor.lines.table.item(row, editor.lines.DESCRIPTION).text() == "Steel shelf"
    assert editor.lines.table.item(row, editor.lines.PRICE).text() == "120.50"
    assert (
        editor.lines.table.item(row, editor.lines.TOTAL).text() == f"\u2066{sar('433.80')}\u2069"
    )  # 4 × 120.50 − 10 %
    assert editor.lines.total_label.text() == f"Total: \u2066{sar('633.80')}\u2069"
    assert editor.amount.isReadOnly() and editor.amount.text() == "633.80"
    save(editor, qtbot)

    assert editor.saved_id is not None
    deal = crm.deals.get(editor.saved_id)
    lines = crm.deals.lines(deal.id)
    assert deal.amount_minor == 63380
    assert [
        (ln.product_id, ln.description, ln.quantity, ln.unit_price_minor, ln.discount_bp) for ln in lines
    ] == [
        (shelf, "Steel shelf", Decimal(4), 12050, 1000),
        (None, "Installation", Decimal(1), 20000, 0),
    ]


def test_a_bad_line_is_named_under_the_lines(session: AppSession, qtbot: QtBot) -> None:
    editor = editor_for(session, qtbot)
    qtbot.keyClicks(editor.title, "Shelves")
    editor.lines.add_line(None, "Something", "0", "10")

    save(editor, qtbot)

    assert editor.saved_id is None
    assert editor.errors.message("lines") == "Line 1: A quantity must be more than zero."


def test_editing_loads_every_field_and_saves_changes(
    people: dict[str, str], stages: dict[str, str], shelf: str, session: AppSession, crm: Crm, qtbot: QtBot
) -> None:
    seller = crm.users.create(UserInput(name="Leyla")).value.id
    crm.custom_fields.create(
        CustomFieldInput(
            entity="deal",
            key="channel",
            label="Channel",
            field_type=CustomFieldType.CHOICE,
            choices=["Fair", "Web"],
        )
    )
    deal = crm.deals.create(
        DealInput(
            title="Fridges",
            contact_id=people["mehmet"],
            company_id=people["kaya"],
            stage_id=stages["Proposal"],
            currency="USD",
            expected_close=date(2026, 6, 30),
            probability_override=80,
            owner_id=seller,
            notes="Call after Ramadan",
            tags=["Fair 2026"],
            custom={"channel": "Fair"},
            lines=[SaleLineInput(product_id=shelf, quantity="2", unit_price="300")],
        )
    ).value
    line_ids = [line.id for line in crm.deals.lines(deal.id)]

    editor = editor_for(session, qtbot, deal.id)

    assert editor.windowTitle() == "Edit deal"
    assert (editor.title.text(), editor.contact.text(), editor.company.text()) == (
        "Fridges",
        "Mehmet Kaya",
        "Kaya Ltd.",
    )
    assert editor.stage.currentData() == stages["Proposal"]
    assert (editor.currency.currentText(), editor.rate.text(), editor.amount.text()) == (
        "USD",
        "3.75",
        "600.00",
    )
    assert editor.has_close.isChecked() and editor.expected_close.date() == QDate(2026, 6, 30)
    assert editor.probability.value() == 80
    assert editor.owner.currentData() == seller
    assert editor.tags.text() == "Fair 2026"
    assert editor.notes.toPlainText() == "Call after Ramadan"
    assert editor.custom.values() == {"channel": "Fair"}
    assert editor.lines.count() == 1
    assert not editor.has_unsaved_changes()

    editor.title.setText("Display fridges")
    editor.probability.setValue(-1)  # back to the stage's probability
    editor.has_close.setChecked(False)
    save(editor, qtbot)

    saved = crm.deals.get(deal.id)
    assert (saved.title, saved.probability_override, saved.expected_close) == ("Display fridges", None, None)
    assert saved.amount_minor == 60000
    assert [line.id for line in crm.deals.lines(deal.id)] == line_ids  # lines not touched, not rewritten


def test_a_new_deal_for_a_contact_takes_the_contact_and_company(
    people: dict[str, str], session: AppSession, qtbot: QtBot
) -> None:
    editor = editor_for(session, qtbot, contact_id=people["ali"])

    assert (editor.contact.record_id, editor.contact.text()) == (people["ali"], "Ali Hassan")
    assert (editor.company.record_id, editor.company.text()) == (people["kaya"], "Kaya Ltd.")
    assert editor.windowTitle() == "New deal"


def test_a_typed_but_unpicked_company_is_refused(session: AppSession, crm: Crm, qtbot: QtBot) -> None:
    editor = editor_for(session, qtbot)
    qtbot.keyClicks(editor.title, "Shelves")
    editor.company.setText("Nobody Ltd")  # typed, never picked from the completions

    save(editor, qtbot)

    assert editor.errors.message("company_id") == "Pick the company from the list (or clear the field)."
    assert crm.deals.count() == 0


def test_closing_with_unsaved_changes_asks(
    session: AppSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    editor = editor_for(session, qtbot)
    editor.reject()
    assert not editor.isVisible() and asked == []  # nothing typed: closes without asking

    editor = editor_for(session, qtbot)
    qtbot.keyClicks(editor.title, "Half typed")
    editor.reject()
    assert editor.isVisible() and asked == ["Close without saving your changes?"]
    editor.reject()
    assert not editor.isVisible()


def test_the_editor_lays_out_right_to_left(
    qapp: QApplication, people: dict[str, str], session: AppSession, qtbot: QtBot
) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        editor = editor_for(session, qtbot, contact_id=people["ahmad"])
        assert editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert editor.amount.layoutDirection() == Qt.LayoutDirection.LeftToRight  # digits keep their order
        label = editor.form.labelForField(editor.title.parentWidget())
        assert label is not None
        assert (
            label.mapTo(editor, label.rect().topLeft()).x()
            > editor.title.mapTo(editor, editor.title.rect().topLeft()).x()
        )
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
