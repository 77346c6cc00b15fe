"""The pipeline report's figures: open deals by stage, owner and month; won and lost with reasons."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from crm_desktop.domain.enums import StageKind
from crm_desktop.domain.models import Stage
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import UserInput
from crm_desktop.services.pipeline import DealInput, weighted_minor
from crm_desktop.services.pipeline_board import PipelineBoard
from crm_desktop.services.pipeline_figures import Amounts, pipeline_figures
from tests.conftest import FakeClock

FAR_PAST = datetime(2000, 1, 1, tzinfo=UTC)
FAR_FUTURE = datetime(2100, 1, 1, tzinfo=UTC)


def _stages(crm: Crm, pipeline_id: str | None = None) -> dict[str, Stage]:
    return {s.name: s for s in crm.pipelines.stages(pipeline_id or crm.pipelines.default().id)}


def _deal(crm: Crm, title: str, stage: Stage, **values: Any) -> str:
    values.setdefault("amount", "100")
    return crm.deals.create(DealInput(title=title, stage_id=stage.id, **values)).value.id


def test_open_deals_by_stage_owner_and_month_weighted_per_deal(crm: Crm) -> None:
    sales = _stages(crm)
    sara = crm.users.create(UserInput(name="Sara")).value.id
    omar = crm.users.create(UserInput(name="Omar")).value.id
    # 10% of 1,000.05 SAR is 100.005: rounded down per deal, as the board's forecast does
    _deal(crm, "A", sales["New"], amount="1000.05", owner_id=sara, expected_close=date(2026, 4, 3))
    _deal(
        crm, "B", sales["New"], amount="200", currency="USD", owner_id=omar, expected_close=date(2026, 4, 30)
    )
    _deal(crm, "C", sales["Proposal"], amount="80", probability_override=90, expected_close=date(2026, 6, 1))
    _deal(crm, "D", sales["Proposal"], amount="10", owner_id=sara)
    gone = _deal(crm, "Gone", sales["New"], amount="999", owner_id=sara)
    crm.deals.delete(gone)

    figures = pipeline_figures(crm.ctx, closed_from=FAR_PAST, closed_before=FAR_FUTURE)

    assert figures.base_currency == "SAR"
    assert [s.name for s in figures.open_stages()] == ["New", "Qualified", "Proposal", "Negotiation"]
    by_stage = figures.by_stage()
    assert by_stage[sales["New"].id] == Amounts(2, 100005 + 75000, 10000 + 7500)
    assert by_stage[sales["Proposal"].id] == Amounts(2, 8000 + 1000, 7200 + 500)
    assert sales["Qualified"].id not in by_stage
    assert figures.by_owner() == {
        sara: Amounts(2, 100005 + 1000, 10000 + 500),
        omar: Amounts(1, 75000, 7500),
        None: Amounts(1, 8000, 7200),
    }
    assert figures.owners == {sara: "Sara", omar: "Omar"}
    assert figures.by_month() == {
        date(2026, 4, 1): Amounts(2, 175005, 17500),
        date(2026, 6, 1): Amounts(1, 8000, 7200),
        None: Amounts(1, 1000, 500),
    }
    total = figures.open_total()
    assert total == Amounts(4, 184005, 25200)
    # the same rule as a deal's own weighted value
    stage_of = {stage.id: stage for stage in sales.values()}
    assert total.weighted_minor == sum(
        weighted_minor(deal, stage_of[deal.stage_id]) for deal in crm.deals.list().items
    )


def test_forecast_months_agree_with_the_pipeline_board(crm: Crm, clock: FakeClock) -> None:
    sales = _stages(crm)
    today = clock.now.date()
    for months, stage, override in (
        (0, "New", None),
        (1, "Proposal", 40),
        (1, "Negotiation", None),
        (3, "New", 5),
    ):
        close = (today.replace(day=1) + timedelta(days=32 * months)).replace(day=2)
        _deal(crm, "x", sales[stage], amount="333.33", expected_close=close, probability_override=override)
    figures = pipeline_figures(crm.ctx, closed_from=FAR_PAST, closed_before=FAR_FUTURE)
    forecast = PipelineBoard(crm.ctx).forecast(today=today)
    by_month = figures.by_month()
    for month in forecast.months:
        mine = by_month.get(month.month, Amounts())
        assert (mine.deals, mine.weighted_minor) == (month.deals, month.weighted_base_minor)
    columns = PipelineBoard(crm.ctx).board(crm.pipelines.default().id, per_stage=0).columns
    by_stage = figures.by_stage()
    for column in columns:
        if column.kind == StageKind.OPEN:
            mine = by_stage.get(column.stage_id, Amounts())
            assert (mine.deals, mine.value_minor) == (column.count, column.total_base_minor)


def test_won_and_lost_in_the_period_by_reason(crm: Crm, clock: FakeClock) -> None:
    sales = _stages(crm)
    start = clock.now
    won = _deal(crm, "Won", sales["New"], amount="500")
    crm.deals.move(won, sales["Won"].id)
    for reason, amount in (("Price too high", "100"), ("  Price too high ", "50"), ("", "0")):
        lost = _deal(crm, "Lost", sales["New"], amount=amount)
        crm.deals.move(lost, sales["Lost"].id, lost_reason=reason or "x")
        if not reason:
            crm.deals.update(lost, DealInput(title="Lost", lost_reason=" "))
    # lost, then won again: the old reason stays on the deal but no longer counts
    back = _deal(crm, "Back", sales["New"], amount="70")
    crm.deals.move(back, sales["Lost"].id, lost_reason="Chose a competitor")
    crm.deals.move(back, sales["Won"].id)
    clock.advance(days=10)
    late = _deal(crm, "Late", sales["New"], amount="900")
    crm.deals.move(late, sales["Won"].id)

    figures = pipeline_figures(crm.ctx, closed_from=start, closed_before=start + timedelta(days=5))

    assert figures.closed_total(StageKind.WON) == Amounts(2, 57000)
    assert figures.closed_total(StageKind.LOST) == Amounts(3, 15000)
    assert figures.lost_by_reason() == {"Price too high": Amounts(2, 15000), "": Amounts(1, 0)}
    assert figures.open_total() == Amounts()
    later = pipeline_figures(crm.ctx, closed_from=start + timedelta(days=5), closed_before=FAR_FUTURE)
    assert later.closed_total(StageKind.WON) == Amounts(1, 90000)


def test_pipeline_and_owner_filters(crm: Crm) -> None:
    projects = crm.pipelines.create_with_stages(
        "Projects",
        [("Scoping", 20, StageKind.OPEN), ("Done", 100, StageKind.WON), ("Dropped", 0, StageKind.LOST)],
    ).value.id
    sara = crm.users.create(UserInput(name="Sara")).value.id
    _deal(crm, "Sales deal", _stages(crm)["New"], amount="10", owner_id=sara)
    _deal(crm, "Project", _stages(crm, projects)["Scoping"], amount="1000", owner_id=sara)
    _deal(crm, "Other project", _stages(crm, projects)["Scoping"], amount="3000")

    everything = pipeline_figures(crm.ctx, closed_from=FAR_PAST, closed_before=FAR_FUTURE)
    assert [s.pipeline_name for s in everything.stages].count("Projects") == 3
    assert everything.open_total() == Amounts(3, 401000, 100 + 80000)

    only = pipeline_figures(crm.ctx, closed_from=FAR_PAST, closed_before=FAR_FUTURE, pipeline_id=projects)
    assert [s.name for s in only.stages] == ["Scoping", "Done", "Dropped"]
    assert only.open_total() == Amounts(2, 400000, 80000)

    hers = pipeline_figures(
        crm.ctx, closed_from=FAR_PAST, closed_before=FAR_FUTURE, pipeline_id=projects, owner_id=sara
    )
    assert hers.open_total() == Amounts(1, 100000, 20000)
    assert hers.owners == {sara: "Sara"}
