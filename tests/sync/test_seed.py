"""A new device's first sync from the server's seed: the same data, search index and conflicts
as pulling the whole log, in one transaction, and the log pulled instead whenever the seed
cannot be used."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.services.pipeline import PipelineInput
from crm_desktop.sync import engine, seed
from crm_desktop.sync.engine import SyncReport, sync_once
from crm_desktop.sync.errors import ServerUnreachable, SyncError
from crm_desktop.sync.hlc import Stamp
from crm_desktop.sync.http import HttpTransport, login
from crm_desktop.sync.outbox import seal
from crm_desktop.sync_server import seeds
from crm_desktop.sync_server.app import create_app
from crm_desktop.sync_server.seeds import Seeds

from .conftest import new_client, open_conflicts_of, query, synced_content
from .server_kit import PASSWORD, AppTransport, store_of

URL = "http://sync.test"


class Server:
    """The real server in-process; each device signs in with a token of its own."""

    def __init__(self, folder: Path, template: Path) -> None:
        self.folder = folder
        self.template = template
        self.app = create_app(f"sqlite:///{folder / 'server.sqlite3'}")
        self.store = store_of(self.app)
        self.seeds: Seeds = self.app.state.seeds
        self.store.add_user("shop", PASSWORD, team="north", role="admin")
        self.store.add_user("ali", PASSWORD, team="north", role="seller")
        self.store.add_user("sami", PASSWORD, team="south", role="seller")
        self.bridge = AppTransport(self.app)
        self.opened: list[Crm] = []

    def device(self, name: str, user: str = "shop") -> tuple[Crm, HttpTransport]:
        crm = new_client(self.template, self.folder / f"{name}.sqlite3", connected=False)
        self.opened.append(crm)
        device_id = query(crm, "SELECT device_id FROM _sync_state")[0][0]
        session = login(URL, user, PASSWORD, name, device_id=device_id, transport=self.bridge)
        return crm, HttpTransport(URL, session.token, transport=self.bridge)

    def close(self) -> None:
        for crm in self.opened:
            crm.close()
        self.seeds.close()


class LogOnly:
    """A transport without seeds, as with a server of an earlier version."""

    def __init__(self, transport: HttpTransport) -> None:
        self.inner = transport

    def __getattr__(self, name: str) -> Any:
        if name == "seed":
            raise AttributeError(name)
        return getattr(self.inner, name)


@pytest.fixture
def server(tmp_path: Path, template_db: Path) -> Iterator[Server]:
    made = Server(tmp_path, template_db)
    yield made
    made.close()


def shop_with_history(server: Server) -> Crm:
    """The shop PC and a laptop have worked a while: records, a delete, a conflict, tags."""
    shop, shop_line = server.device("shop")
    kaya = shop.companies.create(CompanyInput(name="Kaya Tekstil")).value
    omar = shop.contacts.create(
        ContactInput(given_name="Omar", family_name="Haddad", company_id=kaya.id, tags=["VIP"])
    ).value
    gone = shop.contacts.create(ContactInput(given_name="Leyla", family_name="Demir")).value
    sync_once(shop, shop_line)
    laptop, laptop_line = server.device("laptop")
    sync_once(laptop, laptop_line)
    shop.contacts.update(omar.id, ContactInput(job_title="Buyer"))
    laptop.contacts.update(omar.id, ContactInput(job_title="Owner"))  # unseen by the shop: a conflict
    # both rename the pipeline every database has (a row a new device has too)
    pipeline = shop.pipelines.default().id
    shop.pipelines.update(pipeline, PipelineInput(name="Wholesale"))
    laptop.pipelines.update(pipeline, PipelineInput(name="Retail"))
    shop.contacts.delete(gone.id)
    # the shop deletes a company the laptop, unaware, gives a new contact: it comes back
    atlas = shop.companies.create(CompanyInput(name="Atlas Gıda")).value
    sync_once(shop, shop_line)
    sync_once(laptop, laptop_line)
    shop.companies.delete(atlas.id)
    laptop.contacts.create(ContactInput(given_name="Selin", company_id=atlas.id))
    sync_once(shop, shop_line)
    sync_once(laptop, laptop_line)
    sync_once(shop, shop_line)
    return shop


def search_docs(crm: Crm) -> list[tuple[Any, ...]]:
    return query(crm, "SELECT entity, ref_id, body FROM search_docs ORDER BY ref_id")


def conflicts(crm: Crm) -> list[tuple[Any, ...]]:
    return query(
        crm,
        "SELECT table_name, row_id, field, losing_value, losing_stamp, winning_value, winning_stamp "
        "FROM _conflicts ORDER BY table_name, row_id, field, losing_stamp",
    )


def test_a_new_device_from_the_seed_holds_what_pulling_the_log_gives(server: Server) -> None:
    shop = shop_with_history(server)
    seeded, seeded_line = server.device("seeded")
    report = sync_once(seeded, seeded_line)
    head = server.store.meta().head
    pulled, pulled_line = server.device("pulled")
    by_log = sync_once(pulled, LogOnly(pulled_line))  # type: ignore[arg-type]

    assert report.seed_rows > 0 and by_log.seed_rows == 0
    assert report.pulled < by_log.pulled  # the current state, not every op ever pushed
    assert synced_content(seeded) == synced_content(pulled) == synced_content(shop)
    assert search_docs(seeded) == search_docs(pulled) == search_docs(shop)
    assert conflicts(seeded) == conflicts(pulled)
    assert open_conflicts_of(seeded)  # the job title the shop's "Buyer" lost to is visible
    assert query(seeded, "SELECT pull_cursor FROM _sync_state") == [(head,)]
    assert seeded.search.contacts("Haddad")[0].display_name == "Omar Haddad"


def test_the_device_clock_passes_every_stamp_it_took_in(server: Server) -> None:
    shop_with_history(server)
    seeded, seeded_line = server.device("seeded")
    sync_once(seeded, seeded_line)
    newest = query(seeded, "SELECT max(stamp) FROM _field_stamps")[0][0]
    omar = seeded.search.contacts("Omar")[0]
    seeded.contacts.update(omar.id, ContactInput(city="Bursa"))  # a write after the seed
    seal(seeded.db)
    (written,) = query(seeded, "SELECT stamp FROM _outbox WHERE field = 'city'")[0]
    assert Stamp.parse(written) > Stamp.parse(newest)


def test_rows_made_before_the_first_sync_are_merged_with_the_seed(server: Server) -> None:
    shop = shop_with_history(server)
    laptop, line = server.device("offline-laptop")
    mine = laptop.contacts.create(ContactInput(given_name="Aylin", family_name="Kara")).value
    report = sync_once(laptop, line)
    sync_once(shop, server.device("shop-again")[1])  # not needed by the laptop: shop is the same
    assert report.seed_rows > 0
    assert query(laptop, "SELECT display_name FROM contacts WHERE id = ?", (mine.id,)) == [("Aylin Kara",)]
    other, other_line = server.device("other")
    sync_once(other, other_line)
    assert synced_content(other) == synced_content(laptop)


def test_a_seller_s_seed_holds_only_what_the_team_may_see(server: Server) -> None:
    shop_with_history(server)  # team north
    south, south_line = server.device("south", user="sami")
    report = sync_once(south, south_line)
    assert report.seed_rows > 0  # the shared tables (the pipeline, the tag)
    assert query(south, "SELECT count(*) FROM contacts") == [(0,)]
    assert query(south, "SELECT name FROM tags") == [("VIP",)]
    north, north_line = server.device("north", user="ali")
    sync_once(north, north_line)
    assert query(north, "SELECT count(*) FROM contacts WHERE deleted_at IS NULL") == [(2,)]  # Omar, Selin


def test_a_seed_of_another_database_version_is_left_for_the_log(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop = shop_with_history(server)
    monkeypatch.setattr(seed.migrator, "HEAD", "9999")
    laptop, line = server.device("laptop2")
    report = sync_once(laptop, line)
    assert report.seed_rows == 0 and report.pulled > 0
    assert synced_content(laptop) == synced_content(shop)
    assert not list(laptop.db.path.parent.glob(".*.seed"))  # the download is gone


def test_a_seed_still_being_made_is_left_for_the_log(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    shop = shop_with_history(server)
    # a replica further behind than a request may wait for: a page at a time, no time to wait
    monkeypatch.setattr(seeds, "PAGE", 5)
    server.seeds.budget_s = 0.0
    laptop, line = server.device("laptop2")
    report = sync_once(laptop, line)
    assert report.seed_rows == 0
    assert synced_content(laptop) == synced_content(shop)


def test_a_failure_while_taking_the_seed_leaves_the_file_as_it_was(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop = shop_with_history(server)
    laptop, line = server.device("laptop2")
    before = synced_content(laptop)

    def broken(*_args: object) -> list[object]:
        raise CrmError("the disk is full")

    monkeypatch.setattr(seed, "_ops_to_merge", broken)
    with pytest.raises(CrmError, match="disk is full"):
        sync_once(laptop, line)
    assert synced_content(laptop) == before
    assert query(laptop, "SELECT pull_cursor FROM _sync_state") == [(0,)]
    others = "SELECT count(*) FROM _field_stamps WHERE stamp NOT LIKE ?"
    assert query(laptop, others, ("%" + device(laptop),)) == [(0,)]
    monkeypatch.undo()
    report = sync_once(laptop, line)
    assert report.seed_rows > 0
    assert synced_content(laptop) == synced_content(shop)


def device(crm: Crm) -> str:
    return str(query(crm, "SELECT device_id FROM _sync_state")[0][0])


def test_a_replica_follows_the_log_and_a_compacted_log(server: Server) -> None:
    shop = shop_with_history(server)
    scope = server.seeds.scope_of(server.store.authenticate(_token(server)) or pytest.fail("no device"))
    assert server.seeds.refresh(scope)
    shop.companies.create(CompanyInput(name="Atlas"))
    sync_once(shop, server.device("shop-2")[1])
    server.store.compact(server.store.meta().head)
    assert server.seeds.refresh(scope)
    copy = server.seeds.export(server.store.authenticate(_token(server)))  # type: ignore[arg-type]
    assert copy is not None
    try:
        names = sqlite3.connect(copy).execute("SELECT name FROM companies ORDER BY name").fetchall()
    finally:
        copy.unlink()
    assert names == [("Atlas",), ("Atlas Gıda",), ("Kaya Tekstil",)]
    assert server.seeds.scopes() == [scope]


def _token(server: Server) -> str:
    return login(URL, "shop", PASSWORD, "probe", transport=server.bridge).token


def test_a_server_without_seeds_or_a_full_disk(tmp_path: Path) -> None:
    def older(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"detail": "Not Found"})

    transport = HttpTransport(URL, "tok", transport=httpx.MockTransport(older))
    assert transport.seed(tmp_path / "seed") is False
    assert not (tmp_path / "seed").exists()

    def serves(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"SQLite format 3\x00" + bytes(100))

    transport = HttpTransport(URL, "tok", transport=httpx.MockTransport(serves))
    with pytest.raises(SyncError, match="could not be saved in"):
        transport.seed(tmp_path / "no such folder" / "seed")


def test_the_sync_report_counts_the_seed(server: Server) -> None:
    shop_with_history(server)
    laptop, line = server.device("laptop2")
    report: SyncReport = engine.sync_once(laptop, line)
    contacts = {row_id for (row_id,) in query(laptop, "SELECT id FROM contacts")}
    assert report.received.changed["contacts"] == contacts
    assert (
        report.pulled
        >= query(laptop, "SELECT count(*) FROM _field_stamps WHERE table_name = 'contacts'")[0][0]
    )


class PullFails:
    """A transport whose pulls do not get through (the connection drops after the push)."""

    def __init__(self, transport: HttpTransport) -> None:
        self.inner = transport

    def __getattr__(self, name: str) -> Any:
        if name in ("pull", "seed"):
            raise ServerUnreachable("the connection dropped")
        return getattr(self.inner, name)

    def push(self, *args: Any) -> Any:
        return self.inner.push(*args)

    def pull(self, *_args: Any) -> Any:
        raise ServerUnreachable("the connection dropped")


def test_a_phone_another_device_added_to_a_record_this_one_has_is_searchable(server: Server) -> None:
    shop = shop_with_history(server)
    laptop, line = server.device("laptop2")
    kamal = laptop.contacts.create(ContactInput(given_name="Kamal", family_name="Nasser")).value
    with pytest.raises(ServerUnreachable):
        sync_once(laptop, PullFails(line))  # type: ignore[arg-type]  (pushed, never pulled)
    shop_line = server.device("shop-2")[1]
    sync_once(shop, shop_line)
    shop.contacts.update(kamal.id, ContactInput(phones=["+966 50 123 4567"]))
    sync_once(shop, shop_line)

    report = sync_once(laptop, line)
    assert report.seed_rows > 0
    assert search_docs(laptop) == search_docs(shop)
    assert [row.id for row in laptop.search.contacts("0501234567")] == [kamal.id]


def test_a_garbled_download_is_left_for_the_log(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    shop = shop_with_history(server)
    laptop, line = server.device("laptop2")

    def garbled(into: Path) -> bool:
        into.write_bytes(b"SQLite format 3\x00" + bytes(4000))
        return True

    monkeypatch.setattr(line, "seed", garbled)
    report = sync_once(laptop, line)
    assert report.seed_rows == 0
    assert synced_content(laptop) == synced_content(shop)


def test_a_request_leaves_a_compacted_log_to_the_background(server: Server) -> None:
    shop_with_history(server)
    scope = server.seeds.scope_of(server.store.authenticate(_token(server)) or pytest.fail("no device"))
    server.store.compact(server.store.meta().head)
    assert server.seeds.refresh(scope, budget_s=30) is False  # taking the whole state is not for a request
    assert server.seeds.refresh(scope) is True


def test_old_copies_are_swept_and_a_closed_server_hands_out_none(server: Server) -> None:
    shop_with_history(server)
    who = server.store.authenticate(_token(server)) or pytest.fail("no device")
    old, young = (server.seeds.export(who) for _copy in range(2))
    assert old is not None and young is not None
    os.utime(old, (1, 1))
    server.seeds.export(who)
    assert not old.exists() and young.exists()
    server.seeds.close()
    assert server.seeds.export(who) is None  # the device pulls the log (409)
