"""Importing contacts from CSV: the import itself, and where its time goes.

    python bench/import.py [--rows 100000] [--stream-rows 1000000]

Issue 7 ("Performance") asks for 100,000 contacts imported from CSV (create mode,
with validation, normalisation, search indexing and match-key lookups) in under
15 s, and for memory to stay under 300 MB RSS while a 1,000,000-row CSV is read. The
bench writes a CSV of ``--rows`` contacts (names in four scripts, an email, a Saudi
or Turkish mobile number, a company out of a few hundred, a city, a tag), then
prints, as JSON:

* ``import``: ``crm.imports.run`` of the file into a new database (upsert by email);
* ``parse_and_validate``: reading the file and judging every row in a dry run's
  way without writing (``ImportService.dry_run`` on a database that stays empty);
* ``bare_executemany``: the same rows put into ``contacts`` by one sqlite3
  ``executemany``, no validation, no phones, emails or search text (a floor);
* ``stream``: the peak RSS of reading ``--stream-rows`` rows through ``read_table``
  (a subprocess, so the figure is its own).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from crm_desktop.services.crm import Crm
from crm_desktop.services.imports import ImportOptions
from crm_desktop.transfer.fields import guess_mapping
from crm_desktop.transfer.reading import read_table

TARGET_S = 15.0
TARGET_ROWS = 100_000
TARGET_RSS_MB = 300.0
GIVEN = ("Omar", "Leyla", "Ahmet", "Zahra", "عمر", "ليلى", "زهرا", "Ayşe", "Mehmet", "Fatima")
FAMILY = ("Haddad", "Demir", "Yılmaz", "رضایی", "الحربي", "Kaya", "Nasser", "حداد", "Öztürk", "Hassan")
CITIES = ("Riyadh", "Jeddah", "İstanbul", "Tehran", "الرياض", "جدة", "Ankara", "Dubai")


def log(message: str) -> None:
    print(f"[import bench] {message}", file=sys.stderr, flush=True)


def write_csv(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(
            ["First Name", "Last Name", "E-mail Address", "Mobile Phone", "Company", "City", "Tags"]
        )
        for number in range(rows):
            phone = (
                f"05{rng.randrange(0, 10)}{rng.randrange(1_000_000, 9_999_999)}"
                if number % 2
                else f"+90 53{rng.randrange(0, 10)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
            )
            writer.writerow(
                [
                    rng.choice(GIVEN),
                    rng.choice(FAMILY),
                    f"person{number}@example.com",
                    phone,
                    f"Company {rng.randrange(300)}",
                    rng.choice(CITIES),
                    "VIP" if number % 10 == 0 else "",
                ]
            )


def new_crm(folder: Path, name: str) -> Crm:
    crm = Crm.open(folder / name)
    crm.settings.update(default_region="SA")
    return crm


def measure_import(source: Path, folder: Path) -> dict[str, Any]:
    with new_crm(folder, "import.sqlite3") as crm, read_table(source) as table:
        mapping = guess_mapping(table.headers, "contacts")
        started = time.perf_counter()
        report = crm.imports.run(table, ImportOptions("contacts", mapping), file_name=source.name)
        seconds = time.perf_counter() - started
    return {
        "seconds": round(seconds, 2),
        "rows_per_s": round((report.created + report.updated) / seconds, 1),
        "created": report.created,
        "rejected": report.rejected,
    }


def measure_dry_run(source: Path, folder: Path) -> dict[str, Any]:
    with new_crm(folder, "dry.sqlite3") as crm, read_table(source) as table:
        mapping = guess_mapping(table.headers, "contacts")
        started = time.perf_counter()
        report = crm.imports.dry_run(table, ImportOptions("contacts", mapping, mode="create"), keep=0)
        seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 2), "rows": report.created + report.rejected}


def measure_bare(source: Path, folder: Path) -> dict[str, Any]:
    with new_crm(folder, "bare.sqlite3"):
        pass
    connection = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    with source.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))[1:]
    started = time.perf_counter()
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO contacts (id, created_at, updated_at, given_name, family_name, display_name, sort_key, "
        "job_title, language, do_not_call, do_not_email, do_not_sms, do_not_mail, marketing_consent, "
        "preferences_note, lifecycle, source, notes, custom, city, address_line, region, postal_code, "
        "country) VALUES (?, '2026-12-02 00:00:00.000000', '2026-12-02 00:00:00.000000', ?, ?, ?, ?, '', '', "
        "0, 0, 0, 0, 0, '', 'lead', '', '', '{}', ?, '', '', '', '')",
        ((str(uuid.uuid4()), r[0], r[1], f"{r[0]} {r[1]}", f"{r[0]} {r[1]}".lower(), r[5]) for r in rows),
    )
    connection.execute("COMMIT")
    seconds = time.perf_counter() - started
    connection.close()
    return {"seconds": round(seconds, 3), "rows": len(rows)}


def measure_stream(source: Path) -> dict[str, Any]:
    """Peak RSS of a subprocess that reads every row of ``source``."""
    code = (
        "import resource, sys\n"
        "from pathlib import Path\n"
        "from crm_desktop.transfer.reading import read_table\n"
        "n = 0\n"
        "with read_table(Path(sys.argv[1])) as table:\n"
        "    for _row in table.rows:\n"
        "        n += 1\n"
        "print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, str(source)], capture_output=True, text=True, check=True
    )
    rows, peak_kb = (int(part) for part in done.stdout.split())
    return {
        "rows": rows,
        "seconds": round(time.perf_counter() - started, 1),
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "target_mb": TARGET_RSS_MB,
        "meets_target": peak_kb / 1024 < TARGET_RSS_MB,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--stream-rows", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-import-") as scratch:
        folder = Path(scratch)
        source = folder / "contacts.csv"
        log(f"writing {args.rows} rows ...")
        write_csv(source, args.rows)
        report: dict[str, Any] = {"rows": args.rows}
        log("import ...")
        report["import"] = measure_import(source, folder)
        # the target is for 100,000 rows: a smaller run is judged on its linear projection
        projected = report["import"]["seconds"] * TARGET_ROWS / args.rows
        report["import"]["projected_s_for_100000"] = round(projected, 1)
        report["import"]["target_s"] = TARGET_S
        report["import"]["meets_target"] = projected < TARGET_S
        log("parse and validate ...")
        report["parse_and_validate"] = measure_dry_run(source, folder)
        report["bare_executemany"] = measure_bare(source, folder)
        big = folder / "big.csv"
        log(f"writing {args.stream_rows} rows for the memory figure ...")
        write_csv(big, args.stream_rows)
        report["stream"] = measure_stream(big)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
