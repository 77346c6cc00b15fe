"""Every read and write of the sync server's database (SQLite or PostgreSQL, the same code).

Sequence numbers. A push locks the counter row (``SELECT ... FOR UPDATE`` on
PostgreSQL; on SQLite the write transaction itself is exclusive, begun with
``BEGIN IMMEDIATE``), takes one number per logged op, inserts the ops and commits.
The next pusher cannot read the counter before that commit, so commits happen in
sequence order: a puller that has seen seq N has seen every seq below N, and
``seq > cursor ORDER BY seq`` never skips a number that turns up later.

Reads (pull, snapshot) run in one snapshot of the database (REPEATABLE READ on
PostgreSQL; a read transaction on SQLite), so the ops, the field states and the
counter they report agree with each other.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    Connection,
    Engine,
    Row,
    String,
    Table,
    delete,
    func,
    insert,
    select,
    true,
    tuple_,
    update,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import URL

from crm_desktop.domain.errors import ConflictError, CrmError, NotFoundError, ValidationError
from crm_desktop.i18n import _
from crm_desktop.sync.hlc import Stamp, refuse_if_ahead
from crm_desktop.sync.ops import FieldOp, FieldState, merge
from crm_desktop.sync_server import engine as server_engine
from crm_desktop.sync_server.models import ROLES, metadata

if TYPE_CHECKING:
    from argon2 import PasswordHasher

Clock = Callable[[], datetime]

# Reference data every team works with: their rows belong to no team (every seller sees and
# writes them). Rows of every other table belong to the team of the user who first pushed them.
SHARED_TABLES = frozenset(
    {
        "settings",
        "users",
        "pipelines",
        "stages",
        "products",
        "tags",
        "custom_field_definitions",
        "knowledge_articles",
        "import_mappings",
    }
)
DEFAULT_TEAM = "main"
MAX_BATCH_OPS = 10_000  # a bigger push would hold the write lock (and every other pusher) too long
MAX_PAGE = 10_000  # ops or field states in one pull or snapshot page (a batch kept whole may add more)
LOGIN_WINDOW = timedelta(minutes=5)
LOGIN_MAX_FAILURES = 5
LAST_SEEN_EVERY = timedelta(minutes=1)  # how stale devices.last_seen may get before a request writes it
MIN_PASSWORD_LENGTH = 8
_NAME = re.compile(r"[a-z][a-z0-9_]{0,99}")  # a synced table or column ("_x" tables are local-only)
_DEVICE_ID = re.compile(r"[A-Za-z0-9_.]{1,64}")  # a clock's device id: no "-" (see sync.hlc)
_CHUNK = 500  # values in one IN (...) list
_STAMP_LENGTH = 120  # as the log and the field states keep stamps

teams = metadata.tables["teams"]
users = metadata.tables["users"]
devices = metadata.tables["devices"]
batches = metadata.tables["batches"]
ops = metadata.tables["ops"]
field_states = metadata.tables["field_states"]
conflicts = metadata.tables["conflicts"]
counter = metadata.tables["counter"]
meta = metadata.tables["meta"]
login_failures = metadata.tables["login_failures"]


# --- errors the API turns into status codes ------------------------------------------------


class BadCredentials(CrmError):
    """401 at login: unknown user or wrong password (never saying which)."""


class TooManyAttempts(CrmError):
    """429 at login."""


class DeviceRevoked(CrmError):
    """401 at login from a device an admin revoked."""


class CursorTooOld(CrmError):
    """410: the ops after this cursor are no longer all in the log; take a snapshot."""


class BadRequest(CrmError):
    """422: the request cannot be understood (a malformed op, a batch too big)."""


# --- what the API hands around -------------------------------------------------------------


@dataclass(frozen=True)
class Principal:
    """Who a request comes from: a device that is not revoked, and its user."""

    device_id: str
    user_id: int
    user_name: str
    team: str
    role: str

    @property
    def sees_all(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    user: str
    team: str
    name: str
    created_at: datetime
    last_seen: datetime | None
    revoked_at: datetime | None


@dataclass(frozen=True)
class UserInfo:
    name: str
    team: str
    role: str
    created_at: datetime
    devices: int  # devices signed in and not revoked


@dataclass(frozen=True)
class ServerMeta:
    server_id: str
    min_client_schema: int
    oldest_cursor: int
    head: int  # the last seq taken (0 before the first push)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@cache
def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher

    return PasswordHasher()  # argon2id with the library's memory-hard defaults (64 MiB, 3 passes)


@cache
def _dummy_hash() -> str:
    """A hash to verify against for an unknown user, so that costs the same time as a wrong password."""
    return _hasher().hash(secrets.token_hex(16))


def _verify(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            {"password": _("A password has at least {n} characters.").format(n=MIN_PASSWORD_LENGTH)}
        )


def _now(clock: Clock) -> datetime:
    return clock().astimezone(UTC)


def _system_clock() -> datetime:
    return datetime.now(UTC)


class Store:
    """The server's database. Thread-safe: each call takes its own connection from the pool."""

    def __init__(self, engine: Engine, clock: Clock = _system_clock) -> None:
        self.engine = engine
        self.clock = clock
        self._postgres = engine.dialect.name == "postgresql"

    @classmethod
    def open(cls, url: URL | str | None, clock: Clock = _system_clock) -> Store:
        """The store at ``url`` (a URL, a file path or None for the default file), its schema up to date."""
        url = server_engine.database_url(url)
        engine = server_engine.make_engine(url)
        try:
            server_engine.upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, clock)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            connection.execution_options(crm_write=True)  # BEGIN IMMEDIATE on SQLite
            with connection.begin():
                yield connection

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            if self._postgres:  # one snapshot for every statement of the transaction
                connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                yield connection

    # --- meta -------------------------------------------------------------------------------

    def meta(self) -> ServerMeta:
        with self._read() as connection:
            return self._meta(connection)

    def _meta(self, connection: Connection) -> ServerMeta:
        row = connection.execute(select(meta).where(meta.c.id == 1)).one()
        head = connection.execute(select(counter.c.next_seq).where(counter.c.id == 1)).scalar_one() - 1
        return ServerMeta(row.server_id, row.min_client_schema, row.oldest_cursor, head)

    def set_min_client_schema(self, schema: int) -> None:
        with self._write() as connection:
            connection.execute(update(meta).where(meta.c.id == 1).values(min_client_schema=schema))

    def compact(self, through: int) -> int:
        """Drop the ops up to seq ``through`` from the log; devices behind it re-bootstrap (410).

        Returns how many ops were dropped. Field states (the snapshot) keep everything.
        """
        with self._write() as connection:
            head = self._lock_counter(connection) - 1
            through = min(through, head)
            dropped = connection.execute(delete(ops).where(ops.c.seq <= through)).rowcount
            connection.execute(
                update(meta)
                .where(meta.c.id == 1, meta.c.oldest_cursor < through)
                .values(oldest_cursor=through)
            )
        return dropped

    def compact_before(self, moment: datetime) -> tuple[int, int]:
        """:meth:`compact` of the ops received before ``moment``: (ops dropped, the new oldest cursor)."""
        with self._read() as connection:
            through = connection.execute(
                select(func.max(ops.c.seq)).where(ops.c.received_at < moment)
            ).scalar()
        if through is None:
            return 0, self.meta().oldest_cursor
        dropped = self.compact(int(through))
        return dropped, self.meta().oldest_cursor

    # --- accounts -----------------------------------------------------------------------------

    def users(self) -> list[UserInfo]:
        active = (
            select(func.count())
            .where(devices.c.user_id == users.c.id, devices.c.revoked_at.is_(None))
            .scalar_subquery()
        )
        query = select(users.c.name, users.c.team, users.c.role, users.c.created_at, active).order_by(
            users.c.name
        )
        with self._read() as connection:
            return [UserInfo(*row) for row in connection.execute(query)]

    def set_password(self, name: str, password: str) -> None:
        """A new password for ``name``. Devices already signed in keep their tokens (revoke a lost
        one with revoke_device); the next sign-in needs the new password."""
        _check_password(password)
        password_hash = _hasher().hash(password)
        with self._write() as connection:
            found = connection.execute(
                update(users).where(users.c.name == name.strip()).values(password_hash=password_hash)
            ).rowcount
        if not found:
            raise NotFoundError("user", name)

    def add_user(self, name: str, password: str, *, team: str = DEFAULT_TEAM, role: str = "seller") -> None:
        name, team = name.strip(), team.strip()
        errors: dict[str, str] = {}
        if not name:
            errors["name"] = _("A user needs a name.")
        if not team:
            errors["--team"] = _("A team needs a name.")
        if role not in ROLES:
            errors["--role"] = _("The role is admin or seller, not “{role}”.").format(role=role)
        if errors:
            raise ValidationError(errors)
        _check_password(password)
        password_hash = _hasher().hash(password)
        now = _now(self.clock)
        with self._write() as connection:
            if connection.execute(select(users.c.id).where(users.c.name == name)).first():
                raise ConflictError(_("There is already a user named “{name}”.").format(name=name))
            if not connection.execute(select(teams.c.name).where(teams.c.name == team)).first():
                connection.execute(insert(teams).values(name=team, created_at=now))
            connection.execute(
                insert(users).values(
                    name=name, team=team, role=role, password_hash=password_hash, created_at=now
                )
            )

    def login(
        self, user_name: str, password: str, *, address: str, device_name: str, device_id: str = ""
    ) -> dict[str, str]:
        """A new token for the device: ``{token, device_id, server_id}`` (a new id when none is given).

        Failures are counted in the database, per user name and client address, not in the
        server's memory: every worker process (and every server sharing a PostgreSQL database)
        then counts the same failures, and restarting the server does not reset them.
        """
        now = _now(self.clock)
        since = now - LOGIN_WINDOW
        user_name, address = user_name[:100], address[:100]  # as the failures table keeps them
        device_id = device_id.strip() or uuid.uuid4().hex
        if not _DEVICE_ID.fullmatch(device_id):
            raise BadRequest(_("“{id}” is not a device id.").format(id=device_id))
        with self._read() as connection:
            failures = connection.execute(
                select(func.count())
                .select_from(login_failures)
                .where(
                    login_failures.c.user_name == user_name,
                    login_failures.c.address == address,
                    login_failures.c.at > since,
                )
            ).scalar_one()
            account = connection.execute(select(users).where(users.c.name == user_name)).first()
        if failures >= LOGIN_MAX_FAILURES:
            raise TooManyAttempts(
                _("Too many failed sign-ins for {user}; try again in a few minutes.").format(user=user_name)
            )
        if account is None:
            _verify(_dummy_hash(), password)
            valid = False
        else:
            valid = _verify(account.password_hash, password)
        if not valid:
            with self._write() as connection:
                connection.execute(delete(login_failures).where(login_failures.c.at <= since))
                connection.execute(
                    insert(login_failures).values(user_name=user_name, address=address, at=now)
                )
            raise BadCredentials(_("Wrong user name or password."))
        assert account is not None
        token = secrets.token_urlsafe(32)
        with self._write() as connection:
            connection.execute(
                delete(login_failures).where(
                    login_failures.c.user_name == user_name, login_failures.c.address == address
                )
            )
            existing = connection.execute(select(devices).where(devices.c.id == device_id)).first()
            values = {
                "user_id": account.id,
                "name": device_name.strip()[:200] or device_id,
                "token_hash": token_hash(token),
                "last_seen": now,
            }
            if existing is None:
                connection.execute(insert(devices).values(id=device_id, created_at=now, **values))
            elif existing.revoked_at is not None:
                raise DeviceRevoked(
                    _("This device was revoked by an administrator; it cannot sign in again.")
                )
            else:  # the same laptop signing in again (perhaps as another user): a new token
                connection.execute(update(devices).where(devices.c.id == device_id).values(**values))
            if _hasher().check_needs_rehash(account.password_hash):
                connection.execute(
                    update(users)
                    .where(users.c.id == account.id)
                    .values(password_hash=_hasher().hash(password))
                )
            server_id = connection.execute(select(meta.c.server_id).where(meta.c.id == 1)).scalar_one()
        return {"token": token, "device_id": device_id, "server_id": server_id}

    def authenticate(self, token: str) -> Principal | None:
        """The device and user behind a bearer token; None for an unknown or revoked one."""
        query = (
            select(
                devices.c.id,
                devices.c.revoked_at,
                devices.c.last_seen,
                users.c.id.label("user_id"),
                users.c.name,
                users.c.team,
                users.c.role,
            )
            .join(users, users.c.id == devices.c.user_id)
            .where(devices.c.token_hash == token_hash(token))
        )
        with self._read() as connection:
            row = connection.execute(query).first()
        if row is None or row.revoked_at is not None:
            return None
        now = _now(self.clock)
        if row.last_seen is None or now - row.last_seen > LAST_SEEN_EVERY:
            with self._write() as connection:
                connection.execute(update(devices).where(devices.c.id == row.id).values(last_seen=now))
        return Principal(row.id, row.user_id, row.name, row.team, row.role)

    def devices(self) -> list[DeviceInfo]:
        query = (
            select(devices, users.c.name.label("user_name"), users.c.team)
            .join(users, users.c.id == devices.c.user_id)
            .order_by(users.c.name, devices.c.created_at)
        )
        with self._read() as connection:
            return [
                DeviceInfo(
                    row.id, row.user_name, row.team, row.name, row.created_at, row.last_seen, row.revoked_at
                )
                for row in connection.execute(query)
            ]

    def revoke_device(self, device_id: str) -> None:
        """Its token stops working with the next request (every request looks the token up)."""
        with self._write() as connection:
            found = connection.execute(
                update(devices)
                .where(devices.c.id == device_id, devices.c.revoked_at.is_(None))
                .values(revoked_at=_now(self.clock))
            ).rowcount
            if (
                not found
                and not connection.execute(select(devices.c.id).where(devices.c.id == device_id)).first()
            ):
                raise NotFoundError("device", device_id)

    # --- push -------------------------------------------------------------------------------------

    def push(self, who: Principal, batch_id: str, raw_ops: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
        """Merge a batch of ops into the field states and append them to the log, all or nothing.

        Returns ``{"batch", "results": [{"op", "result", "reason"?}], "server_time"}``; the same
        batch id again returns the stored answer and changes nothing. Raises BadRequest for a
        malformed batch and ClockAheadError (422) when any stamp is over five minutes ahead.
        """
        batch_id = str(batch_id).strip()
        if not batch_id or len(batch_id) > 64:
            raise BadRequest(_("A push needs a batch id."))
        if len(raw_ops) > MAX_BATCH_OPS:
            raise BadRequest(
                _("A push carries at most {n} changes; send them in several batches.").format(n=MAX_BATCH_OPS)
            )
        now = _now(self.clock)
        field_ops: list[FieldOp] = []
        for raw in raw_ops:
            try:
                op = FieldOp.from_json(raw)
                stamp = Stamp.parse(op.stamp)
                if op.base:
                    Stamp.parse(op.base)
            except CrmError as error:
                raise BadRequest(str(error)) from None
            if len(op.op_id) > 64 or not op.op_id:
                raise BadRequest(_("A sync operation is malformed ({error}).").format(error=op.op_id))
            if len(op.stamp) > _STAMP_LENGTH or len(op.base) > _STAMP_LENGTH:
                raise BadRequest(_("A sync operation is malformed ({error}).").format(error=op.stamp[:200]))
            refuse_if_ahead(stamp, lambda: now)  # the whole batch: 422 (see the API)
            field_ops.append(op)

        with self._write() as connection:
            next_seq = self._lock_counter(connection)
            stored = connection.execute(
                select(batches.c.device_id, batches.c.answer).where(batches.c.id == batch_id)
            ).first()
            if stored is not None:
                if stored.device_id != who.device_id:
                    raise BadRequest(_("This batch id was already used by another device."))
                answer: dict[str, Any] = stored.answer
                return answer
            merger = _BatchMerger(connection, who, batch_id, now)
            merger.load([(op.table, op.row_id, op.field) for op in field_ops if 0 < len(op.row_id) <= 200])
            merger.find_logged(merger.maybe_logged(field_ops))
            results = [merger.take(op) for op in field_ops]
            first_seq = next_seq
            logged = merger.logged
            for offset, entry in enumerate(logged):
                entry["seq"] = first_seq + offset
            if logged:
                _write_rows(connection, ops, logged)
                connection.execute(
                    update(counter).where(counter.c.id == 1).values(next_seq=first_seq + len(logged))
                )
            merger.write_states()
            answer = {"batch": batch_id, "results": results, "server_time": now.isoformat()}
            connection.execute(
                insert(batches).values(
                    id=batch_id,
                    device_id=who.device_id,
                    answer=answer,
                    first_seq=first_seq if logged else None,
                    last_seq=first_seq + len(logged) - 1 if logged else None,
                    received_at=now,
                )
            )
        return answer

    def _lock_counter(self, connection: Connection) -> int:
        """The next seq, the counter row locked until this transaction ends (FOR UPDATE is a
        no-op on SQLite, whose BEGIN IMMEDIATE already let no other writer in)."""
        return int(
            connection.execute(
                select(counter.c.next_seq).where(counter.c.id == 1).with_for_update()
            ).scalar_one()
        )

    # --- pull and snapshot ---------------------------------------------------------------------

    def pull(self, who: Principal, cursor: int, limit: int) -> dict[str, Any]:
        """The ops after ``cursor`` that ``who`` may see: ``{"ops", "cursor", "more"}``.

        A page ends on a batch boundary: it takes the rest of its last op's batch even past
        ``limit``, so a device never applies half of a new row. When nothing more is visible
        the cursor moves to the head of the log, so a seller does not scan other teams'
        ops again.
        """
        limit = max(1, min(limit, MAX_PAGE))
        visible = self._visible(ops.c.team, who)
        with self._read() as connection:
            info = self._meta(connection)
            if cursor < info.oldest_cursor:
                raise CursorTooOld(
                    _(
                        "The server no longer keeps the changes after {cursor}; "
                        "this device must download everything again."
                    ).format(cursor=cursor)
                )
            if cursor > info.head:
                raise CursorTooOld(
                    _(
                        "The server does not know the position {cursor}; was it reset? "
                        "This device must download everything again."
                    ).format(cursor=cursor)
                )
            columns = (
                ops.c.seq,
                ops.c.op_id,
                ops.c.table_name,
                ops.c.row_id,
                ops.c.field,
                ops.c.value,
                ops.c.stamp,
                ops.c.base,
                ops.c.batch_id,
            )
            rows = list(
                connection.execute(
                    select(*columns).where(ops.c.seq > cursor, visible).order_by(ops.c.seq).limit(limit)
                )
            )
            end = cursor
            if rows:
                end = rows[-1].seq
                batch_end = connection.execute(
                    select(batches.c.last_seq).where(batches.c.id == rows[-1].batch_id)
                ).scalar()
                if batch_end is not None and batch_end > end:
                    rows += connection.execute(
                        select(*columns)
                        .where(ops.c.seq > end, ops.c.seq <= batch_end, visible)
                        .order_by(ops.c.seq)
                    )
                    end = max(end, batch_end)
            more = (
                connection.execute(select(ops.c.seq).where(ops.c.seq > end, visible).limit(1)).first()
                is not None
            )
        return {
            "ops": [_op_json(row) for row in rows],
            "cursor": end if more else max(end, info.head),
            "more": more,
        }

    def snapshot(self, who: Principal, after: str | None, limit: int) -> dict[str, Any]:
        """A page of current field states in (table, row, field) order after the key ``after``.

        A page ends on a record's last field (it may exceed ``limit`` to finish the record, as
        a pull page finishes a batch): a device applying a page then never holds half a record
        (a case with no status yet) that its search index or its constraints would choke on.

        ``cursor`` is the seq this page is consistent with. Later pages may hold newer
        states than the first: a device pulls from the *first* page's cursor afterwards,
        and merging ops it already has changes nothing.
        """
        limit = max(1, min(limit, MAX_PAGE))
        key = (field_states.c.table_name, field_states.c.row_id, field_states.c.field)
        visible = self._visible(field_states.c.team, who)
        query = select(field_states).where(visible)
        if after:
            table, _sep, rest = after.partition(":")
            row_id, _sep, field = rest.rpartition(":")
            query = query.where(tuple_(*key) > tuple_(table, row_id, field))
        query = query.order_by(*key).limit(limit)
        with self._read() as connection:
            cursor = self._meta(connection).head
            rows = list(connection.execute(query))
            if rows:
                last = rows[-1]
                rows += connection.execute(
                    select(field_states)
                    .where(
                        visible,
                        field_states.c.table_name == last.table_name,
                        field_states.c.row_id == last.row_id,
                        field_states.c.field > last.field,
                    )
                    .order_by(field_states.c.field)
                )
                last = rows[-1]
                more = (
                    connection.execute(
                        select(field_states.c.field)
                        .where(visible, tuple_(*key) > tuple_(last.table_name, last.row_id, last.field))
                        .order_by(*key)
                        .limit(1)
                    ).first()
                    is not None
                )
            else:
                more = False
        return {
            "states": [_field_json(row) for row in rows],
            "cursor": cursor,
            "next": f"{rows[-1].table_name}:{rows[-1].row_id}:{rows[-1].field}" if more else None,
            "more": more,
        }

    @staticmethod
    def _visible(team_column: ColumnElement[Any], who: Principal) -> ColumnElement[bool]:
        if who.sees_all:
            return true()
        # one expression no index answers (the team's or no team): the database then walks the
        # log in seq (or key) order and stops at the page's end, where the OR of two ranges of
        # the (team, seq) index made it sort every visible op after the cursor, for each page
        return func.coalesce(team_column, who.team) == who.team

    # --- for tests and tools --------------------------------------------------------------------

    def log_op_ids(self) -> list[str]:
        """The op ids of the whole log in seq order."""
        with self._read() as connection:
            return list(connection.execute(select(ops.c.op_id).order_by(ops.c.seq)).scalars())

    def conflicts(self) -> list[dict[str, Any]]:
        with self._read() as connection:
            return [
                dict(row._mapping) for row in connection.execute(select(conflicts).order_by(conflicts.c.id))
            ]


def _field_json(row: Row[*tuple[Any, ...]]) -> dict[str, Any]:
    """One column's value and stamps, under the wire names of sync.ops.FieldOp.to_json."""
    return {
        "table": row.table_name,
        "row": row.row_id,
        "field": row.field,
        "value": row.value,
        "stamp": row.stamp,
        "base": row.base,
    }


def _op_json(row: Row[*tuple[Any, ...]]) -> dict[str, Any]:
    return {"seq": row.seq, "op": row.op_id, **_field_json(row)}


_NEW_ROW = object()  # marks a row the server has no field of yet


class _BatchMerger:
    """The ops of one push merged in memory, row by row, then written in a few statements."""

    def __init__(self, connection: Connection, who: Principal, batch_id: str, now: datetime) -> None:
        self.connection = connection
        self.who = who
        self.batch_id = batch_id
        self.now = now
        self.rows: dict[tuple[str, str], dict[str, FieldState]] = {}
        self.teams: dict[tuple[str, str], str | None] = {}
        self.changed: dict[tuple[str, str, str], FieldState] = {}
        self.logged: list[dict[str, Any]] = []
        self.conflicts: list[dict[str, Any]] = []
        self.seen_ops: set[str] = set()  # op ids in the log or taken earlier in this batch

    def take(self, op: FieldOp) -> dict[str, str]:
        reason = self._refusal(op)
        if reason:
            return {"op": op.op_id, "result": "rejected", "reason": reason}
        states = self._row(op.table, op.row_id, op.field)
        if op.op_id in self.seen_ops:
            # the same op in another batch (its first answer was lost): it is in the log already
            current = states.get(op.field)
            result = "applied" if current is not None and current.stamp == op.stamp else "superseded"
            return {"op": op.op_id, "result": result}
        self.seen_ops.add(op.op_id)
        outcome = merge(states.get(op.field), op)
        if outcome.applied:
            states[op.field] = outcome.state
            self.changed[(op.table, op.row_id, op.field)] = outcome.state
        if outcome.conflict is not None:
            lost = outcome.conflict
            self.conflicts.append(
                {
                    "table_name": op.table,
                    "row_id": op.row_id,
                    "field": op.field,
                    "value": lost.value,
                    "stamp": lost.stamp,
                    "base": lost.base,
                    "winner_stamp": outcome.state.stamp,
                    "device_id": self.who.device_id,
                    "recorded_at": self.now,
                }
            )
        # superseded ops are logged too: every device then sees the losing value and records
        # the same conflicts the server does
        self.logged.append(
            {
                "op_id": op.op_id,
                "table_name": op.table,
                "row_id": op.row_id,
                "field": op.field,
                "value": op.value,
                "stamp": op.stamp,
                "base": op.base,
                "device_id": self.who.device_id,
                "team": self.teams[(op.table, op.row_id)],
                "batch_id": self.batch_id,
                "received_at": self.now,
            }
        )
        return {"op": op.op_id, "result": "applied" if outcome.applied else "superseded"}

    def _refusal(self, op: FieldOp) -> str:
        if not _NAME.fullmatch(op.table) or not _NAME.fullmatch(op.field):
            return _("{table}.{field} is not a table and column the server relays.").format(
                table=op.table, field=op.field
            )
        if not op.row_id or len(op.row_id) > 200:
            return _("A row id is missing or too long.")
        self._row(op.table, op.row_id, op.field)
        team = self.teams[(op.table, op.row_id)]
        if not self.who.sees_all and team is not None and team != self.who.team:
            return _("This record belongs to another team.")
        return ""

    def _row(self, table: str, row_id: str, field: str | None = None) -> dict[str, FieldState]:
        """The loaded field states of a row: those of the fields this batch writes (push gives
        :meth:`load` every op of the batch before merging any)."""
        key = (table, row_id)
        if key not in self.rows:
            self.load([(table, row_id, field or "")])
        return self.rows[key]

    def load(self, keys: Sequence[tuple[str, str, str]]) -> None:
        """Read the states of the fields ``keys`` (table, row id, field) of rows not read yet, and
        each row's team, a chunk of rows per query.

        Only the fields the batch writes are read: a push of edits changes one or two fields of
        a row, and decoding every field's JSON value of every row it touched was most of the
        cost of the push. Per table, ``table_name = ? AND row_id IN (...)``: PostgreSQL walks
        the primary key for that, where a list of (table, row) pairs made it scan the table.
        """
        by_table: dict[str, dict[str, set[str]]] = {}  # table -> row id -> fields written
        for table, row_id, field in keys:
            if (table, row_id) not in self.rows:
                by_table.setdefault(table, {}).setdefault(row_id, set()).add(field)
        for table, rows in by_table.items():
            wanted = list(rows.items())
            for start in range(0, len(wanted), _CHUNK):
                self._load_chunk(table, dict(wanted[start : start + _CHUNK]))

    def _load_chunk(self, table: str, wanted: Mapping[str, set[str]]) -> None:
        row_ids = list(wanted)
        for row_id in row_ids:
            self.rows[(table, row_id)] = {}
        for row_id, field, value, stamp, base, team in self._states(table, wanted):
            self.rows[(table, row_id)][field] = FieldState(value, stamp, base)
            self.teams[(table, row_id)] = team
        unknown = [row_id for row_id in row_ids if (table, row_id) not in self.teams]
        if unknown:  # rows none of whose written fields the server has: is the row there at all?
            for row_id, team in self.connection.execute(
                select(field_states.c.row_id, field_states.c.team)
                .where(field_states.c.table_name == table, field_states.c.row_id.in_(unknown))
                .distinct()
            ):
                self.teams[(table, row_id)] = team
        for row_id in row_ids:
            # a new row belongs to its creator's team (shared tables to none)
            self.teams.setdefault((table, row_id), None if table in SHARED_TABLES else self.who.team)

    def _states(self, table: str, wanted: Mapping[str, set[str]]) -> Iterable[Sequence[Any]]:
        """(row id, field, value, stamp, base, team) of the ``wanted`` fields of rows of ``table``."""
        if self.connection.dialect.name == "postgresql":
            # exactly the (row, field) pairs, joined from two arrays: reading every written
            # field of every row (the pairs' cross product) read and decoded 4 times as many
            pairs = [(row_id, field) for row_id, fields in wanted.items() for field in fields]
            driver: Any = self.connection.connection.driver_connection
            with driver.cursor() as cursor:
                cursor.execute(
                    "SELECT s.row_id, s.field, s.value, s.stamp, s.base, s.team FROM field_states s "
                    "JOIN unnest(%b::text[], %b::text[]) AS k(row_id, field) "
                    "ON s.table_name = %b AND s.row_id = k.row_id AND s.field = k.field",
                    ([row for row, _field in pairs], [field for _row, field in pairs], table),
                )
                return cursor.fetchall()  # type: ignore[no-any-return]
        fields = sorted(set().union(*wanted.values()))
        return self.connection.execute(
            select(
                field_states.c.row_id,
                field_states.c.field,
                field_states.c.value,
                field_states.c.stamp,
                field_states.c.base,
                field_states.c.team,
            ).where(
                field_states.c.table_name == table,
                field_states.c.row_id.in_(list(wanted)),
                field_states.c.field.in_(fields),
            )
        )

    def maybe_logged(self, field_ops: Sequence[FieldOp]) -> list[str]:
        """The ids of the ops that may be in the log already: an op there was merged, so its
        field's stored stamp is at least the op's. Others need not be looked up (in a push of
        new edits, none need be)."""
        found = []
        for op in field_ops:
            state = self.rows.get((op.table, op.row_id), {}).get(op.field)
            if state is not None and state.stamp >= op.stamp:
                found.append(op.op_id)
        return found

    def find_logged(self, op_ids: Sequence[str]) -> None:
        """Note which of ``op_ids`` the log holds already (pushed before in another batch)."""
        for start in range(0, len(op_ids), _CHUNK):
            chunk = op_ids[start : start + _CHUNK]
            self.seen_ops.update(
                self.connection.execute(select(ops.c.op_id).where(ops.c.op_id.in_(chunk))).scalars()
            )

    def write_states(self) -> None:
        _write_rows(
            self.connection,
            field_states,
            [
                {
                    "table_name": table,
                    "row_id": row_id,
                    "field": field,
                    "team": self.teams[(table, row_id)],
                    "value": state.value,
                    "stamp": state.stamp,
                    "base": state.base,
                }
                for (table, row_id, field), state in self.changed.items()
            ],
            replace=("value", "stamp", "base"),  # a row's team stays the one it was first pushed to
        )
        _write_rows(self.connection, conflicts, self.conflicts)


def _write_rows(
    connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]], replace: Sequence[str] = ()
) -> None:
    """INSERT ``rows`` into ``table`` (all with the same keys); with ``replace``, a row whose
    primary key is there already gets those columns replaced instead (one upsert).

    PostgreSQL gets one statement per table: each column's values as one array, spread
    into rows by ``unnest``. Sent through SQLAlchemy a row at a time (executemany), a batch's
    rows were most of a push's time there. SQLite, in process, runs one prepared statement
    per row fastest.
    """
    if not rows:
        return
    if connection.dialect.name == "postgresql":
        _pg_write_rows(connection, table, rows, replace)
        return
    statement = sqlite.insert(table)
    if replace:
        statement = statement.on_conflict_do_update(
            index_elements=list(table.primary_key.columns),
            set_={name: statement.excluded[name] for name in replace},
        )
    connection.execute(statement, list(rows))


def _pg_write_rows(
    connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]], replace: Sequence[str]
) -> None:
    names = list(rows[0])
    arrays: list[list[Any]] = []
    selected: list[str] = []
    element_types: list[str] = []
    for name in names:
        column_type = table.c[name].type
        values = [row[name] for row in rows]
        if isinstance(column_type, JSON):  # sent as text, made json again by the cast
            arrays.append([json.dumps(value) for value in values])
            element_types.append("text")
            selected.append(f'"{name}"::json')
        else:
            arrays.append(values)
            # strings as text: a cast to varchar(n) would cut a value that is too long, where
            # assigning text to the column refuses it
            kind = (
                "text" if isinstance(column_type, String) else column_type.compile(dialect=connection.dialect)
            )
            element_types.append(kind)
            selected.append(f'"{name}"')
    quoted = ", ".join(f'"{name}"' for name in names)
    sql = (
        f'INSERT INTO "{table.name}" ({quoted}) SELECT {", ".join(selected)} '
        f"FROM unnest({', '.join(f'%b::{kind}[]' for kind in element_types)}) AS u({quoted})"
    )
    if replace:
        keys = ", ".join(f'"{column.name}"' for column in table.primary_key.columns)
        updates = ", ".join(f'"{name}" = excluded."{name}"' for name in replace)
        sql += f" ON CONFLICT ({keys}) DO UPDATE SET {updates}"
    # binary: psycopg then sends the arrays as they are, where their text form escaped every
    # element with a regular expression (a third of a push's time)
    driver: Any = connection.connection.driver_connection
    with driver.cursor() as cursor:
        cursor.execute(sql, arrays)


__all__ = [
    "MAX_BATCH_OPS",
    "SHARED_TABLES",
    "BadCredentials",
    "BadRequest",
    "CursorTooOld",
    "DeviceInfo",
    "DeviceRevoked",
    "Principal",
    "ServerMeta",
    "Store",
    "UserInfo",
]
