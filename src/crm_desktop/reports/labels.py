"""How stored values read on a printed page: enum values by name, durations, periods, addresses.

Every report names a priority, a case status or an activity type the same way,
translated with gettext in the language chosen when the report is built (so
never cached across calls).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from crm_desktop.domain.enums import (
    ActivityKind,
    CaseStatus,
    Channel,
    ContactMethodLabel,
    Direction,
    Lifecycle,
    Priority,
)
from crm_desktop.domain.models import Company, Contact
from crm_desktop.i18n import _
from crm_desktop.reports.formatting import ReportFormat
from crm_desktop.reports.request import Period

HOURS_UP_TO = 48  # a longer duration is given in days


def _value_names() -> dict[StrEnum, str]:
    """Every stored enum value a printed page shows, in the language now chosen."""
    return {
        Lifecycle.LEAD: _("Lead"),
        Lifecycle.PROSPECT: _("Prospect"),
        Lifecycle.CUSTOMER: _("Customer"),
        Lifecycle.FORMER: _("Former customer"),
        Channel.PHONE: _("Phone"),
        Channel.EMAIL: _("Email"),
        Channel.SMS: _("SMS"),
        Channel.WHATSAPP: _("WhatsApp"),
        Channel.MAIL: _("Post"),  # as the contact editor says it
        Channel.VISIT: _("Visit"),
        Channel.WEB: _("Web"),
        Channel.SOCIAL: _("Social media"),
        Channel.WALK_IN: _("Walk-in"),
        ContactMethodLabel.WORK: _("work"),
        ContactMethodLabel.HOME: _("home"),
        ContactMethodLabel.MOBILE: _("mobile"),
        ContactMethodLabel.FAX: _("fax"),
        ContactMethodLabel.OTHER: _("other"),
        ActivityKind.CALL: _("Call"),
        ActivityKind.MEETING: _("Meeting"),
        ActivityKind.EMAIL: _("Email"),
        ActivityKind.NOTE: _("Note"),
        ActivityKind.VISIT: _("Visit"),
        ActivityKind.SMS: _("SMS"),
        ActivityKind.STAGE_CHANGE: _("Stage change"),
        Direction.INBOUND: _("inbound"),
        Direction.OUTBOUND: _("outbound"),
        Direction.NONE: "",
        CaseStatus.NEW: _("New"),
        CaseStatus.OPEN: _("Open"),
        CaseStatus.WAITING: _("Waiting"),
        CaseStatus.RESOLVED: _("Resolved"),
        CaseStatus.CLOSED: _("Closed"),
        Priority.LOW: _("Low"),
        Priority.NORMAL: _("Normal"),
        Priority.HIGH: _("High"),
        Priority.URGENT: _("Urgent"),
    }


def value_name(value: StrEnum | None) -> str:
    """A stored value (``Lifecycle.CUSTOMER``, ``Priority.HIGH``...) as the reader's word for it.

    A value stored as text is turned into its enum by the caller (``Priority(record.priority)``),
    so a value no enum knows fails there rather than printing as stored.
    """
    if value is None:
        return ""
    return _value_names().get(value, value.value)


def duration_text(fmt: ReportFormat, hours: float | None) -> str:
    """A time span: hours up to two days, days beyond ("5.5 h", "3.2 days"); "" for none."""
    if hours is None:
        return ""
    if hours < HOURS_UP_TO:
        return _("{hours} h").format(hours=fmt.number(round(hours, 1), 1))
    return _("{days} days").format(days=fmt.number(round(hours / 24, 1), 1))


def span_text(fmt: ReportFormat, first: date, last: date) -> str:
    """Two days as a span, both included ("1/12/2025 to 23/11/2026")."""
    return _("{first} to {last}").format(first=fmt.day(first), last=fmt.day(last))


def period_line(fmt: ReportFormat, period: Period) -> str:
    """The line under a report's title that says which days it covers."""
    return _("Period: {first} to {last}").format(first=fmt.day(period.first), last=fmt.day(period.last))


def address_text(record: Contact | Company, fmt: ReportFormat) -> str:
    """The postal address as written on an envelope, the country by name.

    Region and country get lines of their own: an Arabic region beside an English
    country name would otherwise turn the line's direction and its comma around.
    """
    town = " ".join(part for part in (record.postal_code, record.city) if part)
    country = fmt.locale.territories.get(record.country, record.country) if record.country else ""
    return "\n".join(part for part in (record.address_line, town, record.region, country) if part)
