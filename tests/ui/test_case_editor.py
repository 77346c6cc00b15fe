from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.domain.enums import CaseStatus, Channel, Priority
from crm_desktop.services.cases import CaseInput
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import UserInput
from crm_desktop.services.sales import ProductInput
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.case_editor import CaseEditor
from crm_desktop.ui.views.task_editor import when_text
from tests.conftest import FakeClock


@pytest.fixture
def staff(crm: Crm) -> dict[str, str]:
    return {
        "leyla": crm.users.create(UserInput(name="Leyla Demir")).value.id,
        "printer": crm.products.create(
            ProductInput(name="Thermal receipt printer", unit_price_minor=89900, currency="SAR")
        ).value.id,
    }


def editor(session: AppSession, qtbot: QtBot, case_id: str | None = None, **links: str) -> CaseEditor:
    dialog = CaseEditor(session, case_id, None, **links)
    qtbot.addWidget(dialog)
    return dialog


def choose(combo: object, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]


def test_a_new_case_is_saved_with_everything_on_the_form(
    people: dict[str, str], staff: dict[str, str], session: AppSession, crm: Crm, qtbot: QtBot
) -> None:
    dialog = editor(session, qtbot)
    dialog.subject.setText("Printer prints blank receipts")
    dialog.description.setPlainText("Since this morning, after the paper was changed.")
    choose(dialog.channel, Channel.WHATSAPP)
    choose(dialog.priority, Priority.HIGH)
    dialog.contact.set_record(people["mehmet"], "Mehmet Kaya")
    dialog.company.set_record(people["kaya"], "Kaya Ltd.")
    choose(dialog.product, staff["printer"])
    choose(dialog.assignee, staff["leyla"])
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id is not None)
    assert dialog.saved_id is not None
    case = crm.cases.get(dialog.saved_id)
    assert (case.subject, case.channel, case.priority, case.status) == (
        "Printer prints blank receipts",
        Channel.WHATSAPP,
        Priority.HIGH,
        CaseStatus.NEW,
    )
    assert (case.contact_id, case.company_id, case.product_id, case.assignee_id) == (
        people["mehmet"],
        people["kaya"],
        staff["printer"],
        staff["leyla"],
    )
    assert case.description.startswith("Since this morning")


def test_the_sla_due_time_follows_the_priority(session: AppSession, clock: FakeClock, qtbot: QtBot) -> None:
    opened = clock.now
    dialog = editor(session, qtbot)
    choose(dialog.priority, Priority.URGENT)
    assert abs(dialog.sla_due_at() - (opened + timedelta(hours=4))) < timedelta(seconds=1)
    urgent_text = dialog.sla_label.text()
    choose(dialog.priority, Priority.LOW)
    assert abs(dialog.sla_due_at() - (opened + timedelta(hours=168))) < timedelta(seconds=1)
    assert dialog.sla_label.text() != urgent_text
    assert when_text(dialog.sla_due_at()) in dialog.sla_label.text()


def test_an_empty_subject_is_shown_beside_the_field_and_the_dialog_stays(
    session: AppSession, crm: Crm, qtbot: QtBot
) -> None:
    dialog = editor(session, qtbot)
    dialog.description.setPlainText("Something broke")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.message("subject") != "")
    assert dialog.result() == 0 and dialog.saved_id is None
    assert dialog.save_button.isEnabled()
    assert crm.cases.count() == 0
    assert dialog.description.toPlainText() == "Something broke"


def test_a_typed_but_unpicked_contact_is_refused(session: AppSession, crm: Crm, qtbot: QtBot) -> None:
    dialog = editor(session, qtbot)
    dialog.subject.setText("Damaged delivery")
    dialog.contact.setText("Nobody we know")
    dialog.save()
    assert "Pick the contact" in dialog.errors.message("contact_id")
    assert crm.cases.count() == 0


def test_opening_from_a_contact_fills_the_contact_and_their_company(
    people: dict[str, str], session: AppSession, qtbot: QtBot
) -> None:
    dialog = editor(session, qtbot, contact_id=people["ali"])
    assert (dialog.contact.record_id, dialog.contact.text()) == (people["ali"], "Ali Hassan")
    assert (dialog.company.record_id, dialog.company.text()) == (people["kaya"], "Kaya Ltd.")


def test_editing_keeps_the_status_and_changes_the_fields(
    people: dict[str, str], staff: dict[str, str], session: AppSession, crm: Crm, qtbot: QtBot
) -> None:
    case = crm.cases.create(
        CaseInput(subject="Delivery arrived damaged", contact_id=people["ahmad"], priority=Priority.NORMAL)
    ).value
    crm.cases.set_status(case.id, CaseStatus.WAITING)
    dialog = editor(session, qtbot, case.id)
    assert dialog.subject.text() == "Delivery arrived damaged"
    assert dialog.contact.text() == "أحمد الحربي"
    assert dialog.priority.currentData() == Priority.NORMAL
    choose(dialog.priority, Priority.URGENT)
    dialog.subject.setText("Delivery arrived damaged (second time)")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id == case.id)
    saved = crm.cases.get(case.id)
    assert saved.subject == "Delivery arrived damaged (second time)"
    assert saved.priority == Priority.URGENT
    assert saved.status == CaseStatus.WAITING
    assert saved.sla_due_at == case.created_at + timedelta(hours=4)
