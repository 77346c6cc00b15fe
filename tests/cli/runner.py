"""Running the ``crm`` command in-process and capturing what it printed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.cli import main


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class CrmRunner:
    """Runs ``crm --db <tmp file> ARGS...`` and captures what it printed."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str, db: bool = True) -> Result:
        self.capsys.readouterr()
        code = main([*(["--db", str(self.db)] if db else []), *args])
        captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def ok(self, *args: str) -> Result:
        result = self(*args)
        assert result.code == 0, result.err
        return result

    def json(self, *args: str) -> Any:
        return self.ok(*args, "--json").json()

    def add(self, entity: str, *args: str) -> str:
        return str(self.json(entity, "add", *args)["id"])
