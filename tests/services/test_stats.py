"""StatsService: live rows per entity."""

from __future__ import annotations

from crm_desktop.services.cases import CaseInput
from crm_desktop.services.crm import Crm
from crm_desktop.services.knowledge import ArticleInput
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.sales import SaleInput, SaleLineInput


def test_counts_of_a_new_database(crm: Crm) -> None:
    counts = crm.stats.counts()
    assert counts["pipeline"] == 1
    assert counts["stage"] == 6
    assert {k for k, v in counts.items() if v} == {"pipeline", "stage"}
    assert set(counts) >= {
        "user", "company", "contact", "contact_method", "deal", "deal_line", "product", "sale",
        "sale_line", "activity", "task", "case", "article", "tag", "tagging", "custom_field",
    }  # fmt: skip


def test_counts_follow_writes_and_deletes(crm: Crm) -> None:
    company = crm.companies.create(CompanyInput(name="Noor")).value
    contact = crm.contacts.create(
        ContactInput(given_name="Ali", company_id=company.id, emails=["a@example.com"], tags=["VIP"])
    ).value
    deal = crm.deals.create(DealInput(title="Fit-out", contact_id=contact.id)).value
    crm.deals.move(deal.id, crm.pipelines.stages(deal.pipeline_id)[1].id)
    crm.sales.create(
        SaleInput(contact_id=contact.id, lines=[SaleLineInput(description="x", unit_price="1")] * 2)
    )
    crm.cases.create(CaseInput(subject="Broken", contact_id=contact.id))
    crm.knowledge.create(ArticleInput(title="Help"))

    counts = crm.stats.counts()
    expected = {
        "company": 1, "contact": 1, "contact_method": 1, "tag": 1, "tagging": 1, "deal": 1,
        "activity": 1, "sale": 1, "sale_line": 2, "case": 1, "article": 1,
    }  # fmt: skip
    assert {k: counts[k] for k in expected} == expected

    crm.contacts.delete(contact.id)
    counts = crm.stats.counts()
    assert (counts["contact"], counts["contact_method"], counts["tagging"], counts["tag"]) == (0, 0, 0, 1)
