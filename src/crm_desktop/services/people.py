"""Users (the business's own people), companies and contacts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_
from sqlmodel import Session, SQLModel, col, select

from crm_desktop.domain.contact_points import check_country, normalize_email, phone_search_tokens
from crm_desktop.domain.enums import Channel, ContactMethodKind, Lifecycle, UserRole
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.folding import fold, index_text
from crm_desktop.domain.models import Company, Contact, ContactMethod, User
from crm_desktop.i18n import _
from crm_desktop.services.changes import ChangeRecorder
from crm_desktop.services.contact_methods import (
    ContactPoints,
    MethodInput,
    contact_points_of,
    methods_of,
    methods_of_many,
    normalise_methods,
    replace_methods,
    restore_methods,
    tombstone_methods,
)
from crm_desktop.services.custom_fields import check_custom_values
from crm_desktop.services.records import RecordService, require_live
from crm_desktop.services.settings import read_settings
from crm_desktop.services.tags import set_tags, tag_names

NOTES_INDEXED = 500  # characters of notes the search index keeps


class UserInput(SQLModel):
    name: str = ""
    email: str = ""
    role: UserRole = UserRole.SELLER
    active: bool = True


class UserService(RecordService[User, UserInput]):
    model = User
    entity = "user"
    input_model = UserInput
    sort_columns = {"name": "name", "created": "created_at"}
    default_sort = "name"
    filter_columns = frozenset({"role", "active"})
    required_fields = {"name": "Name"}

    def _apply(
        self,
        session: Session,
        record: User,
        values: dict[str, Any],
        recorder: ChangeRecorder,
        *,
        creating: bool,
    ) -> None:
        if values.get("email"):
            values["email"] = normalize_email(values["email"])
        if "name" in values:
            values["name"] = values["name"].strip()
        for name, value in values.items():
            setattr(record, name, value)


class AddressInput(SQLModel):
    address_line: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""


class CompanyInput(AddressInput):
    name: str = ""
    industry: str = ""
    website: str = ""
    tax_id: str = ""
    owner_id: str | None = None
    notes: str = ""
    external_id: str = ""
    custom: dict[str, Any] = {}
    emails: list[MethodInput | str] = []
    phones: list[MethodInput | str] = []
    tags: list[str] = []


class ContactInput(AddressInput):
    given_name: str = ""
    family_name: str = ""
    display_name: str = ""
    company_id: str | None = None
    job_title: str = ""
    birthday: date | None = None
    language: str = ""
    preferred_channel: Channel | None = None
    do_not_call: bool = False
    do_not_email: bool = False
    do_not_sms: bool = False
    do_not_mail: bool = False
    marketing_consent: bool = False
    marketing_consent_at: datetime | None = None
    preferences_note: str = ""
    lifecycle: Lifecycle = Lifecycle.LEAD
    source: str = ""
    owner_id: str | None = None
    notes: str = ""
    external_id: str = ""
    custom: dict[str, Any] = {}
    emails: list[MethodInput | str] = []
    phones: list[MethodInput | str] = []
    tags: list[str] = []


_RELATED = ("emails", "phones", "tags", "custom")


class _PartyService(RecordService[Any, Any]):
    """What companies and contacts share: emails, phones, tags, custom fields, owner."""

    owner_kind: str  # "contact" or "company"

    def _apply_related(
        self,
        session: Session,
        record: Any,
        values: dict[str, Any],
        recorder: ChangeRecorder,
        *,
        creating: bool,
    ) -> dict[str, Any]:
        """Validate and set custom fields, then return the method/tag values to save after flush."""
        related = {key: values.pop(key) for key in _RELATED if key in values}
        if "external_id" in values:  # matched as written by imports: a stray space would miss
            values["external_id"] = (values["external_id"] or "").strip()
        region = read_settings(session).default_region
        errors: dict[str, str] = {}
        pending: dict[str, Any] = {}
        for field, kind in (("emails", ContactMethodKind.EMAIL), ("phones", ContactMethodKind.PHONE)):
            if field in related:
                try:
                    pending[field] = normalise_methods(kind, related[field], region, field)
                except ValidationError as error:
                    errors.update(error.errors)
        if "custom" in related:
            try:
                record.custom = check_custom_values(
                    session,
                    self.owner_kind,
                    related["custom"],
                    partial_of=None if creating else dict(record.custom),
                )
            except ValidationError as error:
                errors.update(error.errors)
        elif creating:
            record.custom = check_custom_values(session, self.owner_kind, {})
        if "owner_id" in values:
            try:
                require_live(session, User, values["owner_id"], "owner_id", _("user"))
            except ValidationError as error:
                errors.update(error.errors)
        if errors:
            raise ValidationError(errors)
        if "tags" in related:
            pending["tags"] = related["tags"]
        return pending

    def _save_related(
        self, session: Session, record: Any, pending: dict[str, Any], recorder: ChangeRecorder
    ) -> None:
        now = self.ctx.clock()
        for field, kind in (("emails", ContactMethodKind.EMAIL), ("phones", ContactMethodKind.PHONE)):
            if field in pending:
                replace_methods(
                    session,
                    owner=self.owner_kind,
                    owner_id=record.id,
                    kind=kind,
                    entries=pending[field],
                    recorder=recorder,
                    now=now,
                )
        if "tags" in pending:
            set_tags(session, self.owner_kind, record.id, pending["tags"], recorder, now)

    def _after_write(self, session: Session, record: Any, recorder: ChangeRecorder, pending: Any) -> None:
        if pending:
            self._save_related(session, record, pending, recorder)
            session.flush()
        super()._after_write(session, record, recorder, pending)

    def _on_delete_many(self, session: Session, records: Sequence[Any], recorder: ChangeRecorder) -> None:
        """What deleting ``records`` (at the same moment) takes with them, a chunk of records a
        query: taggings, emails, phones. Every delete of a contact or company comes here."""
        self._tombstone_taggings(session, records, recorder)
        owner_ids = [record.id for record in records]
        tombstone_methods(session, self.owner_kind, owner_ids, recorder, records[0].deleted_at)

    def _on_restore(self, session: Session, record: Any, deleted_at: Any, recorder: ChangeRecorder) -> None:
        super()._on_restore(session, record, deleted_at, recorder)
        restore_methods(session, self.owner_kind, record.id, deleted_at, recorder, self.ctx.clock())

    def methods(self, record_id: str) -> list[ContactMethod]:
        with self.ctx.db.read() as session:
            return methods_of(session, self.owner_kind, record_id)

    def tags(self, record_id: str) -> list[str]:
        with self.ctx.db.read() as session:
            return tag_names(session, record_id)

    def contact_points(self, record_ids: Sequence[str]) -> dict[str, ContactPoints]:
        """The emails and phones of many records at once (a list, a report), primary first;
        see :func:`contact_points_of`."""
        with self.ctx.db.read() as session:
            return contact_points_of(session, self.owner_kind, record_ids)

    def _search_text(self, session: Session, record: Any) -> str:
        return self._text(session, record, methods_of(session, self.owner_kind, record.id))

    def _search_texts(self, session: Session, records: Sequence[Any]) -> dict[str, str]:
        methods = methods_of_many(session, self.owner_kind, [record.id for record in records])
        return {record.id: self._text(session, record, methods[record.id]) for record in records}

    def _text(self, session: Session, record: Any, methods: Sequence[ContactMethod]) -> str:
        """The record's search text, its emails and phones given."""
        raise NotImplementedError

    @staticmethod
    def _method_words(methods: Sequence[Any]) -> list[str]:
        parts: list[str] = []
        for method in methods:
            if method.kind == ContactMethodKind.PHONE:
                parts.extend(phone_search_tokens(method.normalized))
            else:
                parts.append(method.normalized)
        return parts


class CompanyService(_PartyService):
    model = Company
    entity = "company"
    owner_kind = "company"
    input_model = CompanyInput
    search_entity = "company"
    search_fields = frozenset({"name", "industry", "website", "tax_id", "city", "notes"})
    sort_columns = {
        "name": "sort_key",
        "industry": "industry",
        "city": "city",
        "country": "country",
        "created": "created_at",
        "updated": "updated_at",
    }
    default_sort = "name"
    filter_columns = frozenset({"owner_id", "industry", "city", "country"})
    required_fields = {"name": "Name"}

    def _apply(
        self,
        session: Session,
        record: Company,
        values: dict[str, Any],
        recorder: ChangeRecorder,
        *,
        creating: bool,
    ) -> dict[str, Any]:
        pending = self._apply_related(session, record, values, recorder, creating=creating)
        if "name" in values:
            values["name"] = values["name"].strip()
            record.sort_key = fold(values["name"])
        if "country" in values:
            values["country"] = check_country(values["country"])
        renamed = not creating and "name" in values and values["name"] != record.name
        for name, value in values.items():
            setattr(record, name, value)
        if renamed:
            self._index_showing_it(session, record.id)
        return pending

    def _on_delete_many(self, session: Session, records: Sequence[Any], recorder: ChangeRecorder) -> None:
        super()._on_delete_many(session, records, recorder)
        for record in records:
            self._index_showing_it(session, record.id)  # they are no longer found by its name

    def _on_restore(self, session: Session, record: Any, deleted_at: Any, recorder: ChangeRecorder) -> None:
        super()._on_restore(session, record, deleted_at, recorder)
        self._index_showing_it(session, record.id)

    def _index_showing_it(self, session: Session, company_id: str) -> None:
        """Contacts and deals are found by their company's name (sync.search does the same)."""
        from crm_desktop.services.pipeline import DealService

        self._index_showing(session, ContactService(self.ctx), "company_id", company_id)
        self._index_showing(session, DealService(self.ctx), "company_id", company_id)

    def _text(self, session: Session, record: Company, methods: Sequence[ContactMethod]) -> str:
        return self.text_of(record, methods)

    @classmethod
    def text_of(cls, record: Any, methods: Sequence[Any]) -> str:
        """A company's search text, its emails and phones (anything with ``kind`` and
        ``normalized``) given: for writers that know them already."""
        parts = [
            record.name,
            record.industry,
            record.website,
            record.tax_id,
            record.city,
            record.notes[:NOTES_INDEXED],
        ]
        parts.extend(cls._method_words(methods))
        return index_text(*parts)


class ContactService(_PartyService):
    model = Contact
    entity = "contact"
    owner_kind = "contact"
    input_model = ContactInput
    search_entity = "contact"
    search_fields = frozenset(
        {"display_name", "given_name", "family_name", "job_title", "city", "company_id", "notes"}
    )
    sort_columns = {
        "name": "sort_key",
        "lifecycle": "lifecycle",
        "city": "city",
        "country": "country",
        "source": "source",
        "birthday": "birthday",
        "created": "created_at",
        "updated": "updated_at",
    }
    default_sort = "name"
    filter_columns = frozenset(
        {"owner_id", "company_id", "lifecycle", "city", "country", "source", "language"}
    )

    def _apply(
        self,
        session: Session,
        record: Contact,
        values: dict[str, Any],
        recorder: ChangeRecorder,
        *,
        creating: bool,
    ) -> dict[str, Any]:
        pending = self._apply_related(session, record, values, recorder, creating=creating)
        for key in ("given_name", "family_name", "display_name"):
            if key in values:
                values[key] = (values[key] or "").strip()
        if "company_id" in values:
            require_live(session, Company, values["company_id"], "company_id", _("company"))
        if "country" in values:
            values["country"] = check_country(values["country"])
        if (
            values.get("marketing_consent")
            and not values.get("marketing_consent_at")
            and not record.marketing_consent
        ):
            values["marketing_consent_at"] = self.ctx.clock()
        if "marketing_consent" in values and not values["marketing_consent"]:
            values["marketing_consent_at"] = None
        # a display name never typed by the user follows the given and family names
        follows_parts = creating or record.display_name == _joined_name(record)
        shown_as = record.display_name
        for name, value in values.items():
            setattr(record, name, value)
        if not record.display_name or (follows_parts and "display_name" not in values):
            record.display_name = _joined_name(record)
        if not record.display_name:
            raise ValidationError({"display_name": _("A contact needs a name.")})
        record.sort_key = fold(record.display_name)
        if not creating and record.display_name != shown_as:
            # deals and cases are found by their contact's name (sync.search does the same)
            from crm_desktop.services.cases import CaseService
            from crm_desktop.services.pipeline import DealService

            self._index_showing(session, DealService(self.ctx), "contact_id", record.id)
            self._index_showing(session, CaseService(self.ctx), "contact_id", record.id)
        return pending

    def _text(self, session: Session, record: Contact, methods: Sequence[ContactMethod]) -> str:
        company_name = ""
        if record.company_id:
            company = session.get(Company, record.company_id)
            if company is not None and company.deleted_at is None:
                company_name = company.name
        return self.text_of(record, company_name, methods)

    @classmethod
    def text_of(cls, record: Any, company_name: str, methods: Sequence[Any]) -> str:
        """A contact's search text, its live company's name (or "") and its emails and phones
        (anything with ``kind`` and ``normalized``) given: for writers that know them already."""
        names = (record.display_name, record.given_name, record.family_name, record.job_title, record.city)
        return cls.text_from(names, company_name, cls._method_words(methods), record.notes)

    @staticmethod
    def text_from(names: Sequence[str], company_name: str, method_words: Sequence[str], notes: str) -> str:
        """:meth:`text_of` from plain values: the shown, given and family names, job title and
        city; the company's name; the words of the emails and phones (``_method_words``)."""
        parts = [*names, company_name] if company_name else [*names]
        parts.extend(method_words)
        parts.append(notes[:NOTES_INDEXED])
        return index_text(*parts)

    def rows(self, record_ids: Sequence[str]) -> list[ContactRow]:
        """What a list or a search result shows of each contact, in the order given."""
        return contact_rows(self.ctx, list(record_ids))


def _joined_name(record: Contact) -> str:
    return joined_name(record.given_name, record.family_name)


def joined_name(given: str, family: str) -> str:
    """The name a contact is shown by when none was typed: the given and family names."""
    # no generator: the contacts import calls it for every row
    return f"{given} {family}" if given and family else given or family


@dataclass(frozen=True)
class ContactRow:
    id: str
    display_name: str
    company_id: str | None
    company_name: str
    primary_email: str
    primary_phone: str
    city: str
    lifecycle: str
    owner_name: str
    updated_at: datetime


def contact_rows(ctx: Any, contact_ids: list[str]) -> list[ContactRow]:
    if not contact_ids:
        return []
    email = ContactMethod.__table__.alias("email")  # type: ignore[attr-defined]
    phone = ContactMethod.__table__.alias("phone")  # type: ignore[attr-defined]
    found: dict[str, ContactRow] = {}
    with ctx.db.read() as session:
        for start in range(0, len(contact_ids), 500):
            chunk = contact_ids[start : start + 500]
            shown: list[Any] = [
                Contact.id,
                Contact.display_name,
                Contact.company_id,
                Company.name,
                email.c.value,
                phone.c.value,
                Contact.city,
                Contact.lifecycle,
                User.name,
                Contact.updated_at,
            ]
            statement = (
                select(*shown)
                .select_from(Contact)
                .outerjoin(Company, col(Company.id) == col(Contact.company_id))
                .outerjoin(User, col(User.id) == col(Contact.owner_id))
                .outerjoin(
                    email,
                    and_(
                        email.c.contact_id == Contact.id,
                        email.c.kind == "email",
                        email.c.is_primary,
                        email.c.deleted_at.is_(None),
                    ),
                )
                .outerjoin(
                    phone,
                    and_(
                        phone.c.contact_id == Contact.id,
                        phone.c.kind == "phone",
                        phone.c.is_primary,
                        phone.c.deleted_at.is_(None),
                    ),
                )
                .where(col(Contact.id).in_(chunk))
            )
            for row in session.execute(statement):
                found[row[0]] = ContactRow(
                    id=row[0],
                    display_name=row[1],
                    company_id=row[2],
                    company_name=row[3] or "",
                    primary_email=row[4] or "",
                    primary_phone=row[5] or "",
                    city=row[6],
                    lifecycle=str(row[7]),
                    owner_name=row[8] or "",
                    updated_at=row[9],
                )
    return [found[i] for i in contact_ids if i in found]
