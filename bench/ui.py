"""The contact list of the window at scale: first paint, jumps, memory, start time.

    python bench/ui.py --contacts 1000000 [--db PATH] [--seed 1]

Uses (or makes, like bench/search.py) a demo database of N contacts, then, with
Qt offscreen, measures what DESIGN.md sets targets for:

* ``window_ms``: from opening the file to the main window shown (on another page);
* ``first_paint_ms``: from clicking Contacts to the table painting its first rows
  (count and first page read in SQL, the id list still loading);
* ``ids_loaded_ms``: until the ordered id list of the whole selection is in;
* ``jump_ms``: reading a page far down the list (row 900,000 and others) before
  the id list arrives (by position) and after it (by id), cache cold each time;
* ``filter_ms``: from a key press in the filter box to the list showing its first
  matches, painted (p50/p95/max over 1–3 letter prefixes, Latin and Arabic);
* ``rss_mb``: the process's memory with the whole list open;
* ``start_s``: a fresh process from launch to the first painted list, with this
  file and with an empty one, and their ratio (target: at most 1.2).

Prints JSON. Targets at 1,000,000 contacts: first paint < 300 ms, < 50 ms a page,
filter p95 < 16 ms, RSS < 300 MB, start ratio <= 1.2.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

JUMP_ROWS = (900_000, 500_000, 999_950, 250_000, 750_000)
FILTER_PREFIXES = (
    "a", "m", "s", "k", "z", "al", "me", "jo", "sa", "ay", "ali", "meh", "joh", "sar", "kay",
    "م", "ع", "ف", "مح", "عل", "فا", "محم", "علی", "فاط", "حسی", "رض", "زه", "كري", "یوس", "نور",
)  # fmt: skip


def open_window(db: Path, first_page: str = "contacts") -> tuple[Any, Any, Any]:
    """The application, main window and contacts page on ``db``, shown on ``first_page``."""
    from crm_desktop.services.crm import Crm
    from crm_desktop.ui.application import make_application
    from crm_desktop.ui.main_window import MainWindow
    from crm_desktop.ui.preferences import Preferences
    from crm_desktop.ui.session import AppSession
    from crm_desktop.ui.views.contacts import ContactsPage
    from crm_desktop.ui.views.settings_page import SettingsPage

    app = make_application()
    session = AppSession(Crm.open(db))
    preferences = Preferences(Path(tempfile.mkdtemp()) / "window.ini")
    preferences.last_page = first_page
    window = MainWindow(session, preferences, [ContactsPage, SettingsPage])
    window.show()
    page = window.pages["contacts"]
    return app, window, page


def wait_for_paint(app: Any, page: Any, rows: bool) -> None:
    """Process events until the table has painted (with its first rows when ``rows``)."""
    from PySide6.QtCore import QEvent, QObject

    painted: list[bool] = []

    class Watcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and (not rows or page.model.rowCount() > 0):
                painted.append(True)
            return False

    watcher = Watcher()
    page.table.viewport().installEventFilter(watcher)
    page.table.viewport().update()
    while not painted:
        app.processEvents()
        time.sleep(0.001)  # the count arrives from a reader thread; let it run
    page.table.viewport().removeEventFilter(watcher)


def has_contacts(db: Path) -> bool:
    import sqlite3

    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT 1 FROM contacts LIMIT 1").fetchone() is not None
    finally:
        connection.close()


def child(db: Path, launched: float) -> None:
    """Run in a fresh process: print seconds from launch to the first painted list."""
    app, _window, page = open_window(db)
    wait_for_paint(app, page, rows=has_contacts(db))
    print(json.dumps({"start_s": time.time() - launched}))


def start_time(db: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        launched = time.time()
        result = subprocess.run(
            [sys.executable, __file__, "--child", str(db), "--launched", repr(launched)],
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(json.loads(result.stdout.strip().splitlines()[-1])["start_s"]))
    return statistics.median(times)


def measure(db: Path) -> dict[str, Any]:
    import psutil

    began = time.perf_counter()
    app, window, page = open_window(db, first_page="settings")
    app.processEvents()
    window_ms = (time.perf_counter() - began) * 1000
    began = time.perf_counter()
    window.show_page("contacts")
    wait_for_paint(app, page, rows=True)
    first_paint = (time.perf_counter() - began) * 1000
    rows = page.model.rowCount()
    jumps_by_position = []
    for row in JUMP_ROWS:
        if row < rows and not page.model.ids_loaded:
            page.model._cache.rows.clear()  # a cold page each time
            page.model._cache.pages_by_offset.clear()
            started = time.perf_counter()
            page.model.row_at(row)
            jumps_by_position.append((time.perf_counter() - started) * 1000)
    while not page.model.ids_loaded:
        app.processEvents()
        time.sleep(0.005)
    ids_loaded = (time.perf_counter() - began) * 1000
    jumps_by_id = []
    for row in JUMP_ROWS:
        if row < rows:
            page.model._cache.rows.clear()
            started = time.perf_counter()
            page.model.row_at(row)
            page.table.scrollTo(page.model.index(row, 0))
            app.processEvents()
            jumps_by_id.append((time.perf_counter() - started) * 1000)
    rss = psutil.Process().memory_info().rss / 2**20
    filter_times = []
    for prefix in FILTER_PREFIXES * 2:
        started = time.perf_counter()
        page.filter_box.setText(prefix)  # the key press: textChanged runs the quick first page
        app.processEvents()  # and the table repaints
        filter_times.append((time.perf_counter() - started) * 1000)
        page._filter_timer.stop()  # the full sorted selection is measured by ids_loaded_ms, not here
    page.filter_box.setText("")
    page._filter_timer.stop()
    filter_times.sort()
    return {
        "contacts": rows,
        "window_ms": round(window_ms, 1),
        "first_paint_ms": round(first_paint, 1),
        "ids_loaded_ms": round(ids_loaded, 1),
        "jump_ms_before_ids": [round(t, 2) for t in jumps_by_position],
        "jump_ms_after_ids": [round(t, 2) for t in jumps_by_id],
        "filter_ms": {
            "p50": round(statistics.median(filter_times), 2),
            "p95": round(filter_times[int(len(filter_times) * 0.95) - 1], 2),
            "max": round(filter_times[-1], 2),
        },
        "rss_mb": round(rss, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=3, help="fresh starts timed per file")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--launched", type=float, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child is not None:
        child(arguments.child, arguments.launched)
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from search import DATA_DIR, prepare  # the same data as the search bench

    db = arguments.db or DATA_DIR / f"search-{arguments.contacts}-seed{arguments.seed}.sqlite3"
    prepare(db, arguments.contacts, arguments.seed)
    empty = Path(tempfile.mkdtemp()) / "empty.sqlite3"
    from crm_desktop.services.crm import Crm

    Crm.open(empty).close()
    figures = measure(db)
    figures["start_s_empty"] = round(start_time(empty, arguments.runs), 3)
    figures["start_s_full"] = round(start_time(db, arguments.runs), 3)
    figures["start_ratio"] = round(figures["start_s_full"] / figures["start_s_empty"], 2)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
