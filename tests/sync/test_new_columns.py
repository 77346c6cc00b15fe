"""Migration 0005's columns and tables travel like any other: external ids, contact photos and
import mappings reach every device, and a seed an older server made is made again."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from PIL import Image

from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.storage import migrator
from crm_desktop.storage.engine import make_engine
from crm_desktop.sync.engine import sync_once
from crm_desktop.sync_server.seeds import Seeds

from .conftest import FakeServer, FakeTransport, open_conflicts_of, synced_content
from .test_seed import Server, _token


def sync_all(clients: list[Crm], server: FakeServer) -> None:
    for _round in range(2):
        for crm in clients:
            sync_once(crm, FakeTransport(server), 7)


def png(color: tuple[int, int, int]) -> bytes:
    stream = io.BytesIO()
    Image.new("RGB", (6, 6), color).save(stream, "PNG")
    return stream.getvalue()


def test_external_ids_photos_and_mappings_reach_every_device(clients: list[Crm]) -> None:
    a, b, c = clients
    server = FakeServer()
    contact = a.contacts.create(ContactInput(given_name="Omar", external_id="C-001")).value
    a.companies.create(CompanyInput(name="Kaya Ltd", external_id="F-7"))
    a.contact_photos.set(contact.id, png((200, 0, 0)))
    a.import_mappings.save("contacts", "Old shop", ["Kunden-Nr", "Ort"], ["external_id", "city"])
    sync_all(clients, server)
    assert synced_content(a) == synced_content(b) == synced_content(c)
    assert c.contacts.get(contact.id).external_id == "C-001"
    assert c.contact_photos.get(contact.id) == a.contact_photos.get(contact.id)
    saved = c.import_mappings.get("contacts", "old shop")
    assert saved.columns == {"Kunden-Nr": "external_id", "Ort": "city"}

    # offline, b and c change the photo and save the same mapping name: one photo row and one
    # mapping each, the later write winning everywhere, the other kept as a conflict
    b.contact_photos.set(contact.id, png((0, 200, 0)))
    c.contact_photos.set(contact.id, png((0, 0, 200)))
    b.import_mappings.save("contacts", "Old shop", ["Ort"], [None], replace=True)
    c.import_mappings.save("contacts", "OLD SHOP", ["Ort"], ["region"], replace=True)
    sync_all(clients, server)
    assert synced_content(a) == synced_content(b) == synced_content(c)
    assert a.contact_photos.get(contact.id) == c.contact_photos.get(contact.id)
    assert [(m.name, m.columns) for m in a.import_mappings.list()] == [("OLD SHOP", {"Ort": "region"})]
    lost = {(row[0], row[2]) for row in open_conflicts_of(c)}
    assert {("contact_photos", "image"), ("import_mappings", "columns")} <= lost

    a.import_mappings.delete("contacts", "old shop")
    sync_all(clients, server)
    assert b.import_mappings.list() == c.import_mappings.list() == []


@pytest.fixture
def real_server(tmp_path: Path, template_db: Path) -> Iterator[Server]:
    made = Server(tmp_path, template_db)
    yield made
    made.close()


def test_a_replica_an_older_version_made_is_made_again(real_server: Server) -> None:
    """A server still at 0004 merged ops for external_id (pushed by a laptop updated first) into
    its replica without the column, and moved its cursor past them; migrating that replica would
    hand out seeds without those ids."""
    laptop, transport = real_server.device("laptop")
    laptop.companies.create(CompanyInput(name="Kaya Ltd", external_id="F-7"))
    sync_once(laptop, transport)
    who = real_server.store.authenticate(_token(real_server))
    assert who is not None
    scope = real_server.seeds.scope_of(who)
    assert real_server.seeds.refresh(scope)
    folder = real_server.seeds.folder
    real_server.seeds.close()
    replica = folder / f"{scope}.sqlite3"
    engine = make_engine(replica)  # the replica as the older server left it
    with engine.connect() as connection:
        command.downgrade(migrator.alembic_config(connection), "0004")
        connection.commit()
    engine.dispose()

    restarted = Seeds(real_server.store, folder.parent)  # the updated server starts
    try:
        copy = restarted.export(who)
        assert copy is not None
        try:
            reader = sqlite3.connect(copy)
            rows = reader.execute("SELECT name, external_id FROM companies").fetchall()
            (version,) = reader.execute("SELECT version_num FROM alembic_version").fetchone()
            reader.close()
        finally:
            copy.unlink()
    finally:
        restarted.close()
    assert version == migrator.HEAD
    assert rows == [("Kaya Ltd", "F-7")]
