"""Layer rules of DESIGN.md: the non-GUI layers never load Qt widgets; ui/ never touches the database."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import crm_desktop

PACKAGE_DIR = Path(crm_desktop.__file__).parent
UI_DIR = PACKAGE_DIR / "ui"

# Modules that must import without PySide6.QtWidgets. Optional ones (not written yet)
# are checked as soon as their file exists.
REQUIRED_MODULES = [
    "crm_desktop.services",
    "crm_desktop.services.crm",
    "crm_desktop.storage.database",
    "crm_desktop.domain.models",
]
OPTIONAL_MODULES = [
    "crm_desktop.cli",
    "crm_desktop.reports",
    "crm_desktop.sync",
    "crm_desktop.sync_server",
    "crm_desktop.transfer",
]

_PROBE = """
import importlib, json, sys
results = {}
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except Exception as error:  # report, do not hide
        results[name] = "import failed: %s: %s" % (type(error).__name__, error)
        continue
    results[name] = "PySide6.QtWidgets" in sys.modules
print(json.dumps(results))
"""


def _module_exists(name: str) -> bool:
    relative = Path(*name.split(".")[1:])
    return (PACKAGE_DIR / relative).with_suffix(".py").is_file() or (
        PACKAGE_DIR / relative / "__init__.py"
    ).is_file()


def _qt_widgets_loaded_by(modules: list[str]) -> dict[str, object]:
    """For each module, imported in order in a fresh interpreter: was QtWidgets loaded by then?"""
    completed = subprocess.run(
        [sys.executable, "-c", _PROBE, *modules],
        capture_output=True,
        text=True,
        check=False,
        env=None,
    )
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout.strip().splitlines()[-1])


def test_non_gui_layers_do_not_load_qt_widgets() -> None:
    modules = REQUIRED_MODULES + [name for name in OPTIONAL_MODULES if _module_exists(name)]
    results = _qt_widgets_loaded_by(modules)
    assert results == dict.fromkeys(modules, False)


def test_the_probe_sees_qt_widgets_when_they_are_loaded() -> None:
    pytest.importorskip("PySide6")
    results = _qt_widgets_loaded_by(["crm_desktop.domain.models", "PySide6.QtWidgets"])
    assert results == {"crm_desktop.domain.models": False, "PySide6.QtWidgets": True}


# ---------------------------------------------------------------- ui/ never touches the database

_FORBIDDEN_IMPORTS = ("sqlmodel", "sqlalchemy", "crm_desktop.storage", "sqlite3")
# SQL keywords as this code base writes them (upper case); prose like "Select a contact" is not SQL
_SQL_TEXT = re.compile(
    r"\bSELECT\b.+\bFROM\b|\bINSERT INTO\b|\bDELETE FROM\b|\bUPDATE \w+ SET\b|"
    r"\bCREATE (TABLE|INDEX|VIEW|TRIGGER)\b|\bPRAGMA \w+",
    re.DOTALL,
)
# an ORM Session opened or used by name (the ui's own AppSession is not one)
_SESSION_TEXT = re.compile(r"(?<![\w.])Session\(|\bsession\.exec")


def _is_forbidden_module(name: str) -> bool:
    return any(name == root or name.startswith(root + ".") for root in _FORBIDDEN_IMPORTS)


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        owner = func.value
        prefix = owner.id if isinstance(owner, ast.Name) else "?"
        return f"{prefix}.{func.attr}"
    return ""


def database_access_in(source: str, filename: str = "<ui>") -> list[str]:
    """What in ``source`` opens a Session, runs SQL or imports the database layers."""
    problems: list[str] = []
    tree = ast.parse(source, filename)
    for node in ast.walk(tree):
        where = f"{filename}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Import):
            problems += [f"{where} imports {a.name}" for a in node.names if _is_forbidden_module(a.name)]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level == 0 and _is_forbidden_module(module):
                problems.append(f"{where} imports from {module}")
            elif module == "crm_desktop" and any(a.name == "storage" for a in node.names):
                problems.append(f"{where} imports crm_desktop.storage")
        elif isinstance(node, ast.Call):
            name = _call_name(node)
            short = name.rsplit(".", 1)[-1]
            if short == "Session":
                problems.append(f"{where} opens a Session")
            elif short in ("exec", "execute", "exec_driver_sql", "executemany", "scalars", "scalar") and (
                "session" in name.lower() or "connection" in name.lower() or "conn" in name.lower()
            ):
                problems.append(f"{where} runs {name}()")
            elif name in ("text", "sa.text", "sqlalchemy.text") and node.args:
                problems.append(f"{where} builds SQL with {name}()")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL_TEXT.search(node.value):
            problems.append(f"{where} holds SQL text {node.value[:40]!r}")
    # plain text search as a second net: attribute chains the AST walk may not name
    for number, line in enumerate(source.splitlines(), 1):
        if _SESSION_TEXT.search(line):
            entry = f"{filename}:{number} mentions {line.strip()[:60]!r}"
            if not any(p.startswith(f"{filename}:{number} ") for p in problems):
                problems.append(entry)
    return problems


def test_ui_never_opens_a_session_or_writes_sql() -> None:
    problems: list[str] = []
    if UI_DIR.is_dir():
        for path in sorted(UI_DIR.rglob("*.py")):
            relative = str(path.relative_to(PACKAGE_DIR))
            problems += database_access_in(path.read_text(encoding="utf-8"), relative)
    assert problems == []


@pytest.mark.parametrize(
    "source",
    [
        "from sqlmodel import Session\n",
        "import sqlalchemy as sa\n",
        "from sqlalchemy.orm import Session\n",
        "from crm_desktop.storage.database import Database\n",
        "from crm_desktop import storage\n",
        "import crm_desktop.storage.search_index\n",
        "with Session(engine) as s:\n    pass\n",
        "def f(db):\n    with db.write() as session:\n        session.exec(q)\n",
        "def f(self):\n    self.session.execute(q)\n",
        "rows = text('SELECT id FROM contacts')\n",
        "QUERY = 'SELECT name FROM contacts WHERE id = ?'\n",
        "q = f'UPDATE contacts SET name = {name!r}'\n",
        "x = 'DELETE FROM contacts'\n",
    ],
)
def test_the_ui_check_catches_database_access(source: str) -> None:
    assert database_access_in(source) != []


@pytest.mark.parametrize(
    "source",
    [
        "from crm_desktop.services.crm import Crm\n",
        "from PySide6.QtWidgets import QLabel\nlabel = QLabel()\nlabel.setText(label.text())\n",
        "message = self.tr('Select a contact from the list')\n",
        "self.crm.contacts.search(text)\n",
        "update_button = 1\n",
        "session = AppSession(crm)\nsession.write(job, done)\nself.session.read(job, done)\n",
        "dialog.exec()\n",
    ],
)
def test_the_ui_check_allows_ordinary_widget_code(source: str) -> None:
    assert database_access_in(source) == []
