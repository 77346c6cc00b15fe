"""The cases report and the case sheet from demo data, in English and Arabic, read back with pypdf.

Expected figures are counted with sqlite3 straight from the demo database file, so a
wrong query in the case figures service shows up as a wrong number here.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import arabic_reshaper  # type: ignore[import-untyped]
import pytest

from crm_desktop.domain.enums import Priority
from crm_desktop.domain.errors import CrmError
from crm_desktop.i18n import _, language
from crm_desktop.reports import cases
from crm_desktop.reports.registry import REPORTS, check_request
from crm_desktop.reports.request import CASE, PERIOD, ReportRequest
from crm_desktop.reports.text import has_arabic
from crm_desktop.services.case_figures import CaseFigures, CaseGroup, CaseGrouping, CaseScope
from crm_desktop.services.crm import Crm
from tests.reports.conftest import DEMO_NOW
from tests.reports.pdf_text import build_in, flat_text

# the default period at the demo's "now" (2026-11-23, UTC): the last twelve months by local day
START = datetime(2025, 12, 1, tzinfo=UTC)
STOP = datetime(2026, 11, 24, tzinfo=UTC)
ACTIVE = "('new', 'open', 'waiting')"
PRIORITY_NAMES = {"urgent": "Urgent", "high": "High", "normal": "Normal", "low": "Low"}


def _stamp(moment: datetime) -> str:
    """A UTC instant as the database stores it (naive ISO text, comparable as a string)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _figures(
    sql: sqlite3.Connection, where: str = "1", start: datetime = START, stop: datetime = STOP
) -> list[str]:
    """open, overdue, escalated, opened, resolved and mean time to resolve, as the report prints them."""
    now = _stamp(DEMO_NOW)
    live = f"deleted_at IS NULL AND {where}"
    (open_, overdue, escalated) = sql.execute(
        f"SELECT count(*), coalesce(sum(sla_due_at < ?), 0), coalesce(sum(escalation_level > 0), 0) "
        f"FROM cases WHERE {live} AND status IN {ACTIVE}",
        (now,),
    ).fetchone()
    (opened,) = sql.execute(
        f"SELECT count(*) FROM cases WHERE {live} AND created_at >= ? AND created_at < ?",
        (_stamp(start), _stamp(stop)),
    ).fetchone()
    resolved = sql.execute(
        f"SELECT created_at, resolved_at FROM cases WHERE {live} AND resolved_at >= ? AND resolved_at < ?",
        (_stamp(start), _stamp(stop)),
    ).fetchall()
    hours = [(_parse(done) - _parse(created)).total_seconds() / 3600 for created, done in resolved]
    return [str(n) for n in (open_, overdue, escalated, opened, len(resolved))] + [_duration(hours)]


def _duration(hours: list[float]) -> str:
    """The mean in the unit the report writes, in the catalogue of the calling thread."""
    if not hours:
        return ""
    mean = sum(hours) / len(hours)
    if mean < 48:
        return _("{hours} h").format(hours=f"{mean:.1f}")
    return _("{days} days").format(days=f"{mean / 24:.1f}")


def _row(label: str, cells: list[str], *, rtl: bool = False) -> str:
    """A table row as extracted: label then cells, or in a right-to-left page the other way round."""
    values = [cell for cell in cells if cell]
    if rtl:
        return " ".join([*reversed(values), label])
    return " ".join([label, *values])


def _as_extracted(text: str) -> str:
    """How pypdf reads an Arabic line back: shaped, in logical order, except that a full stop
    ending the sentence (drawn at its left end) comes back in front; the test leaves it out."""
    return str(arabic_reshaper.reshape(text.rstrip("."))) if has_arabic(text) else text


def _build(crm: Crm, path: Path, request: ReportRequest) -> int:
    return build_in(cases.build, crm, path, request).pages


@pytest.fixture(scope="module")
def english(demo: Crm, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cases-en") / "cases.pdf"
    assert _build(demo, path, ReportRequest()) >= 1
    return flat_text(path)


@pytest.fixture(scope="module")
def arabic(demo: Crm, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cases-ar") / "cases.pdf"
    assert _build(demo, path, ReportRequest(language="ar")) >= 1
    return flat_text(path)


def _users(sql: sqlite3.Connection) -> dict[str, str]:
    return dict(sql.execute("SELECT id, name FROM users"))


# --- the summary report ------------------------------------------------------------------


def test_totals_and_priorities_match_sql_counts(english: str, sql: sqlite3.Connection) -> None:
    total = _figures(sql)
    assert int(total[0]) > 0 and int(total[1]) > 0 and int(total[2]) > 0 and int(total[4]) > 0
    assert total[5]
    assert "page 1 of" in english
    assert f"Open cases {total[0]} Overdue {total[1]} Escalated {total[2]}" in english
    assert f"Resolved in the period {total[4]} Average time to resolve {total[5]}" in english
    assert english.count(_row("Total", total)) == 2  # the priority table and the assignee table
    for value, name in PRIORITY_NAMES.items():
        assert _row(name, _figures(sql, f"priority = '{value}'")) in english


def test_assignees_match_sql_counts(english: str, sql: sqlite3.Connection) -> None:
    assignees = [
        row[0] for row in sql.execute("SELECT DISTINCT assignee_id FROM cases WHERE deleted_at IS NULL")
    ]
    names = _users(sql)
    checked = 0
    for assignee in assignees:
        if assignee is None:
            expected = _figures(sql, "assignee_id IS NULL")
            name = "Unassigned"
        else:
            expected = _figures(sql, f"assignee_id = '{assignee}'")
            name = names[assignee]
        if any(value not in ("0", "") for value in expected):
            assert _row(name, expected) in english
            checked += 1
    assert checked >= 2


def test_open_cases_are_listed_with_customer_and_overdue_mark(english: str, sql: sqlite3.Connection) -> None:
    rows = sql.execute(
        "SELECT cases.subject, contacts.display_name, cases.sla_due_at < ? FROM cases "
        "LEFT JOIN contacts ON contacts.id = cases.contact_id "
        f"WHERE cases.deleted_at IS NULL AND cases.status IN {ACTIVE}",
        (_stamp(DEMO_NOW),),
    ).fetchall()
    assert rows
    for subject, customer, _late in rows:
        assert " ".join(_as_extracted(subject).split()) in english
        assert _as_extracted(customer) in english
    overdue = sum(late for *_rest, late in rows)
    # the table's overdue marks, besides the "Overdue" headings of the summary and two tables
    assert english.count("Overdue") == overdue + 3


def test_arabic_report_is_mirrored_and_holds_the_same_figures(arabic: str, sql: sqlite3.Connection) -> None:
    with language("ar"):
        total = _figures(sql)
    # pypdf reads the cell "5.3 يوم" back as the shaped word, then the number
    number, unit = total[-1].split(" ", 1)
    total[-1] = _as_extracted(unit) + number
    assert _as_extracted("صفحة") in arabic  # the footer, translated and shaped
    assert _row(_as_extracted("الإجمالي"), total, rtl=True) in arabic
    subjects = [
        subject
        for (subject,) in sql.execute(
            f"SELECT subject FROM cases WHERE deleted_at IS NULL AND status IN {ACTIVE}"
        )
        if has_arabic(subject)
    ]
    assert subjects
    for subject in subjects:
        assert _as_extracted(subject) in arabic


@pytest.mark.parametrize("language", ["en", "ar"])
def test_priority_filter(demo: Crm, sql: sqlite3.Connection, tmp_path: Path, language: str) -> None:
    path = tmp_path / "high.pdf"
    _build(demo, path, ReportRequest(language=language, filters={"priority": "high"}))
    text = flat_text(path)
    expected = _figures(sql, "priority = 'high'")
    total = _as_extracted("الإجمالي") if language == "ar" else "Total"
    assert text.count(_row(total, expected, rtl=language == "ar")) == 2
    if language == "en":
        assert "Priority: High" in text
        for name in ("Urgent", "Normal", "Low"):
            assert f" {name} " not in text


def test_assignee_filter(demo: Crm, sql: sqlite3.Connection, tmp_path: Path) -> None:
    (assignee, count) = sql.execute(
        f"SELECT assignee_id, count(*) FROM cases WHERE deleted_at IS NULL AND status IN {ACTIVE} "
        "AND assignee_id IS NOT NULL GROUP BY assignee_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    path = tmp_path / "mine.pdf"
    _build(demo, path, ReportRequest(filters={"assignee": assignee}))
    text = flat_text(path)
    expected = _figures(sql, f"assignee_id = '{assignee}'")
    assert expected[0] == str(count)
    assert text.count(_row("Total", expected)) == 2
    assert f"Assignee: {_users(sql)[assignee]}" in text
    assert "Unassigned" not in text


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"assignee": "no-such-user"}, "no-such-user"),
        ({"priority": "soon"}, "priority"),
        ({"owner": "x"}, "no filter owner"),
    ],
)
def test_bad_filters_give_an_error_and_no_file(
    demo: Crm, tmp_path: Path, filters: dict[str, str], message: str
) -> None:
    with pytest.raises(CrmError, match=message):
        cases.build(demo, tmp_path / "x.pdf", ReportRequest(filters=filters))
    assert list(tmp_path.iterdir()) == []


def test_period_edges_count_the_last_day_and_not_the_next(
    demo: Crm, sql: sqlite3.Connection, tmp_path: Path
) -> None:
    (resolved_text,) = sql.execute(
        "SELECT resolved_at FROM cases WHERE deleted_at IS NULL AND resolved_at IS NOT NULL "
        "ORDER BY resolved_at DESC LIMIT 1"
    ).fetchone()
    resolved = _parse(resolved_text)
    day = resolved.date()
    midnight = datetime(day.year, day.month, day.day, tzinfo=UTC)
    on_the_day = _figures(sql, start=midnight, stop=midnight + timedelta(days=1))
    assert int(on_the_day[4]) >= 1
    path = tmp_path / "day.pdf"
    _build(demo, path, ReportRequest(start=day, end=day))
    assert f"Resolved in the period {on_the_day[4]} " in flat_text(path)
    _build(demo, path, ReportRequest(start=day - timedelta(days=30), end=day - timedelta(days=1)))
    before = _figures(sql, start=midnight - timedelta(days=30), stop=midnight)
    assert f"Resolved in the period {before[4]} " in flat_text(path)
    with pytest.raises(CrmError, match="after it ends"):
        cases.build(demo, tmp_path / "bad.pdf", ReportRequest(start=day, end=day - timedelta(days=1)))
    assert not (tmp_path / "bad.pdf").exists()


def test_figures_service_takes_its_start_and_leaves_its_stop(demo: Crm, sql: sqlite3.Connection) -> None:
    (priority, resolved_text) = sql.execute(
        "SELECT priority, resolved_at FROM cases WHERE deleted_at IS NULL AND resolved_at IS NOT NULL LIMIT 1"
    ).fetchone()
    resolved = _parse(resolved_text)
    figures = CaseFigures(demo.ctx)
    scope = CaseScope(priority=Priority(priority))

    def sql_resolved(start: datetime, stop: datetime) -> int:
        (count,) = sql.execute(
            "SELECT count(*) FROM cases WHERE deleted_at IS NULL AND priority = ? "
            "AND resolved_at >= ? AND resolved_at < ?",
            (priority, _stamp(start), _stamp(stop)),
        ).fetchone()
        return int(count)

    for start, stop in (
        (resolved, resolved + timedelta(seconds=1)),  # starts at the resolution: counted
        (resolved - timedelta(days=1), resolved),  # stops at it: not counted
    ):
        found = figures.by(CaseGrouping.PRIORITY, start, stop, scope).get(priority, CaseGroup())
        assert found.resolved == sql_resolved(start, stop)
    assert sql_resolved(resolved, resolved + timedelta(seconds=1)) >= 1


# --- one case's sheet --------------------------------------------------------------------


def _a_case(sql: sqlite3.Connection, *, active: bool) -> tuple[str, str, str, str]:
    status = f"status IN {ACTIVE}" if active else f"status NOT IN {ACTIVE}"
    row = sql.execute(
        "SELECT cases.id, cases.subject, contacts.display_name, cases.resolution FROM cases "
        "JOIN contacts ON contacts.id = cases.contact_id "
        f"WHERE cases.deleted_at IS NULL AND {status} AND EXISTS "
        "(SELECT 1 FROM activities WHERE activities.case_id = cases.id) ORDER BY cases.id LIMIT 1"
    ).fetchone()
    assert row is not None
    return row


@pytest.mark.parametrize("language", ["en", "ar"])
def test_case_sheet_holds_title_customer_resolution_and_activities(
    demo: Crm, sql: sqlite3.Connection, tmp_path: Path, language: str
) -> None:
    case_id, subject, customer, resolution = _a_case(sql, active=False)
    path = tmp_path / "case.pdf"
    assert _build(demo, path, ReportRequest(language=language, case_id=case_id)) >= 1
    text = flat_text(path)
    for expected in (subject, customer, resolution):
        assert " ".join(_as_extracted(expected).split()) in text
    for (activity_subject,) in sql.execute("SELECT subject FROM activities WHERE case_id = ?", (case_id,)):
        assert " ".join(_as_extracted(activity_subject).split()) in text
    # the summary's tables are not on a case sheet
    assert "By assignee" not in text


def test_case_sheet_of_an_escalated_open_case(demo: Crm, sql: sqlite3.Connection, tmp_path: Path) -> None:
    (case_id, subject, reason, level) = sql.execute(
        f"SELECT id, subject, escalation_reason, escalation_level FROM cases WHERE deleted_at IS NULL "
        f"AND status IN {ACTIVE} AND escalation_level > 0 AND sla_due_at < ? LIMIT 1",
        (_stamp(DEMO_NOW),),
    ).fetchone()
    path = tmp_path / "case.pdf"
    _build(demo, path, ReportRequest(case_id=case_id))
    text = flat_text(path)
    assert _as_extracted(subject) in text
    assert f"Level {level} Reason {reason}" in text
    assert re.search(r"SLA Overdue by [\d.]+ (h|days)", text)


def test_unknown_case_gives_an_error_and_no_file(demo: Crm, tmp_path: Path) -> None:
    with pytest.raises(CrmError, match="No case with id nope"):
        cases.build(demo, tmp_path / "case.pdf", ReportRequest(case_id="nope"))
    with pytest.raises(CrmError, match="no filters"):
        cases.build(demo, tmp_path / "case.pdf", ReportRequest(case_id="nope", filters={"priority": "high"}))
    with pytest.raises(CrmError, match="no filters and no period"):
        cases.build(demo, tmp_path / "case.pdf", ReportRequest(case_id="nope", start=date(2026, 1, 1)))
    assert list(tmp_path.iterdir()) == []


def test_registry_offers_period_and_case() -> None:
    info = REPORTS["cases"]
    assert info.options == {PERIOD, CASE}
    assert info.filters == ("assignee", "priority")
    check_request(info, ReportRequest(case_id="x"))
    with pytest.raises(CrmError, match="--deal"):
        check_request(info, ReportRequest(deal_id="x"))
