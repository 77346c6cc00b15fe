"""Hybrid logical clocks: one per device, so every field write has a total order everyone agrees on.

A stamp is 48 bits of wall-clock milliseconds, a 16-bit counter for writes within
one millisecond (or while the wall clock lags behind a stamp already seen) and the
device id that breaks ties. As text it is ``<12 hex ms>-<4 hex counter>-<device>``:
fixed widths, so comparing the texts compares the stamps (the database and the
server sort and compare them as plain strings).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from crm_desktop.domain.errors import CrmError
from crm_desktop.i18n import _

MAX_MS = (1 << 48) - 1
MAX_COUNTER = (1 << 16) - 1
MAX_DRIFT_MS = 5 * 60 * 1000  # a stamp further ahead of our clock than this is refused


@dataclass(frozen=True, order=True)
class Stamp:
    ms: int
    counter: int
    device: str

    def text(self) -> str:
        return f"{self.ms:012x}-{self.counter:04x}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        try:
            ms, counter, device = text.split("-", 2)
            stamp = cls(int(ms, 16), int(counter, 16), device)
        except ValueError:
            raise CrmError(_("“{text}” is not a sync clock stamp.").format(text=text)) from None
        if len(ms) != 12 or len(counter) != 4 or not device:
            raise CrmError(_("“{text}” is not a sync clock stamp.").format(text=text))
        return stamp

    @property
    def moment(self) -> datetime:
        return datetime.fromtimestamp(self.ms / 1000, UTC)


def floor_stamp(device: str) -> str:
    """The stamp of a value every new database starts with (the default pipeline): older than
    any write, so any edit, on any device, wins over it. Losing it is no conflict (see
    :func:`crm_desktop.sync.ops.merge`): nobody chose it."""
    return Stamp(0, 0, device).text()


def is_floor(stamp: str) -> bool:
    return stamp.startswith(_FLOOR_PREFIX)


_FLOOR_PREFIX = Stamp(0, 0, "x").text()[:-1]


class ClockAheadError(CrmError):
    """A stamp from a device whose clock is far ahead of ours."""


def wall_ms(now: Callable[[], datetime]) -> int:
    return int(now().timestamp() * 1000)


class HybridClock:
    """The clock of one device. ``now()`` stamps a local write; ``observe()`` takes in a remote stamp."""

    def __init__(self, device: str, now: Callable[[], datetime], last: Stamp | None = None) -> None:
        if not device or "-" in device:
            raise ValueError("a device id is a non-empty text without '-'")
        self.device = device
        self._now = now
        self._ms = last.ms if last else 0
        self._counter = last.counter if last else 0
        self._lock = threading.Lock()

    def now(self) -> Stamp:
        with self._lock:
            wall = wall_ms(self._now)
            if wall > self._ms:
                self._ms, self._counter = wall, 0
            else:
                self._advance_counter()
            return Stamp(self._ms, self._counter, self.device)

    def observe(self, stamp: Stamp) -> None:
        """Move past ``stamp`` (seen from another device), so our next write sorts after it.

        No limit here: a laptop whose clock is hours slow must still take in what others
        wrote. The server refuses stamps far ahead of its clock (:func:`refuse_if_ahead`)
        before they reach anyone.
        """
        with self._lock:
            if stamp.ms > self._ms:
                self._ms, self._counter = stamp.ms, stamp.counter
            elif stamp.ms == self._ms and stamp.counter > self._counter:
                self._counter = stamp.counter

    @property
    def last(self) -> Stamp:
        return Stamp(self._ms, self._counter, self.device)

    def _advance_counter(self) -> None:
        if self._counter < MAX_COUNTER:
            self._counter += 1
        else:  # 65,536 writes in one millisecond: borrow the next millisecond
            self._ms, self._counter = self._ms + 1, 0


def refuse_if_ahead(stamp: Stamp, now: Callable[[], datetime]) -> None:
    """ClockAheadError when ``stamp`` is more than five minutes ahead of ``now``.

    Taking such a stamp in would drag every later write of every device into that
    device's future, so its edits would win every conflict until real time caught up.
    """
    wall = wall_ms(now)
    if stamp.ms > wall + MAX_DRIFT_MS:
        raise ClockAheadError(
            _(
                "A change is stamped {minutes} minutes ahead of the server's clock; "
                "check the date and time on the device that made it."
            ).format(minutes=(stamp.ms - wall) // 60000)
        )
