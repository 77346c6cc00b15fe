"""The customer a row of a deals or sales import names: found among the saved ones, or made.

A row names its customer in up to four columns: a contact's email, a contact's name, a
company's name, and "customer" (what invoices and most exports call it: a company or a
person). What a shop owner expects, in that order:

- a contact found by email is the surest match, whatever the name columns say;
- a company is found by its name (case, accents and Arabic, Persian and Turkish letter
  forms aside); an unknown one is made, as the contacts import makes the companies its
  rows name;
- a contact is found by its name, among the company's people when the row names a
  company; an unknown one is made, with the email when the row gives one. A name that
  several saved contacts share is rejected (an email tells them apart): guessing would
  put a sale on someone else's account. An email that matches nobody, without a name
  to make the contact with, is rejected too;
- a "customer" is a saved company of that name, else a saved contact of that name; an
  unknown one is made as a company when its name says it is one (Ltd, LLC, Inc, GmbH,
  A.Ş., Şti., شركة, مؤسسة, شرکت...), else as a contact (a shop's customers are mostly
  people).

What is made is listed in ``made`` for the import to log once its row is saved. Saved
companies and contacts are looked up by their folded name (the indexed sort key)
or their email once per name or email a file gives, not read whole: a database may hold
a million contacts. What an import makes joins the look-ups' memory, and leaves it again
when the row that made it is rolled back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from crm_desktop.domain.contact_points import normalize_email
from crm_desktop.domain.enums import ContactMethodKind
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.folding import fold
from crm_desktop.domain.models import Company, Contact, ContactMethod
from crm_desktop.i18n import _
from crm_desktop.services.changes import ChangeRecorder
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.people import CompanyService, ContactService

# words that make a customer's name a company's, folded as fold() leaves them (Ş is s, ة is ه)
_COMPANY_WORDS = re.compile(
    r"(?<!\w)(ltd|limited|llc|inc|corp|corporation|co|company|gmbh|plc|group|holding|trading|"
    r"a\.?\s?s|sti|anonim|sirketi|شركه|موسسه|مجموعه|شركت|گروه)(?!\w)"
)


@dataclass(frozen=True)
class CustomerCells:
    """What a row says of its customer (cells as written, stripped)."""

    customer: str = ""
    contact: str = ""
    contact_email: str = ""
    company: str = ""

    def __bool__(self) -> bool:
        return bool(self.customer or self.contact or self.contact_email or self.company)


@dataclass(frozen=True)
class Customer:
    """The saved contact and company a row names, and what of them is still to be made."""

    contact_id: str | None = None
    company_id: str | None = None
    new_contact: str = ""  # the name of a contact to make
    new_contact_email: str = ""
    new_company: str = ""  # the name of a company to make

    @property
    def known(self) -> bool:
        """Nothing is to be made: a saved record can be about this customer."""
        return not (self.new_contact or self.new_company)


class Customers:
    def __init__(self, ctx: ServiceContext, session: Session, recorder: ChangeRecorder) -> None:
        self.session = session
        self.recorder = recorder
        self.contacts = ContactService(ctx)
        self.companies = CompanyService(ctx)
        # what was looked up (or made) so far: folded name or email -> what it found
        self.company_by_name: dict[str, str | None] = {}
        self.contact_by_email: dict[str, str | None] = {}
        self.contacts_by_name: dict[str, list[tuple[str, str | None]]] = {}
        self._take_outs: list[Callable[[], None]] = []  # how to take each index addition out again
        self.made: list[tuple[str, str]] = []  # (entity, id) of what was made, for the batch log

    def find(self, cells: CustomerCells) -> Customer:
        """The customer ``cells`` name; ValidationError when they cannot say who it is."""
        company_id: str | None = None
        new_company = ""
        if cells.company:
            company_id = self._company_named(cells.company)
            new_company = "" if company_id else cells.company
        contact_name = cells.contact
        email = normalize_email(cells.contact_email, "contact_email") if cells.contact_email else ""
        if cells.customer:
            found = None if cells.company else self._company_named(cells.customer)
            if found is not None:
                company_id = found
            elif (
                not cells.company
                and looks_like_company(cells.customer)
                and not self._unique_name(cells.customer)
            ):
                new_company = cells.customer
            elif not contact_name:
                contact_name = cells.customer
        if email:
            contact_id = self._contact_with(email)
            if contact_id is not None:
                return Customer(contact_id, company_id, new_company=new_company)
            if not contact_name:
                raise ValidationError(
                    {
                        "contact_email": _(
                            "no contact has the email {email}; add the contact's name to the row to add them"
                        ).format(email=email)
                    }
                )
            return Customer(None, company_id, contact_name, email, new_company)
        if contact_name:
            # nobody saved works at a company still to be made: the contact is someone new too
            contact_id = None if new_company else self._contact_named(contact_name, company_id)
            if contact_id is None:
                return Customer(None, company_id, contact_name, "", new_company)
            return Customer(contact_id, company_id, new_company=new_company)
        return Customer(None, company_id, new_company=new_company)

    def make(self, customer: Customer) -> tuple[str | None, str | None]:
        """(contact id, company id) of ``customer``, making what is still to be made."""
        company_id = customer.company_id
        if customer.new_company:
            company_id = self.company_id_for(customer.new_company)
        contact_id = customer.contact_id
        if customer.new_contact:
            same_name = self._contacts_named(customer.new_contact)  # looked up before it exists
            contact = self.contacts.create_in(
                self.session,
                {
                    "display_name": customer.new_contact,
                    "emails": [customer.new_contact_email] if customer.new_contact_email else [],
                    "company_id": company_id,
                },
                self.recorder,
            )
            contact_id = str(contact.id)
            self.made.append(("contacts", str(contact.id)))
            entry = (contact.id, company_id)
            same_name.append(entry)
            self._take_outs.append(lambda: same_name.remove(entry))
            if customer.new_contact_email:
                self._add(self.contact_by_email, customer.new_contact_email.lower(), contact.id)
        return contact_id, company_id

    def company_id_for(self, name: str) -> str:
        """The company of that name, made when there is none."""
        found = self._company_named(name)
        if found is not None:
            return found
        company = self.companies.create_in(self.session, {"name": name}, self.recorder)
        self.made.append(("companies", str(company.id)))
        self._add(self.company_by_name, fold(name), company.id)
        return str(company.id)

    @contextmanager
    def tentative(self) -> Iterator[None]:
        """What is made inside leaves the indexes again when it raises (its row was rolled back)."""
        mark, made = len(self._take_outs), len(self.made)
        try:
            yield
        except BaseException:
            for take_out in reversed(self._take_outs[mark:]):
                take_out()
            del self._take_outs[mark:]
            del self.made[made:]
            raise

    def _add(self, index: dict[str, Any], key: str, value: str) -> None:
        earlier = index.get(key)
        index[key] = value
        self._take_outs.append(lambda: index.__setitem__(key, earlier))

    def _company_named(self, name: str) -> str | None:
        key = fold(name)
        if key not in self.company_by_name:
            self.company_by_name[key] = self.session.exec(
                select(Company.id)
                .where(col(Company.sort_key) == key, col(Company.deleted_at).is_(None))
                .order_by(col(Company.created_at))
            ).first()
        return self.company_by_name[key]

    def _contact_with(self, email: str) -> str | None:
        """The contact with that (normalised) address; the way it was typed first, then in lower case."""
        key = email.lower()
        if key not in self.contact_by_email:
            found = None
            for spelling in dict.fromkeys((email, key)):
                found = self.session.exec(
                    select(ContactMethod.contact_id)
                    .where(
                        col(ContactMethod.kind) == ContactMethodKind.EMAIL,
                        col(ContactMethod.normalized) == spelling,
                        col(ContactMethod.contact_id).is_not(None),
                        col(ContactMethod.deleted_at).is_(None),
                    )
                    .order_by(col(ContactMethod.created_at))
                ).first()
                if found is not None:
                    break
            self.contact_by_email[key] = found
        return self.contact_by_email[key]

    def _contacts_named(self, name: str) -> list[tuple[str, str | None]]:
        key = fold(name)
        if key not in self.contacts_by_name:
            self.contacts_by_name[key] = [
                (contact_id, company_id)
                for contact_id, company_id in self.session.exec(
                    select(Contact.id, Contact.company_id)
                    .where(col(Contact.sort_key) == key, col(Contact.deleted_at).is_(None))
                    .order_by(col(Contact.created_at))
                )
            ]
        return self.contacts_by_name[key]

    def _unique_name(self, name: str) -> bool:
        return len(self._contacts_named(name)) == 1

    def _contact_named(self, name: str, company_id: str | None) -> str | None:
        """The saved contact of that name; None when there is none; ValidationError when several
        could be meant. When the row names a company, a namesake at another company is someone
        else: the company's people are taken first, then those of no company."""
        found = self._contacts_named(name)
        if company_id is not None:
            found = [e for e in found if e[1] == company_id] or [e for e in found if e[1] is None]
        if len(found) > 1:
            raise ValidationError(
                {
                    "contact": _(
                        "{count} contacts are named “{name}”; add their email to tell them apart"
                    ).format(count=len(found), name=name)
                }
            )
        return found[0][0] if found else None


def looks_like_company(name: str) -> bool:
    """Whether a customer's name is a company's by its legal form or a word like "Trading"."""
    return bool(_COMPANY_WORDS.search(fold(name)))
