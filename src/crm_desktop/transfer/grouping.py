"""The rows of a table gathered by a key (the lines of one sale by its number).

Files of invoice lines mostly keep the lines of one invoice together, but a sheet sorted
by date or by product scatters them; the rows are gathered whatever their order, each
group coming out where its first row stood. They are spooled through a private
temporary SQLite database (SQLite keeps it in memory until it grows past its cache,
then on disk, and deletes it when closed), so a file of any length is gathered without
being held whole.

A row that could not be read (``BROKEN``) says nothing of the group it belonged to: the
groups of the readable rows just before and just after it are told about it (it may
have been one of their rows), and it comes out alone.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from crm_desktop.transfer.reading import BROKEN

_SPOOL_BATCH = 1000  # rows written to the spool at a time


@dataclass
class RowGroup:
    key: str | None  # None: a row that stands alone (no key, or not readable)
    rows: list[tuple[int, list[str]]]  # (the row's line in the file, its cells)
    unreadable_near: list[int] = field(default_factory=list)  # unreadable rows beside one of its rows


def gather(
    rows: Iterable[list[str]], key_of: Callable[[list[str]], str | None], *, first_number: int = 2
) -> Iterator[RowGroup]:
    """The rows grouped by ``key_of`` (None: the row stands alone), in the order of each
    group's first row; rows are numbered from ``first_number`` (the header is row 1)."""
    spool = sqlite3.connect("")  # "": a private temporary database, deleted on close
    try:
        spool.execute(
            "CREATE TABLE spooled (number INTEGER PRIMARY KEY, grp TEXT NOT NULL, cells TEXT NOT NULL)"
        )
        keys, near = _spool(spool, rows, key_of, first_number)
        spool.execute("CREATE INDEX spooled_grp ON spooled (grp, number)")
        ordered = spool.execute(
            "SELECT s.number, s.grp, s.cells FROM spooled s "
            "JOIN (SELECT grp, MIN(number) AS first FROM spooled GROUP BY grp) g ON g.grp = s.grp "
            "ORDER BY g.first, s.number"
        )
        group: RowGroup | None = None
        current = ""
        for number, grp, cells in ordered:
            if group is None or grp != current:
                if group is not None:
                    yield group
                group = RowGroup(keys.get(grp), [], near.get(grp, []))
                current = grp
            group.rows.append((number, json.loads(cells)))
        if group is not None:
            yield group
    finally:
        spool.close()


def _spool(
    spool: sqlite3.Connection,
    rows: Iterable[list[str]],
    key_of: Callable[[list[str]], str | None],
    first_number: int,
) -> tuple[dict[str, str], dict[str, list[int]]]:
    """Write the rows to the spool; (spool group -> key, spool group -> unreadable rows beside it)."""
    keys: dict[str, str] = {}
    near: dict[str, list[int]] = {}
    last_keyed: str | None = None  # the group of the last readable row with a key
    unreadable: list[int] = []  # unreadable rows since then
    batch: list[tuple[int, str, str]] = []
    for number, cells in enumerate(rows, start=first_number):
        if cells[:1] == [BROKEN]:
            grp = f"s{number}"
            if last_keyed is not None:
                near.setdefault(last_keyed, []).append(number)
            unreadable.append(number)
        else:
            key = key_of(cells)
            grp = f"k{key}" if key is not None else f"s{number}"
            if key is not None:
                keys[grp] = key
                if unreadable:
                    near.setdefault(grp, []).extend(n for n in unreadable if n not in near.get(grp, []))
                last_keyed = grp
            unreadable = []
        batch.append((number, grp, json.dumps(cells, ensure_ascii=False)))
        if len(batch) >= _SPOOL_BATCH:
            spool.executemany("INSERT INTO spooled VALUES (?, ?, ?)", batch)
            batch = []
    if batch:
        spool.executemany("INSERT INTO spooled VALUES (?, ?, ?)", batch)
    return keys, near
