"""What an import of products, deals or sales does with each row (or each sale's rows).

The steps are those of the contacts import (:mod:`crm_desktop.services.imports`): the
cells become values in a record's shape (:mod:`crm_desktop.services.import_shapes`),
read the way people write them (:mod:`crm_desktop.transfer.values`); the match key
finds the saved record or one an earlier row made; the mode decides between create,
update and skip; a real run writes through the entity's service, each record in a
savepoint of the import's transaction, so a refused row leaves nothing of itself, not
even the customer it would have made. An update changes only what the row gives and
the record has otherwise (an empty cell never blanks a field; tags are added to the
record's); what it changed, including what the service changed along with it (a lost
reason cleared when a deal moves on), is logged for undo. A row that would change
nothing is skipped.

Amounts without a currency are in the record's currency, a new record's in the
business's base currency (settings). A date with a year before 1700 is a Hijri or
Jalali one: read in the calendar the business chose in settings, and refused when that
is the Gregorian one (1402/05/12 read as the year 1402 would be wrong without a word).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any, Protocol

from sqlmodel import Session

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.folding import fold
from crm_desktop.domain.money import check_currency, minor_digits
from crm_desktop.i18n import _
from crm_desktop.services.changes import ChangeRecorder
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.exports import unneutralised
from crm_desktop.services.import_customers import Customer, CustomerCells, Customers
from crm_desktop.services.import_shapes import Shape, money_text, percent_text
from crm_desktop.services.imports import CREATE, REJECT, SKIP, UPDATE, ImportOptions, RowOutcome, parse_date
from crm_desktop.services.money_fields import percent_to_bp, to_minor
from crm_desktop.services.settings import read_settings
from crm_desktop.transfer.fields import CUSTOM, field_label
from crm_desktop.transfer.reading import BROKEN
from crm_desktop.transfer.values import (
    CellError,
    currency_code,
    plain_digits,
    read_number,
    read_percent,
    split_amount,
)

NEW = "\x00new"  # in a row's values: the id of a customer still to be made
CUSTOMER_FIELDS = ("customer", "contact", "contact_email", "company")  # the cells naming a customer
_TAG_SPLIT = re.compile(r"\s*[;,|]\s*")
# a date as people write it in any calendar: year first, or year last (day before month)
_YEAR_FIRST = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})")
_YEAR_LAST = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})")
_OLDEST_GREGORIAN = 1700  # no shop's record is older; Hijri and Jalali years are smaller


class BatchLog(Protocol):
    """Where a real run notes what it made and changed (for undo)."""

    def created(self, entity: str, record_id: str) -> None: ...

    def updated(self, entity: str, record_id: str, before: dict[str, Any]) -> None: ...


Rejects = list[tuple[int, list[str], str]]


@dataclass
class RowCells:
    """A row's cells by field: the first non-empty cell of each, tags and custom fields."""

    values: dict[str, str] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    custom: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.values or self.tags or self.custom)


@dataclass
class Plan:
    """What a row (or a sale's rows) asks for, in its record's shape."""

    key: str  # the match key ("" when the row has none)
    matched: str | None  # the saved record it is about
    wanted: dict[str, Any]  # shape fields the row gives (NEW for a customer to make)
    customer: Customer | None = None


class RecordJudge:
    """Turns rows into outcomes, writing them when a batch log is given (see the module)."""

    # fields in the record's currency: the same figures in another currency are other values,
    # so a row changing the currency writes those it gives even where the figures are alike
    in_currency: tuple[str, ...] = ()

    def __init__(
        self,
        shape: Shape,
        ctx: ServiceContext,
        session: Session,
        options: ImportOptions,
        recorder: ChangeRecorder,
        log: BatchLog | None,
    ) -> None:
        self.shape = shape
        self.ctx = ctx
        self.session = session
        self.options = options
        self.recorder = recorder
        self.log = log
        settings = read_settings(session)
        self.base_currency = settings.base_currency
        self.calendar = settings.calendar
        self.mapped = {name for name in options.mapping if name}
        self.customers: Customers | None = None
        self.by_key: dict[str, str] = {}  # match key -> the saved record (also those made by this file)
        self.seen: dict[str, int] = {}  # match key -> the first row that had it
        # record id -> the currency its amounts are in (saved ones read by the entity's judge)
        self.currency_of: dict[str, str] = {}

    def customer_of(
        self, given: Mapping[str, Any], errors: dict[str, str]
    ) -> tuple[Customer | None, dict[str, Any]]:
        """The customer a row's customer, contact, contact email and company cells name (a
        reason in ``errors`` when they name nobody one can tell), and the contact and company
        ids it gives the record (NEW for one the import makes)."""
        asked = CustomerCells(*(str(given.get(name, "")) for name in CUSTOMER_FIELDS))
        customer: Customer | None = None
        if asked:
            assert self.customers is not None
            try:
                customer = self.customers.find(asked)
            except ValidationError as error:
                errors.update(error.errors)
        wanted: dict[str, Any] = {}
        if customer is not None:
            if customer.contact_id or customer.new_contact:
                wanted["contact_id"] = customer.contact_id or NEW
            if customer.company_id or customer.new_company:
                wanted["company_id"] = customer.company_id or NEW
        return customer, wanted

    # --- rows ------------------------------------------------------------------------------------

    def rows(self, rows: Iterator[list[str]], rejects: Rejects | None = None) -> Iterator[RowOutcome]:
        for number, cells in enumerate(rows, start=2):
            try:
                outcome = self._row(number, cells)
            except ValidationError as error:
                outcome = RowOutcome(number, REJECT, reason_of(error))
            if outcome.action == REJECT and rejects is not None:
                rejects.append((number, cells, outcome.reason))
            yield outcome

    def _row(self, number: int, cells: list[str]) -> RowOutcome:
        if cells[:1] == [BROKEN]:
            return RowOutcome(number, REJECT, cells[1] if len(cells) > 1 else _("the row cannot be read"))
        found = self.cells(cells)
        if not found:
            return RowOutcome(number, SKIP, _("the row is empty"))
        return self.decide(number, self.plan(found))

    def plan(self, cells: RowCells) -> Plan:
        """What the row asks for; ValidationError naming each field it cannot read."""
        raise NotImplementedError

    def cells(self, cells: Sequence[str]) -> RowCells:
        found = RowCells()
        for name, raw in zip(self.options.mapping, cells, strict=False):
            cell = unneutralised((raw or "").strip())
            if name is None or not cell:
                continue
            if name == "tags":
                found.tags += [tag for tag in _TAG_SPLIT.split(cell) if tag and tag not in found.tags]
            elif name.startswith(CUSTOM):
                found.custom.setdefault(name.removeprefix(CUSTOM), cell)
            else:
                found.values.setdefault(name, cell)
        return found

    def decide(self, number: int, plan: Plan) -> RowOutcome:
        """Create, update or skip by the mode, as the contacts import does."""
        earlier = self.seen.get(plan.key) if plan.key else None
        if plan.key and earlier is None:
            self.seen[plan.key] = number
        if plan.matched is None:
            if self.options.mode == "update":
                return RowOutcome(number, SKIP, _("no saved record matches it"))
            return self.create(number, plan)
        if self.options.mode == "create":
            reason = _("the same as row {row}").format(row=earlier) if earlier else _("already saved")
            return RowOutcome(number, SKIP, reason, record_id=plan.matched)
        return self.update(number, plan.matched, plan)

    # --- writing ---------------------------------------------------------------------------------

    def create(self, number: int, plan: Plan) -> RowOutcome:
        with self.session.begin_nested(), self._tentative():
            values = self._with_customer(dict(plan.wanted), plan.customer)
            record = self.shape.service.create_in(self.session, self.shape.to_input(values), self.recorder)
        record_id = str(record.id)
        self._log_customers_made()
        if self.log is not None:
            self.log.created(self.shape.entity, record_id)
        after = self.shape.snapshot(self.session, record)
        self.remember(number, record_id, after)
        changes = {
            name: (None, self.shown(name, value))
            for name, value in after.items()
            if value not in ("", None, [], False)
        }
        return RowOutcome(number, CREATE, changes=changes, record_id=record_id)

    def update(self, number: int, record_id: str, plan: Plan) -> RowOutcome:
        record = self.session.get(self.shape.model, record_id)
        assert record is not None
        before = self.shape.snapshot(self.session, record)
        patch = self.patch(before, plan.wanted)
        if not patch:
            return RowOutcome(number, SKIP, _("nothing new"), record_id=record_id)
        with self.session.begin_nested(), self._tentative():
            self.check_patch(before, patch)
            patch = self._with_customer(patch, plan.customer)
            self.shape.service.update_in(self.session, record_id, self.shape.to_input(patch), self.recorder)
        self._log_customers_made()
        after = self.shape.snapshot(self.session, record)
        changed = [name for name in {*before, *after} if before.get(name) != after.get(name)]
        if not changed:
            return RowOutcome(number, SKIP, _("nothing new"), record_id=record_id)
        if self.log is not None:
            self.log.updated(
                self.shape.entity,
                record_id,
                {
                    "before": {name: before.get(name) for name in changed},
                    "after": {name: after.get(name) for name in changed},
                },
            )
        self.remember(number, record_id, after)
        changes = {
            name: (self.shown(name, before.get(name)), self.shown(name, after.get(name))) for name in changed
        }
        return RowOutcome(number, UPDATE, changes=changes, record_id=record_id)

    def patch(self, current: Mapping[str, Any], wanted: Mapping[str, Any]) -> dict[str, Any]:
        """The fields ``wanted`` changes: those it gives otherwise than the record has them;
        tags are added to the record's."""
        patch: dict[str, Any] = {}
        for name, value in wanted.items():
            if name == "tags":
                have = {fold(tag) for tag in current.get("tags", [])}
                added = [tag for tag in value if fold(tag) not in have]
                if added:
                    patch["tags"] = [*current.get("tags", []), *added]
            elif value != current.get(name):
                patch[name] = value
        if "currency" in patch:
            patch.update({name: wanted[name] for name in self.in_currency if name in wanted})
        return patch

    def check_patch(self, current: Mapping[str, Any], patch: Mapping[str, Any]) -> None:
        """ValidationError when an update cannot be made as the row asks (see the entities)."""

    def remember(self, number: int, record_id: str, shape: Mapping[str, Any]) -> None:
        """Note a record made or changed by this file under its match keys: later rows of the
        file find it."""
        for key in self.keys_of(shape):
            self.by_key[key] = record_id
            self.seen.setdefault(key, number)
        if shape.get("currency"):
            self.currency_of[record_id] = shape["currency"]

    def currency_for(self, matched: str | None) -> str:
        """The currency a row's amounts without one are in: the matched record's, else the base."""
        return self.currency_of.get(matched, self.base_currency) if matched else self.base_currency

    def keys_of(self, shape: Mapping[str, Any]) -> list[str]:
        """The match keys a saved record is found by."""
        raise NotImplementedError

    def shown(self, name: str, value: Any) -> Any:
        """A shape field's value as people read it (names, not ids)."""
        return value

    def _with_customer(self, values: dict[str, Any], customer: Customer | None) -> dict[str, Any]:
        """``values`` with the ids of the customer, made now when it is new."""
        if NEW not in (values.get("contact_id"), values.get("company_id")) or customer is None:
            return values
        assert self.customers is not None
        contact_id, company_id = self.customers.make(customer)
        if values.get("contact_id") == NEW:
            values["contact_id"] = contact_id
        if values.get("company_id") == NEW:
            values["company_id"] = company_id
        return values

    def _log_customers_made(self) -> None:
        """Log the customers made for a row once it is saved (undo deletes them after it)."""
        if self.customers is None:
            return
        if self.log is not None:
            for entity, record_id in self.customers.made:
                self.log.created(entity, record_id)
        self.customers.made.clear()

    def _tentative(self) -> AbstractContextManager[None]:
        return self.customers.tentative() if self.customers is not None else nullcontext()

    # --- reading cells ---------------------------------------------------------------------------

    def amounts(
        self,
        currency_cell: str,
        cells: Sequence[tuple[str, str]],
        fallback: str,
        errors: dict[str, str],
    ) -> tuple[str | None, str, dict[str, str]]:
        """Amount cells read together: (the currency the row names, by its currency column or
        beside its amounts, else None; the currency of the amounts: that one, else
        ``fallback``; error key -> the amount as shape text). ``cells``: (error key, cell)."""
        named: str | None = None
        if currency_cell:
            try:
                named = check_currency(currency_cell)
            except ValidationError as error:
                errors.update(error.errors)
        read: dict[str, tuple[str, bool]] = {}
        beside: dict[str, str] = {}  # error key -> the currency written beside the amount
        for key, cell in cells:
            try:
                number, symbol, negative = split_amount(cell)
                if symbol:
                    beside[key] = currency_code(symbol, named or fallback)
            except CellError as error:
                errors[key] = str(error)
                continue
            read[key] = (number, negative)
        for key, code in beside.items():
            if named and code != named:
                errors[key] = _("the amount is in {code}, the currency column says {currency}").format(
                    code=code, currency=named
                )
        codes = sorted(set(beside.values()))
        if not named and len(codes) > 1:
            errors["currency"] = _("the amounts are in different currencies ({codes})").format(
                codes=", ".join(codes)
            )
        if named is None and len(codes) == 1:
            named = codes[0]
        currency = named or fallback
        found: dict[str, str] = {}
        for key, (number, negative) in read.items():
            try:
                value = read_number(number, grouping_of_three=minor_digits(currency) != 3)
                found[key] = money_text(to_minor(-value if negative else value, currency, key), currency)
            except CellError as error:
                errors[key] = str(error)
            except ValidationError as error:
                errors.update(error.errors)
        return named, currency, found

    def percent(self, key: str, cell: str, errors: dict[str, str]) -> str | None:
        """A percentage as shape text; None (and an error) when it is none."""
        try:
            return percent_text(percent_to_bp(read_percent(cell), key))
        except CellError as error:
            errors[key] = str(error)
        except ValidationError as error:
            errors.update(error.errors)
        return None

    def whole_percent(self, key: str, cell: str, errors: dict[str, str]) -> int | None:
        """A percentage from 0 to 100 in whole percent (a deal's probability)."""
        text = self.percent(key, cell, errors)
        if text is None:
            return None
        return int(Decimal(text).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))

    def quantity(self, key: str, cell: str, errors: dict[str, str]) -> Decimal | None:
        """A quantity; "1.125" is one and an eighth (a weight, as exports write it), never 1125:
        a quantity is no price, where a lone mark before three digits groups thousands."""
        try:
            return read_number(cell, grouping_of_three=False)
        except CellError as error:
            errors[key] = str(error)
            return None

    def day(self, key: str, cell: str, errors: dict[str, str]) -> str | None:
        """A date as ISO text (see the module for Hijri and Jalali ones); None (and an error)
        when it is none."""
        text = plain_digits(cell).strip()
        numbers = _date_numbers(text.split("T")[0].split(" ")[0])
        if numbers is not None and numbers[0] < _OLDEST_GREGORIAN:
            found = _from_calendar(self.calendar, *numbers)
            if found is None:
                errors[key] = (
                    _("“{value}” is not a date").format(value=cell)
                    if self.calendar in ("hijri", "jalali")
                    else _(
                        "“{value}” looks like a Hijri or Jalali date: choose that calendar in the settings "
                        "to import it"
                    ).format(value=cell)
                )
            return found.isoformat() if found else None
        parsed = parse_date(text)
        if parsed is None:
            errors[key] = _("“{value}” is not a date").format(value=cell)
            return None
        return parsed.isoformat()


def _date_numbers(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a date written with the year first or last; None for other text."""
    year_first = _YEAR_FIRST.fullmatch(text)
    if year_first is not None:
        year, month, day = (int(part) for part in year_first.groups())
        return year, month, day
    year_last = _YEAR_LAST.fullmatch(text)
    if year_last is not None:
        day, month, year = (int(part) for part in year_last.groups())
        return year, month, day
    return None


def _from_calendar(calendar: str, year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hijri or Jalali one; None when it is no date of that calendar."""
    if calendar == "jalali":
        import jdatetime  # type: ignore[import-untyped]

        try:
            return jdatetime.date(year, month, day).togregorian()  # type: ignore[no-any-return]
        except ValueError:
            return None
    if calendar == "hijri" and 1 <= month <= 12 and 1 <= day <= 30:
        from convertdate import islamic  # type: ignore[import-untyped]

        if day == 30 and islamic.month_length(year, month) < 30:
            return None
        return date(*islamic.to_gregorian(year, month, day))
    return None


def reason_of(error: ValidationError) -> str:
    """A ValidationError as a rejected row's reason ("Unit price: “abc” is not an amount")."""
    return "; ".join(f"{field_label(name)}: {message}" for name, message in error.errors.items())
