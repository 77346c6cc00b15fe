"""The ``quote`` report: an offer for one deal, to print or send to the customer.

The page frame carries the business's name, address and logo. Below it: the
quote's number (a short form of the deal's id) and date, how long it is valid
(``settings.quote_validity_days``, the day shown in the business's calendar),
the customer, the deal's lines with discount and tax, the totals in the deal's
currency and the terms from the settings. The figures come from
:mod:`crm_desktop.services.quote_figures`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from crm_desktop.domain.enums import ContactMethodKind
from crm_desktop.domain.errors import CrmError, NotFoundError
from crm_desktop.domain.models import Company, Contact, ContactMethod
from crm_desktop.i18n import _
from crm_desktop.reports.document import BuildResult, Column, ReportDocument
from crm_desktop.reports.labels import address_text
from crm_desktop.reports.request import DEAL, ReportRequest, check_filters
from crm_desktop.reports.text import ltr
from crm_desktop.services.crm import Crm
from crm_desktop.services.quote_figures import QuoteFigures, QuoteLine, quote_figures

NAME = "quote"
FILTERS: tuple[str, ...] = ()
OPTIONS = frozenset({DEAL})
NUMBER_DIGITS = 8  # hex digits of the deal id in a quote number
TOTALS_SHARE = 0.5  # of the frame width, for the totals block at the end of the lines


def quote_number(deal_id: str) -> str:
    """``Q-`` and the last digits of the deal's id: the random end of a UUIDv7, so two deals
    made in the same millisecond still differ, and the number finds the deal again."""
    return "Q-" + deal_id.replace("-", "")[-NUMBER_DIGITS:].upper()


def build(crm: Crm, output: Path | str, request: ReportRequest | None = None) -> BuildResult:
    """Write the quote of ``request.deal_id`` to ``output`` (a PDF); CrmError for an unknown deal."""
    request = request or ReportRequest()
    check_filters(NAME, request.filters, FILTERS)
    if not request.deal_id:
        raise CrmError(_("A quote is made for one deal: give its id."))
    figures = quote_figures(crm.ctx, request.deal_id)
    settings = crm.settings.get()
    number = quote_number(figures.deal_id)
    document = ReportDocument(
        _("Quote {number}").format(number=number), settings, request.language, timezone=crm.ctx.timezone
    )
    fmt = document.fmt
    today = crm.ctx.clock().astimezone(crm.ctx.timezone).date()
    valid_until = today + timedelta(days=max(0, settings.quote_validity_days))
    document.heading(_("Quote"), 18)
    document.pairs(
        [
            (_("Quote number"), ltr(number)),
            (_("Date"), fmt.day(today)),
            (_("Valid until"), fmt.day(valid_until)),
            (_("Subject"), figures.title),
            (_("Prepared by"), _seller(crm, figures.owner_id)),
        ]
    )
    document.heading(_("Customer"))
    document.pairs(_customer(crm, figures, document))
    document.heading(_("Offer"))
    _lines(document, figures.lines, taxed=figures.from_lines)
    document.add(Spacer(1, 4))
    document.add(_totals(document, figures))
    if figures.from_lines and figures.deal_amount != figures.subtotal:
        document.warn(
            _(
                "The deal's amount ({amount}) differs from the total of its lines ({total}); "
                "the quote shows the lines."
            ).format(amount=fmt.money(figures.deal_amount), total=fmt.money(figures.subtotal))
        )
    document.add(Spacer(1, 8))
    document.paragraph(
        _("This offer is valid until {day}. Prices are in {currency}.").format(
            day=fmt.day(valid_until), currency=figures.currency
        )
    )
    if settings.quote_terms.strip():
        document.heading(_("Terms"))
        document.paragraph(settings.quote_terms.strip())
    return document.build(output)


def _seller(crm: Crm, owner_id: str | None) -> str:
    if not owner_id:
        return ""
    try:
        user = crm.users.get(owner_id)
    except NotFoundError:
        return ""
    return "\n".join(part for part in (user.name, ltr(user.email)) if part)


def _customer(crm: Crm, figures: QuoteFigures, document: ReportDocument) -> list[tuple[str, str]]:
    """Who the quote is for: the company (to the attention of the contact) or the contact.

    A customer moved to the bin after the deal was made is left out rather than
    stopping the quote.
    """
    contact: Contact | None = None
    company: Company | None = None
    methods: list[ContactMethod] = []
    if figures.contact_id:
        try:
            contact = crm.contacts.get(figures.contact_id)
            methods += crm.contacts.methods(contact.id)
        except NotFoundError:
            contact = None
    if figures.company_id:
        try:
            company = crm.companies.get(figures.company_id)
            methods += crm.companies.methods(company.id)
        except NotFoundError:
            company = None
    # the contact's own email and phone before the company's, primary ones first
    email = _first(methods, ContactMethodKind.EMAIL)
    phone = _first(methods, ContactMethodKind.PHONE)
    addressed: Contact | Company | None = company or contact
    return [
        (_("Customer"), company.name if company else contact.display_name if contact else ""),
        (_("Attention"), contact.display_name if company and contact else ""),
        (_("Address"), address_text(addressed, document.fmt) if addressed else ""),
        (_("Email"), ltr(email)),
        (_("Phone"), ltr(phone)),
    ]


def _first(methods: Sequence[ContactMethod], kind: ContactMethodKind) -> str:
    for primary in (True, False):
        for method in methods:
            if method.kind == kind and method.is_primary == primary:
                return method.value
    return ""


def _lines(document: ReportDocument, lines: Sequence[QuoteLine], *, taxed: bool) -> None:
    """The offered lines; ``taxed`` False: the deal's bare amount, whose tax rate nobody gave."""
    fmt = document.fmt
    columns = [
        Column("#", 0.35, numeric=True),
        Column(_("Code"), 0.95),
        Column(_("Item"), 2.5),
        Column(_("Qty"), 0.55, numeric=True),
        Column(_("Unit price"), 1.15, numeric=True),
        Column(_("Discount"), 0.75, numeric=True),
        Column(_("Tax"), 0.6, numeric=True),
        Column(_("Amount"), 1.25, numeric=True),
    ]
    rows = [
        (
            str(index),
            ltr(line.code),
            "\n".join(part for part in (line.name, line.description) if part),
            fmt.number(line.quantity),
            fmt.money(line.unit_price),
            fmt.percent(line.discount_bp / 10000) if line.discount_bp else "",
            fmt.percent(line.tax_bp / 10000) if taxed else "",
            fmt.money(line.net),
        )
        for index, line in enumerate(lines, start=1)
    ]
    document.table(columns, rows)


def _totals(document: ReportDocument, figures: QuoteFigures) -> Flowable:
    """Subtotal, discount, tax and total as a small grid at the end side, under the amounts."""
    fmt = document.fmt
    items: list[tuple[str, str, bool]] = []
    if figures.discount.minor:
        items += [
            (_("Before discount"), fmt.money(figures.gross), False),
            # unsigned: a minus sign lands on the wrong side of an amount in a right-to-left line
            (_("Discount"), fmt.money(figures.discount), False),
        ]
    items += [
        (_("Subtotal"), fmt.money(figures.subtotal), False),
        (_("Tax"), fmt.money(figures.tax), False),
        (_("Total ({currency})").format(currency=figures.currency), fmt.money(figures.total), True),
    ]
    data: list[list[Flowable]] = []
    for label, amount, bold in items:
        label_style = document.header_style if bold else document.cell_style
        amount_style = document.number_header_style if bold else document.number_style
        cells = [document.text(label, label_style), document.text(amount, amount_style)]
        data.append(cells[::-1] if document.rtl else cells)
    width = document.frame_width * TOTALS_SHARE
    widths = [width * 0.55, width * 0.45]
    table = Table(
        data, colWidths=widths[::-1] if document.rtl else widths, hAlign="LEFT" if document.rtl else "RIGHT"
    )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
    ]
    table.setStyle(TableStyle(commands))
    return table
