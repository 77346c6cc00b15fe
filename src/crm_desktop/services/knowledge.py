"""The knowledge base: articles by category, found by full text and suggested for cases."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, SQLModel, col, select

from crm_desktop.domain.folding import index_text, words
from crm_desktop.domain.models import KnowledgeArticle
from crm_desktop.services.changes import ChangeRecorder
from crm_desktop.services.records import RecordService
from crm_desktop.services.tags import set_tags
from crm_desktop.storage import search_index

SUGGESTION_MIN_WORD = 3


class ArticleInput(SQLModel):
    title: str = ""
    body: str = ""
    category: str = ""
    published: bool = True
    tags: list[str] = []


class KnowledgeService(RecordService[KnowledgeArticle, ArticleInput]):
    model = KnowledgeArticle
    entity = "article"
    input_model = ArticleInput
    search_entity = "article"
    search_fields = frozenset({"title", "category", "body"})
    sort_columns = {
        "title": "title",
        "category": "category",
        "updated": "updated_at",
        "created": "created_at",
    }
    default_sort = "title"
    filter_columns = frozenset({"category", "published"})
    required_fields = {"title": "Title"}

    def _apply(
        self,
        session: Session,
        record: KnowledgeArticle,
        values: dict[str, Any],
        recorder: ChangeRecorder,
        *,
        creating: bool,
    ) -> list[str] | None:
        tags: list[str] | None = values.pop("tags", None)
        for name, value in values.items():
            setattr(record, name, value.strip() if isinstance(value, str) and name != "body" else value)
        return tags

    def _after_write(
        self, session: Session, record: KnowledgeArticle, recorder: ChangeRecorder, pending: Any
    ) -> None:
        if pending is not None:
            set_tags(session, "article", record.id, pending, recorder, self.ctx.clock())
        super()._after_write(session, record, recorder, pending)

    def _search_text(self, session: Session, record: KnowledgeArticle) -> str:
        return index_text(record.title, record.category, record.body)

    def categories(self) -> list[str]:
        with self.ctx.db.read() as session:
            return [
                c
                for c in session.scalars(
                    select(KnowledgeArticle.category)
                    .where(col(KnowledgeArticle.deleted_at).is_(None))
                    .distinct()
                    .order_by(col(KnowledgeArticle.category))
                )
                if c
            ]

    def suggest(self, text: str, limit: int = 5) -> list[KnowledgeArticle]:
        """Published articles sharing the most words with ``text`` (a case's subject and description)."""
        terms = sorted({w for w in words(text) if len(w) >= SUGGESTION_MIN_WORD})
        if not terms:
            return []
        with self.ctx.db.read() as session:
            ids = search_index.ranked_any(session, "article", terms, limit * 3)
        articles = [a for a in self.fetch(ids) if a.published]
        return articles[:limit]
