"""The ``activities`` report: what each person did in a period, by type and by week or month.

Three tables: owners × activity types (with totals), owners × weeks or months
(weeks for a period of up to 13 weeks, months otherwise) and the tasks due in
the period per assignee, done and still open. Every figure is a GROUP BY in
:mod:`crm_desktop.services.activity_figures`; no activity is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path

from babel import Locale
from babel.core import UnknownLocaleError
from reportlab.platypus import Spacer

from crm_desktop.domain.enums import ActivityKind
from crm_desktop.domain.errors import CrmError
from crm_desktop.i18n import _
from crm_desktop.reports.document import BuildResult, Column, ReportDocument
from crm_desktop.reports.labels import period_line, value_name
from crm_desktop.reports.lookups import by_name, user_filter, user_names
from crm_desktop.reports.request import PERIOD, Period, ReportRequest, check_filters, period_of
from crm_desktop.services.activity_figures import ActivityCount, ActivityFigures, TaskCounts
from crm_desktop.services.crm import Crm

NAME = "activities"
FILTERS = ("owner", "kind")
OPTIONS = frozenset({PERIOD})
WEEKS_UP_TO_DAYS = 13 * 7  # a longer period is shown by month
# bucket columns per table: months ("Nov 2026") are narrower than weeks (a full date)
MONTHS_PER_TABLE = 12
WEEKS_PER_TABLE = 7


def week_start_day(region: str) -> int:
    """The weekday a week begins on in the business's region (0 Monday … 6 Sunday)."""
    try:
        return int(Locale.parse(f"und_{region}").first_week_day) if region else 0
    except (ValueError, UnknownLocaleError):
        return 0


def bucket_days(period: Period, *, weekly: bool, week_start: int = 0) -> list[date]:
    """The first day of each week or month of the period, then the day after the period.

    The first bucket begins on the period's first day even in the middle of a week or month.
    """
    days = [period.first]
    after = period.last + timedelta(days=1)
    while True:
        current = days[-1]
        if weekly:
            step = (week_start - current.weekday()) % 7 or 7
            following = current + timedelta(days=step)
        else:
            index = current.year * 12 + current.month  # the month after current's
            following = date(index // 12, index % 12 + 1, 1)
        if following >= after:
            days.append(after)
            return days
        days.append(following)


def _midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def _parse_kind(text: str) -> ActivityKind:
    try:
        return ActivityKind(text)
    except ValueError:
        raise CrmError(
            _("The activity type must be one of {values}.").format(
                values=", ".join(k.value for k in ActivityKind)
            )
        ) from None


def build(crm: Crm, output: Path | str, request: ReportRequest | None = None) -> BuildResult:
    """Write the activities report to ``output``; filters ``owner`` (a user id) and ``kind``."""
    request = request or ReportRequest()
    check_filters(NAME, request.filters, FILTERS)
    owner = user_filter(crm, request.filters, "owner")
    owner_id = owner.id if owner else None
    kind = _parse_kind(text) if (text := request.filters.get("kind", "").strip()) else None
    period = period_of(crm, request)
    title = _("Activities")
    document = ReportDocument(title, crm.settings.get(), request.language, timezone=crm.ctx.timezone)
    fmt = document.fmt
    weekly = (period.last - period.first).days < WEEKS_UP_TO_DAYS
    days = bucket_days(period, weekly=weekly, week_start=week_start_day(document.settings.default_region))
    bounds = [_midnight(day, crm.ctx.timezone) for day in days]
    figures = ActivityFigures(crm.ctx)
    counts = figures.counts(bounds, owner_id=owner_id, kind=kind)
    tasks = figures.tasks(period.start, period.stop, assignee_id=owner_id) if kind is None else {}
    names = user_names(crm, [c.owner_id for c in counts] + list(tasks) + [owner_id], _("No owner"))

    document.heading(title, 15)
    lines = [period_line(fmt, period)]
    if owner_id:
        lines.append(_("Owner: {name}").format(name=names[owner_id]))
    if kind:
        lines.append(_("Type: {kind}").format(kind=value_name(kind)))
    lines.append(
        _("Activities in the period: {count}").format(count=fmt.number(sum(c.count for c in counts)))
    )
    document.paragraph("\n".join(lines))
    if not counts:
        document.add(document.text(_("No activities in this period.")))
    else:
        kinds = [kind] if kind else list(ActivityKind)
        _kind_table(document, counts, kinds, names)
        labels = [fmt.day(day) if weekly else fmt.month(day.year, day.month) for day in days[:-1]]
        _bucket_tables(document, counts, labels, names, weekly=weekly)
    if kind is None:
        _task_table(document, tasks, names)
    return document.build(output)


def _kind_table(
    document: ReportDocument,
    counts: Sequence[ActivityCount],
    kinds: Sequence[ActivityKind],
    names: Mapping[str | None, str],
) -> None:
    matrix: dict[str | None, dict[ActivityKind, int]] = {}
    for item in counts:
        row = matrix.setdefault(item.owner_id, {})
        row[item.kind] = row.get(item.kind, 0) + item.count
    fmt = document.fmt
    rows = [
        [
            names[owner],
            *(fmt.number(matrix[owner].get(k, 0)) for k in kinds),
            fmt.number(sum(matrix[owner].values())),
        ]
        for owner in by_name(names, matrix)
    ]
    per_kind = [sum(row.get(k, 0) for row in matrix.values()) for k in kinds]
    document.heading(_("By owner and type"))
    document.table(
        [
            Column(_("Owner"), 2.0),
            *(Column(value_name(k), 1.0, numeric=True) for k in kinds),
            Column(_("Total"), 1.0, numeric=True),
        ],
        rows,
        total=[_("Total"), *(fmt.number(n) for n in per_kind), fmt.number(sum(per_kind))],
    )


def _bucket_tables(
    document: ReportDocument,
    counts: Sequence[ActivityCount],
    labels: Sequence[str],
    names: Mapping[str | None, str],
    *,
    weekly: bool,
) -> None:
    """Owners × weeks or months, split into several tables when the period has many of them."""
    matrix: dict[str | None, list[int]] = {}
    for item in counts:
        matrix.setdefault(item.owner_id, [0] * len(labels))[item.bucket] += item.count
    owners = by_name(names, matrix)
    fmt = document.fmt
    document.heading(_("By owner and week") if weekly else _("By owner and month"))
    most = WEEKS_PER_TABLE if weekly else MONTHS_PER_TABLE
    tables = -(-len(labels) // most)
    size = -(-len(labels) // tables)  # even parts: 9 weeks are 5 and 4, not 7 and 2
    for first in range(0, len(labels), size):
        if first:
            document.add(Spacer(1, 8))  # the tables of one heading apart, their headers unmistakable
        part = range(first, min(first + size, len(labels)))
        document.table(
            [Column(_("Owner"), 2.0), *(Column(labels[i], 1.0, numeric=True) for i in part)],
            [[names[owner], *(fmt.number(matrix[owner][i]) for i in part)] for owner in owners],
            total=[_("Total"), *(fmt.number(sum(row[i] for row in matrix.values())) for i in part)],
        )


def _task_table(
    document: ReportDocument, tasks: Mapping[str | None, TaskCounts], names: Mapping[str | None, str]
) -> None:
    document.heading(_("Tasks due in the period"))
    if not tasks:
        document.add(document.text(_("No tasks were due in this period.")))
        return
    fmt = document.fmt
    rows = []
    done = still_open = overdue = 0
    for owner in by_name(names, tasks):
        counts = tasks[owner]
        done, still_open, overdue = done + counts.done, still_open + counts.open, overdue + counts.overdue
        rows.append(
            [names[owner], fmt.number(counts.done), fmt.number(counts.open), fmt.number(counts.overdue)]
        )
    document.table(
        [
            Column(_("Assignee"), 2.0),
            Column(_("Done"), 1.0, numeric=True),
            Column(_("Open"), 1.0, numeric=True),
            Column(_("Of which overdue"), 1.0, numeric=True),
        ],
        rows,
        total=[_("Total"), fmt.number(done), fmt.number(still_open), fmt.number(overdue)],
    )
