"""The server's storage on SQLite and PostgreSQL: schema, merging, idempotent batches, gap-free pulls."""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from crm_desktop.sync.hlc import HybridClock
from crm_desktop.sync_server.models import metadata
from crm_desktop.sync_server.store import CursorTooOld, Principal, Store
from tests.conftest import FakeClock
from tests.sync_server.conftest import field_ops, sign_in


def pull_all(store: Store, who: Principal, cursor: int = 0, limit: int = 1000) -> list[dict[str, Any]]:
    got: list[dict[str, Any]] = []
    while True:
        page = store.pull(who, cursor, limit)
        got += page["ops"]
        cursor = page["cursor"]
        if not page["more"]:
            return got


def test_migrations_make_exactly_the_models_tables(store: Store) -> None:
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []


def test_a_fresh_server_has_an_id_an_empty_log_and_the_first_syncing_schema(store: Store) -> None:
    info = store.meta()
    assert len(info.server_id) == 32
    assert (info.head, info.oldest_cursor, info.min_client_schema) == (0, 0, 2)
    reopened = Store.open(store.engine.url)
    assert reopened.meta() == info  # opening again migrates nothing and keeps the id
    reopened.close()


def test_push_merges_by_stamp_and_records_unseen_losers(store: Store, clock: FakeClock) -> None:
    ali, badr = sign_in(store, "ali"), sign_in(store, "badr")
    ali_clock, badr_clock = HybridClock("alipc", clock), HybridClock("badrpc", clock)
    created = field_ops(ali_clock, "contacts", "c1", {"name": "Huda", "phone": "1"})
    assert [r["result"] for r in store.push(ali, "b1", created)["results"]] == ["applied", "applied"]

    # both edit the name without seeing each other's edit; badr's stamp is later
    ali_edit = field_ops(ali_clock, "contacts", "c1", {"name": "Huda A."}, base=created[0]["stamp"])
    clock.advance(seconds=1)
    badr_edit = field_ops(badr_clock, "contacts", "c1", {"name": "Huda B."}, base=created[0]["stamp"])
    assert store.push(badr, "b2", badr_edit)["results"][0]["result"] == "applied"
    assert store.push(ali, "b3", ali_edit)["results"][0]["result"] == "superseded"

    snapshot = store.snapshot(ali, None, 100)
    assert {(s["field"], s["value"]) for s in snapshot["states"]} == {("name", "Huda B."), ("phone", "1")}
    assert snapshot["cursor"] == 4
    [conflict] = store.conflicts()
    assert (conflict["value"], conflict["stamp"], conflict["winner_stamp"]) == (
        "Huda A.",
        ali_edit[0]["stamp"],
        badr_edit[0]["stamp"],
    )
    # the superseded op is relayed too, so every device records the same conflict
    assert [op["value"] for op in pull_all(store, ali)] == ["Huda", "1", "Huda B.", "Huda A."]


def test_a_replayed_batch_changes_nothing(store: Store, clock: FakeClock) -> None:
    ali = sign_in(store, "ali")
    batch = field_ops(HybridClock("alipc", clock), "contacts", "c1", {"name": "Huda", "city": "Jeddah"})
    first = store.push(ali, "b1", batch)
    clock.advance(minutes=3)
    again = store.push(ali, "b1", batch)
    assert again == first
    assert store.meta().head == 2
    assert store.log_op_ids() == [op["op"] for op in batch]

    # the same ops under a new batch id (the first answer was lost before it was stored): not logged twice
    resent = store.push(ali, "b2", batch)
    assert [r["result"] for r in resent["results"]] == ["applied", "applied"]
    assert store.log_op_ids() == [op["op"] for op in batch]
    # and twice in one batch: once
    twice = store.push(ali, "b3", [batch[0], batch[0]])
    assert [r["result"] for r in twice["results"]] == ["applied", "applied"]
    assert store.meta().head == 2


def test_pull_pages_end_on_batch_boundaries(store: Store, clock: FakeClock) -> None:
    ali = sign_in(store, "ali")
    ali_clock = HybridClock("alipc", clock)
    sizes = [3, 4, 1, 5]
    for number, size in enumerate(sizes):
        values = {f"f{i}": i for i in range(size)}
        store.push(ali, f"b{number}", field_ops(ali_clock, "contacts", f"c{number}", values))

    pages: list[tuple[int, ...]] = []
    cursor, more = 0, True
    while more:
        page = store.pull(ali, cursor, 2)
        pages.append(tuple(op["seq"] for op in page["ops"]))
        cursor, more = page["cursor"], page["more"]
    # limit 2, but a page never ends inside a batch: 1-3 | 4-7 | 8 then 9-13 (8 alone is under the limit)
    assert pages == [(1, 2, 3), (4, 5, 6, 7), (8, 9, 10, 11, 12, 13)]
    assert cursor == 13
    assert store.pull(ali, 13, 2) == {"ops": [], "cursor": 13, "more": False}


def test_sellers_see_their_team_and_shared_tables_admins_everything(store: Store, clock: FakeClock) -> None:
    north, south = sign_in(store, "ali", team="north"), sign_in(store, "sami", team="south")
    boss = sign_in(store, "boss", team="north", role="admin")
    north_clock, south_clock = HybridClock("alipc", clock), HybridClock("samipc", clock)
    store.push(north, "n1", field_ops(north_clock, "contacts", "cn", {"name": "North Co"}))
    store.push(south, "s1", field_ops(south_clock, "contacts", "cs", {"name": "South Co"}))
    store.push(south, "s2", field_ops(south_clock, "settings", "business_name", {"value": "Shop"}))

    def rows(who: Principal) -> set[str]:
        return {op["row"] for op in pull_all(store, who)}

    assert rows(north) == {"cn", "business_name"}
    assert rows(south) == {"cs", "business_name"}
    assert rows(boss) == {"cn", "cs", "business_name"}
    assert {s["row"] for s in store.snapshot(north, None, 100)["states"]} == {"cn", "business_name"}

    # a seller cannot write another team's row (nor take it over); an admin can
    answer = store.push(north, "n2", field_ops(north_clock, "contacts", "cs", {"name": "Mine now"}))
    assert answer["results"][0]["result"] == "rejected"
    assert answer["results"][0]["reason"]
    clock.advance(seconds=1)
    fixed = field_ops(HybridClock("bosspc", clock), "contacts", "cs", {"name": "Fixed"})
    assert store.push(boss, "a1", fixed)["results"][0]["result"] == "applied"
    assert [op["value"] for op in pull_all(store, south) if op["row"] == "cs"] == ["South Co", "Fixed"]


def test_a_seller_cursor_skips_past_other_teams_ops(store: Store, clock: FakeClock) -> None:
    north, south = sign_in(store, "ali", team="north"), sign_in(store, "sami", team="south")
    south_clock = HybridClock("samipc", clock)
    for number in range(3):
        store.push(south, f"s{number}", field_ops(south_clock, "contacts", f"c{number}", {"name": "x"}))
    assert store.pull(north, 0, 10) == {"ops": [], "cursor": 3, "more": False}


def test_a_cursor_before_the_compacted_log_or_beyond_its_head_is_gone(store: Store, clock: FakeClock) -> None:
    ali = sign_in(store, "ali")
    ali_clock = HybridClock("alipc", clock)
    for number in range(3):
        store.push(ali, f"b{number}", field_ops(ali_clock, "contacts", f"c{number}", {"a": 1, "b": 2}))
    assert store.compact(4) == 4
    with pytest.raises(CursorTooOld):
        store.pull(ali, 3, 10)
    assert [op["seq"] for op in store.pull(ali, 4, 10)["ops"]] == [5, 6]
    with pytest.raises(CursorTooOld):
        store.pull(ali, 7, 10)
    # the snapshot still holds every row, consistent with the head
    snapshot = store.snapshot(ali, None, 100)
    assert (len(snapshot["states"]), snapshot["cursor"]) == (6, 6)


def test_snapshot_pages_cover_every_state_once(store: Store, clock: FakeClock) -> None:
    ali = sign_in(store, "ali")
    ali_clock = HybridClock("alipc", clock)
    for table in ("contacts", "deals"):
        for number in range(4):
            values = {"name": f"{table}{number}", "note": None, "amount": number * 1.5}
            store.push(ali, uuid.uuid4().hex, field_ops(ali_clock, table, f"id:{number}", values))
    seen: list[tuple[str, str, str]] = []
    after: str | None = None
    while True:
        page = store.snapshot(ali, after, 5)
        assert page["cursor"] == 24
        seen += [(s["table"], s["row"], s["field"]) for s in page["states"]]
        after = page["next"]
        if not page["more"]:
            break
    assert seen == sorted(seen)
    assert len(seen) == len(set(seen)) == 24
    amounts = {
        (s["table"], s["row"]): s["value"]
        for s in store.snapshot(ali, None, 100)["states"]
        if s["field"] == "amount"
    }
    assert amounts[("deals", "id:3")] == 4.5
    assert amounts[("contacts", "id:0")] == 0.0


def test_snapshot_pages_end_on_record_boundaries(store: Store, clock: FakeClock) -> None:
    """A page smaller than a record still holds whole records: a device never applies half a case."""
    ali = sign_in(store, "ali")
    ali_clock = HybridClock("alipc", clock)
    fields = {"subject": "Broken", "status": "open", "priority": 2, "channel": "phone"}
    for number in range(3):
        store.push(ali, uuid.uuid4().hex, field_ops(ali_clock, "cases", f"case:{number}", fields))
    pages: list[list[tuple[str, str, str]]] = []
    after: str | None = None
    while True:
        page = store.snapshot(ali, after, 3)  # fewer than a record's four fields
        pages.append([(s["table"], s["row"], s["field"]) for s in page["states"]])
        after = page["next"]
        if not page["more"]:
            break
    for states in pages:
        per_record = Counter((table, row) for table, row, _field in states)
        assert set(per_record.values()) == {len(fields)}, states
    seen = [state for states in pages for state in states]
    assert seen == sorted(seen)
    assert len(seen) == len(set(seen)) == 3 * len(fields)


def test_concurrent_pushers_never_make_a_puller_skip_a_seq(store: Store, clock: FakeClock) -> None:
    """Two devices push at once while a third pulls in a loop: the puller sees every seq, in order."""
    pushers = [sign_in(store, "ali"), sign_in(store, "badr")]
    reader = sign_in(store, "boss", role="admin")
    batches, size = 25, 8
    done = threading.Event()
    failures: list[BaseException] = []
    pulled: list[int] = []

    def push(who: Principal) -> None:
        device_clock = HybridClock(who.device_id, clock)
        try:
            for number in range(batches):
                values = {f"f{i}": i for i in range(size)}
                row = f"{who.device_id}-{number}"
                store.push(who, uuid.uuid4().hex, field_ops(device_clock, "contacts", row, values))
        except BaseException as error:  # reported below: a thread's exception would be lost
            failures.append(error)

    def pull() -> None:
        cursor = 0
        try:
            while True:
                last_round = done.is_set()  # read before pulling: the pushes have all committed
                page = store.pull(reader, cursor, 5)
                pulled.extend(op["seq"] for op in page["ops"])
                cursor = page["cursor"]
                if last_round and not page["more"]:
                    return
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=push, args=(who,)) for who in pushers]
    puller = threading.Thread(target=pull)
    puller.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    puller.join()
    assert failures == []
    total = len(pushers) * batches * size
    assert store.meta().head == total
    assert pulled == list(range(1, total + 1))  # in order, none skipped, none twice
    assert Counter(op["row"].split("-")[0] for op in pull_all(store, reader)) == {"alipc": 200, "badrpc": 200}
