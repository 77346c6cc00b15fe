"""Customers in and out of files: ``crm import FILE``, ``crm import undo BATCH``, ``crm import list``,
``crm import mappings``, ``crm import delete-mapping NAME``, ``crm export``."""

from __future__ import annotations

import argparse
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from crm_desktop.cli.common import (
    add_command,
    add_json_flag,
    emit_json,
    open_crm,
    print_fields,
    print_table,
    show_listing,
)
from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import _

if TYPE_CHECKING:
    from crm_desktop.cli.common import SubParsers
    from crm_desktop.services.imports import ImportReport

SHOWN_ROWS = 50  # rows a dry run lists as text (--json lists up to 1,000)


def run_import(args: argparse.Namespace) -> int:
    if args.target == "undo":
        return _undo(args)
    if args.target == "list":
        return _list(args)
    if args.target == "mappings":
        return _mappings(args)
    if args.target == "delete-mapping":
        return _delete_mapping(args)
    if args.batch:
        raise ValidationError({"FILE": _("Give one file to import.")})
    from crm_desktop.services.archive import is_archive

    if args.type == "all" or is_archive(Path(args.target).expanduser()):
        from crm_desktop.cli.archive import run_import_all

        return run_import_all(args)
    return _import(args)


def _import(args: argparse.Namespace) -> int:
    from crm_desktop.services.import_mappings import apply_saved
    from crm_desktop.services.imports import ImportOptions
    from crm_desktop.transfer.fields import ENTITIES, guess_mapping
    from crm_desktop.transfer.reading import read_table

    if args.save_mapping is not None and args.dry_run:
        raise ValidationError(
            {"--save-mapping": _("A dry run saves nothing, not even a mapping: leave out --dry-run.")}
        )
    path = Path(args.target).expanduser()
    saved_as = None
    with open_crm(args) as crm, read_table(path, sheet=args.sheet) as table:
        mapping = guess_mapping(table.headers, args.type, crm.imports.custom_fields(args.type))
        if args.mapping:
            saved = crm.import_mappings.get(args.type, args.mapping)
            mapping = apply_saved(saved.columns, table.headers, mapping)
        _apply_map_options(mapping, table.headers, args.map or [])
        match = args.match or ENTITIES[args.type].match_keys[0]
        options = ImportOptions(args.type, mapping, match=match, mode=args.mode)
        if args.save_mapping is not None:  # refused before the import rather than after it
            crm.import_mappings.check(args.type, args.save_mapping, table.headers, mapping)
        if args.dry_run:
            report = crm.imports.dry_run(table, options)
        else:
            rejects = (
                Path(args.rejects) if args.rejects else path.resolve().with_name(path.stem + ".rejects.csv")
            )
            report = crm.imports.run(table, options, file_name=path.name, rejects_to=rejects)
            if args.save_mapping is not None:
                saved_as = crm.import_mappings.save(
                    args.type, args.save_mapping, table.headers, mapping, replace=True
                ).value.name
    data = _report_dict(report, table.headers, mapping)
    if saved_as is not None:
        data["saved_mapping"] = saved_as
    if args.json:
        emit_json(data)
        return 0
    _print_report(report, data, args.dry_run)
    if saved_as is not None:
        saved_text = _("The columns are saved as the mapping “{name}” (--mapping “{name}” next time).")
        print(saved_text.format(name=saved_as))
    return 0


def _apply_map_options(mapping: list[str | None], headers: list[str], pairs: list[str]) -> None:
    """``--map column=field`` (the column by its header or its number from 1; an empty field
    leaves the column out) over the guessed mapping."""
    for pair in pairs:
        column, separator, field = pair.partition("=")
        if not separator:
            raise ValidationError({"--map": _("Write --map as column=field, e.g. --map Mobile=phone.")})
        column = column.strip()
        if column.isdigit() and 1 <= int(column) <= len(headers):
            index = int(column) - 1
        elif column in headers:
            index = headers.index(column)
        else:
            raise ValidationError(
                {
                    "--map": _("The file has no column “{column}”; its columns: {columns}.").format(
                        column=column, columns=", ".join(headers)
                    )
                }
            )
        mapping[index] = field.strip() or None


def _report_dict(report: ImportReport, headers: list[str], mapping: list[str | None]) -> dict[str, Any]:
    data: dict[str, Any] = {
        "batch": report.batch,
        "created": report.created,
        "updated": report.updated,
        "skipped": report.skipped,
        "rejected": report.rejected,
        "rejects_file": report.rejects_file or None,
        "mapping": dict(zip(headers, mapping, strict=True)),
    }
    if report.batch is None:
        data["rows"] = [
            {
                "row": outcome.number,
                "action": outcome.action,
                "reason": outcome.reason,
                "changes": {name: [old, new] for name, (old, new) in outcome.changes.items()},
            }
            for outcome in report.rows
        ]
    return data


def _print_report(report: ImportReport, data: dict[str, Any], dry_run: bool) -> None:
    from crm_desktop.transfer.fields import field_label

    mapped = [f"{header} → {field_label(field)}" for header, field in data["mapping"].items() if field]
    left = [header for header, field in data["mapping"].items() if not field]
    print(_("Columns: {mapped}").format(mapped="; ".join(mapped)))
    if left:
        print(_("Left out: {columns}").format(columns=", ".join(left)))
    if dry_run:
        verbs = {"create": _("create"), "update": _("update"), "skip": _("skip"), "reject": _("reject")}
        for outcome in report.rows[:SHOWN_ROWS]:
            detail = outcome.reason or ", ".join(field_label(name) for name in outcome.changes)
            print(
                _("row {row}: {action} ({detail})").format(
                    row=outcome.number, action=verbs[outcome.action], detail=detail
                )
            )
        if len(report.rows) > SHOWN_ROWS:
            print(
                _("… and {count} more rows (--json lists them).").format(count=len(report.rows) - SHOWN_ROWS)
            )
    print_fields(
        [
            (_("Created"), report.created),
            (_("Updated"), report.updated),
            (_("Skipped"), report.skipped),
            (_("Rejected"), report.rejected),
        ]
    )
    if dry_run:
        print(_("A dry run: nothing was saved."))
    else:
        print(_("Import {batch}; undo it with “crm import undo {batch}”.").format(batch=report.batch))
        if report.rejects_file:
            print(_("Rejected rows, with the reason, are in {file}.").format(file=report.rejects_file))


def _undo(args: argparse.Namespace) -> int:
    if not args.batch:
        raise ValidationError({"BATCH": _("Give the import to undo (see “crm import list”).")})
    with open_crm(args) as crm:
        info = crm.imports.undo(args.batch).value
    if args.json:
        emit_json(info)
    else:
        print(
            _("Undid import {batch}: {created} new records deleted, {updated} updates put back.").format(
                batch=info.id, created=info.created, updated=info.updated
            )
        )
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_crm(args) as crm:
        found = crm.imports.batches()
    columns = (
        ("id", _("Import")),
        ("made_at", _("When")),
        ("file_name", _("File")),
        ("created", _("Created")),
        ("updated", _("Updated")),
        ("rejected", _("Rejected")),
        ("undone_at", _("Undone")),
    )
    return show_listing(args, found, _("No import yet."), columns)


def _mappings(args: argparse.Namespace) -> int:
    from crm_desktop.transfer.fields import field_label

    with open_crm(args) as crm:
        found = crm.import_mappings.list()
    if args.json:
        emit_json(found)
        return 0
    rows = [
        {
            "name": saved.name,
            "entity": saved.entity,
            "columns": "; ".join(
                f"{header} → {field_label(field) if field else _('left out')}"
                for header, field in saved.columns.items()
            ),
        }
        for saved in found
    ]
    columns = (("name", _("Mapping")), ("entity", _("Records")), ("columns", _("Columns")))
    return show_listing(args, [SimpleNamespace(**row) for row in rows], _("No mapping saved yet."), columns)


def _delete_mapping(args: argparse.Namespace) -> int:
    if not args.batch:
        raise ValidationError({"NAME": _("Give the mapping to delete (see “crm import mappings”).")})
    with open_crm(args) as crm:
        crm.import_mappings.delete(args.type, args.batch)
    if args.json:
        emit_json({"deleted": args.batch, "type": args.type})
    else:
        print(_("Deleted the mapping “{name}”.").format(name=args.batch))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from crm_desktop.services.records import ListQuery

    if args.type == "all":
        from crm_desktop.cli.archive import run_export_all

        return run_export_all(args)

    path = Path(args.output).expanduser()
    fmt = args.format or (path.suffix.lower().lstrip(".") if path.suffix else "csv")
    with open_crm(args) as crm:
        tag_id = None
        if args.tag:
            tag = crm.tags.by_name(args.tag)
            if tag is None:
                raise ValidationError({"--tag": _("There is no tag “{tag}”.").format(tag=args.tag)})
            tag_id = tag.id
        result = crm.exports.export(args.type, fmt, path, ListQuery(text=args.search or "", tag_id=tag_id))
    if args.json:
        emit_json({"file": str(result.path), "records": result.records, "format": fmt})
    else:
        print(_("Wrote {count} records to {file}.").format(count=result.records, file=result.path))
    return 0


def run_dedupe_scan(args: argparse.Namespace) -> int:
    with open_crm(args) as crm:
        pairs = crm.duplicates.scan(min_score=args.min_score)
    groups = crm.duplicates.groups(pairs)
    if args.json:
        emit_json(
            {
                "pairs": [
                    {
                        "a": pair.a,
                        "b": pair.b,
                        "a_name": pair.a_name,
                        "b_name": pair.b_name,
                        "score": pair.score,
                        "reasons": sorted(pair.reasons),
                    }
                    for pair in pairs
                ],
                "groups": groups,
            }
        )
        return 0
    if not pairs:
        print(_("No likely duplicates."))
        return 0
    rows = [
        {
            "score": f"{pair.score:.2f}",
            "a": pair.a_name,
            "b": pair.b_name,
            "why": pair.describe(),
            "ids": f"{pair.a} {pair.b}",
        }
        for pair in pairs
    ]
    print_table(
        rows,
        (
            ("score", _("Score")),
            ("a", _("Contact")),
            ("b", _("Contact")),
            ("why", _("Why")),
            ("ids", _("Ids")),
        ),
    )
    print(_("{pairs} pairs in {groups} groups.").format(pairs=len(pairs), groups=len(groups)))
    return 0


def run_dedupe_merge(args: argparse.Namespace) -> int:
    keep_letter = (args.keep or "A").upper()
    if keep_letter not in ("A", "B"):
        raise ValidationError({"--keep": _("Keep A or B.")})
    keep, other = (args.a, args.b) if keep_letter == "A" else (args.b, args.a)
    choices: dict[str, str] = {}
    for pair in args.take or []:
        field, separator, side = pair.partition("=")
        if not separator or side.strip().upper() not in ("A", "B"):
            raise ValidationError({"--take": _("Write --take as field=A or field=B, e.g. --take city=B.")})
        choices[field.strip()] = "keep" if side.strip().upper() == keep_letter else "other"
    with open_crm(args) as crm:
        info = crm.merging.merge(keep, other, choices)
    if args.json:
        emit_json(info)
    else:
        print(
            _(
                "Merged “{merged}” into “{kept}” (merge {merge}; undo it with “crm dedupe unmerge {merge}”)."
            ).format(merged=info.merged_name, kept=info.kept_name, merge=info.id)
        )
    return 0


def run_dedupe_unmerge(args: argparse.Namespace) -> int:
    with open_crm(args) as crm:
        info = crm.merging.unmerge(args.merge)
    if args.json:
        emit_json(info)
    else:
        print(
            _("Separated “{merged}” from “{kept}” again.").format(
                merged=info.merged_name, kept=info.kept_name
            )
        )
    return 0


def register(subparsers: SubParsers) -> None:
    dedupe = add_command(subparsers, "dedupe", _("find contacts that are probably the same person"))
    dedupe_actions = dedupe.add_subparsers(dest="dedupe_action", metavar="ACTION", required=True)
    scan = add_command(dedupe_actions, "scan", _("list likely duplicates with a score and the reasons"))
    scan.add_argument(
        "--min-score", type=float, default=0.7, metavar="SCORE", help=_("leave out pairs below this (0 to 1)")
    )
    add_json_flag(scan)
    scan.set_defaults(handler=run_dedupe_scan)
    merge = add_command(dedupe_actions, "merge", _("merge contact B into contact A (reversible)"))
    merge.add_argument("a", metavar="A", help=_("a contact's id"))
    merge.add_argument("b", metavar="B", help=_("another contact's id"))
    merge.add_argument("--keep", metavar="A|B", help=_("which of the two stays (default A)"))
    merge.add_argument(
        "--take",
        action="append",
        metavar="FIELD=A|B",
        help=_("whose value a field keeps (default: the most recent one that is not empty)"),
    )
    add_json_flag(merge)
    merge.set_defaults(handler=run_dedupe_merge)
    unmerge = add_command(dedupe_actions, "unmerge", _("separate two merged contacts again"))
    unmerge.add_argument("merge", metavar="MERGE", help=_("the merge (printed by merge)"))
    add_json_flag(unmerge)
    unmerge.set_defaults(handler=run_dedupe_unmerge)

    export = add_command(
        subparsers, "export", _("export records as CSV, Excel, vCard, JSON or (tasks, meetings) iCalendar")
    )
    export.add_argument(
        "--type",
        choices=("contacts", "companies", "deals", "cases", "products", "sales", "tasks", "meetings", "all"),
        default="contacts",
        help=_("what to export (all: the whole database, as JSON)"),
    )
    export.add_argument(
        "--format",
        choices=("csv", "xlsx", "vcf", "json", "ics"),
        help=_("the file's format (default: from its name)"),
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE", help=_("the file to write"))
    export.add_argument("--search", metavar="TEXT", help=_("only the records this search finds"))
    export.add_argument("--tag", metavar="NAME", help=_("only the records with this tag"))
    add_json_flag(export)
    export.set_defaults(handler=run_export)

    command = add_command(
        subparsers,
        "import",
        _(
            "import contacts, companies, deals, products or sales from CSV, Excel or vCard, or a "
            "whole-database archive into an empty database (also: import undo BATCH, import list, "
            "import mappings, import delete-mapping NAME)"
        ),
    )
    command.add_argument(
        "target", metavar="FILE", help=_("the file to import (or: undo, list, mappings, delete-mapping)")
    )
    command.add_argument(
        "batch",
        metavar="BATCH",
        nargs="?",
        help=_("with undo: the import to undo; with delete-mapping: the mapping's name"),
    )
    command.add_argument(
        "--type",
        choices=("contacts", "companies", "deals", "products", "sales", "all"),
        default="contacts",
        help=_(
            "what the rows are (sales: one row per line, the lines of a sale sharing its number; "
            "all: a whole-database archive, found by itself too)"
        ),
    )
    command.add_argument("--sheet", help=_("the Excel sheet (default: the first)"))
    command.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=FIELD",
        help=_("map a column to a field (empty: leave it out)"),
    )
    command.add_argument(
        "--mapping",
        metavar="NAME",
        help=_("map the columns as a saved mapping does (--map still changes it)"),
    )
    command.add_argument(
        "--save-mapping",
        metavar="NAME",
        help=_("after the import, save its columns' fields under this name (replacing one of that name)"),
    )
    command.add_argument(
        "--match",
        choices=("email", "phone", "name", "external_id", "sku", "title", "number"),
        help=_(
            "how rows find saved records (default: contacts and companies by email, products by sku, "
            "deals by title and customer, sales by number; external_id: the id the records had in the "
            "other system)"
        ),
    )
    command.add_argument(
        "--mode",
        choices=("create", "update", "upsert"),
        default="upsert",
        help=_("create only, update only, or both (default)"),
    )
    command.add_argument("--dry-run", action="store_true", help=_("show what would happen; save nothing"))
    command.add_argument("--rejects", metavar="FILE", help=_("where to write rejected rows (CSV)"))
    add_json_flag(command)
    command.set_defaults(handler=run_import)
