"""``crm init``, ``stats``, ``db check``, ``db path``, ``--version``, ``demo`` and choosing the file."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

from crm_desktop import __version__
from crm_desktop.cli import main
from tests.cli.runner import CrmRunner


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"crm {__version__}"


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "COMMAND" in capsys.readouterr().err


def test_init_creates_the_file_and_says_where(cli_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = CrmRunner(cli_db, capsys)
    first = run.ok("init")
    assert cli_db.exists()
    assert str(cli_db) in first.out
    again = run.ok("init")
    assert str(cli_db) in again.out
    assert "up to date" in again.out


def test_stats_json_counts_every_entity(crm_cli: CrmRunner) -> None:
    crm_cli.add("contact", "--given", "Ali")
    counts = crm_cli.json("stats")
    assert counts["contact"] == 1
    assert counts["pipeline"] == 1  # a new database gets the default pipeline
    assert counts["stage"] == 6
    assert {"company", "deal", "case", "task", "product", "sale", "activity", "article"} <= set(counts)
    assert all(isinstance(n, int) for n in counts.values())
    text = crm_cli.ok("stats").out
    assert "contact" in text and "stage" in text


def test_reading_a_missing_database_fails_without_creating_it(
    cli_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = CrmRunner(cli_db, capsys)("contact", "list")
    assert result.code == 1
    assert result.err.startswith("crm: error: There is no database at")
    assert "crm init" in result.err
    assert "Traceback" not in result.err
    assert not cli_db.exists()


def test_db_check_on_a_sound_file(crm_cli: CrmRunner, cli_db: Path) -> None:
    assert "no problems" in crm_cli.ok("db", "check").out
    report = crm_cli.json("db", "check")
    assert report == {"database": str(cli_db), "ok": True, "problems": []}


def test_db_check_refuses_a_file_that_is_not_a_crm_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("just some text, not a database\n" * 10)
    result = CrmRunner(other, capsys)("db", "check")
    assert result.code == 1
    assert "is not a CRM Desktop database" in result.err
    assert "Traceback" not in result.err


def test_db_option_is_honoured(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chosen = tmp_path / "sub" / "chosen.sqlite3"
    assert main(["--db", str(chosen), "init"]) == 0
    assert chosen.exists()
    capsys.readouterr()
    assert main(["--db", str(chosen), "db", "path"]) == 0
    assert capsys.readouterr().out.strip() == str(chosen)
    # also accepted after the command
    assert main(["contact", "add", "--given", "Ali", "--db", str(chosen)]) == 0
    capsys.readouterr()
    assert main(["--db", str(chosen), "stats", "--json"]) == 0
    assert '"contact": 1' in capsys.readouterr().out


def test_crm_db_environment_variable_is_honoured(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from_env = tmp_path / "env.sqlite3"
    monkeypatch.setenv("CRM_DB", str(from_env))
    assert main(["init"]) == 0
    assert from_env.exists()
    capsys.readouterr()
    assert main(["db", "path", "--json"]) == 0
    info = __import__("json").loads(capsys.readouterr().out)
    assert info["database"] == str(from_env)
    assert info["source"] == "CRM_DB"
    # --db wins over the environment
    option = tmp_path / "option.sqlite3"
    assert main(["--db", str(option), "init"]) == 0
    assert option.exists()


def test_demo_calls_the_generator_and_reports_progress_on_stderr(
    cli_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[dict[str, Any]] = []

    def generate(db_path: Path, *, contacts: int, seed: int = 1, progress: Any = None) -> dict[str, int]:
        calls.append({"db_path": db_path, "contacts": contacts, "seed": seed})
        progress("contacts", 1, 2)
        progress("deals", 2, 2)
        return {"contacts": contacts, "deals": contacts // 5}

    fake = types.ModuleType("crm_desktop.services.demo")
    fake.generate = generate  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "crm_desktop.services.demo", fake)
    run = CrmRunner(cli_db, capsys)
    result = run("demo", "--contacts", "20", "--seed", "7")
    assert result.code == 0, result.err
    assert calls == [{"db_path": cli_db, "contacts": 20, "seed": 7}]
    assert "contacts" in result.err and "deals" in result.err
    assert "20" in result.out
    assert run("demo", "--contacts", "20", "--json").json() == {"contacts": 20, "deals": 4}


def test_demo_without_the_generator_says_so(
    cli_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "crm_desktop.services.demo", None)
    result = CrmRunner(cli_db, capsys)("demo", "--contacts", "5")
    assert result.code == 1
    assert result.err.startswith("crm: error: The demo data generator is not part")
