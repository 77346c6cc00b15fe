"""The shared sync server: a relay with a log (``crm server run``).

Devices push field operations (:class:`crm_desktop.sync.ops.FieldOp`); the server
numbers them in commit order, keeps them in a log that devices pull from, and keeps
the current value of every field (merged with the same rule as every device,
:func:`crm_desktop.sync.ops.merge`) so a new device can start from a snapshot.

- :mod:`.models`: the tables (their own SQLModel registry: never mixed with the
  desktop database's tables).
- :mod:`.store`: every read and write of the server's database, SQLite or PostgreSQL.
- :mod:`.app`: the HTTP API ``/sync/v1`` (FastAPI).

Nothing here is imported by the desktop program: FastAPI, uvicorn, psycopg and
argon2 come with the ``server`` extra.
"""
