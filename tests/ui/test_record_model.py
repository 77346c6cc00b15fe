"""The lazy table model against Qt's own model checks, and the runner against freezing the window."""

from __future__ import annotations

import itertools
import time
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.services.people import ContactInput
from crm_desktop.services.records import ListQuery
from crm_desktop.ui.record_model import Column, RecordTableModel
from crm_desktop.ui.session import AppSession


def contacts_model(session: AppSession) -> RecordTableModel:
    columns = [
        Column("name", "Name", lambda r: r.display_name, sort="name"),
        Column("phone", "Phone", lambda r: r.primary_phone, left_to_right=True),
    ]
    return RecordTableModel(session, session.crm.contacts, columns, "contact")


def test_the_model_passes_qts_model_checks_through_queries_sorts_and_changes(
    people: dict[str, str], session: AppSession, crm: Crm, qtbot: QtBot
) -> None:
    model = contacts_model(session)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_query(ListQuery())
    qtbot.waitUntil(lambda: model.ids_loaded and model.rowCount() == 5)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.ids_loaded and model.row_at(0).display_name == "زهرا رضایی")
    model.show_first_matches(replace(model.query, text="a", sort=None, descending=False))
    model.set_query(ListQuery(text="kaya"))
    qtbot.waitUntil(lambda: model.ids_loaded and model.rowCount() == 2)
    session.write(lambda c: c.contacts.create(ContactInput(given_name="Kaya", family_name="Demir")))
    qtbot.waitUntil(lambda: model.ids_loaded and model.rowCount() == 3)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            model.index(row, column).data()
    assert tester is not None


def test_a_slow_write_does_not_stop_the_window_from_running(session: AppSession, qtbot: QtBot) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    finished: list[bool] = []

    def slow(_crm: Crm) -> None:
        time.sleep(0.6)  # a long import or report, on the writer thread

    session.write(slow, lambda _v: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    timer.stop()
    # the GUI thread kept turning its event loop the whole time: no gap anywhere near the job's length
    assert len(ticks) >= 10
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.3
