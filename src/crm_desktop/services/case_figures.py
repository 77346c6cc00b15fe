"""The cases report's figures: open, overdue and escalated cases now, opened and resolved in a period.

One GROUP BY over the live cases answers every figure for each priority or each
assignee, so the report never loads the cases it only counts. "Overdue" is the
case service's rule (an active case past its SLA due time) and "escalated" is
the level the SLA rules or a person raised the case to (the stored level).
Time to resolve is measured from opening to ``resolved_at``, as
:meth:`~crm_desktop.services.cases.CaseService.average_resolution_hours` does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlmodel import col

from crm_desktop.domain.enums import Priority
from crm_desktop.domain.models import Case
from crm_desktop.services.cases import ACTIVE_STATUSES
from crm_desktop.services.context import ServiceContext


class CaseGrouping(StrEnum):
    PRIORITY = "priority"
    ASSIGNEE = "assignee"


@dataclass(frozen=True)
class CaseScope:
    """Which cases count: all, or one assignee's, or one priority's (or both)."""

    assignee_id: str | None = None
    priority: Priority | None = None


@dataclass(frozen=True)
class CaseGroup:
    """The figures of one priority or one assignee (or, summed, of all)."""

    open: int = 0  # active now (new, open, waiting)
    overdue: int = 0  # of those, past their SLA due time
    escalated: int = 0  # of those, at an escalation level above 0
    opened: int = 0  # created in the period
    resolved: int = 0  # resolved in the period
    resolve_hours: float = 0.0  # summed hours from opening to resolution of those resolved

    @property
    def mean_resolve_hours(self) -> float | None:
        return self.resolve_hours / self.resolved if self.resolved else None

    def __add__(self, other: CaseGroup) -> CaseGroup:
        return CaseGroup(
            self.open + other.open,
            self.overdue + other.overdue,
            self.escalated + other.escalated,
            self.opened + other.opened,
            self.resolved + other.resolved,
            self.resolve_hours + other.resolve_hours,
        )


def _count(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


class CaseFigures:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def by(
        self, grouping: CaseGrouping, start: datetime, stop: datetime, scope: CaseScope | None = None
    ) -> dict[str | None, CaseGroup]:
        """The figures per priority value or per assignee id (None: unassigned), counted now.

        Open, overdue and escalated are as of the service clock's now; opened and resolved
        count cases created or resolved in ``[start, stop)``. Groups with nothing to show
        are left out.
        """
        scope = scope or CaseScope()
        now = self.ctx.clock()
        active = col(Case.status).in_(ACTIVE_STATUSES)
        resolved = and_(col(Case.resolved_at) >= start, col(Case.resolved_at) < stop)
        hours = (func.julianday(col(Case.resolved_at)) - func.julianday(col(Case.created_at))) * 24
        key = col(Case.priority) if grouping == CaseGrouping.PRIORITY else col(Case.assignee_id)
        clauses: list[ColumnElement[bool]] = [col(Case.deleted_at).is_(None)]
        if scope.assignee_id is not None:
            clauses.append(col(Case.assignee_id) == scope.assignee_id)
        if scope.priority is not None:
            clauses.append(col(Case.priority) == scope.priority.value)
        statement = (
            select(
                key,
                _count(active),
                _count(and_(active, col(Case.sla_due_at) < now)),
                _count(and_(active, col(Case.escalation_level) > 0)),
                _count(and_(col(Case.created_at) >= start, col(Case.created_at) < stop)),
                _count(resolved),
                func.coalesce(func.sum(case((resolved, hours), else_=0.0)), 0.0),
            )
            .where(and_(*clauses))
            .group_by(key)
        )
        groups: dict[str | None, CaseGroup] = {}
        with self.ctx.db.read() as session:
            # sqlmodel's select() is typed for four columns at most; seven need SQLAlchemy's own
            for (
                value,
                still_open,
                overdue,
                escalated,
                opened,
                resolved_count,
                resolve_hours,
            ) in session.execute(statement):
                group = CaseGroup(
                    int(still_open),
                    int(overdue),
                    int(escalated),
                    int(opened),
                    int(resolved_count),
                    float(resolve_hours),
                )
                if group != CaseGroup():
                    groups[None if value is None else str(value)] = group
        return groups
