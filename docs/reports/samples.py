"""Make the sample pages in this folder: every report from demo data, in English and in Arabic.

    python docs/reports/samples.py [--contacts 1000] [--pages 2]

Builds each report of ``crm report --list`` into a temporary folder, then renders
its first pages to PNG with poppler's ``pdftoppm`` (Debian: ``apt-get install
poppler-utils``). Reports about one record get the demo's busiest one.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from crm_desktop.i18n import set_language
from crm_desktop.reports.registry import REPORTS, ReportInfo
from crm_desktop.reports.request import CASE, CONTACT, DEAL, ReportRequest
from crm_desktop.services.crm import Crm
from crm_desktop.services.demo import REFERENCE_TIME, generate
from crm_desktop.services.records import ListQuery

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "ar")


def sample_request(crm: Crm, info: ReportInfo, language: str) -> ReportRequest:
    """The request for a report: the record with the most to show when it needs one."""
    contact_id = deal_id = case_id = None
    if CONTACT in info.needs:
        ids = crm.contacts.ids(ListQuery(filters={"lifecycle": "customer"}, sort="name"))
        contact_id = max(ids[:200], key=lambda i: len(crm.sales.ids(ListQuery(filters={"contact_id": i}))))
    if DEAL in info.needs:
        ids = crm.deals.ids(ListQuery(sort="title"))
        deal_id = max(ids[:300], key=lambda i: len(crm.deals.lines(i)))
    if CASE in info.needs:
        case_id = crm.cases.ids(ListQuery())[0]
    return ReportRequest(language=language, contact_id=contact_id, deal_id=deal_id, case_id=case_id)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=1000)
    parser.add_argument("--pages", type=int, default=2, help="pages of each report to keep")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing (Debian: apt-get install poppler-utils)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        generate(work / "demo.sqlite3", contacts=args.contacts, seed=1)
        crm = Crm.open(work / "demo.sqlite3", clock=lambda: REFERENCE_TIME)
        try:
            for old in HERE.glob("*.png"):
                old.unlink()
            for info in REPORTS.values():
                for language in LANGUAGES:
                    set_language(language)
                    try:
                        pdf = work / f"{info.name}-{language}.pdf"
                        result = info.build(crm, pdf, sample_request(crm, info, language))
                    finally:
                        set_language(None)
                    prefix = HERE / f"{info.name}-{language}"
                    last = min(args.pages, result.pages)
                    subprocess.run(
                        ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", str(last), str(pdf), str(prefix)],
                        check=True,
                    )
                    print(f"{info.name} ({language}): {result.pages} pages")
        finally:
            crm.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
