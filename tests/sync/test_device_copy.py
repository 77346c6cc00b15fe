"""A database file copied (to another computer, or beside itself) syncs as a device of its own."""

from __future__ import annotations

import shutil
from pathlib import Path

from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput
from crm_desktop.sync import outbox
from crm_desktop.sync.engine import sync_once
from crm_desktop.sync.store import claim_device

from .conftest import FakeServer, FakeTransport, query, raw_write, synced_content


def device_of(crm: Crm) -> str:
    return str(query(crm, "SELECT device_id FROM _sync_state")[0][0])


def test_a_copied_file_gets_a_device_id_of_its_own_and_both_converge(
    clients: list[Crm], tmp_path: Path
) -> None:
    original = clients[0]
    server = FakeServer()
    company = original.companies.create(CompanyInput(name="Kaya Ltd.")).value
    first = sync_once(original, FakeTransport(server), 5)
    assert not first.new_device  # the first sync records where the file is, nothing more
    device = device_of(original)
    assert not claim_device(original.db)

    original.companies.update(company.id, CompanyInput(name="Kaya Trading"))
    outbox.seal(original.db)  # sent in a batch whose answer never came back
    raw_write(original, "UPDATE _outbox SET batch = 'lost-batch' WHERE rejected IS NULL")
    query(original, "PRAGMA wal_checkpoint(TRUNCATE)")  # the file as a closed program leaves it
    copy_path = tmp_path / "copy.sqlite3"
    shutil.copyfile(original.db.path, copy_path)
    with Crm.open(copy_path) as copy:
        assert device_of(copy) == device  # a byte-for-byte copy ...
        transport = FakeTransport(server)
        report = sync_once(copy, transport, 5)
        copy_batches = transport.pushed_batches
        assert report.new_device  # ... becomes a device of its own at its first sync
        # and sends the unacknowledged ops again in batches of its own (the lost batch's id is
        # the original device's on the server)
        assert "lost-batch" not in copy_batches
        assert device_of(copy) != device
        assert device_of(original) == device
        assert not sync_once(copy, FakeTransport(server), 5).new_device

        # each edits the company; their stamps now differ by device, so the later one wins
        original.companies.update(company.id, CompanyInput(name="Kaya Original"))
        copy.companies.update(company.id, CompanyInput(name="Kaya Copy"))
        for crm in (original, copy, original):
            sync_once(crm, FakeTransport(server), 5)
        assert synced_content(original) == synced_content(copy)
        assert original.companies.get(company.id).name == "Kaya Copy"
