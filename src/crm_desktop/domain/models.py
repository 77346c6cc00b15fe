"""The tables of a CRM database (SQLModel).

Every synced table has a UUIDv7 text id and ``created_at``/``updated_at``/
``deleted_at``: a deleted row stays as a tombstone so sync can pass the delete on.
Money is integer minor units beside an ISO 4217 code; a deal or sale also keeps
the rate to the base currency on its date and the base amount it gave.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Index, String, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from crm_desktop.domain.enums import (
    ActivityKind,
    CaseStatus,
    Channel,
    ContactMethodKind,
    ContactMethodLabel,
    CustomFieldType,
    Direction,
    Lifecycle,
    Priority,
    StageKind,
    UserRole,
)
from crm_desktop.domain.ids import new_id
from crm_desktop.domain.types import DecimalText, UTCDateTime, enum_text, utcnow

LIVE = text("deleted_at IS NULL")
# most records have no external id: the index holds only those that do
HAS_EXTERNAL_ID = text("external_id <> ''")


class Record(SQLModel):
    """Columns every synced table has."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Address(SQLModel):
    address_line: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""  # ISO 3166-1 alpha-2


class User(Record, table=True):
    """A person of the business who owns records: the owner, sellers, support staff."""

    __tablename__ = "users"
    name: str = Field(max_length=200)
    email: str = ""
    role: UserRole = Field(default=UserRole.SELLER, sa_type=enum_text(UserRole))
    active: bool = True


class Company(Record, Address, table=True):
    __tablename__ = "companies"
    __table_args__ = (
        Index("ix_companies_live_sort", "sort_key", "id", sqlite_where=LIVE),
        Index("ix_companies_external_id", "external_id", sqlite_where=HAS_EXTERNAL_ID),
    )
    name: str = Field(max_length=300)
    sort_key: str = ""
    industry: str = ""
    website: str = ""
    tax_id: str = ""
    owner_id: str | None = Field(default=None, foreign_key="users.id", index=True)
    notes: str = ""
    custom: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    external_id: str = ""  # the record's id in the system it was imported from


class Contact(Record, Address, table=True):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_live_sort", "sort_key", "id", sqlite_where=LIVE),
        Index("ix_contacts_live_lifecycle", "lifecycle", "sort_key", sqlite_where=LIVE),
        # "new contacts this month" (dashboard and its list) without a full scan
        Index("ix_contacts_live_created", "created_at", sqlite_where=LIVE),
        Index("ix_contacts_external_id", "external_id", sqlite_where=HAS_EXTERNAL_ID),
    )
    given_name: str = ""
    family_name: str = ""
    display_name: str = Field(max_length=300)
    sort_key: str = ""
    company_id: str | None = Field(default=None, foreign_key="companies.id", index=True)
    job_title: str = ""
    birthday: date | None = None
    language: str = ""  # BCP 47 tag: ar, fa, tr, en-GB
    # preferences
    preferred_channel: Channel | None = Field(default=None, sa_type=enum_text(Channel), nullable=True)
    do_not_call: bool = False
    do_not_email: bool = False
    do_not_sms: bool = False
    do_not_mail: bool = False
    marketing_consent: bool = False
    marketing_consent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    preferences_note: str = ""
    lifecycle: Lifecycle = Field(default=Lifecycle.LEAD, sa_type=enum_text(Lifecycle))
    source: str = ""
    owner_id: str | None = Field(default=None, foreign_key="users.id", index=True)
    notes: str = ""
    custom: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    external_id: str = ""


class ContactMethod(Record, table=True):
    """One email address or phone number of a contact or a company."""

    __tablename__ = "contact_methods"
    __table_args__ = (
        Index("ix_contact_methods_contact", "contact_id", "kind", "is_primary"),
        Index("ix_contact_methods_company", "company_id", "kind", "is_primary"),
        Index("ix_contact_methods_normalized", "kind", "normalized"),
    )
    contact_id: str | None = Field(default=None, foreign_key="contacts.id")
    company_id: str | None = Field(default=None, foreign_key="companies.id")
    kind: ContactMethodKind = Field(sa_type=enum_text(ContactMethodKind))
    label: ContactMethodLabel = Field(default=ContactMethodLabel.WORK, sa_type=enum_text(ContactMethodLabel))
    value: str  # as shown: the address, or the number in international format
    normalized: str  # lower-cased address, or E.164
    is_primary: bool = False
    position: int = 0


class Pipeline(Record, table=True):
    __tablename__ = "pipelines"
    name: str = Field(max_length=200)
    position: int = 0


class Stage(Record, table=True):
    __tablename__ = "stages"
    __table_args__ = (Index("ix_stages_pipeline", "pipeline_id", "position"),)
    pipeline_id: str = Field(foreign_key="pipelines.id")
    name: str = Field(max_length=200)
    position: int = 0
    probability: int = 0  # percent, 0..100
    kind: StageKind = Field(default=StageKind.OPEN, sa_type=enum_text(StageKind))


class Product(Record, table=True):
    __tablename__ = "products"
    __table_args__ = (Index("ix_products_external_id", "external_id", sqlite_where=HAS_EXTERNAL_ID),)
    sku: str = Field(default="", index=True)
    name: str = Field(max_length=300)
    description: str = ""
    unit_price_minor: int = 0
    currency: str = Field(max_length=3)
    unit_cost_minor: int = 0
    tax_bp: int = 0  # tax rate in basis points (1500 = 15 %)
    active: bool = True
    external_id: str = ""


class Deal(Record, table=True):
    __tablename__ = "deals"
    __table_args__ = (
        Index("ix_deals_live_stage", "stage_id", "expected_close", sqlite_where=LIVE),
        Index("ix_deals_live_close", "expected_close", sqlite_where=LIVE),
        Index("ix_deals_external_id", "external_id", sqlite_where=HAS_EXTERNAL_ID),
    )
    title: str = Field(max_length=300)
    contact_id: str | None = Field(default=None, foreign_key="contacts.id", index=True)
    company_id: str | None = Field(default=None, foreign_key="companies.id", index=True)
    pipeline_id: str = Field(foreign_key="pipelines.id")
    stage_id: str = Field(foreign_key="stages.id")
    amount_minor: int = 0
    currency: str = Field(max_length=3)
    rate_to_base: Decimal = Field(default=Decimal(1), sa_type=DecimalText)
    base_amount_minor: int = 0
    expected_close: date | None = None
    probability_override: int | None = None
    owner_id: str | None = Field(default=None, foreign_key="users.id", index=True)
    lost_reason: str = ""
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    stage_changed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    notes: str = ""
    custom: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    external_id: str = ""


class DealLine(Record, table=True):
    """A product offered in a deal: what a quote lists."""

    __tablename__ = "deal_lines"
    deal_id: str = Field(foreign_key="deals.id", index=True)
    product_id: str | None = Field(default=None, foreign_key="products.id")
    description: str = ""
    quantity: Decimal = Field(default=Decimal(1), sa_type=DecimalText)
    unit_price_minor: int = 0
    discount_bp: int = 0
    tax_bp: int = 0
    position: int = 0


class Sale(Record, table=True):
    """An order a customer placed: the purchase history."""

    __tablename__ = "sales"
    __table_args__ = (
        Index("ix_sales_live_sold_on", "sold_on", sqlite_where=LIVE),
        Index("ix_sales_external_id", "external_id", sqlite_where=HAS_EXTERNAL_ID),
    )
    number: str = ""
    contact_id: str | None = Field(default=None, foreign_key="contacts.id", index=True)
    company_id: str | None = Field(default=None, foreign_key="companies.id", index=True)
    deal_id: str | None = Field(default=None, foreign_key="deals.id")
    sold_on: date
    currency: str = Field(max_length=3)
    total_minor: int = 0
    cost_minor: int = 0
    rate_to_base: Decimal = Field(default=Decimal(1), sa_type=DecimalText)
    base_total_minor: int = 0
    owner_id: str | None = Field(default=None, foreign_key="users.id")
    notes: str = ""
    external_id: str = ""


class SaleLine(Record, table=True):
    __tablename__ = "sale_lines"
    sale_id: str = Field(foreign_key="sales.id", index=True)
    product_id: str | None = Field(default=None, foreign_key="products.id", index=True)
    description: str = ""
    quantity: Decimal = Field(default=Decimal(1), sa_type=DecimalText)
    unit_price_minor: int = 0
    unit_cost_minor: int = 0
    discount_bp: int = 0
    line_total_minor: int = 0
    position: int = 0


class Activity(Record, table=True):
    """One interaction: a call, meeting, email, note, visit or SMS."""

    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_contact", "contact_id", "occurred_at"),
        Index("ix_activities_company", "company_id", "occurred_at"),
        Index("ix_activities_deal", "deal_id", "occurred_at"),
        Index("ix_activities_case", "case_id", "occurred_at"),
    )
    kind: ActivityKind = Field(sa_type=enum_text(ActivityKind))
    direction: Direction = Field(default=Direction.NONE, sa_type=enum_text(Direction))
    subject: str = ""
    body: str = ""
    outcome: str = ""
    occurred_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    duration_minutes: int | None = None
    contact_id: str | None = Field(default=None, foreign_key="contacts.id")
    company_id: str | None = Field(default=None, foreign_key="companies.id")
    deal_id: str | None = Field(default=None, foreign_key="deals.id")
    case_id: str | None = Field(default=None, foreign_key="cases.id")
    owner_id: str | None = Field(default=None, foreign_key="users.id", index=True)


class Task(Record, table=True):
    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_open_due", "due_at", sqlite_where=text("deleted_at IS NULL AND done_at IS NULL")),
        Index("ix_tasks_contact", "contact_id"),
        Index("ix_tasks_company", "company_id"),
    )
    title: str = Field(max_length=300)
    notes: str = ""
    due_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    remind_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    assignee_id: str | None = Field(default=None, foreign_key="users.id", index=True)
    done_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    priority: Priority = Field(default=Priority.NORMAL, sa_type=enum_text(Priority))
    contact_id: str | None = Field(default=None, foreign_key="contacts.id")
    company_id: str | None = Field(default=None, foreign_key="companies.id")
    deal_id: str | None = Field(default=None, foreign_key="deals.id")
    case_id: str | None = Field(default=None, foreign_key="cases.id")


class Case(Record, table=True):
    """A complaint or request from a customer, worked until resolved within its SLA."""

    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_live_queue", "status", "sla_due_at", sqlite_where=LIVE),
        Index("ix_cases_contact", "contact_id"),
        Index("ix_cases_company", "company_id"),
    )
    subject: str = Field(max_length=300)
    description: str = ""
    channel: Channel = Field(default=Channel.PHONE, sa_type=enum_text(Channel))
    priority: Priority = Field(default=Priority.NORMAL, sa_type=enum_text(Priority))
    status: CaseStatus = Field(default=CaseStatus.NEW, sa_type=enum_text(CaseStatus))
    sla_due_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    escalation_level: int = 0
    escalation_reason: str = ""
    escalated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    assignee_id: str | None = Field(default=None, foreign_key="users.id", index=True)
    contact_id: str | None = Field(default=None, foreign_key="contacts.id")
    company_id: str | None = Field(default=None, foreign_key="companies.id")
    product_id: str | None = Field(default=None, foreign_key="products.id")
    resolution: str = ""
    first_response_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class KnowledgeArticle(Record, table=True):
    __tablename__ = "knowledge_articles"
    title: str = Field(max_length=300)
    body: str = ""
    category: str = Field(default="", index=True)
    published: bool = True


class Tag(Record, table=True):
    __tablename__ = "tags"
    __table_args__ = (Index("ix_tags_live_key", "sort_key", unique=True, sqlite_where=LIVE),)
    name: str = Field(max_length=100)
    sort_key: str = ""
    color: str = ""  # #rrggbb


class Tagging(Record, table=True):
    """A tag put on a record (contact, company, deal, case or article)."""

    __tablename__ = "taggings"
    __table_args__ = (
        UniqueConstraint("tag_id", "record_id", name="uq_taggings_tag_record"),
        Index("ix_taggings_record", "record_id"),
    )
    tag_id: str = Field(foreign_key="tags.id")
    entity: str = Field(max_length=30)
    record_id: str = Field(max_length=36)


class CustomFieldDefinition(Record, table=True):
    __tablename__ = "custom_field_definitions"
    __table_args__ = (UniqueConstraint("entity", "key", name="uq_custom_field_entity_key"),)
    entity: str = Field(max_length=30)
    key: str = Field(max_length=60)
    label: str = Field(max_length=200)
    field_type: CustomFieldType = Field(default=CustomFieldType.TEXT, sa_type=enum_text(CustomFieldType))
    choices: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    required: bool = False
    position: int = 0


class ContactPhoto(Record, table=True):
    """A contact's picture (at most one; its id is made from the contact's, see natural_id).

    Kept apart from the contact's row: lists, searches and sync's re-indexing read contacts
    by the page, and would otherwise carry every picture along. The image is a ``data:`` URI
    (base64 text), because sync ops carry text and numbers, not bytes.
    """

    __tablename__ = "contact_photos"
    contact_id: str = Field(
        sa_column=Column(
            String,
            # checked at commit (see migration 0005)
            ForeignKey("contacts.id", deferrable=True, initially="DEFERRED"),
            nullable=False,
            index=True,
        )
    )
    image: str = ""  # data:image/jpeg;base64,...


class ImportMapping(Record, table=True):
    """A named import mapping: which field each column of a file goes to, by the column's header.

    Its id is made from the record kind and the folded name (natural_id), so the same name
    saved on two devices offline is one mapping whose columns merge like any field.
    """

    __tablename__ = "import_mappings"
    entity: str = Field(max_length=30)  # contacts | companies | ...
    name: str = Field(max_length=100)
    sort_key: str = ""  # the folded name
    columns: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Setting(SQLModel, table=True):
    """A business-wide setting (business name, base currency, SLA hours...), synced by key."""

    __tablename__ = "settings"
    key: str = Field(primary_key=True, max_length=100)
    value: Any = Field(default=None, sa_column=Column(JSON))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class SearchDoc(SQLModel, table=True):
    """The folded text a record is found by; the FTS5 tables index it (local, not synced)."""

    __tablename__ = "search_docs"
    __table_args__ = (Index("ix_search_docs_ref", "ref_id", unique=True),)
    rowid: int | None = Field(default=None, primary_key=True)
    entity: str = Field(max_length=30)
    ref_id: str = Field(max_length=36)
    body: str = ""


SYNCED_TABLES: tuple[type[Record], ...] = (
    User,
    Company,
    Contact,
    ContactMethod,
    Pipeline,
    Stage,
    Product,
    Deal,
    DealLine,
    Sale,
    SaleLine,
    Activity,
    Task,
    Case,
    KnowledgeArticle,
    Tag,
    Tagging,
    CustomFieldDefinition,
)  # the records people count (crm stats); contact_photos and import_mappings sync too
