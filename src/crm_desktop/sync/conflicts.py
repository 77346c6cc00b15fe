"""The conflict inbox: values that lost without their writer having seen the winner.

Each conflict holds both values. Keeping one of them is an ordinary write of that
value (the outbox triggers turn it into a new op with a fresh stamp, so every
device gets the choice) and marks the conflict resolved.

"Mine" is the value this device wrote, when one of the two was written here;
when both came from other devices, "mine" is the value this device shows now
(the winner) and "theirs" the one that lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from crm_desktop.domain.errors import NotFoundError
from crm_desktop.domain.types import utcnow
from crm_desktop.storage.database import Database
from crm_desktop.sync.apply import Reindex
from crm_desktop.sync.hlc import Stamp
from crm_desktop.sync.ops import DELETED, Scalar
from crm_desktop.sync.store import db_text, read_state, table_infos, transaction

MINE, THEIRS = "mine", "theirs"


@dataclass(frozen=True)
class Conflict:
    id: int
    table: str
    row_id: str
    field: str
    losing_value: Scalar
    losing_stamp: str
    winning_value: Scalar
    winning_stamp: str
    recorded_at: str
    resolved_at: str | None
    resolution: str | None

    @property
    def losing_moment(self) -> datetime:
        return Stamp.parse(self.losing_stamp).moment

    @property
    def winning_moment(self) -> datetime:
        return Stamp.parse(self.winning_stamp).moment


_COLUMNS = (
    "id, table_name, row_id, field, losing_value, losing_stamp, winning_value, winning_stamp, "
    "recorded_at, resolved_at, resolution"
)


def open_conflicts(db: Database, limit: int | None = None) -> list[Conflict]:
    """Conflicts nobody has resolved yet, oldest first."""
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            f"SELECT {_COLUMNS} FROM _conflicts WHERE resolved_at IS NULL ORDER BY id LIMIT ?",
            (-1 if limit is None else limit,),
        ).all()
    return [Conflict(*row) for row in rows]


def get_conflict(db: Database, conflict_id: int) -> Conflict:
    with db.engine.connect() as connection:
        row = connection.exec_driver_sql(
            f"SELECT {_COLUMNS} FROM _conflicts WHERE id = ?", (conflict_id,)
        ).one_or_none()
    if row is None:
        raise NotFoundError("conflict", str(conflict_id))
    return Conflict(*row)


def keep_mine(
    db: Database, conflict_id: int, *, reindex: Reindex | None = None, now: Callable[[], datetime] = utcnow
) -> Conflict:
    return _keep(db, conflict_id, MINE, reindex, now)


def keep_theirs(
    db: Database, conflict_id: int, *, reindex: Reindex | None = None, now: Callable[[], datetime] = utcnow
) -> Conflict:
    return _keep(db, conflict_id, THEIRS, reindex, now)


def _keep(
    db: Database, conflict_id: int, side: str, reindex: Reindex | None, now: Callable[[], datetime]
) -> Conflict:
    conflict = get_conflict(db, conflict_id)
    with transaction(db) as (connection, raw):
        device = read_state(raw).device_id
        lost_here = Stamp.parse(conflict.losing_stamp).device == device
        won_here = Stamp.parse(conflict.winning_stamp).device == device
        take_loser = lost_here if (lost_here or won_here) else False
        if side == THEIRS:
            take_loser = not take_loser
        value = conflict.losing_value if take_loser else conflict.winning_value
        info = table_infos(raw).get(conflict.table)
        if info is not None and info.knows(conflict.field):
            # an ordinary write: the outbox triggers make it a new op with a fresh stamp
            if conflict.field == DELETED and not info.has_deleted:
                if value is not None:
                    raw.execute(f'DELETE FROM "{info.name}" WHERE "{info.key}" = ?', (conflict.row_id,))
            else:
                raw.execute(
                    f'UPDATE "{info.name}" SET "{conflict.field}" = ? WHERE "{info.key}" = ?',
                    (value, conflict.row_id),
                )
            if reindex is not None:
                with Session(bind=connection) as session:
                    reindex(session, {info.name: {conflict.row_id: {conflict.field}}})
                    session.flush()
        raw.execute(
            "UPDATE _conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
            (db_text(now()), side, conflict_id),
        )
    return get_conflict(db, conflict_id)
