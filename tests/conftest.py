"""Shared fixtures. Qt runs offscreen (without a screen pytest-qt aborts)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crm_desktop.services.crm import Crm


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


@pytest.fixture
def crm(db_path: Path, clock: FakeClock) -> Iterator[Crm]:
    """An empty CRM database (base currency SAR, phones read in Saudi Arabia) with a fake clock."""
    service = Crm.open(db_path, clock=clock, timezone=UTC)
    service.settings.update(
        base_currency="SAR", default_region="SA", currency_rates={"USD": "3.75", "EUR": "4.1"}
    )
    yield service
    service.close()
