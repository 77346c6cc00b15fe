"""imports and merges that can be undone

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

``_import_batches`` holds one row per import run (what, from which file, the counts);
``_import_rows`` the records it created or updated, with the values an update
replaced, so ``crm import undo`` (and the window's button) can put everything back.
``_merges`` holds each merge of two contacts with what it changed (the survivor's
replaced values, the rows moved to it), so ``crm dedupe unmerge`` can separate them.
All three are of this file only (a leading "_": sync leaves them alone); what undo
and unmerge write goes through the services like any edit, and syncs as such.
"""

from __future__ import annotations

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.execute(
        "CREATE TABLE _import_batches ("
        " id TEXT PRIMARY KEY,"
        " entity TEXT NOT NULL,"  # contacts | companies
        " file_name TEXT NOT NULL,"
        " mode TEXT NOT NULL,"  # create | update | upsert
        " match TEXT NOT NULL,"  # email | phone | name
        " created INTEGER NOT NULL DEFAULT 0,"
        " updated INTEGER NOT NULL DEFAULT 0,"
        " skipped INTEGER NOT NULL DEFAULT 0,"
        " rejected INTEGER NOT NULL DEFAULT 0,"
        " rejects_file TEXT NOT NULL DEFAULT '',"
        " made_at TEXT NOT NULL,"
        " undone_at TEXT)"
    )
    op.execute(
        "CREATE TABLE _import_rows ("
        " batch_id TEXT NOT NULL REFERENCES _import_batches (id),"
        " position INTEGER NOT NULL,"  # undo goes backwards through them
        " entity TEXT NOT NULL,"  # what the record is: contacts | companies (a contact's new company)
        " record_id TEXT NOT NULL,"
        " action TEXT NOT NULL CHECK (action IN ('create', 'update')),"
        " before TEXT,"  # an update's replaced values, JSON
        " PRIMARY KEY (batch_id, position))"
    )

    op.execute(
        "CREATE TABLE _merges ("
        " id TEXT PRIMARY KEY,"
        " kept_id TEXT NOT NULL,"
        " merged_id TEXT NOT NULL,"
        " kept_name TEXT NOT NULL,"
        " merged_name TEXT NOT NULL,"
        " made_at TEXT NOT NULL,"
        " undone_at TEXT,"
        " undo TEXT NOT NULL)"  # JSON: what unmerge puts back (see services.merging)
    )


def downgrade() -> None:
    op.execute("DROP TABLE _merges")
    op.execute("DROP TABLE _import_rows")
    op.execute("DROP TABLE _import_batches")
