"""The Reports page: each PDF report with its filters, a preview of its pages, Print and Save as PDF.

The form for a report is made from what the registry says it reads: its filters
(a tag, an owner, a lifecycle stage... each with a fitting widget, anything else as
text), its period, the contact, company, deal or case it is about, its groupings,
and the language to print in. Also here: the preview dialog that the customer page,
the deal and the case open with their Print button.

The report modules (and reportlab) are imported when the page is first shown or a
Print button is pressed, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCalendar, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import ActivityKind
from crm_desktop.domain.errors import CrmError
from crm_desktop.reports.request import CASE, COMPANY, CONTACT, DEAL, PERIOD, ReportRequest, period_of
from crm_desktop.services.changes import ChangeSet
from crm_desktop.services.crm import Crm
from crm_desktop.services.records import ListQuery
from crm_desktop.services.search import Hit
from crm_desktop.ui.pages import Page
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.undo import UndoStack
from crm_desktop.ui.views.activity_dialog import activity_kind_names
from crm_desktop.ui.views.case_editor import PICKER_HITS, company_hits, contact_hits
from crm_desktop.ui.views.contact_editor import lifecycle_names
from crm_desktop.ui.views.deal_editor import CALENDARS
from crm_desktop.ui.views.first_start import LANGUAGES
from crm_desktop.ui.views.task_editor import fetch_records, priority_names, user_choices
from crm_desktop.ui.widgets.pdf_preview import ReportPreview
from crm_desktop.ui.widgets.record_picker import Lookup, RecordPicker

if TYPE_CHECKING:
    from crm_desktop.reports.registry import ReportInfo

CHOICES_LISTED = 500  # tags, users and pipelines offered in a filter's list
PRODUCTS_LISTED = 2000  # a shop's catalogue
CHOICE_ENTITIES = ("tag", "user", "pipeline", "product")  # a change to one of these renews the lists
PICKED_ENTITIES = (CONTACT, COMPANY, DEAL, CASE)  # options and filters chosen with a RecordPicker


def report_names(widget: QWidget) -> dict[str, str]:
    """The reports' names as the window shows them; a report not listed here shows its id."""
    return {
        "contact-directory": widget.tr("Contact directory"),
        "customer": widget.tr("Customer sheet"),
        "quote": widget.tr("Quote"),
        "pipeline": widget.tr("Pipeline and forecast"),
        "sales": widget.tr("Sales"),
        "cases": widget.tr("Cases"),
        "activities": widget.tr("Activities"),
    }


def report_title(widget: QWidget, name: str) -> str:
    return report_names(widget).get(name, name)


def filter_labels(widget: QWidget) -> dict[str, str]:
    """Labels of the filters and options the form knows; others are labelled with their key."""
    return {
        "tag": widget.tr("Tag"),
        "owner": widget.tr("Owner"),
        "assignee": widget.tr("Assigned to"),
        "lifecycle": widget.tr("Stage"),
        "company": widget.tr("Company"),
        "contact": widget.tr("Contact"),
        "deal": widget.tr("Deal"),
        "case": widget.tr("Case"),
        "priority": widget.tr("Priority"),
        "kind": widget.tr("Kind"),
        "pipeline": widget.tr("Pipeline"),
        "product": widget.tr("Product"),
        "search": widget.tr("Search"),
    }


def grouping_names(widget: QWidget) -> dict[str, str]:
    """How the groupings the reports offer are named; one not listed here shows its id."""
    return {
        "letter": widget.tr("First letter"),
        "company": widget.tr("Company"),
    }


def window_language() -> str:
    """The window's language among those a report can be printed in (English otherwise)."""
    code = QLocale().name().split("_")[0]
    return code if code in dict(LANGUAGES) else "en"


def entity_hits(crm: Crm, entity: str, text: str) -> list[Hit]:
    """What the search finds of one kind, for a picker."""
    if entity == CONTACT:
        return contact_hits(crm, text)
    if entity == COMPANY:
        return company_hits(crm, text)
    return [hit for hit in crm.search.everything(text, PICKER_HITS) if hit.entity == entity]


def record_title(crm: Crm, entity: str, record_id: str) -> str:
    """The name a picker shows for a record ('' when there is no such record)."""
    services: dict[str, Callable[[], list[str]]] = {
        CONTACT: lambda: [c.display_name for c in fetch_records(crm.contacts, [record_id])],
        COMPANY: lambda: [c.name for c in fetch_records(crm.companies, [record_id])],
        DEAL: lambda: [d.title for d in fetch_records(crm.deals, [record_id])],
        CASE: lambda: [c.subject for c in fetch_records(crm.cases, [record_id])],
    }
    titles = services[entity]() if entity in services else []
    return titles[0] if titles else ""


@dataclass(frozen=True)
class ReportChoices:
    """What the filter lists offer, the calendar dates are shown in and the default period."""

    tags: list[tuple[str, str]]  # (name, name): reports take a tag by its name, as on the command line
    users: list[tuple[str, str]]  # (name, id), as are pipelines and products
    pipelines: list[tuple[str, str]]
    products: list[tuple[str, str]]
    calendar: str
    first: date
    last: date


def load_choices(crm: Crm) -> ReportChoices:
    """Read the choices (on a reader thread)."""
    names = sorted(tag.name for tag in crm.tags.list(ListQuery(limit=CHOICES_LISTED)).items)
    tags = [(name, name) for name in names]
    pipelines = [(p.name, p.id) for p in crm.pipelines.list(ListQuery(limit=CHOICES_LISTED)).items]
    products = [
        (p.name, p.id)
        for p in crm.products.list(ListQuery(filters={"active": True}, limit=PRODUCTS_LISTED)).items
    ]
    period = period_of(crm, ReportRequest())
    return ReportChoices(
        tags,
        user_choices(crm),
        pipelines,
        sorted(products),
        crm.settings.get().calendar,
        period.first,
        period.last,
    )


# --- the widgets of a form -------------------------------------------------------------------------


class ChoiceBox(QComboBox):
    """A list to choose one value from, or none ("any")."""

    def __init__(self, any_text: str, choices: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.any_text = any_text
        self.set_choices(choices)

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """Offer ``choices`` ((text, value) pairs), keeping the value chosen now."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.any_text, "")
        for text, value in choices:
            self.addItem(text, value)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> str:
        data = self.currentData()
        return str(data) if data else ""

    def set_value(self, value: str) -> None:
        self.setCurrentIndex(max(0, self.findData(value)))


class TextBox(QLineEdit):
    def value(self) -> str:
        return self.text().strip()

    def set_value(self, value: str) -> None:
        self.setText(value)


def date_edit(name: str, calendar: str) -> QDateEdit:
    """A date field in the business's calendar (Gregorian, Hijri or Jalali)."""
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setCalendar(QCalendar(CALENDARS.get(calendar, QCalendar.System.Gregorian)))
    if QLocale().textDirection() == Qt.LayoutDirection.LeftToRight:
        # a right-to-left form shows a left-to-right locale's date backwards; Qt mirrors the
        # format when it is set on a right-to-left editor, so set it after the direction
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    return edit


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())  # a QDate's own numbers are Gregorian


class RequestForm(QWidget):
    """The filters and options of one report as widgets; :meth:`request` reads them back."""

    submitted = Signal()  # Enter in a text filter: make the report

    def __init__(
        self, session: AppSession, info: ReportInfo, choices: ReportChoices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("request_form")
        self.session = session
        self.info = info
        self.labels = filter_labels(self)
        self.filters: dict[str, ChoiceBox | TextBox | RecordPicker] = {}
        self.pickers: dict[str, RecordPicker] = {}  # the options: the record the report is about
        self.period: tuple[QDateEdit, QDateEdit] | None = None
        self.group_by: QComboBox | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        for option in PICKED_ENTITIES:
            if option in info.options:
                picker = self._picker(option)
                self.pickers[option] = picker
                form.addRow(self.labels[option], picker)
        for key in info.filters:
            widget = self._filter_widget(key, choices)
            widget.setObjectName(f"filter_{key}")
            self.filters[key] = widget
            form.addRow(self.labels.get(key, key), widget)
        if PERIOD in info.options:
            start, end = (
                date_edit("period_start", choices.calendar),
                date_edit("period_end", choices.calendar),
            )
            start.setDate(to_qdate(choices.first))
            end.setDate(to_qdate(choices.last))
            self.period = (start, end)
            form.addRow(self.tr("From"), start)
            form.addRow(self.tr("To"), end)
        if info.groupings:
            self.group_by = QComboBox()
            self.group_by.setObjectName("group_by")
            names = grouping_names(self)
            for grouping in info.groupings:
                self.group_by.addItem(names.get(grouping, grouping), grouping)
            form.addRow(self.tr("Group by"), self.group_by)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(window_language())))
        form.addRow(self.tr("Language"), self.language)

    def _picker(self, entity: str) -> RecordPicker:
        crm = self.session.crm
        lookup: Lookup = lambda text: entity_hits(crm, entity, text)  # noqa: E731
        picker = RecordPicker(self.session, lookup)
        picker.setObjectName(entity)
        picker.setPlaceholderText(self.tr("Type to find…"))
        return picker

    def _filter_widget(self, key: str, choices: ReportChoices) -> ChoiceBox | TextBox | RecordPicker:
        if key == "tag":
            return ChoiceBox(self.tr("Any tag"), choices.tags)
        if key in ("owner", "assignee"):
            return ChoiceBox(self.tr("Anyone"), choices.users)
        if key == "pipeline":
            return ChoiceBox(self.tr("Every pipeline"), choices.pipelines)
        if key == "product":
            return ChoiceBox(self.tr("Every product"), choices.products)
        if key == "lifecycle":
            return ChoiceBox(
                self.tr("Any stage"), [(name, item.value) for item, name in lifecycle_names(self).items()]
            )
        if key == "priority":
            return ChoiceBox(
                self.tr("Any priority"), [(name, item.value) for item, name in priority_names(self).items()]
            )
        if key == "kind":
            kinds = activity_kind_names(self)
            return ChoiceBox(self.tr("Any kind"), [(kinds[item], item.value) for item in ActivityKind])
        if key in (CONTACT, COMPANY):
            return self._picker(key)
        box = TextBox()
        box.returnPressed.connect(self.submitted)
        if key == "search":
            box.setPlaceholderText(self.tr("Name, email, phone…"))
        box.setClearButtonEnabled(True)
        return box

    def set_choices(self, choices: ReportChoices) -> None:
        """New lists of tags, users, pipelines or products (one was added or renamed meanwhile)."""
        lists = {
            "tag": choices.tags,
            "owner": choices.users,
            "assignee": choices.users,
            "pipeline": choices.pipelines,
            "product": choices.products,
        }
        for key, widget in self.filters.items():
            if isinstance(widget, ChoiceBox) and key in lists:
                widget.set_choices(lists[key])

    def _all_pickers(self) -> list[tuple[str, RecordPicker]]:
        return [
            *self.pickers.items(),
            *((k, w) for k, w in self.filters.items() if isinstance(w, RecordPicker)),
        ]

    def request(self) -> ReportRequest:
        """The request the form makes; CrmError when a name was typed but not picked from the list."""
        for key, picker in self._all_pickers():
            if picker.text().strip() and picker.record_id is None:
                raise CrmError(
                    self.tr("{0}: choose from the list that opens as you type, or clear the field.").format(
                        self.labels.get(key, key)
                    )
                )
        filters: dict[str, str] = {}
        for key, widget in self.filters.items():
            value = (widget.record_id or "") if isinstance(widget, RecordPicker) else widget.value()
            if value:
                filters[key] = value
        ids = {option: picker.record_id for option, picker in self.pickers.items()}
        if self.info.needs and not any(ids.get(option) for option in self.info.needs):
            raise CrmError(
                self.tr("Choose what the report is about: {0}.").format(
                    self.tr(" or ").join(
                        self.labels.get(option, option) for option in sorted(self.info.needs)
                    )
                )
            )
        start = end = None
        if self.period is not None:
            start, end = (from_qdate(edit.date()) for edit in self.period)
        return ReportRequest(
            language=str(self.language.currentData()),
            filters=filters,
            start=start,
            end=end,
            contact_id=ids.get(CONTACT),
            company_id=ids.get(COMPANY),
            deal_id=ids.get(DEAL),
            case_id=ids.get(CASE),
            group_by=self.group_by.currentData() if self.group_by is not None else None,
        )

    def fill(self, request: ReportRequest) -> None:
        """Show ``request`` in the form (what a Print button or a link asks for)."""
        self.language.setCurrentIndex(max(0, self.language.findData(request.language)))
        for key, value in request.filters.items():
            widget = self.filters.get(key)
            if isinstance(widget, RecordPicker):
                self._pick(widget, key, value)
            elif widget is not None:
                widget.set_value(value)
        for option, record_id in (
            (CONTACT, request.contact_id),
            (COMPANY, request.company_id),
            (DEAL, request.deal_id),
            (CASE, request.case_id),
        ):
            picker = self.pickers.get(option)
            if picker is not None:
                self._pick(picker, option, record_id)
        if self.period is not None:
            if request.start is not None:
                self.period[0].setDate(to_qdate(request.start))
            if request.end is not None:
                self.period[1].setDate(to_qdate(request.end))
        if self.group_by is not None and request.group_by is not None:
            self.group_by.setCurrentIndex(max(0, self.group_by.findData(request.group_by)))

    def _pick(self, picker: RecordPicker, entity: str, record_id: str | None) -> None:
        if not record_id:
            picker.set_record(None, "")
            return
        # the id at once (a preview may start now); the name when it has been read
        picker.set_record(record_id, "…")

        def named(title: str) -> None:
            if picker.record_id == record_id:  # not changed by the user meanwhile
                picker.set_record(record_id, title or record_id)

        self.session.read(lambda crm: record_title(crm, entity, record_id), named)


# --- the page ----------------------------------------------------------------------------------------


class ReportsPage(Page):
    key = "reports"

    def __init__(self, session: AppSession, undo: UndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("reports_page")
        self.reports: dict[str, ReportInfo] = {}
        self.choices: ReportChoices | None = None
        self.form: RequestForm | None = None
        self._pending: tuple[str, ReportRequest | None, bool] | None = None  # asked before the choices came

        self.report_list = QListWidget()
        self.report_list.setObjectName("report_list")
        self.report_list.currentItemChanged.connect(lambda _item, _previous: self._report_chosen())
        self.report_list.itemActivated.connect(lambda _item: self.preview_report())
        self.heading = QLabel()
        self.heading.setObjectName("report_heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.description = QLabel()
        self.description.setObjectName("report_description")
        self.description.setWordWrap(True)
        self.form_box = QGroupBox(self.tr("Filters"))
        self.form_box.setObjectName("filters")
        self.form_layout = QVBoxLayout(self.form_box)
        self.form_error = QLabel()
        self.form_error.setObjectName("form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setStyleSheet("color: #b00020;")
        self.form_error.hide()
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("preview_button")
        self.preview_button.setDefault(True)
        self.preview_button.setEnabled(False)
        self.preview_button.clicked.connect(lambda _checked=False: self.preview_report())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.report_list)
        side_layout.addWidget(self.heading)
        side_layout.addWidget(self.description)
        side_layout.addWidget(self.form_box)
        side_layout.addWidget(self.form_error)
        side_layout.addLayout(buttons)
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("report_side")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(side)
        scroll.setMinimumWidth(300)

        self.preview = ReportPreview(session)
        self.splitter = QSplitter()
        self.splitter.setObjectName("reports_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 740])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        session.changed.connect(self._on_changed)

    def title(self) -> str:
        return self.tr("Reports")

    # --- loading ------------------------------------------------------------------------------------

    def first_show(self) -> None:
        from crm_desktop.reports.registry import REPORTS

        self.reports = dict(REPORTS)
        names = report_names(self)
        self.report_list.blockSignals(True)
        for name, info in self.reports.items():
            item = QListWidgetItem(names.get(name, name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(info.describe())
            self.report_list.addItem(item)
        self.report_list.blockSignals(False)
        # as tall as its rows: the filters below should not have to scroll for the list's sake
        row_height = max(self.report_list.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.report_list.setFixedHeight(
            row_height * max(self.report_list.count(), 1) + 2 * self.report_list.frameWidth() + 4
        )
        self._load_choices()

    def _load_choices(self) -> None:
        self.session.read(load_choices, self._choices_loaded)

    def _choices_loaded(self, choices: ReportChoices) -> None:
        first = self.choices is None
        self.choices = choices
        if not first:
            if self.form is not None:
                self.form.set_choices(choices)
            return
        if self._pending is not None:
            name, request, preview = self._pending
            self._pending = None
            self.show_report(name, request, preview=preview)
        elif self.report_list.count() and self.report_list.currentRow() < 0:
            self.report_list.setCurrentRow(0)
        else:
            self._report_chosen()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.choices is not None and any(changes.touches(kind) for kind in CHOICE_ENTITIES):
            self._load_choices()

    def refresh(self) -> None:
        if self._activated:
            self._load_choices()

    # --- the chosen report ----------------------------------------------------------------------------

    def current_report(self) -> ReportInfo | None:
        item = self.report_list.currentItem()
        return self.reports.get(str(item.data(Qt.ItemDataRole.UserRole))) if item is not None else None

    def _report_chosen(self) -> None:
        info = self.current_report()
        if self.form is not None:
            # out of sight now: deleteLater waits for the event loop
            self.form.hide()
            self.form_layout.removeWidget(self.form)
            self.form.deleteLater()
            self.form = None
        self.form_error.hide()
        if info is None or self.choices is None:
            self.heading.setText("")
            self.description.setText("")
            self.preview_button.setEnabled(False)
            return
        self.heading.setText(report_title(self, info.name))
        self.description.setText(info.describe())
        self.form = RequestForm(self.session, info, self.choices)
        self.form.submitted.connect(self.preview_report)
        self.form_layout.addWidget(self.form)
        self.preview_button.setEnabled(True)

    def show_report(self, name: str, request: ReportRequest | None = None, *, preview: bool = True) -> None:
        """Choose the report ``name``, fill its form from ``request`` and (with ``preview``) build it."""
        self.activate()
        if self.choices is None:
            self._pending = (name, request, preview)
            return
        for row in range(self.report_list.count()):
            item = self.report_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.report_list.setCurrentRow(row)
                break
        else:
            self.preview.show_error(self.tr("There is no report called “{0}”.").format(name))
            return
        if self.form is not None and request is not None:
            self.form.fill(request)
        if preview:
            self.preview_report(request)

    def preview_report(self, request: ReportRequest | None = None) -> None:
        """Build the chosen report for the form's request (or ``request`` as given) and show it."""
        info = self.current_report()
        if info is None or self.form is None:
            return
        try:
            asked = request if request is not None else self.form.request()
        except CrmError as error:
            self.form_error.setText(str(error))
            self.form_error.show()
            return
        self.form_error.hide()
        self.preview.start(info, asked)

    # --- window actions -------------------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.report_list.setFocus()


# --- Print on a record ---------------------------------------------------------------------------------


class ReportPreviewDialog(QDialog):
    """One report for one record (a customer, a deal, a case): its pages, Print and Save as PDF."""

    def __init__(
        self, session: AppSession, info: ReportInfo, request: ReportRequest, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("report_preview_dialog")
        self.setWindowTitle(report_title(self, info.name))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(820, 900)
        self.info = info
        self.request = request
        self.preview = ReportPreview(session)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.preview.start(info, request)

    def done(self, result: int) -> None:
        self.preview.discard()
        super().done(result)


def print_report(
    parent: QWidget,
    session: AppSession,
    name: str,
    request: ReportRequest,
    *,
    unsaved_changes: bool = False,
) -> ReportPreviewDialog | None:
    """Open the preview of report ``name`` for ``request`` (a Print button on a record).

    ``unsaved_changes``: the record's editor holds edits the report, read from the
    database, will not show; the user is asked first.
    """
    from crm_desktop.reports.registry import REPORTS

    info = REPORTS.get(name)
    if info is None:
        QMessageBox.information(
            parent, parent.window().windowTitle(), parent.tr("This version cannot print that yet.")
        )
        return None
    if unsaved_changes:
        answer = QMessageBox.question(
            parent,
            parent.window().windowTitle(),
            parent.tr("The report shows what is saved, without the changes made here. Print it anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    dialog = ReportPreviewDialog(session, info, request, parent)
    dialog.open()
    return dialog
