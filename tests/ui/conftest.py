"""Fixtures for window tests: a CRM with a few records, a session, the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.services.people import CompanyInput, ContactInput
from crm_desktop.ui.application import make_application, page_factories
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.preferences import Preferences
from crm_desktop.ui.session import AppSession


@pytest.fixture
def session(crm: Crm, qapp: object) -> Iterator[AppSession]:
    """The window's data link over the test CRM, with the real background threads."""
    make_application()
    app_session = AppSession(crm)
    yield app_session
    app_session.runner.shutdown()


@pytest.fixture
def people(crm: Crm) -> dict[str, str]:
    """A company and five contacts in four scripts; returns their ids by short name."""
    kaya = crm.companies.create(CompanyInput(name="Kaya Ltd.", city="İstanbul")).value
    ids = {"kaya": kaya.id}
    for key, given, family, company in (
        ("ahmad", "أحمد", "الحربي", None),
        ("mehmet", "Mehmet", "Kaya", kaya.id),
        ("zahra", "زهرا", "رضایی", None),
        ("ali", "Ali", "Hassan", kaya.id),
        ("ayse", "Ayşe", "Yılmaz", None),
    ):
        contact = crm.contacts.create(
            ContactInput(
                given_name=given,
                family_name=family,
                company_id=company,
                phones=["0501234567"],
                emails=[f"{key}@example.com"],
            )
        ).value
        ids[key] = contact.id
    return ids


@pytest.fixture
def window(session: AppSession, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    main = MainWindow(session, Preferences(tmp_path / "window.ini"), page_factories())
    qtbot.addWidget(main)
    main.show()
    return main
