"""Keeping the search index right after remote changes.

The services write a record's search text (``search_docs``) when they save it;
rows written by sync bypass them, so after applying a page the records it touched
are indexed again through their own service (the same text a local save gives).
A record's text also holds related names (a contact's company and phones, a
deal's contact), so the records that show a touched row's name are indexed too.

Only records whose indexed columns changed are indexed again (each service names
them in ``search_fields``): a seller's month of edits to cities and notes of
thousands of contacts would otherwise rebuild their texts one by one. The records
due are read a chunk at a time, so the service's own lookups of related rows find
them already loaded.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from crm_desktop.domain.models import Company, Contact
from crm_desktop.services.crm import Crm
from crm_desktop.storage import search_index
from crm_desktop.sync.apply import Reindex, Written
from crm_desktop.sync.ops import DELETED

# table -> [(table of records whose search text shows it, the column that points to it,
#            the columns of the table that text shows)]
_SHOWN_IN: dict[str, list[tuple[str, str, frozenset[str]]]] = {
    "companies": [
        ("contacts", "company_id", frozenset({"name", DELETED})),
        ("deals", "company_id", frozenset({"name"})),
    ],
    "contacts": [
        ("deals", "contact_id", frozenset({"display_name"})),
        ("cases", "contact_id", frozenset({"display_name"})),
    ],
}
_CHUNK = 500  # ids in one IN (...) list


def crm_reindexer(crm: Crm) -> Reindex:
    services: dict[str, Any] = {
        "contacts": crm.contacts,
        "companies": crm.companies,
        "deals": crm.deals,
        "cases": crm.cases,
        "knowledge_articles": crm.knowledge,
    }

    def reindex(session: Session, written: Written) -> None:
        due: dict[str, set[str]] = {}
        for table, rows in written.items():
            service = services.get(table)
            if service is not None:
                shown = service.search_fields | {DELETED}
                due.setdefault(table, set()).update(row for row, fields in rows.items() if fields & shown)
            for shown_in, column, fields in _SHOWN_IN.get(table, []):
                touched = [row for row, changed in rows.items() if changed & fields]
                due.setdefault(shown_in, set()).update(_pointing_to(session, shown_in, column, touched))
        methods = list(written.get("contact_methods", {}))
        for contact_id, company_id in _chunked_rows(
            session, "SELECT contact_id, company_id FROM contact_methods WHERE id IN ({marks})", methods
        ):
            if contact_id:
                due.setdefault("contacts", set()).add(contact_id)
            if company_id:
                due.setdefault("companies", set()).add(company_id)
        for table, ids in due.items():
            if ids:
                _index_again(session, services[table], sorted(ids))

    return reindex


def _index_again(session: Session, service: Any, ids: Sequence[str]) -> None:
    model = service.model
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found = session.exec(select(model).where(col(model.id).in_(chunk)))
        records = {record.id: record for record in found}
        related = _load_related(session, records.values())
        gone = [row_id for row_id in chunk if row_id not in records or records[row_id].deleted_at is not None]
        search_index.remove(session, gone)
        live = [record for record in records.values() if record.deleted_at is None]
        search_index.upsert_many(session, service.search_entity, service._search_texts(session, live))
        del related


def _load_related(session: Session, records: Iterable[Any]) -> list[Any]:
    """Read the companies and contacts the records' texts name into the session in one go each,
    so ``session.get`` finds them without a query per record. The caller keeps the list while
    it builds the texts: the session's identity map holds its objects only weakly."""
    loaded: list[Any] = []
    for model, column in ((Company, "company_id"), (Contact, "contact_id")):
        wanted = sorted({ref for record in records if (ref := getattr(record, column, None))})
        for start in range(0, len(wanted), _CHUNK):
            loaded += session.exec(
                select(model).where(col(model.id).in_(wanted[start : start + _CHUNK]))
            ).all()
    return loaded


def _pointing_to(session: Session, table: str, column: str, ids: Sequence[str]) -> set[str]:
    sql = f"SELECT id FROM {table} WHERE {column} IN ({{marks}})"
    return {row[0] for row in _chunked_rows(session, sql, ids)}


def _chunked_rows(session: Session, sql: str, ids: Sequence[str]) -> list[Any]:
    """Rows of ``sql`` (whose ``{marks}`` is an IN list) for every id in ``ids``, a chunk at a time."""
    found: list[Any] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        names = [f"i{n}" for n in range(len(chunk))]
        statement = text(sql.format(marks=", ".join(f":{name}" for name in names)))
        found += session.execute(statement, dict(zip(names, chunk, strict=True))).all()
    return found
