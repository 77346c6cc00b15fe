"""The whole database in and out of one JSON file: ``crm export --type all``, ``crm import ARCHIVE``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from crm_desktop.cli.common import emit_json, open_crm, print_fields
from crm_desktop.cli.database import Progress
from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import _
from crm_desktop.services.archive import ArchiveResult, read_header, table_label
from crm_desktop.services.archive import Progress as ArchiveProgress


def run_export_all(args: argparse.Namespace) -> int:
    if (args.format or "json") != "json":
        raise ValidationError({"--format": _("The whole database is written as JSON (--format json).")})
    if args.search or args.tag:
        raise ValidationError(
            {"--type": _("--search and --tag choose among one kind of record; --type all writes everything.")}
        )
    path = Path(args.output).expanduser()
    with open_crm(args) as crm:
        result = _with_progress(lambda progress: crm.archive.export(path, progress))
    if args.json:
        emit_json(
            {"file": str(result.path), "records": result.records, "format": "json", "tables": result.counts}
        )
    else:
        print(
            _("Wrote the whole database to {file}: {count} records.").format(
                file=result.path, count=f"{result.records:,}"
            )
        )
    return 0


def run_import_all(args: argparse.Namespace) -> int:
    if args.type not in ("contacts", "all"):  # contacts: the default, not asked for
        raise ValidationError(
            {
                "--type": _(
                    "This file is a whole-database archive: import it with --type all, or without --type."
                )
            }
        )
    given_options = (
        ("--map", args.map),
        ("--sheet", args.sheet),
        ("--rejects", args.rejects),
        ("--mapping", args.mapping),
        ("--save-mapping", args.save_mapping),
        ("--match", args.match),
    )
    for option, given in given_options:
        if given:
            raise ValidationError({option: _("It does not apply to a whole-database archive.")})
    path = Path(args.target).expanduser()
    read_header(path)  # a file that is no archive is refused before any database is created for it
    with open_crm(args, create=True) as crm:
        result = _with_progress(
            lambda progress: crm.archive.import_file(path, progress, dry_run=args.dry_run)
        )
    if args.json:
        emit_json(_result_dict(result, args.dry_run))
        return 0
    header = result.header
    made = _("made {when} by CRM Desktop {version}").format(
        when=header.exported_at.astimezone().strftime("%Y-%m-%d %H:%M"), version=header.app_version or "?"
    )
    if args.dry_run:
        print(
            _("{file} ({made}) can be imported: {count} records.").format(
                file=path.name, made=made, count=f"{result.records:,}"
            )
        )
    else:
        print(
            _("Imported {count} records from {file} ({made}).").format(
                count=f"{result.records:,}", file=path.name, made=made
            )
        )
    print_fields([(table_label(name), f"{count:,}") for name, count in result.counts.items() if count])
    if args.dry_run:
        print(_("A dry run: nothing was saved."))
    return 0


def _with_progress(work: Callable[[ArchiveProgress | None], ArchiveResult]) -> ArchiveResult:
    """Run ``work(progress)``, showing progress on a terminal (a script reads only the result)."""
    if not sys.stderr.isatty():
        return work(None)
    progress = Progress(sys.stderr)
    try:
        result = work(progress)
    finally:
        progress.finish()
    return result


def _result_dict(result: ArchiveResult, dry_run: bool) -> dict[str, Any]:
    header = result.header
    return {
        "file": str(result.path),
        "records": result.records,
        "tables": result.counts,
        "dry_run": dry_run,
        "format_version": header.format_version,
        "schema": header.schema,
        "app_version": header.app_version,
        "exported_at": header.exported_at,
    }
