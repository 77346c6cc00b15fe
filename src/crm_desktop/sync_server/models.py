"""The sync server's tables.

They live in a registry of their own, so they never land in ``SQLModel.metadata``
with the desktop database's tables (whose migrations compare against that).

Datetimes go in aware and come back in UTC on both databases (SQLModel's UTCDateTime).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, MetaData
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

ROLES = ("admin", "seller")

# Constraint names fixed by convention, so PostgreSQL and SQLite migrations name them alike.
_metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class ServerModel(SQLModel, registry=registry(metadata=_metadata)):
    """Base of the server's tables."""


class Team(ServerModel, table=True):
    __tablename__ = "teams"

    name: str = Field(primary_key=True, max_length=100)
    created_at: datetime


class Account(ServerModel, table=True):
    """A person who signs in: a seller sees and writes only its team's records, an admin all."""

    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, unique=True)
    team: str = Field(foreign_key="teams.name", max_length=100)
    role: str = Field(max_length=10)
    password_hash: str
    created_at: datetime


class Device(ServerModel, table=True):
    """A laptop or PC signed in by a user. Its id is the device's clock id (in every stamp it makes)."""

    __tablename__ = "devices"

    id: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(foreign_key="users.id", index=True)
    name: str = Field(max_length=200)
    # sha256 of the bearer token: a copy of the database gives no one a working token
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime
    last_seen: datetime | None = None
    revoked_at: datetime | None = None


class Batch(ServerModel, table=True):
    """A push already answered: replaying its id returns ``answer`` and changes nothing."""

    __tablename__ = "batches"

    id: str = Field(primary_key=True, max_length=64)
    device_id: str = Field(max_length=64)
    answer: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    # the seqs its logged ops took (consecutive: taken under the counter lock); None when none were logged
    first_seq: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    last_seq: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    received_at: datetime


class LoggedOp(ServerModel, table=True):
    """One field operation in the order devices pull them."""

    __tablename__ = "ops"
    __table_args__ = (Index("ix_ops_team_seq", "team", "seq"),)

    seq: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    op_id: str = Field(max_length=64, unique=True)
    table_name: str = Field(max_length=100)
    row_id: str = Field(max_length=200)
    field: str = Field(max_length=100)
    value: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
    stamp: str = Field(max_length=120)
    base: str = Field(max_length=120)
    device_id: str = Field(max_length=64)
    # the row's team when the op was logged; None for shared tables every team sees
    team: str | None = Field(default=None, max_length=100)
    batch_id: str = Field(max_length=64)
    received_at: datetime


class FieldStateRow(ServerModel, table=True):
    """The current value of one field of one row: what a snapshot hands a new device."""

    __tablename__ = "field_states"

    table_name: str = Field(primary_key=True, max_length=100)
    row_id: str = Field(primary_key=True, max_length=200)
    field: str = Field(primary_key=True, max_length=100)
    value: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
    stamp: str = Field(max_length=120)
    base: str = Field(max_length=120)
    team: str | None = Field(default=None, max_length=100)


class ServerConflict(ServerModel, table=True):
    """A value that lost against one its writer had not seen (the devices keep theirs in ``_conflicts``)."""

    __tablename__ = "conflicts"

    id: int | None = Field(default=None, primary_key=True)
    table_name: str = Field(max_length=100)
    row_id: str = Field(max_length=200)
    field: str = Field(max_length=100)
    value: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
    stamp: str = Field(max_length=120)
    base: str = Field(max_length=120)
    winner_stamp: str = Field(max_length=120)
    device_id: str = Field(max_length=64)  # the device whose push met the conflict
    recorded_at: datetime


class Counter(ServerModel, table=True):
    """The next sequence number. Its one row is the lock every push takes (see store.push)."""

    __tablename__ = "counter"

    id: int = Field(primary_key=True)
    next_seq: int = Field(sa_column=Column(BigInteger, nullable=False))


class Meta(ServerModel, table=True):
    __tablename__ = "meta"

    id: int = Field(primary_key=True)
    server_id: str = Field(max_length=64)
    # clients whose database schema (storage.migrator.HEAD as a number) is older get 426
    min_client_schema: int
    # the ops up to this seq were dropped from the log: a pull from an older cursor gets 410
    oldest_cursor: int = Field(sa_column=Column(BigInteger, nullable=False))


class LoginFailure(ServerModel, table=True):
    """A failed sign-in, counted per user name and client address for the rate limit."""

    __tablename__ = "login_failures"
    __table_args__ = (Index("ix_login_failures_user_name_address_at", "user_name", "address", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    user_name: str = Field(max_length=100)
    address: str = Field(max_length=100)
    at: datetime


metadata = ServerModel.metadata
