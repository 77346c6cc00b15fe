"""``crm report``: list the reports, write one, refuse what cannot be done."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from crm_desktop.i18n import set_language
from tests.cli.runner import CrmRunner


def test_lists_the_reports_with_their_filters(crm_cli: CrmRunner) -> None:
    reports = {row["name"]: row for row in crm_cli.ok("report", "--list", "--json").json()}
    assert "contact-directory" in reports
    assert "lifecycle" in reports["contact-directory"]["filters"]


def test_writes_a_directory_in_english_and_in_arabic(crm_cli: CrmRunner, tmp_path: Path) -> None:
    crm_cli.ok("contact", "add", "--given", "Ayşe", "--family", "Yılmaz", "--lifecycle", "customer")
    crm_cli.ok("contact", "add", "--given", "أحمد", "--family", "الحربي", "--lifecycle", "lead")
    english = tmp_path / "directory.pdf"
    written = crm_cli.ok(
        "report", "contact-directory", "-o", str(english), "--filter", "lifecycle=customer", "--json"
    )
    assert written.json()["pages"] == 1
    text = PdfReader(english).pages[0].extract_text()
    assert "Ayşe Yılmaz" in text
    assert "الحربي" not in text and "ﺍﻟﺤﺮﺑﻲ" not in text  # the lead was filtered out
    arabic = tmp_path / "directory-ar.pdf"
    try:
        crm_cli.ok("report", "contact-directory", "-o", str(arabic), "--lang", "ar")
    finally:
        set_language("en")
    assert len(PdfReader(arabic).pages) == 1


def test_refuses_an_unknown_report_a_bad_filter_and_an_unwritable_path(
    crm_cli: CrmRunner, tmp_path: Path
) -> None:
    unknown = crm_cli("report", "birthdays", "-o", str(tmp_path / "x.pdf"))
    assert unknown.code == 2 and "contact-directory" in unknown.err
    bad = crm_cli("report", "contact-directory", "-o", str(tmp_path / "x.pdf"), "--filter", "colour=red")
    assert bad.code == 2 and "colour" in bad.err
    missing = tmp_path / "no such folder" / "x.pdf"
    refused = crm_cli("report", "contact-directory", "-o", str(missing))
    assert refused.code != 0 and "does not exist" in refused.err
    assert not missing.parent.exists()
    assert list(tmp_path.glob("*.pdf")) == []
