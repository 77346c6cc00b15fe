"""``crm server run|user add|list|password|device list|revoke``: the shared sync server.

The server's packages (FastAPI, uvicorn, psycopg, argon2) come with the ``server``
extra and are imported only by these commands, so the desktop program starts without them.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop.cli.common import add_json_flag, show_listing
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.i18n import _
from crm_desktop.sync_server.store import DEFAULT_TEAM  # no server packages needed for this

if TYPE_CHECKING:
    from crm_desktop.cli.common import SubParsers
    from crm_desktop.sync_server.store import Store

DATABASE_ENV = "CRM_SERVER_DB"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
DEFAULT_KEEP_DAYS = 180  # a laptop offline longer than half a year downloads its data again


def _missing_extra(error: ImportError) -> CrmError:
    if getattr(sys, "frozen", False):
        # the installed program (installers/) leaves the server out: pip means nothing there
        return CrmError(
            _(
                "This installation of CRM Desktop has no sync server. Run the server on the computer "
                "that keeps the team's data, from the Python package: pip install 'crm-desktop[server]'"
            )
        )
    return CrmError(
        _(
            "The sync server needs packages that are not installed ({name}); "
            "install them with: pip install 'crm-desktop[server]'"
        ).format(name=error.name or error)
    )


@contextmanager
def _open_store(args: argparse.Namespace) -> Iterator[Store]:
    from crm_desktop.sync_server.store import Store

    store = Store.open(args.database or os.environ.get(DATABASE_ENV) or None)
    try:
        yield store
    finally:
        store.close()


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run_server(args: argparse.Namespace) -> int:
    if bool(args.certfile) != bool(args.keyfile):
        raise ValidationError({"--certfile": _("HTTPS needs both --certfile and --keyfile.")})
    try:
        import uvicorn

        from crm_desktop.sync_server.app import create_app
        from crm_desktop.sync_server.engine import database_url, shown
    except ImportError as error:
        raise _missing_extra(error) from None
    url = database_url(args.database or os.environ.get(DATABASE_ENV) or None)
    # brings the schema up to date before the first request
    app = create_app(url, seed_folder=Path(args.seed_folder).expanduser() if args.seed_folder else None)
    scheme = "https" if args.certfile else "http"
    print(
        _("Sync server on {scheme}://{host}:{port}/sync/v1 (database {database})").format(
            scheme=scheme, host=args.host, port=args.port, database=shown(url)
        ),
        flush=True,
    )
    if scheme == "http" and not _is_loopback(args.host):
        print(
            _(
                "Warning: without --certfile and --keyfile passwords and data cross the network "
                "unencrypted; serve HTTPS (or put the server behind a TLS proxy)."
            ),
            file=sys.stderr,
            flush=True,
        )
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        ssl_certfile=args.certfile,
        ssl_keyfile=args.keyfile,
        log_level="info",
    )
    return 0


def _password_from_stdin(args: argparse.Namespace) -> str:
    if not args.password_stdin:
        raise ValidationError(
            {"--password-stdin": _("Give the password on standard input, with --password-stdin.")}
        )
    return sys.stdin.readline().rstrip("\r\n")


def run_user_add(args: argparse.Namespace) -> int:
    password = _password_from_stdin(args)
    with _open_store(args) as store:
        store.add_user(args.name, password, team=args.team, role=args.role)
    print(_("Added {role} {name} (team {team}).").format(role=args.role, name=args.name, team=args.team))
    return 0


def run_user_password(args: argparse.Namespace) -> int:
    password = _password_from_stdin(args)
    with _open_store(args) as store:
        store.set_password(args.name, password)
    print(
        _(
            "Changed the password of {name}. Devices already signed in keep syncing; "
            "revoke a lost one with “crm server device revoke”."
        ).format(name=args.name)
    )
    return 0


def run_user_list(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        found = store.users()
    columns = (
        ("name", _("User")),
        ("team", _("Team")),
        ("role", _("Role")),
        ("devices", _("Devices")),
        ("created_at", _("Added")),
    )
    return show_listing(args, found, _("No user yet; add one with “crm server user add”."), columns)


def run_device_list(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        found = store.devices()
    columns = (
        ("id", _("Device")),
        ("user", _("User")),
        ("team", _("Team")),
        ("name", _("Name")),
        ("last_seen", _("Last seen")),
        ("revoked_at", _("Revoked")),
    )
    return show_listing(args, found, _("No device has signed in yet."), columns)


def run_device_revoke(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        store.revoke_device(args.id)
    print(_("Revoked device {id}: its next request is refused.").format(id=args.id))
    return 0


def run_compact(args: argparse.Namespace) -> int:
    if args.keep_days < 0:
        raise ValidationError({"--keep-days": _("Give a number of days of 0 or more.")})
    with _open_store(args) as store:
        dropped, _oldest = store.compact_before(datetime.now(UTC) - timedelta(days=args.keep_days))
    print(
        _(
            "Dropped {count} changes older than {days} days from the log. A device that has not "
            "synced since then downloads its data again at its next sync; nothing is lost."
        ).format(count=dropped, days=args.keep_days)
    )
    return 0


def run_min_schema(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        if args.schema is not None:
            if args.schema < 1:
                raise ValidationError({"SCHEMA": _("Give a database version of 1 or more.")})
            store.set_min_client_schema(args.schema)
        current = store.meta().min_client_schema
    print(
        _(
            "Programs whose database is older than version {schema} are asked to update before they sync."
        ).format(schema=current)
    )
    return 0


def _database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        metavar="URL",
        help=_(
            "a SQLite file or postgresql://user@host/name (default: ${env}, else sync-server.sqlite3 "
            "in the data folder)"
        ).format(env=DATABASE_ENV),
    )


def _command(subparsers: SubParsers, name: str, help_text: str) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    _database_option(parser)
    return parser


def register(subparsers: SubParsers) -> None:
    server = subparsers.add_parser(
        "server",
        help=_("the sync server a team's programs share"),
        description=_("Run the sync server and manage who may sync with it."),
    )
    actions = server.add_subparsers(dest="server_action", metavar="ACTION", required=True)

    run = _command(actions, "run", _("serve the sync API (HTTP, or HTTPS with --certfile and --keyfile)"))
    run.add_argument("--host", default=DEFAULT_HOST, help=_("address to listen on (default 127.0.0.1)"))
    run.add_argument("--port", type=int, default=DEFAULT_PORT, help=_("port to listen on (default 8765)"))
    run.add_argument("--certfile", metavar="PEM", help=_("the TLS certificate (chain) for HTTPS"))
    run.add_argument("--keyfile", metavar="PEM", help=_("the TLS certificate's private key"))
    run.add_argument(
        "--seed-folder",
        metavar="FOLDER",
        help=_(
            "where to keep the ready-made databases new devices start from (default: beside a "
            "SQLite database, or in the cache folder)"
        ),
    )
    run.set_defaults(handler=run_server)

    user = _group(actions, "user", _("accounts that sign in"))
    add = _command(user, "add", _("add a user (the password is read from standard input)"))
    add.add_argument("name", metavar="NAME", help=_("the user name to sign in with"))
    add.add_argument(
        "--team", default=DEFAULT_TEAM, help=_("the user's team (default {team})").format(team=DEFAULT_TEAM)
    )
    add.add_argument(
        "--role",
        choices=("admin", "seller"),
        default="seller",
        help=_("a seller sees only its team's customers, an admin all (default seller)"),
    )
    add.add_argument("--password-stdin", action="store_true", help=_("read the password from standard input"))
    add.set_defaults(handler=run_user_add)
    password = _command(user, "password", _("set a user's password (read from standard input)"))
    password.add_argument("name", metavar="NAME", help=_("the user name to sign in with"))
    password.add_argument(
        "--password-stdin", action="store_true", help=_("read the password from standard input")
    )
    password.set_defaults(handler=run_user_password)
    users = _command(user, "list", _("list the users, their teams and roles"))
    add_json_flag(users)
    users.set_defaults(handler=run_user_list)

    device = _group(actions, "device", _("signed-in laptops and PCs"))
    listing = _command(device, "list", _("list the devices that signed in"))
    add_json_flag(listing)
    listing.set_defaults(handler=run_device_list)
    revoke = _command(device, "revoke", _("stop a device from syncing (a lost laptop), at once"))
    revoke.add_argument("id", metavar="ID", help=_("the device id (see “crm server device list”)"))
    revoke.set_defaults(handler=run_device_revoke)

    compact = _command(actions, "compact", _("drop old changes from the log (devices behind download again)"))
    compact.add_argument(
        "--keep-days",
        type=int,
        default=DEFAULT_KEEP_DAYS,
        metavar="DAYS",
        help=_("keep the changes of this many days (default {days})").format(days=DEFAULT_KEEP_DAYS),
    )
    compact.set_defaults(handler=run_compact)
    schema = _command(actions, "min-schema", _("show or set the oldest database version allowed to sync"))
    schema.add_argument("schema", metavar="SCHEMA", type=int, nargs="?", help=_("the version to require"))
    schema.set_defaults(handler=run_min_schema)


def _group(actions: SubParsers, name: str, help_text: str) -> SubParsers:
    """A command group (``user``, ``device``) and the subparsers of its actions."""
    group = actions.add_parser(name, help=help_text, description=help_text)
    return group.add_subparsers(dest=f"{name}_action", metavar="ACTION", required=True)
