"""A demo database shared by the report tests (reports only read it)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC

import pytest

from crm_desktop.services.crm import Crm
from crm_desktop.services.demo import REFERENCE_TIME, generate

# The demo generator's "now": reports' default period (the last twelve months) ends here
DEMO_NOW = REFERENCE_TIME


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crm]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    generate(path, contacts=300, seed=1)
    crm = Crm.open(path, clock=lambda: DEMO_NOW, timezone=UTC)
    yield crm
    crm.close()


@pytest.fixture(scope="session")
def sql(demo: Crm) -> Iterator[sqlite3.Connection]:
    """The demo database file read straight with sqlite3: expected figures are computed from it."""
    connection = sqlite3.connect(f"file:{demo.db.path}?mode=ro", uri=True)
    yield connection
    connection.close()
