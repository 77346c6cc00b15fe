"""vCard photos: kept on import (2.1, 3.0, 4.0), refused when too big or not a picture, written
back on export, put back by undo."""

from __future__ import annotations

import base64
import io
import textwrap
from pathlib import Path

import pytest
from PIL import Image

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.photos import MAX_PHOTO_BYTES, photo_bytes, photo_uri, read_photo
from crm_desktop.services import imports
from crm_desktop.services.crm import Crm
from crm_desktop.services.imports import ImportOptions, ImportReport
from crm_desktop.services.people import ContactInput
from crm_desktop.transfer.fields import guess_mapping
from crm_desktop.transfer.reading import read_table
from tests.services.helpers import query_all


def picture(kind: str, color: tuple[int, int, int] = (200, 30, 30), side: int = 8) -> bytes:
    stream = io.BytesIO()
    Image.new("RGB", (side, side), color).save(stream, kind)
    return stream.getvalue()


def folded(data: bytes, width: int = 60, indent: str = " ") -> str:
    """Base64 cut into folded vCard lines (each continuation starts with a space)."""
    return f"\r\n{indent}".join(textwrap.wrap(base64.b64encode(data).decode(), width))


def vcards(*cards: str) -> str:
    return "".join(cards)


def card21(name: str, photo: bytes) -> str:
    return (
        f"BEGIN:VCARD\r\nVERSION:2.1\r\nN:;{name};;;\r\nFN:{name}\r\nTEL;CELL:+966501234567\r\n"
        f"PHOTO;ENCODING=BASE64;TYPE=JPEG:{folded(photo)}\r\n\r\nEND:VCARD\r\n"
    )


def card30(name: str, photo: bytes) -> str:
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:;{name};;;\r\nFN:{name}\r\n"
        f"PHOTO;ENCODING=b;TYPE=PNG:{folded(photo)}\r\nEND:VCARD\r\n"
    )


def card40(name: str, photo_value: str) -> str:
    return f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:{name}\r\nPHOTO:{photo_value}\r\nEND:VCARD\r\n"


def import_file(crm: Crm, path: Path, match: str = "name") -> ImportReport:
    with read_table(path) as table:
        options = ImportOptions("contacts", guess_mapping(table.headers, "contacts"), match=match)
        return crm.imports.run(
            table, options, file_name=path.name, rejects_to=path.with_suffix(".rejects.csv")
        )


def photos_by_name(crm: Crm) -> dict[str, bytes | None]:
    found: dict[str, bytes | None] = {}
    for contact in crm.contacts.list().items:
        uri = crm.contact_photos.get(contact.id)
        found[contact.display_name] = None if uri is None else photo_bytes(uri)[1]
    return found


@pytest.fixture(params=[True, False], ids=["bulk", "service"])
def both_ways(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imports._Judge, "BULK", request.param)


@pytest.mark.usefixtures("both_ways")
def test_photos_of_every_vcard_version_are_kept(crm: Crm, tmp_path: Path) -> None:
    jpeg, png, webless = picture("JPEG"), picture("PNG", (10, 120, 200)), picture("PNG", (1, 2, 3))
    data_uri = "data:image/png;base64," + base64.b64encode(webless).decode()
    source = tmp_path / "phone.vcf"
    source.write_text(
        vcards(card21("Omar", jpeg), card30("Leyla", png), card40("Ali", data_uri), card40("Badr", "")),
        encoding="utf-8",
    )
    report = import_file(crm, source)
    assert (report.created, report.rejected) == (4, 0)
    assert photos_by_name(crm) == {"Omar": jpeg, "Leyla": png, "Ali": webless, "Badr": None}
    omar = next(c for c in crm.contacts.list().items if c.display_name == "Omar")
    assert (crm.contact_photos.get(omar.id) or "").startswith("data:image/jpeg;base64,")


def test_too_big_or_not_a_picture_rejects_the_row_with_its_reason(crm: Crm, tmp_path: Path) -> None:
    noise = Image.effect_noise((400, 400), 100).convert("RGB")  # noise does not compress
    stream = io.BytesIO()
    noise.save(stream, "PNG")
    big = stream.getvalue()
    assert len(big) > MAX_PHOTO_BYTES
    source = tmp_path / "phone.vcf"
    source.write_text(
        vcards(
            card30("Big", big),
            card30("Text", b"this is no picture at all"),
            card30("Cut", picture("PNG")[:40]),  # a PNG's start and nothing more
            card40("Linked", "https://example.com/ali.jpg"),  # a link is not kept, the card is
            card30("Fine", picture("PNG")),
        ),
        encoding="utf-8",
    )
    report = import_file(crm, source)
    assert (report.created, report.rejected) == (2, 3)
    assert photos_by_name(crm) == {"Linked": None, "Fine": picture("PNG")}
    rejects = Path(report.rejects_file).read_text(encoding="utf-8-sig")
    assert f"Photo: the photo is {(len(big) + 1023) // 1024} KB; at most 256 KB is kept" in rejects
    assert rejects.count("Photo: the photo is not a JPEG, PNG, GIF or WebP picture") == 2


def test_a_changed_photo_updates_and_undo_puts_the_old_one_back(crm: Crm, tmp_path: Path) -> None:
    red, blue = picture("JPEG", (200, 0, 0)), picture("JPEG", (0, 0, 200))
    first = tmp_path / "first.vcf"
    first.write_text(card21("Omar", red), encoding="utf-8")
    import_file(crm, first, match="phone")
    second = tmp_path / "second.vcf"
    second.write_text(card21("Omar", blue), encoding="utf-8")
    with read_table(second) as table:
        options = ImportOptions("contacts", guess_mapping(table.headers, "contacts"), match="phone")
        dry = crm.imports.dry_run(table, options)
    assert dry.rows[0].action == "update"
    assert dry.rows[0].changes["photo"] == ("image/jpeg, 1 KB", "image/jpeg, 1 KB")  # words, not bytes
    report = import_file(crm, second, match="phone")
    assert report.updated == 1 and photos_by_name(crm) == {"Omar": blue}
    assert import_file(crm, second, match="phone").skipped == 1  # the same photo: nothing new
    assert report.batch is not None
    crm.imports.undo(report.batch)
    assert photos_by_name(crm) == {"Omar": red}


def test_photos_go_back_into_vcard_exports_only(crm: Crm, tmp_path: Path) -> None:
    jpeg = picture("JPEG")
    omar = crm.contacts.create(ContactInput(given_name="Omar", emails=["omar@example.com"])).value
    crm.contacts.create(ContactInput(given_name="Leyla"))
    crm.contact_photos.set(omar.id, jpeg)
    crm.exports.export("contacts", "vcf", tmp_path / "all.vcf")
    text = (tmp_path / "all.vcf").read_text(encoding="utf-8")
    assert text.count("PHOTO;ENCODING=b;TYPE=JPEG:") == 1
    fresh = Crm.open(tmp_path / "other.sqlite3")
    try:
        assert import_file(fresh, tmp_path / "all.vcf").created == 2
        assert photos_by_name(fresh) == {"Omar": jpeg, "Leyla": None}
    finally:
        fresh.close()
    crm.exports.export("contacts", "json", tmp_path / "all.json")
    assert "data:image" not in (tmp_path / "all.json").read_text(encoding="utf-8")


def test_the_photo_service_and_its_sync_row(crm: Crm) -> None:
    omar = crm.contacts.create(ContactInput(given_name="Omar")).value
    with pytest.raises(ValidationError, match="not a JPEG, PNG, GIF or WebP picture"):
        crm.contact_photos.set(omar.id, b"GIF89a but nothing after")
    outcome = crm.contact_photos.set(omar.id, picture("GIF"))
    assert ("contact", omar.id) in outcome.changes.updated
    crm.contact_photos.set(omar.id, None)
    assert crm.contact_photos.get(omar.id) is None
    crm.contact_photos.set(omar.id, picture("WEBP"))
    assert (crm.contact_photos.get(omar.id) or "").startswith("data:image/webp;base64,")
    # one row per contact, whatever was set and removed
    assert query_all(crm, "SELECT count(*) FROM contact_photos") == [(1,)]


def test_photo_cells_as_files_write_them() -> None:
    png = picture("PNG")
    encoded = base64.b64encode(png).decode()
    assert read_photo(encoded) == read_photo(f"data:image/jpeg;base64,{encoded}") == photo_uri(png)  # sniffed
    assert read_photo("cid:photo@example.com") is None
    with pytest.raises(ValidationError):
        read_photo("data:image/png,not-base64")
    with pytest.raises(ValidationError):
        read_photo("@@@ not base64 @@@")
