"""Demo data: a living CRM of any size, the same rows for the same seed.

``generate`` fills a new (or contact-less) database with contacts, companies,
deals, sales, cases, activities, tasks and knowledge-base articles in English,
Arabic, Persian and Turkish. Everything is drawn from ``random.Random``
generators seeded per phase, and times count back from :data:`REFERENCE_TIME`,
never from the clock, so a seed and a size always give the same rows.

A million contacts must load in a few minutes on two cores, so:

* rows are prebuilt tuples written with the sqlite3 module's ``executemany``,
  in one transaction, with the search triggers and the big tables' non-unique
  indexes set aside: each FTS table is rebuilt and each index built once at
  the end, and the triggers and indexes are created again from their own SQL
  (the schema ends exactly as the migrations made it);
* who is linked to whom (ids, languages, companies, owners, deal stages,
  cases) is a cheap "skeleton" that every process computes alike from the
  seed, so a second process writes activities, tasks and sales into a side
  file at the same time, which SQLite then copies in whole (``INSERT INTO
  ... SELECT *`` between tables of the same shape copies records as they are).

Every value is stored exactly as the SQLModel tables store it (datetimes
``YYYY-MM-DD HH:MM:SS.ffffff`` naive UTC, dates ISO, booleans 0/1, enums by
value, decimals and JSON as text), and every search text is the one the
services build for the same record.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import random
import re
import sqlite3
from array import array
from bisect import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from itertools import accumulate
from pathlib import Path
from typing import Any

import phonenumbers

from crm_desktop.domain.contact_points import format_phone, phone_search_tokens
from crm_desktop.domain.enums import ActivityKind, CaseStatus, Channel, Lifecycle, Priority, StageKind
from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.folding import fold, index_text
from crm_desktop.domain.models import Case
from crm_desktop.domain.money import minor_digits
from crm_desktop.i18n import _
from crm_desktop.services import demo_data as data
from crm_desktop.services.cases import escalation_for, sla_due
from crm_desktop.services.money_fields import base_of, line_total
from crm_desktop.services.people import NOTES_INDEXED
from crm_desktop.services.pipeline import default_stages
from crm_desktop.services.settings import BusinessSettings
from crm_desktop.storage import bulk_load
from crm_desktop.storage.database import Database
from crm_desktop.storage.engine import BUSY_TIMEOUT_MS
from crm_desktop.storage.errors import translate

Progress = Callable[[str, int, int], None]
log = logging.getLogger(__name__)

# "Now" for the demo: tasks due today, overdue cases and recent activity are relative to it.
REFERENCE_TIME = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
BASE_CURRENCY = "USD"
# base (USD) units per unit of each currency, as a shop would type them in Settings
CURRENCY_RATES = {"SAR": "0.2667", "IRR": "0.0000238", "TRY": "0.029", "EUR": "1.08"}
# below this many contacts one process writes everything (starting a second costs more than it saves)
PARALLEL_FROM = 20_000
# tables the second process writes into the side file
SIDE_TABLES = ("activities", "tasks", "sales", "sale_lines")
# big tables whose (non-unique) indexes are dropped during the load and built again after it:
# sorting all keys once costs far less than a million random inserts into each index
DEFERRED_INDEXES = ("companies", "contacts", "contact_methods", "deals", "deal_lines", "cases", "taggings")

BATCH = 20_000
# tests set this: every contact's search text is then also built by index_text and compared
CHECK_SEARCH_TEXT = False
CACHE_KIB = 1_000_000  # SQLite page cache during the load (only what is used is allocated)
_EPOCH = datetime(1970, 1, 1)
_REF_US = int((REFERENCE_TIME - datetime(1970, 1, 1, tzinfo=UTC)) / timedelta(microseconds=1))
_DAY_US = 86_400_000_000
_HOUR_US = 3_600_000_000
_MINUTE_US = 60_000_000
_NATIONAL_DIGITS = {"SA": 9, "IR": 10, "TR": 10, "GB": 10, "US": 10}
_CURRENCIES = ("USD", "EUR", "SAR", "IRR", "TRY")
_ARTICLE = "ال"
_WORD = re.compile(r"\w+")


def _ts(us: int) -> str:
    """Epoch microseconds as SQLAlchemy's SQLite DateTime stores them."""
    return (_EPOCH + timedelta(microseconds=us)).isoformat(" ", "microseconds")


def _day(us: int) -> str:
    return (_EPOCH + timedelta(microseconds=us)).date().isoformat()


def _aware(us: int) -> datetime:
    return (_EPOCH + timedelta(microseconds=us)).replace(tzinfo=UTC)


def _us(moment: datetime) -> int:
    return int((moment - datetime(1970, 1, 1, tzinfo=UTC)) / timedelta(microseconds=1))


def _decimal_text(value: Decimal) -> str:
    """How DecimalText stores a decimal."""
    return format(value.normalize(), "f")


class _Ids:
    """UUIDv7 ids from a seeded generator; the time part is the row's creation time.

    The same text as ``domain.ids.uuid7_from(us // 1000, getrandbits(74))``
    (a test holds them equal), written out directly because a million-contact
    demo makes about eight million ids.
    """

    def __init__(self, rng: random.Random) -> None:
        self._bits = rng.getrandbits
        self._ms = -1
        self._head = ""

    def __call__(self, us: int) -> str:
        ms = us // 1000
        if ms != self._ms:  # rows made together (a contact, its emails and phones) share the time part
            self._ms = ms
            self._head = f"{ms >> 16:08x}-{ms & 0xFFFF:04x}-7"
        bits = self._bits(74)
        tail = f"{(bits & 0x3FFFFFFFFFFFFFFF) | 0x8000000000000000:016x}"  # variant 10, then 62 bits
        return f"{self._head}{bits >> 62:03x}-{tail[:4]}-{tail[4:]}"


class _Clock:
    """Creation times moving forward from ``start`` to about ``end`` in ``count`` random steps."""

    def __init__(self, rng: random.Random, start: int, end: int, count: int) -> None:
        self._random = rng.random
        self._step = 2 * (end - start) / max(count, 1) * 0.97
        self.now = start
        self._end = end

    def __call__(self) -> int:
        self.now = min(self.now + 1 + int(self._random() * self._step), self._end)
        return self.now


def _weighted(rng: random.Random, weights: Sequence[int]) -> Callable[[], int]:
    """A fast draw of an index with the given integer weights."""
    cumulative = list(accumulate(weights))
    total = cumulative[-1]
    rand = rng.random
    return lambda: bisect(cumulative, rand() * total)


def _rng(seed: int, phase: str) -> random.Random:
    return random.Random(f"crm-demo:{seed}:{phase}")


@dataclass(frozen=True)
class _PhoneShape:
    """How numbers starting with one E.164 prefix are written and searched."""

    prefix: str
    free_digits: int  # digits after the prefix
    template: str  # format_phone's output with each digit as {}
    trunk: str  # national trunk prefix ("0"), "" where the national form has none
    national_start: int  # index in the E.164 digits where the national number starts

    def make(self, rand: Callable[[], float]) -> tuple[str, str, list[str]]:
        """(E.164, as shown, search tokens) of a random valid number."""
        rest = str(int(rand() * 10**self.free_digits)).zfill(self.free_digits)
        if self.prefix.startswith("+1"):
            rest = str(2 + int(rand() * 8)) + rest[1:]  # US exchange codes start 2-9
        e164 = self.prefix + rest
        all_digits = e164[1:]
        national = all_digits[self.national_start :]
        tokens = [all_digits, national, self.trunk + national] if self.trunk else [all_digits, national]
        return e164, self.template.format(*all_digits), tokens


def _phone_shape(prefix: str, country: str) -> _PhoneShape:
    """The shape of ``prefix`` numbers, learnt from phonenumbers once instead of per number."""
    country_code = str(phonenumbers.country_code_for_region(country))
    free = len(country_code) + _NATIONAL_DIGITS[country] - (len(prefix) - 1)
    sample = prefix + "".join(str(2 + d % 8) for d in range(free))
    template = re.sub(r"\d", "{}", format_phone(sample))
    tokens = phone_search_tokens(sample)
    national = tokens[1]
    trunk = tokens[2][: -len(national)] if len(tokens) > 2 else ""
    shape = _PhoneShape(prefix, free, template, trunk, len(country_code))
    check = random.Random(prefix)
    for _n in range(3):  # the shape must agree with phonenumbers on other numbers too
        e164, value, made = shape.make(check.random)
        if value != format_phone(e164) or made != phone_search_tokens(e164):
            raise AssertionError(f"phone shape of {prefix} does not match phonenumbers")
    return shape


class _SearchText:
    """``index_text`` of contacts, with the folding of repeated parts (names, cities) done once.

    Folding works per word, so folding parts one by one and joining them with
    spaces gives what folding the joined text gives; a test compares every
    contact's text with the service's own.
    """

    def __init__(self) -> None:
        self._folded: dict[str, tuple[str, list[str]]] = {}

    def _fold(self, text: str) -> tuple[str, list[str]]:
        known = self._folded.get(text)
        if known is None:
            folded = fold(text)
            extra = [w[2:] for w in _WORD.findall(folded) if w.startswith(_ARTICLE) and len(w) > 4]
            known = self._folded[text] = (folded, extra)
        return known

    def __call__(self, parts: Sequence[str], verbatim: Sequence[str], last: str) -> str:
        """Like ``index_text(*parts, *verbatim, last)``; ``verbatim`` parts are folded already."""
        words: list[str] = []
        extra: list[str] = []
        for part in parts:
            if part:
                folded, more = self._fold(part)
                words.append(folded)
                extra += more
        words += verbatim
        if last:
            folded, more = self._fold(last)
            words.append(folded)
            extra += more
        text = " ".join(words)
        return f"{text} {' '.join(extra)}" if extra else text


class _Writer:
    """Rows waiting for executemany, flushed per table when a batch is full."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.statements = {table: _insert_sql(table) for table in _COLUMNS}
        self.statements["settings"] = (
            "INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, ?)"
        )
        self.pending: dict[str, list[tuple[Any, ...]]] = {table: [] for table in _COLUMNS}
        self.counts: dict[str, int] = {}
        self.abandoned: Callable[[], bool] | None = None  # the side process: has the main one gone?

    def add(self, table: str, row: tuple[Any, ...]) -> None:
        rows = self.pending[table]
        rows.append(row)
        if len(rows) >= BATCH:
            self.flush(table)

    def appender(self, table: str) -> Callable[[tuple[Any, ...]], None]:
        """A bare append to the table's batch, for hot loops; they call :meth:`flush_full` now and then."""
        return self.pending[table].append

    def flush_full(self) -> None:
        if self.abandoned is not None and self.abandoned():
            raise SystemExit(1)
        for name, rows in self.pending.items():
            if len(rows) >= BATCH:
                self.flush(name)

    def flush(self, table: str | None = None) -> None:
        for name in [table] if table else list(self.pending):
            rows = self.pending[name]
            if rows:
                self.connection.executemany(self.statements[name], rows)
                self.counts[name] = self.counts.get(name, 0) + len(rows)
                rows.clear()


def _cols(names: str) -> tuple[str, ...]:
    return tuple(names.split())


_COLUMNS: dict[str, tuple[str, ...]] = {
    "users": ("id", "created_at", "updated_at", "name", "email", "role", "active"),
    "tags": ("id", "created_at", "updated_at", "name", "sort_key", "color"),
    "taggings": ("id", "created_at", "updated_at", "tag_id", "entity", "record_id"),
    "custom_field_definitions": _cols(
        "id created_at updated_at entity key label field_type choices required position"
    ),
    "pipelines": ("id", "created_at", "updated_at", "name", "position"),
    "stages": ("id", "created_at", "updated_at", "pipeline_id", "name", "position", "probability", "kind"),
    "products": _cols(
        "id created_at updated_at sku name description unit_price_minor currency unit_cost_minor tax_bp "
        "active"
    ),
    "companies": _cols(
        "id created_at updated_at address_line city region postal_code country name sort_key industry "
        "website tax_id owner_id notes custom"
    ),
    "contacts": _cols(
        "id created_at updated_at address_line city region postal_code country given_name family_name "
        "display_name sort_key company_id job_title birthday language preferred_channel do_not_call "
        "do_not_email do_not_sms do_not_mail marketing_consent marketing_consent_at preferences_note "
        "lifecycle source owner_id notes custom"
    ),
    "contact_methods": _cols(
        "id created_at updated_at contact_id company_id kind label value normalized is_primary position"
    ),
    "deals": _cols(
        "id created_at updated_at title contact_id company_id pipeline_id stage_id amount_minor currency "
        "rate_to_base base_amount_minor expected_close probability_override owner_id lost_reason closed_at "
        "stage_changed_at notes custom"
    ),
    "deal_lines": _cols(
        "id created_at updated_at deal_id product_id description quantity unit_price_minor discount_bp "
        "tax_bp position"
    ),
    "sales": _cols(
        "id created_at updated_at number contact_id company_id deal_id sold_on currency total_minor "
        "cost_minor rate_to_base base_total_minor owner_id notes"
    ),
    "sale_lines": _cols(
        "id created_at updated_at sale_id product_id description quantity unit_price_minor unit_cost_minor "
        "discount_bp line_total_minor position"
    ),
    "cases": _cols(
        "id created_at updated_at subject description channel priority status sla_due_at escalation_level "
        "escalation_reason escalated_at assignee_id contact_id company_id product_id resolution "
        "first_response_at resolved_at closed_at"
    ),
    "activities": _cols(
        "id created_at updated_at kind direction subject body outcome occurred_at duration_minutes "
        "contact_id company_id deal_id case_id owner_id"
    ),
    "tasks": _cols(
        "id created_at updated_at title notes due_at remind_at assignee_id done_at priority contact_id "
        "company_id deal_id case_id"
    ),
    "knowledge_articles": ("id", "created_at", "updated_at", "title", "body", "category", "published"),
    "search_docs": ("entity", "ref_id", "body"),
    "settings": ("key", "value", "updated_at"),
}


def _insert_sql(table: str) -> str:
    columns = _COLUMNS[table]
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _c in columns)})"


def _rate(currency: str) -> Decimal:
    return Decimal(1) if currency == BASE_CURRENCY else Decimal(CURRENCY_RATES[currency])


def _price_in(usd_minor: int, currency: str) -> int:
    """A USD price in ``currency`` minor units, rounded the way a seller would type it."""
    major = Decimal(usd_minor) / 100 / _rate(currency)
    places = minor_digits(currency)
    step = Decimal(1000) if currency == "IRR" else Decimal(1).scaleb(-places)
    rounded = (major / step).quantize(Decimal(1), rounding=ROUND_HALF_EVEN) * step
    return int(rounded.scaleb(places))


# --- what every process knows alike ----------------------------------------------------


@dataclass(frozen=True)
class _Fixed:
    """The small tables both processes refer to (users, stages, products)."""

    seller_ids: tuple[str, ...]
    support_ids: tuple[str, ...]
    pipeline_id: str
    stages: tuple[tuple[str, str, int, str], ...]  # id, name, probability, kind
    products: tuple[tuple[str, str, int, int, int], ...]  # id, name, USD price, USD cost, tax bp


@dataclass
class _Skeleton:
    """Ids and links of the big tables, drawn from their own generators so any process can redraw them."""

    company_ids: list[str] = field(default_factory=list)
    company_language: bytearray = field(default_factory=bytearray)
    companies_by_language: list[list[int]] = field(default_factory=list)
    contact_at: list[int] = field(default_factory=list)
    contact_ids: list[str] = field(default_factory=list)
    contact_language: bytearray = field(default_factory=bytearray)
    contact_company: array[int] = field(default_factory=lambda: array("i"))  # company index or -1
    contact_owner: bytearray = field(default_factory=bytearray)  # index into seller_ids
    contact_lifecycle: bytearray = field(default_factory=bytearray)  # index into Lifecycle
    deal_at: list[int] = field(default_factory=list)
    deal_ids: list[str] = field(default_factory=list)
    deal_contact: array[int] = field(default_factory=lambda: array("i"))
    deal_stage: bytearray = field(default_factory=bytearray)
    deal_currency: list[str] = field(default_factory=list)
    deal_changed_at: list[int] = field(default_factory=list)
    deal_lost_reason: list[str] = field(default_factory=list)
    case_ids: list[str] = field(default_factory=list)
    case_contact: array[int] = field(default_factory=lambda: array("i"))
    case_plan: list[tuple[int, Priority, CaseStatus]] = field(
        default_factory=list
    )  # created, priority, status


LANGUAGES = [language for language, _weight in data.LANGUAGES]
LIFECYCLES = list(Lifecycle)


def _skeleton(n: int, seed: int, fixed: _Fixed) -> _Skeleton:
    sk = _Skeleton()
    languages = LANGUAGES
    weights = [weight for _language, weight in data.LANGUAGES]

    rng = _rng(seed, "skeleton:companies")
    ids = _Ids(rng)
    count = max(1, n // 10)
    clock = _Clock(rng, _REF_US - 1095 * _DAY_US, _REF_US - _DAY_US, count)
    pick_language = _weighted(rng, weights)
    sk.companies_by_language = [[] for _language in languages]
    for index in range(count):
        language = index % len(languages) if index < len(languages) else pick_language()
        sk.company_ids.append(ids(clock()))
        sk.company_language.append(language)
        sk.companies_by_language[language].append(index)
    for language, members in enumerate(sk.companies_by_language):
        if not members:  # tiny demos: every language still has a company to work for
            members.append(language % count)

    rng = _rng(seed, "skeleton:contacts")
    rand = rng.random
    ids = _Ids(rng)
    clock = _Clock(rng, _REF_US - 1095 * _DAY_US, _REF_US - _HOUR_US, n)
    pick_language = _weighted(rng, weights)
    pick_lifecycle = _weighted(rng, [35, 25, 30, 10])
    sellers = len(fixed.seller_ids)
    by_language = sk.companies_by_language
    for index in range(n):
        at = clock()
        language = index % len(languages) if index < len(languages) else pick_language()
        company = -1
        if rand() < 0.6:
            members = by_language[language]
            company = members[int(rand() * len(members))]
        sk.contact_at.append(at)
        sk.contact_ids.append(ids(at))
        sk.contact_language.append(language)
        sk.contact_company.append(company)
        sk.contact_owner.append(int(rand() * sellers))
        sk.contact_lifecycle.append(pick_lifecycle())

    rng = _rng(seed, "skeleton:deals")
    rand = rng.random
    ids = _Ids(rng)
    count = max(1, n // 5)
    clock = _Clock(rng, _REF_US - 730 * _DAY_US, _REF_US - _HOUR_US, count)
    stages = fixed.stages
    pick_stage = _weighted(rng, [20, 15, 12, 8, 25, 20] if len(stages) == 6 else [1] * len(stages))
    for index in range(count):
        at = clock()
        contact = int(rand() * n)
        deal_language = languages[sk.contact_language[contact]]
        stage = index if index < len(stages) else pick_stage()
        sk.deal_at.append(at)
        sk.deal_ids.append(ids(at))
        sk.deal_contact.append(contact)
        sk.deal_stage.append(stage)
        sk.deal_currency.append(deal_language.currencies[int(rand() * len(deal_language.currencies))])
        moved = at + int(rand() * min(60 * _DAY_US, _REF_US - at))
        sk.deal_changed_at.append(moved if stage > 0 else at)
        reasons = deal_language.lost_reasons
        lost = stages[stage][3] == StageKind.LOST.value
        sk.deal_lost_reason.append(reasons[int(rand() * len(reasons))] if lost else "")

    rng = _rng(seed, "skeleton:cases")
    rand = rng.random
    ids = _Ids(rng)
    count = max(1, n // 20)
    priorities = list(Priority)
    statuses = list(CaseStatus)
    pick_priority = _weighted(rng, [20, 45, 25, 10])
    pick_status = _weighted(rng, [10, 20, 10, 35, 25])
    plans: list[tuple[str, int, int, Priority, CaseStatus]] = []
    for index in range(count):
        priority = priorities[index % 4] if index < 5 else priorities[pick_priority()]
        status = statuses[index] if index < len(statuses) else statuses[pick_status()]
        if status.is_active:  # open cases are recent; resolved ones go back two years
            created = _REF_US - int(rand() * rand() * 20 * _DAY_US) - _MINUTE_US
        else:
            created = _REF_US - int((3 + rand() * 700) * _DAY_US)
        plans.append((ids(created), created, int(rand() * n), priority, status))
    plans.sort(key=lambda plan: plan[0])  # by id, so by creation time: the primary key grows at its end
    for case_id, created, contact, priority, status in plans:
        sk.case_ids.append(case_id)
        sk.case_contact.append(contact)
        sk.case_plan.append((created, priority, status))
    return sk


# --- the main process: everything found by search, and the small tables --------------------


class _Main:
    def __init__(self, writer: _Writer, n: int, seed: int) -> None:
        self.w = writer
        self.n = n
        self.seed = seed
        self.settings = BusinessSettings(base_currency=BASE_CURRENCY, currency_rates=CURRENCY_RATES)
        self.search_text = _SearchText()
        self.phone_shapes: dict[str, list[_PhoneShape]] = {}
        for language in LANGUAGES:
            for place in language.places:
                self.phone_shapes[place.city] = [_phone_shape(p, place.country) for p in place.phone_prefixes]
        self.tag_ids: list[str] = []
        self.company_names: list[str] = []
        self.company_domains: list[str] = []
        self.contact_names: list[str] = []

    def fixed(self, connection: sqlite3.Connection) -> _Fixed:
        """Settings, users, tags, the custom field, the pipeline and products."""
        w = self.w
        stamp = _ts(_REF_US - 1100 * _DAY_US)
        for key, value in {
            "business_name": "Demo Trading Co.",
            "base_currency": BASE_CURRENCY,
            "default_region": "SA",
            "currency_rates": self.settings.model_dump()["currency_rates"],
        }.items():
            w.add("settings", (key, json.dumps(value), stamp))

        rng = _rng(self.seed, "users")
        ids = _Ids(rng)
        sellers: list[str] = []
        support: list[str] = []
        for index, (name, email, role) in enumerate(data.USERS):
            at = _REF_US - 1100 * _DAY_US + index * _MINUTE_US
            user_id = ids(at)
            if role in ("seller", "manager", "owner"):
                sellers.append(user_id)
            if role in ("support", "manager"):
                support.append(user_id)
            w.add("users", (user_id, _ts(at), _ts(at), name, email, role, 1))

        rng = _rng(self.seed, "tags")
        ids = _Ids(rng)
        existing = dict(connection.execute("SELECT sort_key, id FROM tags WHERE deleted_at IS NULL"))
        at = _REF_US - 1000 * _DAY_US
        for name, color in data.TAGS:
            key = fold(name)
            at += _MINUTE_US
            if key in existing:
                self.tag_ids.append(existing[key])
                continue
            tag_id = ids(at)
            self.tag_ids.append(tag_id)
            w.add("tags", (tag_id, _ts(at), _ts(at), name, key, color))
        key, label, choices = data.CUSTOM_FIELD
        known = connection.execute(
            "SELECT 1 FROM custom_field_definitions WHERE entity = 'contact' AND key = ?", (key,)
        ).fetchone()
        if known is None:
            at += _MINUTE_US
            row = (
                ids(at),
                _ts(at),
                _ts(at),
                "contact",
                key,
                label,
                "choice",
                json.dumps(list(choices)),
                0,
                0,
            )
            w.add("custom_field_definitions", row)

        pipeline_id, stages = self._pipeline(connection)

        rng = _rng(self.seed, "products")
        ids = _Ids(rng)
        at = _REF_US - 1080 * _DAY_US
        taxes = (0, 500, 1000, 1500, 1800, 2000)
        products: list[tuple[str, str, int, int, int]] = []
        for index, (name, price, cost) in enumerate(data.PRODUCTS):
            at += _HOUR_US
            product_id = ids(at)
            tax = taxes[int(rng.random() * len(taxes))]
            sku = f"SKU-{1001 + index}"
            products.append((product_id, name, price, cost, tax))
            active = 0 if index % 17 == 16 else 1
            product_row = (
                product_id,
                _ts(at),
                _ts(at),
                sku,
                name,
                f"{name} — {sku}",
                price,
                BASE_CURRENCY,
                cost,
                tax,
                active,
            )
            w.add("products", product_row)
        return _Fixed(tuple(sellers), tuple(support), pipeline_id, stages, tuple(products))

    def _pipeline(self, connection: sqlite3.Connection) -> tuple[str, tuple[tuple[str, str, int, str], ...]]:
        """The file's first pipeline, or a new default one with the usual six stages."""
        row = connection.execute(
            "SELECT id FROM pipelines WHERE deleted_at IS NULL ORDER BY position, id LIMIT 1"
        ).fetchone()
        if row is not None:
            found = connection.execute(
                "SELECT id, name, probability, kind FROM stages "
                "WHERE pipeline_id = ? AND deleted_at IS NULL ORDER BY position, id",
                (row[0],),
            ).fetchall()
            if found:
                return str(row[0]), tuple((str(i), str(n), int(p), str(k)) for i, n, p, k in found)
        ids = _Ids(_rng(self.seed, "pipeline"))
        at = _REF_US - 1090 * _DAY_US
        pipeline_id = ids(at)
        self.w.add("pipelines", (pipeline_id, _ts(at), _ts(at), _("Sales"), 0))
        stages = []
        for position, (name, probability, kind) in enumerate(default_stages()):
            stage_at = at + (position + 1) * 1000
            stage_id = ids(stage_at)
            stages.append((stage_id, name, probability, kind.value))
            stamp = _ts(stage_at)
            self.w.add(
                "stages", (stage_id, stamp, stamp, pipeline_id, name, position, probability, kind.value)
            )
        return pipeline_id, tuple(stages)

    def companies(self, sk: _Skeleton, fixed: _Fixed) -> None:
        rng = _rng(self.seed, "companies")
        rand = rng.random
        ids = _Ids(rng)
        add_companies = self.w.appender("companies")
        add_contact_methods = self.w.appender("contact_methods")
        add_search_docs = self.w.appender("search_docs")
        sellers = fixed.seller_ids
        for index, company_id in enumerate(sk.company_ids):
            if not index & 1023:
                self.w.flush_full()
            at = _at_of(company_id)
            stamp = _ts(at)
            language = LANGUAGES[sk.company_language[index]]
            family = language.family[int(rand() * len(language.family))]
            place = language.places[int(rand() * len(language.places))]
            industry = language.industries[int(rand() * len(language.industries))]
            word = language.company_words[int(rand() * len(language.company_words))]
            pattern = language.company_names[int(rand() * len(language.company_names))]
            name = pattern.format(family=family[0], industry_word=word, place=place.city)
            # the web address spells the name where it is in Latin letters, else the family's
            slug = data.ascii_spelling(name)[:24] if language.code in ("en", "tr") else family[1]
            domain = f"{slug}{index % 997}{language.web_suffix}"
            website = f"https://www.{domain}"
            tax_id = str(300000000000000 + int(rand() * 99999999999999))
            street = language.streets[int(rand() * len(language.streets))]
            address = language.address.format(n=1 + int(rand() * 250), street=street)
            postal = str(10000 + int(rand() * 89999))
            notes = language.notes[int(rand() * len(language.notes))] if rand() < 0.2 else ""
            owner = sellers[int(rand() * len(sellers))]
            add_companies(
                (
                    company_id,
                    stamp,
                    stamp,
                    address,
                    place.city,
                    place.region,
                    postal,
                    place.country,
                    name,
                    fold(name),
                    industry,
                    website,
                    tax_id,
                    owner,
                    notes,
                    "{}",
                ),
            )
            email = f"info@{domain}"
            add_contact_methods(
                (ids(at), stamp, stamp, None, company_id, "email", "work", email, email, 1, 0),
            )
            shapes = self.phone_shapes[place.city]
            e164, shown, tokens = shapes[int(rand() * len(shapes))].make(rand)
            add_contact_methods(
                (ids(at), stamp, stamp, None, company_id, "phone", "work", shown, e164, 1, 0),
            )
            body = index_text(
                name, industry, website, tax_id, place.city, notes[:NOTES_INDEXED], email, *tokens
            )
            add_search_docs(("company", company_id, body))
            self.company_names.append(name)
            self.company_domains.append(domain)

    def contacts(self, sk: _Skeleton, fixed: _Fixed) -> None:
        rng = _rng(self.seed, "contacts")
        rand = rng.random
        ids = _Ids(rng)
        channels: list[str | None] = [None, None, None, *(c.value for c in Channel)]
        tag_ids = self.tag_ids
        sellers = fixed.seller_ids
        names: dict[tuple[int, int, int], tuple[str, str]] = {}
        second_labels = ("mobile", "home", "work")
        tier_key, _label, tiers = data.CUSTOM_FIELD
        sources = data.LEAD_SOURCES
        company_ids, company_names, company_domains = sk.company_ids, self.company_names, self.company_domains
        append_name = self.contact_names.append
        add_contacts = self.w.appender("contacts")
        add_contact_methods = self.w.appender("contact_methods")
        add_taggings = self.w.appender("taggings")
        add_search_docs = self.w.appender("search_docs")
        search_text = self.search_text
        for index, contact_id in enumerate(sk.contact_ids):
            if not index & 1023:
                self.w.flush_full()
            at = sk.contact_at[index]
            stamp = _ts(at)
            language_index = sk.contact_language[index]
            language = LANGUAGES[language_index]
            given_index = int(rand() * len(language.given))
            family_index = int(rand() * len(language.family))
            given, given_latin = language.given[given_index]
            family, family_latin = language.family[family_index]
            name_key = (language_index, given_index, family_index)
            cached = names.get(name_key)
            if cached is None:
                display = f"{given} {family}"
                cached = names[name_key] = (display, fold(display))
            display, sort_key = cached
            place = language.places[int(rand() * len(language.places))]
            company = sk.contact_company[index]
            company_name = company_names[company] if company >= 0 else ""
            job_title = language.job_titles[int(rand() * len(language.job_titles))] if company >= 0 else ""
            lifecycle = LIFECYCLES[sk.contact_lifecycle[index]].value
            birthday = _day(at - int((20 + rand() * 45) * 365.25 * _DAY_US)) if rand() < 0.4 else None
            consent = rand() < 0.45
            consent_at = _ts(min(at + int(rand() * _DAY_US), _REF_US)) if consent else None
            notes = language.notes[int(rand() * len(language.notes))] if rand() < 0.15 else ""
            street = language.streets[int(rand() * len(language.streets))]
            address = language.address.format(n=1 + int(rand() * 250), street=street) if rand() < 0.7 else ""
            postal = str(10000 + int(rand() * 89999)) if address else ""
            custom = "{}"
            if lifecycle == "customer" and rand() < 0.3:
                custom = json.dumps({tier_key: tiers[int(rand() * len(tiers))]})
            flags = (int(rand() < 0.05), int(rand() < 0.05), int(rand() < 0.05), int(rand() < 0.02))
            add_contacts(
                (
                    contact_id,
                    stamp,
                    stamp,
                    address,
                    place.city,
                    place.region,
                    postal,
                    place.country,
                    given,
                    family,
                    display,
                    sort_key,
                    company_ids[company] if company >= 0 else None,
                    job_title,
                    birthday,
                    language.code,
                    channels[int(rand() * len(channels))],
                    *flags,
                    int(consent),
                    consent_at,
                    "",
                    lifecycle,
                    sources[int(rand() * len(sources))],
                    sellers[sk.contact_owner[index]],
                    notes,
                    custom,
                ),
            )
            # emails, then phones: the order the service reads them in when it indexes a contact
            methods: list[str] = []
            if rand() < 0.9:
                number = int(rand() * 100)
                if company >= 0:
                    email = f"{given_latin}.{family_latin}@{company_domains[company]}"
                else:
                    domain = language.email_domains[int(rand() * len(language.email_domains))]
                    email = f"{given_latin}.{family_latin}{number}@{domain}"
                add_contact_methods(
                    (ids(at), stamp, stamp, contact_id, None, "email", "work", email, email, 1, 0),
                )
                methods.append(email)
                if rand() < 0.1:
                    domain = language.email_domains[int(rand() * len(language.email_domains))]
                    home = f"{given_latin[0]}{family_latin}{number}@{domain}"
                    row = (ids(at), stamp, stamp, contact_id, None, "email", "home", home, home, 0, 1)
                    add_contact_methods(row)
                    methods.append(home)
            if rand() < 0.95:
                shapes = self.phone_shapes[place.city]
                e164, shown, tokens = shapes[int(rand() * len(shapes))].make(rand)
                add_contact_methods(
                    (ids(at), stamp, stamp, contact_id, None, "phone", "mobile", shown, e164, 1, 0),
                )
                methods += tokens
                if rand() < 0.2:
                    e164_2, shown_2, tokens_2 = shapes[int(rand() * len(shapes))].make(rand)
                    label = second_labels[int(rand() * 3)]
                    if e164_2 != e164:
                        row = (ids(at), stamp, stamp, contact_id, None, "phone", label, shown_2, e164_2, 0, 1)
                        add_contact_methods(row)
                        methods += tokens_2
            if rand() < 0.2:
                first = int(rand() * len(tag_ids))
                add_taggings((ids(at), stamp, stamp, tag_ids[first], "contact", contact_id))
                if rand() < 0.3:
                    second = (first + 1 + int(rand() * (len(tag_ids) - 1))) % len(tag_ids)
                    add_taggings((ids(at), stamp, stamp, tag_ids[second], "contact", contact_id))
            parts = (display, given, family, job_title, place.city, company_name)
            body = search_text(parts, methods, notes[:NOTES_INDEXED])
            if CHECK_SEARCH_TEXT and body != index_text(*parts, *methods, notes[:NOTES_INDEXED]):
                raise AssertionError(f"search text of {display} differs from index_text")
            add_search_docs(("contact", contact_id, body))
            append_name(display)

    def deals(self, sk: _Skeleton, fixed: _Fixed) -> None:
        rng = _rng(self.seed, "deals")
        rand = rng.random
        ids = _Ids(rng)
        add_deals = self.w.appender("deals")
        add_deal_lines = self.w.appender("deal_lines")
        add_search_docs = self.w.appender("search_docs")
        rates = {code: _decimal_text(_rate(code)) for code in _CURRENCIES}
        for index, deal_id in enumerate(sk.deal_ids):
            if not index & 1023:
                self.w.flush_full()
            at = sk.deal_at[index]
            stamp = _ts(at)
            contact = sk.deal_contact[index]
            language = LANGUAGES[sk.contact_language[contact]]
            company = sk.contact_company[contact]
            stage_id, _name, _probability, kind = fixed.stages[sk.deal_stage[index]]
            currency = sk.deal_currency[index]
            who = self.company_names[company] if company >= 0 else self.contact_names[contact]
            title = language.deal_titles[int(rand() * len(language.deal_titles))].format(who=who)
            if rand() < 0.25:  # a quote with product lines: the amount is their total
                amount = 0
                for position in range(1 + int(rand() * 3)):
                    product_id, product, price, _cost, tax = fixed.products[int(rand() * len(fixed.products))]
                    quantity = Decimal(1 + int(rand() * 20))
                    unit = _price_in(price, currency)
                    discount = (0, 0, 500, 1000)[int(rand() * 4)]
                    amount += line_total(quantity, unit, discount)
                    add_deal_lines(
                        (
                            ids(at),
                            stamp,
                            stamp,
                            deal_id,
                            product_id,
                            product,
                            _decimal_text(quantity),
                            unit,
                            discount,
                            tax,
                            position,
                        ),
                    )
            else:
                usd = 500 * 300 ** rand()
                major = usd / float(_rate(currency))
                rounded = float(f"{major:.2g}") if major >= 100 else round(major)
                scale: int = 10 ** minor_digits(currency)
                amount = round(rounded * scale)
            base_amount = base_of(amount, currency, _rate(currency), BASE_CURRENCY)
            changed_at = sk.deal_changed_at[index]
            closed = kind != StageKind.OPEN.value
            close_day = changed_at if closed else _REF_US + int((rand() * 120 - 20) * _DAY_US)
            notes = language.notes[int(rand() * len(language.notes))] if rand() < 0.1 else ""
            override = None if rand() < 0.95 else int(rand() * 101)
            owner = fixed.seller_ids[sk.contact_owner[contact]]
            updated = _ts(changed_at)
            add_deals(
                (
                    deal_id,
                    stamp,
                    updated,
                    title,
                    sk.contact_ids[contact],
                    sk.company_ids[company] if company >= 0 else None,
                    fixed.pipeline_id,
                    stage_id,
                    amount,
                    currency,
                    rates[currency],
                    base_amount,
                    _day(close_day),
                    override,
                    owner,
                    sk.deal_lost_reason[index],
                    updated if closed else None,
                    updated,
                    notes,
                    "{}",
                ),
            )
            parts = [title, notes[:500], self.contact_names[contact]]
            if company >= 0:
                parts.append(self.company_names[company])
            add_search_docs(("deal", deal_id, index_text(*parts)))

    def cases(self, sk: _Skeleton, fixed: _Fixed) -> None:
        rng = _rng(self.seed, "cases")
        rand = rng.random
        channels = [c.value for c in Channel]
        support = fixed.support_ids
        settings = self.settings
        add_cases = self.w.appender("cases")
        add_search_docs = self.w.appender("search_docs")
        for index, case_id in enumerate(sk.case_ids):
            if not index & 1023:
                self.w.flush_full()
            created, priority, status = sk.case_plan[index]
            contact = sk.case_contact[index]
            language = LANGUAGES[sk.contact_language[contact]]
            window = settings.sla_hours[priority.value] * _HOUR_US
            subject, description = language.case_subjects[int(rand() * len(language.case_subjects))]
            due = _us(sla_due(_aware(created), priority, settings))
            first_response = resolved = closed = None
            resolution = ""
            updated = created
            if status != CaseStatus.NEW:
                first_response = min(created + int((0.05 + rand() * 0.3) * window), _REF_US - 1)
                updated = first_response
            if not status.is_active:
                resolution = language.resolutions[int(rand() * len(language.resolutions))]
                resolved = min(created + int((0.1 + rand() * 1.4) * window), _REF_US - 2)
                resolved = updated = max(resolved, first_response or created)
                if status == CaseStatus.CLOSED:
                    closed = updated = min(resolved + int(rand() * 3 * _DAY_US), _REF_US - 1)
            level, reason, escalated = 0, "", None
            if status.is_active:  # the level the SLA rules give it now
                probe = Case(subject=subject, priority=priority, status=status, sla_due_at=_aware(due))
                level, reason = escalation_for(probe, REFERENCE_TIME, settings)
                if level:
                    escalated = max(min(due + (level - 1) * window // 2, _REF_US - 1), created)
                    updated = max(updated, escalated)
            elif resolved is not None and resolved > due:
                level, reason, escalated = 1, _("Past its SLA due time."), due
            assignee = (
                support[int(rand() * len(support))] if status != CaseStatus.NEW or rand() < 0.5 else None
            )
            product = fixed.products[int(rand() * len(fixed.products))][0] if rand() < 0.5 else None
            company = sk.contact_company[contact]
            add_cases(
                (
                    case_id,
                    _ts(created),
                    _ts(updated),
                    subject,
                    description,
                    channels[int(rand() * len(channels))],
                    priority.value,
                    status.value,
                    _ts(due),
                    level,
                    reason,
                    _ts_or_none(escalated),
                    assignee,
                    sk.contact_ids[contact],
                    sk.company_ids[company] if company >= 0 else None,
                    product,
                    resolution,
                    _ts_or_none(first_response),
                    _ts_or_none(resolved),
                    _ts_or_none(closed),
                ),
            )
            body = index_text(subject, description[:1000], resolution[:500], self.contact_names[contact])
            add_search_docs(("case", case_id, body))

    def articles(self) -> None:
        rng = _rng(self.seed, "articles")
        ids = _Ids(rng)
        at = _REF_US - 900 * _DAY_US
        for index, (title, category, body) in enumerate(data.ARTICLES):
            at += int((1 + rng.random() * 20) * _DAY_US)
            article_id = ids(at)
            published = 0 if index % 10 == 9 else 1
            self.w.add("knowledge_articles", (article_id, _ts(at), _ts(at), title, body, category, published))
            self.w.add("search_docs", ("article", article_id, index_text(title, category, body)))


def _ts_or_none(us: int | None) -> str | None:
    return None if us is None else _ts(us)


def _at_of(record_id: str) -> int:
    """The creation time (to the millisecond, in microseconds) a demo id was made for."""
    return int(record_id[:8] + record_id[9:13], 16) * 1000


# --- the side process: activities, tasks and sales ------------------------------------------


def _write_side(
    path: str, schema: list[str], n: int, seed: int, fixed: _Fixed, cache_kib: int
) -> dict[str, int]:
    """Write activities, tasks and sales into a new file at ``path`` (run in a second process)."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("journal_mode = OFF", "synchronous = OFF", f"cache_size = -{cache_kib}"):
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("BEGIN")
        tables = [sql for sql in schema if sql.lstrip().upper().startswith("CREATE TABLE")]
        for sql in tables:
            connection.execute(sql)
        sk = _skeleton(n, seed, fixed)
        writer = _Writer(connection)
        parent = multiprocessing.parent_process()
        if parent is not None:  # stop when the main process was killed: nobody will read the file
            writer.abandoned = lambda: not parent.is_alive()
        _activities(writer, sk, fixed, n, seed)
        _tasks(writer, sk, fixed, n, seed)
        _sales(writer, sk, fixed, n, seed)
        writer.flush()
        for sql in schema:  # indexes built once from sorted keys, not row by row
            if sql not in tables:
                connection.execute(sql)
        connection.execute("COMMIT")
        return writer.counts
    except SystemExit:
        connection.close()
        Path(path).unlink(missing_ok=True)
        raise
    finally:
        connection.close()


def _activities(w: _Writer, sk: _Skeleton, fixed: _Fixed, n: int, seed: int) -> None:
    rng = _rng(seed, "activities")
    rand = rng.random
    ids = _Ids(rng)
    sellers = fixed.seller_ids
    stages = fixed.stages
    add_activities = w.appender("activities")
    moves = sorted(
        (sk.deal_changed_at[i], i) for i in range(len(sk.deal_ids)) if sk.deal_stage[i] > 0
    )  # a deal past the first stage got there by a move, logged like DealService logs it
    for changed_at, deal in moves:
        contact = sk.deal_contact[deal]
        company = sk.contact_company[contact]
        position = sk.deal_stage[deal]
        subject = _("Stage: {old} → {new}").format(old=stages[position - 1][1], new=stages[position][1])
        stamp = _ts(changed_at)
        add_activities(
            (
                ids(changed_at),
                stamp,
                stamp,
                ActivityKind.STAGE_CHANGE.value,
                "none",
                subject,
                sk.deal_lost_reason[deal],
                "",
                stamp,
                None,
                sk.contact_ids[contact],
                sk.company_ids[company] if company >= 0 else None,
                sk.deal_ids[deal],
                None,
                sellers[sk.contact_owner[contact]],
            ),
        )
    count = max(6, 3 * n - len(moves))
    clock = _Clock(rng, _REF_US - 1095 * _DAY_US, _REF_US - _MINUTE_US, count)
    kinds = ("call", "email", "meeting", "note", "visit", "sms")
    pick_kind = _weighted(rng, [30, 25, 10, 15, 8, 12])
    with_direction = {"call", "email", "sms"}
    durations = {"call": (1, 30), "meeting": (30, 120), "visit": (30, 180)}
    directions = ("inbound", "outbound")
    deal_ids, case_ids = sk.deal_ids, sk.case_ids
    contact_ids, company_ids = sk.contact_ids, sk.company_ids
    contact_language, contact_company, contact_owner = (
        sk.contact_language,
        sk.contact_company,
        sk.contact_owner,
    )
    for index in range(count):
        if not index & 1023:
            w.flush_full()
        at = clock()
        stamp = _ts(at)
        link = rand()
        deal_id = case_id = None
        if link < 0.2:
            deal = int(rand() * len(deal_ids))
            deal_id = deal_ids[deal]
            contact = sk.deal_contact[deal]
        elif link < 0.3:
            case = int(rand() * len(case_ids))
            case_id = case_ids[case]
            contact = sk.case_contact[case]
        else:
            contact = int(rand() * n)
        language = LANGUAGES[contact_language[contact]]
        kind = kinds[index] if index < len(kinds) else kinds[pick_kind()]
        subjects = language.activity_subjects[kind]
        subject = subjects[int(rand() * len(subjects))]
        body = language.activity_bodies[int(rand() * len(language.activity_bodies))]
        direction = directions[int(rand() * 2)] if kind in with_direction else "none"
        outcome = language.call_outcomes[int(rand() * len(language.call_outcomes))] if kind == "call" else ""
        span = durations.get(kind)
        duration = span[0] + int(rand() * (span[1] - span[0])) if span else None
        company = contact_company[contact]
        add_activities(
            (
                ids(at),
                stamp,
                stamp,
                kind,
                direction,
                subject,
                body,
                outcome,
                stamp,
                duration,
                contact_ids[contact],
                company_ids[company] if company >= 0 else None,
                deal_id,
                case_id,
                sellers[contact_owner[contact]],
            ),
        )


def _tasks(w: _Writer, sk: _Skeleton, fixed: _Fixed, n: int, seed: int) -> None:
    rng = _rng(seed, "tasks")
    rand = rng.random
    ids = _Ids(rng)
    add_tasks = w.appender("tasks")
    count = max(4, n // 4)
    clock = _Clock(rng, _REF_US - 365 * _DAY_US, _REF_US - _MINUTE_US, count)
    pick_bucket = _weighted(rng, [40, 15, 10, 35])
    priorities = [p.value for p in Priority]
    end_of_day = _us(REFERENCE_TIME.replace(hour=0, minute=0) + timedelta(days=1))
    sellers = fixed.seller_ids
    for index in range(count):
        if not index & 1023:
            w.flush_full()
        at = clock()
        bucket = index if index < 4 else pick_bucket()  # done, overdue, due today, upcoming
        done_at = None
        if bucket == 0:
            due = at + int(rand() * (_REF_US - at))
            done_at = at + int(rand() * (_REF_US - at))
        elif bucket == 1:
            due = at + int(rand() * (_REF_US - at - 1)) + 1
        elif bucket == 2:
            due = _REF_US + 1 + int(rand() * (end_of_day - _REF_US - 2))
        else:
            due = end_of_day + int(rand() * 60 * _DAY_US)
        remind = due - _HOUR_US if rand() < 0.5 and due - _HOUR_US > at else None
        link = rand()
        deal_id = case_id = None
        if link < 0.25:
            deal = int(rand() * len(sk.deal_ids))
            deal_id = sk.deal_ids[deal]
            contact = sk.deal_contact[deal]
        elif link < 0.35:
            case = int(rand() * len(sk.case_ids))
            case_id = sk.case_ids[case]
            contact = sk.case_contact[case]
        else:
            contact = int(rand() * n)
        language = LANGUAGES[sk.contact_language[contact]]
        company = sk.contact_company[contact]
        stamp = _ts(at)
        add_tasks(
            (
                ids(at),
                stamp,
                _ts(done_at) if done_at is not None else stamp,
                language.task_titles[int(rand() * len(language.task_titles))],
                "",
                _ts(due),
                _ts_or_none(remind),
                sellers[sk.contact_owner[contact]],
                _ts_or_none(done_at),
                priorities[int(rand() * 4)],
                sk.contact_ids[contact],
                sk.company_ids[company] if company >= 0 else None,
                deal_id,
                case_id,
            ),
        )


def _sales(w: _Writer, sk: _Skeleton, fixed: _Fixed, n: int, seed: int) -> None:
    """A sale for each won deal when it was won, and others for customers, to about n/4 sales."""
    rng = _rng(seed, "sales")
    rand = rng.random
    ids = _Ids(rng)
    won = [i for i in range(len(sk.deal_ids)) if fixed.stages[sk.deal_stage[i]][3] == StageKind.WON.value]
    extra = max(0, max(1, n // 4) - len(won))
    customers = [
        i for i in range(n) if LIFECYCLES[sk.contact_lifecycle[i]] in (Lifecycle.CUSTOMER, Lifecycle.FORMER)
    ]
    customers = customers or list(range(n))
    clock = _Clock(rng, _REF_US - 1000 * _DAY_US, _REF_US - _HOUR_US, extra)
    plans: list[tuple[int, int, int, str | None]] = [
        (sk.deal_changed_at[deal], sk.deal_contact[deal], deal, sk.deal_currency[deal]) for deal in won
    ]
    plans.extend((clock(), customers[int(rand() * len(customers))], -1, None) for _n in range(extra))
    plans.sort(key=lambda plan: plan[0])  # in time order, as the ids are
    products = fixed.products
    rates = {code: _rate(code) for code in _CURRENCIES}
    rate_texts = {code: _decimal_text(rate) for code, rate in rates.items()}
    prices: dict[tuple[int, str], tuple[int, int]] = {}
    discounts = (0, 0, 0, 500, 1000, 1500)
    add_sales = w.appender("sales")
    add_sale_lines = w.appender("sale_lines")
    for number, (at, contact, deal, deal_currency) in enumerate(plans):
        if not number & 1023:
            w.flush_full()
        stamp = _ts(at)
        sale_id = ids(at)
        language = LANGUAGES[sk.contact_language[contact]]
        currency = deal_currency or language.currencies[int(rand() * len(language.currencies))]
        total = cost_total = 0
        for position in range(1 + int(rand() * 4)):
            product = int(rand() * len(products))
            product_id, name, price, cost, _tax = products[product]
            unit_prices = prices.get((product, currency))
            if unit_prices is None:
                unit_prices = prices[(product, currency)] = (
                    _price_in(price, currency),
                    _price_in(cost, currency),
                )
            unit, unit_cost = unit_prices
            quantity = Decimal(1 + int(rand() * 12))
            discount = discounts[int(rand() * len(discounts))]
            amount = line_total(quantity, unit, discount)
            total += amount
            cost_total += int((quantity * unit_cost).to_integral_value())
            add_sale_lines(
                (
                    ids(at),
                    stamp,
                    stamp,
                    sale_id,
                    product_id,
                    name,
                    _decimal_text(quantity),
                    unit,
                    unit_cost,
                    discount,
                    amount,
                    position,
                ),
            )
        company = sk.contact_company[contact]
        notes = language.notes[int(rand() * len(language.notes))] if rand() < 0.05 else ""
        add_sales(
            (
                sale_id,
                stamp,
                stamp,
                "S-" + sale_id[-8:].upper(),
                sk.contact_ids[contact],
                sk.company_ids[company] if company >= 0 else None,
                sk.deal_ids[deal] if deal >= 0 else None,
                _day(at),
                currency,
                total,
                cost_total,
                rate_texts[currency],
                base_of(total, currency, rates[currency], BASE_CURRENCY),
                fixed.seller_ids[sk.contact_owner[contact]],
                notes,
            ),
        )


# --- putting it together ---------------------------------------------------------------------

PHASES = (
    "settings, users and products",
    "companies and contacts",
    "deals",
    "cases",
    "knowledge base",
    "search index",
    "activities, tasks and sales",
)


def generate(
    db_path: Path, *, contacts: int, seed: int = 1, progress: Progress | None = None
) -> dict[str, int]:
    """Fill the database at ``db_path`` with demo data around ``contacts`` contacts.

    The file is created (or upgraded) first. A database that already has
    contacts is refused with a CrmError and left as it was. ``progress(phase,
    number, of)`` is called as each phase starts. The same ``seed`` and
    ``contacts`` always give the same rows. Returns the rows written per table.
    """
    if contacts < 1:
        raise CrmError(_("The demo needs at least one contact."))
    database = Database.open(db_path)
    path = database.path
    database.close()
    try:
        return _generate(path, contacts, seed, progress)
    except sqlite3.Error as error:  # locked, read-only, disk full: said the way the program says it
        raise translate(error, str(path)) from error


def _generate(path: Path, n: int, seed: int, progress: Progress | None) -> dict[str, int]:
    def phase(number: int) -> None:
        if progress is not None:
            progress(PHASES[number], number + 1, len(PHASES))

    side_path = path.with_name(path.name + ".demo-part")
    side_path.unlink(missing_ok=True)
    connection = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    worker: Any = None
    counts: dict[str, int] = {}
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # One transaction: a failure leaves the file as it was. New pages of a fresh file need
        # no rollback journal, while WAL would write each of them twice.
        connection.execute("PRAGMA journal_mode = DELETE")
        for pragma in ("synchronous = OFF", "foreign_keys = OFF", f"cache_size = -{CACHE_KIB}"):
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("BEGIN IMMEDIATE")
        try:
            if connection.execute("SELECT 1 FROM contacts LIMIT 1").fetchone() is not None:
                raise CrmError(
                    _(
                        "{path} already has contacts: demo data goes only into a new or empty database. "
                        "Choose another file."
                    ).format(path=path)
                )
            writer = _Writer(connection)
            main = _Main(writer, n, seed)
            phase(0)
            fixed = main.fixed(connection)
            schema = [
                sql
                for (sql,) in connection.execute(
                    "SELECT sql FROM sqlite_master WHERE tbl_name IN (?, ?, ?, ?) AND sql IS NOT NULL "
                    "ORDER BY type DESC, name",
                    SIDE_TABLES,
                )
            ]  # tables first ('table' > 'index'), then their indexes
            args = (str(side_path), schema, n, seed, fixed, CACHE_KIB)
            if n >= PARALLEL_FROM:
                try:
                    worker = multiprocessing.get_context("spawn").Process(
                        target=_write_side, args=args, daemon=True
                    )
                    worker.start()
                except (OSError, RuntimeError, ValueError) as error:
                    log.warning("cannot start the demo side process (%s); writing its part here", error)
                    worker = None
            triggers = bulk_load.drop_search_triggers(connection)
            indexes = bulk_load.drop_indexes(connection, DEFERRED_INDEXES)
            skeleton = _skeleton(n, seed, fixed)
            phase(1)
            main.companies(skeleton, fixed)
            main.contacts(skeleton, fixed)
            phase(2)
            main.deals(skeleton, fixed)
            phase(3)
            main.cases(skeleton, fixed)
            phase(4)
            main.articles()
            writer.flush()
            phase(5)
            bulk_load.run_all(connection, indexes)
            bulk_load.rebuild_search(connection)
            bulk_load.run_all(connection, triggers)
            phase(6)
            if worker is not None:
                worker.join()
                if worker.exitcode != 0:
                    # e.g. a frozen program that cannot start a second one: same rows, made here
                    log.warning(
                        "demo side process failed (exit code %s); writing its part here", worker.exitcode
                    )
                    worker = None
                    side_path.unlink(missing_ok=True)
            if worker is None:
                _write_side(*args)
            counts.update(writer.counts)
            connection.execute("ATTACH DATABASE ? AS demo_part", (str(side_path),))
            for table in SIDE_TABLES:
                connection.execute(f"INSERT INTO main.{table} SELECT * FROM demo_part.{table}")
                counts[table] = connection.execute(f"SELECT count(*) FROM demo_part.{table}").fetchone()[0]
            connection.execute("COMMIT")
            connection.execute("DETACH DATABASE demo_part")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        finally:
            connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()
        if worker is not None and worker.is_alive():
            worker.kill()
            worker.join()
        side_path.unlink(missing_ok=True)
    counts.pop("settings", None)
    return dict(sorted(counts.items()))


__all__ = ["PHASES", "REFERENCE_TIME", "generate"]
