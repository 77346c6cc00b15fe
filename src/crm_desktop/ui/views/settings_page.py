"""Settings: the business (name, currency, phone region, SLA), people, custom fields, pipelines."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import CustomFieldType, Priority, UserRole
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.services.changes import ChangeSet
from crm_desktop.services.custom_fields import CustomFieldInput
from crm_desktop.services.people import UserInput
from crm_desktop.services.records import ListQuery
from crm_desktop.ui.forms import EditorDialog, FieldErrors
from crm_desktop.ui.pages import Page
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.undo import UndoStack
from crm_desktop.ui.views.first_start import LANGUAGES
from crm_desktop.ui.views.pipeline_settings import PipelineSettings


class BusinessSettingsForm(QWidget):
    """The business-wide settings stored in the database (shared by every device after sync)."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.errors = FieldErrors()
        self.business_name = QLineEdit()
        self.business_address = QPlainTextEdit()
        self.business_address.setMaximumHeight(70)
        self.logo_path = QLineEdit()
        self.logo_path.setPlaceholderText(self.tr("A PNG or JPEG file for report headers"))
        self.base_currency = QLineEdit()
        self.base_currency.setMaxLength(3)
        self.default_region = QLineEdit()
        self.default_region.setMaxLength(2)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.calendar = QComboBox()
        for code, name in (
            ("gregorian", self.tr("Gregorian")),
            ("hijri", self.tr("Hijri (Umm al-Qura)")),
            ("jalali", self.tr("Persian (Jalali)")),
        ):
            self.calendar.addItem(name, code)
        self.sla: dict[str, QSpinBox] = {}
        sla_box = QWidget()
        sla_layout = QHBoxLayout(sla_box)
        sla_layout.setContentsMargins(0, 0, 0, 0)
        for priority, label in (
            (Priority.URGENT, self.tr("Urgent")),
            (Priority.HIGH, self.tr("High")),
            (Priority.NORMAL, self.tr("Normal")),
            (Priority.LOW, self.tr("Low")),
        ):
            spin = QSpinBox()
            spin.setRange(1, 24 * 90)
            spin.setSuffix(self.tr(" h"))
            self.sla[priority.value] = spin
            sla_layout.addWidget(QLabel(label))
            sla_layout.addWidget(spin)
        self.rates = QTableWidget(0, 2)
        self.rates.setHorizontalHeaderLabels([self.tr("Currency"), self.tr("Value in main currency")])
        self.rates.horizontalHeader().setStretchLastSection(True)
        add_rate = QPushButton(self.tr("Add a currency"))
        add_rate.clicked.connect(lambda: self._add_rate("", ""))
        self.quote_terms = QPlainTextEdit()
        self.quote_terms.setMaximumHeight(90)
        self.quote_validity = QSpinBox()
        self.quote_validity.setRange(1, 365)
        self.quote_validity.setSuffix(self.tr(" days"))

        form = QFormLayout()
        self.errors.add_row(form, "business_name", self.tr("Business name"), self.business_name)
        self.errors.add_row(form, "business_address", self.tr("Address"), self.business_address)
        self.errors.add_row(form, "logo_path", self.tr("Logo"), self.logo_path)
        self.errors.add_row(form, "base_currency", self.tr("Main currency"), self.base_currency)
        self.errors.add_row(form, "default_region", self.tr("Country for phone numbers"), self.default_region)
        self.errors.add_row(form, "language", self.tr("Language"), self.language)
        self.errors.add_row(form, "calendar", self.tr("Calendar"), self.calendar)
        self.errors.add_row(form, "sla_hours", self.tr("Time to resolve a case"), sla_box)
        rates_box = QWidget()
        rates_layout = QVBoxLayout(rates_box)
        rates_layout.setContentsMargins(0, 0, 0, 0)
        rates_layout.addWidget(self.rates)
        rates_layout.addWidget(add_rate)
        self.errors.add_row(form, "currency_rates", self.tr("Exchange rates"), rates_box)
        self.errors.add_row(form, "quote_terms", self.tr("Quote terms"), self.quote_terms)
        self.errors.add_row(form, "quote_validity_days", self.tr("Quotes valid for"), self.quote_validity)
        general = QLabel()
        self.errors.set_general(general)
        self.saved = QLabel()
        save = QPushButton(self.tr("Save settings"))
        save.setObjectName("save_settings")
        save.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved, 1)
        buttons.addWidget(save)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.load()

    def _add_rate(self, code: str, rate: str) -> None:
        row = self.rates.rowCount()
        self.rates.insertRow(row)
        self.rates.setItem(row, 0, QTableWidgetItem(code))
        self.rates.setItem(row, 1, QTableWidgetItem(rate))

    def load(self) -> None:
        settings = self.session.crm.settings.get()
        self.business_name.setText(settings.business_name)
        self.business_address.setPlainText(settings.business_address)
        self.logo_path.setText(settings.logo_path)
        self.base_currency.setText(settings.base_currency)
        self.default_region.setText(settings.default_region)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(settings.calendar)))
        for priority, spin in self.sla.items():
            spin.setValue(settings.sla_hours[priority])
        self.rates.setRowCount(0)
        for code, rate in sorted(settings.currency_rates.items()):
            self._add_rate(code, rate)
        self.quote_terms.setPlainText(settings.quote_terms)
        self.quote_validity.setValue(settings.quote_validity_days)

    def values(self) -> dict[str, Any]:
        rates: dict[str, str] = {}
        for row in range(self.rates.rowCount()):
            code_item, rate_item = self.rates.item(row, 0), self.rates.item(row, 1)
            code = code_item.text().strip() if code_item else ""
            if code:
                rates[code] = rate_item.text().strip() if rate_item else ""
        return {
            "business_name": self.business_name.text().strip(),
            "business_address": self.business_address.toPlainText().strip(),
            "logo_path": self.logo_path.text().strip(),
            "base_currency": self.base_currency.text().strip(),
            "default_region": self.default_region.text().strip(),
            "language": self.language.currentData(),
            "calendar": self.calendar.currentData(),
            "sla_hours": {p: spin.value() for p, spin in self.sla.items()},
            "currency_rates": rates,
            "quote_terms": self.quote_terms.toPlainText().strip(),
            "quote_validity_days": self.quote_validity.value(),
        }

    def save(self) -> None:
        values = self.values()
        self.errors.clear()
        self.session.write(lambda crm: crm.settings.update(**values), self._saved, self._refused)

    def _saved(self, _outcome: object) -> None:
        self.saved.setText(self.tr("Settings saved."))

    def _refused(self, error: CrmError) -> None:
        self.saved.clear()
        self.errors.show(error.errors if isinstance(error, ValidationError) else {"": str(error)})


class UserDialog(EditorDialog):
    def __init__(self, session: AppSession, user_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.user_id = user_id
        self.setWindowTitle(self.tr("New person") if user_id is None else self.tr("Edit person"))
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.role = QComboBox()
        for role, label in (
            (UserRole.OWNER, self.tr("Owner")),
            (UserRole.MANAGER, self.tr("Manager")),
            (UserRole.SELLER, self.tr("Seller")),
            (UserRole.SUPPORT, self.tr("Support")),
        ):
            self.role.addItem(label, role)
        self.active = QCheckBox(self.tr("Works here now"))
        self.active.setChecked(True)
        form = QFormLayout()
        self.errors.add_row(form, "name", self.tr("Name"), self.name)
        self.errors.add_row(form, "email", self.tr("Email"), self.email)
        self.errors.add_row(form, "role", self.tr("Role"), self.role)
        form.addRow("", self.active)
        self.lay_out(form, general_name=None)
        if user_id is not None:
            user = session.crm.users.get(user_id)
            self.name.setText(user.name)
            self.email.setText(user.email)
            self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
            self.active.setChecked(user.active)

    def save(self) -> None:
        data = UserInput(
            name=self.name.text(),
            email=self.email.text(),
            role=self.role.currentData(),
            active=self.active.isChecked(),
        )
        user_id = self.user_id

        def job(crm: Any) -> Any:
            return crm.users.create(data) if user_id is None else crm.users.update(user_id, data)

        self.session.write(job, lambda _o: self.accept(), self._refused)


class CustomFieldDialog(EditorDialog):
    def __init__(self, session: AppSession, field_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.field_id = field_id
        self.setWindowTitle(self.tr("Custom field"))
        self.entity = QComboBox()
        for entity, label in (
            ("contact", self.tr("Contacts")),
            ("company", self.tr("Companies")),
            ("deal", self.tr("Deals")),
        ):
            self.entity.addItem(label, entity)
        self.key = QLineEdit()
        self.key.setPlaceholderText("vat_number")
        self.label = QLineEdit()
        self.field_type = QComboBox()
        for kind, label in (
            (CustomFieldType.TEXT, self.tr("Text")),
            (CustomFieldType.NUMBER, self.tr("Number", "field type")),
            (CustomFieldType.DATE, self.tr("Date")),
            (CustomFieldType.CHOICE, self.tr("Choice")),
            (CustomFieldType.BOOL, self.tr("Yes / no")),
        ):
            self.field_type.addItem(label, kind)
        self.choices = QLineEdit()
        self.choices.setPlaceholderText(self.tr("For a choice: the options, separated by commas"))
        self.required = QCheckBox(self.tr("Must be filled in"))
        form = QFormLayout()
        self.errors.add_row(form, "entity", self.tr("For"), self.entity)
        self.errors.add_row(form, "key", self.tr("Key"), self.key)
        self.errors.add_row(form, "label", self.tr("Label"), self.label)
        self.errors.add_row(form, "field_type", self.tr("Type"), self.field_type)
        self.errors.add_row(form, "choices", self.tr("Choices"), self.choices)
        form.addRow("", self.required)
        self.lay_out(form, general_name=None)
        if field_id is not None:
            definition = session.crm.custom_fields.get(field_id)
            self.entity.setCurrentIndex(max(0, self.entity.findData(definition.entity)))
            self.entity.setEnabled(False)
            self.key.setText(definition.key)
            self.key.setEnabled(False)  # stored values are keyed by it
            self.label.setText(definition.label)
            self.field_type.setCurrentIndex(max(0, self.field_type.findData(definition.field_type)))
            self.choices.setText(", ".join(definition.choices))
            self.required.setChecked(definition.required)

    def save(self) -> None:
        data = CustomFieldInput(
            entity=self.entity.currentData(),
            key=self.key.text(),
            label=self.label.text(),
            field_type=self.field_type.currentData(),
            choices=[c.strip() for c in self.choices.text().split(",") if c.strip()],
            required=self.required.isChecked(),
        )
        field_id = self.field_id

        def job(crm: Any) -> Any:
            if field_id is None:
                return crm.custom_fields.create(data)
            return crm.custom_fields.update(
                field_id, CustomFieldInput.model_validate(data.model_dump(exclude={"entity", "key"}))
            )

        self.session.write(job, lambda _o: self.accept(), self._refused)


class _ListEditor(QWidget):
    """A list of records with New, Edit and Delete buttons, refreshed from change-sets."""

    entity = ""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items = QListWidget()
        self.items.setObjectName(f"{self.entity}_list")
        self.items.itemDoubleClicked.connect(lambda item: self.edit(item.data(Qt.ItemDataRole.UserRole)))
        new, edit, delete = (
            QPushButton(self.tr("New…")),
            QPushButton(self.tr("Edit…")),
            QPushButton(self.tr("Delete")),
        )
        new.clicked.connect(lambda: self.edit(None))
        edit.clicked.connect(lambda: self.edit(self._current()))
        delete.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        for button in (new, edit, delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.items)
        layout.addLayout(buttons)
        session.changed.connect(self._on_changed)
        self.reload()

    def _current(self) -> str | None:
        item = self.items.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.entity):
            self.reload()

    def rows(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def reload(self) -> None:
        self.items.clear()
        for record_id, text in self.rows():
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            self.items.addItem(item)

    def edit(self, record_id: str | None) -> None:
        raise NotImplementedError

    def service(self) -> Any:
        raise NotImplementedError

    def _delete(self) -> None:
        record_id = self._current()
        if record_id is not None:
            service = self.service()
            self.session.write(lambda _crm: service.delete(record_id))


class UsersEditor(_ListEditor):
    entity = "user"

    def service(self) -> Any:
        return self.session.crm.users

    def rows(self) -> list[tuple[str, str]]:
        users = self.session.crm.users.list(ListQuery(limit=1000)).items
        return [(u.id, u.name + ("" if u.active else " " + self.tr("(left)"))) for u in users]

    def edit(self, record_id: str | None) -> None:
        UserDialog(self.session, record_id, self).exec()


class CustomFieldsEditor(_ListEditor):
    entity = "custom_field"

    def service(self) -> Any:
        return self.session.crm.custom_fields

    def rows(self) -> list[tuple[str, str]]:
        definitions = self.session.crm.custom_fields.list(ListQuery(limit=1000)).items
        return [(d.id, f"{d.label} ({d.entity} · {d.key})") for d in definitions]

    def edit(self, record_id: str | None) -> None:
        CustomFieldDialog(self.session, record_id, self).exec()


class SettingsPage(Page):
    key = "settings"

    def __init__(self, session: AppSession, undo: UndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Settings")

    def first_show(self) -> None:
        self.business = BusinessSettingsForm(self.session)
        self.tabs.addTab(self.business, self.tr("Business"))
        self.tabs.addTab(UsersEditor(self.session), self.tr("People"))
        self.tabs.addTab(CustomFieldsEditor(self.session), self.tr("Custom fields"))
        self.tabs.addTab(PipelineSettings(self.session), self.tr("Pipelines"))

    def refresh(self) -> None:
        if self._activated:
            self.business.load()
