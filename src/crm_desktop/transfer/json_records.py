"""A JSON list of records read as a table: what ``crm export --format json`` writes.

An export of contacts, companies, deals or products is an array of flat objects whose
many-valued fields are lists (``"email": ["a@x", "b@x"]``); a sale carries its lines
nested (``"lines": [{...}, ...]``). Read back, each object becomes a row under its
member names, a list of values becomes the cell a CSV export writes (``a@x; b@x``), and
a sale becomes one row per line, as the CSV export lays it out: so every export imports
again, in whichever format it was written.

The file is streamed (:class:`~crm_desktop.transfer.json_stream.JsonReader`): a list of
a million records takes one record's memory. A record damaged in the middle of the file
rejects that row with the reason; the rows after it cannot be found again and are not
read (the reason says so).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from crm_desktop.i18n import _
from crm_desktop.transfer.json_stream import JsonReader, JsonStreamError
from crm_desktop.transfer.reading import BROKEN, ImportFileError, Table

LIST_SEPARATOR = "; "  # how the CSV export writes a field's several values in one cell
# an array whose first element is an object (or an empty array): a list of records
_RECORDS_START = re.compile(r"\s*\[\s*(\{|\])")


def looks_like_records(text_head: str) -> bool:
    return _RECORDS_START.match(text_head) is not None


def read_json_records(path: Path, encoding: str) -> Table:
    stream = path.open("r", encoding=encoding, errors="replace")
    try:
        reader = JsonReader(stream)
        items = reader.items()
        first = _first_record(reader, items, path)
    except BaseException:
        stream.close()
        raise
    nested = _nested_list(first)
    headers = [name for name in first if name != nested]
    if nested is not None:
        line_names = {name: None for line in first[nested] for name in line}
        headers += [name for name in line_names if name not in headers]
    return Table("json", headers, _rows(first, reader, items, headers, nested), encoding, closers=[stream])


def _first_record(reader: JsonReader, items: Iterator[int], path: Path) -> dict[str, Any]:
    not_records = ImportFileError(
        _("“{name}” is not a list of records: a JSON file to import holds [{{...}}, {{...}}].").format(
            name=path.name
        )
    )
    try:
        if next(items, None) is None:
            raise ImportFileError(_("“{name}” holds no records.").format(name=path.name))
        first = reader.value()
    except JsonStreamError as error:
        raise not_records from error
    if not isinstance(first, dict) or not first:
        raise not_records
    return first


def _nested_list(record: dict[str, Any]) -> str | None:
    """The member holding a list of objects (a sale's lines), if the record has one."""
    for name, value in record.items():
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            return name
    return None


def _rows(
    first: dict[str, Any], reader: JsonReader, items: Iterator[int], headers: list[str], nested: str | None
) -> Iterator[list[str]]:
    record: Any = first
    while True:
        if isinstance(record, dict):
            yield from _record_rows(record, headers, nested)
        else:
            yield [BROKEN, _("the element is not a record (an object of named values)")]
        try:
            if next(items, None) is None:
                return
            record = reader.value()
        except JsonStreamError as error:
            yield [
                BROKEN,
                _(
                    "the file is damaged at character {offset} ({reason}); the records after it were not read"
                ).format(offset=error.offset, reason=error.reason),
            ]
            return


def _record_rows(record: dict[str, Any], headers: list[str], nested: str | None) -> Iterator[list[str]]:
    lines = record.get(nested) if nested is not None else None
    if not isinstance(lines, list) or not lines:
        yield [_cell(record.get(name)) for name in headers]
        return
    for line in lines:
        merged = {**record, **line} if isinstance(line, dict) else record
        yield [_cell(merged.get(name)) for name in headers]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return LIST_SEPARATOR.join(_cell(item) for item in value if item is not None)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
