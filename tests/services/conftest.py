"""A faster ``crm`` fixture for the service tests: the same database, copied instead of migrated.

Opening a new file runs every migration (about 0.1 s); the service tests open
hundreds. This fixture migrates one template per session, with exactly the
settings of the ``crm`` fixture in tests/conftest.py, and gives each test a
copy of it and a clock moved on as far as making it moved the template's.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crm_desktop.services.crm import Crm
from tests.conftest import FakeClock


@pytest.fixture(scope="session")
def crm_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, datetime]:
    path = tmp_path_factory.mktemp("template") / "crm.sqlite3"
    clock = FakeClock()
    service = Crm.open(path, clock=clock, timezone=UTC)
    service.settings.update(
        base_currency="SAR", default_region="SA", currency_rates={"USD": "3.75", "EUR": "4.1"}
    )
    service.close()
    return path, clock.now


@pytest.fixture
def crm(db_path: Path, clock: FakeClock, crm_template: tuple[Path, datetime]) -> Iterator[Crm]:
    """An empty CRM database (base currency SAR, phones read in Saudi Arabia) with a fake clock."""
    template, clock_after = crm_template
    for suffix in ("", "-wal", "-shm"):
        source = template.with_name(template.name + suffix)
        if source.exists():
            shutil.copyfile(source, db_path.with_name(db_path.name + suffix))
    clock.now = max(clock.now, clock_after)
    service = Crm.open(db_path, clock=clock, timezone=UTC)
    yield service
    service.close()
