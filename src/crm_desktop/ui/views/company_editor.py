"""The dialog that creates or edits a company, with errors shown beside each field."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from crm_desktop.domain.models import Company, CustomFieldDefinition
from crm_desktop.services.people import CompanyInput
from crm_desktop.services.records import ListQuery
from crm_desktop.ui.forms import EditorDialog
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.activity_dialog import confirm_discard
from crm_desktop.ui.widgets.custom_fields import CustomFieldsForm
from crm_desktop.ui.widgets.methods_editor import MethodsEditor

MAX_OWNERS = 500


class CompanyEditor(EditorDialog):
    """A company's fields, contact methods, address and custom fields."""

    def __init__(
        self, session: AppSession, company_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("company_editor")
        self.company_id = company_id
        self.setWindowTitle(self.tr("New company") if company_id is None else self.tr("Edit company"))
        self.resize(640, 520)
        crm = session.crm

        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.industry = QLineEdit()
        self.industry.setObjectName("industry")
        self.website = QLineEdit()
        self.website.setObjectName("website")
        self.website.setPlaceholderText("https://example.com")
        self.tax_id = QLineEdit()
        self.tax_id.setObjectName("tax_id")
        self.external_id = QLineEdit()
        self.external_id.setObjectName("external_id")
        self.external_id.setPlaceholderText(self.tr("Its id in the program it was imported from"))
        self.emails = MethodsEditor("email")
        self.phones = MethodsEditor("phone")
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        self.owner.addItem(self.tr("Nobody"), None)
        for user in crm.users.list(ListQuery(limit=MAX_OWNERS)).items:
            self.owner.addItem(user.name, user.id)
        self.tags = QLineEdit()
        self.tags.setObjectName("tags")
        self.tags.setPlaceholderText(self.tr("Separate tags with commas"))
        self.address_line = QLineEdit()
        self.city = QLineEdit()
        self.region = QLineEdit()
        self.postal_code = QLineEdit()
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setPlaceholderText("SA")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        definitions: list[CustomFieldDefinition] = crm.custom_fields.for_entity("company")
        self.custom = CustomFieldsForm(definitions)

        tabs = QTabWidget()
        main = QFormLayout()
        self.errors.add_row(main, "name", self.tr("Name"), self.name)
        self.errors.add_row(main, "industry", self.tr("Industry"), self.industry)
        self.errors.add_row(main, "website", self.tr("Website"), self.website)
        self.errors.add_row(main, "tax_id", self.tr("Tax number"), self.tax_id)
        self.errors.add_row(main, "emails", self.tr("Emails"), self.emails)
        self.errors.add_row(main, "phones", self.tr("Phones"), self.phones)
        self.errors.add_row(main, "owner_id", self.tr("Owner"), self.owner)
        self.errors.add_row(main, "tags", self.tr("Tags"), self.tags)
        tabs.addTab(_page(main), self.tr("Company"))

        address = QFormLayout()
        self.errors.add_row(address, "address_line", self.tr("Address"), self.address_line)
        self.errors.add_row(address, "city", self.tr("City"), self.city)
        self.errors.add_row(address, "region", self.tr("Region"), self.region)
        self.errors.add_row(address, "postal_code", self.tr("Postal code"), self.postal_code)
        self.errors.add_row(address, "country", self.tr("Country"), self.country)
        self.errors.add_row(address, "notes", self.tr("Notes"), self.notes)
        self.errors.add_row(address, "external_id", self.tr("External ID"), self.external_id)
        tabs.addTab(_page(address), self.tr("Address and notes"))
        if definitions:
            custom_form = QFormLayout()
            self.custom.add_rows(custom_form, self.errors)
            tabs.addTab(_page(custom_form), self.tr("More fields"))

        self.lay_out((tabs, 1))
        if company_id is not None:
            self._load(crm.companies.get(company_id))
        else:
            self.emails.add_row()
            self.phones.add_row()
        self.mark_clean()

    def _load(self, company: Company) -> None:
        crm = self.session.crm
        for name in (
            "name",
            "industry",
            "website",
            "tax_id",
            "external_id",
            "address_line",
            "city",
            "region",
            "postal_code",
        ):
            getattr(self, name).setText(getattr(company, name))
        self.country.setText(company.country)
        for method in crm.companies.methods(company.id):
            editor = self.emails if method.kind == "email" else self.phones
            editor.add_row(method.value, method.label, method.is_primary)
        self.owner.setCurrentIndex(max(0, self.owner.findData(company.owner_id)))
        self.tags.setText(", ".join(crm.companies.tags(company.id)))
        self.notes.setPlainText(company.notes)
        self.custom.set_values(company.custom)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "industry": self.industry.text().strip(),
            "website": self.website.text().strip(),
            "tax_id": self.tax_id.text().strip(),
            "emails": self.emails.values(),
            "phones": self.phones.values(),
            "owner_id": self.owner.currentData(),
            "tags": [t.strip() for t in self.tags.text().split(",") if t.strip()],
            "address_line": self.address_line.text(),
            "city": self.city.text(),
            "region": self.region.text(),
            "postal_code": self.postal_code.text(),
            "country": self.country.text(),
            "notes": self.notes.toPlainText(),
            "external_id": self.external_id.text().strip(),
            "custom": self.custom.values(),
        }

    def save(self) -> None:
        data = CompanyInput(**self.values())
        company_id = self.company_id
        self.errors.clear()

        def job(crm: Any) -> Any:
            if company_id is None:
                return crm.companies.create(data)
            return crm.companies.update(company_id, data)

        self.submit(job)

    def _state(self) -> object:
        return self.values()

    def confirm_discard(self) -> bool:
        return confirm_discard(self)


def _page(form: QFormLayout) -> QWidget:
    page = QWidget()
    page.setLayout(form)
    return page
