"""The HTTP API /sync/v1 through FastAPI's TestClient, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from crm_desktop.sync.hlc import HybridClock
from crm_desktop.sync_server.app import create_app
from crm_desktop.sync_server.store import Store
from tests.conftest import FakeClock
from tests.sync_server.conftest import PASSWORD, field_ops

SCHEMA = {"X-CRM-Schema": "2"}


class Device:
    """One signed-in program: its token and clock."""

    def __init__(self, client: TestClient, user: str, device_id: str, clock: FakeClock) -> None:
        self.client = client
        self.id = device_id
        answer = login(client, user, PASSWORD, device_id)
        assert answer.status_code == 200, answer.text
        self.token = answer.json()["token"]
        self.clock = HybridClock(device_id, clock)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", **SCHEMA}

    def ops(self, row: str, values: dict[str, Any], table: str = "contacts") -> list[dict[str, Any]]:
        return field_ops(self.clock, table, row, values)

    def push(self, ops: list[dict[str, Any]], batch: str = "") -> Any:
        body = {"batch": batch or uuid.uuid4().hex, "schema": 2, "ops": ops}
        return self.client.post("/sync/v1/push", json=body, headers=self.headers)

    def pull(self, cursor: int = 0, limit: int = 100) -> Any:
        return self.client.get(f"/sync/v1/pull?cursor={cursor}&limit={limit}", headers=self.headers)


def login(client: TestClient, user: str, password: str, device_id: str = "pc1") -> Any:
    body = {"user": user, "password": password, "device_name": "Laptop", "device_id": device_id}
    return client.post("/sync/v1/login", json=body, headers=SCHEMA)


@pytest.fixture
def client(database_url: str, clock: FakeClock) -> Iterator[TestClient]:
    app = create_app(database_url, clock=clock)
    store: Store = app.state.store
    store.add_user("ali", PASSWORD, team="north")
    store.add_user("sami", PASSWORD, team="south")
    store.add_user("boss", PASSWORD, team="north", role="admin")
    with TestClient(app) as test_client:
        yield test_client


def store_of(client: TestClient) -> Store:
    store: Store = client.app.state.store  # type: ignore[attr-defined]
    return store


def test_login_gives_a_token_for_the_device(client: TestClient) -> None:
    answer = login(client, "ali", PASSWORD, "laptop7")
    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == {"token", "device_id", "server_id"}
    assert body["device_id"] == "laptop7"
    assert body["server_id"] == store_of(client).meta().server_id
    [device] = store_of(client).devices()
    assert (device.id, device.user, device.name) == ("laptop7", "ali", "Laptop")
    # the database keeps only a hash of the token
    assert body["token"] not in repr(device)


def test_wrong_password_or_unknown_user_is_401(client: TestClient) -> None:
    assert login(client, "ali", "wrong password").status_code == 401
    assert login(client, "nobody", PASSWORD).status_code == 401
    assert login(client, "ali", "wrong password").json()["detail"] == "Wrong user name or password."


def test_repeated_failures_are_rate_limited_per_user_and_address(
    client: TestClient, clock: FakeClock
) -> None:
    for _attempt in range(5):
        assert login(client, "ali", "guess").status_code == 401
    refused = login(client, "ali", PASSWORD)  # even the right password, for now
    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "300"
    assert login(client, "sami", PASSWORD).status_code == 200  # another user is not locked out
    clock.advance(minutes=5, seconds=1)
    assert login(client, "ali", PASSWORD).status_code == 200


def test_a_success_clears_the_failures(client: TestClient) -> None:
    for _attempt in range(4):
        login(client, "ali", "guess")
    assert login(client, "ali", PASSWORD).status_code == 200
    for _attempt in range(4):
        assert login(client, "ali", "guess").status_code == 401
    assert login(client, "ali", PASSWORD).status_code == 200


def test_push_then_replaying_the_batch_changes_nothing(client: TestClient, clock: FakeClock) -> None:
    ali = Device(client, "ali", "alipc", clock)
    ops = ali.ops("c1", {"name": "Huda", "phone": "+966500000001", "deleted_at": None})
    first = ali.push(ops, batch="batch-1")
    assert first.status_code == 200
    assert [r["result"] for r in first.json()["results"]] == ["applied"] * 3
    assert "reason" not in first.json()["results"][0]
    clock.advance(minutes=1)
    again = ali.push(ops, batch="batch-1")
    assert again.json() == first.json()
    assert store_of(client).meta().head == 3
    assert [op["op"] for op in ali.pull().json()["ops"]] == [op["op"] for op in ops]


def test_pull_pages_follow_the_cursor_and_keep_batches_whole(client: TestClient, clock: FakeClock) -> None:
    ali = Device(client, "ali", "alipc", clock)
    for row, size in (("c1", 3), ("c2", 2), ("c3", 4)):
        assert ali.push(ali.ops(row, {f"f{i}": i for i in range(size)})).status_code == 200
    first = ali.pull(0, 1).json()
    assert ([op["row"] for op in first["ops"]], first["cursor"], first["more"]) == (["c1"] * 3, 3, True)
    second = ali.pull(3, 3).json()  # the limit falls inside c3's batch: the page takes all of it
    assert ([op["seq"] for op in second["ops"]], second["cursor"], second["more"]) == (
        [4, 5, 6, 7, 8, 9],
        9,
        False,
    )
    assert set(second["ops"][0]) == {"seq", "op", "table", "row", "field", "value", "stamp", "base"}


def test_team_visibility_and_writes(client: TestClient, clock: FakeClock) -> None:
    ali = Device(client, "ali", "alipc", clock)  # team north
    sami = Device(client, "sami", "samipc", clock)  # team south
    boss = Device(client, "boss", "bosspc", clock)  # admin
    sami.push(sami.ops("south1", {"name": "South customer"}))
    ali.push(ali.ops("north1", {"name": "North customer"}))
    assert {op["row"] for op in ali.pull().json()["ops"]} == {"north1"}
    assert {op["row"] for op in sami.pull().json()["ops"]} == {"south1"}
    assert {op["row"] for op in boss.pull().json()["ops"]} == {"north1", "south1"}
    snapshot = client.get("/sync/v1/snapshot", headers=ali.headers).json()
    assert {s["row"] for s in snapshot["states"]} == {"north1"}

    taken = ali.push(ali.ops("south1", {"name": "Taken over"})).json()
    assert taken["results"][0]["result"] == "rejected"
    assert "another team" in taken["results"][0]["reason"]
    assert [op["value"] for op in sami.pull().json()["ops"]] == ["South customer"]


def test_revoked_device_gets_401_at_once(client: TestClient, clock: FakeClock) -> None:
    ali = Device(client, "ali", "alipc", clock)
    assert ali.pull().status_code == 200
    store_of(client).revoke_device("alipc")
    refused = ali.pull()
    assert refused.status_code == 401
    assert "revoked" in refused.json()["detail"]
    assert ali.push(ali.ops("c1", {"name": "x"})).status_code == 401
    assert store_of(client).meta().head == 0
    # and it cannot simply sign in again under the same id
    assert login(client, "ali", PASSWORD, "alipc").status_code == 401


def test_missing_or_unknown_token_is_401(client: TestClient) -> None:
    assert client.get("/sync/v1/pull", headers=SCHEMA).status_code == 401
    unknown = client.get("/sync/v1/pull", headers={"Authorization": "Bearer nonsense", **SCHEMA})
    assert unknown.status_code == 401
    assert unknown.headers["WWW-Authenticate"] == "Bearer"


def test_an_old_client_schema_gets_426(client: TestClient, clock: FakeClock) -> None:
    ali = Device(client, "ali", "alipc", clock)
    auth = {"Authorization": f"Bearer {ali.token}"}
    assert client.get("/sync/v1/pull", headers={**auth, "X-CRM-Schema": "1"}).status_code == 426
    assert client.get("/sync/v1/pull", headers=auth).status_code == 426  # no schema at all: older still
    assert client.get("/sync/v1/pull?schema=2", headers=auth).status_code == 200
    old_push = client.post("/sync/v1/push", json={"batch": "b", "schema": 1, "ops": []}, headers=auth)
    assert old_push.status_code == 426
    assert "update the program" in old_push.json()["detail"]
    store_of(client).set_min_client_schema(3)
    assert ali.pull().status_code == 426
    assert login(client, "ali", PASSWORD).status_code == 426


def test_a_clock_far_ahead_rejects_the_whole_batch_with_422(client: TestClient, clock: FakeClock) -> None:
    ali = Device(client, "ali", "alipc", clock)
    good = ali.ops("c1", {"name": "fine"})
    clock.advance(minutes=6)
    ahead = ali.ops("c1", {"phone": "ahead"})  # stamped 6 minutes after the server's clock...
    clock.advance(minutes=-6)  # ...which is back where it was
    answer = ali.push(good + ahead)
    assert answer.status_code == 422
    assert "6 minutes ahead" in answer.json()["detail"]
    assert store_of(client).meta().head == 0  # nothing of the batch was kept
    clock.advance(minutes=1, seconds=30)  # 4.5 minutes ahead is tolerated
    assert ali.push(good + ahead).status_code == 200


def test_a_too_old_cursor_gets_410(client: TestClient, clock: FakeClock) -> None:
    ali = Device(client, "ali", "alipc", clock)
    for row in ("c1", "c2"):
        ali.push(ali.ops(row, {"name": row}))
    store_of(client).compact(1)
    assert ali.pull(0).status_code == 410
    assert "download everything again" in ali.pull(0).json()["detail"]
    assert ali.pull(1).json()["cursor"] == 2


def test_snapshot_pages_through_the_api(client: TestClient, clock: FakeClock) -> None:
    ali = Device(client, "ali", "alipc", clock)
    ali.push(ali.ops("c1", {"a": 1, "b": 2, "c": 3}) + ali.ops("c2", {"a": 4}))
    # a page finishes the record it ends in: two states asked for, c1's three given
    first = client.get("/sync/v1/snapshot?limit=2", headers=ali.headers).json()
    assert (len(first["states"]), first["more"], first["next"], first["cursor"]) == (
        3,
        True,
        "contacts:c1:c",
        4,
    )
    rest = client.get(
        "/sync/v1/snapshot", params={"limit": 2, "after": first["next"]}, headers=ali.headers
    ).json()
    assert ([(s["row"], s["field"]) for s in rest["states"]], rest["more"], rest["next"]) == (
        [("c2", "a")],
        False,
        None,
    )


def test_malformed_ops_are_422(client: TestClient, clock: FakeClock) -> None:
    ali = Device(client, "ali", "alipc", clock)
    bad_stamp = ali.ops("c1", {"name": "x"})
    bad_stamp[0]["stamp"] = "yesterday"
    assert ali.push(bad_stamp).status_code == 422
    no_row = [{"op": "x", "table": "contacts", "field": "name", "value": 1, "stamp": ali.clock.now().text()}]
    assert ali.push(no_row).status_code == 422
    long_base = ali.ops("c1", {"name": "x"})
    long_base[0]["base"] = ali.clock.now().text() + "x" * 120  # longer than a stamp is kept
    assert ali.push(long_base).status_code == 422
    local = ali.push(ali.ops("c1", {"name": "x"}, table="_outbox")).json()
    assert local["results"][0]["result"] == "rejected"


def test_openapi_is_served(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/sync/v1/login", "/sync/v1/push", "/sync/v1/pull", "/sync/v1/snapshot"} <= set(schema["paths"])
    assert client.get("/docs").status_code == 200
