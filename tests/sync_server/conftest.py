"""Fixtures of the sync server's tests: a server database on SQLite and on PostgreSQL.

PostgreSQL comes from CRM_TEST_PG_URL (default postgresql://postgres@127.0.0.1:5432/test).
Each test session makes a database of its own (test_<random>, dropped at the end) and
each test a schema of its own in it, so parallel test processes never share tables.
Without a PostgreSQL answering, its tests are skipped, unless CRM_REQUIRE_PG=1 (CI).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import URL, make_url

from crm_desktop.domain.errors import ConflictError
from crm_desktop.sync.hlc import HybridClock
from crm_desktop.sync_server.store import Principal, Store
from tests.conftest import FakeClock

PG_URL = os.environ.get("CRM_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
PASSWORD = "correct horse"


def _pg_connect(url: URL) -> Any:
    import psycopg

    return psycopg.connect(
        url.set(drivername="postgresql").render_as_string(hide_password=False),
        autocommit=True,
        connect_timeout=3,
    )


@pytest.fixture(scope="session")
def pg_database() -> Iterator[URL]:
    """A database of this test session's own on the test PostgreSQL server."""
    import psycopg

    base = make_url(PG_URL)
    try:
        admin = _pg_connect(base)
    except psycopg.OperationalError as error:
        if os.environ.get("CRM_REQUIRE_PG") == "1":
            pytest.fail(f"PostgreSQL at {PG_URL} does not answer (CRM_REQUIRE_PG=1): {error}")
        pytest.skip(f"PostgreSQL at {PG_URL} does not answer")
    name = f"test_{uuid.uuid4().hex[:16]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield base.set(database=name)
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty server database: a SQLite file, or a schema of its own in PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.sqlite3'}"
    database: URL = request.getfixturevalue("pg_database")
    schema = f"s_{uuid.uuid4().hex[:16]}"
    with _pg_connect(database) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    # every connection of the server then creates and finds its tables in that schema
    url = database.update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


@pytest.fixture
def store(database_url: str, clock: FakeClock) -> Iterator[Store]:
    opened = Store.open(database_url, clock)
    yield opened
    opened.close()


def sign_in(
    store: Store, name: str, *, team: str = "north", role: str = "seller", device: str = ""
) -> Principal:
    """A user (made if missing) signed in on ``device`` (default: ``<name>pc``)."""
    with contextlib.suppress(ConflictError):  # already there: a second device of the same user
        store.add_user(name, PASSWORD, team=team, role=role)
    answer = store.login(
        name, PASSWORD, address="127.0.0.1", device_name=name, device_id=device or f"{name}pc"
    )
    who = store.authenticate(answer["token"])
    assert who is not None
    return who


def field_ops(
    clock: HybridClock, table: str, row: str, values: dict[str, Any], base: str = ""
) -> list[dict[str, Any]]:
    """One op per field of ``values`` on ``row``, stamped by ``clock``."""
    return [
        {
            "op": uuid.uuid4().hex,
            "table": table,
            "row": row,
            "field": field,
            "value": value,
            "stamp": clock.now().text(),
            "base": base,
        }
        for field, value in values.items()
    ]
