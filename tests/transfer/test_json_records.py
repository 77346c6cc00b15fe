"""A JSON list of records read as a table (transfer.json_records)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop.transfer.fields import guess_mapping
from crm_desktop.transfer.reading import BROKEN, ImportFileError, read_table


def write(tmp_path: Path, text: str, name: str = "records.json") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_records_become_rows_under_their_names_with_lists_in_one_cell(tmp_path: Path) -> None:
    records = [
        {"given_name": "ليلى", "email": ["a@example.com", "b@example.com"], "vip": True, "birthday": None},
        {"given_name": "Ahmet", "email": [], "vip": False, "birthday": "1990-02-01"},
    ]
    path = write(tmp_path, json.dumps(records, ensure_ascii=False, indent=2), "contacts.txt")

    with read_table(path) as table:  # found by its content, whatever its name
        assert table.kind == "json"
        assert table.headers == ["given_name", "email", "vip", "birthday"]
        assert list(table.rows) == [
            ["ليلى", "a@example.com; b@example.com", "yes", ""],
            ["Ahmet", "", "no", "1990-02-01"],
        ]


def test_a_sale_becomes_a_row_per_line(tmp_path: Path) -> None:
    sales = [
        {
            "number": "S-1",
            "total": "5",
            "lines": [{"sku": "A", "quantity": "2"}, {"sku": "B", "quantity": "1"}],
        },
        {"number": "S-2", "total": "0", "lines": []},
    ]
    with read_table(write(tmp_path, json.dumps(sales))) as table:
        assert table.headers == ["number", "total", "sku", "quantity"]
        assert list(table.rows) == [["S-1", "5", "A", "2"], ["S-1", "5", "B", "1"], ["S-2", "0", "", ""]]


def test_a_damaged_record_is_a_rejected_row_and_says_the_rest_was_not_read(tmp_path: Path) -> None:
    text = '[{"name": "Kaya"}, {"name": "Demir", }, {"name": "Nasser"}]'
    with read_table(write(tmp_path, text)) as table:
        first, broken = list(table.rows)
    assert first == ["Kaya"]
    assert broken[0] == BROKEN
    assert broken[1].startswith("the file is damaged at character ")
    assert broken[1].endswith("the records after it were not read")


def test_a_file_cut_short_keeps_the_rows_before_the_cut(tmp_path: Path) -> None:
    with read_table(write(tmp_path, '[{"name": "Kaya"}, {"name": "Dem')) as table:
        rows = list(table.rows)
    assert rows[0] == ["Kaya"] and rows[1][0] == BROKEN


def test_an_element_that_is_no_record_is_rejected_alone(tmp_path: Path) -> None:
    with read_table(write(tmp_path, '[{"name": "Kaya"}, "Demir", {"name": "Nasser"}]')) as table:
        rows = list(table.rows)
    assert rows[0] == ["Kaya"] and rows[2] == ["Nasser"]
    assert rows[1] == [BROKEN, "the element is not a record (an object of named values)"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[]", "holds no records"),
        ('{"name": "Kaya"}', "is not a list of records"),
        ("[1, 2, 3]", "is not a list of records"),
        ("[{}]", "is not a list of records"),
    ],
)
def test_what_is_no_list_of_records_is_refused_with_what_was_expected(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(ImportFileError, match=message):
        read_table(write(tmp_path, text))


def test_a_column_named_as_the_field_takes_it_before_one_named_like_it() -> None:
    # the JSON export's own "id" and the record's external id: the second is the external id
    assert guess_mapping(["id", "given_name", "external_id"], "contacts") == [
        None,
        "given_name",
        "external_id",
    ]
    # another program's export with only its own "id": that is the external id
    assert guess_mapping(["id", "given_name"], "contacts") == ["external_id", "given_name"]
    # two columns with the same name: the first keeps the field
    assert guess_mapping(["email", "city", "city"], "contacts") == ["email", "city", None]
