"""RecordService behaviour shared by every entity: keyset paging, sort, filters, bin, fetch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.domain.enums import Lifecycle, Priority
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm
from crm_desktop.services.custom_fields import CustomFieldInput
from crm_desktop.services.people import ContactInput, UserInput
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.records import ListQuery, RecordService
from crm_desktop.services.sales import ProductInput
from crm_desktop.services.tasks import TaskInput
from tests.services.helpers import all_pages, unchanged

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NAMES = ["Ali", "Zaid", "Ali", "Sara", "أحمد", "Ayşe", "Ali", "Omar"]
CITIES = ["", "Riyadh", "Jeddah", "", "İstanbul"]


@dataclass
class Data:
    crm: Crm
    owner_id: str


@pytest.fixture
def data(crm: Crm) -> Data:
    """Rows with duplicate and NULL sort values in every sortable column used below."""
    owner = crm.users.create(UserInput(name="Huda")).value
    for i in range(23):
        crm.tasks.create(
            TaskInput(
                title=f"Task {i % 6}",
                due_at=None if i % 4 == 0 else START + timedelta(hours=i % 5),
                priority=list(Priority)[i % 4],
            )
        )
    for i in range(19):
        crm.deals.create(
            DealInput(
                title=f"Deal {i % 5}",
                amount=str((i % 4) * 100),
                expected_close=None if i % 3 == 0 else date(2026, 4, 1 + i % 4),
                stage_id=None,
            )
        )
    for i in range(26):
        crm.contacts.create(
            ContactInput(
                given_name=NAMES[i % len(NAMES)],
                city=CITIES[i % len(CITIES)],
                birthday=None if i % 3 else date(1990, 1 + i % 2, 1),
                lifecycle=list(Lifecycle)[i % 4],
                owner_id=owner.id if i % 5 == 0 else None,
            )
        )
    return Data(crm, owner.id)


def expected_order(service: RecordService[Any, Any], sort: str, descending: bool) -> list[str]:
    """The list order computed in Python: SQLite puts NULLs first going up, last going down."""
    attribute = service.sort_columns[sort]
    rows = service.fetch(service.ids())

    def key(row: Any) -> tuple[int, Any, str]:
        value = getattr(row, attribute)
        if hasattr(value, "value"):
            value = value.value
        if isinstance(value, datetime):
            value = value.isoformat()
        return (0, "", row.id) if value is None else (1, value, row.id)

    ordered = [r.id for r in sorted(rows, key=key)]
    return ordered[::-1] if descending else ordered


SORTS = [
    ("tasks", "due"),
    ("tasks", "title"),
    ("tasks", "priority"),
    ("tasks", "created"),
    ("deals", "close"),
    ("deals", "title"),
    ("deals", "amount"),
    ("contacts", "name"),
    ("contacts", "city"),
    ("contacts", "birthday"),
    ("contacts", "lifecycle"),
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(which=st.sampled_from(SORTS), descending=st.booleans(), limit=st.integers(min_value=1, max_value=30))
def test_keyset_pages_return_every_row_once_in_list_order(
    data: Data, which: tuple[str, str], descending: bool, limit: int
) -> None:
    entity, sort = which
    service: RecordService[Any, Any] = getattr(data.crm, entity)
    query = ListQuery(sort=sort, descending=descending, limit=limit)

    paged = all_pages(service, query)

    assert len(paged) == len(set(paged)) == service.count()
    assert paged == service.ids(query)
    assert paged == expected_order(service, sort, descending)


@pytest.mark.parametrize("descending", [False, True])
def test_null_sort_values_page_at_the_right_end(data: Data, descending: bool) -> None:
    crm = data.crm
    query = ListQuery(sort="due", descending=descending, limit=4)
    paged = all_pages(crm.tasks, query)
    undated = [t.id for t in crm.tasks.fetch(paged) if t.due_at is None]
    assert len(undated) == 6
    if descending:
        assert paged[-len(undated) :] == undated
    else:
        assert paged[: len(undated)] == undated


def test_paging_with_filters(data: Data) -> None:
    crm = data.crm
    query = ListQuery(filters={"lifecycle": ["lead", "customer"]}, sort="city", limit=3)
    paged = all_pages(crm.contacts, query)
    assert paged == crm.contacts.ids(query)
    assert {c.lifecycle for c in crm.contacts.fetch(paged)} == {Lifecycle.LEAD, Lifecycle.CUSTOMER}
    assert len(paged) == crm.contacts.count(query) == 13


def test_a_page_past_the_end_is_empty(data: Data) -> None:
    crm = data.crm
    last = crm.tasks.list(ListQuery(limit=1000))
    assert last.next_cursor is None
    final = last.items[-1]
    empty = crm.tasks.list(ListQuery(after=(final.due_at, final.id)))
    assert (empty.items, empty.next_cursor) == ([], None)


def test_filters(crm: Crm) -> None:
    owner = crm.users.create(UserInput(name="Huda")).value
    crm.custom_fields.create(CustomFieldInput(entity="contact", key="tier", label="Tier"))
    a = crm.contacts.create(
        ContactInput(
            given_name="Ali",
            lifecycle=Lifecycle.CUSTOMER,
            owner_id=owner.id,
            tags=["VIP"],
            custom={"tier": "gold"},
            city="Riyadh",
            notes="prefers evening calls",
        )
    ).value
    b = crm.contacts.create(
        ContactInput(
            given_name="Badr", lifecycle=Lifecycle.CUSTOMER, custom={"tier": "silver"}, city="Riyadh"
        )
    ).value
    c = crm.contacts.create(ContactInput(given_name="Chadi", tags=["VIP"], notes="evening only")).value
    vip = crm.tags.by_name("VIP")
    assert vip is not None

    def ids(**query: Any) -> list[str]:
        return crm.contacts.ids(ListQuery(**query))

    assert ids(filters={"lifecycle": "customer"}) == [a.id, b.id]
    assert ids(filters={"lifecycle": Lifecycle.LEAD}) == [c.id]
    assert ids(filters={"owner_id": owner.id}) == [a.id]
    assert ids(filters={"owner_id": None}) == [b.id, c.id]
    assert ids(tag_id=vip.id) == [a.id, c.id]
    assert ids(custom={"tier": "gold"}) == [a.id]
    assert ids(text="evening") == [a.id, c.id]
    assert ids(text="evening", filters={"city": "Riyadh"}) == [a.id]
    assert ids(text="evening", tag_id=vip.id, filters={"lifecycle": "lead"}) == [c.id]
    assert ids(text="nothing matches this") == []
    assert ids(text="   ") == [a.id, b.id, c.id]
    assert crm.contacts.count(ListQuery(tag_id=vip.id)) == 2


def test_bad_queries_are_refused_naming_the_problem(crm: Crm) -> None:
    for query, field in [
        (ListQuery(filters={"notes": "x"}), "notes"),
        (ListQuery(sort="shoe_size"), "sort"),
        (ListQuery(custom={"bad key!": 1}), "custom"),
    ]:
        with pytest.raises(ValidationError) as error:
            crm.contacts.ids(query)
        assert set(error.value.errors) == {field}
    with pytest.raises(ValidationError) as error:
        crm.products.ids(ListQuery(text="rice"))
    assert set(error.value.errors) == {"text"}
    with pytest.raises(ValidationError) as error:
        crm.products.ids(ListQuery(custom={"tier": "gold"}))
    assert set(error.value.errors) == {"custom"}


@pytest.mark.parametrize("value", ["bogus", ["lead", "bogus"]])
def test_a_filter_value_outside_its_choices_is_refused_clearly(crm: Crm, value: Any) -> None:
    with pytest.raises(ValidationError) as error:
        crm.contacts.ids(ListQuery(filters={"lifecycle": value}))
    assert set(error.value.errors) == {"lifecycle"}
    assert "bogus" in error.value.errors["lifecycle"]
    assert "customer" in error.value.errors["lifecycle"]  # says what would do


def test_a_page_needs_at_least_one_row(crm: Crm) -> None:
    crm.products.create(ProductInput(name="A"))
    with pytest.raises(ValidationError) as error:
        crm.products.list(ListQuery(limit=0))
    assert set(error.value.errors) == {"limit"}


def test_the_bin_lists_only_tombstones(crm: Crm) -> None:
    live = crm.products.create(ProductInput(name="Live")).value
    gone = crm.products.create(ProductInput(name="Gone")).value
    crm.products.delete(gone.id)
    assert crm.products.ids() == [live.id]
    assert crm.products.ids(ListQuery(deleted=True)) == [gone.id]
    assert crm.products.count(ListQuery(deleted=True)) == 1


def test_fetch_keeps_the_given_order_and_skips_unknown_ids(crm: Crm) -> None:
    a = crm.products.create(ProductInput(name="A")).value
    b = crm.products.create(ProductInput(name="B")).value
    assert [p.id for p in crm.products.fetch([b.id, "nope", a.id])] == [b.id, a.id]
    assert crm.products.fetch([]) == []
    many = [crm.products.create(ProductInput(name=f"P{i}")).value.id for i in range(3)]
    assert [p.id for p in crm.products.fetch(many[::-1] * 200)] == many[::-1] * 200  # chunks of 500


def test_the_unchanged_check_notices_any_write(crm: Crm) -> None:
    """The guard the validation tests rely on fails when a row is added or a value changes."""
    product = crm.products.create(ProductInput(name="A")).value
    with pytest.raises(AssertionError), unchanged(crm):
        crm.products.create(ProductInput(name="B"))
    with pytest.raises(AssertionError), unchanged(crm):
        crm.products.update(product.id, ProductInput(description="changed"))


def test_quick_ids_give_name_prefix_matches_first_and_only_for_a_plain_text_filter(crm: Crm) -> None:
    from crm_desktop.services.people import ContactInput

    zara = crm.contacts.create(ContactInput(given_name="Zara", family_name="Alam")).value
    alan = crm.contacts.create(ContactInput(given_name="Alan", family_name="Smith")).value
    albert = crm.contacts.create(ContactInput(given_name="Albert", family_name="Jones")).value
    assert crm.contacts.quick_ids(ListQuery(text="al"), 10) == [alan.id, albert.id, zara.id]
    assert crm.contacts.quick_ids(ListQuery(text="al"), 2) == [alan.id, albert.id]
    assert crm.contacts.quick_ids(ListQuery(text="al", filters={"lifecycle": "lead"}), 10) is None
    assert crm.contacts.quick_ids(ListQuery(text="al", sort="city"), 10) is None
    assert crm.contacts.quick_ids(ListQuery(text=""), 10) is None
    assert crm.tasks.quick_ids(ListQuery(text="al"), 10) is None  # tasks have no text index
