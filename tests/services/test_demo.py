"""Demo data: deterministic, complete, and exactly what the services would have written."""

from __future__ import annotations

import importlib.util
import json
import random
import re
import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import phonenumbers
import pytest

from crm_desktop.domain.contact_points import format_phone, normalize_email, phone_search_tokens
from crm_desktop.domain.enums import CaseStatus, Priority
from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.ids import uuid7_from
from crm_desktop.domain.models import Contact
from crm_desktop.services import demo
from crm_desktop.services.crm import Crm
from crm_desktop.services.knowledge import ArticleInput
from crm_desktop.services.money_fields import base_of, line_total
from crm_desktop.services.people import CompanyInput, ContactInput, contact_rows
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.records import ListQuery
from crm_desktop.services.settings import DEFAULT_SLA_HOURS
from crm_desktop.storage.database import Database
from crm_desktop.storage.search_index import SEARCH_ENTITIES, first_page_ids
from crm_desktop.tasks.runner import Cancelled

N = 300
SEED = 7
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")


def _generate(path: Path, *, seed: int = SEED, parallel: bool = False) -> dict[str, int]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(demo, "CHECK_SEARCH_TEXT", True)
        patch.setattr(demo, "PARALLEL_FROM", 1 if parallel else 10**9)
        return demo.generate(path, contacts=N, seed=seed)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    _generate(path)
    return path


@pytest.fixture
def crm(demo_file: Path, tmp_path: Path) -> Iterator[Crm]:
    """A copy of the demo file, opened the way the program opens it, with the demo's "now"."""
    path = tmp_path / "copy.sqlite3"
    shutil.copy(demo_file, path)
    service = Crm.open(path, clock=lambda: demo.REFERENCE_TIME)
    yield service
    service.close()


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (FTS shadow tables too), in storage order; not the device's own
    sync state (``_`` tables: its random device id differs from file to file by design)."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            (name, "WITHOUT ROWID" in sql.upper())
            for name, sql in connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE '\\_%' ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
            )
        ]
        return {
            table: connection.execute(
                f'SELECT * FROM "{table}" ORDER BY 1'
                if no_rowid
                else f'SELECT rowid, * FROM "{table}" ORDER BY rowid'
            ).fetchall()
            for table, no_rowid in tables
        }
    finally:
        connection.close()


def _rows(crm: Crm, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(crm.db.path)
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()


def test_the_same_seed_gives_the_same_rows_in_one_process_or_two(demo_file: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.sqlite3"
    _generate(again, parallel=True)  # activities, tasks and sales from a second process
    first, second = _dump(demo_file), _dump(again)
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], table
    other = tmp_path / "other.sqlite3"
    _generate(other, seed=SEED + 1)
    assert _dump(other)["contacts"] != first["contacts"]


def test_without_a_second_process_the_rows_are_the_same(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class NoProcesses:
        def Process(self, **_kwargs: object) -> object:
            raise OSError("no processes here")

    monkeypatch.setattr(demo.multiprocessing, "get_context", lambda _method: NoProcesses())
    path = tmp_path / "fallback.sqlite3"
    _generate(path, parallel=True)
    assert _dump(path) == _dump(demo_file)


def test_every_entity_is_filled_in_the_proportions_asked(crm: Crm) -> None:
    counts = crm.stats.counts()
    assert counts["contact"] == N
    assert counts["company"] == N // 10
    assert counts["deal"] == N // 5
    assert counts["case"] == N // 20
    assert counts["activity"] == 3 * N
    assert counts["article"] == 30
    assert counts["product"] == 50
    assert counts["stage"] == 6 and counts["pipeline"] == 1
    assert N // 5 <= counts["sale"] <= N // 3
    assert counts["sale_line"] >= counts["sale"]
    assert counts["contact_method"] > 2 * N
    assert all(count > 0 for count in counts.values()), counts


def test_the_ids_are_uuid7_from_the_shared_builder() -> None:
    rng_a, rng_b = random.Random(3), random.Random(3)
    ids = demo._Ids(rng_a)
    times = random.Random(4)
    for _n in range(1000):
        us = times.randrange(1_600_000_000_000_000, 1_900_000_000_000_000)
        assert ids(us) == uuid7_from(us // 1000, rng_b.getrandbits(74))


def test_values_are_stored_as_the_tables_store_them(crm: Crm) -> None:
    row = _rows(crm, "SELECT created_at, updated_at, birthday, custom, lifecycle, do_not_call FROM contacts")
    assert all(TIMESTAMP.match(r[0]) and TIMESTAMP.match(r[1]) for r in row)
    assert all(r[2] is None or re.match(r"^\d{4}-\d\d-\d\d$", r[2]) for r in row)
    assert {r[3] for r in row} >= {"{}"} and all(isinstance(json.loads(r[3]), dict) for r in row)
    assert {r[4] for r in row} <= {"lead", "prospect", "customer", "former"}
    assert {r[5] for r in row} <= {0, 1}
    contact = crm.contacts.get(_rows(crm, "SELECT id FROM contacts LIMIT 1")[0][0])
    assert contact.created_at.tzinfo is not None
    assert all(r[0] and "e" not in r[0] for r in _rows(crm, "SELECT rate_to_base FROM deals"))
    # a record the service writes reads back the same way
    made = crm.contacts.create(ContactInput(given_name="Test", family_name="Person")).value
    stored = _rows(crm, "SELECT created_at FROM contacts WHERE id = ?", made.id)[0][0]
    assert TIMESTAMP.match(stored)


def test_settings_read_through_the_service(crm: Crm) -> None:
    settings = crm.settings.get()
    assert settings.base_currency == "USD"
    assert set(settings.currency_rates) == {"SAR", "IRR", "TRY", "EUR"}
    assert settings.business_name


def test_contacts_are_readable_and_searchable_through_the_services(crm: Crm) -> None:
    page = crm.contacts.list(ListQuery(limit=N))
    assert len(page.items) == N
    for contact in page.items[:20]:
        assert crm.contacts.get(contact.id).display_name == contact.display_name
    languages = Counter(c.language for c in page.items)
    assert set(languages) == {"en", "ar", "fa", "tr"}
    arabic = crm.search.contacts("محم")
    assert arabic and all("محم" in r.display_name or "محم" in r.company_name for r in arabic[:1])
    assert any(r.display_name.startswith("محم") for r in arabic)
    turkish = [c for c in page.items if any(ch in c.display_name for ch in "İışğ")]
    assert turkish


def test_phones_are_valid_formatted_and_found_by_national_digits(crm: Crm) -> None:
    phones = _rows(crm, "SELECT contact_id, value, normalized FROM contact_methods WHERE kind = 'phone'")
    regions = set()
    for _contact_id, value, e164 in phones:
        number = phonenumbers.parse(e164, None)
        assert phonenumbers.is_valid_number(number), e164
        assert value == format_phone(e164)
        regions.add(phonenumbers.region_code_for_number(number))
    assert regions >= {"SA", "IR", "TR"} and regions & {"US", "GB"}
    primary = _rows(
        crm,
        "SELECT contact_id, normalized FROM contact_methods "
        "WHERE kind = 'phone' AND is_primary = 1 AND contact_id IS NOT NULL LIMIT 5",
    )
    for contact_id, e164 in primary:
        national = phone_search_tokens(e164)[-1]  # as dialled at home: 0501234567
        found = crm.search.contacts(national)
        assert contact_id in [r.id for r in found], (e164, national)


def test_one_primary_email_and_phone_and_the_emails_validate(crm: Crm) -> None:
    counts = _rows(
        crm,
        "SELECT coalesce(contact_id, company_id), kind, sum(is_primary) FROM contact_methods "
        "GROUP BY coalesce(contact_id, company_id), kind",
    )
    assert all(primaries == 1 for _owner, _kind, primaries in counts)
    for value, normalized in _rows(crm, "SELECT value, normalized FROM contact_methods WHERE kind = 'email'")[
        :50
    ]:
        assert normalize_email(value) == normalized == value


def test_search_texts_are_the_ones_the_services_build(crm: Crm) -> None:
    def bodies() -> dict[str, str]:
        return dict(_rows(crm, "SELECT ref_id, body FROM search_docs"))

    before = bodies()
    contacts = [c.id for c in crm.contacts.list(ListQuery(limit=N)).items]
    for contact_id in contacts[:60]:
        crm.contacts.update(contact_id, ContactInput())  # re-indexes with the service's own text
    for company in crm.companies.list(ListQuery(limit=10)).items:
        crm.companies.update(company.id, CompanyInput())
    for deal in crm.deals.list(ListQuery(limit=10)).items:
        crm.deals.update(deal.id, DealInput())
    for article in crm.knowledge.list(ListQuery(limit=30)).items:
        crm.knowledge.update(article.id, ArticleInput())
    after = bodies()
    assert after == before


def test_case_search_texts_are_the_services(crm: Crm) -> None:
    from crm_desktop.services.cases import CaseInput

    before = dict(_rows(crm, "SELECT ref_id, body FROM search_docs WHERE entity = 'case'"))
    for case_row in crm.cases.list(ListQuery(limit=10)).items:
        crm.cases.update(case_row.id, CaseInput())
    after = dict(_rows(crm, "SELECT ref_id, body FROM search_docs WHERE entity = 'case'"))
    assert after == before


def test_the_search_service_gives_what_ids_and_rows_give(crm: Crm) -> None:
    """The fast search path returns what the ORM path (first_page_ids + contact_rows) returns."""
    names = [c.display_name for c in crm.contacts.list(ListQuery(limit=N)).items]
    queries = {n[:k] for n in names[::7] for k in (1, 2, 3)} | {n.split()[-1][:3] for n in names[::11]}
    queries |= {"gmail", "info", "0", "966 5", "zzzz"}
    for query in sorted(queries):
        with crm.db.read() as session:
            ids = first_page_ids(session, "contact", Contact, query, 50)
        assert crm.search.contacts(query, 50) == contact_rows(crm.ctx, ids), query


def test_sales_totals_are_the_sum_of_their_lines(crm: Crm) -> None:
    rates = {"USD": Decimal(1), **{k: Decimal(v) for k, v in demo.CURRENCY_RATES.items()}}
    lines = _rows(
        crm, "SELECT sale_id, quantity, unit_price_minor, discount_bp, line_total_minor FROM sale_lines"
    )
    totals: dict[str, int] = {}
    for sale_id, quantity, unit, discount, total in lines:
        assert total == line_total(Decimal(quantity), unit, discount)
        totals[sale_id] = totals.get(sale_id, 0) + total
    sales = _rows(crm, "SELECT id, total_minor, currency, rate_to_base, base_total_minor FROM sales")
    assert {sale_id for sale_id, *_rest in sales} == set(totals)
    for sale_id, total, currency, rate, base_total in sales:
        assert total == totals[sale_id]
        assert Decimal(rate) == rates[currency]
        assert base_total == base_of(total, currency, Decimal(rate), "USD")
    assert all(1 <= n <= 4 for n in Counter(sale_id for sale_id, *_rest in lines).values())
    sale = crm.sales.get(sales[0][0])
    assert sum(line.line_total_minor for line in crm.sales.lines(sale.id)) == sale.total_minor


def test_deals_in_every_stage_and_currency_with_consistent_base_amounts(crm: Crm) -> None:
    deals = _rows(
        crm,
        "SELECT d.id, s.name, s.kind, d.amount_minor, d.currency, d.rate_to_base, d.base_amount_minor, "
        "d.lost_reason, d.closed_at FROM deals d JOIN stages s ON s.id = d.stage_id",
    )
    assert {name for _i, name, *_r in deals} == {"New", "Qualified", "Proposal", "Negotiation", "Won", "Lost"}
    assert {d[4] for d in deals} >= {"SAR", "IRR", "TRY", "USD", "EUR"}
    for _id, _name, kind, amount, currency, rate, base, lost_reason, closed_at in deals:
        assert base == base_of(amount, currency, Decimal(rate), "USD")
        assert (kind == "lost") == bool(lost_reason)
        assert (kind == "open") == (closed_at is None)
    with_lines = _rows(
        crm,
        "SELECT DISTINCT d.id, d.amount_minor FROM deals d JOIN deal_lines l ON l.deal_id = d.id",
    )
    assert with_lines
    for deal_id, amount in with_lines:
        assert amount == sum(
            line_total(line.quantity, line.unit_price_minor, line.discount_bp)
            for line in crm.deals.lines(deal_id)
        )
    stage_moves = _rows(crm, "SELECT count(*) FROM activities WHERE kind = 'stage_change'")[0][0]
    assert stage_moves > 0


def test_cases_of_every_priority_and_status_with_their_sla(crm: Crm) -> None:
    cases = crm.cases.list(ListQuery(limit=N))
    assert {c.priority for c in cases.items} == set(Priority)
    assert {c.status for c in cases.items} == set(CaseStatus)
    for case_row in cases.items:
        hours = DEFAULT_SLA_HOURS[Priority(case_row.priority).value]
        assert case_row.sla_due_at == case_row.created_at + timedelta(hours=hours)
        if not CaseStatus(case_row.status).is_active:
            assert case_row.resolution and case_row.resolved_at is not None
        assert 0 <= case_row.escalation_level <= 3
        assert bool(case_row.escalation_level) == bool(case_row.escalation_reason)


def test_tasks_are_done_overdue_due_today_and_upcoming(crm: Crm) -> None:
    for bucket in ("done", "overdue", "today", "upcoming"):
        assert crm.tasks.count(ListQuery(filters={"bucket": bucket})) > 0, bucket


def test_activities_of_every_kind_linked_to_contacts_deals_and_cases(crm: Crm) -> None:
    kinds = dict(_rows(crm, "SELECT kind, count(*) FROM activities GROUP BY kind"))
    assert set(kinds) == {"call", "email", "meeting", "note", "visit", "sms", "stage_change"}
    links = _rows(
        crm,
        "SELECT count(contact_id), count(deal_id), count(case_id), count(*) FROM activities",
    )[0]
    assert links[0] == links[3] and links[1] > 0 and links[2] > 0


def test_knowledge_base_in_english_and_arabic(crm: Crm) -> None:
    articles = crm.knowledge.list(ListQuery(limit=50)).items
    assert len(articles) == 30
    assert any(re.search("[\u0600-\u06ff]", a.title) for a in articles)
    assert any(a.title.isascii() for a in articles)
    assert crm.knowledge.suggest("Delivery arrived damaged, boxes crushed")


def test_the_file_is_sound_and_its_search_indexes_agree_with_their_text(crm: Crm) -> None:
    assert crm.db.integrity_problems() == []
    connection = sqlite3.connect(crm.db.path)
    try:
        for entity in SEARCH_ENTITIES:
            table = f"{entity}_fts"
            connection.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
        triggers = {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_docs_%'"
            )
        }
        assert triggers == {f"search_docs_{e}_{op}" for e in SEARCH_ENTITIES for op in ("ai", "ad", "au")}
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        connection.close()
    # the triggers work again: a new contact is found at once
    crm.contacts.create(ContactInput(given_name="Zebulon", family_name="Quartz"))
    assert [r.display_name for r in crm.search.contacts("zebu")] == ["Zebulon Quartz"]


def test_the_schema_is_exactly_the_migrations(demo_file: Path, tmp_path: Path) -> None:
    """Indexes and triggers set aside during the load come back as the migration made them."""
    fresh = tmp_path / "fresh.sqlite3"
    Database.open(fresh).close()

    def schema(path: Path) -> set[tuple[str, str, str, str | None]]:
        connection = sqlite3.connect(path)
        try:
            return set(connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
        finally:
            connection.close()

    assert schema(demo_file) == schema(fresh)


def test_a_database_with_contacts_is_refused_and_left_as_it_was(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.sqlite3"
    shutil.copy(demo_file, path)
    before = _dump(path)
    with pytest.raises(CrmError, match="already has contacts"):
        demo.generate(path, contacts=10)
    assert _dump(path) == before
    assert not path.with_name(path.name + ".demo-part").exists()


def test_a_new_file_opened_by_the_program_first_keeps_its_pipeline(tmp_path: Path) -> None:
    path = tmp_path / "opened.sqlite3"
    Crm.open(path).close()  # makes the default pipeline, as the first start does
    demo.generate(path, contacts=40)
    opened = Crm.open(path)
    try:
        counts = opened.stats.counts()
        assert counts["pipeline"] == 1 and counts["stage"] == 6 and counts["deal"] == 8
    finally:
        opened.close()


def test_progress_is_reported_per_phase(tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    demo.generate(tmp_path / "p.sqlite3", contacts=20, progress=lambda *a: seen.append(a))
    assert [number for _phase, number, _of in seen] == list(range(1, len(demo.PHASES) + 1))
    assert all(of == len(demo.PHASES) for _phase, _number, of in seen)


def test_bench_search_runs_on_a_small_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = Path(__file__).resolve().parents[2] / "bench" / "search.py"
    spec = importlib.util.spec_from_file_location("bench_search", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    db = tmp_path / "bench.sqlite3"
    assert module.main(["--contacts", "200", "--db", str(db), "--prefixes", "12", "--repeat", "2"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["contacts"] == 200 and report["reused"] is False
    assert set(report["service"]) == {"p50_ms", "p95_ms", "max_ms"} == set(report["bare"])
    assert module.main(["--contacts", "200", "--db", str(db), "--prefixes", "12", "--repeat", "1"]) == 0
    assert json.loads(capsys.readouterr().out)["reused"] is True


@pytest.mark.parametrize("stop_at", [1, 3])
def test_cancel_leaves_the_database_empty_and_usable(tmp_path: Path, stop_at: int) -> None:
    """The first start's Cancel: no sample rows, no side file, and the file opens as a new database."""
    path = tmp_path / "cancelled.sqlite3"

    def progress(_phase: str, number: int, _of: int) -> None:
        if number == stop_at:
            raise Cancelled()

    with pytest.raises(Cancelled):
        demo.generate(path, contacts=40, progress=progress)
    assert not path.with_name(path.name + ".demo-part").exists()
    opened = Crm.open(path)
    try:
        assert opened.stats.counts()["contact"] == 0
    finally:
        opened.close()
