"""Offline sync at scale: push, apply, a new laptop's first sync and a month offline.

    python bench/sync.py [--contacts 100000] [--seed 1] [--ops 50000] [--edits 20000]

Issue 6 ("Performance") sets four targets; each is measured over HTTP against a real
server, ``create_app`` served by uvicorn with one worker on 127.0.0.1 in a process of its
own (so the client's work does not share the server's interpreter lock):

* ``push``: ``--ops`` field ops of new rows (every column of the first rows of each synced
  table of the demo, stamped by another device), then ``--edits`` ops changing fields of
  those rows, pushed in the client's batches of 500 (bodies encoded beforehand, one at a
  time, as one device pushes) to an empty server database: SQLite, and PostgreSQL from
  ``CRM_TEST_PG_URL`` (default postgresql://postgres@127.0.0.1:5432/test) in a scratch
  database made for the run and dropped after it (skipped, with a note, when PostgreSQL
  does not answer). Target: >= 2,000 field ops/s per server worker.
* ``apply``: the same ops given to ``crm_desktop.sync.apply.apply`` on a new desktop
  database in pages of 2,000, as a sync pulls them (without and, as a sync does, with the
  search index kept up to date). Target: >= 10,000 field ops/s.
* ``first_sync``: the "shop PC" database (``services.demo.generate`` of ``--contacts``
  contacts with their companies, deals, sales, activities ...) connected and pushed whole
  to a SQLite server database (in-process, the client's batches of 500, bypassing the
  outbox: this part is set-up, cached under ``bench/data/`` with its time) and the server
  makes the sellers' seed from its log as it does while running (set-up too, its time
  reported), then a new laptop's database (``Crm.open`` of a new file) signs in as a
  seller and its first ``sync_once`` over ``HttpTransport`` is timed: the download of the
  seed, taking it in, and the pull of what came after. Target: < 60 s for 100,000
  contacts (a smaller run is judged on its linear projection).
* ``offline``: that laptop, a seller, edits 5,000 fields across contacts over 30 days
  offline (their write times spread over the month) while the shop PC edits some of the
  same contacts and syncs; then one sync of the seller and one of the shop PC: both must
  hold the same rows in every synced table. Target: converged after that one sync.

Prints JSON with the figures and whether each target is met. The machine's other work
shows in the figures: they are indicative.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from crm_desktop.domain.errors import ConflictError
from crm_desktop.domain.ids import new_id
from crm_desktop.services.crm import Crm
from crm_desktop.services.demo import generate
from crm_desktop.sync import engine, outbox
from crm_desktop.sync.apply import apply, row_pages
from crm_desktop.sync.hlc import HybridClock
from crm_desktop.sync.http import HttpTransport, login
from crm_desktop.sync.ops import DELETED, FieldOp
from crm_desktop.sync.search import crm_reindexer
from crm_desktop.sync.store import device_clock, read_state, save_clock, synced_tables, table_infos

DATA_DIR = Path(__file__).resolve().parent / "data"
PG_URL = os.environ.get("CRM_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
PASSWORD = "bench sync password"
TEAM = "north"
PAGE = engine.DEFAULT_PAGE_SIZE  # what a client pushes in one batch
PULL_PAGE = PAGE * engine.PULL_PAGES_PER_BATCH  # what it asks for in one pull page (one apply)
SETUP_BATCH = PAGE  # as the shop PC's own sync pushes (pull pages then end where its batches do)
OFFLINE_EDITS = 5_000
OFFLINE_DAYS = 30
SHOP_EDITS = 1_000  # of which half on fields the seller edited too
EDITED_FIELDS = ("city", "job_title", "region", "postal_code", "notes")

TARGET_PUSH = 2_000.0
TARGET_APPLY = 10_000.0
TARGET_FIRST_SYNC_S = 60.0
TARGET_CONTACTS = 100_000  # the first sync's target is for this many contacts


def log(message: str) -> None:
    print(f"[sync bench] {message}", file=sys.stderr, flush=True)


def rate(count: int, seconds: float) -> float:
    return round(count / seconds, 1) if seconds > 0 else float("inf")


# --- the server in a process of its own -------------------------------------------------------


def serve(url: str, port: int) -> int:
    """The server process: ``create_app`` on 127.0.0.1:``port``, one uvicorn worker."""
    import uvicorn

    from crm_desktop.sync_server.app import create_app

    uvicorn.run(create_app(url), host="127.0.0.1", port=port, log_level="warning", workers=1)
    return 0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_server(url: str) -> Iterator[str]:
    """The server on ``url``'s database, started with its users; its base address while it runs."""
    from crm_desktop.sync_server.store import Store

    store = Store.open(url)
    try:
        for name, role in (("shop", "admin"), ("seller", "seller"), ("bench", "admin")):
            with suppress(ConflictError):  # made by the upload, or by an earlier start
                store.add_user(name, PASSWORD, team=TEAM, role=role)
    finally:
        store.close()
    port = free_port()
    process = subprocess.Popen([sys.executable, __file__, "--serve", url, "--port", str(port)])
    try:
        for _attempt in range(600):  # bounded: 60 s at most
            if process.poll() is not None:
                raise SystemExit(f"the sync server ended at start (exit {process.returncode})")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit("the sync server did not start within 60 s")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def scratch_postgres() -> Iterator[str | None]:
    """A database of this run's own on the PostgreSQL server (dropped after); None when none answers."""
    import psycopg
    from sqlalchemy.engine import make_url

    base = make_url(PG_URL)
    try:
        admin = psycopg.connect(
            base.set(drivername="postgresql").render_as_string(hide_password=False),
            autocommit=True,
            connect_timeout=3,
        )
    except psycopg.OperationalError as error:
        log(f"PostgreSQL at {PG_URL} does not answer: {error}")
        yield None
        return
    name = f"bench_sync_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield base.set(drivername="postgresql", database=name).render_as_string(hide_password=False)
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


# --- data -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class World:
    shop: Path  # the shop PC's database, every row pushed
    server: Path  # the SQLite server database holding them
    generation_s: float | None  # None when reused from an earlier run
    upload_s: float | None
    uploaded_ops: int
    seed_s: float | None  # the server making the sellers' seed from its log (None when reused)


def world(contacts: int, seed: int) -> World:
    """The shop PC's demo database and a server holding all of it, made once and kept."""
    folder = DATA_DIR / f"sync-{contacts}-seed{seed}"
    shop, server, done = folder / "shop.sqlite3", folder / "server.sqlite3", folder / "done.json"
    if done.exists():
        facts = json.loads(done.read_text())
        seed_s = None
        if "seed_s" not in facts:  # data made before seeds existed
            seed_s = facts["seed_s"] = build_seed(server)
            done.write_text(json.dumps(facts))
        return World(shop, server, None, None, int(facts["uploaded_ops"]), seed_s)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)

    def progress(phase: str, number: int, of: int) -> None:
        log(f"demo [{number}/{of}] {phase}")

    started = time.perf_counter()
    generate(shop, contacts=contacts, seed=seed, progress=progress)
    generation_s = time.perf_counter() - started
    started = time.perf_counter()
    uploaded = upload(shop, f"sqlite:///{server}")
    upload_s = time.perf_counter() - started
    seed_s = build_seed(server)
    done.write_text(json.dumps({"uploaded_ops": uploaded, "upload_s": upload_s, "seed_s": seed_s}))
    return World(shop, server, generation_s, upload_s, uploaded, seed_s)


def build_seed(server: Path) -> float:
    """The seed a seller's new laptop downloads, made as the running server makes it (from the
    log, a page at a time); its seconds. A server makes it once and keeps it up to date."""
    from crm_desktop.sync_server.seeds import Seeds, default_seed_folder
    from crm_desktop.sync_server.store import Principal, Store

    url = f"sqlite:///{server}"
    store = Store.open(url)
    seeds = Seeds(store, default_seed_folder(store.engine.url))
    try:
        log("making the sellers' seed ...")
        started = time.perf_counter()
        scope = seeds.scope_of(Principal("bench", 0, "seller", TEAM, "seller"))
        if not seeds.refresh(scope):
            raise SystemExit("the seed did not catch up with the log")
        return time.perf_counter() - started
    finally:
        seeds.close()
        store.close()


def upload(shop: Path, url: str) -> int:
    """Connect the shop PC and push everything it holds, in-process; the ops the server took.

    Each row becomes what its first connection queues (one op per non-null column, stamped
    by the shop's clock) and is pushed in the client's batches of whole rows; the shop's
    ``_field_stamps`` are written as acknowledged pushes leave them. The outbox itself is
    bypassed: batching a queue of millions of ops costs a scan of the queue per batch (see
    the report of this bench), which would make this set-up take hours.
    """
    from crm_desktop.sync_server.store import Store

    store = Store.open(url)
    reader = sqlite3.connect(f"file:{shop}?mode=ro", uri=True)
    writer = sqlite3.connect(shop, isolation_level=None)
    try:
        store.add_user("shop", PASSWORD, team=TEAM, role="admin")
        clock = device_clock(writer, lambda: datetime.now(UTC))
        answer = store.login(
            "shop",
            PASSWORD,
            address="127.0.0.1",
            device_name="shop PC",
            device_id=read_state(writer).device_id,
        )
        who = store.authenticate(answer["token"])
        assert who is not None
        taken = 0
        batch: list[FieldOp] = []

        def flush() -> None:
            nonlocal taken
            if not batch:
                return
            result = store.push(who, new_id(), [op.to_json() for op in batch])
            refused = [r for r in result["results"] if r["result"] == outbox.REJECTED]
            if refused:
                raise SystemExit(f"the server refused the shop's ops: {refused[:3]}")
            writer.execute("BEGIN")
            writer.executemany(
                outbox.STAMP_UPSERT,
                [
                    (op.table, op.row_id, op.field, op.stamp, "", op.value if op.field == DELETED else None)
                    for op in batch
                ],
            )
            writer.execute("COMMIT")
            if taken // 100_000 != (taken + len(batch)) // 100_000:
                log(f"uploaded {taken + len(batch)} ops")
            taken += len(batch)
            batch.clear()

        for info in table_infos(reader).values():
            columns = ", ".join(f'"{c}"' for c in info.columns)
            for key, *values in reader.execute(f'SELECT "{info.key}", {columns} FROM "{info.name}"'):
                batch += [
                    FieldOp(new_id(), info.name, str(key), column, value, clock.now().text(), "")
                    for column, value in zip(info.columns, values, strict=True)
                    if value is not None
                ]
                if len(batch) >= SETUP_BATCH:  # after a whole row, as the client's batches end
                    flush()
        flush()
        head = store.meta().head
        writer.execute("BEGIN")
        save_clock(writer, clock)
        # connected (nothing left to queue), and the log is the shop's own writes: it need not
        # download them again
        writer.execute("UPDATE _sync_state SET seeded = 1, pull_cursor = ?", (head,))
        writer.execute("COMMIT")
    finally:
        store.close()
        reader.close()
        writer.close()
    return taken


def sample_ops(shop: Path, count: int, seed: int) -> list[FieldOp]:
    """About ``count`` ops of new rows as another device makes them: every non-null column of
    the first rows of each synced table, parents first, until ``count`` is reached."""
    clock = HybridClock(uuid.uuid4().hex, lambda: datetime.now(UTC))
    connection = sqlite3.connect(f"file:{shop}?mode=ro", uri=True)
    try:
        infos = table_infos(connection)
        per_table = max(1, count // max(1, len(infos)))
        found: list[FieldOp] = []
        for info in infos.values():
            columns = ", ".join(f'"{c}"' for c in info.columns)
            cursor = connection.execute(
                f'SELECT "{info.key}", {columns} FROM "{info.name}" ORDER BY rowid LIMIT ?',
                (per_table // max(1, len(info.columns)) + 1,),
            )
            for key, *values in cursor:
                found += [
                    FieldOp(new_id(), info.name, str(key), column, value, clock.now().text(), "")
                    for column, value in zip(info.columns, values, strict=True)
                    if value is not None
                ]
        if len(found) < count:  # fill up with more contacts' rows
            info = infos["contacts"]
            columns = ", ".join(f'"{c}"' for c in info.columns)
            done = {op.row_id for op in found if op.table == "contacts"}
            for key, *values in connection.execute(f'SELECT "{info.key}", {columns} FROM contacts'):
                if len(found) >= count:
                    break
                if key in done:
                    continue
                found += [
                    FieldOp(new_id(), "contacts", str(key), column, value, clock.now().text(), "")
                    for column, value in zip(info.columns, values, strict=True)
                    if value is not None
                ]
        found = _with_parents(connection, infos, found, clock)
    finally:
        connection.close()
    del seed  # the rows are the demo's own; nothing is drawn
    return found


def _with_parents(
    connection: sqlite3.Connection, infos: dict[str, Any], found: list[FieldOp], clock: HybridClock
) -> list[FieldOp]:
    """``found`` after the rows its rows point to (a contact's company, a deal's contact ...),
    as another device sends them: a sample of orphans made the search index look up missing
    companies once per record, a cost no real sync has."""
    have = {(op.table, op.row_id) for op in found}
    for _round in range(5):  # parents of parents; the demo's references are a few levels deep
        wanted: dict[str, set[str]] = {}
        for op in found:
            for column, parent in infos[op.table].foreign_keys:
                if op.field == column and op.value and (parent, op.value) not in have and parent in infos:
                    wanted.setdefault(parent, set()).add(str(op.value))
        if not wanted:
            return found
        parents: list[FieldOp] = []
        for table, ids in wanted.items():
            info = infos[table]
            columns = ", ".join(f'"{c}"' for c in info.columns)
            listed = sorted(ids)
            for start in range(0, len(listed), 500):
                chunk = listed[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                query = f'SELECT "{info.key}", {columns} FROM "{table}" WHERE "{info.key}" IN ({marks})'
                for key, *values in connection.execute(query, chunk):
                    parents += [
                        FieldOp(new_id(), table, str(key), column, value, clock.now().text(), "")
                        for column, value in zip(info.columns, values, strict=True)
                        if value is not None
                    ]
                    have.add((table, str(key)))
            have.update((table, row_id) for row_id in ids)  # rows the shop does not have either
        found = parents + found
    return found


def edit_ops(made: Sequence[FieldOp], count: int, seed: int) -> list[FieldOp]:
    """``count`` edits of text fields among ``made`` by the same device, each on what it replaces."""
    rng = random.Random(f"bench-sync-edits:{seed}")
    candidates = [op for op in made if isinstance(op.value, str) and op.field in EDITED_FIELDS]
    candidates = candidates or [op for op in made if op.field == "notes"]
    clock = HybridClock(uuid.uuid4().hex, lambda: datetime.now(UTC))
    chosen = [rng.choice(candidates) for _index in range(count)]
    return [
        FieldOp(new_id(), op.table, op.row_id, op.field, f"{op.value} {index}", clock.now().text(), op.stamp)
        for index, op in enumerate(chosen)
    ]


def pages(ops: Sequence[FieldOp], size: int = PAGE) -> list[Sequence[FieldOp]]:
    """Pages of about ``size`` ops that keep each row's ops together, as the client batches
    and the server's pull pages do."""
    return row_pages(ops, size)


# --- measurements ---------------------------------------------------------------------------


def measure_push(url: str, made: Sequence[FieldOp], edits: Sequence[FieldOp]) -> dict[str, Any]:
    """Push ``made`` then ``edits`` in client batches to the empty server at ``url``."""
    from crm_desktop.sync.http import SCHEMA_HEADER

    figures: dict[str, Any] = {}
    with running_server(url) as base:
        session = login(base, "bench", PASSWORD, "bench", device_id=uuid.uuid4().hex)
        headers = {"Authorization": f"Bearer {session.token}", SCHEMA_HEADER: str(engine.SCHEMA)}
        with httpx.Client(base_url=base + "/sync/v1", headers=headers, timeout=600) as client:
            for name, ops in (("new_rows", made), ("edits", edits)):
                bodies = [
                    json.dumps(
                        {"batch": new_id(), "schema": engine.SCHEMA, "ops": [op.to_json() for op in batch]}
                    ).encode()
                    for batch in pages(ops)
                ]
                results: dict[str, int] = {}
                started = time.perf_counter()
                for body in bodies:
                    answer = client.post("/push", content=body, headers={"Content-Type": "application/json"})
                    answer.raise_for_status()
                    for result in answer.json()["results"]:
                        results[result["result"]] = results.get(result["result"], 0) + 1
                seconds = time.perf_counter() - started
                figures[name] = {
                    "ops": len(ops),
                    "batches": len(bodies),
                    "seconds": round(seconds, 2),
                    "ops_per_s": rate(len(ops), seconds),
                    "results": results,
                }
                log(f"push {name}: {figures[name]}")
    total_s = figures["new_rows"]["seconds"] + figures["edits"]["seconds"]
    figures["ops_per_s"] = rate(len(made) + len(edits), total_s)
    figures["meets_target"] = (
        min(figures["new_rows"]["ops_per_s"], figures["edits"]["ops_per_s"]) >= TARGET_PUSH
    )
    return figures


def measure_apply(made: Sequence[FieldOp], edits: Sequence[FieldOp], folder: Path) -> dict[str, Any]:
    """``apply`` of ``made`` then ``edits`` on new desktop databases, page by page."""
    figures: dict[str, Any] = {}
    for variant in ("plain", "with_search_index"):
        with Crm.open(folder / f"apply-{variant}.sqlite3") as crm:
            reindex = crm_reindexer(crm) if variant == "with_search_index" else None
            part: dict[str, Any] = {}
            for name, ops in (("new_rows", made), ("edits", edits)):
                applied = superseded = 0
                started = time.perf_counter()
                for page in pages(ops, PULL_PAGE):
                    result = apply(crm.db, page, reindex=reindex)
                    applied += result.applied
                    superseded += result.superseded
                seconds = time.perf_counter() - started
                part[name] = {
                    "ops": len(ops),
                    "applied": applied,
                    "superseded": superseded,
                    "seconds": round(seconds, 2),
                    "ops_per_s": rate(len(ops), seconds),
                }
            figures[variant] = part
            log(f"apply {variant}: {part}")
    plain = figures["plain"]
    figures["meets_target"] = min(plain["new_rows"]["ops_per_s"], plain["edits"]["ops_per_s"]) >= TARGET_APPLY
    return figures


def content(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every synced table, in key order."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            table: connection.execute(f'SELECT * FROM "{table}" ORDER BY "{key}"').fetchall()
            for table, key in synced_tables().items()
        }
    finally:
        connection.close()


def sync(crm: Crm, base: str, user: str) -> tuple[engine.SyncReport, float]:
    """Sign ``crm`` in as ``user`` (when needed) and sync once; the report and its seconds."""
    with crm.db.engine.connect() as connection:
        device = connection.exec_driver_sql("SELECT device_id FROM _sync_state").scalar_one()
    session = login(base, user, PASSWORD, user, device_id=device)
    with HttpTransport(base, session.token, timeout=600) as transport:
        started = time.perf_counter()
        report = engine.sync_once(crm, transport)
        return report, time.perf_counter() - started


def report_of(report: engine.SyncReport) -> dict[str, Any]:
    return {
        "pushed": report.pushed,
        "pulled": report.pulled,
        "seed_rows": report.seed_rows,
        "batches": report.batches,
        "pages": report.pages,
        "conflicts": report.received.conflicts,
        "rejected": len(report.rejected),
    }


def offline_edits(laptop: Path, shop: Path, seed: int) -> tuple[int, int]:
    """The seller's month of edits (written as the month went by) and the shop's meanwhile."""
    rng = random.Random(f"bench-sync-offline:{seed}")
    seller = sqlite3.connect(laptop)
    try:
        ids = [row[0] for row in seller.execute("SELECT id FROM contacts ORDER BY id")]
        cells = [(i, f) for i in rng.sample(ids, min(len(ids), OFFLINE_EDITS)) for f in EDITED_FIELDS]
        chosen = rng.sample(cells, min(len(cells), OFFLINE_EDITS))
        with seller:
            for number, (row_id, field) in enumerate(chosen):
                seller.execute(
                    f'UPDATE contacts SET "{field}" = ? WHERE id = ?', (f"seller {number}", row_id)
                )
            # the outbox's write times spread over the month, oldest first, as written offline
            month_ms = OFFLINE_DAYS * 86_400_000
            rows = seller.execute("SELECT id FROM _outbox WHERE stamp IS NULL ORDER BY id").fetchall()
            seller.executemany(
                "UPDATE _outbox SET wall_ms = wall_ms - ? WHERE id = ?",
                [
                    (month_ms - month_ms * index // max(1, len(rows)), row[0])
                    for index, row in enumerate(rows)
                ],
            )
    finally:
        seller.close()
    shop_connection = sqlite3.connect(shop)
    try:
        same = list(chosen[: SHOP_EDITS // 2])  # the same fields as the seller: conflicts
        other_ids = rng.sample(ids, min(len(ids), SHOP_EDITS - len(same)))
        with shop_connection:
            for number, (row_id, field) in enumerate([*same, *((i, "city") for i in other_ids)]):
                shop_connection.execute(
                    f'UPDATE contacts SET "{field}" = ? WHERE id = ?', (f"shop {number}", row_id)
                )
    finally:
        shop_connection.close()
    return len(chosen), len(same) + len(other_ids)


def measure_first_sync_and_offline(found: World, seed: int, folder: Path) -> dict[str, Any]:
    shop = folder / "shop.sqlite3"
    server = folder / "server.sqlite3"
    shutil.copyfile(found.shop, shop)
    shutil.copyfile(found.server, server)
    shutil.copytree(found.server.with_suffix(".seeds"), server.with_suffix(".seeds"))
    laptop = folder / "laptop.sqlite3"
    figures: dict[str, Any] = {}
    with running_server(f"sqlite:///{server}") as base:
        with Crm.open(laptop) as crm:
            log("first sync of a new laptop ...")
            report, seconds = sync(crm, base, "seller")
        figures["first_sync"] = {
            "seconds": round(seconds, 1),
            "ops_per_s": rate(report.pulled, seconds),
            **report_of(report),
        }
        log(f"first sync: {figures['first_sync']}")

        seller_edits, shop_edits = offline_edits(laptop, shop, seed)
        with Crm.open(shop) as crm:
            shop_before, _seconds = sync(crm, base, "shop")  # online all month: its edits are there
        with Crm.open(laptop) as crm:
            seller_report, seller_s = sync(crm, base, "seller")
        with Crm.open(shop) as crm:
            shop_report, shop_s = sync(crm, base, "shop")
        converged = content(laptop) == content(shop)
        figures["offline"] = {
            "seller_edits": seller_edits,
            "shop_edits": shop_edits,
            "days_offline": OFFLINE_DAYS,
            "seller_sync_s": round(seller_s, 2),
            "seller": report_of(seller_report),
            "shop_sync_s": round(shop_s, 2),
            "shop": report_of(shop_report),
            "shop_pushed_during_month": shop_before.pushed,
            "converged": converged,
            "meets_target": converged,
        }
        log(f"offline: {figures['offline']}")
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ops", type=int, default=50_000, help="new-row field ops pushed and applied")
    parser.add_argument("--edits", type=int, default=20_000, help="field edits pushed and applied")
    parser.add_argument("--skip", action="append", default=[], choices=("push", "apply", "first-sync"))
    parser.add_argument("--serve", metavar="URL", help=argparse.SUPPRESS)  # the server process
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        return serve(args.serve, args.port)

    found = world(args.contacts, args.seed)
    report: dict[str, Any] = {
        "contacts": args.contacts,
        "seed": args.seed,
        "setup": {
            "reused": found.generation_s is None,
            "generation_s": None if found.generation_s is None else round(found.generation_s, 1),
            "upload_s": None if found.upload_s is None else round(found.upload_s, 1),
            "uploaded_ops": found.uploaded_ops,
            "seed_s": None if found.seed_s is None else round(found.seed_s, 1),
            "upload": "in-process Store.push of every field of the shop, batches of 500 (set-up)",
        },
    }
    made = sample_ops(found.shop, args.ops, args.seed)
    edits = edit_ops(made, args.edits, args.seed)
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as scratch:
        folder = Path(scratch)
        if "push" not in args.skip:
            push: dict[str, Any] = {"batch_ops": PAGE}
            push["sqlite"] = measure_push(f"sqlite:///{folder / 'push-server.sqlite3'}", made, edits)
            with scratch_postgres() as pg_url:
                if pg_url is None:
                    push["postgresql"] = {"skipped": f"PostgreSQL at {PG_URL} does not answer"}
                else:
                    push["postgresql"] = measure_push(pg_url, made, edits)
            push["target_ops_per_s"] = TARGET_PUSH
            push["meets_target"] = all(
                part.get("meets_target", True) for part in (push["sqlite"], push["postgresql"])
            )
            report["push"] = push
        if "apply" not in args.skip:
            report["apply"] = {**measure_apply(made, edits, folder), "target_ops_per_s": TARGET_APPLY}
        if "first-sync" not in args.skip:
            both = measure_first_sync_and_offline(found, args.seed, folder)
            first = both["first_sync"]
            # the work grows with the rows: a smaller run is judged on its linear projection
            projected = first["seconds"] * TARGET_CONTACTS / args.contacts
            report["first_sync"] = {
                **first,
                "contacts": args.contacts,
                "projected_s_for_100000": round(projected, 1),
                "target_s": TARGET_FIRST_SYNC_S,
                "target_contacts": TARGET_CONTACTS,
                "meets_target": projected < TARGET_FIRST_SYNC_S,
            }
            report["offline"] = both["offline"]
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
