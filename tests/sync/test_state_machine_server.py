"""The devices state machine of test_engine.py against the real server (its store on SQLite and on
PostgreSQL), each device speaking HTTP through HttpTransport: every device and the server end with
the same rows and fields, and every value overwritten unseen is in some device's ``_conflicts``."""

from __future__ import annotations

import itertools
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import initialize, rule, run_state_machine_as_test
from sqlalchemy import select
from sqlalchemy.engine import URL

from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.sync.engine import sync_once
from crm_desktop.sync.http import HttpTransport, login
from crm_desktop.sync.ops import DELETED, FieldOp
from crm_desktop.sync_server.app import create_app
from crm_desktop.sync_server.store import Store, field_states, ops
from tests.sync_server.conftest import _pg_connect, pg_database  # noqa: F401  (pg_database: a fixture)

from .conftest import new_client, query, reading
from .server_kit import PASSWORD, AppTransport, store_of
from .test_engine import Devices, _machine_template, client_index

URL_ = "http://sync.test"
pytestmark = pytest.mark.slow


class ServerLog:
    """What Devices._check reads of its server: the log as (seq, op, batch), here from the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def log(self) -> list[tuple[int, FieldOp, str]]:
        with self.store.engine.connect() as connection:
            rows = connection.execute(select(ops).order_by(ops.c.seq)).all()
        return [
            (
                row.seq,
                FieldOp(row.op_id, row.table_name, row.row_id, row.field, row.value, row.stamp, row.base),
                row.batch_id,
            )
            for row in rows
        ]

    def states(self) -> dict[tuple[str, str, str], tuple[Any, str]]:
        with self.store.engine.connect() as connection:
            rows = connection.execute(select(field_states)).all()
        return {(row.table_name, row.row_id, row.field): (row.value, row.stamp) for row in rows}


class ServerDevices(Devices):
    """Devices, with the real server behind each device's own token instead of the in-memory one."""

    new_database: Callable[[], str] = staticmethod(lambda: "")  # set by the test

    def __init__(self) -> None:
        super().__init__()
        self.app = create_app(self.new_database())
        self.store = store_of(self.app)
        self.store.add_user("owner", PASSWORD, role="admin")
        self.bridge = AppTransport(self.app)
        self.real = ServerLog(self.store)
        self.server = self.real  # type: ignore[assignment]  (Devices._check reads .log)
        self.transports: list[HttpTransport] = []

    @initialize(count=st.integers(min_value=2, max_value=4))
    def start(self, count: int) -> None:
        for number in range(count):
            crm = new_client(_machine_template(), self.folder / f"d{number}.sqlite3")
            device = query(crm, "SELECT device_id FROM _sync_state")[0][0]
            session = login(URL_, "owner", PASSWORD, f"d{number}", device_id=device, transport=self.bridge)
            self.devices.append(crm)
            self.transports.append(HttpTransport(URL_, session.token, transport=self.bridge))
        first = self.devices[0]
        company = first.companies.create(CompanyInput(name="Kaya")).value
        contact = first.contacts.create(ContactInput(given_name="Omar", company_id=company.id)).value
        self.companies.append(company.id)
        self.contacts.append(contact.id)
        for index in range(count):
            self._sync(index, 50)

    def _sync(self, index: int, page_size: int) -> int:
        """Sync one device; the number of batches it pushed."""
        return sync_once(self.devices[index], self.transports[index], page_size).batches

    def _sync_until_quiet(self) -> None:
        """Every device syncs twice in turn, as the issue asks; then nobody has anything left to send.

        Applying a pull can itself write (a child added under a deleted parent brings the parent
        back with a fresh op); sync_once sends such ops in the same sync, so two rounds suffice.
        """
        for _round in range(2):
            for index in range(len(self.devices)):
                self._sync(index, 13)
        left = sum(self._sync(index, 13) for index in range(len(self.devices)))
        assert left == 0, f"devices still had {left} batches to send after two rounds of syncs"

    @rule(device=client_index, page_size=st.integers(min_value=1, max_value=40))
    def sync(self, device: int, page_size: int) -> None:
        self._sync(device % len(self.devices), page_size)

    def teardown(self) -> None:
        try:
            if self.devices:
                self._sync_until_quiet()
                self._check()
                self._check_server()
        finally:
            for crm in self.devices:
                crm.close()
            for transport in self.transports:
                transport.close()
            self.store.close()

    def _check_server(self) -> None:
        """The server's field states are the devices': the same stamp for every field, the same value
        for every column (deleted_at's merged value is in _field_stamps.held, not the column)."""
        with reading(self.devices[0]) as crm:
            self._check_server_against(crm)

    def _check_server_against(self, crm: sqlite3.Connection) -> None:
        server = self.real.states()
        local = {
            (table, row, field): stamp
            for table, row, field, stamp in query(
                crm, "SELECT table_name, row_id, field, stamp FROM _field_stamps"
            )
        }
        assert {key: stamp for key, (_value, stamp) in server.items()} == local
        for (table, row_id, name), (value, _stamp) in server.items():
            if name == DELETED:
                continue
            key = "key" if table == "settings" else "id"
            assert query(crm, f'SELECT "{name}" FROM "{table}" WHERE "{key}" = ?', (row_id,)) == [(value,)]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def new_database(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], str]:
    """Makes an empty server database for each example: a SQLite file, or a PostgreSQL schema."""
    counter = itertools.count()
    if request.param == "sqlite":
        return lambda: f"sqlite:///{tmp_path / f'server{next(counter)}.sqlite3'}"
    database: URL = request.getfixturevalue("pg_database")

    def schema() -> str:
        name = f"s_{uuid.uuid4().hex[:16]}"
        with _pg_connect(database) as connection:
            connection.execute(f'CREATE SCHEMA "{name}"')
        return database.update_query_dict({"options": f"-csearch_path={name}"}).render_as_string(
            hide_password=False
        )

    return schema


def test_devices_converge_through_the_real_server(new_database: Callable[[], str]) -> None:
    machine = type("Machine", (ServerDevices,), {"new_database": staticmethod(new_database)})
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=10,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
