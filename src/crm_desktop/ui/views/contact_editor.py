"""The dialog that creates or edits a contact, with errors shown beside each field."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)

from crm_desktop.domain.enums import Channel, Lifecycle
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.domain.models import Contact, CustomFieldDefinition
from crm_desktop.domain.photos import FIELD as PHOTO_FIELD
from crm_desktop.domain.photos import photo_bytes
from crm_desktop.services.changes import Outcome
from crm_desktop.services.contact_photos import picture_file
from crm_desktop.services.people import ContactInput
from crm_desktop.ui.bidi import auto
from crm_desktop.ui.forms import EditorDialog
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.activity_dialog import confirm_discard
from crm_desktop.ui.widgets.custom_fields import CustomFieldsForm
from crm_desktop.ui.widgets.methods_editor import MethodsEditor
from crm_desktop.ui.widgets.record_picker import RecordPicker

NO_DATE = QDate(1900, 1, 1)
PHOTO_SIDE = 72  # pixels: the photo's preview in the editor
PICTURE_PATTERNS = "*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff"


def lifecycle_names(widget: QWidget) -> dict[Lifecycle, str]:
    return {
        Lifecycle.LEAD: widget.tr("Lead"),
        Lifecycle.PROSPECT: widget.tr("Prospect"),
        Lifecycle.CUSTOMER: widget.tr("Customer", "lifecycle"),
        Lifecycle.FORMER: widget.tr("Former customer"),
    }


def channel_names(widget: QWidget) -> dict[Channel, str]:
    return {
        Channel.PHONE: widget.tr("Phone"),
        Channel.EMAIL: widget.tr("Email"),
        Channel.SMS: widget.tr("SMS"),
        Channel.WHATSAPP: widget.tr("WhatsApp"),
        Channel.MAIL: widget.tr("Post"),
        Channel.VISIT: widget.tr("Visit"),
        Channel.WEB: widget.tr("Web"),
        Channel.SOCIAL: widget.tr("Social media"),
        Channel.WALK_IN: widget.tr("Walk-in"),
    }


class ContactEditor(EditorDialog):
    """A contact's names, contact methods, address, preferences and custom fields."""

    def __init__(
        self, session: AppSession, contact_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("contact_editor")
        self.contact_id = contact_id
        self.duplicates_seen = False  # the user was shown the likely duplicates and saves anyway
        self.setWindowTitle(self.tr("New contact") if contact_id is None else self.tr("Edit contact"))
        self.resize(640, 560)
        crm = session.crm

        self.given = QLineEdit()
        self.family = QLineEdit()
        self.display = QLineEdit()
        self.display.setPlaceholderText(self.tr("From the given and family names"))
        self.company = RecordPicker(
            session, lambda text: [h for h in crm.search.everything(text, 20) if h.entity == "company"]
        )
        self.job_title = QLineEdit()
        self.emails = MethodsEditor("email")
        self.phones = MethodsEditor("phone")
        self.lifecycle = QComboBox()
        for member, name in lifecycle_names(self).items():
            self.lifecycle.addItem(name, member)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("Nobody"), None)
        for user in crm.users.list().items:
            self.owner.addItem(user.name, user.id)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Separate tags with commas"))
        self.source = QLineEdit()
        self.external_id = QLineEdit()
        self.external_id.setPlaceholderText(self.tr("Their id in the program they were imported from"))
        self.birthday = QDateEdit()
        self.birthday.setCalendarPopup(True)
        self.birthday.setMinimumDate(NO_DATE)
        self.birthday.setSpecialValueText(self.tr("Not known"))
        self.birthday.setDate(NO_DATE)
        self.language = QLineEdit()
        self.language.setPlaceholderText("ar, fa, tr, en")
        self.address_line = QLineEdit()
        self.city = QLineEdit()
        self.region = QLineEdit()
        self.postal_code = QLineEdit()
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setPlaceholderText("SA")
        self.preferred_channel = QComboBox()
        self.preferred_channel.addItem(self.tr("No preference"), None)
        for channel, label in channel_names(self).items():
            self.preferred_channel.addItem(label, channel)
        self.do_not_call = QCheckBox(self.tr("Do not call"))
        self.do_not_email = QCheckBox(self.tr("Do not email"))
        self.do_not_sms = QCheckBox(self.tr("Do not send SMS"))
        self.do_not_mail = QCheckBox(self.tr("Do not send post"))
        self.marketing_consent = QCheckBox(self.tr("Agreed to receive marketing"))
        self.consent_date = QLabel()
        self.preferences_note = QPlainTextEdit()
        self.preferences_note.setPlaceholderText(self.tr("How this person likes to be served"))
        self.notes = QPlainTextEdit()
        self.photo: str | None = None  # the photo as it will be saved (a data: URI), None for none
        self.loaded_photo: str | None = None
        self.photo_preview = QLabel()
        self.photo_preview.setObjectName("contact_photo")
        self.photo_preview.setFixedSize(PHOTO_SIDE, PHOTO_SIDE)
        self.photo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_preview.setStyleSheet("border: 1px solid palette(mid)")
        self.choose_photo = QPushButton(self.tr("Choose photo…"))
        self.choose_photo.clicked.connect(self._ask_for_photo)
        self.remove_photo = QPushButton(self.tr("Remove photo"))
        self.remove_photo.clicked.connect(lambda: self._show_photo(None))
        photo_row = QWidget()
        photo_layout = QHBoxLayout(photo_row)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        photo_layout.addWidget(self.photo_preview)
        photo_layout.addWidget(self.choose_photo, 0, Qt.AlignmentFlag.AlignBottom)
        photo_layout.addWidget(self.remove_photo, 0, Qt.AlignmentFlag.AlignBottom)
        photo_layout.addStretch()
        self._show_photo(None)
        definitions: list[CustomFieldDefinition] = crm.custom_fields.for_entity("contact")
        self.custom = CustomFieldsForm(definitions)

        tabs = QTabWidget()
        main = QFormLayout()
        self.errors.add_row(main, "given_name", self.tr("Given name"), self.given)
        self.errors.add_row(main, "family_name", self.tr("Family name"), self.family)
        self.errors.add_row(main, "display_name", self.tr("Shown as"), self.display)
        self.errors.add_row(main, "company_id", self.tr("Company"), self.company)
        self.errors.add_row(main, "job_title", self.tr("Role"), self.job_title)
        self.errors.add_row(main, "emails", self.tr("Emails"), self.emails)
        self.errors.add_row(main, "phones", self.tr("Phones"), self.phones)
        self.errors.add_row(main, "lifecycle", self.tr("Stage"), self.lifecycle)
        self.errors.add_row(main, "owner_id", self.tr("Owner"), self.owner)
        self.errors.add_row(main, "tags", self.tr("Tags"), self.tags)
        self.errors.add_row(main, PHOTO_FIELD, self.tr("Photo"), photo_row)
        tabs.addTab(_page(main), self.tr("Contact"))

        details = QFormLayout()
        self.errors.add_row(details, "birthday", self.tr("Birthday"), self.birthday)
        self.errors.add_row(details, "language", self.tr("Language"), self.language)
        self.errors.add_row(details, "source", self.tr("Source"), self.source)
        self.errors.add_row(details, "external_id", self.tr("External ID"), self.external_id)
        self.errors.add_row(details, "address_line", self.tr("Address"), self.address_line)
        self.errors.add_row(details, "city", self.tr("City"), self.city)
        self.errors.add_row(details, "region", self.tr("Region"), self.region)
        self.errors.add_row(details, "postal_code", self.tr("Postal code"), self.postal_code)
        self.errors.add_row(details, "country", self.tr("Country"), self.country)
        self.errors.add_row(details, "notes", self.tr("Notes"), self.notes)
        tabs.addTab(_page(details), self.tr("Details"))

        prefs = QFormLayout()
        self.errors.add_row(prefs, "preferred_channel", self.tr("Preferred channel"), self.preferred_channel)
        for box in (self.do_not_call, self.do_not_email, self.do_not_sms, self.do_not_mail):
            prefs.addRow("", box)
        prefs.addRow("", self.marketing_consent)
        prefs.addRow("", self.consent_date)
        self.errors.add_row(prefs, "preferences_note", self.tr("Preferences"), self.preferences_note)
        tabs.addTab(_page(prefs), self.tr("Preferences"))
        if definitions:
            custom_form = QFormLayout()
            self.custom.add_rows(custom_form, self.errors)
            tabs.addTab(_page(custom_form), self.tr("More fields"))

        self.lay_out((tabs, 1))
        if contact_id is not None:
            self._load(crm.contacts.get(contact_id))
            self.loaded_photo = crm.contact_photos.get(contact_id)
            self._show_photo(self.loaded_photo)
        else:
            self.emails.add_row()
            self.phones.add_row()
        self.mark_clean()

    # --- the photo ------------------------------------------------------------------

    def _ask_for_photo(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            "",
            self.tr("Pictures ({patterns})").format(patterns=PICTURE_PATTERNS),
        )
        if chosen:
            self.take_photo_file(Path(chosen))

    def take_photo_file(self, path: Path) -> None:
        """Read the picture off the GUI thread (a camera's photo is made to fit), then show it."""
        self.choose_photo.setEnabled(False)

        def taken(uri: str) -> None:
            self.choose_photo.setEnabled(True)
            self.errors.show({})
            self._show_photo(uri)

        def refused(error: CrmError) -> None:
            self.choose_photo.setEnabled(True)
            self.errors.show(
                error.errors if isinstance(error, ValidationError) else {PHOTO_FIELD: str(error)}
            )

        self.session.read(lambda _crm: picture_file(path), taken, refused)

    def _show_photo(self, uri: str | None) -> None:
        self.photo = uri
        self.remove_photo.setEnabled(uri is not None)
        if uri is None:
            self.photo_preview.setPixmap(QPixmap())
            self.photo_preview.setText(self.tr("No photo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(photo_bytes(uri)[1])
        self.photo_preview.setPixmap(
            pixmap.scaled(
                PHOTO_SIDE - 2,
                PHOTO_SIDE - 2,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _load(self, contact: Contact) -> None:
        crm = self.session.crm
        self.given.setText(contact.given_name)
        self.family.setText(contact.family_name)
        if contact.display_name != " ".join(p for p in (contact.given_name, contact.family_name) if p):
            self.display.setText(contact.display_name)
        if contact.company_id:
            self.company.set_record(contact.company_id, crm.companies.get(contact.company_id).name)
        self.job_title.setText(contact.job_title)
        for method in crm.contacts.methods(contact.id):
            editor = self.emails if method.kind == "email" else self.phones
            editor.add_row(method.value, method.label, method.is_primary)
        self.lifecycle.setCurrentIndex(max(0, self.lifecycle.findData(contact.lifecycle)))
        self.owner.setCurrentIndex(max(0, self.owner.findData(contact.owner_id)))
        self.tags.setText(", ".join(crm.contacts.tags(contact.id)))
        self.source.setText(contact.source)
        self.external_id.setText(contact.external_id)
        if contact.birthday:
            self.birthday.setDate(QDate(contact.birthday.year, contact.birthday.month, contact.birthday.day))
        self.language.setText(contact.language)
        for name in ("address_line", "city", "region", "postal_code", "country"):
            getattr(self, name).setText(getattr(contact, name))
        self.preferred_channel.setCurrentIndex(
            max(0, self.preferred_channel.findData(contact.preferred_channel))
        )
        for name in ("do_not_call", "do_not_email", "do_not_sms", "do_not_mail", "marketing_consent"):
            getattr(self, name).setChecked(getattr(contact, name))
        if contact.marketing_consent_at:
            self.consent_date.setText(
                self.tr("Agreed on {0}").format(contact.marketing_consent_at.date().isoformat())
            )
        self.preferences_note.setPlainText(contact.preferences_note)
        self.notes.setPlainText(contact.notes)
        self.custom.set_values(contact.custom)

    def values(self) -> dict[str, Any]:
        birthday = self.birthday.date()
        return {
            "given_name": self.given.text(),
            "family_name": self.family.text(),
            "display_name": self.display.text(),
            "company_id": self.company.record_id,
            "job_title": self.job_title.text(),
            "emails": self.emails.values(),
            "phones": self.phones.values(),
            "lifecycle": self.lifecycle.currentData(),
            "owner_id": self.owner.currentData(),
            "tags": [t.strip() for t in self.tags.text().split(",") if t.strip()],
            "source": self.source.text(),
            "external_id": self.external_id.text().strip(),
            "birthday": None
            if birthday == NO_DATE
            else date(birthday.year(), birthday.month(), birthday.day()),
            "language": self.language.text().strip(),
            "address_line": self.address_line.text(),
            "city": self.city.text(),
            "region": self.region.text(),
            "postal_code": self.postal_code.text(),
            "country": self.country.text(),
            "preferred_channel": self.preferred_channel.currentData(),
            "do_not_call": self.do_not_call.isChecked(),
            "do_not_email": self.do_not_email.isChecked(),
            "do_not_sms": self.do_not_sms.isChecked(),
            "do_not_mail": self.do_not_mail.isChecked(),
            "marketing_consent": self.marketing_consent.isChecked(),
            "preferences_note": self.preferences_note.toPlainText(),
            "notes": self.notes.toPlainText(),
            "custom": self.custom.values(),
        }

    def save(self) -> None:
        if self.company.text().strip() and self.company.record_id is None:
            self.errors.show({"company_id": self.tr("Pick the company from the list (or clear the field).")})
            return
        data = ContactInput(**self.values())
        contact_id = self.contact_id
        photo, photo_changed = self.photo, self.photo != self.loaded_photo

        def job(crm: Any) -> Any:
            saved = crm.contacts.create(data) if contact_id is None else crm.contacts.update(contact_id, data)
            if not photo_changed:
                return saved
            # the photo is a record of its own (it syncs on its own): saved right after the contact
            pictured = crm.contact_photos.set_uri(saved.value.id, photo)
            return Outcome(saved.value, saved.changes | pictured.changes)

        if contact_id is not None or self.duplicates_seen:
            self.submit(job)
            return
        # a new contact that is probably someone saved already: say so before saving it
        name = data.display_name or " ".join(part for part in (data.given_name, data.family_name) if part)
        emails = [m.value for m in data.emails if not isinstance(m, str)]
        phones = [m.value for m in data.phones if not isinstance(m, str)]
        self.save_button.setEnabled(False)

        def look(crm: Any) -> Any:
            return crm.duplicates.like(name, emails, phones)

        def seen(found: list[Any]) -> None:
            self.save_button.setEnabled(True)
            if found and not self._save_anyway(found):
                return
            self.duplicates_seen = True
            self.submit(job)

        self.session.read(look, seen, self._refused)

    def _state(self) -> object:
        return (self.values(), self.photo)

    def confirm_discard(self) -> bool:
        return confirm_discard(self)

    def _save_anyway(self, found: list[Any]) -> bool:
        """Show the likely duplicates; True when the user saves the new contact all the same."""
        lines = "\n".join(f"• {auto(pair.a_name)} ({pair.describe()})" for pair in found[:5])
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Possible duplicate"))
        box.setText(self.tr("This may be someone you have saved already:"))
        box.setInformativeText(lines)
        save = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is save


def _page(form: QFormLayout) -> QWidget:
    page = QWidget()
    page.setLayout(form)
    return page
