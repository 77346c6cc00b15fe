"""The ``customer`` report: one contact or company on paper, before a visit or a call.

It holds what the customer page shows: the details (every phone and email,
address, owner, lifecycle, tags, custom fields), a contact's preferences, open
deals, the purchase history with totals per year and per product, open cases
and the last activities. A company's sheet covers its people's records too, by
the rule of :mod:`crm_desktop.services.customer_scope`, and lists its people.

The names of stored values (lifecycle, channel, case status, priority,
activity kind) come from :mod:`crm_desktop.reports.labels`, as in every report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from crm_desktop.domain.enums import (
    Channel,
    ContactMethodKind,
    ContactMethodLabel,
    CustomFieldType,
    Direction,
    Lifecycle,
)
from crm_desktop.domain.errors import CrmError, NotFoundError
from crm_desktop.domain.models import Company, Contact, ContactMethod, CustomFieldDefinition
from crm_desktop.domain.money import Money
from crm_desktop.i18n import _
from crm_desktop.reports.document import BuildResult, Column, ReportDocument
from crm_desktop.reports.formatting import ReportFormat
from crm_desktop.reports.labels import address_text, value_name
from crm_desktop.reports.request import COMPANY, CONTACT, ReportRequest, check_filters
from crm_desktop.reports.text import ltr
from crm_desktop.services.crm import Crm
from crm_desktop.services.customer_scope import Customer
from crm_desktop.services.customer_summary import (
    OpenCase,
    OpenDeal,
    Purchases,
    RecentActivity,
    open_cases,
    open_deals,
    purchases,
    recent_activities,
)
from crm_desktop.services.people import ContactRow
from crm_desktop.services.records import ListQuery

NAME = "customer"
FILTERS: tuple[str, ...] = ()
OPTIONS = frozenset({CONTACT, COMPANY})

# --- what the sheet shows ------------------------------------------------------------------


@dataclass
class CustomerSheet:
    """Everything one customer's report prints, read before the document is made."""

    customer: Customer
    record: Contact | Company
    methods: list[ContactMethod]
    tags: list[str]
    definitions: list[CustomFieldDefinition]
    owner_name: str
    company_name: str  # a contact's company
    deals: list[OpenDeal]
    purchases: Purchases
    cases: list[OpenCase]
    activities: list[RecentActivity]
    people: list[tuple[Contact, ContactRow]] = field(default_factory=list)  # a company's contacts


def customer_of(request: ReportRequest) -> Customer:
    """The contact or company the request names; CrmError unless exactly one is named."""
    if (request.contact_id is None) == (request.company_id is None):
        raise CrmError(_("The customer report is about one contact or one company: give one of them."))
    if request.contact_id is not None:
        return Customer(contact_id=request.contact_id)
    return Customer(company_id=request.company_id)


def read_sheet(crm: Crm, customer: Customer) -> CustomerSheet:
    """The customer's records; NotFoundError when the contact or company does not exist."""
    service = crm.contacts if customer.contact_id is not None else crm.companies
    record: Contact | Company = service.get(customer.id)
    sheet = CustomerSheet(
        customer=customer,
        record=record,
        methods=service.methods(customer.id),
        tags=service.tags(customer.id),
        definitions=crm.custom_fields.for_entity(customer.entity),
        owner_name=_name_or_blank(lambda: crm.users.get(str(record.owner_id)).name)
        if record.owner_id
        else "",
        company_name="",
        deals=open_deals(crm.ctx, customer),
        purchases=purchases(crm.ctx, customer),
        cases=open_cases(crm.ctx, customer),
        activities=recent_activities(crm.ctx, customer),
    )
    if isinstance(record, Contact) and record.company_id:
        sheet.company_name = _name_or_blank(lambda: crm.companies.get(str(record.company_id)).name)
    if isinstance(record, Company):
        ids = crm.contacts.ids(ListQuery(filters={"company_id": record.id}, sort="name"))
        rows = {row.id: row for row in crm.contacts.rows(ids)}
        sheet.people = [(person, rows[person.id]) for person in crm.contacts.fetch(ids) if person.id in rows]
    return sheet


def _name_or_blank(read: Callable[[], str]) -> str:
    """A linked record's name; blank when it has gone to the bin meanwhile."""
    try:
        return read()
    except NotFoundError:
        return ""


# --- the document --------------------------------------------------------------------------


def build(crm: Crm, output: Path | str, request: ReportRequest | None = None) -> BuildResult:
    """Write one customer's sheet to ``output`` (a PDF).

    ``request.contact_id`` or ``request.company_id`` names the customer; an id that does not
    exist raises CrmError before anything is written.
    """
    request = request or ReportRequest()
    check_filters(NAME, request.filters, FILTERS)
    sheet = read_sheet(crm, customer_of(request))
    record = sheet.record
    name = record.display_name if isinstance(record, Contact) else record.name
    document = ReportDocument(
        _("Customer: {name}").format(name=name),
        crm.settings.get(),
        request.language,
        timezone=crm.ctx.timezone,
    )
    document.heading(name, 16)
    document.pairs(
        [
            (_("Kind"), _("Contact") if isinstance(record, Contact) else _("Company")),
            *_details(sheet, document.fmt),
        ]
    )
    if isinstance(record, Contact):
        document.heading(_("Preferences"))
        document.pairs(_preferences(record, document.fmt))
    else:
        _people(document, sheet.people)
    _deals(document, sheet.deals, sheet.purchases.base_currency)
    _purchases(document, sheet.purchases)
    _cases(document, sheet.cases)
    _activities(document, sheet.activities, company=isinstance(record, Company))
    return document.build(output)


def _details(sheet: CustomerSheet, fmt: ReportFormat) -> list[tuple[str, str]]:
    record = sheet.record
    phones = _methods(sheet.methods, ContactMethodKind.PHONE)
    emails = _methods(sheet.methods, ContactMethodKind.EMAIL)
    items: list[tuple[str, str]] = []
    if isinstance(record, Contact):
        items += [
            (_("Company"), sheet.company_name),
            (_("Job title"), record.job_title),
        ]
    else:
        items += [
            (_("Industry"), record.industry),
            (_("Website"), ltr(record.website)),
            (_("Tax number"), ltr(record.tax_id)),
        ]
    items += [
        (_("Phones"), phones),
        (_("Emails"), emails),
        (_("Address"), address_text(record, fmt)),
        (_("Owner"), sheet.owner_name),
    ]
    if isinstance(record, Contact):
        items += [
            (_("Lifecycle"), value_name(Lifecycle(record.lifecycle))),
            (_("Birthday"), fmt.day(record.birthday)),
            (_("Source"), record.source),
        ]
    items += [
        (_("Tags"), ", ".join(sheet.tags)),
        (_("Customer since"), fmt.day(record.created_at)),
    ]
    items += [
        (definition.label, custom_text(definition, record.custom.get(definition.key), fmt))
        for definition in sheet.definitions
    ]
    items.append((_("Notes"), record.notes))
    return items


def _methods(methods: Sequence[ContactMethod], kind: ContactMethodKind) -> str:
    """Every phone or email, the primary first, one a line: ``mobile: +966 50 123 4567``."""
    chosen = sorted((m for m in methods if m.kind == kind), key=lambda m: (not m.is_primary, m.position))
    return "\n".join(f"{value_name(ContactMethodLabel(m.label))}: {ltr(m.value)}" for m in chosen)


def custom_text(definition: CustomFieldDefinition, value: Any, fmt: ReportFormat) -> str:
    """A custom field's stored value as the reader's text (numbers and dates in the locale)."""
    if value is None or value == "":
        return ""
    kind = definition.field_type
    try:
        if kind == CustomFieldType.BOOL:
            return _("Yes") if value else _("No")
        if kind == CustomFieldType.NUMBER:
            return fmt.number(Decimal(str(value)), max(0, -int(Decimal(str(value)).as_tuple().exponent)))
        if kind == CustomFieldType.DATE:
            return fmt.day(date.fromisoformat(str(value)))
    except (InvalidOperation, ValueError, TypeError):
        pass  # a value synced from a device with an older definition: printed as stored
    return str(value)


def _preferences(contact: Contact, fmt: ReportFormat) -> list[tuple[str, str]]:
    channel = contact.preferred_channel
    refused = [
        text
        for flag, text in (
            (contact.do_not_call, _("Do not call")),
            (contact.do_not_email, _("Do not email")),
            (contact.do_not_sms, _("Do not send SMS")),
            (contact.do_not_mail, _("Do not send post")),
        )
        if flag
    ]
    if contact.marketing_consent and contact.marketing_consent_at:
        consent = _("Agreed on {day}").format(day=fmt.day(contact.marketing_consent_at))
    elif contact.marketing_consent:
        consent = _("Agreed")
    else:
        consent = _("Not agreed")
    # the language's name in the reader's language; the tag itself when CLDR has no name for it
    # (no "name (tag)": python-bidi does not mirror brackets in a right-to-left line)
    tag = contact.language
    language = fmt.locale.languages.get(tag.replace("-", "_").split("_")[0], "") if tag else ""
    language = language or ltr(tag)
    return [
        (_("Language"), language),
        (_("Preferred channel"), value_name(Channel(channel)) if channel else _("No preference")),
        (_("Do not contact"), "\n".join(refused) or _("No restriction")),
        (_("Marketing consent"), consent),
        (_("Preference notes"), contact.preferences_note),
    ]


def _people(document: ReportDocument, people: Sequence[tuple[Contact, ContactRow]]) -> None:
    document.heading(_("People"))
    if not people:
        document.add(document.text(_("No contacts at this company.")))
        return
    document.table(
        [
            Column(_("Name"), 1.2),
            Column(_("Job title"), 1.0),
            Column(_("Phone"), 1.0),
            Column(_("Email"), 2.4),
        ],
        [
            (row.display_name, person.job_title, ltr(row.primary_phone), ltr(row.primary_email))
            for person, row in people
        ],
    )


def _deals(document: ReportDocument, deals: Sequence[OpenDeal], base_currency: str) -> None:
    document.heading(_("Open deals"))
    if not deals:
        document.add(document.text(_("No open deals.")))
        return
    fmt = document.fmt
    columns = [
        Column(_("Deal"), 2.4),
        Column(_("Stage"), 1.1),
        Column(_("Amount"), 1.2, numeric=True),
        Column(_("Amount ({currency})").format(currency=base_currency), 1.2, numeric=True),
        Column(_("Expected close"), 1.0),
    ]
    rows = [
        (
            deal.title,
            deal.stage_name,
            fmt.money(deal.amount),
            fmt.money(deal.base_amount),
            fmt.day(deal.expected_close),
        )
        for deal in deals
    ]
    total = Money(sum(deal.base_amount.minor for deal in deals), base_currency)
    document.table(columns, rows, total=(_("Total"), "", "", fmt.money(total), ""))


def _purchases(document: ReportDocument, bought: Purchases) -> None:
    document.heading(_("Purchase history"))
    if not bought.sales:
        document.add(document.text(_("No purchases.")))
        return
    fmt = document.fmt
    document.pairs(
        [
            (_("Sales"), fmt.number(bought.sales)),
            (_("Total ({currency})").format(currency=bought.base_currency), fmt.money(bought.total)),
            (_("First purchase"), fmt.day(bought.first_sold_on)),
            (_("Last purchase"), fmt.day(bought.last_sold_on)),
        ]
    )
    document.heading(_("Per year"), 10)
    document.table(
        [
            Column(_("Year"), 1.0),
            Column(_("Sales"), 1.0, numeric=True),
            Column(_("Total"), 1.5, numeric=True),
        ],
        [(str(year.year), fmt.number(year.sales), fmt.money(year.total)) for year in bought.per_year],
        total=(_("Total"), fmt.number(bought.sales), fmt.money(bought.total)),
    )
    document.heading(_("Per product"), 10)
    # each product's total converts its own lines, so their sum may differ from the sales' total
    # by rounding: the total row adds up what the column shows
    product_total = Money(sum(p.total.minor for p in bought.per_product), bought.base_currency)
    document.table(
        [
            Column(_("Product"), 3.0),
            Column(_("Lines"), 0.8, numeric=True),
            Column(_("Total"), 1.5, numeric=True),
        ],
        [(p.name, fmt.number(p.lines), fmt.money(p.total)) for p in bought.per_product],
        total=(_("Total"), fmt.number(sum(p.lines for p in bought.per_product)), fmt.money(product_total)),
    )


def _cases(document: ReportDocument, cases: Sequence[OpenCase]) -> None:
    document.heading(_("Open cases"))
    if not cases:
        document.add(document.text(_("No open cases.")))
        return
    fmt = document.fmt
    rows = []
    for item in cases:
        due = fmt.moment(item.sla_due_at)
        if item.overdue:
            due = _("{due}, overdue").format(due=due)
        escalated = _("Level {level}").format(level=item.escalation_level) if item.escalation_level else ""
        rows.append((item.subject, value_name(item.status), value_name(item.priority), due, escalated))
    document.table(
        [
            Column(_("Subject"), 2.6),
            Column(_("Status"), 0.9),
            Column(_("Priority"), 0.9),
            Column(_("Due"), 1.4),
            Column(_("Escalated"), 0.8),
        ],
        rows,
    )


def _activities(document: ReportDocument, activities: Sequence[RecentActivity], *, company: bool) -> None:
    document.heading(_("Last activities"))
    if not activities:
        document.add(document.text(_("No activities.")))
        return
    fmt = document.fmt
    columns = [Column(_("When"), 1.5), Column(_("Kind"), 1.2), Column(_("Subject"), 2.3)]
    if company:
        columns.append(Column(_("Contact"), 1.2))
    columns += [Column(_("Outcome"), 1.2), Column(_("By"), 1.0)]
    rows = []
    for activity in activities:
        kind = value_name(activity.kind)
        if activity.direction != Direction.NONE:
            kind = _("{kind}, {direction}").format(kind=kind, direction=value_name(activity.direction))
        cells = [fmt.moment(activity.occurred_at), kind, activity.subject]
        if company:
            cells.append(activity.contact_name)
        cells += [activity.outcome, activity.owner_name]
        rows.append(cells)
    document.table(columns, rows)
