"""What every ``crm`` command shares: the open database, output as text or JSON, typed option values."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pydantic import BaseModel

from crm_desktop.domain.errors import DatabaseError, ValidationError
from crm_desktop.domain.money import Money
from crm_desktop.i18n import _
from crm_desktop.paths import resolve_database_path
from crm_desktop.services.crm import Crm

if TYPE_CHECKING:
    SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]

Handler = Callable[[argparse.Namespace], int]

# Columns every synced row has; shown last, after the record's own fields.
_TIMESTAMPS = ("created_at", "updated_at", "deleted_at")
# Internal columns a user never needs to see.
_HIDDEN = frozenset({"sort_key"})
CELL_WIDTH = 40  # longest cell shown in a list table


# --- the database -------------------------------------------------------------


def database_path(args: argparse.Namespace) -> Path:
    return resolve_database_path(getattr(args, "db", None))


@contextmanager
def open_crm(args: argparse.Namespace, *, create: bool = False) -> Iterator[Crm]:
    """The CRM in the chosen file. Reading commands never create a file (``create=False``)."""
    path = database_path(args)
    if not create and not path.exists():
        raise DatabaseError(
            _(
                "There is no database at {path}. Create one with “crm init”, or choose another with --db."
            ).format(path=path),
            str(path),
        )
    crm = Crm.open(path)
    try:
        yield crm
    finally:
        crm.close()


# --- JSON -----------------------------------------------------------------------


def json_default(value: Any) -> Any:
    """How values JSON does not know are written: ISO 8601 dates, enum values, decimals as text."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    if isinstance(value, BaseModel):
        return value.model_dump()
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def emit_json(data: Any, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    json.dump(data, out, ensure_ascii=False, indent=2, default=json_default)
    out.write("\n")


# --- records as dictionaries -----------------------------------------------------


def field_order(model: type[BaseModel]) -> list[str]:
    """The model's fields: ``id``, its own fields in declared order, inherited ones, timestamps last."""
    names: list[str] = []
    for klass in model.__mro__:
        for name in vars(klass).get("__annotations__", {}):
            if name in model.model_fields and name not in names:
                names.append(name)
    names += [n for n in model.model_fields if n not in names]
    middle = [n for n in names if n != "id" and n not in _TIMESTAMPS and n not in _HIDDEN]
    front = ["id"] if "id" in names else []
    return front + middle + [n for n in _TIMESTAMPS if n in names]


def record_dict(record: BaseModel, base_currency: str, currency: str | None = None) -> dict[str, Any]:
    """Every field of a row; each ``*_minor`` amount also as formatted text (``*_text``).

    Amounts are in the row's own currency (or ``currency``, for lines of a deal or sale),
    ``base_*`` amounts in the business's base currency.
    """
    result: dict[str, Any] = {}
    own_currency = getattr(record, "currency", None) or currency
    for name in field_order(type(record)):
        value = getattr(record, name)
        result[name] = value
        if name.endswith("_minor") and isinstance(value, int):
            code = base_currency if name.startswith("base_") else own_currency
            if code:
                result[name.removesuffix("_minor") + "_text"] = Money(value, code).format()
    return result


# --- plain text -------------------------------------------------------------------


def text_of(value: Any) -> str:
    """A value as one line of plain text (datetimes in local time)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, list | tuple):
        return ", ".join(text_of(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={text_of(v)}" for k, v in value.items())
    return " ".join(str(value).split()) if "\n" in str(value) else str(value)


def display_width(text: str) -> int:
    """Columns a terminal uses for ``text``: marks take none, wide (CJK) letters two."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def clip(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    kept = ""
    for char in text:
        if display_width(kept + char) > width - 1:
            break
        kept += char
    return kept + "…"


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def print_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[tuple[str, str]]) -> None:
    """Rows as aligned columns under a header line; ``columns`` are (key, header) pairs."""
    cells = [[clip(text_of(row.get(key)), CELL_WIDTH) for key, _header in columns] for row in rows]
    headers = [header for _key, header in columns]
    widths = [
        max([display_width(headers[i])] + [display_width(line[i]) for line in cells])
        for i in range(len(columns))
    ]
    for line in [headers, *cells]:
        print("  ".join(pad(cell, widths[i]) for i, cell in enumerate(line)).rstrip())


def print_fields(pairs: Sequence[tuple[str, Any]]) -> None:
    """``label  value`` lines, labels aligned; a value of several lines keeps its line breaks."""
    width = max((display_width(label) for label, _value in pairs), default=0)
    for label, value in pairs:
        lines = str(value).splitlines() if isinstance(value, str) and "\n" in value else [text_of(value)]
        print(f"{pad(label, width)}  {lines[0] if lines else ''}".rstrip())
        for line in lines[1:]:
            print(f"{' ' * width}  {line}".rstrip())


def record_fields(data: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """The pairs ``show`` prints: amounts once, as formatted text."""
    pairs: list[tuple[str, Any]] = []
    for key, value in data.items():
        if key.endswith("_minor") and key.removesuffix("_minor") + "_text" in data:
            continue
        if key.endswith("_text") and key.removesuffix("_text") + "_minor" in data:
            key = key.removesuffix("_text")
        pairs.append((key, value))
    return pairs


# --- typed option values --------------------------------------------------------------


def parse_date(text: str, field: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            {field: _("“{value}” is not a date (write it as 2026-03-31).").format(value=text)}
        ) from None


def parse_datetime(text: str, field: str, time_of_day: time = time(9, 0)) -> datetime | None:
    """A date and time a user typed, in UTC.

    Without a zone it is local time; a date without a time means ``time_of_day``.
    """
    text = text.strip()
    if not text:
        return None
    try:
        if len(text) == 10:
            moment = datetime.combine(date.fromisoformat(text), time_of_day)
        else:
            moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            {
                field: _(
                    "“{value}” is not a date and time (write it as 2026-03-31 or 2026-03-31 14:30)."
                ).format(value=text)
            }
        ) from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a naive time is the user's local time
    return moment.astimezone(UTC)


_TRUE = frozenset({"1", "true", "yes", "y", "on"})
_FALSE = frozenset({"0", "false", "no", "n", "off"})


def parse_bool(text: str, field: str) -> bool:
    folded = text.strip().lower()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise ValidationError({field: _("“{value}” is not yes or no.").format(value=text)})


def parse_pairs(items: Sequence[str], field: str) -> list[tuple[str, str]]:
    """``key=value`` items, in the order given."""
    pairs: list[tuple[str, str]] = []
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ValidationError({field: _("“{item}” is not of the form key=value.").format(item=item)})
        pairs.append((key.strip(), value))
    return pairs


@contextmanager
def option_names(names: Mapping[str, str]) -> Iterator[None]:
    """Report a ValidationError by the option a user typed (``--email``) instead of the field name."""
    try:
        yield
    except ValidationError as error:
        renamed: dict[str, str] = {}
        for key, message in error.errors.items():
            head, _dot, rest = key.partition(".")
            flag = names.get(head)
            renamed[f"{flag} {rest}".strip() if flag else key] = message
        raise ValidationError(renamed) from None


_DB_PARENT: list[argparse.ArgumentParser] = []


def _db_parent() -> argparse.ArgumentParser:
    """``--db`` is accepted after the command too (``crm contact list --db x.sqlite3``)."""
    if not _DB_PARENT:
        parent = argparse.ArgumentParser(add_help=False)
        parent.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        _DB_PARENT.append(parent)
    return _DB_PARENT[0]


def add_command(subparsers: SubParsers, name: str, help_text: str) -> argparse.ArgumentParser:
    """A subcommand parser that also takes the global ``--db`` option."""
    return subparsers.add_parser(name, help=help_text, description=help_text, parents=[_db_parent()])


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of text"))


def show_listing(
    args: argparse.Namespace, found: Sequence[Any], empty: str, columns: Sequence[tuple[str, str]]
) -> int:
    """A listing as JSON (``--json``) or as a table of the items' attributes ``columns``; ``empty``
    when there is nothing to list."""
    if args.json:
        emit_json(found)
    elif not found:
        print(empty)
    else:
        print_table([{name: getattr(item, name) for name, _heading in columns} for item in found], columns)
    return 0
