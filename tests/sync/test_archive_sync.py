"""A database restored from a whole-database archive syncs its rows like any local change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crm_desktop.services.crm import Crm
from crm_desktop.services.pipeline import DEFAULT_PIPELINE_IDS
from crm_desktop.sync.engine import sync_once
from crm_desktop.sync.outbox import counts
from tests.archive_source import build_source, content

from .conftest import FakeServer, FakeTransport, new_client, open_conflicts_of, synced_content


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_source(tmp_path_factory.mktemp("archive-sync") / "source.sqlite3", contacts=20)


@pytest.mark.parametrize("connected", [False, True], ids=["signed-in-after", "signed-in-before"])
def test_the_restored_device_pushes_every_row_and_another_pulls_them(
    source: Path, template_db: Path, tmp_path: Path, connected: bool
) -> None:
    """Restored before its first sign-in, its rows are queued then (as rows of a file that never
    synced); restored after it, the sync triggers queue them as the import writes them."""
    archive = tmp_path / "everything.json"
    with Crm.open(source) as original:
        original.archive.export(archive)
        expected = synced_content(original)
    server = FakeServer()
    restored = new_client(template_db, tmp_path / "restored.sqlite3", connected=connected)
    laptop = new_client(template_db, tmp_path / "laptop.sqlite3", connected=False)
    try:
        restored.archive.import_file(archive)
        assert (counts(restored.db)["waiting"] > 0) is connected
        report = sync_once(restored, FakeTransport(server), 500)
        assert report.pushed > 0 and not report.rejected
        assert counts(restored.db) == {"waiting": 0, "rejected": 0}
        sync_once(laptop, FakeTransport(server), 500)
        assert _untimed_defaults(synced_content(laptop)) == _untimed_defaults(expected)  # the bin too
        assert content(laptop.db.path)["search_docs"] == content(source)["search_docs"]
        assert open_conflicts_of(laptop) == [] and open_conflicts_of(restored) == []
    finally:
        restored.close()
        laptop.close()


def _untimed_defaults(content: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows, the shared default pipeline's without its times: a default nobody edited is
    nobody's change (sync.outbox._queue_defaults), so each device keeps the times it made it at."""
    defaults = set(DEFAULT_PIPELINE_IDS)
    return {
        table: [
            (row[0], *row[3:]) if table in ("pipelines", "stages") and row[0] in defaults else row
            for row in rows
        ]
        for table, rows in content.items()
    }
