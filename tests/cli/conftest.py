"""Fixtures for the ``crm`` command tests: a temporary database and a runner on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.runner import CrmRunner


@pytest.fixture(autouse=True)
def _no_crm_db_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """A CRM_DB set in the developer's shell must not leak into the tests."""
    monkeypatch.delenv("CRM_DB", raising=False)


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    """``crm`` speaks the shell's language; these tests read its English."""
    monkeypatch.setenv("CRM_LANG", "en")


@pytest.fixture
def cli_db(tmp_path: Path) -> Path:
    return tmp_path / "cli.sqlite3"


@pytest.fixture
def crm_cli(cli_db: Path, capsys: pytest.CaptureFixture[str]) -> CrmRunner:
    """A runner on an initialised database."""
    runner = CrmRunner(cli_db, capsys)
    runner.ok("init")
    return runner
