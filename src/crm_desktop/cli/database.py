"""``crm init``, ``crm stats``, ``crm db check|path`` and ``crm demo``: the database file itself."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO, cast

from crm_desktop import paths
from crm_desktop.cli.common import (
    add_command,
    add_json_flag,
    database_path,
    emit_json,
    open_crm,
    print_fields,
    print_table,
)
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.i18n import _

if TYPE_CHECKING:
    from crm_desktop.cli.common import SubParsers

DEMO_MODULE = "crm_desktop.services.demo"


def run_init(args: argparse.Namespace) -> int:
    path = database_path(args)
    existed = path.exists() and path.stat().st_size > 0
    with open_crm(args, create=True) as crm:
        backup = crm.db.last_backup
    if backup is not None:
        print(
            _("Upgraded the database at {path} (the old version is kept at {backup}).").format(
                path=path, backup=backup
            )
        )
    elif existed:
        print(_("The database at {path} is ready (already up to date).").format(path=path))
    else:
        print(_("Created a new database at {path}.").format(path=path))
    return 0


def run_stats(args: argparse.Namespace) -> int:
    with open_crm(args) as crm:
        counts = crm.stats.counts()
    if args.json:
        emit_json(counts)
    else:
        print_table(
            [{"entity": name, "count": f"{count:,}"} for name, count in counts.items()],
            (("entity", _("Records")), ("count", _("Count"))),
        )
    return 0


def run_db_check(args: argparse.Namespace) -> int:
    path = database_path(args)
    with open_crm(args) as crm:
        problems = crm.db.integrity_problems()
    if args.json:
        emit_json({"database": str(path), "ok": not problems, "problems": problems})
    elif problems:
        print(_("{path} has {n} problem(s):").format(path=path, n=len(problems)))
        for problem in problems:
            print(f"  {problem}")
    else:
        print(_("{path}: no problems found.").format(path=path))
    return 1 if problems else 0


def run_db_path(args: argparse.Namespace) -> int:
    path = database_path(args)
    if getattr(args, "db", None):
        source = "--db"
    elif os.environ.get(paths.DATABASE_ENV):
        source = paths.DATABASE_ENV
    else:
        source = "default"
    if args.json:
        emit_json(
            {
                "database": str(path),
                "source": source,
                "exists": path.exists(),
                "data_dir": str(paths.data_dir()),
                "config_dir": str(paths.config_dir()),
                "log_dir": str(paths.log_dir()),
            }
        )
    else:
        print(path)
    return 0


# --- demo data ----------------------------------------------------------------------------


class _Generate(Protocol):
    def __call__(
        self,
        db_path: Path,
        *,
        contacts: int,
        seed: int = 1,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> dict[str, int]: ...


class Progress:
    """Progress of long work on stderr: one updating line on a terminal, a line per step otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.step: str | None = None
        self.shown_at = 0.0
        self.open_line = False

    def __call__(self, step: str, done: int, total: int) -> None:
        now = time.monotonic()
        new_step = step != self.step
        finished = total > 0 and done >= total
        if self.tty:
            if new_step and self.open_line:
                self.stream.write("\n")
            if new_step or finished or now - self.shown_at >= 0.1:
                self.stream.write(f"\r[{done:,}/{total:,}] {step}\x1b[K")
                self.open_line = True
                self.shown_at = now
        elif new_step or finished:
            self.stream.write(f"[{done:,}/{total:,}] {step}\n")
        self.step = step
        self.stream.flush()

    def finish(self) -> None:
        if self.open_line:
            self.stream.write("\n")
            self.stream.flush()
            self.open_line = False


def _demo_generator() -> _Generate:
    try:
        module = importlib.import_module(DEMO_MODULE)
    except ModuleNotFoundError as error:
        if error.name != DEMO_MODULE:
            raise
        raise CrmError(_("The demo data generator is not part of this installation.")) from None
    return cast(_Generate, module.generate)


def run_demo(args: argparse.Namespace) -> int:
    if args.contacts < 0:
        raise ValidationError({"--contacts": _("The number of contacts cannot be negative.")})
    generate = _demo_generator()
    path = database_path(args)
    progress = Progress(sys.stderr)
    started = time.monotonic()
    try:
        counts = generate(path, contacts=args.contacts, seed=args.seed, progress=progress)
    finally:
        progress.finish()
    seconds = time.monotonic() - started
    if args.json:
        emit_json(counts)
    else:
        print(_("Demo data written to {path} in {seconds:.1f} s:").format(path=path, seconds=seconds))
        print_fields([(name, f"{count:,}") for name, count in counts.items()])
    return 0


# --- the parser ------------------------------------------------------------------------------


def register(subparsers: SubParsers) -> None:
    init = add_command(
        subparsers, "init", _("create the database (or bring it up to date) and say where it is")
    )
    init.set_defaults(handler=run_init)

    stats = add_command(subparsers, "stats", _("count the records of each kind"))
    add_json_flag(stats)
    stats.set_defaults(handler=run_stats)

    db = add_command(subparsers, "db", _("the database file"))
    actions = db.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = add_command(actions, "check", _("check the file for damage (exit status 1 if any)"))
    add_json_flag(check)
    check.set_defaults(handler=run_db_check)
    where = add_command(actions, "path", _("print which database file commands use"))
    add_json_flag(where)
    where.set_defaults(handler=run_db_path)

    demo = add_command(subparsers, "demo", _("fill the database with realistic sample data"))
    demo.add_argument("--contacts", type=int, required=True, metavar="N", help=_("how many contacts"))
    demo.add_argument("--seed", type=int, default=1, help=_("the same seed makes the same data (default 1)"))
    add_json_flag(demo)
    demo.set_defaults(handler=run_demo)
