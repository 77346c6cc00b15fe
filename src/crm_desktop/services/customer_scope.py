"""Which records belong to one customer: a contact, or a company with its people.

The customer pages (timeline, purchases, open deals and cases) all use the
same rule, so a sale never shows on a company's timeline but not in its
purchase history:

- a contact owns the records that name it (``contact_id``);
- a company owns the records that name it (``company_id``), and the records
  of its live contacts that name no company at all. A record that names
  another company stays with that company, so the history a contact made at a
  former employer does not follow them to the new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_
from sqlmodel import col, select

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.models import Contact
from crm_desktop.i18n import _


@dataclass(frozen=True)
class Customer:
    """One customer: exactly one of ``contact_id`` and ``company_id`` is set."""

    contact_id: str | None = None
    company_id: str | None = None

    def __post_init__(self) -> None:
        if (self.contact_id is None) == (self.company_id is None):
            raise ValidationError({"contact_id": _("Name a contact or a company.")})

    @classmethod
    def of(cls, entity: str, record_id: str) -> Customer:
        """``Customer.of("contact", id)`` or ``Customer.of("company", id)``."""
        if entity == "contact":
            return cls(contact_id=record_id)
        if entity == "company":
            return cls(company_id=record_id)
        raise ValidationError({"entity": _("A customer is a contact or a company.")})

    @property
    def entity(self) -> str:
        return "contact" if self.contact_id is not None else "company"

    @property
    def id(self) -> str:
        return self.contact_id if self.contact_id is not None else str(self.company_id)


def belongs_to(model: Any, customer: Customer) -> ColumnElement[bool]:
    """The SQL condition "this row of ``model`` belongs to ``customer``".

    ``model`` is any table with ``contact_id`` and ``company_id`` columns
    (activities, sales, deals, cases, tasks).
    """
    contact_id = col(model.contact_id)
    if customer.contact_id is not None:
        return contact_id == customer.contact_id
    company_id = col(model.company_id)
    people = select(col(Contact.id)).where(
        col(Contact.company_id) == customer.company_id, col(Contact.deleted_at).is_(None)
    )
    # "no company" is written so that no index can serve it: most activities name no company, and
    # SQLite (without statistics) would otherwise walk them all through the company index instead
    # of fetching each person's rows through the contact index
    unattached = func.coalesce(company_id, "") == ""
    return or_(company_id == customer.company_id, and_(unattached, contact_id.in_(people)))
