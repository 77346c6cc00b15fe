"""One object giving every service of an open database (what the CLI and the window hold)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop.domain.types import utcnow
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.cases import CaseService
from crm_desktop.services.contact_photos import ContactPhotoService
from crm_desktop.services.context import ServiceContext, local_timezone
from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.services.knowledge import KnowledgeService
from crm_desktop.services.people import CompanyService, ContactService, UserService
from crm_desktop.services.pipeline import DealService, PipelineService, StageService
from crm_desktop.services.sales import ProductService, SaleService
from crm_desktop.services.search import SearchService
from crm_desktop.services.settings import SettingsService
from crm_desktop.services.stats import StatsService
from crm_desktop.services.tags import TagService
from crm_desktop.services.tasks import TaskService
from crm_desktop.storage.database import Database

if TYPE_CHECKING:  # made when first used (see Crm): the window starts without loading them
    from crm_desktop.services.archive import ArchiveService
    from crm_desktop.services.duplicates import DuplicateService
    from crm_desktop.services.exports import ExportService
    from crm_desktop.services.import_mappings import ImportMappingService
    from crm_desktop.services.imports import ImportService
    from crm_desktop.services.merging import MergeService


class Crm:
    def __init__(
        self, db: Database, clock: Callable[[], datetime] = utcnow, timezone: tzinfo | None = None
    ) -> None:
        self.db = db
        self.ctx = ServiceContext(db=db, clock=clock, timezone=timezone or local_timezone())
        self.settings = SettingsService(self.ctx)
        self.users = UserService(self.ctx)
        self.companies = CompanyService(self.ctx)
        self.contacts = ContactService(self.ctx)
        self.tags = TagService(self.ctx)
        self.custom_fields = CustomFieldService(self.ctx)
        self.pipelines = PipelineService(self.ctx)
        self.stages = StageService(self.ctx)
        self.deals = DealService(self.ctx)
        self.products = ProductService(self.ctx)
        self.sales = SaleService(self.ctx)
        self.activities = ActivityService(self.ctx)
        self.tasks = TaskService(self.ctx)
        self.cases = CaseService(self.ctx)
        self.knowledge = KnowledgeService(self.ctx)
        self.search = SearchService(self.ctx)
        self.stats = StatsService(self.ctx)
        self.contact_photos = ContactPhotoService(self.ctx)

    # --- what a shop uses now and then: loaded when first asked for, not at every start ---

    @cached_property
    def archive(self) -> ArchiveService:
        from crm_desktop.services.archive import ArchiveService

        return ArchiveService(self.ctx)

    @cached_property
    def exports(self) -> ExportService:
        from crm_desktop.services.exports import ExportService

        return ExportService(self.ctx)

    @cached_property
    def imports(self) -> ImportService:
        from crm_desktop.services.imports import ImportService

        return ImportService(self.ctx)

    @cached_property
    def import_mappings(self) -> ImportMappingService:
        from crm_desktop.services.import_mappings import ImportMappingService

        return ImportMappingService(self.ctx)

    @cached_property
    def duplicates(self) -> DuplicateService:
        from crm_desktop.services.duplicates import DuplicateService

        return DuplicateService(self.ctx)

    @cached_property
    def merging(self) -> MergeService:
        from crm_desktop.services.merging import MergeService

        return MergeService(self.ctx)

    @classmethod
    def open(
        cls, path: Path | str, clock: Callable[[], datetime] = utcnow, timezone: tzinfo | None = None
    ) -> Crm:
        """Open (creating or upgrading) the file; a new file gets the default pipeline."""
        crm = cls(Database.open(path), clock, timezone)
        crm.pipelines.ensure_default()
        return crm

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Crm:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
