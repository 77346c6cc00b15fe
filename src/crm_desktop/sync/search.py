"""Keeping the search index right after remote changes.

The services write a record's search text (``search_docs``) when they save it;
rows written by sync bypass them, so after applying a page the records it touched
are indexed again through their own service (the same text a local save gives).
A record's text also holds related names (a contact's company and phones, a
deal's contact), so the records that show a touched row's name are indexed too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from crm_desktop.services.crm import Crm
from crm_desktop.storage import search_index
from crm_desktop.sync.apply import Reindex

# table -> [(table of records whose search text shows it, the column that points to it)]
_SHOWN_IN: dict[str, list[tuple[str, str]]] = {
    "companies": [("contacts", "company_id"), ("deals", "company_id")],
    "contacts": [("deals", "contact_id"), ("cases", "contact_id")],
}


def crm_reindexer(crm: Crm) -> Reindex:
    services: dict[str, Any] = {
        "contacts": crm.contacts,
        "companies": crm.companies,
        "deals": crm.deals,
        "cases": crm.cases,
        "knowledge_articles": crm.knowledge,
    }

    def reindex(session: Session, changed: Mapping[str, set[str]]) -> None:
        due: dict[str, set[str]] = {table: set(ids) for table, ids in changed.items() if table in services}
        for method_id in changed.get("contact_methods", ()):
            owner = session.execute(
                text("SELECT contact_id, company_id FROM contact_methods WHERE id = :id"), {"id": method_id}
            ).one_or_none()
            if owner is not None:
                if owner[0]:
                    due.setdefault("contacts", set()).add(owner[0])
                if owner[1]:
                    due.setdefault("companies", set()).add(owner[1])
        for table, ids in changed.items():
            for shown_in, column in _SHOWN_IN.get(table, []):
                for row_id in ids:
                    rows = session.execute(
                        text(f"SELECT id FROM {shown_in} WHERE {column} = :id"), {"id": row_id}
                    ).scalars()
                    due.setdefault(shown_in, set()).update(rows)
        for table, ids in due.items():
            service = services[table]
            for row_id in sorted(ids):
                record = session.get(service.model, row_id)
                if record is None or record.deleted_at is not None:
                    search_index.remove(session, [row_id])
                else:
                    body = service._search_text(session, record)
                    search_index.upsert(session, service.search_entity, row_id, body)

    return reindex
