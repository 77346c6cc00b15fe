"""The full-text index: folded text per record in ``search_docs``, FTS5 tables per entity.

Queries never rank all matches: they take the first ``limit`` rows in index
order, which costs the same for ``"a"*`` as for a rare word.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import String, column, text
from sqlalchemy.sql.selectable import TextualSelect
from sqlmodel import Session

from crm_desktop.domain.folding import digits, fold, is_phone_like, words

SEARCH_ENTITIES = ("contact", "company", "deal", "case", "article")

# past the highest code point: every string starting with a prefix sorts before prefix + this
PREFIX_END = "\U0010ffff"


def fts_table(entity: str) -> str:
    if entity not in SEARCH_ENTITIES:
        raise ValueError(f"no search index for {entity!r}")
    return f"{entity}_fts"


def upsert(session: Session, entity: str, ref_id: str, body: str) -> None:
    session.execute(
        text(
            "INSERT INTO search_docs (entity, ref_id, body) VALUES (:entity, :ref, :body) "
            "ON CONFLICT (ref_id) DO UPDATE SET body = excluded.body WHERE body != excluded.body"
        ),
        {"entity": entity, "ref": ref_id, "body": body},
    )


def remove(session: Session, ref_ids: Iterable[str]) -> None:
    params = [{"ref": ref} for ref in ref_ids]
    if params:  # an empty parameter list would run the DELETE without a value
        session.execute(text("DELETE FROM search_docs WHERE ref_id = :ref"), params)


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH text for what a user typed: every word a prefix, all words required.

    A query that looks like a phone number becomes one digit string, so
    ``050 123`` finds ``+966 50 123 4567`` whichever way it was saved.
    """
    if is_phone_like(query):
        return f'"{digits(query)}"*'
    phrases = []
    for chunk in query.split():
        tokens = words(chunk)
        if tokens:
            phrases.append('"' + " ".join(tokens) + '"*')
    return " AND ".join(phrases) if phrases else None


def match_ids(
    session: Session, entity: str, query: str, limit: int, exclude: Sequence[str] = ()
) -> list[str]:
    """Ids of ``entity`` records matching ``query``, the first ``limit`` in index order."""
    expression = match_expression(query)
    if expression is None or limit <= 0:
        return []
    table = fts_table(entity)
    rows = session.execute(
        text(
            f"SELECT d.ref_id FROM {table} f JOIN search_docs d ON d.rowid = f.rowid "
            f"WHERE {table} MATCH :q LIMIT :limit"
        ),
        {"q": expression, "limit": limit + len(exclude)},
    ).scalars()
    excluded = set(exclude)
    return [ref for ref in rows if ref not in excluded][:limit]


def match_subquery(entity: str, query: str) -> TextualSelect | None:
    """A SELECT of every matching id, for ``id IN (...)`` when a list is filtered by text.

    The list's own ORDER BY and LIMIT then sort and page it, all inside SQLite.
    """
    expression = match_expression(query)
    if expression is None:
        return None
    table = fts_table(entity)
    return (
        text(f"SELECT d.ref_id FROM {table} f JOIN search_docs d ON d.rowid = f.rowid WHERE {table} MATCH :q")
        .bindparams(q=expression)
        .columns(column("ref_id", String))
    )


def count_docs(session: Session, entity: str) -> int:
    return int(
        session.execute(
            text("SELECT count(*) FROM search_docs WHERE entity = :e"), {"e": entity}
        ).scalar_one()
    )


def rebuild(session: Session) -> None:
    """Rebuild every FTS table from ``search_docs`` (after bulk loads or a repair)."""
    for entity in SEARCH_ENTITIES:
        table = fts_table(entity)
        session.execute(text(f"INSERT INTO {table}({table}) VALUES ('rebuild')"))


def ranked_any(session: Session, entity: str, terms: Sequence[str], limit: int) -> list[str]:
    """Ids matching any of ``terms``, best bm25 rank first.

    Only for small indexes (the knowledge base): ranking reads every match.
    """
    if not terms:
        return []
    table = fts_table(entity)
    expression = " OR ".join('"' + t.replace('"', "") + '"*' for t in terms)
    return list(
        session.execute(
            text(
                f"SELECT d.ref_id FROM {table} f JOIN search_docs d ON d.rowid = f.rowid "
                f"WHERE {table} MATCH :q ORDER BY bm25({table}) LIMIT :limit"
            ),
            {"q": expression, "limit": limit},
        ).scalars()
    )


# What a contact list row shows: id, display name, company id and name, primary email and phone,
# city, lifecycle, owner name, updated_at (as stored).
_CONTACT_ROW = (
    "SELECT c.id, c.display_name, c.company_id, co.name, "
    "(SELECT m.value FROM contact_methods m WHERE m.contact_id = c.id AND m.kind = 'email' "
    "AND m.is_primary = 1 AND m.deleted_at IS NULL LIMIT 1), "
    "(SELECT m.value FROM contact_methods m WHERE m.contact_id = c.id AND m.kind = 'phone' "
    "AND m.is_primary = 1 AND m.deleted_at IS NULL LIMIT 1), "
    "c.city, c.lifecycle, u.name, c.updated_at "
)
_CONTACT_JOINS = "LEFT JOIN companies co ON co.id = c.company_id LEFT JOIN users u ON u.id = c.owner_id "
_CONTACTS_BY_NAME = (
    _CONTACT_ROW + "FROM contacts c " + _CONTACT_JOINS + "WHERE c.sort_key >= ? AND c.sort_key < ? "
    "AND c.deleted_at IS NULL ORDER BY c.sort_key, c.id LIMIT ?"
)
_CONTACTS_BY_TEXT = (
    _CONTACT_ROW + "FROM contact_fts f JOIN search_docs d ON d.rowid = f.rowid "
    "JOIN contacts c ON c.id = d.ref_id " + _CONTACT_JOINS + "WHERE contact_fts MATCH ? LIMIT ?"
)


def contact_page(connection: sqlite3.Connection, query: str, limit: int) -> list[tuple[Any, ...]]:
    """The first ``limit`` contact rows for what a user typed, as search-as-you-type shows them.

    Contacts whose name starts with the text come first, in name order, straight
    from the ``sort_key`` index; other matches (a family name, an email, a phone,
    the company) follow in FTS index order. A phone-like query is matched by its
    digits only. Plain sqlite3 on one connection: this runs on every key press,
    where an ORM round trip would cost more than the search itself.
    """
    if limit <= 0:
        return []
    rows: list[tuple[Any, ...]] = []
    if not is_phone_like(query):
        key = fold(query).strip()
        if key:
            rows = connection.execute(_CONTACTS_BY_NAME, (key, key + PREFIX_END, limit)).fetchall()
    if len(rows) < limit:
        expression = match_expression(query)
        if expression is not None:
            seen = {row[0] for row in rows}
            more = connection.execute(_CONTACTS_BY_TEXT, (expression, limit + len(seen))).fetchall()
            rows += [row for row in more if row[0] not in seen][: limit - len(rows)]
    return rows
