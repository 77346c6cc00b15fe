"""The ``cases`` report: the case list for the boss, or one case's sheet.

Without a case id: open, overdue and escalated cases now, by priority and by
assignee, the cases opened and resolved in the period with the average time to
resolve them, and the list of open cases in working order (SLA due first).
With ``request.case_id``: one case on its own sheet (what "Print" on a case in
the window makes): its fields, customer, SLA due, escalation, resolution, its
activities and tasks.

SLA and escalation follow :mod:`crm_desktop.services.cases`: the due time is the
stored ``sla_due_at``, "overdue" an active case past it, the level the stored
escalation level; the sheet adds what :func:`escalation_for` says now when the
SLA rules would already raise the case further.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from crm_desktop.domain.enums import ActivityKind, CaseStatus, Channel, Priority
from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.models import Case
from crm_desktop.i18n import _
from crm_desktop.reports.document import BuildResult, Column, ReportDocument
from crm_desktop.reports.formatting import ReportFormat
from crm_desktop.reports.labels import duration_text, period_line, value_name
from crm_desktop.reports.lookups import by_name, user_filter, user_names
from crm_desktop.reports.request import CASE, PERIOD, ReportRequest, check_filters, period_of
from crm_desktop.services.case_figures import CaseFigures, CaseGroup, CaseGrouping, CaseScope
from crm_desktop.services.cases import PRIORITY_RANK, escalation_for
from crm_desktop.services.crm import Crm
from crm_desktop.services.records import ListQuery

NAME = "cases"
FILTERS = ("assignee", "priority")
OPTIONS = frozenset({PERIOD, CASE})  # a period, or one case for its sheet
PRIORITIES = sorted(Priority, key=lambda priority: PRIORITY_RANK[priority])  # urgent first


def sla_state(fmt: ReportFormat, record: Case, now: datetime) -> str:
    """Where a case stands against its SLA due time: due in, overdue by, resolved in time or late."""
    due = record.sla_due_at
    if due is None:
        return ""
    if not CaseStatus(record.status).is_active:
        if record.resolved_at is None or record.resolved_at <= due:
            return _("Resolved within its SLA time")
        return _("Resolved {time} after its SLA due time").format(
            time=duration_text(fmt, (record.resolved_at - due).total_seconds() / 3600)
        )
    if due < now:
        return _("Overdue by {time}").format(time=duration_text(fmt, (now - due).total_seconds() / 3600))
    return _("Due in {time}").format(time=duration_text(fmt, (due - now).total_seconds() / 3600))


def is_overdue(record: Case, now: datetime) -> bool:
    """The case service's rule: an active case past its SLA due time."""
    return CaseStatus(record.status).is_active and record.sla_due_at is not None and record.sla_due_at < now


def build(crm: Crm, output: Path | str, request: ReportRequest | None = None) -> BuildResult:
    """Write the cases report, or with ``request.case_id`` that case's sheet, to ``output``.

    Filters: ``assignee`` (a user id) and ``priority`` (low, normal, high, urgent).
    """
    request = request or ReportRequest()
    if request.case_id:
        return build_case_sheet(crm, output, request)
    check_filters(NAME, request.filters, FILTERS)
    scope = _scope(crm, request.filters)
    period = period_of(crm, request)
    now = crm.ctx.clock()
    figures = CaseFigures(crm.ctx)
    by_priority = figures.by(CaseGrouping.PRIORITY, period.start, period.stop, scope)
    by_assignee = figures.by(CaseGrouping.ASSIGNEE, period.start, period.stop, scope)
    total = sum(by_priority.values(), CaseGroup())
    open_cases = [
        record
        for record in crm.cases.fetch(crm.cases.queue_ids(assignee_id=scope.assignee_id))
        if scope.priority is None or record.priority == scope.priority
    ]
    names = user_names(
        crm, [*by_assignee, *(c.assignee_id for c in open_cases), scope.assignee_id], _("Unassigned")
    )

    title = _("Cases")
    document = ReportDocument(title, crm.settings.get(), request.language, timezone=crm.ctx.timezone)
    fmt = document.fmt
    document.heading(title, 15)
    lines = [period_line(fmt, period)]
    if scope.assignee_id:
        lines.append(_("Assignee: {name}").format(name=names[scope.assignee_id]))
    if scope.priority:
        lines.append(_("Priority: {priority}").format(priority=value_name(Priority(scope.priority))))
    document.paragraph("\n".join(lines))
    document.pairs(
        [
            # open, overdue and escalated are counted now, whatever the period
            (_("Open figures as of"), fmt.moment(now)),
            (_("Open cases"), fmt.number(total.open)),
            (_("Overdue"), fmt.number(total.overdue)),
            (_("Escalated"), fmt.number(total.escalated)),
            (_("Opened in the period"), fmt.number(total.opened)),
            (_("Resolved in the period"), fmt.number(total.resolved)),
            (_("Average time to resolve"), duration_text(fmt, total.mean_resolve_hours) or "–"),
        ]
    )
    priorities = [p for p in PRIORITIES if scope.priority in (None, p)]
    document.heading(_("By priority"))
    _figure_table(
        document,
        _("Priority"),
        [(value_name(Priority(p)), by_priority.get(p.value, CaseGroup())) for p in priorities],
    )
    document.heading(_("By assignee"))
    assignees = by_name(names, by_assignee)
    _figure_table(document, _("Assignee"), [(names[a], by_assignee[a]) for a in assignees])
    document.heading(_("Open cases"))
    if open_cases:
        _open_case_table(crm, document, open_cases, names, now)
    else:
        document.add(document.text(_("No open cases.")))
    return document.build(output)


def _scope(crm: Crm, filters: Mapping[str, str]) -> CaseScope:
    priority = filters.get("priority", "").strip()
    if priority and priority not in {p.value for p in Priority}:
        raise CrmError(
            _("The priority must be one of {values}.").format(values=", ".join(p.value for p in PRIORITIES))
        )
    return CaseScope(
        assignee_id=assignee.id if (assignee := user_filter(crm, filters, "assignee")) else None,
        priority=Priority(priority) if priority else None,
    )


def _figure_table(document: ReportDocument, label: str, groups: Sequence[tuple[str, CaseGroup]]) -> None:
    fmt = document.fmt

    def cells(name: str, group: CaseGroup) -> list[str]:
        return [
            name,
            fmt.number(group.open),
            fmt.number(group.overdue),
            fmt.number(group.escalated),
            fmt.number(group.opened),
            fmt.number(group.resolved),
            duration_text(fmt, group.mean_resolve_hours),
        ]

    total = sum((group for _name, group in groups), CaseGroup())
    document.table(
        [
            Column(label, 1.6),
            Column(_("Open"), 0.8, numeric=True),
            Column(_("Overdue"), 0.9, numeric=True),
            Column(_("Escalated"), 0.9, numeric=True),
            Column(_("Opened in the period"), 1.0, numeric=True),
            Column(_("Resolved in the period"), 1.0, numeric=True),
            Column(_("Average time to resolve"), 1.2, numeric=True),
        ],
        [cells(name, group) for name, group in groups],
        total=cells(_("Total"), total),
    )


def _customers(crm: Crm, records: Sequence[Case]) -> dict[str, str]:
    """The name each case's customer goes by: its contact, else its company (by record id)."""
    contacts = {
        c.id: c.display_name
        for c in crm.contacts.fetch(sorted({r.contact_id for r in records if r.contact_id}))
    }
    companies = {
        c.id: c.name for c in crm.companies.fetch(sorted({r.company_id for r in records if r.company_id}))
    }
    return {
        record.id: contacts.get(record.contact_id or "") or companies.get(record.company_id or "", "")
        for record in records
    }


def _sla_mark(record: Case, now: datetime) -> str:
    marks = []
    if is_overdue(record, now):
        marks.append(_("Overdue"))
    if record.escalation_level:
        marks.append(_("Level {level}").format(level=record.escalation_level))
    return "\n".join(marks)


def _open_case_table(
    crm: Crm,
    document: ReportDocument,
    records: Sequence[Case],
    names: Mapping[str | None, str],
    now: datetime,
) -> None:
    fmt = document.fmt
    customers = _customers(crm, records)
    document.table(
        [
            Column(_("Case"), 2.0),
            Column(_("Customer"), 1.5),
            Column(_("Priority"), 0.8),
            Column(_("Status"), 0.8),
            Column(_("Assignee"), 1.2),
            Column(_("Opened"), 1.0),
            Column(_("SLA due"), 1.0),
            Column(_("SLA"), 0.9),
        ],
        [
            [
                record.subject,
                customers[record.id],
                value_name(Priority(record.priority)),
                value_name(CaseStatus(record.status)),
                names[record.assignee_id] if record.assignee_id else "",
                fmt.day(record.created_at),
                fmt.moment(record.sla_due_at),
                _sla_mark(record, now),
            ]
            for record in records
        ],
    )


# --- one case's sheet --------------------------------------------------------------------


def build_case_sheet(crm: Crm, output: Path | str, request: ReportRequest) -> BuildResult:
    """One case on its own sheet; an unknown case id raises CrmError before any file is made."""
    if request.filters or request.start or request.end:
        raise CrmError(_("A case sheet shows one whole case: give it no filters and no period."))
    record = crm.cases.get(request.case_id or "")
    now = crm.ctx.clock()
    settings = crm.settings.get()
    activities = crm.activities.fetch(
        crm.activities.ids(ListQuery(filters={"case_id": record.id}, sort="when"))
    )
    tasks = crm.tasks.fetch(crm.tasks.ids(ListQuery(filters={"case_id": record.id}, sort="due")))
    names = user_names(
        crm,
        [record.assignee_id, *(a.owner_id for a in activities), *(t.assignee_id for t in tasks)],
        _("Unassigned"),
    )
    contact = next(iter(crm.contacts.rows([record.contact_id])), None) if record.contact_id else None
    company = next(iter(crm.companies.fetch([record.company_id])), None) if record.company_id else None
    product = next(iter(crm.products.fetch([record.product_id])), None) if record.product_id else None

    document = ReportDocument(_("Case"), settings, request.language, timezone=crm.ctx.timezone)
    fmt = document.fmt
    document.heading(record.subject, 15)
    resolve_hours = (
        (record.resolved_at - record.created_at).total_seconds() / 3600 if record.resolved_at else None
    )
    document.pairs(
        [
            (_("Customer"), contact.display_name if contact else ""),
            (_("Company"), company.name if company else (contact.company_name if contact else "")),
            (_("Phone"), contact.primary_phone if contact else ""),
            (_("Email"), contact.primary_email if contact else ""),
            (_("Status"), value_name(CaseStatus(record.status))),
            (_("Priority"), value_name(Priority(record.priority))),
            (_("Channel"), value_name(Channel(record.channel))),
            (_("Assignee"), names[record.assignee_id]),
            (_("Product"), product.name if product else ""),
            (_("Opened"), fmt.moment(record.created_at)),
            (_("First response"), fmt.moment(record.first_response_at)),
            (_("SLA due"), fmt.moment(record.sla_due_at)),
            (_("SLA"), sla_state(fmt, record, now)),
            (_("Resolved"), fmt.moment(record.resolved_at)),
            (_("Closed"), fmt.moment(record.closed_at)),
            (_("Time to resolve"), duration_text(fmt, resolve_hours)),
        ]
    )
    if record.description.strip():
        document.heading(_("Description"))
        document.paragraph(record.description.strip())
    document.heading(_("Escalation"))
    level, reason = escalation_for(record, now, settings)
    if record.escalation_level or level:
        document.pairs(
            [
                (_("Level"), fmt.number(record.escalation_level)),
                (_("Reason"), record.escalation_reason),
                (_("Escalated on"), fmt.moment(record.escalated_at)),
                (
                    _("By the SLA rules now"),
                    _("Level {level}: {reason}").format(level=fmt.number(level), reason=reason)
                    if level > record.escalation_level
                    else "",
                ),
            ]
        )
    else:
        document.paragraph(_("Not escalated."))
    if record.resolution.strip():
        document.heading(_("Resolution"))
        document.paragraph(record.resolution.strip())
    document.heading(_("Activities and notes"))
    if activities:
        document.table(
            [
                Column(_("When"), 1.1),
                Column(_("Type"), 0.8),
                Column(_("Subject and notes"), 3.2),
                Column(_("Owner"), 1.1),
            ],
            [
                [
                    fmt.moment(activity.occurred_at),
                    value_name(ActivityKind(activity.kind)),
                    "\n".join(
                        part for part in (activity.subject, activity.body.strip(), activity.outcome) if part
                    ),
                    names[activity.owner_id] if activity.owner_id else "",
                ]
                for activity in activities
            ],
        )
    else:
        document.paragraph(_("No activities recorded for this case."))
    if tasks:
        document.heading(_("Tasks"))
        document.table(
            [
                Column(_("Task"), 3.0),
                Column(_("Due"), 1.2),
                Column(_("Assignee"), 1.2),
                Column(_("Done"), 1.2),
            ],
            [
                [
                    task.title,
                    fmt.moment(task.due_at),
                    names[task.assignee_id] if task.assignee_id else "",
                    fmt.moment(task.done_at),
                ]
                for task in tasks
            ],
        )
    return document.build(output)
