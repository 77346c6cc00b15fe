"""``crm sync``: sign this computer in to the team's sync server, sync, and settle conflicts.

``crm sync`` pushes the changes made here, then pulls everyone else's; the sign-in token
is kept in the system keyring (see :mod:`crm_desktop.sync.account`). Errors exit with 1
(offline, signed out, refused) after a message saying what to do; local data is never
touched by a failed sync.
"""

from __future__ import annotations

import argparse
import sys
import urllib.parse
from typing import TYPE_CHECKING, Any

from crm_desktop.cli.common import add_command, add_json_flag, emit_json, open_crm, print_fields, print_table
from crm_desktop.cli.server import _is_loopback
from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import _
from crm_desktop.services.crm import Crm
from crm_desktop.sync.account import KeyringUnavailable
from crm_desktop.sync.client import SyncClient, SyncStatus, sides
from crm_desktop.sync.conflicts import MINE, THEIRS, Conflict, keep_mine, keep_theirs, open_conflicts
from crm_desktop.sync.engine import SyncReport
from crm_desktop.sync.http import server_base
from crm_desktop.sync.search import crm_reindexer

if TYPE_CHECKING:
    from crm_desktop.cli.common import SubParsers

EXIT_NOT_KEPT = 1  # signed in, but nothing could keep the sign-in for the next command


def _read_password(args: argparse.Namespace) -> str:
    if not args.password_stdin:
        raise ValidationError(
            {"--password-stdin": _("Give the password on standard input, with --password-stdin.")}
        )
    return sys.stdin.readline().rstrip("\r\n")


def _warn_if_plain(url: str) -> None:
    host = urllib.parse.urlsplit(url).hostname or ""
    if url.startswith("http://") and not _is_loopback(host):
        print(
            _(
                "Warning: {url} is not HTTPS; the password and your data cross the network unencrypted."
            ).format(url=url),
            file=sys.stderr,
        )


def _sign_in(client: SyncClient, url: str, user: str, password: str) -> bool:
    """Sign in; False when no keyring could keep the token (it lasts for this command only)."""
    _warn_if_plain(server_base(url))
    try:
        client.login(url, user, password)
    except KeyringUnavailable as error:
        print(str(error), file=sys.stderr)
        return False
    return True


def run_login(args: argparse.Namespace) -> int:
    password = _read_password(args)
    with open_crm(args, create=True) as crm:  # a new laptop signs in before it has any data
        client = SyncClient(crm)
        kept = _sign_in(client, args.url, args.user, password)
        url, device = client.server_url, client.device_id
    if not kept:
        print(
            _(
                "The sign-in was not saved: the next “crm sync” will ask for it again "
                "(crm sync --user {user} --password-stdin)."
            ).format(user=args.user),
            file=sys.stderr,
        )
        return EXIT_NOT_KEPT
    print(
        _("Signed in to {url} as {user} (this computer is device {device}). Sync with “crm sync”.").format(
            url=url, user=args.user, device=device
        )
    )
    return 0


def report_dict(report: SyncReport, status: SyncStatus) -> dict[str, Any]:
    received = report.received
    return {
        "server_url": status.server_url,
        "pushed": report.pushed,
        "applied": report.push_applied,
        "superseded": report.push_superseded,
        "rejected": len(report.rejected),
        "rejected_ops": [{"op": r.op_id, "reason": r.reason} for r in report.rejected],
        "pulled": report.pulled,
        "pulled_applied": received.applied,
        "pulled_superseded": received.superseded,
        "conflicts": received.conflicts,
        "restored": received.restored,
        "skipped": len(received.skipped),
        "blocked": [{"table": b.table, "row": b.row_id, "reason": b.reason} for b in received.blocked],
        "bootstrapped": report.bootstrapped,
        "seed_rows": report.seed_rows,
        "cursor": report.cursor,
        "open_conflicts": status.open_conflicts,
        "outbox": status.outbox_count,
    }


def run_sync(args: argparse.Namespace) -> int:
    password = _read_password(args) if args.user else None
    with open_crm(args) as crm:
        client = SyncClient(crm)
        if args.user and password is not None:
            url = args.url or client.server_url
            if not url:
                raise ValidationError({"--url": _("Give the sync server's address with --url.")})
            _sign_in(client, url, args.user, password)
        report = client.sync()
        status = client.status(check_server=False)
    data = report_dict(report, status)
    if args.json:
        emit_json(data)
        return 0
    print_fields(
        [
            (
                _("Sent"),
                _("{n} ({applied} applied, {superseded} already outdated)").format(
                    n=data["pushed"], applied=data["applied"], superseded=data["superseded"]
                ),
            ),
            (_("Refused"), data["rejected"]),
            (
                _("Received"),
                _("{n} ({applied} applied, {superseded} already outdated)").format(
                    n=data["pulled"], applied=data["pulled_applied"], superseded=data["pulled_superseded"]
                ),
            ),
            (_("New conflicts"), data["conflicts"]),
            (_("Open conflicts"), data["open_conflicts"]),
        ]
    )
    if report.seed_rows:
        print(
            _("Started from the server's ready-made copy of the team's data ({n} records).").format(
                n=report.seed_rows
            )
        )
    for refused in report.rejected:
        print(_("Refused change {op}: {reason}").format(op=refused.op_id, reason=refused.reason))
    if status.open_conflicts:
        print(_("See them with “crm sync conflicts”; settle one with “crm sync keep ID mine|theirs”."))
    return 0


def run_status(args: argparse.Namespace) -> int:
    with open_crm(args) as crm:
        status = SyncClient(crm).status(check_server=not args.no_check)
    if args.json:
        emit_json(status)
        return 0
    print_fields(
        [
            (_("State"), status.state),
            (_("Server"), status.server_url or "—"),
            (_("Signed in"), status.signed_in),
            (_("Last sync"), status.last_sync_at or "—"),
            (_("Waiting to be sent"), status.outbox_count),
            (_("Refused by the server"), status.rejected_count),
            (_("Open conflicts"), status.open_conflicts),
        ]
    )
    if status.message:
        print(status.message)
    return 0


def run_logout(args: argparse.Namespace) -> int:
    with open_crm(args) as crm:
        client = SyncClient(crm)
        client.logout()
        url = client.server_url
    print(_("Signed out of {url}; changes made here wait until you sign in again.").format(url=url or "—"))
    return 0


def conflict_dict(conflict: Conflict, device_id: str) -> dict[str, Any]:
    mine, theirs = sides(conflict, device_id)
    return {
        "id": conflict.id,
        "table": conflict.table,
        "row": conflict.row_id,
        "field": conflict.field,
        "mine": mine,
        "theirs": theirs,
        "losing_value": conflict.losing_value,
        "losing_at": conflict.losing_moment,
        "winning_value": conflict.winning_value,
        "winning_at": conflict.winning_moment,
        "recorded_at": conflict.recorded_at,
    }


def run_conflicts(args: argparse.Namespace) -> int:
    with open_crm(args) as crm:
        device = SyncClient(crm).device_id
        rows = [conflict_dict(conflict, device) for conflict in open_conflicts(crm.db)]
    if args.json:
        emit_json(rows)
        return 0
    if not rows:
        print(_("No open conflicts."))
        return 0
    print_table(
        rows,
        (
            ("id", _("ID")),
            ("table", _("Table")),
            ("row", _("Record")),
            ("field", _("Field")),
            ("mine", _("Mine")),
            ("theirs", _("Theirs")),
        ),
    )
    return 0


def _keep(crm: Crm, conflict_id: int, side: str) -> Conflict:
    keep = keep_mine if side == MINE else keep_theirs
    return keep(crm.db, conflict_id, reindex=crm_reindexer(crm), now=crm.ctx.clock)


def run_keep(args: argparse.Namespace) -> int:
    with open_crm(args) as crm:
        conflict = _keep(crm, args.id, args.side)
        mine, theirs = sides(conflict, SyncClient(crm).device_id)
    print(
        _(
            "Kept “{value}” for {field} of {table} {row}; the other devices take it with their next sync."
        ).format(
            value=mine if args.side == MINE else theirs,
            field=conflict.field,
            table=conflict.table,
            row=conflict.row_id,
        )
    )
    return 0


def _password_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--user", metavar="NAME", required=required, help=_("the user name to sign in with"))
    parser.add_argument(
        "--password-stdin", action="store_true", help=_("read the password from standard input")
    )


def register(subparsers: SubParsers) -> None:
    sync = add_command(
        subparsers,
        "sync",
        _("send the changes made here to the team's sync server and take everyone else's"),
    )
    add_json_flag(sync)
    # where no keyring keeps the sign-in, it is given with every sync
    _password_options(sync, required=False)
    sync.add_argument("--url", help=_("the server to sign in to with --user (default: the last one)"))
    sync.set_defaults(handler=run_sync)
    actions = sync.add_subparsers(dest="sync_action", metavar="ACTION")

    login = add_command(actions, "login", _("sign this computer in to a sync server"))
    login.add_argument(
        "url", metavar="URL", help=_("the server's address, e.g. https://crm.example.com:8765")
    )
    _password_options(login, required=True)
    login.set_defaults(handler=run_login)

    status = add_command(actions, "status", _("the server, the last sync, changes waiting and conflicts"))
    add_json_flag(status)
    status.add_argument("--no-check", action="store_true", help=_("do not ask the server whether it answers"))
    status.set_defaults(handler=run_status)

    logout = add_command(actions, "logout", _("forget this computer's sign-in (changes made here stay)"))
    logout.set_defaults(handler=run_logout)

    conflicts = add_command(actions, "conflicts", _("values that lost to another device's edit"))
    add_json_flag(conflicts)
    conflicts.set_defaults(handler=run_conflicts)

    keep = add_command(actions, "keep", _("settle a conflict: keep my value or theirs, everywhere"))
    keep.add_argument("id", metavar="ID", type=int, help=_("the conflict's id (see “crm sync conflicts”)"))
    keep.add_argument(
        "side", choices=(MINE, THEIRS), help=_("mine: the value written here; theirs: the other")
    )
    keep.set_defaults(handler=run_keep)
