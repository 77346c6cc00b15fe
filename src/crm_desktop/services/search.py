"""Search as you type: the first page of matches, found without ranking every match.

For contacts (the big table), names that start with what was typed come first,
straight from the ``sort_key`` index in alphabetical order; other matches (a
family name, an email, a phone, the company) follow from the FTS index in its
own order. Both stop after one page, so a one-letter prefix over a million
contacts costs about as much as a rare word.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, TypeVar

from sqlmodel import Session, col, select

from crm_desktop.domain.models import Case, Company, Deal, KnowledgeArticle, Record
from crm_desktop.domain.money import Money
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.people import ContactRow
from crm_desktop.storage import search_index
from crm_desktop.storage.errors import translate

R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class Hit:
    """One search result: what it is, its id, its title and a line of detail."""

    entity: str
    id: str
    title: str
    detail: str


class SearchService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def contacts(self, text: str, limit: int = 50) -> list[ContactRow]:
        """The first ``limit`` contacts for what was typed, with name, company and primary phone.

        Names starting with the text come first in name order, then other matches
        (the same order as :func:`search_index.first_page_ids`). Called on every key press, so it
        reads with one pooled sqlite3 connection and two statements at most.
        """
        if not text.strip():
            return []
        raw = self.ctx.db.engine.raw_connection()
        try:
            connection = raw.driver_connection
            assert isinstance(connection, sqlite3.Connection)
            rows = search_index.contact_page(connection, text, limit)
            owners = search_index.owner_names(connection, raw.info) if rows else {}
        except sqlite3.Error as error:
            raise translate(error, str(self.ctx.db.path)) from error
        finally:
            raw.close()
        return _contact_rows(rows, owners)

    def everything(self, text: str, limit: int = 10) -> list[Hit]:
        """Up to ``limit`` hits each of contacts, companies, deals, cases and articles."""
        if not text.strip():
            return []
        hits: list[Hit] = []
        for row in self.contacts(text, limit):
            detail = " · ".join(p for p in (row.company_name, row.primary_phone, row.primary_email) if p)
            hits.append(Hit("contact", row.id, row.display_name, detail))
        with self.ctx.db.read() as session:
            company_ids = search_index.first_page_ids(session, "company", Company, text, limit)
            for company in _in_order(session, Company, company_ids):
                hits.append(
                    Hit(
                        "company",
                        company.id,
                        company.name,
                        " · ".join(p for p in (company.industry, company.city) if p),
                    )
                )
            for deal in _in_order(session, Deal, search_index.match_ids(session, "deal", text, limit)):
                hits.append(
                    Hit("deal", deal.id, deal.title, Money(deal.amount_minor, deal.currency).format())
                )
            for case_row in _in_order(session, Case, search_index.match_ids(session, "case", text, limit)):
                hits.append(
                    Hit("case", case_row.id, case_row.subject, f"{case_row.priority} · {case_row.status}")
                )
            for article in _in_order(
                session, KnowledgeArticle, search_index.match_ids(session, "article", text, limit)
            ):
                hits.append(Hit("article", article.id, article.title, article.category))
        return hits


_ROW_FIELDS = (
    "id",
    "display_name",
    "company_id",
    "company_name",
    "primary_email",
    "primary_phone",
    "city",
    "lifecycle",
    "owner_name",
)
# Filling the instance dict directly does what the frozen dataclass's __init__ does, at a third of
# its cost (a page is 50 rows on every key press); only while ContactRow is the plain dataclass
# this expects, else its own __init__ is used.
_FAST_ROWS = (
    tuple(f.name for f in fields(ContactRow)) == (*_ROW_FIELDS, "updated_at")
    and not hasattr(ContactRow, "__slots__")
    and not hasattr(ContactRow, "__post_init__")
)


def _contact_rows(rows: list[tuple[Any, ...]], owners: dict[str, str]) -> list[ContactRow]:
    """ContactRows of ``contact_page`` rows: owner ids named, timestamps aware UTC as UTCDateTime gives."""
    parse = datetime.fromisoformat
    if not _FAST_ROWS:
        return [
            ContactRow(
                r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], owners.get(r[8]) or "", parse(r[9] + "+00:00")
            )
            for r in rows
        ]
    new = object.__new__
    result = []
    for row in rows:
        record = new(ContactRow)
        v = record.__dict__
        (
            v["id"],
            v["display_name"],
            v["company_id"],
            v["company_name"],
            v["primary_email"],
            v["primary_phone"],
            v["city"],
            v["lifecycle"],
            owner,
            updated,
        ) = row
        v["owner_name"] = owners.get(owner) or ""
        v["updated_at"] = parse(updated + "+00:00")
        result.append(record)
    return result


def _in_order(session: Session, model: type[R], ids: list[str]) -> list[R]:
    if not ids:
        return []
    found: dict[str, R] = {r.id: r for r in session.scalars(select(model).where(col(model.id).in_(ids)))}
    return [found[i] for i in ids if i in found and found[i].deleted_at is None]
