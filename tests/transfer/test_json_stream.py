"""The pull reader for big JSON documents: any layout, any chunk size, cut and damaged text told apart."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from crm_desktop.transfer.json_stream import JsonReader, JsonStreamError

DOCUMENT = {
    "format": "x",
    "numbers": [0, -12.5, 1234567890123, 1e-7, True, False, None],
    "tables": {
        "a": {"columns": ["id", "name"], "rows": [["1", "محمد"], ["2", 'Işıl "quoted" \\ \u2028']]},
        "empty": {"columns": [], "rows": []},
    },
    "after": {},
}


def _walk(reader: JsonReader) -> dict[str, Any]:
    """The document read back through the walking methods only where it is an object or array."""
    found: dict[str, Any] = {}
    for name in reader.members():
        if name == "tables":
            tables: dict[str, Any] = {}
            for table in reader.members():
                parts: dict[str, Any] = {}
                for part in reader.members():
                    parts[part] = (
                        [reader.value() for _index in reader.items()] if part == "rows" else reader.value()
                    )
                tables[table] = parts
            found[name] = tables
        else:
            found[name] = reader.value()
    reader.end()
    return found


@pytest.mark.parametrize("indent", [None, 0, 4])
@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 1 << 20])
def test_any_layout_reads_the_same_in_any_chunk_size(indent: int | None, chunk: int) -> None:
    text = json.dumps(DOCUMENT, indent=indent, ensure_ascii=False)
    assert _walk(JsonReader(io.StringIO(text), chunk=chunk)) == DOCUMENT


def test_a_number_cut_by_a_chunk_is_read_whole() -> None:
    reader = JsonReader(io.StringIO("[123456789, 2]"), chunk=4)
    assert [reader.value() for _index in reader.items()] == [123456789, 2]


@pytest.mark.parametrize("share", [0.1, 0.3, 0.5, 0.8, 0.99])
def test_a_cut_document_is_told_cut(share: float) -> None:
    text = json.dumps(DOCUMENT, indent=1, ensure_ascii=False)
    cut = text[: int(len(text) * share)]
    with pytest.raises(JsonStreamError) as caught:
        _walk(JsonReader(io.StringIO(cut), chunk=5))
    assert caught.value.truncated


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ('{"rows": [1, 2,, 3]}', 15),
        ('{"rows": [1, 2] "b": 3}', 16),
        ('{"a": tru, "b": 3}', 6),
        ('{"a": 1} trailing', 9),
        ("{7: 1}", 1),
    ],
)
def test_damage_is_told_with_where_it_is(text: str, offset: int) -> None:
    def read() -> None:
        reader = JsonReader(io.StringIO(text), chunk=3)
        for name in reader.members():
            if name == "rows":
                for _index in reader.items():
                    reader.value()
            else:
                reader.value()
        reader.end()

    with pytest.raises(JsonStreamError) as caught:
        read()
    assert not caught.value.truncated
    assert caught.value.offset == offset


def test_damage_far_from_the_end_is_found_without_reading_on() -> None:
    class Counting(io.StringIO):
        read_calls = 0

        def read(self, size: int | None = -1) -> str:
            Counting.read_calls += 1
            return super().read(size)

    stream = Counting("[" + "1, " * 10 + "@" + ", 1" * 100_000 + "]")
    reader = JsonReader(stream, chunk=100)
    with pytest.raises(JsonStreamError):
        for _index in reader.items():
            reader.value()
    assert Counting.read_calls < 5


def test_bytes_that_are_not_utf8_are_told_where_they_are() -> None:
    raw = b'{"a": "fine", "b": "' + b"\xff\xfe" + b'"}'
    stream = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8", errors="surrogateescape")
    reader = JsonReader(stream)
    names = reader.members()
    assert next(names) == "a" and reader.value() == "fine"
    with pytest.raises(JsonStreamError, match="not UTF-8") as caught:
        next(names)
        reader.value()
    assert caught.value.offset == 20 and not caught.value.truncated
