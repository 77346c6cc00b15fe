"""The real sync server for client tests: in-process through FastAPI's TestClient, or served by
uvicorn on a free 127.0.0.1 port in a background thread."""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from crm_desktop.sync_server.store import Store

PASSWORD = "correct horse battery"


class AppTransport(httpx.BaseTransport):
    """httpx's network layer replaced by the app itself: HttpTransport's requests run through
    the whole server (routing, status codes, JSON) without a socket."""

    def __init__(self, app: FastAPI) -> None:
        self.client = TestClient(app, raise_server_exceptions=True)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self.client.request(
            request.method,
            str(request.url),
            headers=dict(request.headers),
            content=request.read(),
        )
        headers = [
            (name, value)
            for name, value in answer.headers.items()
            if name.lower() not in ("content-length", "content-encoding", "transfer-encoding")
        ]
        return httpx.Response(answer.status_code, headers=headers, content=answer.content)


def store_of(app: FastAPI) -> Store:
    store: Store = app.state.store
    return store


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LiveServer:
    """``create_app`` served by uvicorn on 127.0.0.1 in a thread of the test process."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.port = free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="sync-server", daemon=True)
        self.thread.start()
        for _attempt in range(600):  # bounded: 60 s at most
            if self.server.started:
                return
            if not self.thread.is_alive():
                pytest.fail("the sync server did not start")
            time.sleep(0.1)
        pytest.fail("the sync server did not start in time")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def store(self) -> Store:
        return store_of(self.app)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=60)
        assert not self.thread.is_alive(), "the sync server did not stop"

    def __enter__(self) -> LiveServer:
        return self

    def __exit__(self, *_exc: Any) -> None:
        if self.thread.is_alive():
            self.stop()
