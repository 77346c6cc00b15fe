"""PipelineBoard: per-stage counts and totals, the cards each column loads, the forecast strip."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from crm_desktop.domain.enums import StageKind
from crm_desktop.domain.models import Stage
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput, ContactInput, UserInput
from crm_desktop.services.pipeline import DealInput, weighted_minor
from crm_desktop.services.pipeline_board import PipelineBoard, month_start
from tests.conftest import FakeClock


@pytest.fixture
def board(crm: Crm) -> PipelineBoard:
    return PipelineBoard(crm.ctx)


def stages(crm: Crm) -> dict[str, Stage]:
    """The default pipeline's stages by name (New, Qualified, Proposal, Negotiation, Won, Lost)."""
    return {stage.name: stage for stage in crm.pipelines.stages(crm.pipelines.default().id)}


def deal(crm: Crm, title: str, stage: Stage, **values: Any) -> str:
    values.setdefault("amount", "100")
    return crm.deals.create(DealInput(title=title, stage_id=stage.id, **values)).value.id


def test_columns_follow_stage_order_with_counts_and_base_totals(crm: Crm, board: PipelineBoard) -> None:
    by_name = stages(crm)
    deal(crm, "Shelves", by_name["New"], amount="1000")
    deal(crm, "Fridge", by_name["New"], amount="200", currency="USD")  # 3.75 SAR per dollar
    deal(crm, "Ovens", by_name["Proposal"], amount="50.50")
    gone = deal(crm, "Gone", by_name["Proposal"], amount="999")
    crm.deals.delete(gone)

    result = board.board(crm.pipelines.default().id)

    assert result.base_currency == "SAR"
    assert [c.name for c in result.columns] == ["New", "Qualified", "Proposal", "Negotiation", "Won", "Lost"]
    summary = {c.name: (c.count, c.total_base_minor, len(c.cards), c.more) for c in result.columns}
    assert summary["New"] == (2, 100000 + 75000, 2, 0)
    assert summary["Proposal"] == (1, 5050, 1, 0)
    assert summary["Qualified"] == (0, 0, 0, 0)
    assert result.columns[4].kind == StageKind.WON


def test_a_column_loads_only_the_nearest_closing_cards_and_counts_the_rest(
    crm: Crm, board: PipelineBoard
) -> None:
    new = stages(crm)["New"]
    for day in (20, 5, 12, 28):
        deal(crm, f"Day {day}", new, expected_close=date(2026, 4, day))
    deal(crm, "Someday", new)

    column = board.board(crm.pipelines.default().id, per_stage=3).columns[0]

    assert [c.title for c in column.cards] == ["Day 5", "Day 12", "Day 20"]
    assert column.count == 5
    assert column.more == 2
    everything = board.board(crm.pipelines.default().id, per_stage=10).columns[0]
    assert [c.title for c in everything.cards] == ["Day 5", "Day 12", "Day 20", "Day 28", "Someday"]


def test_won_and_lost_columns_show_the_latest_first(crm: Crm, board: PipelineBoard) -> None:
    won = stages(crm)["Won"]
    for month in (1, 3, 2):
        deal(crm, f"Month {month}", won, expected_close=date(2026, month, 15))

    column = board.board(crm.pipelines.default().id).column(won.id)

    assert column is not None
    assert [c.title for c in column.cards] == ["Month 3", "Month 2", "Month 1"]


def test_cards_name_the_customer_owner_and_effective_probability(crm: Crm, board: PipelineBoard) -> None:
    proposal = stages(crm)["Proposal"]  # 50 %
    seller = crm.users.create(UserInput(name="Leyla")).value
    kaya = crm.companies.create(CompanyInput(name="Kaya Ltd.")).value
    mehmet = crm.contacts.create(ContactInput(given_name="Mehmet", family_name="Kaya")).value
    deal(crm, "Both", proposal, contact_id=mehmet.id, company_id=kaya.id, owner_id=seller.id)
    deal(
        crm,
        "Company only",
        proposal,
        company_id=kaya.id,
        probability_override=90,
        currency="EUR",
        amount="10",
    )

    cards = {c.title: c for c in board.board(crm.pipelines.default().id).columns[2].cards}

    both, company_only = cards["Both"], cards["Company only"]
    assert both.customer_name == "Mehmet Kaya · Kaya Ltd."
    assert both.owner_name == "Leyla"
    assert both.probability == 50
    assert company_only.customer_name == "Kaya Ltd."
    assert company_only.owner_name == ""
    assert (company_only.amount_minor, company_only.currency, company_only.base_amount_minor) == (
        1000,
        "EUR",
        4100,
    )
    assert company_only.probability == 90
    assert company_only.weighted_base_minor == 3690


def test_board_of_one_owner_counts_only_their_deals(crm: Crm, board: PipelineBoard) -> None:
    new = stages(crm)["New"]
    seller = crm.users.create(UserInput(name="Leyla")).value
    deal(crm, "Hers", new, owner_id=seller.id, amount="30")
    deal(crm, "Nobody's", new, amount="70")

    column = board.board(crm.pipelines.default().id, owner_id=seller.id).columns[0]

    assert (column.count, column.total_base_minor, [c.title for c in column.cards]) == (1, 3000, ["Hers"])


def test_another_pipeline_has_its_own_columns(crm: Crm, board: PipelineBoard) -> None:
    deal(crm, "Sales deal", stages(crm)["New"])
    rentals = crm.pipelines.create_with_stages(
        "Rentals", [("Asked", 20, StageKind.OPEN), ("Rented", 100, StageKind.WON)]
    ).value
    asked = crm.pipelines.stages(rentals.id)[0]
    deal(crm, "Van", asked)

    result = board.board(rentals.id)

    assert [(c.name, c.count) for c in result.columns] == [("Asked", 1), ("Rented", 0)]
    assert [c.title for c in result.columns[0].cards] == ["Van"]


def test_forecast_weights_open_deals_by_close_month_for_six_months(crm: Crm, board: PipelineBoard) -> None:
    by_name = stages(crm)  # the clock says 2 March 2026
    deal(crm, "March", by_name["Proposal"], amount="101", expected_close=date(2026, 3, 31))  # 50 %
    deal(
        crm,
        "March too",
        by_name["New"],
        amount="100",
        expected_close=date(2026, 3, 1),
        probability_override=33,
    )
    deal(crm, "May", by_name["Negotiation"], amount="200", expected_close=date(2026, 5, 10))  # 75 %
    deal(crm, "August", by_name["New"], amount="100", expected_close=date(2026, 8, 31))  # 10 %
    deal(crm, "September", by_name["New"], amount="100", expected_close=date(2026, 9, 1))  # past the strip
    deal(crm, "February", by_name["New"], amount="100", expected_close=date(2026, 2, 28))  # before it
    deal(crm, "Undated", by_name["New"], amount="100")
    deal(crm, "Already won", by_name["Won"], amount="100", expected_close=date(2026, 4, 1))

    forecast = board.forecast(crm.pipelines.default().id)

    assert [m.month for m in forecast.months] == [date(2026, m, 1) for m in range(3, 9)]
    assert [m.weighted_base_minor for m in forecast.months] == [5050 + 3300, 0, 15000, 0, 0, 1000]
    assert [m.deals for m in forecast.months] == [2, 0, 1, 0, 0, 1]


def test_forecast_rounds_down_per_deal_like_weighted_minor(crm: Crm, board: PipelineBoard) -> None:
    proposal = stages(crm)["Proposal"]
    ids = [deal(crm, f"Odd {n}", proposal, amount="0.03", expected_close=date(2026, 3, 20)) for n in range(3)]

    forecast = board.forecast(crm.pipelines.default().id)

    expected = sum(weighted_minor(crm.deals.get(i), proposal) for i in ids)
    assert forecast.months[0].weighted_base_minor == expected == 3  # 1.5 rounded down, three times


def test_won_this_month_counts_deals_closed_this_month(
    crm: Crm, board: PipelineBoard, clock: FakeClock
) -> None:
    by_name = stages(crm)
    old = deal(crm, "Won in February", by_name["New"], amount="500")
    clock.advance(days=-10)  # 20 February
    crm.deals.move(old, by_name["Won"].id)
    clock.advance(days=10)
    fresh = deal(crm, "Won now", by_name["New"], amount="120", currency="USD")
    crm.deals.move(fresh, by_name["Won"].id)
    lost = deal(crm, "Lost now", by_name["New"], amount="900")
    crm.deals.move(lost, by_name["Lost"].id, lost_reason="Price")

    forecast = board.forecast(crm.pipelines.default().id)

    assert (forecast.won_this_month_base_minor, forecast.won_this_month_deals) == (45000, 1)
    assert forecast.base_currency == "SAR"


def test_forecast_of_one_pipeline_leaves_the_others_out(crm: Crm, board: PipelineBoard) -> None:
    deal(crm, "Sales", stages(crm)["Proposal"], expected_close=date(2026, 3, 9))
    rentals = crm.pipelines.create_with_stages("Rentals", [("Asked", 100, StageKind.OPEN)]).value
    deal(crm, "Van", crm.pipelines.stages(rentals.id)[0], expected_close=date(2026, 3, 9))

    assert board.forecast(rentals.id).months[0].weighted_base_minor == 10000
    assert board.forecast(None).months[0].weighted_base_minor == 15000


def test_rows_keep_the_order_asked_and_skip_deleted_deals(crm: Crm, board: PipelineBoard) -> None:
    new = stages(crm)["New"]
    first, second, third = (deal(crm, name, new) for name in ("A", "B", "C"))
    crm.deals.delete(second)

    assert [c.title for c in board.rows([third, second, first, "no-such-id"])] == ["C", "A"]


def test_month_start_crosses_years() -> None:
    assert month_start(date(2026, 11, 30), 3) == date(2027, 2, 1)
    assert month_start(date(2026, 1, 31), -1) == date(2025, 12, 1)


def test_forecast_of_one_owner(crm: Crm, board: PipelineBoard) -> None:
    by_name = stages(crm)
    seller = crm.users.create(UserInput(name="Leyla")).value
    deal(crm, "Hers", by_name["Proposal"], owner_id=seller.id, expected_close=date(2026, 4, 2))
    deal(crm, "Nobody's", by_name["Proposal"], expected_close=date(2026, 4, 2))
    won = deal(crm, "Hers, won", by_name["New"], owner_id=seller.id, amount="70")
    crm.deals.move(won, by_name["Won"].id)
    deal(crm, "Nobody's, won", by_name["Won"], amount="30")

    forecast = board.forecast(crm.pipelines.default().id, owner_id=seller.id)

    assert (forecast.months[1].weighted_base_minor, forecast.months[1].deals) == (5000, 1)
    assert (forecast.won_this_month_base_minor, forecast.won_this_month_deals) == (7000, 1)


def test_counts_only_board_loads_no_cards(crm: Crm, board: PipelineBoard) -> None:
    deal(crm, "Shelves", stages(crm)["New"])

    column = board.board(crm.pipelines.default().id, per_stage=0).columns[0]

    assert (column.count, column.cards, column.more) == (1, [], 1)
