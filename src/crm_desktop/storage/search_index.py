"""The full-text index: folded text per record in ``search_docs``, FTS5 tables per entity.

Queries never rank all matches: they take the first ``limit`` rows in index
order, which costs the same for ``"a"*`` as for a rare word.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import String, column, text
from sqlalchemy.sql.selectable import TextualSelect
from sqlmodel import Session

from crm_desktop.domain.folding import digits, is_phone_like, words

SEARCH_ENTITIES = ("contact", "company", "deal", "case", "article")


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
