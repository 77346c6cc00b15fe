"""The HTTP API ``/sync/v1`` (FastAPI; its OpenAPI description is served at /docs and /openapi.json).

Routes are plain functions, not coroutines: FastAPI runs them on its thread pool, so
pushes and pulls of several devices use the database at the same time (the store is
thread-safe, and sequence numbers stay gap-free under concurrent pushers).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Query, Request, status
from fastapi.responses import FileResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError
from starlette.background import BackgroundTask

from crm_desktop import __version__
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.i18n import _
from crm_desktop.sync.hlc import ClockAheadError
from crm_desktop.sync_server.seeds import DEFAULT_INTERVAL_S, Seeds, default_seed_folder
from crm_desktop.sync_server.store import (
    MAX_PAGE,
    BadCredentials,
    BadRequest,
    Clock,
    CursorTooOld,
    DeviceRevoked,
    Principal,
    Store,
    TooManyAttempts,
)

PREFIX = "/sync/v1"
SCHEMA_HEADER = "X-CRM-Schema"
DEFAULT_PAGE = 1000
SEED_TYPE = "application/vnd.sqlite3"

# Which status each of the store's errors answers with
_STATUS: tuple[tuple[type[CrmError], int], ...] = (
    (BadCredentials, status.HTTP_401_UNAUTHORIZED),
    (DeviceRevoked, status.HTTP_401_UNAUTHORIZED),
    (TooManyAttempts, status.HTTP_429_TOO_MANY_REQUESTS),
    (CursorTooOld, status.HTTP_410_GONE),
    (ClockAheadError, status.HTTP_422_UNPROCESSABLE_CONTENT),
    (BadRequest, status.HTTP_422_UNPROCESSABLE_CONTENT),
    (ValidationError, status.HTTP_422_UNPROCESSABLE_CONTENT),
)


class LoginRequest(BaseModel):
    user: str
    password: str
    device_name: str = ""
    device_id: str = Field("", description="the device's clock id; a new one is made when empty")


class LoginAnswer(BaseModel):
    token: str
    device_id: str
    server_id: str


class PushRequest(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    batch: str = Field(description="a UUID; pushing the same batch again returns the first answer")
    client_schema: int | None = Field(None, alias="schema")
    ops: list[dict[str, Any]] = Field(description="FieldOp JSON: op, table, row, field, value, stamp, base")


class OpResult(BaseModel):
    op: str
    result: str = Field(description="applied, superseded or rejected")
    reason: str | None = None


class PushAnswer(BaseModel):
    batch: str
    results: list[OpResult]
    server_time: str


class PullAnswer(BaseModel):
    ops: list[dict[str, Any]]
    cursor: int
    more: bool


class SnapshotAnswer(BaseModel):
    states: list[dict[str, Any]]
    cursor: int = Field(description="the seq this page is consistent with; pull from the first page's")
    next: str | None = Field(description="the `after` of the next page")
    more: bool


_bearer = HTTPBearer(auto_error=False)


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    who = _store(request).authenticate(credentials.credentials) if credentials else None
    if who is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            _("This device is not signed in to the sync server (or was revoked); sign in again."),
            headers={"WWW-Authenticate": "Bearer"},
        )
    return who


def _check_schema(store: Store, *given: int | None) -> None:
    """426 when the client's schema (header, query parameter or push body: the first given) is too old."""
    schema = next((value for value in given if value is not None), 0)
    if schema < store.meta().min_client_schema:
        raise HTTPException(
            status.HTTP_426_UPGRADE_REQUIRED,
            _(
                "This version of CRM Desktop is too old for the sync server; "
                "update the program, then sync again."
            ),
        )


SchemaHeader = Annotated[int | None, Header(alias=SCHEMA_HEADER)]
SchemaQuery = Annotated[int | None, Query(alias="schema")]
Who = Annotated[Principal, Depends(_principal)]
StoreDep = Annotated[Store, Depends(_store)]
Page = Annotated[int, Query(ge=1, le=MAX_PAGE)]

router = APIRouter(prefix=PREFIX)


@router.post("/login", response_model=LoginAnswer)
def login(
    body: LoginRequest,
    request: Request,
    store: StoreDep,
    header: SchemaHeader = None,
    query: SchemaQuery = None,
) -> dict[str, str]:
    _check_schema(store, header, query)
    address = request.client.host if request.client else ""
    return store.login(
        body.user, body.password, address=address, device_name=body.device_name, device_id=body.device_id
    )


@router.post("/push", response_model=PushAnswer, response_model_exclude_none=True)
def push(
    body: PushRequest, who: Who, store: StoreDep, header: SchemaHeader = None, query: SchemaQuery = None
) -> JSONResponse:
    _check_schema(store, header, query, body.client_schema)
    return _answer(store.push(who, body.batch, body.ops))


@router.get("/pull", response_model=PullAnswer)
def pull(
    who: Who,
    store: StoreDep,
    cursor: Annotated[int, Query(ge=0)] = 0,
    limit: Page = DEFAULT_PAGE,
    header: SchemaHeader = None,
    query: SchemaQuery = None,
) -> JSONResponse:
    _check_schema(store, header, query)
    return _answer(store.pull(who, cursor, limit))


@router.get("/snapshot", response_model=SnapshotAnswer)
def snapshot(
    who: Who,
    store: StoreDep,
    after: str | None = None,
    limit: Page = DEFAULT_PAGE,
    header: SchemaHeader = None,
    query: SchemaQuery = None,
) -> JSONResponse:
    _check_schema(store, header, query)
    return _answer(store.snapshot(who, after, limit))


@router.get(
    "/seed",
    response_class=FileResponse,
    responses={
        200: {"content": {SEED_TYPE: {}}, "description": "a database of the program holding the team's data"},
        409: {"description": "the seed is still being prepared: pull the log instead"},
    },
)
def seed(
    who: Who, request: Request, store: StoreDep, header: SchemaHeader = None, query: SchemaQuery = None
) -> FileResponse:
    """A ready-made database with everything ``who``'s team may see, for a device's first sync."""
    _check_schema(store, header, query)
    seeds: Seeds = request.app.state.seeds
    copy = seeds.export(who)
    if copy is None:
        raise HTTPException(status.HTTP_409_CONFLICT, _("The server is still preparing this team's data."))
    return FileResponse(copy, media_type=SEED_TYPE, background=BackgroundTask(copy.unlink, missing_ok=True))


def _answer(content: dict[str, Any]) -> JSONResponse:
    """The store's answer sent as it is. The routes' response models describe it for the
    OpenAPI page; checking thousands of ops against them on every page cost more than
    reading the ops from the database."""
    return JSONResponse(content)


def _crm_error(_request: Request, error: Exception) -> JSONResponse:
    code = next((code for kind, code in _STATUS if isinstance(error, kind)), 400)
    headers = {"Retry-After": "300"} if code == status.HTTP_429_TOO_MANY_REQUESTS else None
    return JSONResponse({"detail": str(error)}, status_code=code, headers=headers)


def _database_down(_request: Request, _error: Exception) -> JSONResponse:
    return JSONResponse(
        {"detail": _("The sync server cannot reach its database; try again later.")},
        status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
    )


def create_app(
    database_url: URL | str | None = None,
    *,
    clock: Clock | None = None,
    seed_folder: Path | None = None,
    seed_interval_s: float = DEFAULT_INTERVAL_S,
) -> FastAPI:
    """The server on the database at ``database_url`` (its schema brought up to date first).

    ``seed_folder`` holds the seeds (default: beside a SQLite database, or in the user's
    cache folder for PostgreSQL); the lifespan keeps them up to date every ``seed_interval_s``.
    """
    store = Store.open(database_url, clock) if clock else Store.open(database_url)
    seeds = Seeds(store, seed_folder or default_seed_folder(store.engine.url))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        seeds.start(seed_interval_s)
        yield
        seeds.close()
        store.close()

    app = FastAPI(
        title="CRM Desktop sync server",
        version=__version__,
        description="Relays field changes between the CRM Desktop programs of a business.",
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.seeds = seeds
    app.include_router(router)
    app.add_exception_handler(CrmError, _crm_error)
    app.add_exception_handler(OperationalError, _database_down)
    return app
