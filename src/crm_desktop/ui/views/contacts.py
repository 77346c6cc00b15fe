"""The contacts list: the whole database, filtered and sorted in SQL, with actions on the selection."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QLineEdit, QMenu, QWidget

from crm_desktop.domain.enums import Lifecycle
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.changes import ChangeSet, Outcome
from crm_desktop.services.custom_fields import filter_value
from crm_desktop.services.people import ContactInput, ContactRow
from crm_desktop.services.records import ListQuery
from crm_desktop.ui.bidi import auto
from crm_desktop.ui.record_list import RecordListPage
from crm_desktop.ui.record_model import Column, RowSource
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.undo import UndoStack
from crm_desktop.ui.views.contact_editor import ContactEditor, lifecycle_names
from crm_desktop.ui.views.customer_page import open_customer
from crm_desktop.ui.widgets.choices import refill


class ContactsPage(RecordListPage):
    key = "contacts"
    entity = "contact"
    export_entity = "contacts"

    def __init__(self, session: AppSession, undo: UndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, undo, parent)
        session.changed.connect(self._reload_choices)

    def title(self) -> str:
        return self.tr("Contacts")

    def source(self) -> RowSource:
        return self.session.crm.contacts

    def noun(self, count: int) -> str:
        return self.tr("%n contact(s)", "", count)

    def columns(self) -> Sequence[Column]:
        stages = lifecycle_names(self)
        return [
            Column("name", self.tr("Name"), lambda r: auto(r.display_name), sort="name", width=220),
            Column("company", self.tr("Company"), lambda r: auto(r.company_name), width=200),
            Column("phone", self.tr("Phone"), lambda r: r.primary_phone, left_to_right=True, width=160),
            Column("email", self.tr("Email"), lambda r: r.primary_email, left_to_right=True, width=220),
            Column("city", self.tr("City"), lambda r: auto(r.city), sort="city", width=120),
            Column(
                "lifecycle",
                self.tr("Stage"),
                lambda r: stages.get(Lifecycle(r.lifecycle), r.lifecycle),
                sort="lifecycle",
                width=110,
            ),
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

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.lifecycle_filter = QComboBox()
        self.lifecycle_filter.setObjectName("lifecycle_filter")
        self.lifecycle_filter.addItem(self.tr("Any stage"), None)
        for member, name in lifecycle_names(self).items():
            self.lifecycle_filter.addItem(name, member.value)
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("tag_filter")
        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("owner_filter")
        self.custom_field = QComboBox()
        self.custom_field.setObjectName("custom_field_filter")
        self.custom_value = QLineEdit()
        self.custom_value.setObjectName("custom_value_filter")
        self.custom_value.setPlaceholderText(self.tr("Value"))
        self.custom_value.setClearButtonEnabled(True)
        self.custom_value.textChanged.connect(lambda _t: self._filter_timer.start())
        self._fill_choices()
        for combo in (self.lifecycle_filter, self.tag_filter, self.owner_filter, self.custom_field):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            bar.addWidget(combo)
        bar.addWidget(self.custom_value)

    def _fill_choices(self) -> None:
        crm = self.session.crm
        self._custom_fields = {d.key: d for d in crm.custom_fields.for_entity("contact")}
        refill(
            self.custom_field,
            [(self.tr("Any field"), None), *((d.label, d.key) for d in self._custom_fields.values())],
        )
        # a business without custom fields never sees these two
        self.custom_field.setVisible(bool(self._custom_fields))
        self.custom_value.setVisible(bool(self._custom_fields))
        tags = [(t.name, t.id) for t in crm.tags.list(ListQuery(limit=500)).items]
        refill(self.tag_filter, [(self.tr("Any tag"), None), *tags])
        owners = [(u.name, u.id) for u in crm.users.list(ListQuery(limit=500)).items]
        refill(self.owner_filter, [(self.tr("Any owner"), None), *owners])

    def _reload_choices(self, changes: ChangeSet) -> None:
        if changes.entities & {"tag", "user", "custom_field"}:
            self._fill_choices()

    def query(self) -> ListQuery:
        filters: dict[str, Any] = {}
        if self.lifecycle_filter.currentData():
            filters["lifecycle"] = self.lifecycle_filter.currentData()
        if self.owner_filter.currentData():
            filters["owner_id"] = self.owner_filter.currentData()
        return ListQuery(
            text=self.filter_box.text().strip(),
            filters=filters,
            tag_id=self.tag_filter.currentData(),
            custom=self._custom_filter(),
        )

    def _custom_filter(self) -> dict[str, Any]:
        definition = self._custom_fields.get(self.custom_field.currentData() or "")
        typed = self.custom_value.text().strip()
        self.custom_value.setToolTip("")
        if definition is None or not typed:
            return {}
        try:
            return {definition.key: filter_value(definition, typed)}
        except (
            ValidationError
        ) as error:  # shown on the box; the list is not narrowed by a value it cannot hold
            self.custom_value.setToolTip(next(iter(error.errors.values())))
            return {}

    def open_editor(self, record_id: str | None) -> None:
        if record_id is not None:  # an existing contact opens on its 360 page; Edit is there
            open_customer(self, "contact", record_id)
            return
        editor = ContactEditor(self.session, record_id, self)
        if editor.exec() and editor.saved_id:
            self.select_id(editor.saved_id)

    def extra_menu(self, menu: QMenu, ids: list[str]) -> None:
        menu.addAction(self.tr("Add a tag…"), lambda: self._add_tag(ids))
        owners = menu.addMenu(self.tr("Assign owner"))
        for user in self.session.crm.users.list(ListQuery(limit=200)).items:
            owners.addAction(user.name, partial(self._update_all, ids, {"owner_id": user.id}))
        stages = menu.addMenu(self.tr("Change stage"))
        for member, name in lifecycle_names(self).items():
            stages.addAction(name, partial(self._update_all, ids, {"lifecycle": member}))

    def _update_all(self, ids: list[str], values: dict[str, Any]) -> None:
        def job(crm: Any) -> Outcome[None]:
            changes = ChangeSet()
            for record_id in ids:
                changes = changes | crm.contacts.update(record_id, ContactInput(**values)).changes
            return Outcome(None, changes)

        self.session.write(job)

    def _add_tag(self, ids: list[str]) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add a tag"), self.tr("Tag:"))
        if not ok or not name.strip():
            return

        def job(crm: Any) -> Outcome[None]:
            changes = ChangeSet()
            for record_id in ids:
                tags = [*crm.contacts.tags(record_id), name.strip()]
                changes = changes | crm.contacts.update(record_id, ContactInput(tags=tags)).changes
            return Outcome(None, changes)

        self.session.write(job)

    def row(self, record_id: str) -> ContactRow | None:
        rows = self.session.crm.contacts.rows([record_id])
        return rows[0] if rows else None
