"""The ``crm`` command: the CRM database from a terminal or a script (no Qt here).

``main()`` returns the exit status: 0 done, 1 the database could not be used
(or ``db check`` found damage), 2 the command or a value was wrong.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from collections.abc import Sequence

from crm_desktop import __version__
from crm_desktop.cli import database, records, reports, search, server, sync, transfer
from crm_desktop.cli.common import Handler
from crm_desktop.domain.errors import (
    ConflictError,
    CrmError,
    DatabaseError,
    NotFoundError,
    ValidationError,
)
from crm_desktop.i18n import _, environment_language, set_language

__all__ = ["build_parser", "main"]

EXIT_OK = 0
EXIT_DATABASE = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crm",
        description=_("CRM Desktop on the command line: contacts, companies, deals, cases and tasks."),
        epilog=_(
            "The database is chosen by --db, else by the CRM_DB environment variable, "
            "else the default file (see “crm db path”)."
        ),
    )
    parser.add_argument("--db", metavar="PATH", help=_("the database file to use"))
    parser.add_argument("--version", action="version", version=f"crm {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    database.register(subparsers)
    search.register(subparsers)
    records.register(subparsers)
    reports.register(subparsers)
    transfer.register(subparsers)
    server.register(subparsers)
    sync.register(subparsers)
    return parser


def _error(message: str) -> None:
    print(_("crm: error: {message}").format(message=message), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one ``crm`` command; ``argv`` defaults to the process's arguments."""
    # a frozen program started again as a worker process (a big import's) runs that worker here
    multiprocessing.freeze_support()
    set_language(environment_language())
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version and usage errors
        return stop.code if isinstance(stop.code, int) else (EXIT_OK if stop.code is None else EXIT_USAGE)
    handler: Handler = args.handler
    try:
        return handler(args)
    except ValidationError as error:
        for field, message in error.errors.items():
            _error(f"{field}: {message}" if field else message)
        return EXIT_USAGE
    except (NotFoundError, ConflictError) as error:
        _error(str(error))
        return EXIT_USAGE
    except (DatabaseError, CrmError) as error:
        _error(str(error))
        return EXIT_DATABASE
    except KeyboardInterrupt:
        _error(_("interrupted"))
        return 130
    except BrokenPipeError:  # the reader of our output went away (crm contact list | head)
        # nothing more can be written; keep Python from complaining when it flushes stdout at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_DATABASE
