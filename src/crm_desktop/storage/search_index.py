"""The full-text index: folded text per record in ``search_docs``, FTS5 tables per entity.

Queries never rank all matches: they take the first ``limit`` rows in index
order, which costs the same for ``"a"*`` as for a rare word.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import String, and_, column, text
from sqlalchemy.sql.selectable import TextualSelect
from sqlmodel import Session, col, select

from crm_desktop.domain.folding import digits, fold, is_phone_like, words

SEARCH_ENTITIES = ("contact", "company", "deal", "case", "article")

# past the highest code point: every string starting with a prefix sorts before prefix + this
PREFIX_END = "\U0010ffff"


def fts_table(entity: str) -> str:
    if entity not in SEARCH_ENTITIES:
        raise ValueError(f"no search index for {entity!r}")
    return f"{entity}_fts"


_UPSERT = text(
    "INSERT INTO search_docs (entity, ref_id, body) VALUES (:entity, :ref, :body) "
    "ON CONFLICT (ref_id) DO UPDATE SET body = excluded.body WHERE body != excluded.body"
)


def upsert(session: Session, entity: str, ref_id: str, body: str) -> None:
    session.execute(_UPSERT, {"entity": entity, "ref": ref_id, "body": body})


def upsert_many(session: Session, entity: str, bodies: Mapping[str, str]) -> None:
    """:func:`upsert` of many records in one statement (record id -> text)."""
    params = [{"entity": entity, "ref": ref_id, "body": body} for ref_id, body in bodies.items()]
    if params:  # an empty parameter list would run the INSERT without a value
        session.execute(_UPSERT, params)


def insert_many(session: Session, docs: Sequence[Mapping[str, str]]) -> None:
    """New records' texts (``entity``, ``ref``, ``body`` each), in one statement."""
    if docs:
        session.execute(
            text("INSERT INTO search_docs (entity, ref_id, body) VALUES (:entity, :ref, :body)"), list(docs)
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
        typed = digits(query)
        # "00" is how most countries dial out: 00966… is the number stored as 966…
        return f'"{typed[2:] if typed.startswith("00") else typed}"*'
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
# city, lifecycle, owner id, updated_at (as stored); absent names and methods as "".
_CONTACT_ROW = (
    "SELECT c.id, c.display_name, c.company_id, ifnull(co.name, ''), ifnull(em.value, ''), "
    "ifnull(ph.value, ''), c.city, c.lifecycle, c.owner_id, c.updated_at "
)
# one primary email and phone per contact (the services keep it so), found by ix_contact_methods_contact
_CONTACT_JOINS = (
    "LEFT JOIN companies co ON co.id = c.company_id "
    "LEFT JOIN contact_methods em ON em.contact_id = c.id AND em.kind = 'email' AND em.is_primary = 1 "
    "AND em.deleted_at IS NULL "
    "LEFT JOIN contact_methods ph ON ph.contact_id = c.id AND ph.kind = 'phone' AND ph.is_primary = 1 "
    "AND ph.deleted_at IS NULL "
)
_CONTACTS_BY_NAME = (
    _CONTACT_ROW + "FROM contacts c " + _CONTACT_JOINS + "WHERE c.sort_key >= ? AND c.sort_key < ? "
    "AND c.deleted_at IS NULL ORDER BY c.sort_key, c.id LIMIT ?"
)
_CONTACTS_BY_TEXT = (
    _CONTACT_ROW + "FROM contact_fts f JOIN search_docs d ON d.rowid = f.rowid "
    "JOIN contacts c ON c.id = d.ref_id " + _CONTACT_JOINS + "WHERE contact_fts MATCH ? LIMIT ?"
)
_OTHER_CONTACTS_BY_TEXT = (
    _CONTACT_ROW + "FROM contact_fts f JOIN search_docs d ON d.rowid = f.rowid "
    "JOIN contacts c ON c.id = d.ref_id " + _CONTACT_JOINS + "WHERE contact_fts MATCH ? "
    "AND d.ref_id NOT IN (SELECT value FROM json_each(?)) LIMIT ?"
)


def contact_page(connection: sqlite3.Connection, query: str, limit: int) -> list[tuple[Any, ...]]:
    """The first ``limit`` contact rows for what a user typed, as search-as-you-type shows them.

    Contacts whose name starts with the text come first, in name order, straight
    from the ``sort_key`` index; other matches (a family name, an email, a phone,
    the company) follow in FTS index order. A phone-like query is matched by its
    digits only. Each row: id, display name, company id, company name, primary
    email, primary phone, city, lifecycle, owner id, updated_at as stored (see
    :func:`owner_names` for the owners' names).

    Plain sqlite3, two statements at most: this runs on every key press, where
    an ORM round trip would cost more than the search itself.
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
            if rows:
                found = json.dumps([row[0] for row in rows])
                rows += connection.execute(
                    _OTHER_CONTACTS_BY_TEXT, (expression, found, limit - len(rows))
                ).fetchall()
            else:
                rows = connection.execute(_CONTACTS_BY_TEXT, (expression, limit)).fetchall()
    return rows


def owner_names(connection: sqlite3.Connection, memo: dict[Any, Any]) -> dict[str, str]:
    """Users' names by id, kept in ``memo`` (one per connection) until the database changes.

    There are a handful of users and a page shows fifty owners: looking them up
    once beats joining them into every row. ``PRAGMA data_version`` moves when
    another connection commits, ``total_changes`` when this one writes.
    """
    version = (connection.execute("PRAGMA data_version").fetchone()[0], connection.total_changes)
    known = memo.get("crm_owner_names")
    if known is None or known[0] != version:
        names = dict(connection.execute("SELECT id, name FROM users").fetchall())
        known = memo["crm_owner_names"] = (version, names)
    names_by_id: dict[str, str] = known[1]
    return names_by_id


def name_prefix_ids(session: Session, model: type[Any], prefix: str, limit: int) -> list[str]:
    """Live records whose folded name (``sort_key``) starts with ``prefix``, in name order.

    An index range scan: as cheap for one letter over a million rows as for a full name.
    """
    key = fold(prefix).strip()
    if not key:
        return []
    sort_key = col(model.sort_key)
    statement = (
        select(model.id)
        .where(and_(sort_key >= key, sort_key < key + PREFIX_END, col(model.deleted_at).is_(None)))
        .order_by(sort_key, col(model.id))
        .limit(limit)
    )
    return list(session.scalars(statement))


def first_page_ids(session: Session, entity: str, model: type[Any], text: str, limit: int) -> list[str]:
    """The first ``limit`` matches for what was typed, without finding (or ranking) all of them:
    names starting with it first, in name order, then other matches in index order."""
    ids = [] if is_phone_like(text) else name_prefix_ids(session, model, text, limit)
    if len(ids) < limit:
        ids += match_ids(session, entity, text, limit - len(ids), exclude=ids)
    return ids
