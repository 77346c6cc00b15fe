"""Reading files as people bring them: encodings, delimiters, Excel, vCards, and broken ones."""

from __future__ import annotations

import codecs
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.transfer.reading import BROKEN, ImportFileError, read_table

ARABIC_HEADER = "الاسم,البريد الإلكتروني,الجوال,المدينة\n"
ARABIC_ROW = "عمر حداد,omar@example.com,0501234567,الرياض\n"


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def rows_of(path: Path, **options: str) -> tuple[list[str], list[list[str]]]:
    with read_table(path, **options) as table:
        return table.headers, list(table.rows)


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),  # without a BOM, as some exports write it
        ("cp1256", b""),  # Excel's "CSV" on an Arabic Windows
    ],
)
def test_arabic_csv_in_every_encoding(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = ARABIC_HEADER + ARABIC_ROW * 30
    if encoding == "utf-16-le" and not prefix:
        text = "Name,Email\n" + "Omar,omar@example.com\n" * 30  # Latin text: every other byte zero
    path = write(tmp_path / "people.csv", prefix + text.encode(encoding))
    headers, rows = rows_of(path)
    expected = text.splitlines()
    assert headers == expected[0].split(",")
    assert rows[0] == expected[1].split(",")
    assert len(rows) == 30


def test_turkish_windows_1254_and_semicolons(tmp_path: Path) -> None:
    text = "Adı;Soyadı;Şehir;Telefon\n" + "Çağrı;Öztürk;İstanbul;0532 123 45 67\n" * 20
    headers, rows = rows_of(write(tmp_path / "kisiler.csv", text.encode("cp1254")))
    assert headers == ["Adı", "Soyadı", "Şehir", "Telefon"]
    assert rows[0] == ["Çağrı", "Öztürk", "İstanbul", "0532 123 45 67"]


def test_tabs_quotes_and_a_note_over_two_lines(tmp_path: Path) -> None:
    text = 'Name\tNotes\n"Omar"\t"first line\nsecond line"\n"Ali ""the elder"""\tx\n'
    headers, rows = rows_of(write(tmp_path / "t.txt", text.encode()))
    assert headers == ["Name", "Notes"]
    assert rows == [["Omar", "first line\nsecond line"], ['Ali "the elder"', "x"]]


def test_a_stray_quote_costs_one_row(tmp_path: Path) -> None:
    lines = ["Name,City"] + [f"Person {n},Town {n}" for n in range(150)]
    lines[5] = 'Person 4,"Town 4'  # never closed
    _headers, rows = rows_of(write(tmp_path / "q.csv", "\n".join(lines).encode()))
    assert rows[4][0] == BROKEN
    assert rows[5] == ["Person 5", "Town 5"]  # reading goes on after the broken line
    assert len(rows) == 150


def test_ragged_rows_come_as_they_are(tmp_path: Path) -> None:
    _headers, rows = rows_of(write(tmp_path / "r.csv", b"a,b,c\n1,2\n1,2,3,4\n\n,,\n"))
    assert rows == [["1", "2"], ["1", "2", "3", "4"]]  # blank lines are not rows


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"\n\n", "has no column names"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not a text file"),
    ],
)
def test_files_that_are_no_table(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(ImportFileError, match=message):
        read_table(write(tmp_path / "contacts.csv", data))


def test_a_header_only_file_has_no_rows(tmp_path: Path) -> None:
    assert rows_of(write(tmp_path / "h.csv", b"Name,Email\n")) == (["Name", "Email"], [])


def test_excel_with_arabic_headers_and_numbers(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "العملاء"
    sheet.append(["الاسم", "الجوال", "تاريخ الميلاد"])
    sheet.append(["عمر", 966501234567, None])
    sheet.append([None, None, None])
    sheet.append(["ليلى", "0501112233", "1990-05-03"])
    other = book.create_sheet("Other")
    other.append(["Name"])
    other.append(["Ali"])
    book.save(tmp_path / "book.xlsx")
    headers, rows = rows_of(tmp_path / "book.xlsx")
    assert headers == ["الاسم", "الجوال", "تاريخ الميلاد"]
    assert rows == [["عمر", "966501234567", ""], ["ليلى", "0501112233", "1990-05-03"]]
    assert rows_of(tmp_path / "book.xlsx", sheet="Other") == (["Name"], [["Ali"]])
    with pytest.raises(ImportFileError, match="no sheet “Missing”; its sheets: العملاء, Other"):
        read_table(tmp_path / "book.xlsx", sheet="Missing")


def test_broken_and_empty_workbooks(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="is empty"):
        read_table(write(tmp_path / "zero.xlsx", b""))
    with pytest.raises(ImportFileError, match="not a readable Excel workbook"):
        read_table(write(tmp_path / "cut.xlsx", b"PK\x03\x04" + bytes(50)))
    with pytest.raises(ImportFileError, match="not an Excel workbook"):
        read_table(write(tmp_path / "renamed.xlsx", b"Name,Email\nOmar,o@example.com\n"))


VCARDS = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=AD=D8=AF=D8=A7=D8=AF;=D8=B9=D9=85=D8=B1;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=B9=D9=85=D8=B1 =D8=AD=D8=AF=D8=A7=D8=AF\r\n"
    "TEL;CELL:+966501234567\r\nTEL;WORK:0112345678\r\nEMAIL;INTERNET:omar@example.com\r\n"
    "ORG:Kaya Ltd\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Leyla Demir\r\nN:Demir;Leyla;;;\r\n"
    "EMAIL;TYPE=INTERNET,WORK:leyla@example.com\r\nTEL;TYPE=CELL:+90 532 123 45 67\r\n"
    "ADR;TYPE=HOME:;;Istiklal Cd. 5;Istanbul;;34430;Turkey\r\n"
    "CATEGORIES:VIP,Wholesale\r\nNOTE:first line\\nsecond line\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
    " /2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR8eHR\r\n"
    "END:VCARD\r\n"
    'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ali\r\nTEL;VALUE=uri;TYPE="voice,cell":tel:+966-55-555-1234\r\n'
    "BDAY:19850412\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+966500000000\r\nEND:VCARD\r\n"
)


def test_vcards_of_every_version_and_a_broken_one(tmp_path: Path) -> None:
    headers, rows = rows_of(write(tmp_path / "phone.vcf", VCARDS.encode()))
    card = dict(zip(headers, rows[0], strict=True))
    assert (card["Full name"], card["Given name"], card["Family name"]) == ("عمر حداد", "عمر", "حداد")
    assert (card["Phone 1"], card["Phone 2"], card["Email 1"], card["Organization"]) == (
        "+966501234567",
        "0112345678",
        "omar@example.com",
        "Kaya Ltd",
    )
    assert rows[1][0] == BROKEN  # the photo's base64 is cut short: that card alone is refused
    ali = dict(zip(headers, rows[2], strict=True))
    assert (ali["Full name"], ali["Phone 1"], ali["Birthday"]) == ("Ali", "+966-55-555-1234", "19850412")
    nameless = dict(zip(headers, rows[3], strict=True))
    assert nameless["Full name"] == "" and nameless["Phone 1"] == "+966500000000"


def test_a_good_vcard_with_folded_lines_and_categories(tmp_path: Path) -> None:
    card = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Leyla\n  Demir\nN:Demir;Leyla;;;\nCATEGORIES:VIP,Wholesale\n"
        "ADR;TYPE=HOME:;;Istiklal Cd. 5;Istanbul;;34430;Turkey\nNOTE:line one\\nline two\nEND:VCARD\n"
    )
    headers, rows = rows_of(write(tmp_path / "one.vcf", card.encode()))
    found = dict(zip(headers, rows[0], strict=True))
    assert found["Full name"] == "Leyla Demir"
    assert found["Categories"] == "VIP; Wholesale"
    assert (found["City"], found["Postal code"], found["Country"]) == ("Istanbul", "34430", "Turkey")
    assert found["Notes"] == "line one\nline two"


def test_a_vcf_without_cards(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="holds no vCard"):
        read_table(write(tmp_path / "none.vcf", b"hello\n"))


def test_a_row_in_another_encoding_is_rejected_and_the_rest_read(tmp_path: Path) -> None:
    data = (
        b"Name,City\n"
        + "Omar,الرياض\n".encode()
        + "Leyla,جدة\n".encode("cp1256")  # pasted in from an older system
        + "Ali,İzmir\n".encode()
    )
    _headers, rows = rows_of(write(tmp_path / "mixed.csv", data))
    assert rows[0] == ["Omar", "الرياض"]
    assert rows[1][0] == BROKEN and "another encoding" in rows[1][1]
    assert rows[2] == ["Ali", "İzmir"]


def test_the_encoding_is_judged_beyond_the_first_bytes(tmp_path: Path) -> None:
    data = b"Name,City\n" + b"Plain,Ascii\n" * 7000 + "Çağrı,İstanbul\n".encode("cp1254") * 3
    _headers, rows = rows_of(write(tmp_path / "late.csv", data))
    assert len(rows) == 7003
    assert rows[-3:] == [["Çağrı", "İstanbul"]] * 3  # the first letters past ASCII name the code page


def test_old_macintosh_line_ends_long_cells_and_stray_quotes(tmp_path: Path) -> None:
    _headers, rows = rows_of(write(tmp_path / "mac.csv", b"Name,City\rOmar,Riyadh\rLeyla,Jeddah\r"))
    assert rows == [["Omar", "Riyadh"], ["Leyla", "Jeddah"]]
    long_note = "x" * 200_000
    _headers, rows = rows_of(write(tmp_path / "long.csv", f'Name,Notes\nOmar,"{long_note}"\n'.encode()))
    assert rows == [["Omar", long_note]]
    text = 'Name,Notes\nOmar,say "hi" twice\nLeyla,a"b"\nAli,ok\n'
    _headers, rows = rows_of(write(tmp_path / "quotes.csv", text.encode()))
    assert rows[-1] == ["Ali", "ok"] and len(rows) == 3


def test_a_zip_that_is_no_workbook(tmp_path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(tmp_path / "photos.csv", "w") as archive:
        archive.writestr("a.txt", "hello")
    with pytest.raises(ImportFileError, match="not a readable Excel workbook"):
        read_table(tmp_path / "photos.csv")
