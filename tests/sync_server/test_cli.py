"""``crm server user add``, ``crm server device list|revoke`` (``run`` is tested in test_killed.py)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.cli import main
from crm_desktop.cli import server as server_cli
from crm_desktop.sync_server.store import BadCredentials, Store


@pytest.fixture
def database(tmp_path: Path) -> str:
    return str(tmp_path / "server.sqlite3")


def add_user(monkeypatch: pytest.MonkeyPatch, database: str, name: str, password: str, *options: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return main(["server", "user", "add", name, "--database", database, "--password-stdin", *options])


def test_user_add_hashes_the_password_read_from_stdin(
    monkeypatch: pytest.MonkeyPatch, database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add_user(monkeypatch, database, "ali", "a long secret", "--team", "north", "--role", "admin") == 0
    assert "ali" in capsys.readouterr().out
    store = Store.open(database)
    try:
        answer = store.login("ali", "a long secret", address="x", device_name="pc", device_id="pc1")
        who = store.authenticate(answer["token"])
        assert who is not None and (who.team, who.role) == ("north", "admin")
        with store.engine.connect() as connection:
            stored = connection.exec_driver_sql("SELECT password_hash FROM users").scalar_one()
        assert stored.startswith("$argon2id$") and "a long secret" not in stored
    finally:
        store.close()


def test_user_add_errors(
    monkeypatch: pytest.MonkeyPatch, database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add_user(monkeypatch, database, "ali", "a long secret") == 0
    assert add_user(monkeypatch, database, "ali", "another secret") == 2
    assert "already a user named" in capsys.readouterr().err
    assert add_user(monkeypatch, database, "badr", "short") == 2
    assert "at least 8 characters" in capsys.readouterr().err
    assert add_user(monkeypatch, database, "badr", "a long secret", "--role", "boss") == 2  # argparse
    monkeypatch.setattr("sys.stdin", io.StringIO("a long secret\n"))
    assert main(["server", "user", "add", "badr", "--database", database]) == 2
    assert "--password-stdin" in capsys.readouterr().err


def test_device_list_and_revoke(
    monkeypatch: pytest.MonkeyPatch, database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["server", "device", "list", "--database", database]) == 0
    assert "No device" in capsys.readouterr().out
    add_user(monkeypatch, database, "ali", "a long secret")
    store = Store.open(database)
    token = store.login("ali", "a long secret", address="x", device_name="Field laptop", device_id="lap1")[
        "token"
    ]
    capsys.readouterr()

    assert main(["server", "device", "list", "--database", database, "--json"]) == 0
    [device] = json.loads(capsys.readouterr().out)
    assert (device["id"], device["user"], device["name"], device["revoked_at"]) == (
        "lap1",
        "ali",
        "Field laptop",
        None,
    )
    assert main(["server", "device", "list", "--database", database]) == 0
    assert "Field laptop" in capsys.readouterr().out

    assert main(["server", "device", "revoke", "lap1", "--database", database]) == 0
    assert "Revoked device lap1" in capsys.readouterr().out
    assert store.authenticate(token) is None
    assert main(["server", "device", "list", "--database", database, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["revoked_at"] is not None
    assert main(["server", "device", "revoke", "nope", "--database", database]) == 2
    assert "nope" in capsys.readouterr().err
    store.close()


def test_a_database_that_is_not_sqlite_or_postgresql_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["server", "device", "list", "--database", "mysql://root@localhost/crm"]) == 2
    assert "SQLite file or in PostgreSQL" in capsys.readouterr().err


def test_https_needs_both_files(capsys: pytest.CaptureFixture[str], database: str) -> None:
    assert main(["server", "run", "--database", database, "--certfile", "cert.pem"]) == 2
    assert "--keyfile" in capsys.readouterr().err


def test_the_database_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CRM_SERVER_DB", database)
    monkeypatch.setattr("sys.stdin", io.StringIO("a long secret\n"))
    assert main(["server", "user", "add", "ali", "--password-stdin"]) == 0
    assert Path(database).exists()


def test_user_list_and_password(
    monkeypatch: pytest.MonkeyPatch, database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["server", "user", "list", "--database", database]) == 0
    assert "No user yet" in capsys.readouterr().out
    add_user(monkeypatch, database, "ali", "a long secret", "--team", "north", "--role", "admin")
    add_user(monkeypatch, database, "badr", "another secret")
    store = Store.open(database)
    try:
        store.login("badr", "another secret", address="x", device_name="Field laptop", device_id="lap1")
    finally:
        store.close()
    capsys.readouterr()

    assert main(["server", "user", "list", "--database", database, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(u["name"], u["team"], u["role"], u["devices"]) for u in listed] == [
        ("ali", "north", "admin", 0),
        ("badr", "main", "seller", 1),
    ]
    assert main(["server", "user", "list", "--database", database]) == 0
    assert "north" in capsys.readouterr().out

    monkeypatch.setattr("sys.stdin", io.StringIO("a new long secret\n"))
    assert main(["server", "user", "password", "badr", "--database", database, "--password-stdin"]) == 0
    assert "Changed the password of badr" in capsys.readouterr().out
    store = Store.open(database)
    try:
        assert store.login("badr", "a new long secret", address="y", device_name="pc", device_id="pc2")[
            "token"
        ]
        with pytest.raises(BadCredentials):
            store.login("badr", "another secret", address="y", device_name="pc", device_id="pc3")
    finally:
        store.close()

    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["server", "user", "password", "badr", "--database", database, "--password-stdin"]) == 2
    assert "at least 8 characters" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("a long secret\n"))
    assert main(["server", "user", "password", "nobody", "--database", database, "--password-stdin"]) != 0
    assert main(["server", "user", "password", "badr", "--database", database]) == 2
    assert "--password-stdin" in capsys.readouterr().err


def test_seeds_are_kept_beside_the_database_or_where_asked(
    monkeypatch: pytest.MonkeyPatch, database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    served: list[Any] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **_options: served.append(app))
    assert main(["server", "run", "--database", database]) == 0
    assert main(["server", "run", "--database", database, "--seed-folder", str(tmp_path / "seeds")]) == 0
    beside, asked = (app.state.seeds for app in served)
    try:
        assert beside.folder.parent == Path(database).with_suffix(".seeds")
        assert asked.folder.parent == tmp_path / "seeds"
    finally:
        beside.close()
        asked.close()
        for app in served:
            app.state.store.close()
    assert "Sync server on http://127.0.0.1:8765/sync/v1" in capsys.readouterr().out


def test_compact_and_min_schema(
    monkeypatch: pytest.MonkeyPatch, database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add_user(monkeypatch, database, "ali", "a long secret", "--role", "admin") == 0
    store = Store.open(database)
    try:
        answer = store.login("ali", "a long secret", address="127.0.0.1", device_name="pc", device_id="pc1")
        who = store.authenticate(answer["token"])
        assert who is not None
        op = {"op": "o1", "table": "companies", "row": "c1", "field": "name", "value": "Kaya"}
        store.push(who, "b1", [{**op, "stamp": f"{1:012x}-0000-pc1", "base": ""}])
    finally:
        store.close()
    capsys.readouterr()
    assert main(["server", "compact", "--database", database, "--keep-days", "30"]) == 0
    assert "Dropped 0 changes older than 30 days" in capsys.readouterr().out
    assert main(["server", "compact", "--database", database, "--keep-days", "0"]) == 0
    assert "Dropped 1 changes" in capsys.readouterr().out
    assert main(["server", "compact", "--database", database, "--keep-days", "-1"]) == 2
    assert main(["server", "min-schema", "--database", database, "3"]) == 0
    assert "older than version 3" in capsys.readouterr().out
    assert main(["server", "min-schema", "--database", database]) == 0
    assert "older than version 3" in capsys.readouterr().out
    store = Store.open(database)
    try:
        assert store.meta().min_client_schema == 3
        assert store.meta().oldest_cursor == store.meta().head == 1
    finally:
        store.close()


def test_without_the_server_packages_the_message_says_how_to_get_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    missing = ModuleNotFoundError("No module named 'uvicorn'", name="uvicorn")

    assert "pip install 'crm-desktop[server]'" in str(server_cli._missing_extra(missing))
    assert "(uvicorn)" in str(server_cli._missing_extra(missing))

    monkeypatch.setattr(sys, "frozen", True, raising=False)  # the installed bundle
    frozen = str(server_cli._missing_extra(missing))
    assert frozen.startswith("This installation of CRM Desktop has no sync server.")
