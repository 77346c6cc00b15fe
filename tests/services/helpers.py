"""Helpers shared by the service tests: whole-database snapshots and paging through lists."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from sqlalchemy import text

from crm_desktop.services.crm import Crm
from crm_desktop.services.records import ListQuery, RecordService


def snapshot(crm: Crm) -> dict[str, list[str]]:
    """Every row of every table (tombstones, search docs and settings included)."""
    with crm.db.read() as session:
        tables = [
            row[0]
            for row in session.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            )
        ]
        return {
            table: sorted(repr(tuple(row)) for row in session.execute(text(f'SELECT * FROM "{table}"')))
            for table in tables
        }


def query_all(crm: Crm, sql: str) -> list[tuple[Any, ...]]:
    with crm.db.read() as session:
        return [tuple(row) for row in session.execute(text(sql))]


def row_counts(crm: Crm) -> dict[str, int]:
    return {table: len(rows) for table, rows in snapshot(crm).items()}


@contextmanager
def unchanged(crm: Crm) -> Iterator[None]:
    """Assert that nothing at all in the file changed inside the block (row counts and values)."""
    before = snapshot(crm)
    yield
    after = snapshot(crm)
    assert {t: len(r) for t, r in after.items()} == {t: len(r) for t, r in before.items()}
    assert after == before


def all_pages(service: RecordService[Any, Any], query: ListQuery) -> list[str]:
    """The ids of every page of ``query``, following next_cursor to the end."""
    ids: list[str] = []
    after = None
    for _ in range(10_000):
        page = service.list(replace(query, after=after))
        assert len(page.items) <= query.limit
        ids.extend(item.id for item in page.items)
        if page.next_cursor is None:
            return ids
        after = page.next_cursor
    raise AssertionError("paging never ended")


def created(entity: str, *ids: str) -> set[tuple[str, str]]:
    return {(entity, i) for i in ids}
