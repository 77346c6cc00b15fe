"""``crm server run`` killed (SIGKILL) in the middle of a push: after a restart and a retry, every op
of the batch is in the log exactly once."""

from __future__ import annotations

import json
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.sync.hlc import HybridClock
from crm_desktop.sync_server.store import Store
from tests.sync_server.conftest import PASSWORD, field_ops

pytestmark = pytest.mark.slow

ROWS, FIELDS = 800, 12  # 9,600 ops: a push long enough to be killed inside its transaction


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    """``crm server run`` in a child process on a SQLite file."""

    def __init__(self, database: Path, log: Path) -> None:
        self.database = database
        self.port = free_port()
        self.log = log.open("ab")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "crm_desktop.cli",
                "server",
                "run",
                "--database",
                str(database),
                "--port",
                str(self.port),
            ],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self._wait_until_it_answers()

    def _wait_until_it_answers(self) -> None:
        for _attempt in range(600):  # bounded: 60 s at most
            if self.process.poll() is not None:
                pytest.fail(f"the server stopped with status {self.process.returncode}")
            try:
                with urllib.request.urlopen(f"{self.url}/openapi.json", timeout=5):
                    return
            except OSError:
                time.sleep(0.1)
        pytest.fail("the server did not answer")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def post(self, path: str, body: dict[str, Any], token: str = "") -> dict[str, Any]:
        headers = {"Content-Type": "application/json", "X-CRM-Schema": "2"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        request = urllib.request.Request(
            self.url + path, data=json.dumps(body).encode(), headers=headers, method="POST"
        )
        with urllib.request.urlopen(request, timeout=120) as answer:
            result: dict[str, Any] = json.load(answer)
            return result

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self.log.close()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
        self.log.close()


def write_transaction_open(database: Path) -> bool:
    """True while another connection holds the file's write lock (the push's transaction)."""
    probe = sqlite3.connect(database, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:  # "database is locked"
        return True
    finally:
        if probe.in_transaction:
            probe.execute("ROLLBACK")
        probe.close()
    return False


def push_in_background(
    server: Server, body: dict[str, Any], token: str
) -> tuple[threading.Thread, list[BaseException | dict[str, Any]]]:
    """A thread pushing ``body``; the list gets its answer, or the error when the server dies."""
    outcome: list[BaseException | dict[str, Any]] = []

    def push() -> None:
        try:
            outcome.append(server.post("/sync/v1/push", body, token))
        except OSError as error:  # urllib's URLError is one; the server died under us
            outcome.append(error)

    pusher = threading.Thread(target=push)
    pusher.start()
    return pusher, outcome


def test_a_push_cut_by_a_killed_server_is_kept_once_after_the_retry(tmp_path: Path) -> None:
    database, log = tmp_path / "server.sqlite3", tmp_path / "server.log"
    store = Store.open(str(database))
    store.add_user("ali", PASSWORD)
    store.close()

    server = Server(database, log)
    try:
        signed_in = server.post("/sync/v1/login", {"user": "ali", "password": PASSWORD, "device_id": "alipc"})
        token = signed_in["token"]
        clock = HybridClock("alipc", lambda: datetime.now(UTC))
        killed_inside = False
        # the kill must land inside the push's transaction; a fast disk may need another try
        for _attempt in range(3):
            ops = [
                op
                for _row in range(ROWS)
                for op in field_ops(clock, "contacts", uuid.uuid4().hex, {f"f{i}": i for i in range(FIELDS)})
            ]
            body = {"batch": uuid.uuid4().hex, "schema": 2, "ops": ops}
            pusher, outcome = push_in_background(server, body, token)
            while pusher.is_alive() and not write_transaction_open(database):
                time.sleep(0.001)
            if pusher.is_alive():
                server.kill()
                killed_inside = True
            pusher.join()
            if killed_inside:
                assert isinstance(outcome[0], BaseException)
                server = Server(database, log)
            answer = server.post("/sync/v1/push", body, token)  # the device retries the same batch
            assert [r["result"] for r in answer["results"]] == ["applied"] * len(ops)
            assert server.post("/sync/v1/push", body, token) == answer

            store = Store.open(str(database))
            try:
                logged = Counter(store.log_op_ids())
            finally:
                store.close()
            assert all(logged[op["op"]] == 1 for op in ops)
            if killed_inside:
                break
        assert killed_inside, "the push always finished before it could be killed"
        assert sum(logged.values()) == len(ops) * (_attempt + 1)
    finally:
        server.stop()
