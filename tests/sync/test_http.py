"""HttpTransport and login: requests as the protocol says, answers and failures as sync errors."""

from __future__ import annotations

import json
import ssl
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.sync.engine import SCHEMA, CursorGoneError
from crm_desktop.sync.errors import (
    ClockAheadError,
    ServerUnreachable,
    SyncAuthError,
    SyncError,
    SyncUpgradeError,
)
from crm_desktop.sync.hlc import HybridClock
from crm_desktop.sync.http import HttpTransport, login, server_base
from crm_desktop.sync.ops import FieldOp
from crm_desktop.sync_server.app import create_app

from .server_kit import PASSWORD, AppTransport, free_port, store_of

URL = "https://sync.example.com:8765"


def mock(handler: Callable[[httpx.Request], httpx.Response]) -> HttpTransport:
    return HttpTransport(URL, "tok", transport=httpx.MockTransport(handler))


def answer(status: int, body: Any = None, **headers: str) -> Callable[[httpx.Request], httpx.Response]:
    def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body, headers=headers)

    return handler


def op(stamp_ms: int | None = None) -> FieldOp:
    now = datetime.now(UTC) if stamp_ms is None else datetime.fromtimestamp(stamp_ms / 1000, UTC)
    stamp = HybridClock("dev1", lambda: now).now().text()
    return FieldOp("op1", "companies", "c1", "name", "Kaya", stamp)


@pytest.mark.parametrize(
    ("typed", "base"),
    [
        ("https://crm.example.com:8765", "https://crm.example.com:8765"),
        ("  https://crm.example.com:8765/ ", "https://crm.example.com:8765"),
        ("http://127.0.0.1:8765/sync/v1", "http://127.0.0.1:8765"),
        ("https://example.com/crm/sync/v1/", "https://example.com/crm"),
    ],
)
def test_server_base_accepts_what_users_type(typed: str, base: str) -> None:
    assert server_base(typed) == base


@pytest.mark.parametrize("typed", ["crm.example.com:8765", "ftp://example.com", "https://", ""])
def test_server_base_refuses_what_is_not_an_address(typed: str) -> None:
    with pytest.raises(ValidationError, match="http:// or https://"):
        server_base(typed)


def test_requests_carry_the_schema_and_the_token_and_answers_are_read() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/sync/v1/push":
            body = json.loads(request.content)
            results = [{"op": o["op"], "result": "applied"} for o in body["ops"]]
            results[-1] = {"op": body["ops"][-1]["op"], "result": "rejected", "reason": "other team"}
            return httpx.Response(200, json={"batch": body["batch"], "results": results, "server_time": ""})
        one = {"seq": 7, **op().to_json()}
        return httpx.Response(200, json={"ops": [one], "cursor": 7, "more": True})

    transport = mock(handler)
    results = transport.push("b1", SCHEMA, [op(), op()])
    page = transport.pull(3, 50)
    assert [(r.result, r.reason) for r in results] == [("applied", ""), ("rejected", "other team")]
    assert (page.cursor, page.more, [p.seq for p in page.ops], page.ops[0].op.value) == (7, True, [7], "Kaya")
    push, pull = seen
    assert push.method == "POST" and str(push.url) == f"{URL}/sync/v1/push"
    assert json.loads(push.content)["schema"] == SCHEMA
    assert json.loads(push.content)["batch"] == "b1"
    assert pull.url.params["cursor"] == "3" and pull.url.params["limit"] == "50"
    for request in seen:
        assert request.headers["authorization"] == "Bearer tok"
        assert request.headers["x-crm-schema"] == str(SCHEMA)


def test_snapshot_pages_keep_the_first_pages_cursor() -> None:
    pages = {
        None: {"states": [{**op().to_json(), "value": "A"}], "cursor": 10, "next": "k1", "more": True},
        "k1": {"states": [{**op().to_json(), "value": "B"}], "cursor": 12, "next": None, "more": False},
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages[request.url.params.get("after")])

    transport = mock(handler)
    first = transport.snapshot(None, 1)
    last = transport.snapshot(first.after, 1)
    assert (first.cursor, first.after, first.fields[0].value) == (10, "k1", "A")
    # the second page is newer than the first: pulling from 12 could skip what changed in between
    assert (last.cursor, last.after, last.fields[0].value) == (10, None, "B")


@pytest.mark.parametrize(
    ("status", "error", "words"),
    [
        (401, SyncAuthError, "sign in again"),
        (426, SyncUpgradeError, "update the program"),
        (410, CursorGoneError, "no longer keeps"),
        (429, SyncError, "Too many failed sign-ins"),
        (502, ServerUnreachable, "works offline"),
        (503, ServerUnreachable, "cannot reach its database"),
        (500, SyncError, "answered 500"),
    ],
)
def test_status_codes_become_sync_errors(status: int, error: type[Exception], words: str) -> None:
    detail = {
        410: "The server no longer keeps the changes after 3",
        503: "The sync server cannot reach its database",
    }.get(status, "x")
    with pytest.raises(error, match=words):
        mock(answer(status, {"detail": detail})).pull(3, 10)


def test_a_422_of_a_push_is_the_clock_when_the_stamps_are_ahead_of_the_servers_date() -> None:
    server_time = datetime.now(UTC)
    date = format_datetime(server_time, usegmt=True)
    refused = answer(422, {"detail": "stamped ahead"}, date=date)
    ahead = int((server_time + timedelta(minutes=42)).timestamp() * 1000)
    with pytest.raises(ClockAheadError, match=r"4[12] minutes ahead.*date and time"):
        mock(refused).push("b1", SCHEMA, [op(ahead)])
    # the same status for stamps that are not ahead: the server refused the batch for another reason
    with pytest.raises(SyncError, match="answered 422: stamped ahead") as caught:
        mock(refused).push("b1", SCHEMA, [op()])
    assert not isinstance(caught.value, ClockAheadError)


def test_an_answer_that_is_not_the_protocol_is_a_clear_error() -> None:
    def html(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html>Welcome to the hotel wifi</html>")

    with pytest.raises(SyncError, match="did not answer like a CRM Desktop sync server"):
        mock(html).pull(0, 10)
    with pytest.raises(SyncError, match="cannot read"):
        mock(answer(200, {"ops": [{"seq": 1}], "cursor": 1, "more": False})).pull(0, 10)


def raising(error: Exception) -> Callable[[httpx.Request], httpx.Response]:
    def handler(_request: httpx.Request) -> httpx.Response:
        raise error

    return handler


def test_no_network_of_any_kind_is_server_unreachable() -> None:
    with pytest.raises(ServerUnreachable, match="no answer in time"):
        mock(raising(httpx.ReadTimeout("slow"))).pull(0, 10)
    with pytest.raises(ServerUnreachable, match="works offline"):
        mock(raising(httpx.ConnectError("[Errno -2] Name or service not known"))).pull(0, 10)
    tls = httpx.ConnectError("handshake")
    tls.__context__ = ssl.SSLCertVerificationError(1, "certificate verify failed")
    with pytest.raises(ServerUnreachable, match="certificate"):
        mock(raising(tls)).pull(0, 10)


def test_a_closed_port_is_server_unreachable() -> None:
    transport = HttpTransport(f"http://127.0.0.1:{free_port()}", "tok", timeout=5)
    with pytest.raises(ServerUnreachable, match="does not answer"):
        transport.pull(0, 10)


def test_a_ca_file_is_trusted_for_https(tmp_path: Path) -> None:
    # a path is a CA file: loading a file that is not a certificate fails before any request
    bogus = tmp_path / "ca.pem"
    bogus.write_text("not a certificate")
    with pytest.raises(ssl.SSLError):
        HttpTransport(URL, "tok", verify=str(bogus))


# --------------------------------------------------------------------- against the real server


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Any]:
    server = create_app(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    store_of(server).add_user("ali", PASSWORD, team="north", role="admin")
    yield server
    store_of(server).close()


def test_login_and_a_round_trip_through_the_real_server(app: Any) -> None:
    bridge = AppTransport(app)
    session = login(URL + "/sync/v1", "ali", PASSWORD, "Ali's laptop", device_id="dev1", transport=bridge)
    assert (session.url, session.device_id) == (URL, "dev1")
    assert session.token and session.server_id
    transport = HttpTransport(URL, session.token, transport=bridge)
    assert [r.result for r in transport.push("b1", SCHEMA, [op()])] == ["applied"]
    page = transport.pull(0, 10)
    assert [(p.seq, p.op.op_id, p.op.value) for p in page.ops] == [(1, "op1", "Kaya")]
    snap = transport.snapshot(None, 10)
    assert (snap.cursor, snap.after, [f.value for f in snap.fields]) == (1, None, ["Kaya"])


def test_a_wrong_password_says_so_and_an_old_schema_gets_426(app: Any) -> None:
    bridge = AppTransport(app)
    with pytest.raises(SyncAuthError, match="refused the sign-in: Wrong user name or password"):
        login(URL, "ali", "not the password", "pc", transport=bridge)
    store_of(app).set_min_client_schema(SCHEMA + 1)
    with pytest.raises(SyncUpgradeError):
        login(URL, "ali", PASSWORD, "pc", transport=bridge)
