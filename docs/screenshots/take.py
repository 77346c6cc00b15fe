"""Take the screenshots in this folder: every view, filled with demo data, left to right and right to left.

    python docs/screenshots/take.py [--contacts 3000]

Makes a demo database in a temporary folder, then opens the real window offscreen
in English (left to right) and in Arabic (right to left) and saves one PNG per view.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
PAGES = (
    "dashboard",
    "contacts",
    "companies",
    "pipeline",
    "cases",
    "tasks",
    "products",
    "knowledge",
    "reports",
    "sync",
    "settings",
)


def take(db: Path, language: str, folder: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from crm_desktop.services.crm import Crm
    from crm_desktop.services.records import ListQuery
    from crm_desktop.ui.application import apply_language, make_application, page_factories
    from crm_desktop.ui.main_window import MainWindow
    from crm_desktop.ui.preferences import Preferences
    from crm_desktop.ui.session import AppSession
    from crm_desktop.ui.views.reports import ReportsPage

    app = make_application()
    apply_language(app, language)
    session = AppSession(Crm.open(db))
    window = MainWindow(session, Preferences(Path(tempfile.mkdtemp()) / "window.ini"), page_factories())
    window.resize(1400, 860)
    window.show()
    saved = []

    def settle() -> None:
        for _ in range(60):  # let timers fire, background reads land and the views repaint
            QApplication.processEvents()
            session.runner.read(lambda _p: None).result()
            time.sleep(0.02)
        QApplication.processEvents()

    direction = "rtl" if language in ("ar", "fa") else "ltr"
    for key in PAGES:
        page = window.show_page(key)
        settle()
        if isinstance(page, ReportsPage):  # the first report's pages, as after pressing Preview
            page.preview_report()
            while page.preview.busy:  # a long directory outlasts settle()
                QApplication.processEvents()
                time.sleep(0.05)
            settle()
        path = folder / f"{key}-{direction}.png"
        window.grab().save(str(path))
        saved.append(path)
    contact = session.crm.contacts.list(ListQuery(limit=1, sort="updated", descending=True)).items[0]
    window.open_record("contact", contact.id)
    settle()
    path = folder / f"customer-{direction}.png"
    window.grab().save(str(path))
    saved.append(path)
    window.close()
    session.close()
    return saved


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--contacts", type=int, default=3000)
    parser.add_argument("--language", help="only this language (en or ar)")
    arguments = parser.parse_args()
    from crm_desktop.services.demo import generate

    db = Path(tempfile.mkdtemp()) / "screenshots.sqlite3"
    generate(db, contacts=arguments.contacts, seed=1)
    for language in [arguments.language] if arguments.language else ["en", "ar"]:
        for path in take(db, language, HERE):
            print(path.relative_to(HERE.parent.parent))
    sys.exit(0)


if __name__ == "__main__":
    main()
