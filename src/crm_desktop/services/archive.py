"""The whole database as one JSON file, and that file back into an empty database.

The archive holds every row of every table of the business's data: each synced
table of ``domain/models.py`` (the bin's tombstones too: the trash is data) and
the history that lets an import or a merge be undone. The search index is left out
(it is made again from the rows) and so is this device's sync state (the outbox,
field stamps, conflicts, its id and sign-in): the database an archive goes into is
a device of its own, and sends the archive's rows as its own changes at its next
sync.

The file is one JSON object: a header (``format``, ``format_version``, the
database's ``schema`` revision, ``app_version``, ``exported_at``, the rows per table
in ``counts``), then ``tables``, each with its ``columns`` named once and its
``rows`` as arrays, one per line, parents before children. The header comes
first so an import checks it before reading a row. Values are lossless:
decimals as text, dates and times in ISO 8601 (times in UTC with their offset),
JSON columns as JSON, booleans as ``true``/``false``.

Export reads every table inside one read transaction (a consistent snapshot even
while the window saves), a page at a time, and writes under a temporary name that
is renamed when complete. Import reads the file as a stream, checks the header
first, and writes every row in one transaction with ``executemany``; anything
wrong (a damaged row, a cut file, a full disk, Cancel) rolls all of it back.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import JSON, Boolean, Connection, Date, Integer, MetaData, String, Table
from sqlalchemy import Enum as EnumType
from sqlalchemy import exc as sa_exc
from sqlalchemy.types import TypeDecorator
from sqlmodel import Session, SQLModel, col, select

import crm_desktop
from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.models import Company, Contact  # (and every table on SQLModel.metadata)
from crm_desktop.domain.types import DecimalText, UTCDateTime
from crm_desktop.i18n import _
from crm_desktop.services.cases import CaseService
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.exports import replace_when_written
from crm_desktop.services.knowledge import KnowledgeService
from crm_desktop.services.people import CompanyService, ContactService
from crm_desktop.services.pipeline import DEFAULT_PIPELINE_IDS, DealService
from crm_desktop.services.records import RecordService
from crm_desktop.storage import bulk_load, migrator, search_index
from crm_desktop.storage.database import Database
from crm_desktop.storage.errors import translate
from crm_desktop.transfer.json_stream import JsonReader, JsonStreamError

FORMAT = "crm-desktop-archive"
FORMAT_VERSION = 1
# Tables of the models made again from the others instead of archived.
DERIVED_TABLES = frozenset({"search_docs"})
# Tables of this file only (no model, no sync) that an archive keeps all the same: the
# imports and merges that "Undo" can still take back. Import batches before their rows.
HISTORY_TABLES = ("_import_batches", "_import_rows", "_merges")
# Rows every new database makes alike (services.pipeline.ensure_default): a database holding
# only these is empty, and an archive's own rows replace them.
DEFAULT_ROWS = {
    "pipelines": frozenset(DEFAULT_PIPELINE_IDS[:1]),
    "stages": frozenset(DEFAULT_PIPELINE_IDS[1:]),
}
# Rows a new database may have that do not make it hold data: the archive's settings replace
# those of the same key (the business name, currencies...), and the others stay.
KEPT_TABLES = frozenset({"settings"})
PAGE = 1000
RELATED_KEPT = 20_000  # companies and contacts kept loaded while the search index is filled

Progress = Callable[[str, int, int], None]


class ArchiveError(CrmError):
    """The file is not an archive this program can import, or not into this database."""


@dataclass(frozen=True)
class ArchiveHeader:
    format_version: int
    schema: str
    app_version: str
    exported_at: datetime
    counts: dict[str, int]

    @property
    def records(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class ArchiveResult:
    path: Path
    header: ArchiveHeader
    counts: dict[str, int]  # rows written (export) or imported, per table

    @property
    def records(self) -> int:
        return sum(self.counts.values())


def table_label(table: str) -> str:
    """A table as a shop owner calls what it holds ("contacts", "emails and phones")."""
    labels = {
        "users": _("users"),
        "companies": _("companies"),
        "contacts": _("contacts"),
        "contact_methods": _("emails and phones"),
        "pipelines": _("pipelines"),
        "stages": _("pipeline stages"),
        "products": _("products"),
        "deals": _("deals"),
        "deal_lines": _("deal lines"),
        "sales": _("sales"),
        "sale_lines": _("sale lines"),
        "activities": _("activities"),
        "tasks": _("tasks"),
        "cases": _("cases"),
        "knowledge_articles": _("knowledge-base articles"),
        "tags": _("tags"),
        "taggings": _("tags on records"),
        "custom_field_definitions": _("custom fields"),
        "contact_photos": _("contact photos"),
        "import_mappings": _("saved import mappings"),
        "settings": _("settings"),
        "_import_batches": _("imports"),
        "_import_rows": _("imported rows"),
        "_merges": _("merges"),
    }
    return labels.get(table, table)


def archived_tables(connection: Connection) -> list[Table]:
    """Every archived table of the open file, parents before children."""
    tables = [table for table in SQLModel.metadata.sorted_tables if table.name not in DERIVED_TABLES]
    history = MetaData()
    tables += [Table(name, history, autoload_with=connection) for name in HISTORY_TABLES]
    return tables


def is_archive(path: Path) -> bool:
    """Whether ``path`` starts as a whole-database archive does (whatever its version)."""
    try:
        with path.open(encoding="utf-8-sig", errors="surrogateescape") as stream:
            reader = JsonReader(stream, chunk=4096)
            for name in reader.members():
                return name == "format" and reader.value() == FORMAT
    except (OSError, ValueError):  # JsonStreamError and UnicodeDecodeError are ValueErrors
        return False
    return False


def read_header(path: Path) -> ArchiveHeader:
    """The header of the archive at ``path``, checked (ArchiveError when it is none we can import)."""
    with _ArchiveFile(path) as archive:
        return archive.header


class ArchiveService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- export -------------------------------------------------------------------

    def export(self, path: Path, progress: Progress | None = None) -> ArchiveResult:
        """Write the whole database to ``path`` (replaced only once the archive is complete)."""
        return replace_when_written(path, lambda partial: self._write(path, partial, progress))

    def _write(self, path: Path, partial: Path, progress: Progress | None) -> ArchiveResult:
        db = self.ctx.db
        try:
            with db.engine.connect() as connection, connection.begin():
                raw = _raw(connection)
                tables = archived_tables(connection)
                counts = {
                    t.name: raw.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0] for t in tables
                }
                header = ArchiveHeader(
                    FORMAT_VERSION,
                    migrator.head_revision(),
                    crm_desktop.__version__,
                    self.ctx.clock().astimezone(UTC),
                    counts,
                )
                with partial.open("w", encoding="utf-8", newline="\n") as stream:
                    _write_header(stream, header)
                    done = 0
                    for number, table in enumerate(tables):
                        codecs = [_codec(column, connection) for column in table.columns]
                        stream.write("," if number else "")
                        stream.write(f"\n{_dump(table.name)}: {{{_dump('columns')}: ")
                        stream.write(_dump([codec.name for codec in codecs]) + f",\n{_dump('rows')}: [")
                        json_row = _json_rows(table.name, codecs)
                        separator = "\n"
                        for page in _pages(raw, table):
                            stream.write(separator + ",\n".join(_dump(json_row(row)) for row in page))
                            separator = ",\n"
                            done += len(page)
                            if progress is not None:
                                progress(table_label(table.name), done, header.records)
                        stream.write("\n]}")
                    stream.write("\n}}\n")
                    stream.flush()
                    os.fsync(stream.fileno())  # a backup must be on the disk before it takes the name
        except (sa_exc.DBAPIError, sqlite3.Error) as error:
            raise translate(error, str(db.path)) from error
        return ArchiveResult(path, header, counts)

    # --- import -------------------------------------------------------------------

    def import_file(
        self, path: Path, progress: Progress | None = None, *, dry_run: bool = False
    ) -> ArchiveResult:
        """Put every row of the archive at ``path`` into this database, which must hold no data yet.

        One transaction: any problem (a damaged row, a cut file, Cancel raised by
        ``progress``) leaves the database as it was. ``dry_run`` reads and checks all of it
        the same way and then leaves the database as it was.
        """
        db = self.ctx.db
        with _ArchiveFile(path) as archive, _loading(db) as connection:
            transaction = connection.begin()
            try:
                counts = _Loader(self.ctx, connection, archive, progress).run()
                if dry_run:
                    transaction.rollback()
                else:
                    transaction.commit()
            except BaseException:
                transaction.rollback()
                raise
        return ArchiveResult(path, archive.header, counts)


# --- writing --------------------------------------------------------------------


# Arabic, Persian and Turkish stay readable in the file (SQLite text is always valid UTF-8)
_dump = json.JSONEncoder(ensure_ascii=False).encode


def _json_rows(table: str, codecs: Sequence[_Codec]) -> Callable[[Sequence[Any]], list[Any]]:
    """A function from a stored row to its archive row."""
    conversions = [(position, c.to_json) for position, c in enumerate(codecs) if c.to_json is not None]

    def json_row(row: Sequence[Any]) -> list[Any]:
        values = list(row)
        for position, to_json in conversions:
            value = values[position]
            if value is not None:
                try:
                    values[position] = to_json(value)
                # a repair tool's typing, say: the program cannot read it either
                except (TypeError, ValueError):
                    raise ArchiveError(
                        _(
                            "The database holds a value that is not what its column keeps ({table} {key}, "
                            "{column}: {value}); correct it and export again. No file was written."
                        ).format(
                            table=table_label(table), key=row[0], column=codecs[position].name, value=value
                        )
                    ) from None
        return values

    return json_row


def _write_header(stream: TextIO, header: ArchiveHeader) -> None:
    fields = {
        "format": FORMAT,
        "format_version": header.format_version,
        "schema": header.schema,
        "app_version": header.app_version,
        "exported_at": header.exported_at.isoformat(timespec="microseconds"),
        "counts": header.counts,
    }
    stream.write("{" + ",\n".join(f"{_dump(name)}: {_dump(value)}" for name, value in fields.items()))
    stream.write(f",\n{_dump('tables')}: {{")


def _raw(connection: Connection) -> sqlite3.Connection:
    raw: sqlite3.Connection = connection.connection.driver_connection  # type: ignore[assignment]
    return raw


def _pages(raw: sqlite3.Connection, table: Table) -> Iterator[list[tuple[Any, ...]]]:
    """The stored rows of ``table`` in key order, ``PAGE`` at a time (a keyset query each)."""
    columns = ", ".join(f'"{column.name}"' for column in table.columns)
    key = ", ".join(f'"{column.name}"' for column in table.primary_key.columns)
    marks = ", ".join("?" for _column in table.primary_key.columns)
    first = f'SELECT {columns} FROM "{table.name}" ORDER BY {key} LIMIT {PAGE}'
    following = f'SELECT {columns} FROM "{table.name}" WHERE ({key}) > ({marks}) ORDER BY {key} LIMIT {PAGE}'
    positions = [list(table.columns).index(column) for column in table.primary_key.columns]
    page = raw.execute(first).fetchall()
    while page:
        yield page
        if len(page) < PAGE:
            return
        last = page[-1]
        page = raw.execute(following, [last[p] for p in positions]).fetchall()


# --- values ---------------------------------------------------------------------


class _BadValue(ValueError):
    """A value of the archive that its column cannot hold; the message says why."""


@dataclass(frozen=True)
class _Codec:
    """How one column's stored values are written to the archive and read back.

    Both sides run once per value of a whole database, so the common cases (text,
    numbers, times in the form they are stored in) take the shortest way there is.
    """

    name: str
    nullable: bool
    to_json: Callable[[Any], Any] | None  # None: the stored value is its JSON value
    from_json: Callable[[Any], Any]  # a value that is not None; raises _BadValue


def _codec(column: Any, connection: Connection) -> _Codec:
    """The codec of a column by its type: the program's own column types turn values into what
    is stored (so an import stores what a save would), and this module turns them into JSON."""
    dialect = connection.dialect
    kind = column.type
    as_stored = kind.dialect_impl(dialect)  # the type as SQLite stores it (dates as text...)
    stored_of = as_stored.bind_processor(dialect) or _same
    python_of = as_stored.result_processor(dialect, None) or _same

    def parsed(parse: Callable[[Any], Any], expected: str) -> Callable[[Any], Any]:
        def from_json(value: Any) -> Any:
            try:
                return stored_of(parse(value))
            except (TypeError, ValueError, InvalidOperation):
                raise _BadValue(expected) from None

        return from_json

    name, nullable = column.name, bool(column.nullable)
    if isinstance(kind, UTCDateTime):
        slow_json = lambda stored: python_of(stored).isoformat(timespec="microseconds")  # noqa: E731
        slow_stored = parsed(_moment, _("a date and time with its time zone was expected"))
        return _Codec(name, nullable, _moment_json(slow_json), _moment_stored(slow_stored))
    if isinstance(kind, DecimalText):
        return _Codec(
            name,
            nullable,
            lambda stored: format(python_of(stored), "f"),
            parsed(_decimal, _("a decimal number written as text was expected")),
        )
    if isinstance(kind, TypeDecorator):  # SQLModel's AutoString: text, by its implementation
        kind = kind.impl_instance
    if isinstance(kind, EnumType):
        # kept as the text stored, even one this version does not list (written by a newer
        # program through sync): the archive gives back what the database held
        return _Codec(name, nullable, None, _text)
    if isinstance(kind, Boolean):
        return _Codec(name, nullable, bool, _flag)
    if isinstance(kind, JSON):
        return _Codec(name, nullable, python_of, parsed(_same, _("a JSON value was expected")))
    if isinstance(kind, Date):
        return _Codec(name, nullable, None, _day)
    if isinstance(kind, Integer):
        return _Codec(name, nullable, None, _integer)
    if isinstance(kind, String):
        return _Codec(name, nullable, None, _text)
    # a new column type needs its own lossless form here: refusing beats guessing
    raise TypeError(f"the archive has no form for {column.table.name}.{name} ({kind!r})")


def _same(value: Any) -> Any:
    return value


# how UTCDateTime columns are stored: "2026-03-02 09:00:00.000000", naive UTC
_STORED_MOMENT = len("2026-03-02 09:00:00.000000")
_UTC = "+00:00"


def _moment_json(slow: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def to_json(stored: Any) -> Any:
        if stored.__class__ is str and len(stored) == _STORED_MOMENT and stored[10] == " ":
            return f"{stored[:10]}T{stored[11:]}{_UTC}"  # what ``slow`` makes of it, at a tenth of the cost
        return slow(stored)

    return to_json


def _moment_stored(slow: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def from_json(value: Any) -> Any:
        if value.__class__ is str and len(value) == _STORED_MOMENT + len(_UTC) and value.endswith(_UTC):
            try:
                datetime.fromisoformat(value)  # a real date and time, or the slow way says why not
            except ValueError:
                return slow(value)
            return f"{value[:10]} {value[11:_STORED_MOMENT]}"
        return slow(value)

    return from_json


def _moment(value: Any) -> datetime:
    moment = datetime.fromisoformat(_text(value))
    if moment.tzinfo is None:
        raise ValueError("no time zone")
    return moment


def _day(value: Any) -> str:
    """A date as it is stored (ISO, as written)."""
    if value.__class__ is not str or len(value) != len("2026-03-02"):
        raise _BadValue(_("a date (YYYY-MM-DD) was expected"))
    try:
        date.fromisoformat(value)
    except ValueError:
        raise _BadValue(_("a date (YYYY-MM-DD) was expected")) from None
    return str(value)


def _decimal(value: Any) -> Decimal:
    number = Decimal(_text(value))
    if not number.is_finite():
        raise ValueError("not a number")
    return number


def _flag(value: Any) -> int:
    if value is True:
        return 1
    if value is False:
        return 0
    raise _BadValue(_("true or false was expected"))


def _integer(value: Any) -> int:
    if value.__class__ is not int:  # bool is an int too, and not one
        raise _BadValue(_("a whole number was expected"))
    return int(value)


def _text(value: Any) -> str:
    if value.__class__ is not str:
        raise _BadValue(_("text was expected"))
    return str(value)


# --- reading --------------------------------------------------------------------


class _ArchiveFile:
    """An archive being read: its header checked on opening, then its tables as a stream."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._stream = path.open(encoding="utf-8-sig", errors="surrogateescape")  # see JsonReader
        except OSError as error:
            raise ArchiveError(
                _("“{name}” cannot be opened ({reason}).").format(
                    name=path.name, reason=error.strerror or error
                )
            ) from None
        try:
            self._reader = JsonReader(self._stream)
            self._members = self._reader.members()
            self.header = self._read_header()
        except BaseException:
            self._stream.close()
            raise

    def __enter__(self) -> _ArchiveFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stream.close()

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Say what a cut or damaged file is, in words a shop owner reads."""
        try:
            yield
        except JsonStreamError as error:
            if error.truncated:
                message = _(
                    "“{name}” is cut short: it ends before the archive does (a copy or a download "
                    "that did not finish?)."
                )
            else:
                message = _(
                    "“{name}” is damaged near character {offset:,}: it is not JSON as an archive writes it."
                )
            raise ArchiveError(
                message.format(name=self.path.name, offset=error.offset) + " " + _("Nothing was imported.")
            ) from None

    def damaged(self, detail: str) -> ArchiveError:
        return ArchiveError(
            _("“{name}” is damaged: {detail}. Nothing was imported.").format(
                name=self.path.name, detail=detail
            )
        )

    def _read_header(self) -> ArchiveHeader:
        try:
            name = next(self._members, None)
            ours = name == "format" and self._reader.value() == FORMAT
        except JsonStreamError:  # not JSON at all (a spreadsheet, a picture)
            ours = False
        if not ours:
            raise ArchiveError(
                _("“{name}” is not a CRM Desktop archive (a whole database exported as JSON).").format(
                    name=self.path.name
                )
            )
        fields: dict[str, Any] = {}
        with self._reading():
            for name in self._members:
                if name == "tables":
                    return self._checked(fields)
                fields[name] = self._reader.value()
        raise self.damaged(_("it holds no tables"))

    def _checked(self, fields: dict[str, Any]) -> ArchiveHeader:
        version = fields.get("format_version")
        schema = fields.get("schema")
        app_version = fields.get("app_version")
        if not isinstance(version, int) or isinstance(version, bool) or not isinstance(schema, str):
            raise self.damaged(_("its header lacks the format version or the database version"))
        if version > FORMAT_VERSION or schema not in migrator.known_revisions():
            raise ArchiveError(
                _(
                    "“{name}” was made by a newer version of CRM Desktop ({version}). Update CRM Desktop "
                    "first, then import it; nothing was imported."
                ).format(name=self.path.name, version=app_version if isinstance(app_version, str) else "?")
            )
        try:
            exported_at = _moment(fields.get("exported_at"))
        except (TypeError, ValueError):
            raise self.damaged(_("its header lacks the time it was made")) from None
        counts = fields.get("counts")
        if not isinstance(counts, dict) or not all(
            isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in counts.values()
        ):
            raise self.damaged(_("its header lacks the number of rows of each table"))
        return ArchiveHeader(
            version, schema, str(app_version or ""), exported_at.astimezone(UTC), dict(counts)
        )

    def tables(self) -> Iterator[tuple[str, list[Any], Iterator[Any]]]:
        """Each table of the archive: its name, its columns and its rows (read each table's rows
        before asking for the next table)."""
        with self._reading():
            for name in self._reader.members():
                columns: list[Any] | None = None
                for part in self._reader.members():
                    if part == "columns":
                        columns = self._reader.value()
                        if not isinstance(columns, list):
                            raise self.damaged(_("the columns of {table} are not a list").format(table=name))
                    elif part == "rows":
                        if columns is None:
                            raise self.damaged(
                                _("the rows of {table} come before its columns").format(table=name)
                            )
                        yield name, columns, self._rows()
                    else:
                        self._reader.value()
            for _name in self._members:  # whatever follows the tables (nothing, as written)
                self._reader.value()
            self._reader.end()

    def _rows(self) -> Iterator[Any]:
        with self._reading():
            for _index in self._reader.items():
                yield self._reader.value()


# --- loading --------------------------------------------------------------------


@contextmanager
def _loading(db: Database) -> Iterator[Connection]:
    """A writing connection for the import's one transaction, foreign keys not enforced.

    A seller's database can hold rows whose parent it cannot see (another team's
    contact of a shared deal: sync applies them so), and the archive gives back what
    the database held. The archive's tables come parents first all the same.
    """
    try:
        with db.engine.execution_options(crm_write=True).connect() as connection:
            raw = _raw(connection)
            raw.execute("PRAGMA foreign_keys = OFF")  # only outside a transaction does it take effect
            try:
                yield connection
            finally:
                raw.execute("PRAGMA foreign_keys = ON")
    except (sa_exc.DBAPIError, sqlite3.Error) as error:
        raise translate(error, str(db.path)) from error


class _Loader:
    """One import's work inside its transaction."""

    def __init__(
        self, ctx: ServiceContext, connection: Connection, archive: _ArchiveFile, progress: Progress | None
    ) -> None:
        self.ctx = ctx
        self.connection = connection
        self.raw = _raw(connection)
        self.archive = archive
        self.progress = progress
        self.tables = {table.name: table for table in archived_tables(connection)}
        self.total = archive.header.records
        self.done = 0

    def run(self) -> dict[str, int]:
        self._refuse_if_holding_data()
        # keys of the rows a new database has already (its default pipeline, settings chosen at
        # the first start): the archive's rows of the same key replace them
        present = {name: self._keys(name) for name in (*DEFAULT_ROWS, *KEPT_TABLES)}
        counts: dict[str, int] = {}
        replaced: dict[str, set[Any]] = {name: set() for name in present}
        indexes = bulk_load.drop_indexes(self.raw, list(self.tables))
        triggers = bulk_load.drop_search_triggers(self.raw)
        for name, columns, rows in self.archive.tables():
            table = self.tables.get(name)
            if table is None:
                raise self.archive.damaged(
                    _("it holds a table this version of CRM Desktop does not know ({table})").format(
                        table=name
                    )
                )
            if name in counts:
                raise self.archive.damaged(_("it holds {table} twice").format(table=table_label(name)))
            counts[name] = self._load(table, columns, rows, present.get(name), replaced.get(name))
        for name, expected in self.archive.header.counts.items():
            if counts.get(name, 0) != expected:
                raise self.archive.damaged(
                    _("it should hold {expected:,} {table} but holds {found:,}").format(
                        expected=expected, table=table_label(name), found=counts.get(name, 0)
                    )
                )
        for name, defaults in DEFAULT_ROWS.items():
            # an archive of a database older than the shared default pipeline brings its own
            # pipelines: the untouched "Sales" of the new database would stand beside them
            unused = sorted((present[name] & defaults) - replaced[name])
            self.raw.executemany(f'DELETE FROM "{name}" WHERE id = ?', [(key,) for key in unused])
        bulk_load.run_all(self.raw, indexes)
        self._index()
        bulk_load.rebuild_search(self.raw)
        bulk_load.run_all(self.raw, triggers)
        return counts

    def _refuse_if_holding_data(self) -> None:
        found: list[str] = []
        # what a shop owner knows their data by first
        first = ("contacts", "companies", "deals", "sales", "cases")
        for name in sorted(self.tables, key=lambda name: first.index(name) if name in first else len(first)):
            if name in KEPT_TABLES:
                continue
            defaults = sorted(DEFAULT_ROWS.get(name, ()))
            where = f" WHERE id NOT IN ({', '.join('?' for _key in defaults)})" if defaults else ""
            count = self.raw.execute(f'SELECT count(*) FROM "{name}"{where}', defaults).fetchone()[0]
            if count:
                found.append(f"{table_label(name)}: {count:,}")
        if found:
            raise ArchiveError(
                _(
                    "This database already holds data ({found}). A whole-database archive goes only into a "
                    "new, empty database: it does not merge two databases. Create a new database file and "
                    "import “{name}” there; nothing was changed."
                ).format(
                    found=", ".join(found[:3]) + (", …" if len(found) > 3 else ""),
                    name=self.archive.path.name,
                )
            )

    def _keys(self, name: str) -> set[Any]:
        table = self.tables.get(name)
        if table is None:
            return set()
        (key,) = table.primary_key.columns
        return {row[0] for row in self.raw.execute(f'SELECT "{key.name}" FROM "{name}"')}

    def _load(
        self,
        table: Table,
        columns: list[Any],
        rows: Iterator[Any],
        present: set[Any] | None,
        replaced: set[Any] | None,
    ) -> int:
        """Insert the archive's rows of ``table``; the number inserted."""
        codecs = self._codecs(table, columns)
        names = ", ".join(f'"{codec.name}"' for codec in codecs)
        sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" for _codec in codecs)})'
        key_position = None
        if present:
            (key,) = table.primary_key.columns
            key_position = [codec.name for codec in codecs].index(key.name)
            others = [codec.name for codec in codecs if codec.name != key.name]
            updates = ", ".join(f'"{name}" = excluded."{name}"' for name in others)
            sql += f' ON CONFLICT ("{key.name}") DO ' + (f"UPDATE SET {updates}" if others else "NOTHING")
        label = table_label(table.name)
        batch: list[tuple[Any, ...]] = []
        count = 0
        for row in rows:
            count += 1
            stored = self._stored(table.name, count, codecs, row)
            if key_position is not None and replaced is not None:
                replaced.add(stored[key_position])
            batch.append(stored)
            if len(batch) == PAGE:
                self._insert(table.name, sql, batch)
                batch = []
                self._report(label)
        self._insert(table.name, sql, batch)
        self._report(label)
        return count

    def _codecs(self, table: Table, columns: list[Any]) -> list[_Codec]:
        known = {column.name: column for column in table.columns}
        label = table_label(table.name)
        for name in columns:
            if not isinstance(name, str) or name not in known:
                raise self.archive.damaged(
                    _("{table} has a column this version of CRM Desktop does not know ({column})").format(
                        table=label, column=name
                    )
                )
        if len(set(columns)) != len(columns):
            raise self.archive.damaged(_("{table} names a column twice").format(table=label))
        # the database's own defaults (a migration's DEFAULT ''): the model's column may have
        # none, a default in Python only
        defaults = {
            name
            for _cid, name, _type, _notnull, default, _pk in self.raw.execute(
                f'PRAGMA table_info("{table.name}")'
            )
            if default is not None
        }
        for column in table.columns:
            # a column an older archive lacks is left to its default; only one that must hold a
            # value and has no default (the key, say) makes the archive unusable
            needed = column.primary_key or (not column.nullable and column.name not in defaults)
            if needed and column.name not in columns:
                raise self.archive.damaged(
                    _("{table} lacks the column {column}").format(table=label, column=column.name)
                )
        return [_codec(known[name], self.connection) for name in columns]

    def _stored(self, table: str, number: int, codecs: Sequence[_Codec], row: Any) -> tuple[Any, ...]:
        if row.__class__ is not list or len(row) != len(codecs):
            raise self.archive.damaged(
                _("row {row} of {table} does not have one value per column").format(
                    row=number, table=table_label(table)
                )
            )
        position = 0
        try:
            for position, codec in enumerate(codecs):
                value = row[position]
                if value is not None:
                    row[position] = codec.from_json(value)
                elif not codec.nullable:
                    raise _BadValue(_("it cannot be empty"))
        except _BadValue as error:
            raise self.archive.damaged(
                _("row {row} of {table}, {column}: {problem}").format(
                    row=number, table=table_label(table), column=codecs[position].name, problem=error
                )
            ) from None
        return tuple(row)

    def _insert(self, table: str, sql: str, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        try:
            self.raw.executemany(sql, rows)
        except sqlite3.IntegrityError as error:
            raise self.archive.damaged(
                _("{table} holds a row twice, or one the database refuses ({reason})").format(
                    table=table_label(table), reason=error
                )
            ) from None
        self.done += len(rows)

    def _report(self, label: str) -> None:
        if self.progress is not None:
            self.progress(label, self.done, self.total)

    def _index(self) -> None:
        """Fill the search index with the text each record's service gives it."""
        services: list[RecordService[Any, Any]] = [
            ContactService(self.ctx),
            CompanyService(self.ctx),
            DealService(self.ctx),
            CaseService(self.ctx),
            KnowledgeService(self.ctx),
        ]
        label = _("search index")
        with Session(bind=self.connection) as session:
            related = _Related(session)
            for service in services:
                model: Any = service.model
                entity = service.search_entity
                assert entity is not None
                after = ""
                while True:
                    statement = (
                        select(model)
                        .where(col(model.deleted_at).is_(None), col(model.id) > after)
                        .order_by(col(model.id))
                        .limit(PAGE)
                    )
                    records = list(session.exec(statement))
                    if not records:
                        break
                    related.load(records)
                    texts = service.search_texts(session, records)
                    search_index.insert_many(
                        session, [{"entity": entity, "ref": ref, "body": body} for ref, body in texts.items()]
                    )
                    after = records[-1].id
                    if self.progress is not None:
                        self.progress(label, self.done, self.total)


class _Related:
    """The companies and contacts the records' texts name, read for a page of records in one query
    each so that the services' look-ups find them loaded, and kept for the following pages (a
    company's contacts are spread over all of them), up to :data:`RELATED_KEPT` at a time. Kept
    here because the session's identity map holds its objects only weakly."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.kept: dict[str, Any] = {}

    def load(self, records: Sequence[Any]) -> None:
        for model, column in ((Company, "company_id"), (Contact, "contact_id")):
            needed = {ref for record in records if (ref := getattr(record, column, None))}
            if len(self.kept) + len(needed) > RELATED_KEPT:
                self.kept.clear()
            wanted = sorted(needed - self.kept.keys())
            if wanted:
                for found in self.session.exec(select(model).where(col(model.id).in_(wanted))):
                    self.kept[found.id] = found
