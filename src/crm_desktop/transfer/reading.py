"""Reading a file someone wants to import: CSV, Excel or vCard, as a header and rows of text.

Files arrive from everywhere: Excel's "CSV (comma delimited)" in the computer's
code page (Windows-1256 in Arabic, Windows-1254 in Turkish), Google's and Outlook's
exports in UTF-8 with or without a byte-order mark or in UTF-16, semicolons where
the decimal comma is usual, a phone's vCards. The encoding is read from a BOM, else
taken as UTF-8 when the bytes are valid UTF-8, else guessed by charset-normalizer
among the code pages small businesses here use. Rows are streamed: a file of a
million rows is never held whole.

A file that cannot be read at all raises :class:`ImportFileError` with a message a
shop owner understands; a row that is merely odd (too many or too few cells) is
handed on as it is and judged later, row by row.
"""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from crm_desktop.domain.errors import CrmError
from crm_desktop.i18n import _

# code pages tried when a file is not UTF-8, most likely first (Arabic and Persian Windows,
# Turkish Windows, Western Windows)
CODE_PAGES = ("cp1256", "cp1254", "cp1252", "latin_1")
_SAMPLE = 64 * 1024  # bytes read to guess the encoding and the delimiter
_DELIMITERS = ",;\t|"
_MAX_ROW_LINES = 100  # lines one quoted cell may span (a long note)
_LONE_CR = re.compile(rb"(?<=\r)(?!\n)")  # a line end that is a CR alone
_UNDECODABLE = "\x00undecodable"  # a line _decoded could not read
# the first cell of a row that could not be read at all (the second says why)
BROKEN = "\x00broken"


# a note of a few pages is a cell like any other (the module's default stops at 128 KB)
csv.field_size_limit(2**31 - 1)


class ImportFileError(CrmError):
    """The file cannot be read as a table at all."""


@dataclass
class Table:
    """A file's header and its rows (each a list of cell texts), read lazily."""

    kind: str  # csv | xlsx | vcf | json
    headers: list[str]
    rows: Iterator[list[str]]
    encoding: str = ""
    delimiter: str = ""
    sheets: list[str] = field(default_factory=list)  # an Excel file's sheets
    closers: list[object] = field(default_factory=list)

    def close(self) -> None:
        for closer in self.closers:
            close = getattr(closer, "close", None)
            if close is not None:
                close()

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """The table in ``path`` (its kind from its content first, then its name)."""
    try:
        with path.open("rb") as probe:
            head = probe.read(_SAMPLE)
    except OSError as error:
        raise ImportFileError(
            _("“{name}” cannot be opened ({reason}).").format(name=path.name, reason=error.strerror or error)
        ) from None
    if not head:
        raise ImportFileError(_("“{name}” is empty.").format(name=path.name))
    if head.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, sheet)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        raise ImportFileError(_("“{name}” is not an Excel workbook (.xlsx).").format(name=path.name))
    encoding = detect_encoding(head, path)
    text_head = head.decode(encoding, errors="replace").lstrip("\ufeff")
    if text_head.lstrip().upper().startswith("BEGIN:VCARD") or suffix in (".vcf", ".vcard"):
        from crm_desktop.transfer.vcards import read_vcards

        return read_vcards(path, encoding)
    from crm_desktop.transfer.json_records import looks_like_records, read_json_records

    if looks_like_records(text_head) or suffix == ".json":
        return read_json_records(path, encoding)
    return _read_csv(path, encoding, text_head)


def detect_encoding(head: bytes, path: Path) -> str:
    """The text encoding of a file that starts with ``head``."""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            return name
    if b"\x00" in head:
        if _looks_like_utf16(head):
            return "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
        raise ImportFileError(
            _("“{name}” is not a text file (it may be a document or a picture renamed).").format(
                name=path.name
            )
        )
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        if error.start >= len(head) - 3:  # a character cut by the end of the sample
            return "utf-8"
    if _mostly_utf8(head):  # a UTF-8 file with a few lines pasted in from elsewhere
        return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(head, cp_isolation=list(CODE_PAGES)).best()
    return best.encoding if best is not None else CODE_PAGES[0]


def _mostly_utf8(head: bytes) -> bool:
    """More of the lines with letters beyond ASCII are valid UTF-8 than not."""
    valid = invalid = 0
    lines = head.splitlines()
    if not head.endswith((b"\n", b"\r")):
        lines = lines[:-1]  # cut short by the end of the sample
    for line in lines:
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            valid += 1
        except UnicodeDecodeError:
            invalid += 1
    return valid > invalid


def _looks_like_utf16(head: bytes) -> bool:
    """Text in UTF-16 without a BOM: every other byte zero for Latin text."""
    even, odd = head[0::2], head[1::2]
    return max(even.count(0), odd.count(0)) > len(head) // 4


def _read_csv(path: Path, encoding: str, text_head: str) -> Table:
    delimiter = _sniff_delimiter(text_head)
    stream: IO[Any]
    if encoding.startswith("utf-16"):
        stream = path.open("r", encoding=encoding, errors="replace", newline="")
        lines: Iterator[str] = stream
    else:
        stream = path.open("rb")
        # a sample of plain ASCII says nothing yet: the first line beyond it decides
        lines = _decoded(stream, encoding, settled=not text_head.isascii())
    records = _records(lines, delimiter)
    try:
        headers = next(records, None)
    except BaseException:
        stream.close()
        raise
    if headers is None or headers[:1] == [BROKEN] or not any(cell.strip() for cell in headers):
        stream.close()
        raise ImportFileError(_("The first row of “{name}” has no column names.").format(name=path.name))
    headers = [cell.strip().lstrip("\ufeff") for cell in headers]
    return Table("csv", headers, records, encoding, delimiter, closers=[stream])


def _decoded(stream: IO[bytes], encoding: str, *, settled: bool = True) -> Iterator[str]:
    """The lines of an 8-bit file, each decoded on its own: a line written in another encoding
    (a file pasted together from two systems) becomes ``_UNDECODABLE``, a rejected row, not
    a row of garbled letters imported as if right. Until the encoding is ``settled`` (the
    sample read to guess it was plain ASCII), the first line that is not UTF-8 names it.
    Lines end at LF, CRLF or a lone CR (old Macintosh files)."""
    for chunk in stream:
        for raw in _LONE_CR.split(chunk) if b"\r" in chunk[:-2] else (chunk,):
            try:
                yield raw.decode(encoding)
                continue
            except UnicodeDecodeError:
                if settled:
                    yield _UNDECODABLE
                    continue
            encoding, settled = _code_page_of_line(raw), True
            yield raw.decode(encoding, errors="replace")


def _code_page_of_line(raw: bytes) -> str:
    """The code page of one line (too short for a statistical guess). Arabic and Persian words
    are all letters beyond ASCII; a Latin-script word mixes them with ASCII letters ("Çağrı"),
    and then Turkish Windows when its letters read as Turkish ones, else Western Windows."""
    latin = any(
        byte >= 0x80 and any(chr(n).isascii() and chr(n).isalpha() for n in raw[max(0, i - 1) : i + 2])
        for i, byte in enumerate(raw)
    )
    if not latin:
        return "cp1256"
    turkish = raw.decode("cp1254", errors="replace")
    if any(ch in "ğĞıİşŞ" for ch in turkish):
        return "cp1254"
    return "cp1252"


def _records(lines: Iterator[str], delimiter: str) -> Iterator[list[str]]:
    """The file's rows. A quoted cell may run over several lines (an address, a note); a quote
    still open after ``_MAX_ROW_LINES`` lines was never closed: that first line becomes a
    rejected row and reading starts again on the line after it, so one stray quote costs
    one row instead of swallowing the rest of the file."""
    waiting: deque[str] = deque()
    pending: list[str] = []
    quotes = 0
    while True:
        line = waiting.popleft() if waiting else next(lines, None)
        if line is None:
            if not pending:
                return
            yield [BROKEN, _("a quote is not closed")]
            waiting.extend(pending[1:])
            pending, quotes = [], 0
            continue
        if line is _UNDECODABLE:
            if pending:  # the cell that was open ends here, broken
                yield [BROKEN, _("a quote is not closed")]
                pending, quotes = [], 0
            yield [BROKEN, _("the row is written in another encoding than the rest of the file")]
            continue
        pending.append(line)
        quotes += line.count('"')
        if quotes % 2 == 0:
            try:
                row = next(csv.reader(["".join(pending)], delimiter=delimiter), [])
            except csv.Error as error:  # a quote in the middle of a cell, a cell too long
                row = [BROKEN, str(error)]
            pending, quotes = [], 0
            if any(cell.strip() for cell in row):
                yield row
        elif len(pending) >= _MAX_ROW_LINES:
            yield [BROKEN, _("a quote is not closed")]
            waiting.extendleft(reversed(pending[1:]))
            pending, quotes = [], 0


def _sniff_delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if not lines:
        return ","
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=_DELIMITERS).delimiter
    except csv.Error:
        # the sniffer gives up on files with quoted fields that hold delimiters; count instead
        counts = {d: lines[0].count(d) for d in _DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise ImportFileError(
            _("“{name}” is not a readable Excel workbook ({error}).").format(name=path.name, error=error)
        ) from None
    names = list(workbook.sheetnames)
    if sheet is not None and sheet not in names:
        workbook.close()
        raise ImportFileError(
            _("“{name}” has no sheet “{sheet}”; its sheets: {sheets}.").format(
                name=path.name, sheet=sheet, sheets=", ".join(names)
            )
        )
    chosen = workbook[sheet or names[0]]
    values = chosen.iter_rows(values_only=True)
    first = next(values, None)
    if first is None or not any(cell is not None and str(cell).strip() for cell in first):
        workbook.close()
        raise ImportFileError(_("The first row of “{name}” has no column names.").format(name=path.name))
    headers = [_cell_text(cell).strip() for cell in first]
    rows = ([_cell_text(cell) for cell in row] for row in values if any(cell is not None for cell in row))
    return Table("xlsx", headers, rows, sheets=names, closers=[workbook])


def _cell_text(cell: object) -> str:
    """A cell as text: whole numbers without ".0" (phone numbers stored as numbers), dates
    in ISO form."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if hasattr(cell, "isoformat"):
        text = str(cell.isoformat())
        return text.removesuffix("T00:00:00")
    return str(cell)


def sample_rows(table: Table, count: int) -> list[list[str]]:
    """The first ``count`` rows (for a preview); the table goes on after them."""
    taken: list[list[str]] = []
    for row in table.rows:
        taken.append(row)
        if len(taken) >= count:
            break
    rest = table.rows
    table.rows = _chain(taken, rest)
    return taken


def _chain(first: list[list[str]], rest: Iterator[list[str]]) -> Iterator[list[str]]:
    yield from first
    yield from rest
