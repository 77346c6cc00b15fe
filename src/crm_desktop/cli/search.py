"""``crm search TEXT``: contacts, companies, deals, cases and articles, as the window's search finds them."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import TYPE_CHECKING

from crm_desktop.cli.common import add_command, add_json_flag, emit_json, open_crm, print_table
from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import _

if TYPE_CHECKING:
    from crm_desktop.cli.common import SubParsers


def run_search(args: argparse.Namespace) -> int:
    if args.limit <= 0:
        raise ValidationError({"--limit": _("The limit must be at least 1.")})
    with open_crm(args) as crm:
        hits = crm.search.everything(args.text, limit=args.limit)
    if args.json:
        emit_json([asdict(hit) for hit in hits])
    elif not hits:
        print(_("Nothing found."))
    else:
        print_table(
            [asdict(hit) for hit in hits],
            (("entity", _("Kind")), ("id", _("ID")), ("title", _("Title")), ("detail", _("Detail"))),
        )
    return 0


def register(subparsers: SubParsers) -> None:
    search = add_command(
        subparsers, "search", _("find contacts, companies, deals, cases and articles (contacts first)")
    )
    search.add_argument("text", metavar="TEXT", help=_("what to look for (names, emails, phones, words)"))
    search.add_argument(
        "--limit", type=int, default=50, help=_("at most this many of each kind (default 50)")
    )
    add_json_flag(search)
    search.set_defaults(handler=run_search)
