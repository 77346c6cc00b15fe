"""``crm report``: the PDF reports, from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop.cli.common import (
    add_command,
    add_json_flag,
    emit_json,
    open_crm,
    parse_date,
    parse_pairs,
    print_table,
)
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.i18n import _, n_, set_language

if TYPE_CHECKING:
    from crm_desktop.cli.common import SubParsers
    from crm_desktop.reports.registry import ReportInfo
    from crm_desktop.reports.request import ReportRequest

LANGUAGES = ("en", "ar", "fa", "tr")


def _list(args: argparse.Namespace) -> int:
    from crm_desktop.reports.registry import REPORTS

    rows = [
        {
            "name": info.name,
            "description": info.describe(),
            "filters": ", ".join(info.filters),
            "options": ", ".join(f"--{name}" for name in sorted(info.options)),
            "group_by": ", ".join(info.groupings),
        }
        for info in REPORTS.values()
    ]
    if args.json:
        emit_json(rows)
    else:
        print_table(
            rows,
            (
                ("name", _("Report")),
                ("description", _("What it shows")),
                ("filters", _("Filters")),
                ("options", _("Options")),
            ),
        )
    return 0


def _request(args: argparse.Namespace, info: ReportInfo) -> ReportRequest:
    """The request the arguments make; a mistake in them is a usage error naming the option."""
    from crm_desktop.reports.registry import check_request
    from crm_desktop.reports.request import ReportRequest

    filters = dict(parse_pairs(args.filter or [], "--filter"))
    unknown = sorted(set(filters) - set(info.filters))
    if unknown:
        raise ValidationError(
            {
                "--filter": _("{report} has no filter {names}; it knows {known}.").format(
                    report=info.name, names=", ".join(unknown), known=", ".join(info.filters) or "-"
                )
            }
        )
    request = ReportRequest(
        language=args.lang or "en",
        filters=filters,
        start=parse_date(args.start or "", "--from"),
        end=parse_date(args.end or "", "--to"),
        contact_id=args.contact,
        company_id=args.company,
        deal_id=args.deal,
        case_id=args.case,
        group_by=args.group_by,
    )
    try:
        check_request(info, request)
    except CrmError as error:
        raise ValidationError({"NAME": str(error)}) from None
    return request


def run_report(args: argparse.Namespace) -> int:
    # imported here: reportlab and the fonts load only for this command
    from crm_desktop.reports.registry import REPORTS, report

    if args.list:
        return _list(args)
    if not args.name:
        raise ValidationError({"NAME": _("Name a report (crm report --list shows them).")})
    if not args.output:
        raise ValidationError({"-o": _("Say where to write the PDF (-o FILE.pdf).")})
    if args.name not in REPORTS:  # a typing mistake: a usage error, with the names to pick from
        try:
            report(args.name)
        except CrmError as error:
            raise ValidationError({"NAME": str(error)}) from None
    info = report(args.name)
    request = _request(args, info)
    if args.lang:
        set_language(args.lang)
    with open_crm(args) as crm:
        result = info.build(crm, Path(args.output), request)
    for warning in result.warnings:
        print(warning)
    if args.json:
        emit_json({"path": str(result.path), "pages": result.pages, "warnings": list(result.warnings)})
    else:
        print(
            n_("Wrote {path} ({pages} page).", "Wrote {path} ({pages} pages).", result.pages).format(
                path=result.path, pages=result.pages
            )
        )
    return 0


def register(subparsers: SubParsers) -> None:
    command = add_command(subparsers, "report", _("write a PDF report (crm report --list shows them)"))
    command.add_argument("name", metavar="NAME", nargs="?", help=_("the report, e.g. contact-directory"))
    command.add_argument("-o", "--output", metavar="FILE", help=_("the PDF file to write"))
    command.add_argument("--list", action="store_true", help=_("list the reports and their filters"))
    command.add_argument(
        "--lang", choices=LANGUAGES, help=_("the report's language (ar and fa: right to left)")
    )
    command.add_argument("--filter", action="append", metavar="KEY=VALUE", help=_("a filter of the report"))
    command.add_argument(
        "--from", dest="start", metavar="DATE", help=_("first day of the period (YYYY-MM-DD)")
    )
    command.add_argument("--to", dest="end", metavar="DATE", help=_("last day of the period (YYYY-MM-DD)"))
    command.add_argument("--contact", metavar="ID", help=_("the contact the report is about"))
    command.add_argument("--company", metavar="ID", help=_("the company the report is about"))
    command.add_argument("--deal", metavar="ID", help=_("the deal the report is about"))
    command.add_argument("--case", metavar="ID", help=_("the case the report is about"))
    command.add_argument("--group-by", metavar="WAY", help=_("how the report groups its rows"))
    add_json_flag(command)
    command.set_defaults(handler=run_report)
