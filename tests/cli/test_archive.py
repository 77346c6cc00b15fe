"""``crm export --type all`` and ``crm import ARCHIVE``: the whole database through one JSON file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.archive_source import build_source, content
from tests.cli.runner import CrmRunner


@pytest.fixture(scope="module")
def source_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_source(tmp_path_factory.mktemp("cli-archive") / "source.sqlite3", contacts=10)


@pytest.fixture
def shop(source_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> CrmRunner:
    path = tmp_path / "shop.sqlite3"
    shutil.copyfile(source_file, path)
    return CrmRunner(path, capsys)


def test_export_all_then_import_into_a_new_file(
    shop: CrmRunner, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "shop.json"
    data = shop.json("export", "--type", "all", "-o", str(archive))
    assert data["file"] == str(archive) and data["format"] == "json"
    assert data["records"] == sum(data["tables"].values()) and data["tables"]["contacts"] > 10
    assert "Wrote the whole database to" in shop.ok("export", "--type", "all", "-o", str(archive)).out

    restored = CrmRunner(tmp_path / "restored.sqlite3", capsys)  # no such file yet: the import makes it
    dry = restored.json("import", str(archive), "--dry-run")
    assert dry["dry_run"] is True and dry["records"] == data["records"]
    assert content(restored.db)["contacts"] == []
    text = restored.ok("import", str(archive)).out  # found to be an archive by itself
    assert f"Imported {data['records']:,} records from shop.json" in text and "contacts" in text
    assert content(restored.db) == content(shop.db)

    again = restored("import", str(archive), "--type", "all")
    assert again.code == 1 and "already holds data" in again.err and "does not merge" in again.err


def test_mistakes_get_a_clear_message_and_the_usual_exit_codes(
    shop: CrmRunner, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "shop.json"
    shop.ok("export", "--type", "all", "-o", str(archive))
    wrong = shop("export", "--type", "all", "--format", "csv", "-o", str(tmp_path / "x.csv"))
    assert wrong.code == 2 and "written as JSON" in wrong.err
    narrowed = shop("export", "--type", "all", "--search", "Omar", "-o", str(tmp_path / "x.json"))
    assert narrowed.code == 2 and "--type all writes everything" in narrowed.err

    new = CrmRunner(tmp_path / "new.sqlite3", capsys)
    mapped = new("import", str(archive), "--map", "a=b")
    assert mapped.code == 2 and "does not apply to a whole-database archive" in mapped.err
    for kind in ("companies", "deals", "sales"):
        other = new("import", str(archive), "--type", kind)
        assert other.code == 2 and "--type all" in other.err
    for option in (("--mapping", "Old system"), ("--save-mapping", "X"), ("--match", "email")):
        ignored = new("import", str(archive), *option)
        assert ignored.code == 2 and "does not apply to a whole-database archive" in ignored.err

    sheet = tmp_path / "people.csv"
    sheet.write_text("Name\nOmar\n", encoding="utf-8")
    not_archive = new("import", str(sheet), "--type", "all")
    assert not_archive.code == 1 and "is not a CRM Desktop archive" in not_archive.err
    assert not new.db.exists()  # nothing was made for a file that is no archive

    data = json.loads(archive.read_text(encoding="utf-8"))
    data["format_version"] += 1
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(data), encoding="utf-8")
    refused = new("import", str(newer))
    assert refused.code == 1 and "made by a newer version of CRM Desktop" in refused.err
