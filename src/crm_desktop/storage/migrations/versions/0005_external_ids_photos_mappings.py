"""external ids, contact photos and named import mappings

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-09

- ``external_id`` on contacts, companies, deals, products and sales: the record's id in
  the system it was imported from, so importing that system's next export updates the
  records instead of duplicating them (``crm import --match external_id``). '' when
  there is none; the index holds only the rows that have one.
- ``contact_photos``: a contact's picture as a ``data:`` URI, one row per contact (its
  id made from the contact's), apart from the contact so lists never read pictures.
- ``import_mappings``: column-to-field mappings saved under a name, the shop's own.

All three are synced like any record: the triggers of the five tables that gain a
column are made again with their new frozen column list (see 0002), and the two new
tables get theirs. The lists are literals on purpose: this migration must make the
same schema on every file whatever the models look like later.
"""

from __future__ import annotations

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

# the columns of the tables that gain external_id, as 0002 froze them
_BEFORE: dict[str, tuple[str, ...]] = {
    "companies": (
        "address_line", "city", "region", "postal_code", "country", "created_at", "updated_at",
        "deleted_at", "name", "sort_key", "industry", "website", "tax_id", "owner_id", "notes", "custom",
    ),
    "contacts": (
        "address_line", "city", "region", "postal_code", "country", "created_at", "updated_at",
        "deleted_at", "given_name", "family_name", "display_name", "sort_key", "company_id", "job_title",
        "birthday", "language", "preferred_channel", "do_not_call", "do_not_email", "do_not_sms",
        "do_not_mail", "marketing_consent", "marketing_consent_at", "preferences_note", "lifecycle",
        "source", "owner_id", "notes", "custom",
    ),
    "products": (
        "created_at", "updated_at", "deleted_at", "sku", "name", "description", "unit_price_minor",
        "currency", "unit_cost_minor", "tax_bp", "active",
    ),
    "deals": (
        "created_at", "updated_at", "deleted_at", "title", "contact_id", "company_id", "pipeline_id",
        "stage_id", "amount_minor", "currency", "rate_to_base", "base_amount_minor", "expected_close",
        "probability_override", "owner_id", "lost_reason", "closed_at", "stage_changed_at", "notes",
        "custom",
    ),
    "sales": (
        "created_at", "updated_at", "deleted_at", "number", "contact_id", "company_id", "deal_id",
        "sold_on", "currency", "total_minor", "cost_minor", "rate_to_base", "base_total_minor",
        "owner_id", "notes",
    ),
}  # fmt: skip
_NEW_TABLES: dict[str, tuple[str, ...]] = {
    "contact_photos": ("created_at", "updated_at", "deleted_at", "contact_id", "image"),
    "import_mappings": ("created_at", "updated_at", "deleted_at", "entity", "name", "sort_key", "columns"),
}

# as in 0002 (copied, not imported: a migration stays as it was written)
WALL_MS = "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)"
NOW_TEXT = "strftime('%Y-%m-%d %H:%M:%f', 'now') || '000'"
CAPTURING = "(SELECT seeded AND NOT applying FROM _sync_state) IS NOT 0"
OUTBOX_COLUMNS = "_outbox (table_name, row_id, field, value, wall_ms)"


def _insert_trigger(table: str, columns: tuple[str, ...]) -> str:
    pairs = " UNION ALL ".join(f"SELECT '{c}' AS f, NEW.\"{c}\" AS v" for c in columns)
    return (
        f'CREATE TRIGGER _sync_{table}_ai AFTER INSERT ON "{table}" WHEN {CAPTURING} BEGIN '
        f"INSERT INTO {OUTBOX_COLUMNS} SELECT '{table}', NEW.\"id\", f, v, {WALL_MS} "
        f"FROM ({pairs}) WHERE v IS NOT NULL; END"
    )


def _update_trigger(table: str, columns: tuple[str, ...]) -> str:
    triples = " UNION ALL ".join(
        f'SELECT \'{c}\' AS f, NEW."{c}" AS v, NEW."{c}" IS NOT OLD."{c}" AS changed' for c in columns
    )
    return (
        f'CREATE TRIGGER _sync_{table}_au AFTER UPDATE ON "{table}" WHEN {CAPTURING} BEGIN '
        f"INSERT INTO {OUTBOX_COLUMNS} SELECT '{table}', NEW.\"id\", f, v, {WALL_MS} "
        f"FROM ({triples}) WHERE changed; END"
    )


def _delete_trigger(table: str) -> str:
    return (
        f'CREATE TRIGGER _sync_{table}_ad AFTER DELETE ON "{table}" WHEN {CAPTURING} AND '
        f"OLD.deleted_at IS NULL BEGIN INSERT INTO {OUTBOX_COLUMNS} VALUES ('{table}', OLD.\"id\", "
        f"'deleted_at', {NOW_TEXT}, {WALL_MS}); END"
    )


def _make_triggers(table: str, columns: tuple[str, ...]) -> None:
    op.execute(_insert_trigger(table, columns))
    op.execute(_update_trigger(table, columns))
    op.execute(_delete_trigger(table))


def _drop_triggers(table: str) -> None:
    for suffix in ("ai", "au", "ad"):
        op.execute(f"DROP TRIGGER IF EXISTS _sync_{table}_{suffix}")


def upgrade() -> None:
    for table, columns in _BEFORE.items():
        # a plain ALTER TABLE: the batch mode would copy the table and lose its triggers
        op.execute(f"ALTER TABLE {table} ADD COLUMN external_id VARCHAR NOT NULL DEFAULT ''")
        op.execute(f"CREATE INDEX ix_{table}_external_id ON {table} (external_id) WHERE external_id <> ''")
        _drop_triggers(table)
        _make_triggers(table, (*columns, "external_id"))
    op.execute(
        "CREATE TABLE contact_photos ("
        " id VARCHAR(36) NOT NULL PRIMARY KEY,"
        " created_at DATETIME NOT NULL,"
        " updated_at DATETIME NOT NULL,"
        " deleted_at DATETIME,"
        " contact_id VARCHAR NOT NULL,"
        " image VARCHAR NOT NULL,"
        # checked at commit: an import writes a new contact's picture before the contact, which
        # it queues and writes a thousand at a time
        " FOREIGN KEY (contact_id) REFERENCES contacts (id) DEFERRABLE INITIALLY DEFERRED)"
    )
    op.execute("CREATE INDEX ix_contact_photos_contact_id ON contact_photos (contact_id)")
    op.execute(
        "CREATE TABLE import_mappings ("
        " id VARCHAR(36) NOT NULL PRIMARY KEY,"
        " created_at DATETIME NOT NULL,"
        " updated_at DATETIME NOT NULL,"
        " deleted_at DATETIME,"
        " entity VARCHAR(30) NOT NULL,"
        " name VARCHAR(100) NOT NULL,"
        " sort_key VARCHAR NOT NULL,"
        " columns JSON NOT NULL)"
    )
    for table, columns in _NEW_TABLES.items():
        _make_triggers(table, columns)
    # A program before 0005 skipped, while pulling, the values of these new columns and tables
    # and moved on past them: from the start again, so the device takes them in now (a seed,
    # or the log, whose ops it has applied already change nothing)
    op.execute("UPDATE _sync_state SET pull_cursor = 0")


def downgrade() -> None:
    for table in _NEW_TABLES:
        _drop_triggers(table)
        op.execute(f"DROP TABLE {table}")
    for table, columns in _BEFORE.items():
        _drop_triggers(table)  # they name the column: SQLite refuses to drop it under them
        op.execute(f"DROP INDEX ix_{table}_external_id")
        op.execute(f"ALTER TABLE {table} DROP COLUMN external_id")
        _make_triggers(table, columns)
