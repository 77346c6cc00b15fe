"""One object giving every service of an open database (what the CLI and the window hold)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from crm_desktop.domain.types import utcnow
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.services.people import CompanyService, ContactService, UserService
from crm_desktop.services.settings import SettingsService
from crm_desktop.services.tags import TagService
from crm_desktop.storage.database import Database


class Crm:
    def __init__(self, db: Database, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.ctx = ServiceContext(db=db, clock=clock)
        self.settings = SettingsService(self.ctx)
        self.users = UserService(self.ctx)
        self.companies = CompanyService(self.ctx)
        self.contacts = ContactService(self.ctx)
        self.tags = TagService(self.ctx)
        self.custom_fields = CustomFieldService(self.ctx)

    @classmethod
    def open(cls, path: Path | str, clock: Callable[[], datetime] = utcnow) -> Crm:
        return cls(Database.open(path), clock)

    def close(self) -> None:
        self.db.close()
