"""The installed ``crm`` command runs, and never loads Qt."""

from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from crm_desktop import __version__


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=120, cwd=cwd, check=False
    )


def test_python_m_crm_desktop_cli_runs(tmp_path: Path) -> None:
    version = _run("-m", "crm_desktop.cli", "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"crm {__version__}"

    db = tmp_path / "sub.sqlite3"
    init = _run("-m", "crm_desktop.cli", "--db", str(db), "init", cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    assert db.exists()

    bad = _run("-m", "crm_desktop.cli", "--db", str(db), "contact", "add", "--email", "x@", cwd=tmp_path)
    assert bad.returncode == 2
    assert bad.stderr.startswith("crm: error:")
    assert "Traceback" not in bad.stderr


def test_commands_never_import_qt(tmp_path: Path) -> None:
    db = tmp_path / "noqt.sqlite3"
    script = textwrap.dedent(
        f"""
        import json, sys
        from crm_desktop.cli import main
        codes = [
            main(["--db", {str(db)!r}, "init"]),
            main(["--db", {str(db)!r}, "contact", "add", "--given", "Ali", "--email", "ali@example.com"]),
            main(["--db", {str(db)!r}, "search", "ali", "--json"]),
            main(["--db", {str(db)!r}, "stats", "--json"]),
        ]
        print(json.dumps({{"codes": codes, "qt": sorted(m for m in sys.modules if m.startswith("PySide6"))}}))
        """
    )
    result = _run("-c", script, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["codes"] == [0, 0, 0, 0]
    assert report["qt"] == []


def test_console_script_is_installed(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / ("crm.exe" if sys.platform == "win32" else "crm")
    if not script.exists():  # running from a tree that was never pip-installed
        return
    result = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, timeout=60, cwd=tmp_path, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"crm {__version__}"


def test_both_programs_let_a_frozen_build_run_its_worker_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    """multiprocessing.freeze_support() comes first: a frozen program started as a big import's
    worker process runs the worker instead of the program."""
    from crm_desktop import app, cli

    calls: list[str] = []
    monkeypatch.setattr(multiprocessing, "freeze_support", lambda: calls.append("freeze_support"))
    assert cli.main(["--version"]) == 0
    with pytest.raises(SystemExit):
        app.main(["--version"])
    assert calls == ["freeze_support", "freeze_support"]


def test_a_big_import_from_the_command_line(tmp_path: Path) -> None:
    """More rows than one chunk: a worker process judges rows ahead (or not yet started, the
    program judges them itself); the command ends with every row imported and nothing left running."""
    source = tmp_path / "people.csv"
    lines = ["First Name,Last Name,E-mail Address,Mobile Phone,Company"]
    lines += [f"P{n},Kaya,p{n}@example.com,050{n:07d},Firm {n % 7}" for n in range(4500)]
    lines.append("Bad,Row,not-an-email,,")
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "big.sqlite3"
    assert _run("-m", "crm_desktop.cli", "--db", str(db), "init", cwd=tmp_path).returncode == 0
    done = _run("-m", "crm_desktop.cli", "--db", str(db), "import", str(source), "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["created"], report["rejected"]) == (4500, 1)
    assert "not an email address" in Path(report["rejects_file"]).read_text(encoding="utf-8-sig")
