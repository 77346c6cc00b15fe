"""Alembic environment: always run on a connection handed in by storage.database."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import crm_desktop.domain.models  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("CRM migrations run through crm_desktop.storage.database, not the alembic command")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
