#!/usr/bin/env python3
"""Set up the development environment and start CRM Desktop or run the checks.

    python3 dev.py start   # make .venv, install, fill a demo database once, start the program
    python3 dev.py test    # make .venv, install, run ruff, mypy and the whole test suite

Only the standard library is used here: this runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-from"
DEMO_DB = ROOT / "demo-data" / "crm-demo.sqlite3"
DEMO_CONTACTS = "5000"
MIN_PYTHON = (3, 11)
LINTED = ("src", "tests", "bench", "docs", "resources", "installers", "dev.py")


def venv_bin(name: str) -> Path:
    folder = VENV / ("Scripts" if os.name == "nt" else "bin")
    return folder / (name + (".exe" if os.name == "nt" else ""))


def run(*command: str | Path, env: dict[str, str] | None = None) -> None:
    print("$", " ".join(str(c) for c in command), flush=True)
    result = subprocess.run([str(c) for c in command], cwd=ROOT, env=env)
    if result.returncode != 0:
        sys.exit(result.returncode)


def ensure_environment() -> None:
    """Create .venv and install the project with its dev extras when pyproject.toml changed."""
    if sys.version_info < MIN_PYTHON:
        wanted = ".".join(map(str, MIN_PYTHON))
        sys.exit(f"CRM Desktop needs Python {wanted} or newer; this is {sys.version.split()[0]}.")
    if not venv_bin("python").exists():
        run(sys.executable, "-m", "venv", VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    python = venv_bin("python")
    run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(python, "-m", "pip", "install", "--quiet", "-e", ".[dev]")
    STAMP.write_text(wanted)


def start(extra: list[str]) -> None:
    if "--db" not in extra and not DEMO_DB.exists():
        DEMO_DB.parent.mkdir(exist_ok=True)
        run(venv_bin("crm"), "--db", DEMO_DB, "demo", "--contacts", DEMO_CONTACTS, "--seed", "1")
    arguments = extra if "--db" in extra else ["--db", str(DEMO_DB), *extra]
    run(venv_bin("python"), "-m", "crm_desktop", *arguments)


def test(extra: list[str]) -> None:
    python = venv_bin("python")
    run(python, "-m", "ruff", "check", *LINTED)
    run(python, "-m", "ruff", "format", "--check", *LINTED)
    run(python, "-m", "mypy")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run(python, "-m", "pytest", "-n", "auto", "--dist", "loadfile", *extra, env=env)


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in ("start", "test"):
        sys.exit(__doc__)
    ensure_environment()
    (start if sys.argv[1] == "start" else test)(sys.argv[2:])


if __name__ == "__main__":
    main()
