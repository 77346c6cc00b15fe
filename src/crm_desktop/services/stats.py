"""Counts of live records per entity (``crm stats``, the About box, tests)."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import col, select

from crm_desktop.domain.models import SYNCED_TABLES
from crm_desktop.services.changes import entity_of_table
from crm_desktop.services.context import ServiceContext


class StatsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def counts(self) -> dict[str, int]:
        """Live (not deleted) rows per entity, by entity name."""
        result: dict[str, int] = {}
        with self.ctx.db.read() as session:
            for model in SYNCED_TABLES:
                count = session.scalar(
                    select(func.count()).select_from(model).where(col(model.deleted_at).is_(None))
                )
                result[entity_of_table(str(model.__tablename__))] = int(count or 0)
        return result
