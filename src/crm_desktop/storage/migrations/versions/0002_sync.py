"""sync: outbox, field stamps, conflicts and the triggers that fill the outbox

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02

Every write to a synced table must reach ``_outbox`` in the same transaction,
whoever makes it: the services, an import, or someone repairing the file with
the sqlite3 shell. Triggers written in plain SQL (no function of ours) catch all
of them. They write one outbox row per column that changed, with the wall-clock
time of the write in milliseconds (``julianday('now')``); :mod:`crm_desktop.sync.outbox`
stamps them later with the device's hybrid clock.

The tables and columns the triggers cover are frozen below as literals, not read
from the models: a migration must make the same schema on every file whatever the
models look like by the time it runs. A later migration that adds a column must
drop and recreate that table's triggers with its own frozen list.

Local-only tables start with "_" (the protocol never syncs them).
"""

from __future__ import annotations

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

# table -> (its row key, every other column) as the schema stands at 0001
SYNCED_COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "custom_field_definitions": (
        "id",
        ("created_at", "updated_at", "deleted_at", "entity", "key", "label", "field_type", "choices",
         "required", "position"),
    ),
    "knowledge_articles": (
        "id",
        ("created_at", "updated_at", "deleted_at", "title", "body", "category", "published"),
    ),
    "pipelines": ("id", ("created_at", "updated_at", "deleted_at", "name", "position")),
    "products": (
        "id",
        ("created_at", "updated_at", "deleted_at", "sku", "name", "description", "unit_price_minor",
         "currency", "unit_cost_minor", "tax_bp", "active"),
    ),
    "settings": ("key", ("value", "updated_at")),
    "tags": ("id", ("created_at", "updated_at", "deleted_at", "name", "sort_key", "color")),
    "users": ("id", ("created_at", "updated_at", "deleted_at", "name", "email", "role", "active")),
    "companies": (
        "id",
        ("address_line", "city", "region", "postal_code", "country", "created_at", "updated_at",
         "deleted_at", "name", "sort_key", "industry", "website", "tax_id", "owner_id", "notes", "custom"),
    ),
    "stages": (
        "id",
        ("created_at", "updated_at", "deleted_at", "pipeline_id", "name", "position", "probability", "kind"),
    ),
    "taggings": ("id", ("created_at", "updated_at", "deleted_at", "tag_id", "entity", "record_id")),
    "contacts": (
        "id",
        ("address_line", "city", "region", "postal_code", "country", "created_at", "updated_at",
         "deleted_at", "given_name", "family_name", "display_name", "sort_key", "company_id", "job_title",
         "birthday", "language", "preferred_channel", "do_not_call", "do_not_email", "do_not_sms",
         "do_not_mail", "marketing_consent", "marketing_consent_at", "preferences_note", "lifecycle",
         "source", "owner_id", "notes", "custom"),
    ),
    "cases": (
        "id",
        ("created_at", "updated_at", "deleted_at", "subject", "description", "channel", "priority",
         "status", "sla_due_at", "escalation_level", "escalation_reason", "escalated_at", "assignee_id",
         "contact_id", "company_id", "product_id", "resolution", "first_response_at", "resolved_at",
         "closed_at"),
    ),
    "contact_methods": (
        "id",
        ("created_at", "updated_at", "deleted_at", "contact_id", "company_id", "kind", "label", "value",
         "normalized", "is_primary", "position"),
    ),
    "deals": (
        "id",
        ("created_at", "updated_at", "deleted_at", "title", "contact_id", "company_id", "pipeline_id",
         "stage_id", "amount_minor", "currency", "rate_to_base", "base_amount_minor", "expected_close",
         "probability_override", "owner_id", "lost_reason", "closed_at", "stage_changed_at", "notes",
         "custom"),
    ),
    "activities": (
        "id",
        ("created_at", "updated_at", "deleted_at", "kind", "direction", "subject", "body", "outcome",
         "occurred_at", "duration_minutes", "contact_id", "company_id", "deal_id", "case_id", "owner_id"),
    ),
    "deal_lines": (
        "id",
        ("created_at", "updated_at", "deleted_at", "deal_id", "product_id", "description", "quantity",
         "unit_price_minor", "discount_bp", "tax_bp", "position"),
    ),
    "sales": (
        "id",
        ("created_at", "updated_at", "deleted_at", "number", "contact_id", "company_id", "deal_id",
         "sold_on", "currency", "total_minor", "cost_minor", "rate_to_base", "base_total_minor",
         "owner_id", "notes"),
    ),
    "tasks": (
        "id",
        ("created_at", "updated_at", "deleted_at", "title", "notes", "due_at", "remind_at", "assignee_id",
         "done_at", "priority", "contact_id", "company_id", "deal_id", "case_id"),
    ),
    "sale_lines": (
        "id",
        ("created_at", "updated_at", "deleted_at", "sale_id", "product_id", "description", "quantity",
         "unit_price_minor", "unit_cost_minor", "discount_bp", "line_total_minor", "position"),
    ),
}  # fmt: skip

# Unix milliseconds of the statement's time (SQLite keeps 'now' fixed within one statement)
WALL_MS = "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)"
# 'now' as the UTCDateTime columns hold it ("YYYY-MM-DD HH:MM:SS.ffffff")
NOW_TEXT = "strftime('%Y-%m-%d %H:%M:%f', 'now') || '000'"
# Capture starts when the device first connects to a server (seeded = 1: every row written
# before then is queued at that moment, see sync.outbox.enqueue_existing), so a shop that
# never syncs pays nothing for it: a million-contact demo would otherwise queue some twenty
# million column writes. Remote changes being applied (applying = 1) are not echoed back.
# "IS NOT 0" rather than "= 1": a missing _sync_state row must not silence the triggers.
CAPTURING = "(SELECT seeded AND NOT applying FROM _sync_state) IS NOT 0"
OUTBOX_COLUMNS = "_outbox (table_name, row_id, field, value, wall_ms)"


def _insert_trigger(table: str, key: str, columns: tuple[str, ...]) -> str:
    pairs = " UNION ALL ".join(f"SELECT '{c}' AS f, NEW.\"{c}\" AS v" for c in columns)
    return (
        f'CREATE TRIGGER _sync_{table}_ai AFTER INSERT ON "{table}" WHEN {CAPTURING} BEGIN '
        f"INSERT INTO {OUTBOX_COLUMNS} SELECT '{table}', NEW.\"{key}\", f, v, {WALL_MS} "
        f"FROM ({pairs}) WHERE v IS NOT NULL; END"
    )


def _update_trigger(table: str, key: str, columns: tuple[str, ...]) -> str:
    triples = " UNION ALL ".join(
        f'SELECT \'{c}\' AS f, NEW."{c}" AS v, NEW."{c}" IS NOT OLD."{c}" AS changed' for c in columns
    )
    return (
        f'CREATE TRIGGER _sync_{table}_au AFTER UPDATE ON "{table}" WHEN {CAPTURING} BEGIN '
        f"INSERT INTO {OUTBOX_COLUMNS} SELECT '{table}', NEW.\"{key}\", f, v, {WALL_MS} "
        f"FROM ({triples}) WHERE changed; END"
    )


def _delete_trigger(table: str, key: str, columns: tuple[str, ...]) -> str:
    # A hard delete (a repair tool; the program itself only tombstones) becomes a tombstone
    # for everyone else. Purging a row that is already a tombstone passes nothing on.
    already_gone = "OLD.deleted_at IS NULL" if "deleted_at" in columns else "1"
    return (
        f'CREATE TRIGGER _sync_{table}_ad AFTER DELETE ON "{table}" WHEN {CAPTURING} AND {already_gone} '
        f"BEGIN INSERT INTO {OUTBOX_COLUMNS} VALUES ('{table}', OLD.\"{key}\", 'deleted_at', "
        f"{NOW_TEXT}, {WALL_MS}); END"
    )


def upgrade() -> None:
    op.execute(
        "CREATE TABLE _sync_state ("
        " singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
        " device_id TEXT NOT NULL,"
        " clock TEXT NOT NULL DEFAULT '',"  # the last hybrid-clock stamp this device made or saw
        " server_url TEXT NOT NULL DEFAULT '',"
        " pull_cursor INTEGER NOT NULL DEFAULT 0,"
        " applying INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1)),"
        # 1 once the rows written before sync existed have been queued (first connection)
        " seeded INTEGER NOT NULL DEFAULT 0 CHECK (seeded IN (0, 1)),"
        " last_sync_at TEXT)"
    )
    op.execute("INSERT INTO _sync_state (singleton, device_id) VALUES (1, lower(hex(randomblob(16))))")
    op.execute(
        "CREATE TABLE _outbox ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " table_name TEXT NOT NULL,"
        " row_id TEXT NOT NULL,"
        " field TEXT NOT NULL,"
        " value,"  # no declared type: each value keeps the type SQLite stored it with
        " wall_ms INTEGER NOT NULL,"
        " op_id TEXT UNIQUE,"  # op_id, stamp and base: NULL until sealed
        " stamp TEXT,"
        " base TEXT,"
        " batch TEXT,"  # the push batch the op went out in (NULL: not sent yet)
        " rejected TEXT)"  # the server's reason when it refused the op (kept, never re-sent)
    )
    op.execute("CREATE INDEX _outbox_unsealed ON _outbox (table_name, row_id, field) WHERE stamp IS NULL")
    op.execute("CREATE INDEX _outbox_batch ON _outbox (batch, id)")
    # every op of a record goes out in the batch that holds one of them (sync.outbox.next_batch):
    # without this, finding them scans the whole outbox for each batch
    op.execute("CREATE INDEX _outbox_record ON _outbox (table_name, row_id)")
    op.execute(
        "CREATE TABLE _field_stamps ("
        " table_name TEXT NOT NULL,"
        " row_id TEXT NOT NULL,"
        " field TEXT NOT NULL,"
        " stamp TEXT NOT NULL,"
        " base TEXT NOT NULL DEFAULT '',"
        # deleted_at's merged value: the real column shows NULL while an unseen edit outvotes the
        # delete (and settings has no such column). NULL for every other field, whose value lives
        # in its table.
        " held,"
        " PRIMARY KEY (table_name, row_id, field)) WITHOUT ROWID"
    )
    op.execute(
        "CREATE TABLE _conflicts ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " table_name TEXT NOT NULL,"
        " row_id TEXT NOT NULL,"
        " field TEXT NOT NULL,"
        " losing_value,"
        " losing_stamp TEXT NOT NULL,"
        " winning_value,"
        " winning_stamp TEXT NOT NULL,"
        " recorded_at TEXT NOT NULL,"
        " resolved_at TEXT,"
        " resolution TEXT,"  # 'mine' or 'theirs'
        # a replayed page records the same loser again: once is enough
        " UNIQUE (table_name, row_id, field, losing_stamp))"
    )
    op.execute("CREATE INDEX _conflicts_open ON _conflicts (id) WHERE resolved_at IS NULL")
    for table, (key, columns) in SYNCED_COLUMNS.items():
        op.execute(_insert_trigger(table, key, columns))
        op.execute(_update_trigger(table, key, columns))
        op.execute(_delete_trigger(table, key, columns))


def downgrade() -> None:
    for table in SYNCED_COLUMNS:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS _sync_{table}_{suffix}")
    op.execute("DROP INDEX IF EXISTS _outbox_record")
    for table in ("_conflicts", "_field_stamps", "_outbox", "_sync_state"):
        op.execute(f"DROP TABLE IF EXISTS {table}")
