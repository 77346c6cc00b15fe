"""Two laptops and the shop PC (three database files) and a real server on 127.0.0.1, through ``crm sync``."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.cli import main
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.sync import engine
from crm_desktop.sync.hlc import Stamp
from crm_desktop.sync_server.app import create_app

from .conftest import new_client, query, raw_write, synced_content
from .server_kit import PASSWORD, LiveServer

pytestmark = [pytest.mark.usefixtures("memory_keyring"), pytest.mark.slow]


class Cli:
    """``crm`` commands run in this process (so they use the test's in-memory keyring)."""

    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def __call__(self, database: Path, *args: str, stdin: str = "") -> tuple[int, str, str]:
        self.capsys.readouterr()
        self.monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main([*args, "--db", str(database)])
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    def json(self, database: Path, *args: str) -> Any:
        code, out, err = self(database, *args, "--json")
        assert code == 0, err
        return json.loads(out)

    def login(self, database: Path, url: str, user: str) -> None:
        code, out, err = self(
            database, "sync", "login", url, "--user", user, "--password-stdin", stdin=PASSWORD
        )
        assert code == 0, err
        assert "Signed in" in out


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(capsys, monkeypatch)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    app = create_app(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    store = app.state.store
    store.add_user("shop", PASSWORD, team="north", role="admin")
    store.add_user("ali", PASSWORD, team="north", role="seller")
    store.add_user("badr", PASSWORD, team="north", role="seller")
    with LiveServer(app) as running:
        yield running


def computer(template_db: Path, path: Path) -> Path:
    """A database file of a computer that has never synced."""
    new_client(template_db, path, connected=False).close()
    return path


def contents(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with Crm.open(path) as crm:
        return synced_content(crm)


def test_two_laptops_and_the_shop_converge_with_conflicts_visible(
    cli: Cli, server: LiveServer, template_db: Path, tmp_path: Path
) -> None:
    shop = computer(template_db, tmp_path / "shop.sqlite3")
    laptop1 = computer(template_db, tmp_path / "laptop1.sqlite3")
    laptop2 = computer(template_db, tmp_path / "laptop2.sqlite3")
    everyone = (shop, laptop1, laptop2)
    for path, user in zip(everyone, ("shop", "ali", "badr"), strict=True):
        cli.login(path, server.url + "/sync/v1", user)  # the address `crm server run` prints

    with Crm.open(shop) as crm:
        kaya = crm.companies.create(CompanyInput(name="Kaya Ltd.")).value
        omar = crm.contacts.create(ContactInput(given_name="Omar", company_id=kaya.id)).value
        layla = crm.contacts.create(ContactInput(given_name="Layla", city="Taif")).value
    first = cli.json(shop, "sync")
    assert first["pushed"] > 0 and first["rejected"] == 0
    first_sync = cli.json(laptop1, "sync")
    assert first_sync["pulled"] > 0
    assert first_sync["seed_rows"] > 0  # a new laptop starts from the server's seed
    code, out, err = cli(laptop2, "sync")
    assert code == 0, err
    assert "Started from the server's ready-made copy of the team's data" in out

    # a day offline: the same customers edited everywhere
    with Crm.open(laptop1) as crm:
        crm.contacts.update(omar.id, ContactInput(city="Riyadh"))
    with Crm.open(laptop2) as crm:
        crm.contacts.update(omar.id, ContactInput(city="Jeddah"))  # later: wins over Riyadh
        crm.contacts.delete(layla.id)
    with Crm.open(shop) as crm:
        crm.contacts.update(layla.id, ContactInput(city="Abha"))  # unseen by the deleter: Layla stays
        crm.companies.update(kaya.id, CompanyInput(name="Kaya Trading"))

    code, out, err = cli(laptop2, "sync")
    assert code == 0, err
    assert "Sent" in out and "Open conflicts" in out
    for _round in range(2):
        for path in (shop, laptop1, laptop2):
            assert cli.json(path, "sync")["rejected"] == 0
    assert contents(shop) == contents(laptop1) == contents(laptop2)
    with Crm.open(laptop1) as crm:
        assert crm.contacts.get(omar.id).city == "Jeddah"
        assert crm.contacts.get(layla.id).city == "Abha"
        assert crm.contacts.get(layla.id).deleted_at is None
        assert crm.companies.get(kaya.id).name == "Kaya Trading"

    for path in everyone:
        status = cli.json(path, "sync", "status")
        assert (status["state"], status["signed_in"], status["outbox_count"]) == ("synced", True, 0)
        assert status["open_conflicts"] == 2  # Riyadh lost to Jeddah; the delete lost to Abha
    conflicts = cli.json(laptop1, "sync", "conflicts")
    assert {(c["table"], c["row"], c["field"]) for c in conflicts} == {
        ("contacts", omar.id, "city"),
        ("contacts", layla.id, "deleted_at"),
    }
    city = next(c for c in conflicts if c["field"] == "city")
    assert (city["mine"], city["theirs"]) == ("Riyadh", "Jeddah")  # laptop1 wrote Riyadh

    code, out, err = cli(laptop1, "sync", "keep", str(city["id"]), "mine")
    assert code == 0, err
    assert "Riyadh" in out
    for _round in range(2):
        for path in (laptop1, laptop2, shop):
            cli.json(path, "sync")
    assert contents(shop) == contents(laptop1) == contents(laptop2)
    with Crm.open(shop) as crm:
        assert crm.contacts.get(omar.id).city == "Riyadh"
    assert cli.json(laptop1, "sync", "status")["open_conflicts"] == 1
    code, _out, err = cli(laptop1, "sync", "keep", "999999", "theirs")
    assert code == 2 and "999999" in err


@pytest.fixture
def laptop(cli: Cli, server: LiveServer, template_db: Path, tmp_path: Path) -> Path:
    """A laptop signed in and synced once."""
    path = computer(template_db, tmp_path / "laptop.sqlite3")
    cli.login(path, server.url, "ali")
    cli.json(path, "sync")
    return path


def waiting(path: Path) -> list[tuple[Any, ...]]:
    with Crm.open(path) as crm:
        return query(crm, "SELECT table_name, row_id, field, value FROM _outbox ORDER BY id")


def add_company(path: Path, name: str) -> str:
    with Crm.open(path) as crm:
        return crm.companies.create(CompanyInput(name=name)).value.id


def query_device(path: Path) -> str:
    with Crm.open(path) as crm:
        device: str = query(crm, "SELECT device_id FROM _sync_state")[0][0]
    return device


def raw_write_path(path: Path, sql: str, params: tuple[Any, ...]) -> None:
    with Crm.open(path) as crm:
        raw_write(crm, sql, params)


def test_a_revoked_laptop_is_told_and_keeps_its_data(cli: Cli, server: LiveServer, laptop: Path) -> None:
    device = cli.json(laptop, "sync", "status")
    server.store.revoke_device(query_device(laptop))
    company = add_company(laptop, "Written offline")
    before = contents(laptop)
    code, _out, err = cli(laptop, "sync")
    assert code == 1
    assert "no longer accepts this device" in err and "sign in again" in err
    assert contents(laptop) == before
    assert any(row[1] == company for row in waiting(laptop))  # still to be sent
    status = cli.json(laptop, "sync", "status")
    assert (status["state"], status["signed_in"], status["server_url"]) == (
        "signed-out",
        False,
        device["server_url"],
    )
    assert status["outbox_count"] > 0


def test_an_older_program_is_told_to_update(cli: Cli, laptop: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    add_company(laptop, "Written offline")
    before = waiting(laptop)
    monkeypatch.setattr(engine, "SCHEMA", 1)  # older than any the server takes (it takes 2 on)
    code, _out, err = cli(laptop, "sync")
    assert code == 1
    assert "too old for the sync server" in err and "update the program" in err
    assert [row[:3] for row in waiting(laptop)] == [row[:3] for row in before]


def test_a_clock_far_ahead_is_refused_with_a_clear_message(cli: Cli, laptop: Path) -> None:
    device = query_device(laptop)
    future = int((datetime.now(UTC) + timedelta(hours=3)).timestamp() * 1000)
    raw_write_path(laptop, "UPDATE _sync_state SET clock = ?", (Stamp(future, 0, device).text(),))
    company = add_company(laptop, "From the future")
    code, _out, err = cli(laptop, "sync")
    assert code == 1
    assert "minutes ahead of the sync server's clock" in err and "date and time" in err
    assert any(row[1] == company for row in waiting(laptop))


def test_a_stopped_server_means_working_offline(cli: Cli, server: LiveServer, laptop: Path) -> None:
    server.stop()
    add_company(laptop, "Written offline")
    code, out, err = cli(laptop, "sync")
    assert code == 1 and out == ""
    assert "does not answer" in err and "works offline" in err
    status = cli.json(laptop, "sync", "status")
    assert (status["state"], status["signed_in"]) == ("offline", True)
    assert status["outbox_count"] > 0
