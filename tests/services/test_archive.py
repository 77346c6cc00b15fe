"""The whole database as one JSON archive: every row back as it was, and every bad file refused
with nothing written."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.domain.errors import CrmError
from crm_desktop.services import archive
from crm_desktop.services.archive import FORMAT, ArchiveError, is_archive, read_header
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import ContactInput
from crm_desktop.services.pipeline import DEFAULT_PIPELINE_IDS, PipelineInput
from crm_desktop.services.records import ListQuery
from crm_desktop.storage import migrator
from crm_desktop.sync.store import synced_tables
from tests.archive_source import archived_table_names, build_source, content, stored


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_source(tmp_path_factory.mktemp("archive") / "source.sqlite3")


@pytest.fixture(scope="module")
def exported(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("archive-file") / "everything.json"
    with Crm.open(source) as crm:
        crm.archive.export(path)
    return path


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Crm]:
    """A new, empty database (its default pipeline only)."""
    crm = Crm.open(tmp_path / "restored.sqlite3")
    yield crm
    crm.close()


def _header_and_tables(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data, data.pop("tables")


def _rewrite(source: Path, path: Path, change: Any) -> Path:
    """A copy of an archive with ``change(data)`` applied (the archive as a dict)."""
    data = json.loads(source.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _schema(path: Path) -> list[tuple[Any, ...]]:
    return stored(path, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name")


def _untouched(crm: Crm, before: dict[str, list[tuple[Any, ...]]], schema: list[tuple[Any, ...]]) -> None:
    assert content(crm.db.path) == before
    assert _schema(crm.db.path) == schema  # the indexes and search triggers set aside are back


# --- what is archived -------------------------------------------------------------


def test_every_table_of_the_file_is_archived_or_named_as_made_again(tmp_path: Path) -> None:
    """A table added later must be archived or listed here with the reason it need not be."""
    made_again = {
        "alembic_version": "the schema revision, in the header",
        "search_docs": "the search text, made again from the records",
        "_sync_state": "this device's id, clock and sign-in",
        "_outbox": "this device's changes not yet sent",
        "_field_stamps": "this device's sync stamps",
        "_conflicts": "this device's sync conflicts",
    }
    Crm.open(tmp_path / "new.sqlite3").close()
    tables = {
        name
        for (name,) in stored(
            tmp_path / "new.sqlite3",
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
            "AND name NOT LIKE '%_fts%'",  # FTS5's own tables
        )
    }
    archived = set(archived_table_names())
    assert tables - set(made_again) == archived
    assert set(synced_tables()) <= archived  # every table sync carries


def test_the_archive_holds_every_row_with_its_header(source: Path, exported: Path) -> None:
    header, tables = _header_and_tables(exported)
    assert list(header) == ["format", "format_version", "schema", "app_version", "exported_at", "counts"]
    assert header["format"] == FORMAT and header["format_version"] == archive.FORMAT_VERSION
    assert header["schema"] == migrator.head_revision()
    assert header["exported_at"].endswith("+00:00")
    expected = {name: len(rows) for name, rows in content(source).items() if name != "search_docs"}
    assert header["counts"] == expected
    assert list(tables) == archived_table_names()  # parents before children
    assert {name: len(table["rows"]) for name, table in tables.items()} == expected
    assert all(expected.values())  # a row in every table, or the round trip below proves less


def test_values_are_written_as_json_a_person_and_another_program_read(exported: Path) -> None:
    text = exported.read_text(encoding="utf-8")
    assert "محمد" in text and "کریمی" in text and "Işıl" in text  # not \\u escapes
    _header, tables = _header_and_tables(exported)

    def rows(table: str) -> list[dict[str, Any]]:
        names = tables[table]["columns"]
        return [dict(zip(names, row, strict=True)) for row in tables[table]["rows"]]

    contact = next(row for row in rows("contacts") if row["family_name"] == "العتيبي")
    assert contact["custom"] == {"national_id": "1098765432"}
    assert contact["birthday"] == "1990-02-28"
    turkish = next(row for row in rows("contacts") if row["given_name"] == "Işıl")
    assert turkish["do_not_call"] is True and turkish["marketing_consent"] is False
    assert contact["created_at"].endswith("+00:00") and "T" in contact["created_at"]
    assert contact["notes"] == "يفضل الاتصال بعد العصر\nسطر ثان"
    assert {row["quantity"] for row in rows("deal_lines")} >= {"2.5"}
    assert {row["quantity"] for row in rows("sale_lines")} >= {"0.125"}
    deal = next(row for row in rows("deals") if row["title"] == "صفقة الأجهزة")
    assert deal["custom"] == {"vat_ok": True} and isinstance(deal["rate_to_base"], str)
    assert any(row["deleted_at"] for row in rows("contacts"))  # the bin is kept
    definition = next(row for row in rows("custom_field_definitions") if row["choices"])
    assert isinstance(definition["choices"], list)
    settings = {row["key"]: row["value"] for row in rows("settings")}
    assert settings["currency_rates"]["IRR"] == "0.0000238"


def test_rows_are_read_a_page_at_a_time(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Small pages (every table then takes several, a two-column key too) give the same file."""
    monkeypatch.setattr(archive, "PAGE", 1)
    with Crm.open(source) as crm:
        crm.archive.export(tmp_path / "paged.json")
    monkeypatch.undo()
    with Crm.open(source) as crm:
        crm.archive.export(tmp_path / "whole.json")
    paged, whole = _header_and_tables(tmp_path / "paged.json"), _header_and_tables(tmp_path / "whole.json")
    assert paged[1] == whole[1]


# --- the round trip -----------------------------------------------------------------


def test_an_import_into_an_empty_database_gives_back_every_row_and_column(
    source: Path, exported: Path, target: Crm
) -> None:
    result = target.archive.import_file(exported)
    assert result.counts == read_header(exported).counts
    assert content(target.db.path) == content(source)  # search texts too
    # and it works as a CRM: found by search (Arabic folded), custom fields, the bin, the merge
    page = target.contacts.list(ListQuery(text="العتيبى"))  # alef maqsura folded as yaa
    assert [c.display_name for c in page.items] == ["محمد العتيبي"]
    assert page.items[0].custom == {"national_id": "1098765432"}
    assert any(
        c.display_name == "Deleted Person" for c in target.contacts.list(ListQuery(deleted=True)).items
    )
    assert [m.merged_name for m in target.merging.merges()] == ["محمد العتيبى"]
    assert [b.file_name for b in target.imports.batches()] == ["yeni müşteriler.csv"]


def test_export_after_import_writes_the_same_archive(exported: Path, target: Crm, tmp_path: Path) -> None:
    target.archive.import_file(exported)
    again = tmp_path / "again.json"
    target.archive.export(again)
    first, second = exported.read_text(encoding="utf-8"), again.read_text(encoding="utf-8")
    assert first.splitlines()[:4] == second.splitlines()[:4]
    assert first.splitlines()[5:] == second.splitlines()[5:]  # all but exported_at, line by line


def test_a_dry_run_reads_everything_and_saves_nothing(exported: Path, target: Crm) -> None:
    before, schema = content(target.db.path), _schema(target.db.path)
    result = target.archive.import_file(exported, dry_run=True)
    assert result.records == read_header(exported).records
    _untouched(target, before, schema)


def test_progress_names_each_kind_of_record_and_counts_to_the_end(exported: Path, target: Crm) -> None:
    seen: list[tuple[str, int, int]] = []
    target.archive.import_file(exported, lambda label, done, total: seen.append((label, done, total)))
    total = read_header(exported).records
    assert {label for label, _done, _total in seen} >= {"contacts", "emails and phones", "search index"}
    assert seen[-1][1:] == (total, total)
    assert [done for _label, done, _total in seen] == sorted(done for _label, done, _total in seen)


# --- what a new database has already ----------------------------------------------


def test_the_new_databases_own_settings_and_default_pipeline_give_way(exported: Path, target: Crm) -> None:
    target.settings.update(business_name="My shop", language="tr")
    target.pipelines.update(DEFAULT_PIPELINE_IDS[0], PipelineInput(name="Satış"))
    target.archive.import_file(exported)
    settings = target.settings.get()
    assert settings.business_name == "متجر الأمل"  # the archive's
    assert settings.language == "tr"  # one the archive does not hold stays
    assert target.pipelines.get(DEFAULT_PIPELINE_IDS[0]).name == "Sales"


def test_an_archive_without_the_default_pipeline_leaves_none_behind(
    exported: Path, target: Crm, tmp_path: Path
) -> None:
    """An archive of a database older than the shared default pipeline brings its own."""
    defaults = set(DEFAULT_PIPELINE_IDS)

    def other_ids(data: dict[str, Any]) -> None:
        for table in ("pipelines", "stages", "deals"):
            names = data["tables"][table]["columns"]
            for row in data["tables"][table]["rows"]:
                for column in ("id", "pipeline_id", "stage_id"):
                    if column in names and row[names.index(column)] in defaults:
                        row[names.index(column)] = "old-" + row[names.index(column)]

    target.archive.import_file(_rewrite(exported, tmp_path / "old.json", other_ids))
    assert [p.id for p in target.pipelines.list().items] == ["old-" + DEFAULT_PIPELINE_IDS[0]]
    assert stored(target.db.path, "SELECT count(*) FROM stages WHERE id NOT LIKE 'old-%'") == [(0,)]


def test_a_database_with_records_is_refused_untouched(exported: Path, target: Crm) -> None:
    target.contacts.create(ContactInput(display_name="Already here"))
    before, schema = content(target.db.path), _schema(target.db.path)
    with pytest.raises(
        ArchiveError, match=r"already holds data \(contacts: 1\).*does not merge two databases"
    ):
        target.archive.import_file(exported)
    _untouched(target, before, schema)


def test_a_record_in_the_bin_is_data_too(exported: Path, target: Crm) -> None:
    contact = target.contacts.create(ContactInput(display_name="Binned")).value
    target.contacts.delete(contact.id)
    with pytest.raises(ArchiveError, match="already holds data"):
        target.archive.import_file(exported)


# --- bad files ----------------------------------------------------------------------


def _refused(target: Crm, path: Path, message: str) -> None:
    before, schema = content(target.db.path), _schema(target.db.path)
    with pytest.raises(ArchiveError, match=message):
        target.archive.import_file(path)
    _untouched(target, before, schema)


def test_a_file_that_is_no_archive_is_refused(target: Crm, tmp_path: Path) -> None:
    contacts = tmp_path / "contacts.json"
    with Crm.open(tmp_path / "other.sqlite3") as other:
        other.contacts.create(ContactInput(display_name="Omar"))
        other.exports.export("contacts", "json", contacts)
    sheet = tmp_path / "people.csv"
    sheet.write_text("Name,Phone\nOmar,050\n", encoding="utf-8")
    other_json = tmp_path / "other.json"
    other_json.write_text('{"format": "something else", "tables": {}}', encoding="utf-8")
    for path in (contacts, sheet, other_json, tmp_path / "missing.json"):
        assert not is_archive(path)
    for path in (contacts, sheet, other_json):
        _refused(target, path, "is not a CRM Desktop archive")
    _refused(target, tmp_path / "missing.json", "cannot be opened")


@pytest.mark.parametrize(
    ("field", "value"),
    [("format_version", archive.FORMAT_VERSION + 1), ("schema", "9999")],
)
def test_an_archive_of_a_newer_program_asks_for_an_update(
    exported: Path, target: Crm, tmp_path: Path, field: str, value: Any
) -> None:
    def newer(data: dict[str, Any]) -> None:
        data[field] = value
        data["app_version"] = "9.0"

    path = _rewrite(exported, tmp_path / "newer.json", newer)
    assert is_archive(path)
    _refused(target, path, r"made by a newer version of CRM Desktop \(9.0\)\. Update CRM Desktop first")


def test_a_cut_archive_is_refused_and_nothing_is_written(exported: Path, target: Crm, tmp_path: Path) -> None:
    text = exported.read_text(encoding="utf-8")
    for share in (0.02, 0.5, 0.97):
        cut = tmp_path / f"cut-{share}.json"
        cut.write_text(text[: int(len(text) * share)], encoding="utf-8")
        _refused(target, cut, "is cut short")


def test_a_garbled_archive_is_refused_and_nothing_is_written(
    exported: Path, target: Crm, tmp_path: Path
) -> None:
    text = exported.read_text(encoding="utf-8")
    middle = text.index('"activities"')
    garbled = tmp_path / "garbled.json"
    garbled.write_text(text[:middle] + "#!" + text[middle + 2 :], encoding="utf-8")
    _refused(target, garbled, r"is damaged near character [\d,]+")
    binary = tmp_path / "binary.json"
    binary.write_bytes(text[:middle].encode() + b"\xff\xfe\x00" + text[middle:].encode())
    _refused(target, binary, "is damaged near")


def _change_row(table: str, column: str, value: Any, row: int = -1) -> Any:
    def change(data: dict[str, Any]) -> None:
        names = data["tables"][table]["columns"]
        data["tables"][table]["rows"][row][names.index(column)] = value

    return change


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            _change_row("sale_lines", "quantity", 2.5),
            r"sale lines, quantity: a decimal number written as text",
        ),
        (_change_row("sale_lines", "quantity", "two"), r"sale lines, quantity: a decimal number"),
        (
            _change_row("contacts", "created_at", "2026-03-02T09:00:00"),
            r"contacts, created_at: a date and time",
        ),
        (_change_row("contacts", "birthday", "28/02/1990"), r"contacts, birthday: a date \(YYYY-MM-DD\)"),
        (_change_row("contacts", "do_not_call", 0), r"contacts, do_not_call: true or false"),
        (_change_row("contacts", "display_name", None), r"contacts, display_name: it cannot be empty"),
        (_change_row("deals", "amount_minor", "100"), r"deals, amount_minor: a whole number"),
        (_change_row("users", "name", 7), r"users, name: text was expected"),
        (
            lambda data: data["tables"]["tasks"]["rows"][0].pop(),
            r"row 1 of tasks does not have one value per",
        ),
        (
            lambda data: data["tables"]["tasks"]["columns"].append("colour"),
            r"tasks has a column this version",
        ),
        (lambda data: data["tables"]["tasks"]["columns"].remove("id"), r"tasks lacks the column id"),
        (
            lambda data: data["tables"].update(gadgets={"columns": [], "rows": []}),
            r"does not know \(gadgets\)",
        ),
        (lambda data: data["tables"].pop("sale_lines"), r"should hold [\d,]+ sale lines but holds 0"),
        (lambda data: data["counts"].update(tasks=1), r"should hold 1 tasks but holds"),
        (
            lambda data: data["tables"]["contacts"]["rows"].append(data["tables"]["contacts"]["rows"][0]),
            r"contacts holds a row twice",
        ),
        (lambda data: data.pop("schema"), r"its header lacks the format version or the database version"),
    ],
)
def test_a_damaged_row_anywhere_rolls_everything_back_with_a_message_naming_it(
    exported: Path, target: Crm, tmp_path: Path, change: Any, message: str
) -> None:
    _refused(target, _rewrite(exported, tmp_path / "damaged.json", change), message)


def test_cancel_midway_rolls_everything_back(exported: Path, target: Crm) -> None:
    before, schema = content(target.db.path), _schema(target.db.path)

    def cancel_in_activities(label: str, done: int, total: int) -> None:
        if label == "activities":
            raise KeyboardInterrupt  # what Cancel raises is not a CrmError either

    with pytest.raises(KeyboardInterrupt):
        target.archive.import_file(exported, cancel_in_activities)
    _untouched(target, before, schema)
    target.archive.import_file(exported)  # and the same database takes it afterwards


def test_a_failure_while_indexing_rolls_the_rows_back(
    exported: Path, target: Crm, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, schema = content(target.db.path), _schema(target.db.path)

    def broken(*_args: Any) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(archive.search_index, "insert_many", broken)
    with pytest.raises(CrmError):
        target.archive.import_file(exported)
    _untouched(target, before, schema)


# --- the export's file ------------------------------------------------------------------


def test_a_failed_export_leaves_the_earlier_file_as_it_was(source: Path, tmp_path: Path) -> None:
    path = tmp_path / "backup.json"
    path.write_text("yesterday's archive", encoding="utf-8")

    def fail(label: str, done: int, total: int) -> None:
        if label == "contacts":
            raise KeyboardInterrupt

    with Crm.open(source) as crm, pytest.raises(KeyboardInterrupt):
        crm.archive.export(path, fail)
    assert path.read_text(encoding="utf-8") == "yesterday's archive"
    assert list(tmp_path.iterdir()) == [path]  # no half-written file beside it
    with Crm.open(source) as crm, pytest.raises(CrmError, match="could not be written"):
        crm.archive.export(tmp_path / "no such folder" / "backup.json")


def test_a_value_the_program_cannot_read_stops_the_export_with_where_it_is(
    source: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.sqlite3"
    shutil.copyfile(source, broken)
    connection = sqlite3.connect(broken)
    with connection:  # as a repair in the sqlite3 shell could leave it
        connection.execute(
            "UPDATE tasks SET due_at = 'next Tuesday' WHERE rowid = (SELECT min(rowid) FROM tasks)"
        )
    connection.close()
    path = tmp_path / "broken.json"
    with Crm.open(broken) as crm, pytest.raises(ArchiveError, match=r"\(tasks .*, due_at: next Tuesday\)"):
        crm.archive.export(path)
    assert not path.exists()


def test_the_archive_reads_the_same_however_it_is_laid_out(
    exported: Path, target: Crm, tmp_path: Path
) -> None:
    """Another program may write the same JSON pretty-printed, with a byte-order mark."""
    data = json.loads(exported.read_text(encoding="utf-8"))
    pretty = tmp_path / "pretty.json"
    pretty.write_text("\ufeff" + json.dumps(data, indent=4), encoding="utf-8")
    assert is_archive(pretty)
    assert target.archive.import_file(pretty).counts == data["counts"]


def test_the_header_is_read_without_the_rows(exported: Path) -> None:
    header = read_header(exported)
    assert header.schema == migrator.head_revision() and header.records == sum(header.counts.values())
    with pytest.raises(ArchiveError, match="not a CRM Desktop archive"):
        read_header(Path(shutil.__file__))


def test_an_archive_of_an_older_schema_takes_the_new_columns_defaults(
    exported: Path, target: Crm, tmp_path: Path
) -> None:
    """Made before migration 0005: no external ids, photos or saved mappings in it."""

    def older(data: dict[str, Any]) -> None:
        data["schema"] = "0004"
        for name in ("contact_photos", "import_mappings"):
            del data["tables"][name]
            data["counts"].pop(name)
        for name in ("contacts", "companies", "deals", "products", "sales"):
            table = data["tables"][name]
            at = table["columns"].index("external_id")
            del table["columns"][at]
            for row in table["rows"]:
                del row[at]

    target.archive.import_file(_rewrite(exported, tmp_path / "older.json", older))
    names = dict(stored(target.db.path, "SELECT display_name, external_id FROM contacts"))
    assert names and set(names.values()) == {""}
