"""Pipelines, stages and deals: stage moves logged, money with rates, weighted values."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from crm_desktop.domain.enums import ActivityKind, StageKind
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.models import Stage
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.services.pipeline import (
    DealInput,
    PipelineInput,
    StageInput,
    effective_probability,
    weighted_minor,
)
from crm_desktop.services.records import ListQuery
from crm_desktop.services.sales import ProductInput, SaleLineInput
from tests.services.helpers import unchanged


def stage(crm: Crm, name: str, pipeline_id: str | None = None) -> Stage:
    pipeline_id = pipeline_id or crm.pipelines.default().id
    return next(s for s in crm.pipelines.stages(pipeline_id) if s.name == name)


# --- pipelines and stages ----------------------------------------------------


def test_a_new_database_has_the_default_pipeline(crm: Crm) -> None:
    pipeline = crm.pipelines.default()
    stages = crm.pipelines.stages(pipeline.id)
    assert pipeline.name == "Sales"
    assert [(s.name, s.probability, s.kind) for s in stages] == [
        ("New", 10, StageKind.OPEN),
        ("Qualified", 25, StageKind.OPEN),
        ("Proposal", 50, StageKind.OPEN),
        ("Negotiation", 75, StageKind.OPEN),
        ("Won", 100, StageKind.WON),
        ("Lost", 0, StageKind.LOST),
    ]
    assert crm.pipelines.ensure_default() is None  # never a second default


def test_create_with_stages_names_everything_made(crm: Crm) -> None:
    outcome = crm.pipelines.create_with_stages(
        "Tenders", [("Bid", 20, StageKind.OPEN), ("Awarded", 100, StageKind.WON)]
    )
    stages = crm.pipelines.stages(outcome.value.id)
    assert [s.name for s in stages] == ["Bid", "Awarded"]
    assert outcome.changes.created == {("pipeline", outcome.value.id)} | {("stage", s.id) for s in stages}
    assert [p.name for p in crm.pipelines.list().items] == ["Sales", "Tenders"]


def test_a_bad_stage_undoes_the_whole_pipeline(crm: Crm) -> None:
    """The pipeline and the first stage are already flushed when the second fails: all rolled back."""
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.pipelines.create_with_stages(
            "Tenders", [("Bid", 20, StageKind.OPEN), ("Awarded", 150, StageKind.WON)]
        )
    assert set(error.value.errors) == {"probability"}
    assert [p.name for p in crm.pipelines.list().items] == ["Sales"]


def test_pipeline_crud(crm: Crm) -> None:
    pipeline = crm.pipelines.create(PipelineInput(name="Service", position=5)).value
    crm.pipelines.update(pipeline.id, PipelineInput(name="Service contracts"))
    assert crm.pipelines.get(pipeline.id).position == 5
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.pipelines.create(PipelineInput(name=" "))
    assert set(error.value.errors) == {"name"}
    crm.pipelines.delete(pipeline.id)
    with pytest.raises(NotFoundError):
        crm.pipelines.get(pipeline.id)
    crm.pipelines.restore(pipeline.id)
    assert crm.pipelines.get(pipeline.id).name == "Service contracts"


def test_stage_validation(crm: Crm) -> None:
    pipeline_id = crm.pipelines.default().id
    for values, field in [
        ({"pipeline_id": pipeline_id, "name": "Hot", "probability": 101}, "probability"),
        ({"pipeline_id": pipeline_id, "name": "Hot", "probability": -1}, "probability"),
        ({"pipeline_id": "nope", "name": "Hot"}, "pipeline_id"),
        ({"pipeline_id": pipeline_id, "name": ""}, "name"),
    ]:
        with unchanged(crm), pytest.raises(ValidationError) as error:
            crm.stages.create(StageInput(**values))
        assert set(error.value.errors) == {field}
    hot = crm.stages.create(StageInput(pipeline_id=pipeline_id, name="Hot", probability=90, position=9)).value
    with unchanged(crm), pytest.raises(ValidationError):
        crm.stages.update(hot.id, StageInput(probability=150))
    crm.stages.update(hot.id, StageInput(probability=95))
    assert crm.stages.get(hot.id).name == "Hot"


def test_stages_and_pipelines_with_deals_cannot_be_deleted(crm: Crm) -> None:
    deal = crm.deals.create(DealInput(title="Shop fit-out")).value
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.stages.delete(deal.stage_id)
    assert set(error.value.errors) == {"stage_id"}
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.pipelines.delete(deal.pipeline_id)
    assert set(error.value.errors) == {"pipeline_id"}
    crm.deals.delete(deal.id)
    crm.stages.delete(deal.stage_id)
    assert stage(crm, "Qualified").position == 1
    assert "New" not in [s.name for s in crm.pipelines.stages(deal.pipeline_id)]


# --- deals -------------------------------------------------------------------


def test_create_a_deal_in_the_first_stage_of_the_default_pipeline(crm: Crm) -> None:
    contact = crm.contacts.create(ContactInput(given_name="Ali")).value
    outcome = crm.deals.create(
        DealInput(
            title="Shop fit-out", contact_id=contact.id, amount="1500.50", expected_close=date(2026, 4, 1)
        )
    )
    deal = outcome.value
    assert outcome.changes.created == {("deal", deal.id)}  # creating is not a stage move
    assert deal.pipeline_id == crm.pipelines.default().id
    assert deal.stage_id == stage(crm, "New").id
    assert (deal.amount_minor, deal.currency, deal.rate_to_base, deal.base_amount_minor) == (
        150050,
        "SAR",
        Decimal(1),
        150050,
    )
    assert crm.deals.get(deal.id).title == "Shop fit-out"
    assert crm.activities.count(ListQuery(filters={"deal_id": deal.id})) == 0


def test_a_deal_in_a_foreign_currency_stores_its_rate_and_base_amount(crm: Crm) -> None:
    deal = crm.deals.create(DealInput(title="Export", amount="1000", currency="usd")).value
    assert (deal.amount_minor, deal.currency, deal.rate_to_base, deal.base_amount_minor) == (
        100000,
        "USD",
        Decimal("3.75"),
        375000,  # SAR 3750.00
    )
    stored = crm.deals.get(deal.id)
    assert (stored.rate_to_base, stored.base_amount_minor) == (Decimal("3.75"), 375000)
    # a rate typed with the amount wins over the settings
    own = crm.deals.create(
        DealInput(title="Export 2", amount="1000", currency="EUR", rate_to_base="4.2")
    ).value
    assert (own.rate_to_base, own.base_amount_minor) == (Decimal("4.2"), 420000)
    # changing the settings later does not change the frozen amount
    crm.settings.update(currency_rates={"USD": "3.80"})
    assert crm.deals.get(deal.id).base_amount_minor == 375000
    # a new amount is converted at the deal's own rate
    crm.deals.update(deal.id, DealInput(amount="2000"))
    assert crm.deals.get(deal.id).base_amount_minor == 750000


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"currency": "DOLLARS", "amount": "10"}, "currency"),
        ({"currency": "GBP", "amount": "10"}, "currency"),  # no rate known
        ({"currency": "USD", "amount": "10", "rate_to_base": "0"}, "rate_to_base"),
        ({"amount": "10.005"}, "amount"),
        ({"amount": "ten"}, "amount"),
        ({"amount": "-5"}, "amount"),
        ({"stage_id": "no-such-stage"}, "stage_id"),
        ({"pipeline_id": "no-such-pipeline"}, "pipeline_id"),
        ({"probability_override": 120}, "probability_override"),
        ({"contact_id": "nobody"}, "contact_id"),
        ({"title": ""}, "title"),
    ],
)
def test_bad_deals_are_refused_naming_the_field(crm: Crm, values: dict[str, str], field: str) -> None:
    values = {"title": "Deal", **values}
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.deals.create(DealInput(**values))
    assert set(error.value.errors) == {field}


def test_a_stage_of_another_pipeline_is_refused(crm: Crm) -> None:
    tenders = crm.pipelines.create_with_stages("Tenders").value
    bid = stage(crm, "New", tenders.id)
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.deals.create(DealInput(title="X", pipeline_id=crm.pipelines.default().id, stage_id=bid.id))
    assert set(error.value.errors) == {"stage_id"}
    assert "pipeline" in error.value.errors["stage_id"]
    deal = crm.deals.create(DealInput(title="X")).value
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.deals.move(deal.id, bid.id)
    assert set(error.value.errors) == {"stage_id"}
    # naming the pipeline moves it there
    moved = crm.deals.update(deal.id, DealInput(pipeline_id=tenders.id, stage_id=bid.id)).value
    assert (moved.pipeline_id, moved.stage_id) == (tenders.id, bid.id)


def test_a_stage_alone_picks_its_pipeline(crm: Crm) -> None:
    tenders = crm.pipelines.create_with_stages("Tenders").value
    deal = crm.deals.create(DealInput(title="X", stage_id=stage(crm, "Proposal", tenders.id).id)).value
    assert deal.pipeline_id == tenders.id
    other = crm.deals.create(DealInput(title="Y", pipeline_id=tenders.id)).value
    assert other.stage_id == stage(crm, "New", tenders.id).id


def test_a_stage_move_writes_a_stage_change_activity_with_the_names(crm: Crm) -> None:
    contact = crm.contacts.create(ContactInput(given_name="Ali")).value
    deal = crm.deals.create(DealInput(title="Fit-out", contact_id=contact.id)).value

    outcome = crm.deals.move(deal.id, stage(crm, "Proposal").id)

    activities = crm.activities.list(ListQuery(filters={"deal_id": deal.id})).items
    assert len(activities) == 1
    activity = activities[0]
    assert activity.kind == ActivityKind.STAGE_CHANGE
    assert "New" in activity.subject and "Proposal" in activity.subject
    assert activity.subject.index("New") < activity.subject.index("Proposal")
    assert activity.contact_id == contact.id
    assert outcome.changes.created == {("activity", activity.id)}
    assert outcome.changes.updated == {("deal", deal.id)}
    moved = crm.deals.get(deal.id)
    assert moved.stage_id == stage(crm, "Proposal").id
    assert moved.stage_changed_at is not None
    assert moved.closed_at is None


def test_an_update_that_keeps_the_stage_writes_no_activity(crm: Crm) -> None:
    deal = crm.deals.create(DealInput(title="Fit-out")).value
    crm.deals.update(deal.id, DealInput(title="Fit-out 2", stage_id=deal.stage_id))
    crm.deals.update(deal.id, DealInput(amount="10"))
    assert crm.activities.count(ListQuery(filters={"deal_id": deal.id})) == 0


def test_lost_needs_a_reason(crm: Crm) -> None:
    deal = crm.deals.create(DealInput(title="Fit-out")).value
    lost = stage(crm, "Lost")
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.deals.move(deal.id, lost.id)
    assert set(error.value.errors) == {"lost_reason"}
    with unchanged(crm), pytest.raises(ValidationError):
        crm.deals.move(deal.id, lost.id, lost_reason="   ")
    with unchanged(crm), pytest.raises(ValidationError):
        crm.deals.create(DealInput(title="Lost at once", stage_id=lost.id))

    crm.deals.move(deal.id, lost.id, lost_reason="Price too high")

    closed = crm.deals.get(deal.id)
    assert closed.closed_at is not None
    assert closed.lost_reason == "Price too high"
    (activity,) = crm.activities.list(ListQuery(filters={"deal_id": deal.id})).items
    assert "Lost" in activity.subject
    assert activity.body == "Price too high"


def test_reopening_clears_closed_at_and_the_lost_reason(crm: Crm) -> None:
    deal = crm.deals.create(DealInput(title="Fit-out")).value
    crm.deals.move(deal.id, stage(crm, "Lost").id, lost_reason="Price")
    crm.deals.move(deal.id, stage(crm, "Negotiation").id)
    reopened = crm.deals.get(deal.id)
    assert (reopened.closed_at, reopened.lost_reason) == (None, "")
    crm.deals.move(deal.id, stage(crm, "Won").id)
    assert crm.deals.get(deal.id).closed_at is not None
    subjects = [a.subject for a in crm.activities.list(ListQuery(filters={"deal_id": deal.id})).items]
    assert len(subjects) == 3


def test_state_filter(crm: Crm) -> None:
    open_deal = crm.deals.create(DealInput(title="Open")).value
    won = crm.deals.create(DealInput(title="Won", stage_id=stage(crm, "Won").id)).value
    lost = crm.deals.create(
        DealInput(title="Lost", stage_id=stage(crm, "Lost").id, lost_reason="Budget")
    ).value
    assert crm.deals.ids(ListQuery(filters={"state": "open"})) == [open_deal.id]
    assert crm.deals.ids(ListQuery(filters={"state": "won"})) == [won.id]
    assert crm.deals.ids(ListQuery(filters={"state": "lost"})) == [lost.id]
    with pytest.raises(ValidationError) as error:
        crm.deals.ids(ListQuery(filters={"state": "pending"}))
    assert set(error.value.errors) == {"state"}


def test_weighted_value_helpers(crm: Crm) -> None:
    proposal = stage(crm, "Proposal")  # 50 %
    deal = crm.deals.create(
        DealInput(title="X", amount="1000.01", currency="USD", stage_id=proposal.id)
    ).value
    assert deal.base_amount_minor == 375004  # 1000.01 × 3.75 = 3750.0375, half-even to 3750.04
    assert effective_probability(deal, proposal) == 50
    assert weighted_minor(deal, proposal) == 187502
    overridden = crm.deals.update(deal.id, DealInput(probability_override=33)).value
    assert effective_probability(overridden, proposal) == 33
    assert weighted_minor(overridden, proposal) == 375004 * 33 // 100
    zero = crm.deals.update(deal.id, DealInput(probability_override=0)).value
    assert weighted_minor(zero, proposal) == 0


def test_update_changes_only_the_given_fields(crm: Crm) -> None:
    company = crm.companies.create(CompanyInput(name="Kaya")).value
    deal = crm.deals.create(
        DealInput(
            title="Fabric",
            company_id=company.id,
            amount="500",
            currency="EUR",
            expected_close=date(2026, 5, 1),
            notes="samples sent",
        )
    ).value
    outcome = crm.deals.update(deal.id, DealInput(expected_close=date(2026, 6, 1)))
    assert outcome.changes.updated == {("deal", deal.id)}
    assert not outcome.changes.created
    after = crm.deals.get(deal.id)
    assert after.expected_close == date(2026, 6, 1)
    assert (after.title, after.company_id, after.amount_minor, after.currency, after.notes) == (
        "Fabric",
        company.id,
        50000,
        "EUR",
        "samples sent",
    )
    assert (after.rate_to_base, after.base_amount_minor, after.stage_id) == (
        Decimal("4.1"),
        205000,
        deal.stage_id,
    )


def test_deal_lines_give_the_amount(crm: Crm) -> None:
    product = crm.products.create(ProductInput(name="Shelf", unit_price="250", unit_cost="100")).value
    outcome = crm.deals.create(
        DealInput(
            title="Shelves",
            lines=[
                SaleLineInput(product_id=product.id, quantity="4"),
                SaleLineInput(description="Fitting", unit_price="100", discount_pct="10"),
            ],
        )
    )
    deal = outcome.value
    lines = crm.deals.lines(deal.id)
    assert [(line.description, line.unit_price_minor, line.quantity) for line in lines] == [
        ("Shelf", 25000, Decimal(4)),
        ("Fitting", 10000, Decimal(1)),
    ]
    assert deal.amount_minor == 100000 + 9000
    assert {i for e, i in outcome.changes.created if e == "deal_line"} == {line.id for line in lines}


def test_deal_line_priced_in_another_currency_is_refused(crm: Crm) -> None:
    product = crm.products.create(ProductInput(name="Loom", unit_price="100", currency="USD")).value
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.deals.create(DealInput(title="Loom", lines=[SaleLineInput(product_id=product.id)]))
    assert set(error.value.errors) == {"lines.1.unit_price"}
    assert "USD" in error.value.errors["lines.1.unit_price"]


def test_delete_and_restore_a_deal(crm: Crm) -> None:
    deal = crm.deals.create(
        DealInput(
            title="Shelves",
            tags=["Q2"],
            lines=[SaleLineInput(description="Shelf", unit_price="10")],
        )
    ).value
    line_ids = {line.id for line in crm.deals.lines(deal.id)}

    deleted = crm.deals.delete(deal.id)

    assert ("deal", deal.id) in deleted.changes.deleted
    assert {i for e, i in deleted.changes.deleted if e == "deal_line"} == line_ids
    assert len([1 for e, _ in deleted.changes.deleted if e == "tagging"]) == 1
    with pytest.raises(NotFoundError):
        crm.deals.get(deal.id)
    assert crm.deals.lines(deal.id) == []
    assert crm.stats.counts()["deal_line"] == 0
    assert crm.search.everything("Shelves") == []

    restored = crm.deals.restore(deal.id)

    assert {i for e, i in restored.changes.created if e == "deal_line"} == line_ids
    assert {line.id for line in crm.deals.lines(deal.id)} == line_ids
    assert [h.entity for h in crm.search.everything("Shelves")] == ["deal"]
