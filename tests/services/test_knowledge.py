"""KnowledgeService: articles by category, full-text search, suggestions for a case."""

from __future__ import annotations

import pytest

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.models import KnowledgeArticle
from crm_desktop.services.crm import Crm
from crm_desktop.services.knowledge import ArticleInput
from crm_desktop.services.records import ListQuery
from tests.services.helpers import unchanged


def article(crm: Crm, title: str, body: str, category: str = "", **values: object) -> KnowledgeArticle:
    return crm.knowledge.create(ArticleInput(title=title, body=body, category=category, **values)).value


def test_create_update_and_categories(crm: Crm) -> None:
    outcome = crm.knowledge.create(
        ArticleInput(title="  Returns policy ", body="Unused goods within 14 days.", category="Returns")
    )
    created = outcome.value
    assert outcome.changes.created == {("article", created.id)}
    assert created.title == "Returns policy"
    article(crm, "Payment methods", "Card, transfer, cash.", "Billing")
    article(crm, "Untitled category", "x")
    assert crm.knowledge.categories() == ["Billing", "Returns"]
    changed = crm.knowledge.update(created.id, ArticleInput(body="Unused goods within 30 days."))
    assert changed.changes.updated == {("article", created.id)}
    after = crm.knowledge.get(created.id)
    assert (after.title, after.category, after.body) == (
        "Returns policy",
        "Returns",
        "Unused goods within 30 days.",
    )
    assert crm.knowledge.ids(ListQuery(filters={"category": "Billing"})) != []
    assert crm.knowledge.ids(ListQuery(text="30 days")) == [created.id]
    assert crm.knowledge.ids(ListQuery(text="14 days")) == []


def test_title_is_required(crm: Crm) -> None:
    with unchanged(crm), pytest.raises(ValidationError) as error:
        crm.knowledge.create(ArticleInput(title=" ", body="text"))
    assert set(error.value.errors) == {"title"}


def test_tags_on_articles(crm: Crm) -> None:
    created = crm.knowledge.create(ArticleInput(title="Warranty", tags=["Hardware"]))
    assert crm.tags.names_for([created.value.id]) == {created.value.id: ["Hardware"]}
    assert {e for e, _ in created.changes.created} == {"article", "tag", "tagging"}


def test_delete_and_restore(crm: Crm) -> None:
    item = article(crm, "Warranty terms", "Two years on electronics.")
    deleted = crm.knowledge.delete(item.id)
    assert deleted.changes.deleted == {("article", item.id)}
    with pytest.raises(NotFoundError):
        crm.knowledge.get(item.id)
    assert crm.knowledge.suggest("warranty on my electronics") == []
    assert crm.search.everything("warranty") == []
    crm.knowledge.restore(item.id)
    assert [a.id for a in crm.knowledge.suggest("warranty on my electronics")] == [item.id]


def test_suggest_for_a_case_text(crm: Crm) -> None:
    damaged = article(
        crm,
        "What to do when goods arrive damaged",
        "Take photos of the damaged boxes and open a case within 48 hours; we send a replacement.",
        "Shipping",
    )
    times = article(
        crm, "Delivery times by region", "Riyadh and Jeddah: 1–2 days for every delivery.", "Shipping"
    )
    article(
        crm, "Resetting a portal password", "Press Forgot password and check the spam folder.", "Accounts"
    )
    draft = article(
        crm, "Damaged delivery draft", "damaged delivery damaged boxes replacement", published=False
    )

    suggested = crm.knowledge.suggest("Delivery arrived with damaged boxes, please send a replacement")

    ids = [a.id for a in suggested]
    assert ids[0] == damaged.id
    assert set(ids) == {damaged.id, times.id}
    assert draft.id not in ids
    assert crm.knowledge.suggest("a an of") == []
    assert len(crm.knowledge.suggest("delivery damaged", limit=1)) == 1


def test_suggest_in_arabic(crm: Crm) -> None:
    returns = article(crm, "سياسة الإرجاع", "يمكن إرجاع البضاعة غير المستخدمة خلال ١٤ يوماً.", "الإرجاع")
    article(crm, "طرق الدفع", "نقبل التحويل البنكي والبطاقة.", "الفواتير")
    assert [a.id for a in crm.knowledge.suggest("أريد ارجاع البضاعة")] == [returns.id]
