"""Field operations, the unit of sync, and the one rule every replica uses to merge them.

Every write to a synced table becomes one operation per changed column: the new
value, the hybrid-clock stamp of the write and the stamp of the value it replaced
(``base``: what the writer had seen). Devices and the server keep, per row and
column, the value with the highest stamp (last writer wins, the device id breaking
ties, see :mod:`crm_desktop.sync.hlc`). The same rule on every replica, whatever
order operations arrive in, gives the same data everywhere.

A value that loses is a *conflict* when its writer and the winner's did not see
each other's write: the winner's ``base`` is older than the loser's stamp. Such a
loser is kept in ``_conflicts`` (never silently gone); a loser the winner's writer
had seen is ordinary history, and so is a default every new database starts with
(stamped at the clock's floor, :func:`crm_desktop.sync.hlc.floor_stamp`).

Deletes are tombstones: the column ``deleted_at`` set like any other, its ``base``
being the newest stamp of the whole row the deleting device had seen. An edit the
deleter had not seen (stamped after that base) wins over the delete: the row stays,
and the delete is recorded as the conflict (add wins over delete).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.ids import new_id
from crm_desktop.i18n import _
from crm_desktop.sync.hlc import is_floor

DELETED = "deleted_at"
Scalar = str | int | float | None  # a column value as SQLite stores it


@dataclass(frozen=True)
class FieldOp:
    op_id: str  # UUIDv7 of the operation: a replayed op is recognised and changes nothing
    table: str
    row_id: str
    field: str
    value: Scalar
    stamp: str  # HLC text (sync.hlc.Stamp.text())
    base: str = ""  # stamp of the value replaced ("" when there was none)

    def to_json(self) -> dict[str, Any]:
        return {
            "op": self.op_id,
            "table": self.table,
            "row": self.row_id,
            "field": self.field,
            "value": self.value,
            "stamp": self.stamp,
            "base": self.base,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FieldOp:
        try:
            value = data["value"]
            if value is not None and not isinstance(value, str | int | float):
                raise TypeError(value)
            return cls(
                str(data["op"]),
                str(data["table"]),
                str(data["row"]),
                str(data["field"]),
                value,
                str(data["stamp"]),
                str(data.get("base") or ""),
            )
        except (KeyError, TypeError) as error:
            raise CrmError(_("A sync operation is malformed ({error}).").format(error=error)) from None

    @classmethod
    def from_state(cls, data: Mapping[str, Any]) -> FieldOp:
        """A column's state from a snapshot page (the wire names of :meth:`to_json` without
        ``op``) as an op to merge: states carry no op id, and merging does not need one."""
        return cls.from_json({**data, "op": f"snapshot-{new_id()}"})


@dataclass(frozen=True)
class FieldState:
    """What a replica holds for one column of one row."""

    value: Scalar
    stamp: str
    base: str = ""


@dataclass(frozen=True)
class Outcome:
    """The result of merging an operation into a column's state."""

    state: FieldState  # what the column holds afterwards
    applied: bool  # the operation's value is now the column's value
    conflict: FieldState | None = None  # the losing value, when it lost without being seen


def merge(current: FieldState | None, op: FieldOp) -> Outcome:
    """The column's state after ``op`` arrives (in any order, on any replica: same result)."""
    incoming = FieldState(op.value, op.stamp, op.base)
    if current is None:
        return Outcome(incoming, True)
    if op.stamp == current.stamp:  # the same write again (a replayed batch)
        return Outcome(current, False)
    if op.stamp > current.stamp:
        winner, loser, applied = incoming, current, True
    else:
        winner, loser, applied = current, incoming, False
    unseen = winner.base < loser.stamp and winner.value != loser.value and not is_floor(loser.stamp)
    return Outcome(winner, applied, loser if unseen else None)


def delete_stands(row: Mapping[str, FieldState]) -> bool:
    """True when the row's ``deleted_at`` holds: no other column was written after what the
    deleting device had seen. A row never deleted (or restored) gives False."""
    tombstone = row.get(DELETED)
    if tombstone is None or tombstone.value is None:
        return False
    return all(state.stamp <= tombstone.base for name, state in row.items() if name != DELETED)


def newest_stamp(states: Iterable[FieldState]) -> str:
    return max((state.stamp for state in states), default="")
