"""Whole syncs through an in-memory server: convergence, conflicts, deletes, clocks, crashes."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections import defaultdict
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.types import utcnow
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.services.pipeline import PipelineInput, StageInput
from crm_desktop.sync.apply import QUIET_FIELDS
from crm_desktop.sync.conflicts import keep_mine, keep_theirs, open_conflicts
from crm_desktop.sync.engine import SyncReport, sync_once
from crm_desktop.sync.hlc import is_floor
from crm_desktop.sync.ops import DELETED, FieldOp
from crm_desktop.sync.search import crm_reindexer

from .conftest import (
    FakeServer,
    FakeTransport,
    new_client,
    open_conflicts_of,
    query,
    raw_write,
    reading,
    synced_content,
)


def sync(crm: Crm, server: FakeServer, page_size: int = 7, **options: Any) -> SyncReport:
    return sync_once(crm, FakeTransport(server), page_size, **options)


def sync_all(clients: list[Crm], server: FakeServer) -> None:
    for _round in range(2):
        for crm in clients:
            sync(crm, server)


def test_a_device_connecting_later_does_not_put_the_default_pipeline_back(
    clients: list[Crm], template_db: Path, tmp_path: Path
) -> None:
    a, b, _c = clients
    server = FakeServer()
    sync_all([a, b], server)
    pipeline = a.pipelines.default().id
    stage = a.pipelines.stages(pipeline)[0].id
    a.pipelines.update(pipeline, PipelineInput(name="Wholesale"))
    sync_all([a, b], server)
    # months later a new laptop connects: its own untouched "Sales" is queued too
    late = new_client(template_db, tmp_path / "late.sqlite3")
    try:
        sync_all([late, a, b], server)
        for crm in (a, b, late):
            assert crm.pipelines.get(pipeline).name == "Wholesale"
            assert open_conflicts_of(crm) == []  # a default nobody chose is no conflict
        assert synced_content(late) == synced_content(a)
        late.stages.update(stage, StageInput(name="Lead in"))  # its own edits win as any other
        sync_all([late, a, b], server)
        assert a.pipelines.stages(pipeline)[0].name == "Lead in"
    finally:
        late.close()


def test_edits_of_the_same_field_converge_and_the_loser_is_a_conflict(clients: list[Crm]) -> None:
    a, b, c = clients
    server = FakeServer()
    company = a.companies.create(CompanyInput(name="Kaya Ltd.")).value
    sync_all(clients, server)
    a.companies.update(company.id, CompanyInput(name="Kaya A"))
    b.companies.update(company.id, CompanyInput(name="Kaya B"))  # later, without seeing a's
    sync(a, server)
    report = sync(b, server)
    sync_all(clients, server)

    assert synced_content(a) == synced_content(b) == synced_content(c)
    assert {crm.companies.get(company.id).name for crm in clients} == {"Kaya B"}
    assert report.received.conflicts == 1  # b met a's value, older and unseen
    assert ("companies", company.id, "name", "Kaya A", "Kaya B") in open_conflicts_of(b)
    assert [row.id for row in c.search.everything("kaya b")] == [company.id]


def test_keep_mine_and_keep_theirs_write_the_chosen_value_everywhere(clients: list[Crm]) -> None:
    a, b, c = clients
    server = FakeServer()
    company = a.companies.create(CompanyInput(name="Kaya Ltd.", website="kaya.example")).value
    sync_all(clients, server)
    a.companies.update(company.id, CompanyInput(name="Kaya A", website="a.example"))
    b.companies.update(company.id, CompanyInput(name="Kaya B", website="b.example"))
    sync(a, server)
    sync(b, server)
    sync(a, server)  # a learns it lost both fields
    conflicts = {conflict.field: conflict for conflict in open_conflicts(a.db)}
    assert set(conflicts) == {"name", "website"}

    keep_mine(a.db, conflicts["name"].id, reindex=crm_reindexer(a))  # a's own value back
    keep_theirs(a.db, conflicts["website"].id)  # b's value stays
    assert [conflict.field for conflict in open_conflicts(a.db)] == []
    sync_all(clients, server)

    for crm in clients:
        shown = crm.companies.get(company.id)
        assert (shown.name, shown.website) == ("Kaya A", "b.example")
    assert synced_content(a) == synced_content(b) == synced_content(c)
    assert query(a, "SELECT field, resolution FROM _conflicts ORDER BY field") == [
        ("name", "mine"),
        ("website", "theirs"),
    ]


def test_an_edit_the_deleter_had_not_seen_wins_over_the_delete(clients: list[Crm]) -> None:
    a, b, c = clients
    server = FakeServer()
    contact = a.contacts.create(ContactInput(given_name="Omar", city="Riyadh")).value
    sync_all(clients, server)
    a.contacts.delete(contact.id)
    b.contacts.update(contact.id, ContactInput(city="Jeddah"))
    sync(b, server)
    sync(a, server)
    sync_all(clients, server)

    for crm in clients:
        assert crm.contacts.get(contact.id).city == "Jeddah"
    assert synced_content(a) == synced_content(b) == synced_content(c)
    deletes = [row for crm in clients for row in open_conflicts_of(crm) if row[2] == DELETED]
    assert deletes and all(row[1] == contact.id and row[3] is not None for row in deletes)


def test_a_delete_after_seeing_every_edit_stands(clients: list[Crm]) -> None:
    a, b, _c = clients
    server = FakeServer()
    contact = a.contacts.create(ContactInput(given_name="Omar")).value
    sync_all(clients, server)
    b.contacts.update(contact.id, ContactInput(city="Jeddah"))
    sync(b, server)
    sync(a, server)
    a.contacts.delete(contact.id)
    sync_all(clients, server)
    for crm in clients:
        with pytest.raises(NotFoundError):
            crm.contacts.get(contact.id)
    assert all(open_conflicts_of(crm) == [] for crm in clients)


def test_a_child_added_under_a_deleted_parent_brings_the_parent_back(clients: list[Crm]) -> None:
    a, b, c = clients
    server = FakeServer()
    company = a.companies.create(CompanyInput(name="Kaya Ltd.", tags=["VIP"], phones=["+966 50 123 4567"]))
    company_id = company.value.id
    sync_all(clients, server)
    a.companies.delete(company_id)
    contact = b.contacts.create(ContactInput(given_name="Omar", company_id=company_id)).value
    sync(a, server)
    sync(b, server)  # b takes in a's delete, its new contact pointing to the company
    sync_all(clients, server)

    for crm in clients:
        assert crm.companies.get(company_id).deleted_at is None
        assert crm.contacts.get(contact.id).company_id == company_id
        # what was deleted with it comes back with it, as restoring it in the window does
        assert crm.tags.names_for([company_id]) == {company_id: ["VIP"]}
        assert query(
            crm, "SELECT value FROM contact_methods WHERE company_id = ? AND deleted_at IS NULL", [company_id]
        ) == [("+966 50 123 4567",)]
    assert synced_content(a) == synced_content(b) == synced_content(c)
    restored = [
        row
        for crm in clients
        for row in open_conflicts_of(crm)
        if row[:3] == ("companies", company_id, DELETED)
    ]
    assert restored


def test_the_same_when_the_child_reaches_the_deleter(clients: list[Crm]) -> None:
    # (a child written before the delete, by the clocks, counts as seen by the deleter: the
    # protocol's "seen" is "stamped before the base", see sync.ops)
    a, b, c = clients
    server = FakeServer()
    company = a.companies.create(CompanyInput(name="Kaya Ltd.")).value
    sync_all(clients, server)
    a.companies.delete(company.id)
    contact = b.contacts.create(ContactInput(given_name="Omar", company_id=company.id)).value
    sync(b, server)
    sync(a, server)  # a's delete is sealed before b's contact arrives
    sync_all(clients, server)
    for crm in clients:
        assert crm.companies.get(company.id).deleted_at is None
        assert crm.contacts.get(contact.id).company_id == company.id
    assert synced_content(a) == synced_content(b) == synced_content(c)


def skewed(hours: float) -> Any:
    return lambda: utcnow() + timedelta(hours=hours)


def sync_skewed(crm: Crm, server: FakeServer, hours: float) -> None:
    """A sync on a device whose clock is ``hours`` off: its writes were stamped by that clock."""
    offset = int(hours * 3600 * 1000)
    raw_write(crm, "UPDATE _outbox SET wall_ms = wall_ms + ? WHERE stamp IS NULL", (offset,))
    sync(crm, server, now=skewed(hours))


def test_clocks_three_hours_off_still_converge(clients: list[Crm]) -> None:
    fast, slow, _right = clients
    server = FakeServer()
    company = fast.companies.create(CompanyInput(name="Kaya Ltd.")).value
    sync_skewed(fast, server, +3)
    sync_skewed(slow, server, -3)
    slow.companies.update(company.id, CompanyInput(name="Slow's name"))
    sync_skewed(slow, server, -3)
    sync_skewed(fast, server, +3)
    # the slow clock's next write follows what it has seen, six hours "ahead" of it
    slow.companies.update(company.id, CompanyInput(name="Slow again"))
    fast.companies.update(company.id, CompanyInput(industry="Retail"))
    for _round in range(2):
        sync_skewed(slow, server, -3)
        sync_skewed(fast, server, +3)
        sync(clients[2], server)
    assert {
        (crm.companies.get(company.id).name, crm.companies.get(company.id).industry) for crm in clients
    } == {("Slow again", "Retail")}
    assert synced_content(clients[0]) == synced_content(clients[1]) == synced_content(clients[2])
    assert all(open_conflicts_of(crm) == [] for crm in clients)  # each write saw the one before


def test_a_push_whose_answer_was_lost_is_sent_again_and_nothing_doubles(clients: list[Crm]) -> None:
    a, b, _c = clients
    server = FakeServer()
    a.companies.create(CompanyInput(name="Kaya Ltd."))
    transport = FakeTransport(server)
    transport.lose_next_answer = True
    with pytest.raises(ConnectionError):
        sync_once(a, transport, 5)
    taken = len(server.log)
    sync_once(a, transport, 5)
    assert transport.pushed_batches[0] == transport.pushed_batches[1]
    op_ids = [op.op_id for _seq, op, _batch in server.log]
    assert len(op_ids) == len(set(op_ids)) > taken > 0
    sync(b, server)
    assert synced_content(a) == synced_content(b)


def test_a_cursor_older_than_the_server_keeps_bootstraps_from_the_snapshot(clients: list[Crm]) -> None:
    a, b, _c = clients
    server = FakeServer()
    for name in ("Kaya Ltd.", "Nour Trading", "Sahara Foods"):
        a.companies.create(CompanyInput(name=name))
    sync(a, server)
    server.floor = len(server.log)  # the server compacted everything
    report = sync(b, server, page_size=4)
    assert report.bootstrapped
    sync(a, server)
    assert synced_content(a) == synced_content(b)
    assert query(b, "SELECT pull_cursor FROM _sync_state") == [(len(server.log),)]


# ---------------------------------------------------------------- many devices, random work


@cache
def _machine_template() -> Path:
    path = Path(tempfile.mkdtemp(prefix="crm-sync-template-")) / "template.sqlite3"
    Crm.open(path).close()
    return path


CITIES = ("Riyadh", "Jeddah", "Abha", "Taif")
NAMES = ("Omar", "Layla", "Zainab", "Karim")
client_index = st.integers(min_value=0, max_value=3)
pick = st.integers(min_value=0, max_value=1000)


class Devices(RuleBasedStateMachine):
    """2–4 devices and a server; devices work offline and sync in random order and page sizes.

    At the end everyone syncs twice; then every device holds the same rows, the rows hold
    what the server's ops say, and every value overwritten without being seen is in some
    device's ``_conflicts``.
    """

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="crm-sync-"))
        self.server = FakeServer()
        self.devices: list[Crm] = []
        self.contacts: list[str] = []
        self.companies: list[str] = []

    @initialize(count=st.integers(min_value=2, max_value=4))
    def start(self, count: int) -> None:
        for number in range(count):
            self.devices.append(new_client(_machine_template(), self.folder / f"d{number}.sqlite3"))
        # a customer every device knows from the start: the records that get edited concurrently
        first = self.devices[0]
        company = first.companies.create(CompanyInput(name="Kaya")).value
        contact = first.contacts.create(ContactInput(given_name="Omar", company_id=company.id)).value
        self.companies.append(company.id)
        self.contacts.append(contact.id)
        for crm in self.devices:
            sync(crm, self.server, 50)

    def _device(self, index: int) -> Crm:
        return self.devices[index % len(self.devices)]

    @rule(device=client_index, name=st.sampled_from(NAMES), city=st.sampled_from(CITIES), company=pick)
    def create_contact(self, device: int, name: str, city: str, company: int) -> None:
        crm = self._device(device)
        company_id = None
        if self.companies and company % 2:
            company_id = self.companies[company % len(self.companies)]
            if not query(crm, "SELECT 1 FROM companies WHERE id = ?", (company_id,)):
                company_id = None  # this device has not heard of it yet
        try:
            contact = crm.contacts.create(
                ContactInput(given_name=name, city=city, company_id=company_id)
            ).value
        except ValidationError:  # the company is in this device's bin
            return
        self.contacts.append(contact.id)

    @rule(device=client_index, name=st.sampled_from(("Kaya", "Nour", "Sahara")))
    def create_company(self, device: int, name: str) -> None:
        self.companies.append(self._device(device).companies.create(CompanyInput(name=name)).value.id)

    # edits go to the first two records, so devices often write the same field unseen
    @rule(
        device=client_index,
        which=st.integers(min_value=0, max_value=1),
        field=st.sampled_from(("city", "given_name")),
        value=st.sampled_from(CITIES + NAMES),
    )
    def edit_contact(self, device: int, which: int, field: str, value: str) -> None:
        if self.contacts:
            contact_id = self.contacts[which % len(self.contacts)]
            with contextlib.suppress(NotFoundError, ValidationError):  # not here yet, or in the bin
                self._device(device).contacts.update(contact_id, ContactInput(**{field: value}))

    @rule(device=client_index, which=st.integers(min_value=0, max_value=1), name=st.sampled_from(NAMES))
    def edit_company(self, device: int, which: int, name: str) -> None:
        if self.companies:
            company_id = self.companies[which % len(self.companies)]
            with contextlib.suppress(NotFoundError):
                self._device(device).companies.update(company_id, CompanyInput(name=name))

    @rule(device=client_index, which=pick)
    def delete_contact(self, device: int, which: int) -> None:
        if self.contacts:
            with contextlib.suppress(NotFoundError):
                self._device(device).contacts.delete(self.contacts[which % len(self.contacts)])

    @rule(device=client_index, which=pick)
    def delete_company(self, device: int, which: int) -> None:
        if self.companies:
            with contextlib.suppress(NotFoundError):
                self._device(device).companies.delete(self.companies[which % len(self.companies)])

    @rule(device=client_index, which=pick)
    def restore_contact(self, device: int, which: int) -> None:
        if self.contacts:
            with contextlib.suppress(NotFoundError):
                self._device(device).contacts.restore(self.contacts[which % len(self.contacts)])

    @rule(device=client_index, page_size=st.integers(min_value=1, max_value=40))
    def sync(self, device: int, page_size: int) -> None:
        sync(self._device(device), self.server, page_size)

    def teardown(self) -> None:
        try:
            if self.devices:
                for _round in range(2):
                    for crm in self.devices:
                        sync(crm, self.server, 13)
                self._check()
        finally:
            for crm in self.devices:
                crm.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _check(self) -> None:
        with contextlib.ExitStack() as stack:
            readers = [stack.enter_context(reading(crm)) for crm in self.devices]
            self._check_devices(readers)

    def _check_devices(self, readers: list[sqlite3.Connection]) -> None:
        first = synced_content(readers[0])
        for reader in readers[1:]:
            assert synced_content(reader) == first
        for reader in readers:
            assert query(reader, "SELECT count(*) FROM _outbox") == [(0,)]

        by_field: dict[tuple[str, str, str], list[FieldOp]] = defaultdict(list)
        for _seq, op, _batch in self.server.log:
            by_field[(op.table, op.row_id, op.field)].append(op)
        final = {key: max(ops, key=lambda op: op.stamp) for key, ops in by_field.items()}
        # the rows hold the newest op's value of every field
        crm = readers[0]
        for (table, row_id, name), op in final.items():
            if name != DELETED:
                key = "key" if table == "settings" else "id"
                assert query(crm, f'SELECT "{name}" FROM "{table}" WHERE "{key}" = ?', (row_id,)) == [
                    (op.value,)
                ]

        recorded = {
            row
            for reader in readers
            for row in query(reader, "SELECT table_name, row_id, field, losing_stamp FROM _conflicts")
        }
        for key, ops in by_field.items():
            winner = final[key]
            for lost in ops:
                if lost.value == winner.value or key[2] in QUIET_FIELDS or is_floor(lost.stamp):
                    continue  # a default every database starts with is nobody's choice
                seen = any(other.base >= lost.stamp for other in ops)
                written_again = any(o.stamp > lost.stamp and o.value == lost.value for o in ops)
                assert seen or written_again or (*key, lost.stamp) in recorded, lost
        # a delete outvoted by an edit it had not seen is a conflict, and the row is live
        for (table, row_id, name), tombstone in final.items():
            if name != DELETED or tombstone.value is None or table == "settings":
                continue
            newer = any(
                op.stamp > tombstone.base
                for (t, r, f), op in final.items()
                if (t, r) == (table, row_id) and f != DELETED
            )
            shown = query(crm, f'SELECT deleted_at FROM "{table}" WHERE id = ?', (row_id,))
            if newer:
                assert shown == [(None,)]
                assert (table, row_id, DELETED, tombstone.stamp) in recorded
            else:
                assert shown == [(tombstone.value,)]


Devices.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_devices_converge = Devices.TestCase


def test_the_convergence_check_can_fail(clients: list[Crm]) -> None:
    """A device that misses a page (a cursor moved past it) is caught by the machine's check."""
    machine = Devices()
    machine.devices = clients[:2]
    clients[0].companies.create(CompanyInput(name="Kaya Ltd."))
    sync(clients[0], machine.server)
    raw_write(clients[1], "UPDATE _sync_state SET pull_cursor = ?", (len(machine.server.log),))
    for crm in clients[:2]:
        sync(crm, machine.server)
    with pytest.raises(AssertionError):
        machine._check()


def test_laptops_started_apart_share_one_default_pipeline(tmp_path: Path) -> None:
    """Each new file makes the default pipeline under the same ids, so syncing merges them."""
    server = FakeServer()
    laptops = [Crm.open(tmp_path / f"laptop{i}.sqlite3") for i in range(2)]
    try:
        for crm in laptops:
            sync_once(crm, FakeTransport(server))
        for crm in laptops:
            sync_once(crm, FakeTransport(server))
            pipelines = crm.pipelines.list().items
            assert len(pipelines) == 1
            assert len(crm.pipelines.stages(pipelines[0].id)) == 6
    finally:
        for crm in laptops:
            crm.close()
