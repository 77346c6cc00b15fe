"""The customer timeline: every kind of record merged newest first, paged by keyset."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from crm_desktop.domain.enums import ActivityKind, CaseStatus, Direction, Priority
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import Money
from crm_desktop.services.activities import ActivityInput
from crm_desktop.services.cases import CaseInput
from crm_desktop.services.changes import ChangeSet
from crm_desktop.services.crm import Crm
from crm_desktop.services.customer_scope import Customer
from crm_desktop.services.people import CompanyInput, ContactInput, UserInput
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.sales import ProductInput, SaleInput, SaleLineInput
from crm_desktop.services.tasks import TaskInput
from crm_desktop.services.timeline import EntryKind, TimelineEntry, timeline, touches_customer
from tests.conftest import FakeClock

DAY = datetime(2026, 2, 1, tzinfo=UTC)  # midnight: where that day's sales sit


def contact(crm: Crm, name: str, company_id: str | None = None) -> str:
    return crm.contacts.create(ContactInput(given_name=name, company_id=company_id)).value.id


def activity(crm: Crm, at: datetime, subject: str = "", **links: str) -> str:
    return crm.activities.create(
        ActivityInput(kind=ActivityKind.NOTE, subject=subject, occurred_at=at, **links)
    ).value.id


def sale(crm: Crm, on: date, price: str = "10", **links: str) -> str:
    line = SaleLineInput(description="Olive oil", unit_price=price, quantity="2")
    return crm.sales.create(SaleInput(sold_on=on, lines=[line], **links)).value.id


def whole(crm: Crm, customer: Customer) -> list[TimelineEntry]:
    page = timeline(crm.ctx, customer, limit=1000)
    assert page.next_cursor is None
    return page.entries


def test_merges_every_kind_newest_first_with_what_the_list_shows(crm: Crm, clock: FakeClock) -> None:
    ali = contact(crm, "Ali")
    oil = crm.products.create(ProductInput(name="Olive oil 1 l", unit_price="12.50")).value
    sold = crm.sales.create(
        SaleInput(
            contact_id=ali,
            sold_on=date(2026, 1, 10),
            notes="Paid cash",
            lines=[
                SaleLineInput(product_id=oil.id, quantity="3"),
                SaleLineInput(description="Delivery", unit_price="5"),
            ],
        )
    ).value
    call = crm.activities.create(
        ActivityInput(
            kind=ActivityKind.CALL,
            direction=Direction.INBOUND,
            subject="Asked for a quote",
            body="Wants   prices\nfor 20 boxes",
            outcome="Quote sent",
            duration_minutes=7,
            occurred_at=datetime(2026, 2, 20, 10, tzinfo=UTC),
            contact_id=ali,
        )
    ).value
    clock.now = datetime(2026, 2, 25, 9, tzinfo=UTC)
    deal = crm.deals.create(DealInput(title="20 boxes", contact_id=ali, amount="100", currency="USD")).value
    clock.now = datetime(2026, 2, 26, 9, tzinfo=UTC)
    case = crm.cases.create(
        CaseInput(subject="Box arrived broken", contact_id=ali, priority=Priority.HIGH)
    ).value
    clock.now = datetime(2026, 2, 27, 9, tzinfo=UTC)
    task = crm.tasks.create(
        TaskInput(title="Call back", contact_id=ali, due_at=datetime(2026, 3, 5, tzinfo=UTC))
    ).value

    entries = whole(crm, Customer(contact_id=ali))

    assert [(e.kind, e.id) for e in entries] == [
        (EntryKind.TASK, task.id),
        (EntryKind.CASE, case.id),
        (EntryKind.DEAL, deal.id),
        (EntryKind.ACTIVITY, call.id),
        (EntryKind.SALE, sold.id),
    ]
    by_kind = {e.kind: e for e in entries}
    logged = by_kind[EntryKind.ACTIVITY]
    assert (logged.title, logged.summary, logged.outcome) == (
        "Asked for a quote",
        "Wants prices for 20 boxes",
        "Quote sent",
    )
    assert (logged.activity_kind, logged.direction, logged.duration_minutes) == (
        ActivityKind.CALL,
        Direction.INBOUND,
        7,
    )
    assert logged.contact_name == "Ali"
    bought = by_kind[EntryKind.SALE]
    assert bought.at == datetime(2026, 1, 10, tzinfo=UTC) and bought.date_only
    assert bought.summary == "3 × Olive oil 1 l, Delivery · Paid cash"
    assert bought.amount == Money(4250, "SAR") and bought.base_amount == Money(4250, "SAR")
    offered = by_kind[EntryKind.DEAL]
    assert (offered.stage_name, offered.status) == ("New", "open")
    assert offered.amount == Money(10000, "USD") and offered.base_amount == Money(37500, "SAR")
    complaint = by_kind[EntryKind.CASE]
    assert (complaint.status, complaint.priority) == (CaseStatus.NEW.value, Priority.HIGH)
    todo = by_kind[EntryKind.TASK]
    assert (todo.status, todo.due_at) == ("open", datetime(2026, 3, 5, tzinfo=UTC))


def test_a_done_task_moves_to_when_it_was_done(crm: Crm, clock: FakeClock) -> None:
    ali = contact(crm, "Ali")
    task = crm.tasks.create(TaskInput(title="Send catalogue", contact_id=ali)).value
    later = activity(crm, clock.now + timedelta(days=1), contact_id=ali)
    assert [e.id for e in whole(crm, Customer(contact_id=ali))] == [later, task.id]
    clock.advance(days=2)
    crm.tasks.complete(task.id)
    entries = whole(crm, Customer(contact_id=ali))
    assert [e.id for e in entries] == [task.id, later]
    assert entries[0].status == "done"


def test_pages_follow_on_without_gaps_or_repeats_through_ties(crm: Crm) -> None:
    ali = contact(crm, "Ali")
    # many records on the same instant, and sales sitting at that very midnight
    for _ in range(9):
        activity(crm, DAY, contact_id=ali)
    for _ in range(4):
        sale(crm, DAY.date(), contact_id=ali)
        sale(crm, DAY.date() - timedelta(days=1), contact_id=ali)
    for hour in (12, 12, 18):
        activity(crm, DAY + timedelta(hours=hour), contact_id=ali)
    customer = Customer(contact_id=ali)
    expected = whole(crm, customer)
    assert len(expected) == 20
    keys = [e.cursor for e in expected]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == 20

    seen: list[TimelineEntry] = []
    cursor = None
    for _ in range(20):
        page = timeline(crm.ctx, customer, limit=3, before=cursor)
        assert len(page.entries) <= 3
        seen += page.entries
        cursor = page.next_cursor
        if cursor is None:
            break
    assert [e.id for e in seen] == [e.id for e in expected]


def test_the_first_page_of_a_long_history_says_there_is_more(crm: Crm) -> None:
    ali = contact(crm, "Ali")
    ids = [activity(crm, DAY + timedelta(minutes=m), contact_id=ali) for m in range(12)]
    page = timeline(crm.ctx, Customer(contact_id=ali), limit=5)
    assert [e.id for e in page.entries] == ids[::-1][:5]
    assert page.next_cursor == page.entries[-1].cursor
    rest = timeline(crm.ctx, Customer(contact_id=ali), limit=7, before=page.next_cursor)
    assert [e.id for e in rest.entries] == ids[::-1][5:]
    assert rest.next_cursor is None


def test_a_company_sees_its_own_records_and_its_peoples_unattached_ones(crm: Crm) -> None:
    kaya = crm.companies.create(CompanyInput(name="Kaya Ltd.")).value.id
    other = crm.companies.create(CompanyInput(name="Other Co.")).value.id
    mehmet = contact(crm, "Mehmet", kaya)
    stranger = contact(crm, "Stranger")
    own = activity(crm, DAY, "company call", company_id=kaya)
    personal = activity(crm, DAY + timedelta(hours=1), "Mehmet's call", contact_id=mehmet)
    at_other = activity(
        crm, DAY + timedelta(hours=2), "for the other firm", contact_id=mehmet, company_id=other
    )
    activity(crm, DAY + timedelta(hours=3), "not ours", contact_id=stranger)
    gone = activity(crm, DAY + timedelta(hours=4), "deleted", company_id=kaya)
    crm.activities.delete(gone)
    bought = sale(crm, DAY.date(), contact_id=mehmet)

    entries = whole(crm, Customer(company_id=kaya))
    assert [e.id for e in entries] == [personal, bought, own]  # at one instant a sale sorts above a note
    assert {e.id: e.contact_name for e in entries}[personal] == "Mehmet"
    assert at_other in [e.id for e in whole(crm, Customer(company_id=other))]
    assert [e.id for e in whole(crm, Customer(contact_id=mehmet))] == [at_other, personal, bought]


def test_a_deleted_persons_records_leave_the_company(crm: Crm) -> None:
    kaya = crm.companies.create(CompanyInput(name="Kaya Ltd.")).value.id
    mehmet = contact(crm, "Mehmet", kaya)
    activity(crm, DAY, contact_id=mehmet)
    crm.contacts.delete(mehmet)
    assert whole(crm, Customer(company_id=kaya)) == []


def test_a_customer_is_a_contact_or_a_company() -> None:
    with pytest.raises(ValidationError):
        Customer()
    with pytest.raises(ValidationError):
        Customer(contact_id="a", company_id="b")
    assert Customer.of("company", "x") == Customer(company_id="x")
    with pytest.raises(ValidationError):
        Customer.of("deal", "x")


# --- which changes concern a customer page ------------------------------------------


def test_changes_to_the_customers_records_concern_it(crm: Crm) -> None:
    ali = contact(crm, "Ali")
    other = contact(crm, "Other")
    customer = Customer(contact_id=ali)
    mine = crm.activities.create(ActivityInput(contact_id=ali)).changes
    theirs = crm.activities.create(ActivityInput(contact_id=other)).changes
    assert touches_customer(crm.ctx, customer, mine)
    assert not touches_customer(crm.ctx, customer, theirs)
    deleted = crm.activities.delete(next(iter(mine.ids("activity")))).changes
    assert touches_customer(crm.ctx, customer, deleted)  # the tombstone still names Ali
    assert touches_customer(crm.ctx, customer, crm.contacts.update(ali, ContactInput(city="Riyadh")).changes)
    assert not touches_customer(
        crm.ctx, customer, crm.contacts.update(other, ContactInput(city="Jeddah")).changes
    )
    deal = crm.deals.create(DealInput(title="Boxes", contact_id=ali)).changes
    assert touches_customer(crm.ctx, customer, deal)
    assert not touches_customer(crm.ctx, customer, ChangeSet())


def test_names_shown_on_the_page_concern_it(crm: Crm) -> None:
    kaya = crm.companies.create(CompanyInput(name="Kaya Ltd.")).value.id
    elsewhere = crm.companies.create(CompanyInput(name="Elsewhere")).value.id
    mehmet = contact(crm, "Mehmet", kaya)
    as_contact = Customer(contact_id=mehmet)
    as_company = Customer(company_id=kaya)
    renamed = crm.companies.update(kaya, CompanyInput(name="Kaya A.Ş.")).changes
    assert touches_customer(crm.ctx, as_contact, renamed)
    assert not touches_customer(
        crm.ctx, as_contact, crm.companies.update(elsewhere, CompanyInput(city="x")).changes
    )
    assert touches_customer(
        crm.ctx, as_company, crm.contacts.update(mehmet, ContactInput(job_title="Buyer")).changes
    )
    stranger = crm.contacts.create(ContactInput(given_name="Stranger")).changes
    assert not touches_customer(crm.ctx, as_company, stranger)
    assert touches_customer(crm.ctx, as_company, crm.users.create(UserInput(name="Sara")).changes)


def test_a_bulk_change_is_taken_as_concerning(crm: Crm) -> None:
    ali = contact(crm, "Ali")
    many = ChangeSet(created=frozenset(("activity", f"id-{n}") for n in range(501)))
    assert touches_customer(crm.ctx, Customer(contact_id=ali), many)
    few = ChangeSet(created=frozenset(("activity", f"id-{n}") for n in range(20)))
    assert not touches_customer(crm.ctx, Customer(contact_id=ali), few)
