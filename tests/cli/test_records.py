"""``crm <kind> add|list|show|update|delete|restore`` and the verbs of deals, cases and tasks."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from crm_desktop.cli import entities, records
from crm_desktop.domain.enums import CustomFieldType
from crm_desktop.services.crm import Crm
from crm_desktop.services.custom_fields import CustomFieldInput
from tests.cli.runner import CrmRunner

# kind, add options, (field, value) after add, update options, (field, value) after update
CRUD = [
    (
        "contact",
        ["--given", "Ali", "--family", "Hassan", "--city", "Riyadh"],
        ("display_name", "Ali Hassan"),
        ["--city", "Jeddah"],
        ("city", "Jeddah"),
    ),
    (
        "company",
        ["--name", "Kaya Ltd.", "--industry", "Retail"],
        ("name", "Kaya Ltd."),
        ["--industry", "Textiles"],
        ("industry", "Textiles"),
    ),
    (
        "deal",
        ["--title", "Fleet renewal", "--amount", "1200.50"],
        ("amount_minor", 120050),
        ["--title", "Fleet renewal 2027"],
        ("title", "Fleet renewal 2027"),
    ),
    (
        "case",
        ["--subject", "Printer broken", "--priority", "high"],
        ("priority", "high"),
        ["--description", "Paper jam in tray 2"],
        ("description", "Paper jam in tray 2"),
    ),
    (
        "task",
        ["--title", "Call back", "--due", "2026-04-01 10:00"],
        ("title", "Call back"),
        ["--priority", "urgent"],
        ("priority", "urgent"),
    ),
    (
        "product",
        ["--sku", "W-1", "--name", "Widget", "--price", "9.99"],
        ("name", "Widget"),
        ["--price", "12"],
        ("unit_price_minor", 1200),
    ),
    (
        "sale",
        ["--contact", "{contact}", "--line", "Installation", "price=25", "qty=2"],
        ("total_minor", 5000),
        ["--note", "paid in cash"],
        ("notes", "paid in cash"),
    ),
    (
        "activity",
        ["--kind", "call", "--subject", "Intro call", "--contact", "{contact}"],
        ("kind", "call"),
        ["--outcome", "interested"],
        ("outcome", "interested"),
    ),
    (
        "article",
        ["--title", "Resetting the printer", "--category", "Printers"],
        ("category", "Printers"),
        ["--body", "Hold the button for ten seconds."],
        ("body", "Hold the button for ten seconds."),
    ),
    (
        "user",
        ["--name", "Sara", "--role", "manager"],
        ("role", "manager"),
        ["--email", "sara@example.com"],
        ("email", "sara@example.com"),
    ),
]


def _ids(rows: list[dict[str, object]]) -> list[object]:
    return [row["id"] for row in rows]


@pytest.mark.parametrize(("kind", "add", "added", "update", "updated"), CRUD, ids=[c[0] for c in CRUD])
def test_add_list_show_update_delete_restore(
    crm_cli: CrmRunner,
    kind: str,
    add: list[str],
    added: tuple[str, object],
    update: list[str],
    updated: tuple[str, object],
) -> None:
    if any("{contact}" in a for a in add):
        contact = crm_cli.add("contact", "--given", "Layla")
        add = [a.format(contact=contact) for a in add]
    record_id = crm_cli.add(kind, *add)

    rows = crm_cli.json(kind, "list")
    assert record_id in _ids(rows)
    spec = next(s for s in entities.entity_specs() if s.name == kind)
    assert {key for key, _header in spec.columns} <= set(rows[0]), "every list column is in the rows"
    assert record_id in crm_cli.ok(kind, "list").out
    shown = crm_cli.json(kind, "show", record_id)
    assert shown[added[0]] == added[1]
    assert record_id in crm_cli.ok(kind, "show", record_id).out

    after = crm_cli.json(kind, "update", record_id, *update)
    assert after[updated[0]] == updated[1]
    assert after[added[0]] == added[1]  # what was not given stays as it was
    assert crm_cli.json(kind, "show", record_id)[updated[0]] == updated[1]

    deleted = crm_cli.ok(kind, "delete", record_id)
    assert f"restore {record_id}" in deleted.out
    assert record_id not in _ids(crm_cli.json(kind, "list"))
    assert record_id in _ids(crm_cli.json(kind, "list", "--deleted"))
    assert crm_cli.json(kind, "show", record_id)["deleted_at"] is not None

    restored = crm_cli.json(kind, "restore", record_id)
    assert restored["deleted_at"] is None
    assert record_id in _ids(crm_cli.json(kind, "list"))


def test_update_changes_only_the_given_fields(crm_cli: CrmRunner) -> None:
    contact = crm_cli.add(
        "contact",
        "--given", "Mehmet",
        "--family", "Yılmaz",
        "--email", "mehmet@example.com",
        "--email", "m.yilmaz@example.org",
        "--phone", "+90 532 123 45 67",
        "--tag", "vip",
        "--city", "İstanbul",
        "--lifecycle", "customer",
        "--birthday", "1980-02-29",
        "--note", "Prefers mornings",
    )  # fmt: skip
    before = crm_cli.json("contact", "show", contact)
    after = crm_cli.json("contact", "update", contact, "--title", "Buyer")
    assert after["job_title"] == "Buyer"
    shown = crm_cli.json("contact", "show", contact)
    for key in ("display_name", "given_name", "family_name", "city", "lifecycle", "birthday", "notes"):
        assert shown[key] == before[key], key
    assert [e["value"] for e in shown["emails"]] == ["mehmet@example.com", "m.yilmaz@example.org"]
    assert [p["value"] for p in shown["phones"]] == ["+90 532 123 45 67"]
    assert shown["tags"] == ["vip"]
    assert shown["birthday"] == "1980-02-29"

    # a repeatable option replaces the whole list, and only that list
    crm_cli.ok("contact", "update", contact, "--email", "new@example.com")
    shown = crm_cli.json("contact", "show", contact)
    assert [e["value"] for e in shown["emails"]] == ["new@example.com"]
    assert [p["value"] for p in shown["phones"]] == ["+90 532 123 45 67"]
    assert shown["tags"] == ["vip"]
    assert shown["job_title"] == "Buyer"


def test_update_without_options_is_refused(crm_cli: CrmRunner) -> None:
    contact = crm_cli.add("contact", "--given", "Ali")
    result = crm_cli("contact", "update", contact)
    assert result.code == 2
    assert "nothing to change" in result.err


def test_a_bad_email_is_refused_clearly_and_nothing_is_saved(crm_cli: CrmRunner) -> None:
    result = crm_cli("contact", "add", "--given", "Ali", "--email", "ali@", "--tag", "new")
    assert result.code == 2
    assert result.err.startswith("crm: error: --email: ")
    assert "is not an email address" in result.err
    assert "Traceback" not in result.err
    assert result.out == ""
    counts = crm_cli.json("stats")
    assert counts["contact"] == 0
    assert counts["tag"] == 0


def test_each_bad_field_gets_its_own_line(crm_cli: CrmRunner) -> None:
    result = crm_cli("contact", "add", "--given", "Ali", "--birthday", "1990-13-01", "--do-not-call", "maybe")
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("crm: error: --birthday: ")
    assert lines[1].startswith("crm: error: --do-not-call: ")


def test_an_unknown_id_is_reported_clearly(crm_cli: CrmRunner) -> None:
    for args in (
        ("contact", "show", "nope"),
        ("contact", "update", "nope", "--city", "Riyadh"),
        ("contact", "delete", "nope"),
        ("contact", "restore", "nope"),
    ):
        result = crm_cli(*args)
        assert result.code == 2, args
        assert result.err.strip() == "crm: error: No contact with id nope exists.", args
    result = crm_cli("deal", "move", "nope", "--stage", "Won")
    assert result.err.strip() == "crm: error: No deal with id nope exists."


def test_a_link_to_an_unknown_record_names_the_option(crm_cli: CrmRunner) -> None:
    result = crm_cli("contact", "add", "--given", "Ali", "--company", "nope")
    assert result.code == 2
    assert result.err.startswith("crm: error: --company: There is no company with id nope")


def test_deal_stage_by_name_and_move(crm_cli: CrmRunner) -> None:
    deal = crm_cli.json("deal", "add", "--title", "Tiles", "--pipeline", "sales", "--stage", "qualified")
    assert deal["stage_name"] == "Qualified"

    moved = crm_cli.ok("deal", "move", deal["id"], "--stage", "Proposal")
    assert "Proposal" in moved.out
    assert crm_cli.json("deal", "show", deal["id"])["stage_name"] == "Proposal"

    lost = crm_cli("deal", "move", deal["id"], "--stage", "Lost")
    assert lost.code == 2
    assert lost.err.startswith("crm: error: --lost-reason: ")
    assert crm_cli.json("deal", "show", deal["id"])["stage_name"] == "Proposal"

    shown = crm_cli.json("deal", "move", deal["id"], "--stage", "lost", "--lost-reason", "Too expensive")
    assert (shown["stage_name"], shown["state"], shown["lost_reason"]) == ("Lost", "lost", "Too expensive")
    assert shown["closed_at"] is not None

    unknown = crm_cli("deal", "move", deal["id"], "--stage", "Dreaming")
    assert unknown.code == 2
    assert "There is no stage “Dreaming”" in unknown.err
    assert "Qualified" in unknown.err  # the stages there are

    stage_changes = crm_cli.json("activity", "list", "--filter", f"deal={deal['id']}")
    assert [a["kind"] for a in stage_changes] == ["stage_change", "stage_change"]


def test_case_status_and_escalation(crm_cli: CrmRunner) -> None:
    case = crm_cli.add("case", "--subject", "No delivery", "--priority", "urgent")
    assert crm_cli.json("case", "status", case, "open")["status"] == "open"

    refused = crm_cli("case", "status", case, "resolved")
    assert refused.code == 2
    assert refused.err.startswith("crm: error: --resolution: ")
    assert crm_cli.json("case", "show", case)["status"] == "open"

    bad = crm_cli("case", "status", case, "finished")
    assert bad.code == 2

    escalated = crm_cli.json("case", "escalate", case, "--reason", "Customer called twice")
    assert escalated["escalation_level"] == 1
    assert escalated["escalation_reason"] == "Customer called twice"

    done = crm_cli.json("case", "status", case, "resolved", "--resolution", "Courier found the parcel")
    assert done["status"] == "resolved"
    assert done["resolved_at"] is not None
    assert case in _ids(crm_cli.json("case", "list", "--filter", "status=resolved"))


def test_task_done_and_undone(crm_cli: CrmRunner) -> None:
    task = crm_cli.add("task", "--title", "Send the quote", "--due", "2026-04-01")
    shown = crm_cli.json("task", "show", task)
    due = datetime.fromisoformat(shown["due_at"])
    assert due.tzinfo is not None
    assert due.astimezone().strftime("%Y-%m-%d %H:%M") == "2026-04-01 23:59"  # a bare date: end of day
    assert shown["done"] is False
    assert crm_cli.json("task", "done", task)["done"] is True
    assert task in _ids(crm_cli.json("task", "list", "--filter", "bucket=done"))
    assert crm_cli.json("task", "done", task, "--undo")["done_at"] is None


def test_json_output_of_money_dates_and_decimals(crm_cli: CrmRunner) -> None:
    deal = crm_cli.json(
        "deal", "add", "--title", "Hotel linen", "--amount", "100", "--currency", "EUR",
        "--rate", "1.25", "--close", "2026-05-01",
    )  # fmt: skip
    assert deal["amount_minor"] == 10000
    assert deal["amount_text"] == "€100.00"
    assert deal["base_amount_minor"] == 12500
    assert deal["base_amount_text"] == "$125.00"
    assert deal["rate_to_base"] == "1.25"
    assert deal["expected_close"] == "2026-05-01"
    assert deal["currency"] == "EUR"
    assert datetime.fromisoformat(deal["created_at"]).utcoffset() is not None
    text = crm_cli.ok("deal", "show", deal["id"]).out
    assert "€100.00" in text
    assert "amount_minor" not in text


def test_sale_lines_with_a_product_sku(crm_cli: CrmRunner) -> None:
    crm_cli.add("product", "--sku", "TEA-1", "--name", "Tea", "--price", "4.50")
    contact = crm_cli.add("contact", "--given", "Zeynep")
    sale = crm_cli.json(
        "sale",
        "add",
        "--contact",
        contact,
        "--line",
        "product=TEA-1",
        "qty=4",
        "--line",
        "Delivery",
        "price=5",
    )
    assert sale["total_minor"] == 2300
    assert [(line["description"], line["line_total_minor"]) for line in sale["lines"]] == [
        ("Tea", 1800),
        ("Delivery", 500),
    ]
    unknown = crm_cli("sale", "add", "--contact", contact, "--line", "product=NOPE")
    assert unknown.code == 2
    assert "NOPE" in unknown.err


def test_list_sort_filter_tag_search_and_limit(crm_cli: CrmRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    for given, city, tag in (("Ali", "Riyadh", "vip"), ("Bahar", "Tehran", ""), ("Can", "Riyadh", "")):
        crm_cli.add("contact", "--given", given, "--city", city, *(["--tag", tag] if tag else []))
    names = [r["display_name"] for r in crm_cli.json("contact", "list", "--sort", "name", "--desc")]
    assert names == ["Can", "Bahar", "Ali"]
    riyadh = crm_cli.json("contact", "list", "--filter", "city=Riyadh")
    assert [r["display_name"] for r in riyadh] == ["Ali", "Can"]
    assert [r["display_name"] for r in crm_cli.json("contact", "list", "--tag", "VIP")] == ["Ali"]
    assert crm_cli.json("contact", "list", "--tag", "no-such-tag") == []
    assert [r["display_name"] for r in crm_cli.json("contact", "list", "--search", "bah")] == ["Bahar"]

    limited = crm_cli("contact", "list", "--limit", "2")
    assert limited.code == 0
    assert "Bahar" in limited.out and "Can" not in limited.out
    assert "--limit 0" in limited.err

    monkeypatch.setattr(records, "PAGE", 2)  # --limit 0 pages through everything
    assert len(crm_cli.json("contact", "list", "--limit", "0")) == 3

    bad = crm_cli("contact", "list", "--filter", "lifecycle=boss")
    assert bad.code == 2
    assert bad.err.startswith("crm: error: --filter lifecycle: ")
    unknown = crm_cli("contact", "list", "--filter", "shoe_size=42")
    assert unknown.code == 2
    assert "Cannot filter by" in unknown.err


def test_custom_fields(crm_cli: CrmRunner, cli_db: Path) -> None:
    crm = Crm.open(cli_db)
    try:
        crm.custom_fields.create(
            CustomFieldInput(
                entity="contact", key="shoe_size", label="Shoe size", field_type=CustomFieldType.NUMBER
            )
        )
    finally:
        crm.close()
    contact = crm_cli.json("contact", "add", "--given", "Ali", "--custom", "shoe_size=42")
    assert contact["custom"] == {"shoe_size": 42}
    assert _ids(crm_cli.json("contact", "list", "--custom", "shoe_size=42")) == [contact["id"]]
    assert crm_cli.json("contact", "list", "--custom", "shoe_size=41") == []
    bad = crm_cli("contact", "update", contact["id"], "--custom", "shoe_size=big")
    assert bad.code == 2
    assert bad.err.startswith("crm: error: --custom shoe_size: ")


def test_every_option_sets_a_field_of_the_input_model() -> None:
    for spec in entities.entity_specs():
        fields = spec.service_class.input_model.model_fields
        flags = [option.flag for option in spec.options]
        assert len(flags) == len(set(flags)), spec.name
        for option in spec.options:
            assert option.key in fields, (spec.name, option.key)


def test_pipeline_list_and_deal_filters_by_stage_name(crm_cli: CrmRunner) -> None:
    pipelines = crm_cli.json("pipeline", "list")
    assert [p["name"] for p in pipelines] == ["Sales"]
    assert [s["name"] for s in pipelines[0]["stages"]] == [
        "New",
        "Qualified",
        "Proposal",
        "Negotiation",
        "Won",
        "Lost",
    ]
    assert "Negotiation" in crm_cli.ok("pipeline", "list").out

    won = crm_cli.add("deal", "--title", "Won one", "--stage", "Won")
    crm_cli.add("deal", "--title", "Open one")
    assert _ids(crm_cli.json("deal", "list", "--filter", "stage=won")) == [won]
    assert _ids(crm_cli.json("deal", "list", "--filter", "state=won")) == [won]
    assert len(crm_cli.json("deal", "list", "--filter", "pipeline=Sales")) == 2
    unknown = crm_cli("deal", "list", "--filter", "stage=Someday")
    assert unknown.code == 2
    assert unknown.err.startswith("crm: error: --filter stage_id: There is no stage “Someday”")
    bad_bucket = crm_cli("task", "list", "--filter", "bucket=later")
    assert bad_bucket.code == 2
    assert bad_bucket.err.startswith("crm: error: --filter bucket: ")
