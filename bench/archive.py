"""The whole-database archive: export and import of a demo database, and where the time goes.

    python bench/archive.py [--contacts 100000]

Makes a demo database of ``--contacts`` contacts (with its companies, deals, sales,
activities, tasks and cases: some eight rows per contact), then prints, as JSON:

* ``export``: seconds for ``crm.archive.export`` and the file's size;
* ``import``: seconds for ``crm.archive.import_file`` into a new database, split into
  the rows (``executemany`` and the indexes built once after) and the search index
  (each record's text made by its service), and the import's peak RSS (a subprocess,
  so the figure is its own).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from crm_desktop.services import demo
from crm_desktop.services.crm import Crm

_IMPORT = """
import json, resource, sys, time
from pathlib import Path
from crm_desktop.services.crm import Crm
marks = {}
started = time.monotonic()
def progress(label, done, total):
    marks.setdefault(label, time.monotonic() - started)
with Crm.open(Path(sys.argv[1])) as crm:
    result = crm.archive.import_file(Path(sys.argv[2]), progress)
total = time.monotonic() - started
index_from = marks.get("search index", total)
print(json.dumps({"seconds": round(total, 1), "rows_s": round(index_from, 1),
                  "search_index_s": round(total - index_from, 1), "records": result.records,
                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
"""


def log(message: str) -> None:
    print(f"[archive bench] {message}", file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args()
    figures: dict[str, Any] = {"contacts": args.contacts}
    with tempfile.TemporaryDirectory() as folder:
        source, archive, restored = (
            Path(folder, "source.sqlite3"),
            Path(folder, "all.json"),
            Path(folder, "new.sqlite3"),
        )
        log(f"demo data, {args.contacts:,} contacts")
        Crm.open(source).close()
        demo.generate(source, contacts=args.contacts)
        log("export")
        with Crm.open(source) as crm:
            started = time.monotonic()
            result = crm.archive.export(archive)
            figures["export"] = {
                "seconds": round(time.monotonic() - started, 1),
                "records": result.records,
                "file_mb": round(archive.stat().st_size / 2**20, 1),
            }
        log("import")
        done = subprocess.run(
            [sys.executable, "-c", _IMPORT, str(restored), str(archive)],
            capture_output=True,
            text=True,
            check=True,
        )
        figures["import"] = json.loads(done.stdout)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
