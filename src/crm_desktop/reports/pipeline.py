"""The ``pipeline`` report: open deals by stage, owner and close month; won and lost in a period.

For the Monday meeting: what is open now (count, value, weighted value) with a
bar chart per stage and per month, and what was won or lost in the period (by
default the last twelve months) with the reasons deals were lost. Amounts are
in the base currency, each deal converted at its own stored rate, as the
pipeline board shows them (:mod:`crm_desktop.services.pipeline_figures`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from reportlab.platypus import Spacer

from crm_desktop.domain.enums import StageKind
from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.models import Pipeline
from crm_desktop.i18n import _
from crm_desktop.reports.charts import DARK_BLUE, LIGHT_BLUE, Series, bar_chart
from crm_desktop.reports.document import BuildResult, Column, ReportDocument
from crm_desktop.reports.labels import span_text
from crm_desktop.reports.lookups import user_filter
from crm_desktop.reports.request import PERIOD, ReportRequest, check_filters, period_of
from crm_desktop.services.crm import Crm
from crm_desktop.services.pipeline_board import month_start
from crm_desktop.services.pipeline_figures import Amounts, PipelineFigures, StageInfo, pipeline_figures

NAME = "pipeline"
FILTERS = ("owner", "pipeline")
OPTIONS = frozenset({PERIOD})


def _pipeline_of(crm: Crm, filters: Mapping[str, str]) -> Pipeline | None:
    pipeline_id = filters.get("pipeline", "").strip()
    if not pipeline_id:
        return None
    found = [p for p in crm.pipelines.fetch([pipeline_id]) if p.deleted_at is None]
    if not found:
        raise CrmError(_("No pipeline with id {id} exists.").format(id=pipeline_id))
    return found[0]


def _amount_columns() -> list[Column]:
    return [
        Column(_("Deals"), 0.6, numeric=True),
        Column(_("Value"), 1.1, numeric=True),
        Column(_("Weighted value"), 1.1, numeric=True),
    ]


class _Writer:
    """Fills one document from the figures (holds the formatting and the base currency)."""

    def __init__(self, document: ReportDocument, figures: PipelineFigures, today: date) -> None:
        self.document = document
        self.fmt = document.fmt
        self.figures = figures
        self.base = figures.base_currency
        self.today = today

    def money(self, minor: int) -> str:
        return self.fmt.amount(minor, self.base)

    def cells(self, amounts: Amounts) -> list[str]:
        return [
            self.fmt.number(amounts.deals),
            self.money(amounts.value_minor),
            self.money(amounts.weighted_minor),
        ]

    def stage_name(self, stage: StageInfo) -> str:
        if len({s.pipeline_id for s in self.figures.stages}) > 1:
            return f"{stage.pipeline_name} · {stage.name}"
        return stage.name

    def by_stage(self) -> None:
        document = self.document
        stages = self.figures.open_stages()
        by_stage = self.figures.by_stage()
        document.heading(_("Open deals by stage"))
        amounts = [by_stage.get(stage.stage_id, Amounts()) for stage in stages]
        document.add(
            bar_chart(
                document,
                [self.stage_name(stage) for stage in stages],
                [
                    Series(_("Value"), [a.value_minor for a in amounts], LIGHT_BLUE),
                    Series(_("Weighted value"), [a.weighted_minor for a in amounts], DARK_BLUE),
                ],
                currency=self.base,
            )
        )
        document.table(
            [Column(_("Stage"), 1.6), Column(_("Probability"), 0.8, numeric=True), *_amount_columns()],
            [
                [self.stage_name(stage), self.fmt.percent(stage.probability / 100), *self.cells(total)]
                for stage, total in zip(stages, amounts, strict=True)
            ],
            total=[_("Total"), "", *self.cells(self.figures.open_total())],
        )
        document.add(Spacer(1, 3))
        document.paragraph(
            _(
                "Weighted value: each deal's value times its probability "
                "(the deal's own when it has one, else its stage's)."
            )
        )

    def by_owner(self) -> None:
        owners = self.figures.owners
        rows = sorted(
            self.figures.by_owner().items(),
            key=lambda item: (-item[1].value_minor, owners.get(item[0] or "", "")),
        )
        self.document.heading(_("Open deals by owner"))
        self.document.table(
            [Column(_("Owner"), 1.6), *_amount_columns()],
            [[owners.get(owner or "", "") or _("No owner"), *self.cells(total)] for owner, total in rows],
            total=[_("Total"), *self.cells(self.figures.open_total())],
        )

    def by_month(self) -> None:
        """Months from this one to the last with a deal; earlier ones in one "overdue" row."""
        document = self.document
        by_month = self.figures.by_month()
        this_month = month_start(self.today)
        dated = [month for month in by_month if month is not None]
        overdue = sum((by_month[m] for m in dated if m < this_month), Amounts())
        months: list[date] = []
        if dated and max(dated) >= this_month:
            month = this_month
            while month <= max(dated):
                months.append(month)
                month = month_start(month, 1)
        document.heading(_("Forecast by expected close month"))
        if months:
            amounts = [by_month.get(month, Amounts()) for month in months]
            document.add(
                bar_chart(
                    document,
                    [self.fmt.month(month.year, month.month) for month in months],
                    [
                        Series(_("Value"), [a.value_minor for a in amounts], LIGHT_BLUE),
                        Series(_("Weighted value"), [a.weighted_minor for a in amounts], DARK_BLUE),
                    ],
                    currency=self.base,
                )
            )
        rows: list[list[str]] = []
        if overdue.deals:
            label = _("Before {month} (overdue)").format(
                month=self.fmt.month(this_month.year, this_month.month)
            )
            rows.append([label, *self.cells(overdue)])
        rows.extend(
            [self.fmt.month(month.year, month.month), *self.cells(by_month.get(month, Amounts()))]
            for month in months
        )
        if None in by_month:
            rows.append([_("No expected close date"), *self.cells(by_month[None])])
        document.table(
            [Column(_("Expected close"), 1.6), *_amount_columns()],
            rows,
            total=[_("Total"), *self.cells(self.figures.open_total())],
        )

    def closed(self, first: date, last: date) -> None:
        document = self.document
        won = self.figures.closed_total(StageKind.WON)
        lost = self.figures.closed_total(StageKind.LOST)
        document.heading(
            _("Won and lost from {first} to {last}").format(
                first=self.fmt.day(first), last=self.fmt.day(last)
            ),
        )
        columns = [
            Column(_("Outcome"), 1.6),
            Column(_("Deals"), 0.6, numeric=True),
            Column(_("Value"), 1.1, numeric=True),
        ]
        document.table(
            columns,
            [
                [_("Won"), self.fmt.number(won.deals), self.money(won.value_minor)],
                [_("Lost"), self.fmt.number(lost.deals), self.money(lost.value_minor)],
            ],
        )
        if won.deals + lost.deals:
            document.pairs(
                [
                    (_("Win rate (deals)"), self.fmt.percent(won.deals / (won.deals + lost.deals))),
                    (
                        _("Win rate (value)"),
                        self.fmt.percent(won.value_minor / (won.value_minor + lost.value_minor))
                        if won.value_minor + lost.value_minor
                        else "",
                    ),
                ]
            )
        reasons = sorted(
            self.figures.lost_by_reason().items(),
            key=lambda item: (-item[1].deals, -item[1].value_minor, item[0]),
        )
        document.heading(_("Lost deals by reason"))
        if not reasons:
            document.paragraph(_("No deal was lost in the period."))
            return
        document.table(
            [
                Column(_("Reason"), 1.6),
                Column(_("Deals"), 0.6, numeric=True),
                Column(_("Value"), 1.1, numeric=True),
            ],
            [
                [reason or _("No reason given"), self.fmt.number(total.deals), self.money(total.value_minor)]
                for reason, total in reasons
            ],
            total=[_("Total"), self.fmt.number(lost.deals), self.money(lost.value_minor)],
        )


def build(crm: Crm, output: Path | str, request: ReportRequest | None = None) -> BuildResult:
    """Write the pipeline report to ``output`` (a PDF).

    Filters: ``owner`` (a user id: that seller's deals), ``pipeline`` (a pipeline id;
    without it every pipeline). The period (``request.start``/``end``, by default the
    last twelve months) chooses the deals won and lost; open deals are those open now.
    """
    request = request or ReportRequest()
    check_filters(NAME, request.filters, FILTERS)
    owner = user_filter(crm, request.filters, "owner")
    pipeline = _pipeline_of(crm, request.filters)
    period = period_of(crm, request)
    today = crm.ctx.clock().astimezone(crm.ctx.timezone).date()
    figures = pipeline_figures(
        crm.ctx,
        closed_from=period.start,
        closed_before=period.stop,
        pipeline_id=pipeline.id if pipeline else None,
        owner_id=owner.id if owner else None,
    )
    title = _("Pipeline")
    document = ReportDocument(title, crm.settings.get(), request.language, timezone=crm.ctx.timezone)
    fmt = document.fmt
    document.heading(title, 15)
    open_total = figures.open_total()
    document.pairs(
        [
            (_("Pipeline"), pipeline.name if pipeline else ""),
            (_("Owner"), owner.name if owner else ""),
            (_("Open deals on"), fmt.day(today)),
            (
                _("Won and lost"),
                span_text(fmt, period.first, period.last),
            ),
            (_("Amounts in"), figures.base_currency),
            (_("Open deals"), fmt.number(open_total.deals)),
            (_("Open value"), fmt.amount(open_total.value_minor, figures.base_currency)),
            (_("Weighted value"), fmt.amount(open_total.weighted_minor, figures.base_currency)),
        ]
    )
    writer = _Writer(document, figures, today)
    if open_total.deals:
        writer.by_stage()
        writer.by_owner()
        writer.by_month()
    else:
        document.heading(_("Open deals by stage"))
        document.paragraph(_("No deal is open."))
    writer.closed(period.first, period.last)
    return document.build(output)
