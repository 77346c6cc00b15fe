"""The contact directory report at scale: time against bare reportlab, and memory.

    python bench/report.py [--contacts 10000] [--large 100000] [--seed 1] [--repeat 3]

Uses (or makes, like bench/search.py, with the same files under ``bench/data/``)
demo databases of ``--contacts`` and ``--large`` contacts, then measures what the
issue sets targets for:

* ``time``: the ``contact-directory`` report of ``--contacts`` contacts
  (``contact_directory.build``: reading the rows, wrapping, shaping, headings per
  letter, page header and "page N of M" footer, writing the PDF) against a bare
  reportlab ``LongTable`` of the same cells (name, company, phones, emails, city;
  read beforehand, not timed) with the same fonts (``register_fonts``), the Arabic
  font on the cells that need it, and the same shaping (``visual_line`` on each
  line), written with a ``SimpleDocTemplate`` on the same page size and margins.
  (reportlab splits a LongTable at each page break by copying the rows left, so
  the bare table's time grows faster than its rows.) Each is run ``--repeat``
  times, alternating, with the shaping cache emptied before each run; the
  fastest run of each counts. Target: ratio <= 1.5.
* ``memory``: the directory of ``--large`` contacts built in a fresh process; its
  peak resident memory is read with ``getrusage(RUSAGE_CHILDREN)`` once it has
  ended. Target: < 500 MB.

Prints JSON with the figures and whether each target is met.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

TARGET_RATIO = 1.5
TARGET_PEAK_MB = 500.0
DATA_DIR = Path(__file__).resolve().parent / "data"


def database(contacts: int, seed: int) -> tuple[Path, float | None]:
    """The demo file of ``contacts`` contacts shared with the other benches, made if missing."""
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.insert(0, here)
    from search import prepare  # the same files as bench/search.py and bench/ui.py

    path = DATA_DIR / f"search-{contacts}-seed{seed}.sqlite3"
    return path, prepare(path, contacts, seed)


def build_directory(db: Path, output: Path) -> dict[str, Any]:
    """Build the directory of every contact in ``db``; its seconds and pages."""
    from crm_desktop.reports import contact_directory
    from crm_desktop.reports.text import visual_line
    from crm_desktop.services.crm import Crm

    crm = Crm.open(db)
    try:
        visual_line.cache_clear()
        started = time.perf_counter()
        result = contact_directory.build(crm, output)
        seconds = time.perf_counter() - started
    finally:
        crm.close()
    return {"seconds": seconds, "pages": result.pages}


def read_cells(db: Path) -> list[tuple[str, ...]]:
    """The directory's cells of every contact, in its order (what the bare table is given)."""
    from crm_desktop.reports import contact_directory
    from crm_desktop.services.crm import Crm

    crm = Crm.open(db)
    try:
        query = contact_directory.directory_query(crm, {})
        return list(contact_directory.directory_cells(crm, query))
    finally:
        crm.close()


def build_bare(cells: Sequence[tuple[str, ...]], output: Path) -> dict[str, Any]:
    """The same cells as one plain LongTable: no wrapping, no headings, no page frame."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

    from crm_desktop.reports import contact_directory
    from crm_desktop.reports.document import MARGIN
    from crm_desktop.reports.fonts import register_fonts
    from crm_desktop.reports.text import has_arabic, visual_line

    visual_line.cache_clear()
    started = time.perf_counter()
    fonts = register_fonts()
    columns = contact_directory.columns()
    weight = sum(column.weight for column in columns)
    frame_width = A4[0] - 2 * MARGIN
    widths = [frame_width * column.weight / weight for column in columns]
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.latin, 8.5, 10.5),
        ("FONT", (0, 0), (-1, 0), fonts.latin_bold, 8.5, 10.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8ECF0")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#B0B8C0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),  # the directory's cell padding
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    data: list[list[str]] = [[column.title for column in columns]]
    for row_number, row in enumerate(cells, start=1):
        shown = []
        for column_number, text in enumerate(row):
            if has_arabic(text):
                commands.append(
                    ("FONTNAME", (column_number, row_number), (column_number, row_number), fonts.arabic)
                )
            shown.append("\n".join(visual_line(line) for line in text.split("\n")))
        data.append(shown)
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    document = SimpleDocTemplate(
        str(output), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN
    )
    document.build([table])
    return {"seconds": time.perf_counter() - started, "pages": document.page}


def time_both(db: Path, repeat: int) -> dict[str, Any]:
    cells = read_cells(db)
    directory_runs: list[dict[str, Any]] = []
    bare_runs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as folder:
        for _run in range(repeat):  # alternating, so a busy moment of the machine hits both alike
            directory_runs.append(build_directory(db, Path(folder) / "directory.pdf"))
            bare_runs.append(build_bare(cells, Path(folder) / "bare.pdf"))
    directory = min(directory_runs, key=lambda run: float(run["seconds"]))
    bare = min(bare_runs, key=lambda run: float(run["seconds"]))
    ratio = directory["seconds"] / bare["seconds"]
    return {
        "rows": len(cells),
        "directory_s": round(directory["seconds"], 3),
        "directory_pages": directory["pages"],
        "bare_longtable_s": round(bare["seconds"], 3),
        "bare_pages": bare["pages"],
        "runs_s": {
            "directory": [round(run["seconds"], 3) for run in directory_runs],
            "bare": [round(run["seconds"], 3) for run in bare_runs],
        },
        "ratio": round(ratio, 2),
        "target_ratio": TARGET_RATIO,
        "meets_target": ratio <= TARGET_RATIO,
    }


def memory(db: Path) -> dict[str, Any]:
    """Build the directory of ``db`` in a fresh process; its peak RSS and time."""
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run(
            [sys.executable, __file__, "--child", str(db), "--output", str(Path(folder) / "large.pdf")],
            capture_output=True,
            text=True,
            check=True,
        )
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux, bytes on macOS
    peak_mb = peak / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return {
        "directory_s": round(figures["seconds"], 1),
        "pages": figures["pages"],
        "rss_mb_before_build": figures["rss_mb_before"],
        "peak_rss_mb": round(peak_mb, 1),
        "target_peak_mb": TARGET_PEAK_MB,
        "meets_target": peak_mb < TARGET_PEAK_MB,
    }


def child(db: Path, output: Path) -> None:
    """Run in the fresh process of :func:`memory`: build, then print seconds and pages."""
    import psutil

    from crm_desktop.reports.fonts import register_fonts

    register_fonts()  # what any report needs before its first row: not the directory's cost
    before = psutil.Process().memory_info().rss / 2**20
    figures = build_directory(db, output)
    figures["rss_mb_before"] = round(before, 1)
    print(json.dumps(figures))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--contacts", type=int, default=10_000, help="rows timed against bare reportlab")
    parser.add_argument("--large", type=int, default=100_000, help="rows whose peak memory is measured")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the fastest counts")
    parser.add_argument("--skip-large", action="store_true", help="time only, no memory run")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        child(args.child, args.output)
        return 0

    small, small_made = database(args.contacts, args.seed)
    report: dict[str, Any] = {"contacts": args.contacts, "db": str(small)}
    report["time"] = time_both(small, max(1, args.repeat))
    generation = {"small_s": None if small_made is None else round(small_made, 1)}
    if not args.skip_large:
        large, large_made = database(args.large, args.seed)
        generation["large_s"] = None if large_made is None else round(large_made, 1)
        report["large_contacts"] = args.large
        report["memory"] = memory(large)
    report["generation_s"] = generation
    report["meets_targets"] = report["time"]["meets_target"] and report.get("memory", {}).get(
        "meets_target", True
    )
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
