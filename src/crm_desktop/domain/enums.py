"""Closed sets of values stored in the database (stored as their lower-case names)."""

from __future__ import annotations

from enum import StrEnum


class Lifecycle(StrEnum):
    LEAD = "lead"
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    FORMER = "former"


class ContactMethodKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"


class ContactMethodLabel(StrEnum):
    WORK = "work"
    HOME = "home"
    MOBILE = "mobile"
    FAX = "fax"
    OTHER = "other"


class Channel(StrEnum):
    """How a customer reaches us or prefers to be reached."""

    PHONE = "phone"
    EMAIL = "email"
    SMS = "sms"
    WHATSAPP = "whatsapp"
    MAIL = "mail"
    VISIT = "visit"
    WEB = "web"
    SOCIAL = "social"
    WALK_IN = "walk_in"


class StageKind(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class ActivityKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    NOTE = "note"
    VISIT = "visit"
    SMS = "sms"
    STAGE_CHANGE = "stage_change"  # written by the pipeline, not by hand


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    NONE = "none"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class CaseStatus(StrEnum):
    NEW = "new"
    OPEN = "open"
    WAITING = "waiting"
    RESOLVED = "resolved"
    CLOSED = "closed"

    @property
    def is_active(self) -> bool:
        return self not in (CaseStatus.RESOLVED, CaseStatus.CLOSED)


class CustomFieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"
    BOOL = "bool"


class UserRole(StrEnum):
    OWNER = "owner"
    MANAGER = "manager"
    SELLER = "seller"
    SUPPORT = "support"


class Entity(StrEnum):
    """Names of record kinds, used in change-sets, links, tags and custom fields."""

    COMPANY = "company"
    CONTACT = "contact"
    CONTACT_METHOD = "contact_method"
    PIPELINE = "pipeline"
    STAGE = "stage"
    DEAL = "deal"
    DEAL_LINE = "deal_line"
    PRODUCT = "product"
    SALE = "sale"
    SALE_LINE = "sale_line"
    ACTIVITY = "activity"
    TASK = "task"
    CASE = "case"
    ARTICLE = "article"
    TAG = "tag"
    TAGGING = "tagging"
    CUSTOM_FIELD = "custom_field"
    USER = "user"
    SETTING = "setting"
