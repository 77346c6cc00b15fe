"""The installed ``crm`` command runs, and never loads Qt."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

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
