"""The activities report's figures: activities per owner, kind and time bucket; tasks per assignee.

Each figure is one GROUP BY; no activity or task is loaded. Time buckets (the
weeks or months of a report) are given as their bounding instants, so the
caller decides where a local week or month begins and the query only compares
``occurred_at`` with those instants.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func
from sqlmodel import col, select

from crm_desktop.domain.enums import ActivityKind
from crm_desktop.domain.models import Activity, Task
from crm_desktop.services.context import ServiceContext


@dataclass(frozen=True)
class ActivityCount:
    owner_id: str | None
    kind: ActivityKind
    bucket: int  # index of the bucket: bounds[bucket] <= occurred_at < bounds[bucket + 1]
    count: int


@dataclass(frozen=True)
class TaskCounts:
    done: int = 0
    open: int = 0
    overdue: int = 0  # of the open ones, past their due time now


class ActivityFigures:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def counts(
        self,
        bounds: Sequence[datetime],
        *,
        owner_id: str | None = None,
        kind: ActivityKind | None = None,
    ) -> list[ActivityCount]:
        """Live activities per owner, kind and bucket; ``bounds`` are the buckets' edges, ascending.

        Activities from ``bounds[0]`` up to (not including) ``bounds[-1]`` are counted;
        combinations with no activity are left out.
        """
        if len(bounds) < 2 or any(a >= b for a, b in pairwise(bounds)):
            raise ValueError("activity buckets need at least two ascending bounds")
        occurred = col(Activity.occurred_at)
        # one CASE over the edges: a few comparisons per row and no date arithmetic in SQL,
        # so where a local week or month begins (time zone, DST) stays the caller's business
        last = len(bounds) - 2
        edges = [(occurred < edge, index) for index, edge in enumerate(bounds[1:-1])]
        bucket = case(*(edges or [(occurred < bounds[-1], last)]), else_=last).label("bucket")
        clauses: list[ColumnElement[bool]] = [
            col(Activity.deleted_at).is_(None),
            occurred >= bounds[0],
            occurred < bounds[-1],
        ]
        if owner_id is not None:
            clauses.append(col(Activity.owner_id) == owner_id)
        if kind is not None:
            clauses.append(col(Activity.kind) == kind.value)
        statement = (
            select(col(Activity.owner_id), col(Activity.kind), bucket, func.count())
            .where(and_(*clauses))
            .group_by(col(Activity.owner_id), col(Activity.kind), bucket)
        )
        with self.ctx.db.read() as session:
            return [
                ActivityCount(owner, ActivityKind(kind_value), int(index), int(n))
                for owner, kind_value, index, n in session.exec(statement)
            ]

    def tasks(
        self, start: datetime, stop: datetime, *, assignee_id: str | None = None
    ) -> dict[str | None, TaskCounts]:
        """Live tasks due in ``[start, stop)`` per assignee (None: nobody): done, open, overdue now."""
        now = self.ctx.clock()
        done = col(Task.done_at).is_not(None)
        clauses: list[ColumnElement[bool]] = [
            col(Task.deleted_at).is_(None),
            col(Task.due_at) >= start,
            col(Task.due_at) < stop,
        ]
        if assignee_id is not None:
            clauses.append(col(Task.assignee_id) == assignee_id)

        def count(condition: ColumnElement[bool]) -> Any:
            return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

        statement = (
            select(
                col(Task.assignee_id),
                count(done),
                count(~done),
                count(and_(~done, col(Task.due_at) < now)),
            )
            .where(and_(*clauses))
            .group_by(col(Task.assignee_id))
        )
        with self.ctx.db.read() as session:
            return {
                assignee: TaskCounts(int(d), int(o), int(late))
                for assignee, d, o, late in session.exec(statement)
            }
