"""Alembic environment of the sync server: always run on a connection handed in by sync_server.store."""

from __future__ import annotations

from alembic import context

from crm_desktop.sync_server.models import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "sync server migrations run through crm_desktop.sync_server.store, not the alembic command"
    )

context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite alters a table by copying it; PostgreSQL alters in place
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
