"""The activities report from demo data, in English and Arabic, checked against sqlite3 counts."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import arabic_reshaper  # type: ignore[import-untyped]
import pytest

from crm_desktop.domain.enums import ActivityKind
from crm_desktop.domain.errors import CrmError
from crm_desktop.reports import activities
from crm_desktop.reports.registry import REPORTS
from crm_desktop.reports.request import PERIOD, Period, ReportRequest
from crm_desktop.services.activity_figures import ActivityFigures
from crm_desktop.services.crm import Crm
from tests.reports.conftest import DEMO_NOW
from tests.reports.pdf_text import build_in, flat_text

# the default period at the demo's "now" (2026-11-23, UTC): December 2025 to 23 November 2026
START = datetime(2025, 12, 1, tzinfo=UTC)
STOP = datetime(2026, 11, 24, tzinfo=UTC)
MONTHS = [f"{2025 + (11 + i) // 12}-{(11 + i) % 12 + 1:02d}" for i in range(12)]  # 2025-12 … 2026-11
KINDS = [kind.value for kind in ActivityKind]  # the column order of the type table


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _names(sql: sqlite3.Connection) -> dict[str | None, str]:
    names: dict[str | None, str] = dict(sql.execute("SELECT id, name FROM users"))
    names[None] = "No owner"
    return names


def _by_owner_kind(
    sql: sqlite3.Connection, start: datetime = START, stop: datetime = STOP, where: str = "1"
) -> dict[str | None, dict[str, int]]:
    table: dict[str | None, dict[str, int]] = {}
    for owner, kind, count in sql.execute(
        "SELECT owner_id, kind, count(*) FROM activities WHERE deleted_at IS NULL "
        f"AND occurred_at >= ? AND occurred_at < ? AND {where} GROUP BY owner_id, kind",
        (_stamp(start), _stamp(stop)),
    ):
        table.setdefault(owner, {})[kind] = count
    return table


def _row(label: str, cells: list[int], *, rtl: bool = False) -> str:
    values = [str(n) for n in cells]
    return " ".join([*reversed(values), label]) if rtl else " ".join([label, *values])


def _build(crm: Crm, path: Path, request: ReportRequest) -> int:
    return build_in(activities.build, crm, path, request).pages


@pytest.fixture(scope="module", params=["en", "ar"])
def report(
    request: pytest.FixtureRequest, demo: Crm, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, str]:
    language = str(request.param)
    path = tmp_path_factory.mktemp(f"activities-{language}") / "activities.pdf"
    assert _build(demo, path, ReportRequest(language=language)) >= 1
    return language, flat_text(path)


def _total_label(language: str) -> str:
    return str(arabic_reshaper.reshape("الإجمالي")) if language == "ar" else "Total"


def test_owner_by_type_matrix_matches_sql(report: tuple[str, str], sql: sqlite3.Connection) -> None:
    language, text = report
    rtl = language == "ar"
    table = _by_owner_kind(sql)
    names = _names(sql)
    assert len(table) >= 3
    for owner, kinds in table.items():
        cells = [kinds.get(kind, 0) for kind in KINDS]
        assert _row(names[owner], [*cells, sum(cells)], rtl=rtl) in text
    per_kind = [sum(kinds.get(kind, 0) for kinds in table.values()) for kind in KINDS]
    assert _row(_total_label(language), [*per_kind, sum(per_kind)], rtl=rtl) in text
    if language == "en":
        assert f"Activities in the period: {sum(per_kind)}" in text


def test_owner_by_month_matches_sql(report: tuple[str, str], sql: sqlite3.Connection) -> None:
    language, text = report
    rtl = language == "ar"
    months: dict[str | None, dict[str, int]] = {}
    for owner, month, count in sql.execute(
        "SELECT owner_id, substr(occurred_at, 1, 7), count(*) FROM activities WHERE deleted_at IS NULL "
        "AND occurred_at >= ? AND occurred_at < ? GROUP BY 1, 2",
        (_stamp(START), _stamp(STOP)),
    ):
        months.setdefault(owner, {})[month] = count
    names = _names(sql)
    for owner, counts in months.items():
        name = " ".join(names[owner].split())
        assert _row(name, [counts.get(month, 0) for month in MONTHS], rtl=rtl) in text
    totals = [sum(counts.get(month, 0) for counts in months.values()) for month in MONTHS]
    assert _row(_total_label(language), totals, rtl=rtl) in text
    if language == "en":
        assert "By owner and month Owner Dec 2025 Jan 2026" in text


def test_tasks_per_assignee_match_sql(report: tuple[str, str], sql: sqlite3.Connection) -> None:
    language, text = report
    rows = sql.execute(
        "SELECT assignee_id, sum(done_at IS NOT NULL), sum(done_at IS NULL), "
        "sum(done_at IS NULL AND due_at < ?) FROM tasks WHERE deleted_at IS NULL "
        "AND due_at >= ? AND due_at < ? GROUP BY assignee_id",
        (_stamp(DEMO_NOW), _stamp(START), _stamp(STOP)),
    ).fetchall()
    assert rows
    names = _names(sql)
    for assignee, done, still_open, overdue in rows:
        assert _row(names[assignee], [done, still_open, overdue], rtl=language == "ar") in text
    sums = [sum(row[i] for row in rows) for i in (1, 2, 3)]
    assert _row(_total_label(language), sums, rtl=language == "ar") in text


def test_owner_and_kind_filters(demo: Crm, sql: sqlite3.Connection, tmp_path: Path) -> None:
    owner, name = sql.execute(
        "SELECT owner_id, users.name FROM activities JOIN users ON users.id = owner_id LIMIT 1"
    ).fetchone()
    path = tmp_path / "calls.pdf"
    _build(demo, path, ReportRequest(filters={"owner": owner, "kind": "call"}))
    text = flat_text(path)
    table = _by_owner_kind(sql, where=f"owner_id = '{owner}' AND kind = 'call'")
    calls = table[owner]["call"]
    assert f"Owner: {name} Type: Call Activities in the period: {calls}" in text
    assert f"{name} {calls} {calls} Total {calls} {calls}" in text
    assert "Meeting" not in text
    assert "Tasks due in the period" not in text  # tasks are not activities of a type
    others = [other for other in _names(sql).values() if other != name]
    assert not any(other in text for other in others)


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"owner": "no-such-user"}, "no-such-user"),
        ({"kind": "telegram"}, "activity type"),
        ({"assignee": "x"}, "no filter assignee"),
    ],
)
def test_bad_filters_give_an_error_and_no_file(
    demo: Crm, tmp_path: Path, filters: dict[str, str], message: str
) -> None:
    with pytest.raises(CrmError, match=message):
        activities.build(demo, tmp_path / "x.pdf", ReportRequest(filters=filters))
    assert list(tmp_path.iterdir()) == []


def test_a_short_period_is_shown_by_week(demo: Crm, sql: sqlite3.Connection, tmp_path: Path) -> None:
    first, last = date(2026, 9, 10), date(2026, 11, 23)  # ten and a half weeks, from a Thursday
    path = tmp_path / "weeks.pdf"
    _build(demo, path, ReportRequest(start=first, end=last))
    text = flat_text(path)
    assert "By owner and week" in text and "By owner and month" not in text
    stop = datetime(2026, 11, 24, tzinfo=UTC)
    table = _by_owner_kind(sql, datetime(2026, 9, 10, tzinfo=UTC), stop)
    total = sum(sum(kinds.values()) for kinds in table.values())
    assert f"Activities in the period: {total}" in text
    # the demo's region is the US: weeks begin on Sunday, the first one on the period's first day
    assert "Owner 9/10/2026 9/13/2026 9/20/2026" in text


def test_bucket_days_split_at_week_and_month_starts() -> None:
    def period(first: date, last: date) -> Period:
        return Period(first, last, datetime.now(UTC), datetime.now(UTC))

    weeks = activities.bucket_days(period(date(2026, 9, 10), date(2026, 9, 27)), weekly=True, week_start=6)
    assert weeks == [
        date(2026, 9, 10),
        date(2026, 9, 13),
        date(2026, 9, 20),
        date(2026, 9, 27),
        date(2026, 9, 28),
    ]
    monday = activities.bucket_days(period(date(2026, 9, 14), date(2026, 9, 20)), weekly=True)
    assert monday == [date(2026, 9, 14), date(2026, 9, 21)]
    months = activities.bucket_days(period(date(2025, 12, 15), date(2026, 2, 10)), weekly=False)
    assert months == [date(2025, 12, 15), date(2026, 1, 1), date(2026, 2, 1), date(2026, 2, 11)]
    assert activities.week_start_day("SA") == 6 and activities.week_start_day("TR") == 0
    assert activities.week_start_day("") == 0 and activities.week_start_day("??") == 0


def test_figures_take_the_start_and_leave_the_stop(demo: Crm, sql: sqlite3.Connection) -> None:
    (moment_text,) = sql.execute(
        "SELECT occurred_at FROM activities WHERE deleted_at IS NULL ORDER BY occurred_at DESC LIMIT 1"
    ).fetchone()
    moment = datetime.fromisoformat(moment_text).replace(tzinfo=UTC)
    figures = ActivityFigures(demo.ctx)
    taken = figures.counts([moment, moment + timedelta(microseconds=1)])
    assert sum(item.count for item in taken) >= 1
    assert {item.bucket for item in taken} == {0}
    left = figures.counts([moment - timedelta(days=1), moment - timedelta(hours=1), moment])
    (expected,) = sql.execute(
        "SELECT count(*) FROM activities WHERE deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?",
        (_stamp(moment - timedelta(days=1)), moment_text),
    ).fetchone()
    assert sum(item.count for item in left) == expected
    # an activity on an inner edge opens the later bucket
    split = figures.counts([moment - timedelta(hours=1), moment, moment + timedelta(hours=1)])
    (before,) = sql.execute(
        "SELECT count(*) FROM activities WHERE deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?",
        (_stamp(moment - timedelta(hours=1)), moment_text),
    ).fetchone()
    assert sum(item.count for item in split if item.bucket == 0) == before
    assert sum(item.count for item in split if item.bucket == 1) >= 1
    with pytest.raises(ValueError):
        figures.counts([moment])


def test_a_period_with_nothing_in_it(demo: Crm, tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    _build(demo, path, ReportRequest(start=date(2000, 1, 1), end=date(2000, 1, 31)))
    text = flat_text(path)
    assert "No activities in this period." in text
    assert "No tasks were due in this period." in text
    with pytest.raises(CrmError, match="after it ends"):
        activities.build(
            demo, tmp_path / "bad.pdf", ReportRequest(start=date(2026, 2, 1), end=date(2026, 1, 1))
        )
    assert not (tmp_path / "bad.pdf").exists()


def test_registry_offers_a_period() -> None:
    info = REPORTS["activities"]
    assert info.options == {PERIOD}
    assert info.filters == ("owner", "kind")
