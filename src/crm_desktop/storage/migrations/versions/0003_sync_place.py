"""sync: where the file was last used, so a copy becomes a device of its own

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

A database file copied to another computer (or next to itself) kept the device id of
the original: both then signed in as one device, each sign-in cutting the other off,
and their changes were stamped alike. ``place`` holds a fingerprint of the computer
and the file's path; when it no longer matches, sync gives the file a new device id
(:func:`crm_desktop.sync.store.claim_device`). '' until the first sync after this.
"""

from __future__ import annotations

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.execute("ALTER TABLE _sync_state ADD COLUMN place TEXT NOT NULL DEFAULT ''")


def downgrade() -> None:
    op.execute("ALTER TABLE _sync_state DROP COLUMN place")
