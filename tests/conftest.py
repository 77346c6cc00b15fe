"""Shared fixtures. Qt runs offscreen (without a screen pytest-qt aborts)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# files the program may make again (the sync server's seeds for PostgreSQL) stay out of the
# cache folder of the account running the tests
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="crm-tests-cache-")
# except the reports' bold fonts: instancing Noto Sans takes 10-20 s, and every test worker
# (and every run) would pay it again. The files are named by their source's hash, so a kept
# one is always the right one; test_fonts.py makes them from scratch in a folder of its own.
os.environ.setdefault("CRM_FONT_CACHE", os.path.join(tempfile.gettempdir(), "crm-desktop-test-fonts"))

from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import keyring
import pytest
from argon2 import PasswordHasher
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from crm_desktop.services.crm import Crm
from crm_desktop.storage.database import Database
from crm_desktop.sync_server import store as server_store


class FakeClock:
    """A clock tests move by hand; every reading is a little later than the last."""

    def __init__(self, start: datetime = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(microseconds=1)
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.sqlite3"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new file brought to the newest schema and nothing more; tests' databases are copies.

    Alembic's upgrade of a new file costs a fifth of a second or more, which a thousand tests
    paid again each. The migrations themselves are tested on their own (tests/storage).
    """
    path = tmp_path_factory.mktemp("template") / "migrated.sqlite3"
    Database.open(path).close()
    return path


def copy_database(template: Path, path: Path) -> Path:
    """``template`` copied to ``path`` with a device id of its own, as a new file gets one."""
    shutil.copyfile(template, path)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE _sync_state SET device_id = ?", (uuid.uuid4().hex,))
    return path


@pytest.fixture
def crm(db_path: Path, clock: FakeClock, migrated_template: Path) -> Iterator[Crm]:
    """An empty CRM database (base currency SAR, phones read in Saudi Arabia) with a fake clock."""
    # the default pipeline is made here, by Crm.open, with the test's clock
    service = Crm.open(copy_database(migrated_template, db_path), clock=clock, timezone=UTC)
    service.settings.update(
        base_currency="SAR", default_region="SA", currency_rates={"USD": "3.75", "EUR": "4.1"}
    )
    yield service
    service.close()


@cache
def _quick_hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True, scope="session")
def quick_password_hashing() -> Iterator[None]:
    """Argon2 with the server's parameters takes 0.2 s or more a hash, and the tests sign in
    hundreds of times. Only the cost changes: the scheme (argon2id) and every check stay, and
    a server started in its own process (test_killed.py) keeps the real parameters."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(server_store, "_hasher", _quick_hasher)
        yield


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict: tests never touch the keyring of the machine they run on."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An empty in-memory keyring for the test (and no token left in the sync client's memory)."""
    from crm_desktop.sync import account

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    account._memory.clear()
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
        account._memory.clear()
