"""The pipeline report from demo data, in English and Arabic, checked against SQL over the demo file."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path

import arabic_reshaper  # type: ignore[import-untyped]
import pytest

from crm_desktop import i18n
from crm_desktop.cli import main
from crm_desktop.domain.enums import StageKind
from crm_desktop.domain.errors import CrmError
from crm_desktop.reports import pipeline
from crm_desktop.reports.charts import DARK_BLUE, LIGHT_BLUE, Series, bar_chart
from crm_desktop.reports.document import ReportDocument
from crm_desktop.reports.formatting import ReportFormat
from crm_desktop.reports.registry import report
from crm_desktop.reports.request import PERIOD, ReportRequest
from crm_desktop.reports.text import has_arabic, visual_line
from crm_desktop.services.crm import Crm
from crm_desktop.services.pipeline import DealInput
from tests.reports.pdf_text import as_extracted, build_in, clean, pdf_lines, report_format, row_count, words

# the demo's clock is 2026-11-23 (UTC): the default period is Dec 2025 to that day
DEFAULT_FIRST = date(2025, 12, 1)
DEFAULT_LAST = date(2026, 11, 23)


def _build(crm: Crm, out: Path, request: ReportRequest) -> Path:
    build_in(pipeline.build, crm, out, request)
    return out


@pytest.fixture(scope="module", params=["en", "ar"])
def built(
    demo: Crm, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Path]:
    language = str(request.param)
    out = tmp_path_factory.mktemp(language) / "pipeline.pdf"
    return language, _build(demo, out, ReportRequest(language=language))


def _utc(day: date) -> str:
    """A day's UTC midnight as the deals table stores times."""
    return f"{day.isoformat()} 00:00:00"


def _open_by(sql: sqlite3.Connection, column: str, owner: str | None = None) -> dict[str, list[int]]:
    """key -> [deals, value, weighted] of live open deals, weighted per deal (rounded down)."""
    rows = sql.execute(
        f"""
        SELECT {column}, d.base_amount_minor, coalesce(d.probability_override, s.probability)
        FROM deals d JOIN stages s ON s.id = d.stage_id
        WHERE d.deleted_at IS NULL AND s.kind = 'open' AND (? IS NULL OR d.owner_id = ?)
        """,
        (owner, owner),
    )
    totals: dict[str, list[int]] = {}
    for key, amount, probability in rows:
        entry = totals.setdefault(key, [0, 0, 0])
        entry[0] += 1
        entry[1] += amount
        entry[2] += amount * probability // 100
    return totals


def _closed(sql: sqlite3.Connection, first: date, last: date) -> dict[tuple[str, str], list[int]]:
    """(kind, lost reason) -> [deals, value] of deals won or lost from ``first`` to ``last`` (UTC days)."""
    rows = sql.execute(
        """
        SELECT s.kind, CASE WHEN s.kind = 'lost' THEN trim(d.lost_reason) ELSE '' END, count(*),
               sum(d.base_amount_minor)
        FROM deals d JOIN stages s ON s.id = d.stage_id
        WHERE d.deleted_at IS NULL AND s.kind IN ('won', 'lost') AND d.closed_at >= ? AND d.closed_at < ?
        GROUP BY 1, 2
        """,
        (_utc(first), _utc(last + timedelta(days=1))),
    )
    return {(kind, reason): [deals, value] for kind, reason, deals, value in rows}


def test_stage_rows_and_totals_match_sql(demo: Crm, sql: sqlite3.Connection, built: tuple[str, Path]) -> None:
    language, path = built
    lines = pdf_lines(path)
    fmt = report_format(demo, language)
    by_stage = _open_by(sql, "s.name || '|' || s.probability")
    assert len(by_stage) == 4
    for key, (deals, value, weighted) in by_stage.items():
        name, probability = key.split("|")
        cells = [name, fmt.percent(int(probability) / 100), fmt.number(deals)]
        cells += [fmt.amount(value, "USD"), fmt.amount(weighted, "USD")]
        assert row_count(lines, cells, rtl=language == "ar") == 1, cells
    deals = sum(v[0] for v in by_stage.values())
    value = sum(v[1] for v in by_stage.values())
    weighted = sum(v[2] for v in by_stage.values())
    # the total row closes the stage, owner and month tables alike
    total = [fmt.number(deals), fmt.amount(value, "USD"), fmt.amount(weighted, "USD")]
    assert row_count(lines, total, rtl=language == "ar") == 3
    assert clean(as_extracted(fmt.amount(weighted, "USD"))) in lines  # in the summary too


def test_owner_and_month_rows_match_sql(demo: Crm, sql: sqlite3.Connection, built: tuple[str, Path]) -> None:
    language, path = built
    lines = pdf_lines(path)
    fmt = report_format(demo, language)
    rtl = language == "ar"
    by_owner = _open_by(sql, "(SELECT name FROM users WHERE id = d.owner_id)")
    assert len(by_owner) > 3
    for name, (deals, value, weighted) in by_owner.items():
        cells = [name, fmt.number(deals), fmt.amount(value, "USD"), fmt.amount(weighted, "USD")]
        assert row_count(lines, cells, rtl=rtl) == 1, cells
    by_month = _open_by(sql, "strftime('%Y-%m', d.expected_close)")
    assert min(by_month) >= "2026-11"  # no overdue open deal in the demo: every month is listed
    for month, (deals, value, weighted) in by_month.items():
        label = fmt.month(int(month[:4]), int(month[5:]))
        cells = [label, fmt.number(deals), fmt.amount(value, "USD"), fmt.amount(weighted, "USD")]
        assert row_count(lines, cells, rtl=rtl) == 1, cells
        # the table row and the chart's label
        assert [words(line) for line in lines].count(words(as_extracted(label))) == 2


def test_won_and_lost_in_the_default_period_with_reasons(
    demo: Crm, sql: sqlite3.Connection, built: tuple[str, Path]
) -> None:
    language, path = built
    lines = pdf_lines(path)
    fmt = report_format(demo, language)
    rtl = language == "ar"
    closed = _closed(sql, DEFAULT_FIRST, DEFAULT_LAST)
    won = closed[("won", "")]
    lost_reasons = {reason: v for (kind, reason), v in closed.items() if kind == "lost"}
    assert won[0] > 0 and len(lost_reasons) > 2
    assert any(has_arabic(reason) for reason in lost_reasons)
    assert row_count(lines, [fmt.number(won[0]), fmt.amount(won[1], "USD")], rtl=rtl) >= 1
    for reason, (deals, value) in lost_reasons.items():
        assert row_count(lines, [reason, fmt.number(deals), fmt.amount(value, "USD")], rtl=rtl) == 1
    lost = [sum(v[0] for v in lost_reasons.values()), sum(v[1] for v in lost_reasons.values())]
    # the "Lost" row of the outcome table and the total of the reasons
    assert row_count(lines, [fmt.number(lost[0]), fmt.amount(lost[1], "USD")], rtl=rtl) == 2
    assert clean(as_extracted(fmt.percent(won[0] / (won[0] + lost[0])))) in lines
    # the period line: both days and the word between them (pypdf puts mixed right-to-left runs
    # of a line back in its own order, so the pieces are looked for, not the whole line)
    with i18n.language(language):
        between = i18n._("{first} to {last}").format(first="", last="").strip()
    rtl_page = language == "ar"
    pieces = [clean(visual_line(fmt.day(day), rtl_page)) for day in (DEFAULT_FIRST, DEFAULT_LAST)]
    pieces += [clean(as_extracted(word)) for word in between.split()]
    assert any(all(piece in line for piece in pieces) for line in lines)


def _closed_day(sql: sqlite3.Connection) -> date:
    """A day on which a demo deal was won or lost, inside the default period."""
    row = sql.execute(
        """
        SELECT substr(d.closed_at, 1, 10) FROM deals d JOIN stages s ON s.id = d.stage_id
        WHERE d.deleted_at IS NULL AND s.kind IN ('won', 'lost') AND d.closed_at >= ?
        ORDER BY d.closed_at LIMIT 1
        """,
        (_utc(DEFAULT_FIRST),),
    ).fetchone()
    return date.fromisoformat(row[0])


def _outcome_rows(lines: Sequence[str], fmt: ReportFormat, closed: dict[tuple[str, str], list[int]]) -> bool:
    won = closed.get(("won", ""), [0, 0])
    lost = [sum(v[0] for (k, _r), v in closed.items() if k == "lost")]
    lost.append(sum(v[1] for (k, _r), v in closed.items() if k == "lost"))
    return (
        row_count(lines, ["Won", fmt.number(won[0]), fmt.amount(won[1], "USD")], rtl=False) == 1
        and row_count(lines, ["Lost", fmt.number(lost[0]), fmt.amount(lost[1], "USD")], rtl=False) == 1
    )


def test_period_edges_hold_their_first_and_last_day(
    demo: Crm, sql: sqlite3.Connection, tmp_path: Path
) -> None:
    day = _closed_day(sql)
    fmt = report_format(demo, "en")
    cases = [
        (day, day),  # one day: its deals are in
        (day - timedelta(days=3), day - timedelta(days=1)),  # ends the day before
        (day + timedelta(days=1), day + timedelta(days=3)),  # starts the day after
        (day - timedelta(days=30), day),  # ends on the day
        (day, day + timedelta(days=30)),  # starts on the day
    ]
    counts = []
    for index, (first, last) in enumerate(cases):
        out = _build(demo, tmp_path / f"{index}.pdf", ReportRequest(start=first, end=last))
        closed = _closed(sql, first, last)
        counts.append(sum(v[0] for v in closed.values()))
        assert _outcome_rows(pdf_lines(out), fmt, closed), (first, last)
    assert counts[0] > 0
    on_the_day = sql.execute(
        "SELECT count(*) FROM deals WHERE deleted_at IS NULL AND closed_at >= ? AND closed_at < ?",
        (_utc(day), _utc(day + timedelta(days=1))),
    ).fetchone()[0]
    assert counts[0] == on_the_day
    assert counts[3] >= counts[0] + counts[1] and counts[4] >= counts[0] + counts[2]


def test_from_and_to_on_the_command_line(
    demo: Crm, sql: sqlite3.Connection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def utc_zone() -> tzinfo:
        return UTC

    # the command reads the computer's zone: pin it so the days are the UTC days counted below
    monkeypatch.setattr("crm_desktop.services.crm.local_timezone", utc_zone)
    day = _closed_day(sql)
    out = tmp_path / "cli.pdf"
    code = main(
        [
            "--db",
            str(demo.db.path),
            "report",
            "pipeline",
            "-o",
            str(out),
            "--from",
            str(day),
            "--to",
            str(day),
        ]
    )
    assert code == 0
    lines = pdf_lines(out)
    fmt = report_format(demo, "en")
    assert _outcome_rows(lines, fmt, _closed(sql, day, day))
    assert any(f"{fmt.day(day)} to {fmt.day(day)}" in line for line in lines)


def test_owner_and_pipeline_filters(demo: Crm, sql: sqlite3.Connection, tmp_path: Path) -> None:
    owner_id, owner_name = sql.execute(
        """
        SELECT u.id, u.name FROM users u JOIN deals d ON d.owner_id = u.id JOIN stages s ON s.id = d.stage_id
        WHERE s.kind = 'open' AND d.deleted_at IS NULL GROUP BY u.id ORDER BY count(*) DESC, u.id LIMIT 1
        """
    ).fetchone()
    pipeline_id = sql.execute("SELECT id FROM pipelines WHERE deleted_at IS NULL").fetchone()[0]
    out = _build(
        demo, tmp_path / "owner.pdf", ReportRequest(filters={"owner": owner_id, "pipeline": pipeline_id})
    )
    lines = pdf_lines(out)
    fmt = report_format(demo, "en")
    mine = _open_by(sql, "'all'", owner=owner_id)["all"]
    total = [fmt.number(mine[0]), fmt.amount(mine[1], "USD"), fmt.amount(mine[2], "USD")]
    # the totals of the three tables, and the owner's one row equal to them
    assert row_count(lines, total, rtl=False) == 4
    assert row_count(lines, [owner_name, *total], rtl=False) == 1
    others = sql.execute("SELECT name FROM users WHERE id != ? AND role = 'seller'", (owner_id,)).fetchall()
    assert all(name not in lines for (name,) in others)

    for filters, message in (
        ({"owner": "nobody"}, "No user"),
        ({"pipeline": "nothing"}, "No pipeline"),
        ({"colour": "red"}, "colour"),
    ):
        with pytest.raises(CrmError, match=message):
            pipeline.build(demo, tmp_path / "x.pdf", ReportRequest(filters=filters))
    with pytest.raises(CrmError, match="after it ends"):
        pipeline.build(demo, tmp_path / "x.pdf", ReportRequest(start=date(2026, 2, 1), end=date(2026, 1, 1)))
    assert not (tmp_path / "x.pdf").exists()


def test_registry_lists_the_pipeline_with_a_period() -> None:
    info = report("pipeline")
    assert info.filters == ("owner", "pipeline")
    assert info.options == frozenset({PERIOD})
    assert info.build is pipeline.build


def _chart(language: str, demo: Crm) -> tuple[object, ...]:
    document = ReportDocument("t", demo.settings.get(), language)
    drawing = bar_chart(
        document,
        ["New", "جديد", "Won"],
        [Series("Value", [100, 250, 0], LIGHT_BLUE), Series("القيمة", [50, 20, 0], DARK_BLUE)],
        currency="USD",
    )
    chart = drawing.contents[0]
    legend = [shape.text for shape in drawing.contents[1:] if hasattr(shape, "text")]
    return chart, legend, document


def test_the_chart_runs_right_to_left_with_shaped_labels(demo: Crm) -> None:
    chart, legend, document = _chart("en", demo)
    assert list(chart.categoryAxis.categoryNames[::2]) == ["New", "Won"]
    assert chart.data == [[1.0, 2.5, 0.0], [0.5, 0.2, 0.0]]  # major units
    assert chart.categoryAxis.labels[1].fontName == document.fonts.arabic
    assert chart.categoryAxis.labels[0].fontName == document.fonts.latin
    assert chart.valueAxis.joinAxisMode != "right"

    chart, legend, document = _chart("ar", demo)
    names = list(chart.categoryAxis.categoryNames)
    assert names[0] == "Won" and names[2] == "New"  # the first category on the right
    shaped = names[1]
    assert shaped != "جديد" and all(0xFE70 <= ord(c) <= 0xFEFF for c in shaped)  # presentation forms
    assert shaped == "".join(reversed(arabic_reshaper.reshape("جديد")))  # visual order
    assert chart.categoryAxis.labels[1].fontName == document.fonts.arabic
    assert chart.categoryAxis.labels[0].fontName == document.fonts.latin
    # within each group the first series stands on the right too
    assert chart.data == [[0.0, 0.2, 0.5], [0.0, 2.5, 1.0]]
    assert chart.bars[1].fillColor == LIGHT_BLUE
    assert chart.valueAxis.joinAxisMode == "right"
    assert legend[0] == "Value" and legend[1] == "".join(reversed(arabic_reshaper.reshape("القيمة")))


def test_a_period_with_no_deal_closed_says_so(demo: Crm, tmp_path: Path) -> None:
    out = _build(demo, tmp_path / "empty.pdf", ReportRequest(start=date(2020, 1, 1), end=date(2020, 1, 31)))
    text = "\n".join(pdf_lines(out))
    assert "No deal was lost in the period." in text
    assert row_count(pdf_lines(out), ["Won", "0", "$0.00"], rtl=False) == 1


def test_open_deals_are_counted_now_not_in_the_period(
    demo: Crm, sql: sqlite3.Connection, tmp_path: Path
) -> None:
    fmt = report_format(demo, "en")
    out = _build(demo, tmp_path / "old.pdf", ReportRequest(start=date(2020, 1, 1), end=date(2020, 1, 31)))
    everything = _open_by(sql, "'all'")["all"]
    assert clean(as_extracted(fmt.amount(everything[1], "USD"))) in pdf_lines(out)
    assert datetime(2026, 11, 23, tzinfo=UTC).date() == DEFAULT_LAST


def test_overdue_and_undated_deals_and_two_pipelines(tmp_path: Path) -> None:
    now = datetime(2026, 5, 10, 12, tzinfo=UTC)
    crm = Crm.open(tmp_path / "small.sqlite3", clock=lambda: now, timezone=UTC)
    try:
        crm.settings.update(base_currency="SAR", default_region="SA")
        projects = crm.pipelines.create_with_stages("Projects", [("Scoping", 20, StageKind.OPEN)]).value.id
        scoping = crm.pipelines.stages(projects)[0]
        new = crm.pipelines.stages(crm.pipelines.default().id)[0]
        for title, stage, amount, close in (
            ("Late", new, "100", date(2026, 3, 2)),
            ("Later", new, "50", date(2026, 4, 30)),
            ("Undated", scoping, "1000", None),
            ("June", scoping, "10", date(2026, 6, 1)),
        ):
            crm.deals.create(DealInput(title=title, stage_id=stage.id, amount=amount, expected_close=close))
        out = _build(crm, tmp_path / "small.pdf", ReportRequest())
        lines = pdf_lines(out)
        fmt = report_format(crm, "en")
        rtl = False
        assert row_count(lines, ["Before May 2026 (overdue)", "2", "SAR 150.00", "SAR 15.00"], rtl=rtl) == 1
        assert row_count(lines, ["May 2026", "0", "SAR 0.00", "SAR 0.00"], rtl=rtl) == 1
        assert row_count(lines, ["Jun 2026", "1", "SAR 10.00", "SAR 2.00"], rtl=rtl) == 1
        assert row_count(lines, ["No expected close date", "1", "SAR 1,000.00", "SAR 200.00"], rtl=rtl) == 1
        assert row_count(lines, ["Projects · Scoping", fmt.percent(0.2), "2"], rtl=rtl) == 1
        assert "Sales · New" in lines
    finally:
        crm.close()
