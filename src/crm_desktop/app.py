"""Starting the desktop program: ``crm-desktop`` and ``python -m crm_desktop``."""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import sys

from crm_desktop import APP_NAME, __version__


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="crm-desktop", description=APP_NAME)
    parser.add_argument("--db", help="the database file to open (default: CRM_DB, then your data folder)")
    parser.add_argument("--language", help="the interface language for this run (en, ar, fa, tr)")
    parser.add_argument("--page", help="the page to show first (contacts, pipeline, cases...)")
    parser.add_argument(
        "--rtl", action="store_true", help="lay the window out right to left, whatever the language"
    )
    parser.add_argument("--screenshot", metavar="FILE", help="save a picture of the window to FILE and quit")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check that this installation works (in a temporary folder) and exit: 0 when it does",
    )
    # for bench/frozen_start.py, not in --help
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    # a frozen program started again as a worker process (a big import's) runs that worker here
    multiprocessing.freeze_support()
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    if arguments.selftest:
        from crm_desktop import selftest

        return selftest.run()
    from crm_desktop.paths import log_dir, resolve_database_path

    log_folder = log_dir()
    log_folder.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        filename=str(log_folder / "crm-desktop.log"),
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    from crm_desktop.ui.application import run

    return run(resolve_database_path(arguments.db), arguments)


if __name__ == "__main__":
    sys.exit(main())
