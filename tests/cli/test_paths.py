"""Where the database is: --db, then CRM_DB, then the platform's data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop import paths


def test_default_database_is_in_the_data_folder() -> None:
    default = paths.default_database_path()
    assert default.name == "crm.sqlite3"
    assert default.parent == paths.data_dir()
    assert "crm-desktop" in str(paths.data_dir())
    assert "crm-desktop" in str(paths.config_dir())
    assert "crm-desktop" in str(paths.log_dir())


def test_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CRM_DB", raising=False)
    assert paths.resolve_database_path(None) == paths.default_database_path().absolute()
    monkeypatch.setenv("CRM_DB", str(tmp_path / "env.sqlite3"))
    assert paths.resolve_database_path(None) == tmp_path / "env.sqlite3"
    assert paths.resolve_database_path(str(tmp_path / "cli.sqlite3")) == tmp_path / "cli.sqlite3"
    monkeypatch.setenv("CRM_DB", "")
    assert paths.resolve_database_path(None) == paths.default_database_path().absolute()


def test_relative_and_home_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert paths.resolve_database_path("x.sqlite3") == tmp_path / "x.sqlite3"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert paths.resolve_database_path("~/y.sqlite3") == tmp_path / "y.sqlite3"
