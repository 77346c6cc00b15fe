"""DashboardService: each figure counted in SQL equals the same figure worked out here from the records,
and each figure's drill-down list holds exactly the records it counts."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from crm_desktop.domain.enums import CaseStatus, Priority, StageKind
from crm_desktop.domain.models import Case, Contact, Deal, Sale, Stage, Task
from crm_desktop.services.cases import CaseInput
from crm_desktop.services.crm import Crm
from crm_desktop.services.dashboard import (
    DashboardService,
    Figure,
    Period,
    add_months,
    drill_down,
    month_sales_drill_down,
    priority_drill_down,
    stage_drill_down,
)
from crm_desktop.services.people import ContactInput
from crm_desktop.services.pipeline import DealInput, weighted_minor
from crm_desktop.services.records import Between, ListQuery, RecordService
from crm_desktop.services.sales import SaleInput, SaleLineInput
from crm_desktop.services.tasks import TaskInput
from tests.conftest import FakeClock

NOW = datetime(2026, 3, 20, 15, 30, tzinfo=UTC)
ACTIVE = {s for s in CaseStatus if s.is_active}


def everything(service: RecordService[object, object]) -> list[object]:  # type: ignore[type-var]
    return list(service.list(ListQuery(limit=100_000)).items)


def ids(service: RecordService[object, object], query: ListQuery) -> set[str]:  # type: ignore[type-var]
    return set(service.ids(query))


# --- months -------------------------------------------------------------------------------


def test_months_roll_over_the_year() -> None:
    assert add_months(date(2026, 11, 1), 1) == date(2026, 12, 1)
    assert add_months(date(2026, 12, 1), 1) == date(2027, 1, 1)
    assert add_months(date(2026, 3, 1), -11) == date(2025, 4, 1)
    assert add_months(date(2026, 1, 1), -1) == date(2025, 12, 1)


def test_the_period_is_the_local_month_of_now() -> None:
    period = Period.at(datetime(2026, 12, 31, 23, 30, tzinfo=UTC))
    assert (period.this_month, period.next_month, period.month_after_next) == (
        date(2026, 12, 1),
        date(2027, 1, 1),
        date(2027, 2, 1),
    )
    # half past eleven on New Year's Eve in London is already January in Tehran
    tehran = timezone(timedelta(hours=3, minutes=30))
    local = Period.at(datetime(2026, 12, 31, 23, 30, tzinfo=UTC), tehran)
    assert local.this_month == date(2027, 1, 1)
    assert local.instant(local.this_month) == datetime(2026, 12, 31, 20, 30, tzinfo=UTC)
    assert period.first_sales_month == date(2026, 1, 1)


# --- an empty database ----------------------------------------------------------------------


def test_an_empty_database_counts_zero_everywhere(crm: Crm, clock: FakeClock) -> None:
    clock.now = NOW
    figures = DashboardService(crm.ctx).figures()
    assert figures.base_currency == "SAR"
    assert (figures.open_deals, figures.open_pipeline_minor, figures.won_this_month_minor) == (0, 0, 0)
    assert (figures.forecast_this_month_minor, figures.forecast_next_month_minor) == (0, 0)
    assert (
        figures.new_contacts_this_month,
        figures.open_cases,
        figures.overdue_cases,
        figures.overdue_tasks,
    ) == (
        0,
        0,
        0,
        0,
    )
    # the default pipeline's open stages are listed (empty), in order; won and lost are not
    assert [s.stage_name for s in figures.pipeline_by_stage] == [
        "New",
        "Qualified",
        "Proposal",
        "Negotiation",
    ]
    assert all(s.deals == 0 and s.value_minor == 0 for s in figures.pipeline_by_stage)
    assert [m.month for m in figures.sales_by_month] == [add_months(date(2025, 4, 1), i) for i in range(12)]
    assert all(m.sales == 0 for m in figures.sales_by_month)
    assert [c.priority for c in figures.cases_by_priority] == [
        Priority.URGENT,
        Priority.HIGH,
        Priority.NORMAL,
        Priority.LOW,
    ]


# --- a realistic mix, worked out independently ---------------------------------------------------


@dataclass
class World:
    crm: Crm
    period: Period


@pytest.fixture
def world(crm: Crm, clock: FakeClock) -> World:
    """Deals, contacts, cases, tasks and sales spread over fifteen months, some deleted, some done."""
    rng = random.Random(7)
    second = crm.pipelines.create_with_stages(
        "Projects",
        [("Lead", 20, StageKind.OPEN), ("Offer", 60, StageKind.OPEN), ("Signed", 100, StageKind.WON)],
    ).value
    stages = crm.pipelines.stages(crm.pipelines.default().id) + crm.pipelines.stages(second.id)
    open_stages = [s for s in stages if s.kind == StageKind.OPEN]
    won_stages = [s for s in stages if s.kind == StageKind.WON]
    lost_stages = [s for s in stages if s.kind == StageKind.LOST]
    customer = crm.contacts.create(ContactInput(given_name="Layla", family_name="Haddad")).value

    # contacts: some before this month, some in it, one of those deleted
    clock.now = datetime(2026, 2, 27, 23, 0, tzinfo=UTC)
    for i in range(5):
        crm.contacts.create(ContactInput(given_name=f"February {i}"))
        clock.advance(hours=1)  # the last ones cross into March 1st, UTC
    deleted_contact = crm.contacts.create(ContactInput(given_name="Gone")).value
    crm.contacts.delete(deleted_contact.id)

    # deals: open in every stage with close dates around now; some won now and earlier, some lost
    closes = [
        None,
        date(2026, 2, 28),
        date(2026, 3, 1),
        date(2026, 3, 31),
        date(2026, 4, 1),
        date(2026, 4, 30),
        date(2026, 5, 1),
    ]
    clock.now = datetime(2026, 2, 20, 10, 0, tzinfo=UTC)
    early_won = crm.deals.create(
        DealInput(title="Won in February", amount="900", stage_id=won_stages[0].id)
    ).value
    assert early_won.closed_at is not None and early_won.closed_at.month == 2
    clock.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    for i in range(40):
        stage = rng.choice(open_stages)
        deal = crm.deals.create(
            DealInput(
                title=f"Deal {i}",
                contact_id=customer.id,
                stage_id=stage.id,
                amount=str(rng.randint(0, 200_000) / 100),
                currency=rng.choice(["SAR", "USD", "EUR"]),
                expected_close=rng.choice(closes),
                probability_override=rng.choice([None, None, 0, 33, 99]),
            )
        ).value
        clock.advance(hours=3)
        won_here = [s for s in won_stages if s.pipeline_id == stage.pipeline_id]
        lost_here = [s for s in lost_stages if s.pipeline_id == stage.pipeline_id]
        if i % 7 == 0:
            crm.deals.move(deal.id, won_here[0].id)
        elif i % 11 == 0 and lost_here:
            crm.deals.move(deal.id, lost_here[0].id, lost_reason="Too dear")
        elif i % 13 == 0:
            crm.deals.delete(deal.id)

    # cases of every priority, opened at different times; some resolved, one deleted
    clock.now = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
    for i in range(24):
        case = crm.cases.create(
            CaseInput(subject=f"Case {i}", priority=rng.choice(list(Priority)), contact_id=customer.id)
        ).value
        clock.advance(hours=rng.randint(1, 30))
        if i % 5 == 0:
            crm.cases.set_status(case.id, CaseStatus.RESOLVED, resolution="Replaced it")
        elif i % 9 == 0:
            crm.cases.delete(case.id)
        elif i % 4 == 0:
            crm.cases.set_status(case.id, CaseStatus.WAITING)

    # tasks due before and after now; some done, one deleted, one with no due time
    for i in range(20):
        due = None if i == 0 else NOW + timedelta(hours=rng.randint(-200, 200))
        task = crm.tasks.create(TaskInput(title=f"Task {i}", due_at=due)).value
        if i % 3 == 0:
            crm.tasks.complete(task.id)
        elif i % 8 == 0:
            crm.tasks.delete(task.id)

    # sales over fifteen months (two before the chart, one after this month), one deleted
    for i in range(45):
        sold_on = add_months(date(2024, 12, 1), rng.randint(0, 16)) + timedelta(days=rng.randint(0, 27))
        sale = crm.sales.create(
            SaleInput(
                contact_id=customer.id,
                sold_on=sold_on,
                currency=rng.choice(["SAR", "USD"]),
                lines=[
                    SaleLineInput(
                        description="Tea",
                        quantity=str(rng.randint(1, 5)),
                        unit_price=str(rng.randint(1, 9999) / 100),
                    )
                ],
            )
        ).value
        if i % 10 == 0:
            crm.sales.delete(sale.id)

    clock.now = NOW
    return World(crm, Period.at(NOW))


def in_month(value: date | datetime | None, first: date) -> bool:
    if value is None:
        return False
    day = value.astimezone(UTC).date() if isinstance(value, datetime) else value
    return first <= day < add_months(first, 1)


def test_every_figure_matches_the_records(world: World) -> None:
    crm = world.crm
    figures = DashboardService(crm.ctx).figures()
    period = figures.period
    assert (period.this_month, period.now - NOW < timedelta(seconds=1)) == (date(2026, 3, 1), True)

    stages: dict[str, Stage] = {s.id: s for s in crm.stages.list(ListQuery(limit=1000)).items}
    deals: list[Deal] = everything(crm.deals)  # type: ignore[assignment]
    open_deals = [d for d in deals if stages[d.stage_id].kind == StageKind.OPEN]
    assert open_deals and len(deals) > len(open_deals)
    assert figures.open_deals == len(open_deals)
    assert figures.open_pipeline_minor == sum(d.base_amount_minor for d in open_deals)
    for month, count, value in (
        (period.this_month, figures.forecast_this_month_deals, figures.forecast_this_month_minor),
        (period.next_month, figures.forecast_next_month_deals, figures.forecast_next_month_minor),
    ):
        closing = [d for d in open_deals if in_month(d.expected_close, month)]
        assert closing
        assert count == len(closing)
        assert value == sum(weighted_minor(d, stages[d.stage_id]) for d in closing)
    won = [
        d
        for d in deals
        if stages[d.stage_id].kind == StageKind.WON and in_month(d.closed_at, period.this_month)
    ]
    assert won and len(won) < len([d for d in deals if stages[d.stage_id].kind == StageKind.WON])
    assert (figures.won_this_month_deals, figures.won_this_month_minor) == (
        len(won),
        sum(d.base_amount_minor for d in won),
    )

    per_stage: dict[str, tuple[int, int]] = defaultdict(lambda: (0, 0))
    for deal in open_deals:
        n, value = per_stage[deal.stage_id]
        per_stage[deal.stage_id] = (n + 1, value + deal.base_amount_minor)
    assert [(s.pipeline_name, s.stage_name) for s in figures.pipeline_by_stage] == [
        ("Sales", "New"),
        ("Sales", "Qualified"),
        ("Sales", "Proposal"),
        ("Sales", "Negotiation"),
        ("Projects", "Lead"),
        ("Projects", "Offer"),
    ]
    assert {s.stage_id: (s.deals, s.value_minor) for s in figures.pipeline_by_stage if s.deals} == dict(
        per_stage
    )

    contacts: list[Contact] = everything(crm.contacts)  # type: ignore[assignment]
    new = [c for c in contacts if in_month(c.created_at, period.this_month)]
    assert 0 < len(new) < len(contacts)
    assert figures.new_contacts_this_month == len(new)

    cases: list[Case] = everything(crm.cases)  # type: ignore[assignment]
    active = [c for c in cases if c.status in ACTIVE]
    late = [c for c in active if c.sla_due_at is not None and c.sla_due_at < period.now]
    assert 0 < len(late) < len(active) < len(cases)
    assert (figures.open_cases, figures.overdue_cases) == (len(active), len(late))
    assert {(c.priority, c.open, c.overdue) for c in figures.cases_by_priority} == {
        (p, sum(1 for c in active if c.priority == p), sum(1 for c in late if c.priority == p))
        for p in Priority
    }

    tasks: list[Task] = everything(crm.tasks)  # type: ignore[assignment]
    overdue = [t for t in tasks if t.done_at is None and t.due_at is not None and t.due_at < period.now]
    assert 0 < len(overdue) < len(tasks)
    assert figures.overdue_tasks == len(overdue)

    sales: list[Sale] = everything(crm.sales)  # type: ignore[assignment]
    by_month = [
        (
            sum(1 for s in sales if in_month(s.sold_on, m)),
            sum(s.base_total_minor for s in sales if in_month(s.sold_on, m)),
        )
        for m in (add_months(period.first_sales_month, i) for i in range(12))
    ]
    assert [(m.sales, m.total_minor) for m in figures.sales_by_month] == by_month
    assert sum(n for n, _ in by_month) < len(sales)  # some fall outside the twelve months


def test_each_figure_opens_a_list_of_exactly_what_it_counts(world: World) -> None:
    crm = world.crm
    figures = DashboardService(crm.ctx).figures()
    period = figures.period
    services: dict[str, RecordService[object, object]] = {  # type: ignore[type-var]
        "deal": crm.deals,
        "contact": crm.contacts,
        "case": crm.cases,
        "task": crm.tasks,
    }
    counted = {
        Figure.OPEN_PIPELINE: figures.open_deals,
        Figure.FORECAST_THIS_MONTH: figures.forecast_this_month_deals,
        Figure.FORECAST_NEXT_MONTH: figures.forecast_next_month_deals,
        Figure.WON_THIS_MONTH: figures.won_this_month_deals,
        Figure.NEW_CONTACTS: figures.new_contacts_this_month,
        Figure.OPEN_CASES: figures.open_cases,
        Figure.OVERDUE_CASES: figures.overdue_cases,
        Figure.OVERDUE_TASKS: figures.overdue_tasks,
    }
    assert set(counted) == set(Figure)
    for figure, count in counted.items():
        target = drill_down(figure, period)
        assert services[target.entity].count(target.query) == count, figure

    stages = {s.id: s for s in crm.stages.list(ListQuery(limit=1000)).items}
    deals: list[Deal] = everything(crm.deals)  # type: ignore[assignment]
    expected = {
        d.id
        for d in deals
        if stages[d.stage_id].kind == StageKind.OPEN and in_month(d.expected_close, period.next_month)
    }
    assert ids(crm.deals, drill_down(Figure.FORECAST_NEXT_MONTH, period).query) == expected

    for stage in figures.pipeline_by_stage:
        assert crm.deals.count(stage_drill_down(stage.stage_id).query) == stage.deals
    for row in figures.cases_by_priority:
        assert crm.cases.count(priority_drill_down(row.priority).query) == row.open
    for month in figures.sales_by_month:
        target = month_sales_drill_down(month.month)
        assert target.entity == "sale"
        assert crm.sales.count(target.query) == month.sales


def test_a_range_filter_may_leave_either_end_open(world: World) -> None:
    sales: list[Sale] = everything(world.crm.sales)  # type: ignore[assignment]
    cut = date(2026, 1, 1)
    assert world.crm.sales.count(ListQuery(filters={"sold_on": Between(start=cut)})) == sum(
        1 for s in sales if s.sold_on >= cut
    )
    assert world.crm.sales.count(ListQuery(filters={"sold_on": Between(end=cut)})) == sum(
        1 for s in sales if s.sold_on < cut
    )


def test_changes_after_counting_show_in_the_next_count(world: World, clock: FakeClock) -> None:
    crm = world.crm
    service = DashboardService(crm.ctx)
    before = service.figures()
    stage = crm.pipelines.stages(crm.pipelines.default().id)[2]  # Proposal, 50 %
    crm.deals.create(
        DealInput(title="Big one", amount="1000", stage_id=stage.id, expected_close=date(2026, 3, 25))
    )
    crm.contacts.create(ContactInput(given_name="Newcomer"))
    after = service.figures()
    assert after.open_pipeline_minor == before.open_pipeline_minor + 100_000
    assert after.forecast_this_month_minor == before.forecast_this_month_minor + 50_000
    assert after.new_contacts_this_month == before.new_contacts_this_month + 1
