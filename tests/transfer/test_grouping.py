"""Rows gathered by a key (a sale's lines by its number), whatever their order in the file."""

from __future__ import annotations

from crm_desktop.transfer.grouping import gather
from crm_desktop.transfer.reading import BROKEN


def key(cells: list[str]) -> str | None:
    return cells[0] or None


def test_rows_of_a_key_come_together_where_the_first_stood() -> None:
    rows = [["A", "1"], ["B", "1"], ["A", "2"], ["", "x"], ["C", "1"], ["B", "2"]]
    groups = list(gather(iter(rows), key))
    assert [(g.key, [n for n, _cells in g.rows]) for g in groups] == [
        ("A", [2, 4]),
        ("B", [3, 7]),
        (None, [5]),
        ("C", [6]),
    ]
    assert groups[0].rows[1] == (4, ["A", "2"])


def test_an_unreadable_row_is_told_to_the_groups_around_it() -> None:
    rows = [["A", "1"], [BROKEN, "a quote is not closed"], ["B", "1"], ["C", "1"], ["A", "2"]]
    groups = {g.key: g for g in gather(iter(rows), key)}
    assert groups["A"].unreadable_near == [3]
    assert groups["B"].unreadable_near == [3]
    assert groups["C"].unreadable_near == []
    alone = groups[None]
    assert alone.rows == [(3, [BROKEN, "a quote is not closed"])]


def test_a_long_file_is_spooled_not_held() -> None:
    rows = ([f"S{n % 500}", str(n)] for n in range(20_000))  # a generator: read once
    groups = list(gather(rows, key))
    assert len(groups) == 500
    assert all(len(group.rows) == 40 for group in groups)
    assert groups[0].rows[:2] == [(2, ["S0", "0"]), (502, ["S0", "500"])]
