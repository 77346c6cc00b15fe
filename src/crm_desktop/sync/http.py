"""The sync protocol over HTTP(S) with httpx: :class:`HttpTransport` for the engine, :func:`login`.

Every request carries the client's schema number (``X-CRM-Schema``; the server answers
426 when it is too old) and, once signed in, the device's bearer token. Status codes
become the errors of :mod:`crm_desktop.sync.errors`; a network failure of any kind
becomes :class:`ServerUnreachable`, the one error that means "work offline".
"""

from __future__ import annotations

import os
import ssl
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import httpx

from crm_desktop import __version__
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.i18n import _
from crm_desktop.sync import engine
from crm_desktop.sync.engine import CursorGoneError, PulledOp, PullPage, SnapshotPage
from crm_desktop.sync.errors import (
    ClockAheadError,
    ServerUnreachable,
    SyncAuthError,
    SyncError,
    SyncUpgradeError,
)
from crm_desktop.sync.hlc import MAX_DRIFT_MS, Stamp
from crm_desktop.sync.ops import FieldOp
from crm_desktop.sync.outbox import PushResult

API_PATH = "/sync/v1"
SCHEMA_HEADER = "X-CRM-Schema"
DEFAULT_TIMEOUT = 30.0
# a seed's first byte comes after the server has brought it up to date (up to 20 s) and
# copied it (seconds per gigabyte)
DOWNLOAD_TIMEOUT = httpx.Timeout(DEFAULT_TIMEOUT, read=300.0)
# answers a proxy in front of a stopped server gives: as good as no answer
_UNAVAILABLE = frozenset({502, 503, 504})
# a server without seeds (an older version: 404) or with its seed still being built (409)
_NO_SEED = frozenset({404, 409})


@dataclass(frozen=True)
class Session:
    """A device signed in to a server: what the sign-in answered."""

    url: str  # the server's base address, as server_base() writes it
    token: str
    device_id: str
    server_id: str


def server_base(url: str) -> str:
    """The server's address without the API path: ``https://host:8765`` from what a user typed
    (``crm server run`` prints the address with ``/sync/v1``, so that is accepted too)."""
    text = url.strip().rstrip("/")
    if text.endswith(API_PATH):
        text = text.removesuffix(API_PATH).rstrip("/")
    parts = urllib.parse.urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(
            {
                "URL": _(
                    "“{url}” is not a sync server address; write it with http:// or https://, "
                    "for example https://crm.example.com:8765"
                ).format(url=url)
            }
        )
    return text


def _ssl_context(verify: bool | str) -> ssl.SSLContext | bool:
    """``verify`` as httpx takes it without a deprecation warning: a path is a CA file or folder."""
    if isinstance(verify, bool):
        return verify
    if os.path.isdir(verify):
        return ssl.create_default_context(capath=verify)
    return ssl.create_default_context(cafile=verify)


def _tls_failure(error: BaseException) -> ssl.SSLError | None:
    """The TLS error behind an httpx connection error, if that is what it was."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


class _Api:
    """One HTTP client for one server: requests in, JSON or one of the sync errors out."""

    def __init__(
        self,
        url: str,
        token: str,
        *,
        timeout: float,
        verify: bool | str,
        transport: httpx.BaseTransport | None,
    ) -> None:
        self.url = server_base(url)
        # read at each connection (not bound at import): the number the engine pushes with
        headers = {SCHEMA_HEADER: str(engine.SCHEMA), "User-Agent": f"crm-desktop/{__version__}"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.http = httpx.Client(
            base_url=self.url + API_PATH,
            headers=headers,
            timeout=timeout,
            verify=_ssl_context(verify),
            transport=transport,
        )

    def close(self) -> None:
        self.http.close()

    def call(
        self,
        method: str,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, str | int] | None = None,
        refine: Callable[[httpx.Response], CrmError | None] | None = None,
    ) -> dict[str, Any]:
        """The JSON answer; ``refine`` may name the error of a failed answer more precisely."""
        try:
            response = self.http.request(method, path, json=body, params=params)
        except httpx.RequestError as error:
            raise self.unreachable(error) from None
        if response.status_code >= 400:
            raise (refine(response) if refine else None) or self.failure(response)
        try:
            data = response.json()
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise self.not_a_server()
        return data

    def download(self, path: str, into: Path, *, absent: frozenset[int]) -> httpx.Headers | None:
        """Write the answer's body to ``into``; its headers, or None for a status in ``absent``
        (the server offers no such file). A part written before a failure is removed."""
        try:
            with self.http.stream("GET", path, timeout=DOWNLOAD_TIMEOUT) as response:
                if response.status_code in absent:
                    return None
                if response.status_code >= 400:
                    response.read()
                    raise self.failure(response)
                try:
                    with into.open("wb") as file:
                        for chunk in response.iter_bytes(1 << 20):
                            file.write(chunk)
                except OSError as error:
                    into.unlink(missing_ok=True)
                    raise SyncError(
                        _(
                            "The download from the sync server could not be saved in {folder} ({reason})."
                        ).format(folder=into.parent, reason=error.strerror or error)
                    ) from None
                return response.headers
        except httpx.RequestError as error:
            into.unlink(missing_ok=True)
            raise self.unreachable(error) from None

    def unreachable(self, error: httpx.RequestError) -> CrmError:
        """The error of a request that got no answer."""
        if isinstance(error, httpx.TimeoutException):
            return ServerUnreachable(self._offline(_("no answer in time")))
        if isinstance(error, httpx.TransportError):
            tls = _tls_failure(error)
            if tls is not None:
                return ServerUnreachable(
                    _(
                        "The secure connection to the sync server at {url} failed ({reason}); "
                        "check the server's certificate. This computer works offline until then."
                    ).format(url=self.url, reason=getattr(tls, "reason", None) or tls)
                )
            return ServerUnreachable(self._offline(str(error) or type(error).__name__))
        return SyncError(
            _("The request to the sync server at {url} failed ({reason}).").format(url=self.url, reason=error)
        )

    def _offline(self, reason: str) -> str:
        return _(
            "The sync server at {url} does not answer ({reason}). This computer works offline: "
            "changes are kept here and sent with the next sync."
        ).format(url=self.url, reason=reason)

    def not_a_server(self) -> SyncError:
        return SyncError(
            _("{url} did not answer like a CRM Desktop sync server; check the address.").format(url=self.url)
        )

    def failure(self, response: httpx.Response) -> CrmError:
        """The error of an answer with a status of 400 or more."""
        code = response.status_code
        detail = _detail(response)
        if code == 401:
            return SyncAuthError(
                _(
                    "The sync server no longer accepts this device (it was signed out or revoked); "
                    "sign in again. Changes made here are kept and sent after signing in."
                )
            )
        if code == 426:
            return SyncUpgradeError(
                _(
                    "This version of CRM Desktop is too old for the sync server; update the program, "
                    "then sync again. Changes made here are kept until then."
                )
            )
        if code == 410:
            return CursorGoneError(detail or _("The server no longer keeps the changes this device needs."))
        if code == 429:
            return SyncError(_("Too many failed sign-ins; wait a few minutes, then try again."))
        if code in _UNAVAILABLE:
            return ServerUnreachable(self._offline(detail or str(code)))
        return SyncError(
            _("The sync server answered {status}: {detail}").format(
                status=code, detail=detail or response.reason_phrase
            )
        )


def _detail(response: httpx.Response) -> str:
    """The server's ``{"detail": text}``, when it sent one."""
    try:
        data = response.json()
    except ValueError:
        return ""
    detail = data.get("detail") if isinstance(data, dict) else None
    return detail if isinstance(detail, str) else ""


def _server_time(response: httpx.Response) -> datetime | None:
    try:
        return parsedate_to_datetime(response.headers["date"])
    except (KeyError, TypeError, ValueError):
        return None


def _malformed(api: _Api, error: Exception) -> SyncError:
    return SyncError(
        _("The sync server at {url} sent an answer this program cannot read ({error}).").format(
            url=api.url, error=error
        )
    )


class HttpTransport:
    """:class:`crm_desktop.sync.engine.Transport` over HTTP(S); one connection kept for a whole sync.

    ``verify``: True checks the server's certificate against the system's authorities (and
    ``SSL_CERT_FILE`` when set), a path trusts that CA file or folder, False checks nothing.
    ``transport`` swaps httpx's network layer (tests route requests to an in-process server).
    """

    def __init__(
        self,
        url: str,
        token: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        verify: bool | str = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._api = _Api(url, token, timeout=timeout, verify=verify, transport=transport)
        self._snapshot_cursor = 0

    @property
    def url(self) -> str:
        return self._api.url

    def close(self) -> None:
        self._api.close()

    def __enter__(self) -> HttpTransport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def push(self, batch_id: str, schema: int, ops: Sequence[FieldOp]) -> list[PushResult]:
        body = {"batch": batch_id, "schema": schema, "ops": [op.to_json() for op in ops]}
        data = self._api.call("POST", "/push", body=body, refine=lambda response: _clock_ahead(response, ops))
        try:
            return [
                PushResult(str(item["op"]), str(item["result"]), str(item.get("reason") or ""))
                for item in data["results"]
            ]
        except (KeyError, TypeError) as error:
            raise _malformed(self._api, error) from None

    def pull(self, cursor: int, limit: int) -> PullPage:
        data = self._api.call("GET", "/pull", params={"cursor": cursor, "limit": limit})
        try:
            ops = [PulledOp(int(item["seq"]), FieldOp.from_json(item)) for item in data["ops"]]
            return PullPage(ops, int(data["cursor"]), bool(data["more"]))
        except (KeyError, TypeError, ValueError, CrmError) as error:
            raise _malformed(self._api, error) from None

    def snapshot(self, after: str | None, limit: int) -> SnapshotPage:
        """A page of the server's current field states.

        Every page reports the *first* page's cursor: later pages may already hold newer
        states, and pulling from the first page's position takes in whatever changed while
        the snapshot was read (merging an op twice changes nothing).
        """
        params: dict[str, str | int] = {"limit": limit}
        if after is not None:
            params["after"] = after
        data = self._api.call("GET", "/snapshot", params=params)
        try:
            if after is None:
                self._snapshot_cursor = int(data["cursor"])
            fields = [FieldOp.from_state(item) for item in data["states"]]
            following = data.get("next") if data.get("more") else None
            return SnapshotPage(fields, self._snapshot_cursor, None if following is None else str(following))
        except (KeyError, TypeError, ValueError, CrmError) as error:
            raise _malformed(self._api, error) from None

    def seed(self, into: Path) -> bool:
        """Download the server's ready-made database for this device's team to ``into``; False
        when the server has none to offer (still building it, or a version without seeds)."""
        return self._api.download("/seed", into, absent=_NO_SEED) is not None


def _clock_ahead(response: httpx.Response, ops: Sequence[FieldOp]) -> ClockAheadError | None:
    """A ClockAheadError when a push's 422 is the server refusing stamps from the future.

    The server's 422 also answers a malformed batch; the answer's Date header tells the
    two apart: our newest stamp is then over five minutes ahead of the server's clock.
    """
    server_time = _server_time(response)
    if response.status_code != 422 or server_time is None or not ops:
        return None
    try:
        newest = max(Stamp.parse(op.stamp) for op in ops)
    except CrmError:
        return None
    # the Date header has whole seconds: allow for the second it leaves out
    ahead_ms = newest.ms - int(server_time.timestamp() * 1000) - 1000
    if ahead_ms <= MAX_DRIFT_MS:
        return None
    return ClockAheadError(
        _(
            "Changes made on this computer are stamped {minutes} minutes ahead of the sync server's "
            "clock: check the date and time of this computer. They are kept here, and the server "
            "takes them once its clock has caught up."
        ).format(minutes=ahead_ms // 60000)
    )


def _refused_sign_in(response: httpx.Response) -> CrmError | None:
    """The server's own words for a refused sign-in: wrong password, or a revoked device."""
    if response.status_code != 401:
        return None
    return SyncAuthError(
        _("The sync server refused the sign-in: {reason}").format(
            reason=_detail(response) or _("wrong user name or password.")
        )
    )


def login(
    url: str,
    user: str,
    password: str,
    device_name: str,
    *,
    device_id: str = "",
    timeout: float = DEFAULT_TIMEOUT,
    verify: bool | str = True,
    transport: httpx.BaseTransport | None = None,
) -> Session:
    """Sign this device in; the server answers with a token for it.

    ``device_id`` is the id the device stamps its changes with, so the server knows the device
    under the same name (a new one is made when it is empty).
    """
    api = _Api(url, "", timeout=timeout, verify=verify, transport=transport)
    try:
        data = api.call(
            "POST",
            "/login",
            body={"user": user, "password": password, "device_name": device_name, "device_id": device_id},
            refine=_refused_sign_in,
        )
        try:
            return Session(api.url, str(data["token"]), str(data["device_id"]), str(data["server_id"]))
        except KeyError:
            raise api.not_a_server() from None
    finally:
        api.close()
