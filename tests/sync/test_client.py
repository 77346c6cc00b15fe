"""SyncClient: sign in, sync, sign out and the state it reports, against the real server in-process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput
from crm_desktop.sync import account
from crm_desktop.sync.account import KeyringUnavailable
from crm_desktop.sync.client import NEVER, OFFLINE, SIGNED_OUT, SYNCED, SyncClient, sides
from crm_desktop.sync.conflicts import keep_mine, open_conflicts
from crm_desktop.sync.engine import SCHEMA
from crm_desktop.sync.errors import ServerUnreachable, SyncAuthError, SyncUpgradeError
from crm_desktop.sync_server.app import create_app
from tests.conftest import MemoryKeyring

from .conftest import new_client, query, synced_content
from .server_kit import PASSWORD, AppTransport, free_port, store_of

URL = "https://sync.example.com"
pytestmark = pytest.mark.usefixtures("memory_keyring")


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Any]:
    server = create_app(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    store_of(server).add_user("ali", PASSWORD, role="admin")
    yield server
    store_of(server).close()


@pytest.fixture
def laptop(template_db: Path, tmp_path: Path) -> Iterator[Crm]:
    crm = new_client(template_db, tmp_path / "laptop.sqlite3", connected=False)
    yield crm
    crm.close()


def client_of(crm: Crm, app: Any) -> SyncClient:
    return SyncClient(crm, transport=AppTransport(app))


def synced_with_a_company(crm: Crm, app: Any) -> SyncClient:
    """``crm`` signed in as ali, with a company it has synced."""
    client = client_of(crm, app)
    client.login(URL, "ali", PASSWORD)
    crm.companies.create(CompanyInput(name="Kaya Ltd."))
    client.sync()
    return client


def test_a_new_computer_is_never_synced_until_it_signs_in_and_syncs(
    laptop: Crm, app: Any, memory_keyring: MemoryKeyring
) -> None:
    client = client_of(laptop, app)
    status = client.status()
    assert (status.state, status.signed_in, status.server_url, status.last_sync_at) == (
        NEVER,
        False,
        "",
        None,
    )
    with pytest.raises(SyncAuthError, match="not connected to a sync server"):
        client.sync()

    session = client.login(URL + "/sync/v1/", "ali", PASSWORD)
    assert session.device_id == client.device_id
    assert client.server_url == URL
    assert list(memory_keyring.passwords.values()) == [session.token]
    status = client.status()
    assert (status.state, status.signed_in) == (NEVER, True)

    laptop.companies.create(CompanyInput(name="Kaya Ltd."))
    report = client.sync()
    assert report.pushed > 0 and report.rejected == []
    status = client.status()
    assert (status.state, status.outbox_count, status.open_conflicts, status.message) == (SYNCED, 0, 0, "")
    assert status.last_sync_at is not None
    names = [row[0] for row in query(laptop, "SELECT name FROM companies")]
    assert "Kaya Ltd." in names


def test_two_computers_converge_and_conflicts_show_mine_and_theirs(
    laptop: Crm, app: Any, template_db: Path, tmp_path: Path
) -> None:
    with new_client(template_db, tmp_path / "shop.sqlite3", connected=False) as shop:
        mine, theirs = client_of(laptop, app), client_of(shop, app)
        for client in (mine, theirs):
            client.login(URL, "ali", PASSWORD)
        company = laptop.companies.create(CompanyInput(name="Kaya Ltd.")).value
        mine.sync()
        theirs.sync()
        laptop.companies.update(company.id, CompanyInput(name="Kaya (laptop)"))
        shop.companies.update(company.id, CompanyInput(name="Kaya (shop)"))
        theirs.sync()
        mine.sync()
        theirs.sync()
        assert synced_content(laptop) == synced_content(shop)
        assert mine.status().open_conflicts == 1
        conflict = open_conflicts(laptop.db)[0]
        assert sides(conflict, mine.device_id) == ("Kaya (laptop)", "Kaya (shop)")
        assert sides(conflict, theirs.device_id) == ("Kaya (shop)", "Kaya (laptop)")
        keep_mine(laptop.db, conflict.id)
        mine.sync()
        theirs.sync()
        assert laptop.companies.get(company.id).name == shop.companies.get(company.id).name == "Kaya (laptop)"


def test_a_revoked_device_is_signed_out_and_keeps_its_changes(laptop: Crm, app: Any) -> None:
    client = client_of(laptop, app)
    client.login(URL, "ali", PASSWORD)
    client.sync()
    store_of(app).revoke_device(client.device_id)
    laptop.companies.create(CompanyInput(name="Written after the revoke"))
    with pytest.raises(SyncAuthError, match="sign in again"):
        client.sync()
    assert client.token() is None  # forgotten: the next attempt does not knock with it again
    status = client.status()
    assert (status.state, status.signed_in) == (SIGNED_OUT, False)
    assert status.outbox_count > 0
    assert query(laptop, "SELECT count(*) FROM companies WHERE name = 'Written after the revoke'") == [(1,)]


def test_status_on_a_server_that_does_not_answer_is_offline_without_an_exception(
    laptop: Crm, app: Any
) -> None:
    client = client_of(laptop, app)
    client.login(URL, "ali", PASSWORD)
    offline = SyncClient(laptop, timeout=5)  # the real network, to a port nobody listens on
    with offline.crm.db.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE _sync_state SET server_url = ?", (f"http://127.0.0.1:{free_port()}",)
        )
    account.save_token(offline.server_url, offline.device_id, "tok")
    status = offline.status()
    assert (status.state, status.signed_in) == (OFFLINE, True)
    assert "does not answer" in status.message
    with pytest.raises(ServerUnreachable):
        offline.sync()
    assert offline.status(check_server=False).state == OFFLINE  # remembered without asking again


def test_an_old_program_gets_the_update_message(laptop: Crm, app: Any) -> None:
    client = client_of(laptop, app)
    client.login(URL, "ali", PASSWORD)
    store_of(app).set_min_client_schema(SCHEMA + 1)
    with pytest.raises(SyncUpgradeError, match="update the program"):
        client.sync()
    status = client.status()
    assert status.state == "error" and "update the program" in status.message
    assert status.signed_in


def test_signing_in_to_another_server_starts_its_log_from_the_beginning(
    laptop: Crm, app: Any, tmp_path: Path
) -> None:
    client = synced_with_a_company(laptop, app)
    assert query(laptop, "SELECT pull_cursor FROM _sync_state")[0][0] > 0
    other = create_app(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        store_of(other).add_user("ali", PASSWORD)
        moved = client_of(laptop, other)
        moved.login("https://other.example.com", "ali", PASSWORD)
        assert query(laptop, "SELECT server_url, pull_cursor FROM _sync_state") == [
            ("https://other.example.com", 0)
        ]
        assert account.load_token(URL, client.device_id) is None  # the old server's token is gone
    finally:
        store_of(other).close()


def test_logout_forgets_the_token_and_keeps_the_server(laptop: Crm, app: Any) -> None:
    client = client_of(laptop, app)
    client.login(URL, "ali", PASSWORD)
    client.logout()
    status = client.status()
    assert (status.state, status.signed_in, status.server_url) == (SIGNED_OUT, False, URL)
    with pytest.raises(SyncAuthError, match="not signed in"):
        client.sync()


def test_without_a_keyring_the_sign_in_works_for_this_process(laptop: Crm, app: Any) -> None:
    keyring.set_keyring(fail.Keyring())  # the memory_keyring fixture puts the old one back
    client = client_of(laptop, app)
    with pytest.raises(KeyringUnavailable):
        client.login(URL, "ali", PASSWORD)
    status = client.status()
    assert status.signed_in and "until the program ends" in status.message
    client.sync()
    assert client.status().state == SYNCED


def test_a_copied_database_signs_in_again_as_a_device_of_its_own(
    laptop: Crm, app: Any, tmp_path: Path
) -> None:
    client = synced_with_a_company(laptop, app)
    query(laptop, "PRAGMA wal_checkpoint(TRUNCATE)")  # the file as a closed program leaves it
    copy_path = tmp_path / "copy.sqlite3"
    copy_path.write_bytes(Path(laptop.db.path).read_bytes())
    with Crm.open(copy_path) as copy:
        copied = client_of(copy, app)
        with pytest.raises(SyncAuthError, match="copied or moved"):
            copied.sync()  # it would otherwise push as the original, with its token
        assert copied.device_id != client.device_id
        copied.login(URL, "ali", PASSWORD)
        copied.sync()
        client.sync()  # the original keeps its sign-in: the copy's did not replace it
        assert {device.id for device in store_of(app).devices()} == {client.device_id, copied.device_id}
