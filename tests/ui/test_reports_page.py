"""The Reports page and the Print buttons: forms from the registry, previews built off the GUI thread,
Print onto a QPrinter, Save as PDF, errors shown as messages."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDateEdit, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from crm_desktop.domain.enums import ActivityKind, Lifecycle, Priority
from crm_desktop.domain.errors import CrmError
from crm_desktop.i18n import _
from crm_desktop.reports import registry
from crm_desktop.reports.document import BuildResult
from crm_desktop.reports.registry import REPORTS, ReportInfo
from crm_desktop.reports.request import CASE, COMPANY, CONTACT, DEAL, PERIOD, ReportRequest
from crm_desktop.services.cases import CaseInput
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import UserInput
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.tags import TagInput
from crm_desktop.tasks.runner import Cancelled, Progress
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.case_editor import CaseEditor
from crm_desktop.ui.views.customer_page import CustomerPage
from crm_desktop.ui.views.deal_editor import DealEditor
from crm_desktop.ui.views.reports import ChoiceBox, ReportPreviewDialog, ReportsPage, TextBox
from crm_desktop.ui.widgets.pdf_preview import ReportPreview, print_pdf
from crm_desktop.ui.widgets.record_picker import RecordPicker


class FakeReport:
    """A builder that writes ``pages`` numbered pages and remembers each request and its thread."""

    def __init__(self, pages: int = 3, error: str | None = None) -> None:
        self.pages = pages
        self.error = error
        self.requests: list[ReportRequest] = []
        self.threads: list[str] = []
        self.titles: list[str] = []  # a catalogue text as translated during the build

    def __call__(self, crm: Crm, output: Path | str, request: ReportRequest) -> BuildResult:
        self.requests.append(request)
        self.threads.append(threading.current_thread().name)
        self.titles.append(_("Contact directory"))
        if self.error is not None:
            raise CrmError(self.error)
        canvas = Canvas(str(output), pagesize=A4)
        for number in range(1, self.pages + 1):
            canvas.drawString(72, 760, f"Fake page {number}")
            canvas.showPage()
        canvas.save()
        return BuildResult(Path(output), self.pages)


def fake_info(name: str, builder: FakeReport, **kwargs: Any) -> ReportInfo:
    return ReportInfo(name, lambda: f"The {name} report.", kwargs.pop("filters", ()), builder, **kwargs)


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def reports_page(window: MainWindow, qtbot: QtBot) -> ReportsPage:
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: page.form is not None)
    return page


def choose_report(page: ReportsPage, name: str) -> None:
    for row in range(page.report_list.count()):
        if page.report_list.item(row).data(Qt.ItemDataRole.UserRole) == name:
            page.report_list.setCurrentRow(row)
            return
    raise AssertionError(f"{name} is not listed")


def preview(page: ReportsPage | ReportPreviewDialog, qtbot: QtBot) -> BuildResult:
    """Wait for the preview under way to show its pages; the build's result."""
    shown = page.preview
    with qtbot.waitSignal(shown.built, timeout=60_000) as blocker:
        if isinstance(page, ReportsPage):
            page.preview_button.click()
    result = blocker.args[0]
    assert isinstance(result, BuildResult)
    return result


def combo_items(combo: ChoiceBox) -> list[str]:
    return [str(combo.itemData(row)) for row in range(combo.count())]


# --- the list and the forms ----------------------------------------------------------------------------


def test_the_page_lists_every_registered_report_with_its_description(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(REPORTS, "zz-new", fake_info("zz-new", FakeReport()))
    page = reports_page(window, qtbot)

    names = [
        page.report_list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(page.report_list.count())
    ]
    assert names == list(REPORTS)
    texts = {
        page.report_list.item(row).data(Qt.ItemDataRole.UserRole): page.report_list.item(row).text()
        for row in range(page.report_list.count())
    }
    assert texts["contact-directory"] == "Contact directory"
    assert texts["zz-new"] == "zz-new"  # a report the window has no name for shows its id
    assert page.heading.text() == "Contact directory"
    assert page.description.text() == REPORTS["contact-directory"].describe()
    choose_report(page, "zz-new")
    assert page.description.text() == "The zz-new report."
    assert "reports" in [
        window.navigation.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.navigation.count())
    ]


def test_each_known_filter_gets_its_own_widget(
    window: MainWindow, crm: Crm, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    crm.tags.create(TagInput(name="VIP"))
    leyla = crm.users.create(UserInput(name="Leyla Demir")).value.id
    monkeypatch.setitem(
        REPORTS,
        "zz-odd",
        fake_info(
            "zz-odd",
            FakeReport(),
            filters=("assignee", "priority", "kind", "colour"),
            options=frozenset({PERIOD, DEAL, CASE}),
        ),
    )
    page = reports_page(window, qtbot)
    form = page.form
    assert form is not None and form.info.name == "contact-directory"
    tag, owner, lifecycle = (form.filters[key] for key in ("tag", "owner", "lifecycle"))
    assert isinstance(tag, ChoiceBox) and combo_items(tag) == ["", "VIP"]
    assert isinstance(owner, ChoiceBox) and leyla in combo_items(owner)
    assert isinstance(lifecycle, ChoiceBox) and combo_items(lifecycle) == [
        "",
        *(item.value for item in Lifecycle),
    ]
    assert isinstance(form.filters["company"], RecordPicker)
    assert isinstance(form.filters["search"], TextBox)
    assert form.group_by is not None
    assert [form.group_by.itemData(row) for row in range(form.group_by.count())] == ["letter", "company"]
    assert form.period is None and not form.pickers
    assert [form.language.itemData(row) for row in range(form.language.count())] == ["en", "ar", "fa", "tr"]
    assert form.language.currentData() == "en"  # the window's language

    choose_report(page, "zz-odd")
    form = page.form
    assert form is not None and form.info.name == "zz-odd"
    priority, kind = form.filters["priority"], form.filters["kind"]
    assert isinstance(priority, ChoiceBox) and sorted(combo_items(priority)) == sorted(
        ["", *(p.value for p in Priority)]
    )
    assert isinstance(kind, ChoiceBox) and combo_items(kind) == ["", *(k.value for k in ActivityKind)]
    assert isinstance(form.filters["assignee"], ChoiceBox)
    assert isinstance(form.filters["colour"], TextBox)  # a filter the window does not know: text
    assert set(form.pickers) == {DEAL, CASE}
    assert form.period is not None and all(isinstance(edit, QDateEdit) for edit in form.period)
    assert form.group_by is None


def test_the_form_makes_the_request_the_report_gets(
    window: MainWindow, crm: Crm, people: dict[str, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    crm.tags.create(TagInput(name="VIP"))
    fake = FakeReport()
    monkeypatch.setitem(
        REPORTS,
        "contact-directory",
        fake_info(
            "contact-directory",
            fake,
            filters=("tag", "lifecycle", "search"),
            groupings=("letter", "company"),
            options=frozenset({PERIOD, COMPANY}),
        ),
    )
    page = reports_page(window, qtbot)
    form = page.form
    assert form is not None
    form.filters["tag"].set_value("VIP")
    form.filters["lifecycle"].set_value(Lifecycle.CUSTOMER.value)
    form.filters["search"].setText("  kaya ")
    form.pickers[COMPANY].set_record(people["kaya"], "Kaya Ltd.")
    assert form.period is not None
    form.period[0].setDate(QDate(2026, 1, 5))
    form.period[1].setDate(QDate(2026, 2, 28))
    assert form.group_by is not None
    form.group_by.setCurrentIndex(1)
    form.language.setCurrentIndex(form.language.findData("tr"))
    preview(page, qtbot)

    assert fake.requests == [
        ReportRequest(
            language="tr",
            filters={"tag": "VIP", "lifecycle": "customer", "search": "kaya"},
            start=date(2026, 1, 5),
            end=date(2026, 2, 28),
            company_id=people["kaya"],
            group_by="company",
        )
    ]


def test_a_name_typed_but_not_picked_is_refused_before_building(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeReport()
    monkeypatch.setitem(
        REPORTS, "contact-directory", fake_info("contact-directory", fake, filters=("company",))
    )
    page = reports_page(window, qtbot)
    assert page.form is not None
    page.form.filters["company"].setText("Nobody Ltd.")
    page.preview_button.click()
    assert page.form_error.isVisibleTo(page)
    assert "Company" in page.form_error.text()
    assert not page.preview.busy and not fake.requests


# --- preview, print, save ----------------------------------------------------------------------------


def test_the_contact_directory_is_built_off_the_gui_thread_and_shown_page_by_page(
    window: MainWindow, people: dict[str, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[str] = []
    real = REPORTS["contact-directory"]

    def watched(crm: Crm, output: Path | str, request: ReportRequest) -> BuildResult:
        threads.append(threading.current_thread().name)
        return real.build(crm, output, request)

    monkeypatch.setitem(
        REPORTS,
        "contact-directory",
        ReportInfo(real.name, real.describe, real.filters, watched, groupings=real.groupings),
    )
    page = reports_page(window, qtbot)
    assert not page.preview.print_button.isEnabled()  # nothing to print yet
    assert page.form is not None
    page.form.filters["search"].setText("Kaya")
    with qtbot.waitSignal(page.preview.busy_changed) as busy:
        page.preview_button.click()
    assert busy.args == [True]
    assert page.preview.progress.isVisibleTo(page)
    result = preview(page, qtbot)

    assert threads and threads[0] != threading.main_thread().name
    assert page.preview.document.pageCount() == result.pages >= 1
    text = page.preview.document.getAllText(0).text()
    assert "Mehmet Kaya" in text and "Kaya Ltd." in text
    assert "Ayşe" not in text  # the search filter was applied
    assert page.preview.stack.currentWidget() is page.preview.view
    assert page.preview.print_button.isEnabled() and page.preview.save_button.isEnabled()
    assert not page.preview.progress.isVisibleTo(page)


def test_the_report_is_written_in_its_own_language_while_the_window_keeps_its_own(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeReport(pages=1)
    monkeypatch.setitem(REPORTS, "contact-directory", fake_info("contact-directory", fake))
    page = reports_page(window, qtbot)
    assert page.form is not None
    page.form.language.setCurrentIndex(page.form.language.findData("ar"))
    preview(page, qtbot)
    assert fake.requests[0].language == "ar"
    assert fake.titles == ["دليل جهات الاتصال"]
    assert _("Contact directory") == "Contact directory"  # this thread's catalogue is untouched


def test_save_as_pdf_copies_the_pages_where_the_user_says(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = FakeReport(pages=2)
    monkeypatch.setitem(REPORTS, "contact-directory", fake_info("contact-directory", fake))
    page = reports_page(window, qtbot)
    result = preview(page, qtbot)
    asked: list[str] = []

    def save_file_name(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "for the counter"), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    written = page.preview.save_as()

    assert written == tmp_path / "for the counter.pdf"  # the suffix added
    assert asked[0].endswith("contact-directory.pdf")
    assert written.read_bytes() == result.path.read_bytes()
    assert len(PdfReader(written).pages) == 2
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_saving_where_nothing_can_be_written_says_why_and_leaves_nothing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(REPORTS, "contact-directory", fake_info("contact-directory", FakeReport(pages=1)))
    page = reports_page(window, qtbot)
    preview(page, qtbot)
    target = tmp_path / "missing folder" / "list.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))

    assert page.preview.save_as() is None
    assert len(warnings) == 1 and str(target) in warnings[0] and "Traceback" not in warnings[0]
    assert not target.parent.exists()


def test_print_draws_every_page_onto_the_printer_the_dialog_chose(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(REPORTS, "contact-directory", fake_info("contact-directory", FakeReport(pages=3)))
    page = reports_page(window, qtbot)
    preview(page, qtbot)
    printed = tmp_path / "printed.pdf"
    ranges: list[tuple[int, int]] = []

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        ranges.append((dialog.minPage(), dialog.maxPage()))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert page.preview.print_document()

    assert ranges == [(1, 3)]
    pages = PdfReader(printed).pages
    assert len(pages) == 3
    for pdf_page in pages:
        assert abs(float(pdf_page.mediabox.width) - A4[0]) < 2  # the report's paper
        resources = pdf_page["/Resources"]
        assert "/XObject" in resources  # the page drawn as an image


def test_print_of_a_chosen_range_prints_only_those_pages(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(REPORTS, "contact-directory", fake_info("contact-directory", FakeReport(pages=4)))
    page = reports_page(window, qtbot)
    preview(page, qtbot)
    printed = tmp_path / "two.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert page.preview.print_document()
    assert len(PdfReader(printed).pages) == 2


def test_a_print_cancelled_part_way_leaves_no_file(qapp: QApplication, crm: Crm, tmp_path: Path) -> None:
    source = FakeReport(pages=3)(crm, tmp_path / "report.pdf", ReportRequest()).path
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    done: list[int] = []
    progress = Progress()

    def cancel_after_the_first_page(_message: str, pages: int, _total: int) -> None:
        done.append(pages)
        if pages == 1:
            progress.cancel()

    progress.on_update = cancel_after_the_first_page
    with pytest.raises(Cancelled):
        print_pdf(source, printer, progress)
    assert done == [0, 1]
    assert not (tmp_path / "printed.pdf").exists()


def test_a_failed_build_shows_its_message_and_no_pages(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeReport(error="No user with id 42 exists.")
    monkeypatch.setitem(REPORTS, "contact-directory", fake_info("contact-directory", fake))
    page = reports_page(window, qtbot)
    with qtbot.waitSignal(page.preview.failed, timeout=30_000) as blocker:
        page.preview_button.click()

    assert blocker.args == ["No user with id 42 exists."]
    assert page.preview.stack.currentWidget() is page.preview.message
    assert page.preview.message.text() == "No user with id 42 exists."
    assert not page.preview.print_button.isEnabled() and not page.preview.save_button.isEnabled()
    assert not page.preview.busy and page.preview.shown is None
    assert not list(Path(page.preview._folder.name).iterdir())


def test_a_report_about_one_record_asks_for_it_before_building(
    window: MainWindow, crm: Crm, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeReport()
    info = fake_info("quote", fake, options=frozenset({DEAL}), needs=frozenset({DEAL}))
    monkeypatch.setitem(REPORTS, "quote", info)
    page = reports_page(window, qtbot)
    choose_report(page, "quote")
    page.preview_button.click()
    assert (
        page.form_error.isVisibleTo(page)
        and page.form_error.text() == "Choose what the report is about: Deal."
    )
    assert not fake.requests

    # a request put together elsewhere is checked against the registry on the way
    with qtbot.waitSignal(page.preview.failed, timeout=30_000) as blocker:
        page.preview.start(info, ReportRequest(deal_id="d1", case_id="c1"))
    assert blocker.args[0] == "The report quote does not take --case."
    assert not fake.requests


def test_enter_in_a_text_filter_makes_the_report(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeReport(pages=1)
    monkeypatch.setitem(
        REPORTS, "contact-directory", fake_info("contact-directory", fake, filters=("search",))
    )
    page = reports_page(window, qtbot)
    assert page.form is not None
    search = page.form.filters["search"]
    search.setText("Ali")
    with qtbot.waitSignal(page.preview.built, timeout=30_000):
        qtbot.keyClick(search, Qt.Key.Key_Return)
    assert fake.requests == [ReportRequest(filters={"search": "Ali"})]


def test_a_newer_preview_replaces_one_still_being_built(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    slow, quick = FakeReport(pages=5), FakeReport(pages=2)

    def slow_build(crm: Crm, output: Path | str, request: ReportRequest) -> BuildResult:
        release.wait(10)
        return slow(crm, output, request)

    monkeypatch.setitem(REPORTS, "contact-directory", fake_info("contact-directory", slow_build))  # type: ignore[arg-type]
    monkeypatch.setitem(REPORTS, "zz-quick", fake_info("zz-quick", quick))
    page = reports_page(window, qtbot)
    page.preview_button.click()
    choose_report(page, "zz-quick")
    page.preview_button.click()
    release.set()
    qtbot.waitUntil(
        lambda: bool(slow.requests) and bool(quick.requests) and not page.preview.busy, timeout=30_000
    )
    qtbot.wait(50)  # the slow build's result, delivered after, must not replace the newer pages
    assert page.preview.document.pageCount() == 2
    assert page.preview.shown is not None and page.preview.shown.name == "zz-quick"


# --- Print on a customer, a deal, a case ---------------------------------------------------------------


def dialog_of(parent: Any) -> ReportPreviewDialog:
    dialog = parent.findChild(ReportPreviewDialog)
    assert isinstance(dialog, ReportPreviewDialog)
    return dialog


@pytest.mark.parametrize("entity", ["contact", "company"])
def test_print_on_the_customer_page_previews_that_customers_report(
    entity: str, session: AppSession, people: dict[str, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeReport(pages=2)
    monkeypatch.setitem(
        REPORTS,
        "customer",
        fake_info(
            "customer", fake, options=frozenset({CONTACT, COMPANY}), needs=frozenset({CONTACT, COMPANY})
        ),
    )
    page = CustomerPage(session)
    qtbot.addWidget(page)
    record_id = people["mehmet"] if entity == "contact" else people["kaya"]
    with qtbot.waitSignal(page.loaded):
        page.show_customer(entity, record_id)
    page.print_button.click()
    dialog = dialog_of(page)
    preview(dialog, qtbot)

    expected = {"contact_id": record_id} if entity == "contact" else {"company_id": record_id}
    assert fake.requests == [ReportRequest(language="en", **expected)]
    assert dialog.preview.document.pageCount() == 2
    assert dialog.windowTitle() == "Customer sheet"
    folder = Path(dialog.preview._folder.name)
    dialog.reject()
    assert not folder.exists()  # the preview's files go with the dialog


def test_print_on_a_deal_previews_its_quote(
    session: AppSession, crm: Crm, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeReport(pages=1)
    monkeypatch.setitem(
        REPORTS, "quote", fake_info("quote", fake, options=frozenset({DEAL}), needs=frozenset({DEAL}))
    )
    stage = crm.pipelines.stages(crm.pipelines.default().id)[0].id
    deal = crm.deals.create(DealInput(title="Looms", amount="1000", stage_id=stage)).value.id
    editor = DealEditor(session, deal)
    qtbot.addWidget(editor)
    editor.print_button.click()
    preview(dialog_of(editor), qtbot)
    assert fake.requests == [ReportRequest(language="en", deal_id=deal)]
    new = DealEditor(session)
    qtbot.addWidget(new)
    assert not hasattr(new, "print_button")  # nothing saved to print yet


def test_print_on_a_case_previews_its_case_sheet(
    session: AppSession, crm: Crm, people: dict[str, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeReport(pages=1)
    monkeypatch.setitem(REPORTS, "cases", fake_info("cases", fake, options=frozenset({CASE, PERIOD})))
    case = crm.cases.create(CaseInput(subject="Broken loom", contact_id=people["ali"])).value.id
    editor = CaseEditor(session, case)
    qtbot.addWidget(editor)
    editor.print_button.click()
    preview(dialog_of(editor), qtbot)
    assert fake.requests == [ReportRequest(language="en", case_id=case)]


def test_print_with_unsaved_edits_asks_first(
    session: AppSession, crm: Crm, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeReport(pages=1)
    monkeypatch.setitem(REPORTS, "quote", fake_info("quote", fake, options=frozenset({DEAL})))
    stage = crm.pipelines.stages(crm.pipelines.default().id)[0].id
    editor = DealEditor(session, crm.deals.create(DealInput(title="Looms", stage_id=stage)).value.id)
    qtbot.addWidget(editor)
    editor.title.setText("Looms and rugs")
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    editor.print_button.click()
    assert len(asked) == 1
    assert editor.findChild(ReportPreviewDialog) is None and not fake.requests


def test_print_of_a_report_this_version_lacks_says_so(
    session: AppSession, crm: Crm, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(registry.REPORTS, "quote", raising=False)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: said.append(text))
    stage = crm.pipelines.stages(crm.pipelines.default().id)[0].id
    editor = DealEditor(session, crm.deals.create(DealInput(title="Looms", stage_id=stage)).value.id)
    qtbot.addWidget(editor)
    editor.print_button.click()
    assert said == ["This version cannot print that yet."]
    assert editor.findChild(ReportPreviewDialog) is None


# --- right to left ---------------------------------------------------------------------------------------


def test_the_page_mirrors_right_to_left(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, right_to_left: None
) -> None:
    monkeypatch.setitem(
        REPORTS, "contact-directory", fake_info("contact-directory", FakeReport(pages=1), filters=("search",))
    )
    window.resize(1280, 800)
    page = reports_page(window, qtbot)
    preview(page, qtbot)
    assert page.form is not None
    x_of = lambda widget: widget.mapTo(window, QPoint(0, 0)).x()  # noqa: E731
    qtbot.waitUntil(lambda: x_of(page.preview) < x_of(page.report_list))  # the list on the start (right) side
    search = page.form.filters["search"]
    label = page.form.layout().labelForField(search)
    assert label is not None and x_of(label) > x_of(search)
    assert x_of(page.preview.save_button) < x_of(page.preview.status)
    assert isinstance(page.preview, ReportPreview)
