"""``crm search TEXT``: every kind of record, contacts first, Arabic spellings folded."""

from __future__ import annotations

from tests.cli.runner import CrmRunner


def test_search_finds_an_arabic_contact_by_a_prefix_with_another_alef(crm_cli: CrmRunner) -> None:
    ahmad = crm_cli.add("contact", "--given", "أحمد", "--family", "الغامدي")
    crm_cli.add("contact", "--given", "Mehmet")
    hits = crm_cli.json("search", "احم")
    assert [(h["entity"], h["id"]) for h in hits] == [("contact", ahmad)]
    assert hits[0]["title"] == "أحمد الغامدي"
    assert [h["id"] for h in crm_cli.json("search", "احمد")] == [ahmad]
    assert "أحمد الغامدي" in crm_cli.ok("search", "احمد").out


def test_search_covers_every_kind_with_contacts_first(crm_cli: CrmRunner) -> None:
    company = crm_cli.add("company", "--name", "Anadolu Tekstil")
    contact = crm_cli.add("contact", "--name", "Ayşe Anadolu")
    deal = crm_cli.add("deal", "--title", "Anadolu fabric order", "--amount", "250")
    case = crm_cli.add("case", "--subject", "Anadolu shipment late")
    article = crm_cli.add("article", "--title", "Shipping to Anadolu")
    hits = crm_cli.json("search", "anadolu")
    assert [(h["entity"], h["id"]) for h in hits] == [
        ("contact", contact),
        ("company", company),
        ("deal", deal),
        ("case", case),
        ("article", article),
    ]
    assert hits[2]["detail"] == "$250.00"


def test_search_limit_and_nothing_found(crm_cli: CrmRunner) -> None:
    for given in ("Sara", "Sarah", "Saran"):
        crm_cli.add("contact", "--given", given)
    assert len(crm_cli.json("search", "sar", "--limit", "2")) == 2
    assert crm_cli.json("search", "zzz") == []
    assert crm_cli.ok("search", "zzz").out.strip() == "Nothing found."
    assert crm_cli("search", "sar", "--limit", "0").code == 2
