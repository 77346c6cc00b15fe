"""What every service of one open database shares: the database, the clock, the settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from crm_desktop.domain.types import utcnow
from crm_desktop.storage.database import Database


@dataclass
class ServiceContext:
    db: Database
    # Tests and the demo generator pass their own clock; everything else reads real time.
    clock: Callable[[], datetime] = field(default=utcnow)
