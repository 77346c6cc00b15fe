"""The companies list: the whole database, filtered and sorted in SQL, with actions on the selection."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QMenu, QWidget

from crm_desktop.services.changes import ChangeSet, Outcome
from crm_desktop.services.company_rows import CompanyRow, company_rows
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput, CompanyService
from crm_desktop.services.records import ListQuery
from crm_desktop.ui.bidi import auto
from crm_desktop.ui.record_list import RecordListPage
from crm_desktop.ui.record_model import Column, RowSource
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.undo import UndoStack
from crm_desktop.ui.views.company_editor import CompanyEditor
from crm_desktop.ui.views.customer_page import open_customer
from crm_desktop.ui.widgets.choices import refill

MAX_CHOICES = 500  # tags and owners offered in the filters and menus


class CompanyRows:
    """The company service as the lazy table reads it: its order and counts, rows with joined names."""

    def __init__(self, crm: Crm) -> None:
        self._crm = crm

    def count(self, query: ListQuery) -> int:
        return self._crm.companies.count(query)

    def ids(self, query: ListQuery) -> list[str]:
        return self._crm.companies.ids(query)

    def ids_page(self, query: ListQuery, offset: int, limit: int) -> list[str]:
        return self._crm.companies.ids_page(query, offset, limit)

    def rows(self, ids: Sequence[str]) -> list[CompanyRow]:
        return company_rows(self._crm.ctx, ids)


class CompaniesPage(RecordListPage):
    key = "companies"
    entity = "company"
    export_entity = "companies"

    def __init__(self, session: AppSession, undo: UndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, undo, parent)
        session.changed.connect(self._reload_choices)

    def title(self) -> str:
        return self.tr("Companies")

    def source(self) -> RowSource:
        return CompanyRows(self.session.crm)

    def service(self) -> CompanyService:
        return self.session.crm.companies

    def noun(self, count: int) -> str:
        return self.tr("%n company(s)", "", count)

    def columns(self) -> Sequence[Column]:
        return [
            # names are isolated in their own direction: "Kaya Ltd." must not become ".Kaya Ltd" in RTL
            Column("name", self.tr("Name"), lambda r: auto(r.name), sort="name", width=240),
            Column("industry", self.tr("Industry"), lambda r: auto(r.industry), sort="industry", width=150),
            Column("city", self.tr("City"), lambda r: auto(r.city), sort="city", width=120),
            Column(
                "country",
                self.tr("Country"),
                lambda r: r.country,
                sort="country",
                left_to_right=True,
                width=70,
            ),
            Column("phone", self.tr("Phone"), lambda r: r.primary_phone, left_to_right=True, width=160),
            Column("email", self.tr("Email"), lambda r: r.primary_email, left_to_right=True, width=220),
            Column("owner", self.tr("Owner"), lambda r: auto(r.owner_name), width=120),
            Column(
                "updated",
                self.tr("Changed"),
                lambda r: r.updated_at.date().isoformat(),
                sort="updated",
                left_to_right=True,
                width=110,
            ),
        ]

    # --- filters -------------------------------------------------------------------

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("tag_filter")
        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("owner_filter")
        self._fill_choices()
        for combo in (self.tag_filter, self.owner_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            bar.addWidget(combo)

    def _fill_choices(self) -> None:
        crm = self.session.crm
        tags = [(t.name, t.id) for t in crm.tags.list(ListQuery(limit=MAX_CHOICES)).items]
        owners = [(u.name, u.id) for u in crm.users.list(ListQuery(limit=MAX_CHOICES)).items]
        refill(self.tag_filter, [(self.tr("Any tag"), None), *tags])
        refill(self.owner_filter, [(self.tr("Any owner"), None), *owners])

    def _reload_choices(self, changes: ChangeSet) -> None:
        if changes.entities & {"tag", "user"}:
            self._fill_choices()

    def query(self) -> ListQuery:
        filters: dict[str, Any] = {}
        if self.owner_filter.currentData():
            filters["owner_id"] = self.owner_filter.currentData()
        return ListQuery(
            text=self.filter_box.text().strip(), filters=filters, tag_id=self.tag_filter.currentData()
        )

    # --- opening and editing -----------------------------------------------------------

    def open_editor(self, record_id: str | None) -> None:
        """A new company opens the editor; an existing one opens its customer page."""
        if record_id is None:
            self.edit_company(None)
        else:
            open_customer(self, "company", record_id)

    def edit_company(self, company_id: str | None) -> CompanyEditor:
        editor = CompanyEditor(self.session, company_id, self)
        editor.accepted.connect(lambda: self._edited(editor))
        editor.open()
        return editor

    def _edited(self, editor: CompanyEditor) -> None:
        if editor.saved_id:
            self.select_when_listed(editor.saved_id)

    def select_when_listed(self, record_id: str) -> None:
        """Select a record now, or once the list has re-read its ids after a save."""
        if self.model.ids_loaded and self.model.row_of(record_id) is not None:
            self.select_id(record_id)
            return

        def loaded(busy: bool) -> None:
            if not busy:
                self.model.loading.disconnect(loaded)
                self.select_id(record_id)

        self.model.loading.connect(loaded)

    # --- actions on the selection ---------------------------------------------------------

    def extra_menu(self, menu: QMenu, ids: list[str]) -> None:
        if len(ids) == 1:
            menu.addAction(self.tr("Edit…"), lambda: self.edit_company(ids[0]))
        menu.addAction(self.tr("Add a tag…"), lambda: self.ask_tag(ids))
        owners = menu.addMenu(self.tr("Assign owner"))
        owners.addAction(self.tr("Nobody"), lambda: self.assign_owner(ids, None))
        for user in self.session.crm.users.list(ListQuery(limit=MAX_CHOICES)).items:
            owners.addAction(user.name, self._assigner(ids, user.id))

    def _assigner(self, ids: list[str], owner_id: str) -> Callable[[], None]:
        return lambda: self.assign_owner(ids, owner_id)

    def assign_owner(self, ids: list[str], owner_id: str | None) -> None:
        def job(crm: Crm) -> Outcome[None]:
            changes = ChangeSet()
            for record_id in ids:
                changes = changes | crm.companies.update(record_id, CompanyInput(owner_id=owner_id)).changes
            return Outcome(None, changes)

        self.session.write(job)

    def ask_tag(self, ids: list[str]) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add a tag"), self.tr("Tag:"))
        if ok and name.strip():
            self.add_tag(ids, name.strip())

    def add_tag(self, ids: list[str], name: str) -> None:
        def job(crm: Crm) -> Outcome[None]:
            changes = ChangeSet()
            for record_id in ids:
                tags = crm.companies.tags(record_id)
                if name.casefold() not in (t.casefold() for t in tags):
                    update = CompanyInput(tags=[*tags, name])
                    changes = changes | crm.companies.update(record_id, update).changes
            return Outcome(None, changes)

        self.session.write(job)
