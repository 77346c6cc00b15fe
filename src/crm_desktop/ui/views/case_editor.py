"""The dialog that opens or edits a case: what happened, who it is for, how urgent, who works it.

Status, resolution and escalation are changed on the cases page, where the
work happens; this dialog shows the SLA due time that the priority gives.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from crm_desktop.domain.enums import CaseStatus, Channel, Priority
from crm_desktop.domain.models import Case
from crm_desktop.reports.request import ReportRequest
from crm_desktop.services.cases import CaseInput, sla_due
from crm_desktop.services.changes import Outcome
from crm_desktop.services.crm import Crm
from crm_desktop.services.records import ListQuery
from crm_desktop.services.search import Hit
from crm_desktop.ui.forms import EditorDialog
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.contact_editor import channel_names
from crm_desktop.ui.views.task_editor import fetch_records, priority_names, user_choices, when_text
from crm_desktop.ui.widgets.record_picker import RecordPicker

PICKER_HITS = 20


def status_names(widget: QObject) -> dict[CaseStatus, str]:
    return {
        CaseStatus.NEW: widget.tr("New"),
        CaseStatus.OPEN: widget.tr("Open", "status"),
        CaseStatus.WAITING: widget.tr("Waiting"),
        CaseStatus.RESOLVED: widget.tr("Resolved"),
        CaseStatus.CLOSED: widget.tr("Closed"),
    }


def contact_hits(crm: Crm, text: str) -> list[Hit]:
    return [
        Hit("contact", r.id, r.display_name, r.company_name) for r in crm.search.contacts(text, PICKER_HITS)
    ]


def company_hits(crm: Crm, text: str) -> list[Hit]:
    return [h for h in crm.search.everything(text, PICKER_HITS) if h.entity == "company"]


class CaseEditor(EditorDialog):
    """A support case's subject, details, priority, customer, product and assignee."""

    def __init__(
        self,
        session: AppSession,
        case_id: str | None = None,
        parent: QWidget | None = None,
        *,
        contact_id: str | None = None,
        company_id: str | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("case_editor")
        self.case_id = case_id
        self.setWindowTitle(self.tr("New case") if case_id is None else self.tr("Edit case"))
        self.resize(600, 540)
        crm = session.crm
        case = crm.cases.get(case_id) if case_id is not None else None
        self._opened_at: datetime | None = case.created_at if case is not None else None

        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setPlaceholderText(self.tr("What the customer reported, in their words"))
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for channel, name in channel_names(self).items():
            self.channel.addItem(name, channel)
        self.priority = QComboBox()
        self.priority.setObjectName("priority")
        for priority, name in priority_names(self).items():
            self.priority.addItem(name, priority)
        self.contact = RecordPicker(session, lambda text: contact_hits(crm, text))
        self.contact.setObjectName("contact")
        self.contact.picked.connect(self._contact_picked)
        self.company = RecordPicker(session, lambda text: company_hits(crm, text))
        self.company.setObjectName("company")
        self.product = QComboBox()
        self.product.setObjectName("product")
        self.product.addItem(self.tr("No product"), None)
        current_product = case.product_id if case else None
        for product in crm.products.list(ListQuery(limit=1000)).items:
            if product.active or product.id == current_product:
                self.product.addItem(product.name, product.id)
        self.assignee = QComboBox()
        self.assignee.setObjectName("assignee")
        self.assignee.addItem(self.tr("Nobody"), None)
        for name, user_id in user_choices(crm, case.assignee_id if case else None):
            self.assignee.addItem(name, user_id)
        self.sla_label = QLabel()
        self.sla_label.setObjectName("sla_due")
        self.priority.currentIndexChanged.connect(lambda _i: self._show_sla())

        form = QFormLayout()
        self.errors.add_row(form, "subject", self.tr("Subject"), self.subject)
        self.errors.add_row(form, "description", self.tr("Description"), self.description)
        self.errors.add_row(form, "channel", self.tr("Came in by"), self.channel)
        self.errors.add_row(form, "priority", self.tr("Priority"), self.priority)
        form.addRow(self.tr("SLA due"), self.sla_label)
        self.errors.add_row(form, "contact_id", self.tr("Contact"), self.contact)
        self.errors.add_row(form, "company_id", self.tr("Company"), self.company)
        self.errors.add_row(form, "product_id", self.tr("Product"), self.product)
        self.errors.add_row(form, "assignee_id", self.tr("Assigned to"), self.assignee)

        self.lay_out((form, 1))
        if case_id is not None:
            self._add_print_button()

        if case is not None:
            self._load(case)
        else:
            self.priority.setCurrentIndex(self.priority.findData(Priority.NORMAL))
            if contact_id is not None:
                self._set_contact(contact_id)
            if company_id is not None:
                self._set_company(company_id)
        self._show_sla()

    def _add_print_button(self) -> None:
        buttons = self.findChild(QDialogButtonBox)
        assert buttons is not None  # made by lay_out
        self.print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("print_case")
        self.print_button.clicked.connect(lambda _checked=False: self.print_case())

    def print_case(self) -> None:
        """The case sheet of this case as saved, previewed to print or save."""
        if self.case_id is None:
            return
        # imported here: the reports page uses this module's pickers
        from crm_desktop.ui.views.reports import print_report, window_language

        request = ReportRequest(language=window_language(), case_id=self.case_id)
        print_report(self, self.session, "cases", request, unsaved_changes=self.has_changes())

    def _load(self, case: Case) -> None:
        self.subject.setText(case.subject)
        self.description.setPlainText(case.description)
        self.channel.setCurrentIndex(max(0, self.channel.findData(Channel(case.channel))))
        self.priority.setCurrentIndex(max(0, self.priority.findData(Priority(case.priority))))
        if case.contact_id:
            self._set_contact(case.contact_id, fill_company=False)
        if case.company_id:
            self._set_company(case.company_id)
        self.product.setCurrentIndex(max(0, self.product.findData(case.product_id)))
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(case.assignee_id)))

    def _set_contact(self, contact_id: str, *, fill_company: bool = True) -> None:
        for contact in fetch_records(self.session.crm.contacts, [contact_id]):
            self.contact.set_record(contact.id, contact.display_name)
            if fill_company and contact.company_id and self.company.record_id is None:
                self._set_company(contact.company_id)

    def _set_company(self, company_id: str) -> None:
        for company in fetch_records(self.session.crm.companies, [company_id]):
            self.company.set_record(company.id, company.name)

    def _contact_picked(self, contact_id: str | None) -> None:
        # a contact's case is usually about their company too
        if contact_id and not self.company.text().strip():
            self._set_contact(contact_id)

    def sla_due_at(self) -> datetime:
        """When the case must be resolved at the chosen priority (from now, for a new case)."""
        settings = self.session.crm.settings.get()
        opened = self._opened_at or self.session.crm.ctx.clock()
        return sla_due(opened, Priority(self.priority.currentData()), settings)

    def _show_sla(self) -> None:
        hours = self.session.crm.settings.get().sla_hours[Priority(self.priority.currentData()).value]
        self.sla_label.setText(
            self.tr("{when} (%n hour(s) after it was opened)", "", hours).format(
                when=when_text(self.sla_due_at())
            )
        )

    def values(self) -> dict[str, Any]:
        return {
            "subject": self.subject.text().strip(),
            "description": self.description.toPlainText(),
            "channel": self.channel.currentData(),
            "priority": self.priority.currentData(),
            "contact_id": self.contact.record_id,
            "company_id": self.company.record_id,
            "product_id": self.product.currentData(),
            "assignee_id": self.assignee.currentData(),
        }

    def save(self) -> None:
        unpicked = {
            key: message
            for key, picker, message in (
                ("contact_id", self.contact, self.tr("Pick the contact from the list (or clear the field).")),
                ("company_id", self.company, self.tr("Pick the company from the list (or clear the field).")),
            )
            if picker.text().strip() and picker.record_id is None
        }
        if unpicked:
            self.errors.show(unpicked)
            return
        self.errors.clear()
        # only the fields on this form: status and resolution stay as they are
        data = CaseInput(**self.values())
        case_id = self.case_id

        def job(crm: Crm) -> Outcome[Case]:
            if case_id is None:
                return crm.cases.create(data)
            return crm.cases.update(case_id, data)

        self.submit(job)

    def _show_refused(self, errors: dict[str, str]) -> None:
        # the service checks the assignee as a record owner
        self.errors.show({("assignee_id" if k == "owner_id" else k): v for k, v in errors.items()})
