"""What every service of one open database shares: the database, the clock, the settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta, tzinfo

from crm_desktop.domain.types import utcnow
from crm_desktop.storage.database import Database


def local_timezone() -> tzinfo:
    """This computer's time zone (its current UTC offset when it has no name)."""
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


@dataclass
class ServiceContext:
    db: Database
    # Tests and the demo generator pass their own clock; everything else reads real time.
    clock: Callable[[], datetime] = field(default=utcnow)
    # "today" for tasks and "this month" for figures are the user's local day and month
    timezone: tzinfo = field(default_factory=local_timezone)

    def local_day_bounds(self, moment: datetime) -> tuple[datetime, datetime]:
        """The start and end (UTC) of the local calendar day that contains ``moment``."""
        local = moment.astimezone(self.timezone)
        start = datetime.combine(local.date(), time(0), tzinfo=self.timezone)
        return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)
