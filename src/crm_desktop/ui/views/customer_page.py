"""Customer 360: one contact or company with everything about it on one page.

Details and preferences (do-not-contact flags in a banner), emails and phones,
tags, a timeline of every activity, task, case, deal and sale (newest first,
200 at a time), purchases per year and per product, open deals and open
cases, and quick actions (edit, log a call, meeting or note, new task, deal
or case). Everything is read in one background job; the page re-reads when a
change-set concerns this customer and never polls.

In the main window the page takes the place of the list it was opened from
(the navigation then shows no page as current, so any entry, or Back, leads
away from it); elsewhere it opens as a window of its own.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import ActivityKind, CaseStatus, CustomFieldType, Direction, Lifecycle, Priority
from crm_desktop.domain.errors import CrmError, NotFoundError
from crm_desktop.domain.models import Company, Contact, ContactMethod, CustomFieldDefinition
from crm_desktop.domain.money import Money
from crm_desktop.domain.photos import photo_bytes
from crm_desktop.reports.request import ReportRequest
from crm_desktop.services.changes import ChangeSet
from crm_desktop.services.crm import Crm
from crm_desktop.services.customer_scope import Customer
from crm_desktop.services.customer_summary import (
    OpenCase,
    OpenDeal,
    Purchases,
    open_cases,
    open_deals,
    purchases,
)
from crm_desktop.services.people import ContactRow
from crm_desktop.services.records import ListQuery
from crm_desktop.services.timeline import (
    PAGE_SIZE,
    EntryKind,
    TimelineCursor,
    TimelineEntry,
    TimelinePage,
    timeline,
    touches_customer,
)
from crm_desktop.ui.bidi import auto, ltr, paragraph
from crm_desktop.ui.formats import money_text
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.pages import Page
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.activity_dialog import ActivityDialog, activity_kind_names
from crm_desktop.ui.views.company_editor import CompanyEditor
from crm_desktop.ui.views.contact_editor import ContactEditor, channel_names, lifecycle_names
from crm_desktop.ui.views.reports import print_report, window_language

PEOPLE_SHOWN = 100  # a company page lists its first contacts by name
PHOTO_SIDE = 64  # pixels: a contact's photo beside the name
ERROR_COLOR = "#b00020"
# one colour per kind of timeline entry, for the small round marks beside each kind
KIND_COLORS = {
    ActivityKind.CALL.value: "#2e7d32",
    ActivityKind.MEETING.value: "#6a1b9a",
    ActivityKind.EMAIL.value: "#1565c0",
    ActivityKind.NOTE.value: "#f9a825",
    ActivityKind.VISIT.value: "#00838f",
    ActivityKind.SMS.value: "#0277bd",
    ActivityKind.STAGE_CHANGE.value: "#757575",
    EntryKind.TASK.value: "#ef6c00",
    EntryKind.CASE.value: "#c62828",
    EntryKind.DEAL.value: "#283593",
    EntryKind.SALE.value: "#00695c",
}
# the editors other pages own, opened from the quick actions (module, class)
TASK_EDITOR = ("crm_desktop.ui.views.task_editor", "TaskEditor")
DEAL_EDITOR = ("crm_desktop.ui.views.deal_editor", "DealEditor")
CASE_EDITOR = ("crm_desktop.ui.views.case_editor", "CaseEditor")


@dataclass
class CustomerData:
    """Everything the page shows about one customer, read in one background job."""

    customer: Customer
    record: Contact | Company | None  # None: deleted meanwhile
    methods: list[ContactMethod] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    company_name: str = ""  # a contact's company
    owner_name: str = ""
    definitions: list[CustomFieldDefinition] = field(default_factory=list)
    timeline: TimelinePage = field(default_factory=lambda: TimelinePage([], None))
    purchases: Purchases | None = None
    deals: list[OpenDeal] = field(default_factory=list)
    cases: list[OpenCase] = field(default_factory=list)
    people: list[ContactRow] = field(default_factory=list)  # a company's contacts
    people_count: int = 0
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    photo: str | None = None  # a contact's photo, a data: URI


def load_customer(crm: Crm, customer: Customer, timeline_limit: int = PAGE_SIZE) -> CustomerData:
    """Read the whole page's data (runs on a reader thread)."""
    service = crm.contacts if customer.contact_id is not None else crm.companies
    try:
        record: Contact | Company = service.get(customer.id)
    except NotFoundError:
        return CustomerData(customer, None)
    data = CustomerData(
        customer,
        record,
        methods=service.methods(customer.id),
        tags=service.tags(customer.id),
        definitions=crm.custom_fields.for_entity(customer.entity),
        timeline=timeline(crm.ctx, customer, limit=timeline_limit),
        purchases=purchases(crm.ctx, customer),
        deals=open_deals(crm.ctx, customer),
        cases=open_cases(crm.ctx, customer),
        now=crm.ctx.clock(),
    )
    if record.owner_id:
        data.owner_name = _name_or_blank(lambda: crm.users.get(str(record.owner_id)).name)
    if isinstance(record, Contact) and record.company_id:
        data.company_name = _name_or_blank(lambda: crm.companies.get(str(record.company_id)).name)
    if isinstance(record, Contact):
        data.photo = crm.contact_photos.get(record.id)
    if isinstance(record, Company):
        people = ListQuery(filters={"company_id": record.id}, limit=PEOPLE_SHOWN)
        data.people = crm.contacts.rows([c.id for c in crm.contacts.list(people).items])
        data.people_count = crm.contacts.count(people)
    return data


def _name_or_blank(read: Callable[[], str]) -> str:
    try:
        return read()
    except NotFoundError:
        return ""


def local_time(moment: datetime) -> str:
    return ltr(moment.astimezone().strftime("%Y-%m-%d %H:%M"))


def kind_icon(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def _section(title: str) -> QLabel:
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _value_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are the user's text, never markup
    label.setWordWrap(True)
    # a long address or URL is cut rather than widening the column past the window
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _tree(name: str, headers: list[str], stretch: int = 0, widths: Sequence[int] = ()) -> QTreeWidget:
    """A flat list with columns; ``stretch`` takes the room left, the others fit their text.

    ``widths`` fixes the other columns instead: fitting reads every row, too slow for a
    timeline of thousands.
    """
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QTreeWidget.SelectionMode.SingleSelection)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(40)
    others = [c for c in range(len(headers)) if c != stretch]
    for column, width in zip(others, widths, strict=False):
        tree.setColumnWidth(column, width)
    for column in others:
        mode = QHeaderView.ResizeMode.Interactive if widths else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return tree


def _clear_form(form: QFormLayout) -> None:
    while form.rowCount():
        form.removeRow(0)


class CustomerPage(Page):
    """Shows one contact or company; :meth:`show_customer` chooses which."""

    key = "customer"
    loaded = Signal()  # the page shows freshly read data

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("customer_page")
        self.customer: Customer | None = None
        self.data: CustomerData | None = None
        self.back_to: str | None = None
        self.history: list[Customer] = []
        self.timeline_page_size = PAGE_SIZE
        self.entries: list[TimelineEntry] = []
        self.next_cursor: TimelineCursor | None = None
        self.load_count = 0
        self.dialog: QDialog | None = None
        self._requested = 0  # numbers each read; an older read never replaces a newer one
        self._shown = 0
        self._pending = 0
        self._stale = False
        self._kind_names = activity_kind_names(self)
        self._icons: dict[str, QIcon] = {}

        # --- header: name, what it is, the do-not-contact banner, quick actions
        self.back_button = QToolButton()
        self.back_button.setObjectName("back")
        self.back_button.setText(self.tr("Back"))
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.clicked.connect(self.go_back)
        self.name_label = QLabel()
        self.name_label.setObjectName("customer_name")
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind_label = QLabel()
        self.kind_label.setObjectName("customer_kind")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("subtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle.linkActivated.connect(self._follow_link)
        self.banner = QLabel()
        self.banner.setObjectName("do_not_contact")
        self.banner.setStyleSheet(
            f"background: {ERROR_COLOR}; color: white; font-weight: bold; padding: 6px; border-radius: 3px;"
        )
        self.banner.hide()

        self.actions_bar = QHBoxLayout()
        self.edit_button = self._action_button("edit", self.tr("Edit…"), self.edit)
        self.call_button = self._action_button(
            "log_call", self.tr("Log call"), lambda: self.log(ActivityKind.CALL)
        )
        self.meeting_button = self._action_button(
            "log_meeting", self.tr("Log meeting"), lambda: self.log(ActivityKind.MEETING)
        )
        self.note_button = self._action_button(
            "add_note", self.tr("Add note"), lambda: self.log(ActivityKind.NOTE)
        )
        self.task_button = self._action_button(
            "new_task", self.tr("New task"), lambda: self.open_editor(TASK_EDITOR)
        )
        self.deal_button = self._action_button(
            "new_deal", self.tr("New deal"), lambda: self.open_editor(DEAL_EDITOR)
        )
        self.case_button = self._action_button(
            "new_case", self.tr("New case"), lambda: self.open_editor(CASE_EDITOR)
        )
        self.print_button = self._action_button("print_customer", self.tr("Print…"), self.print_sheet)
        self.print_button.setToolTip(self.tr("Details, open deals, purchases, cases and recent activities"))
        self.actions_bar.addStretch(1)

        self.photo_label = QLabel()
        self.photo_label.setObjectName("customer_photo")
        self.photo_label.hide()
        title_row = QHBoxLayout()
        title_row.addWidget(self.back_button)
        title_row.addWidget(self.photo_label)
        title_row.addWidget(self.name_label)
        title_row.addWidget(self.kind_label)
        title_row.addStretch(1)

        # --- details column
        self.facts = QFormLayout()
        self.emails_label = _value_label("emails")
        self.phones_label = _value_label("phones")
        self.tags_label = _value_label("tags")
        self.tags_label.setTextFormat(Qt.TextFormat.RichText)
        self.preferences = QFormLayout()
        self.preferences_title = _section(self.tr("Preferences"))
        self.notes_label = _value_label("notes")
        self.custom_title = _section(self.tr("More fields"))
        self.custom_form = QFormLayout()
        self.people_title = _section(self.tr("People"))
        self.people_list = QListWidget()
        self.people_list.setObjectName("people")
        self.people_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people_list.itemActivated.connect(self._open_person)
        self.people_list.itemDoubleClicked.connect(self._open_person)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(_section(self.tr("Details")))
        details_layout.addLayout(self.facts)
        details_layout.addWidget(_section(self.tr("Emails")))
        details_layout.addWidget(self.emails_label)
        details_layout.addWidget(_section(self.tr("Phones")))
        details_layout.addWidget(self.phones_label)
        details_layout.addWidget(_section(self.tr("Tags")))
        details_layout.addWidget(self.tags_label)
        details_layout.addWidget(self.preferences_title)
        details_layout.addLayout(self.preferences)
        details_layout.addWidget(self.custom_title)
        details_layout.addLayout(self.custom_form)
        details_layout.addWidget(_section(self.tr("Notes")))
        details_layout.addWidget(self.notes_label)
        details_layout.addWidget(self.people_title)
        details_layout.addWidget(self.people_list)
        details_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("details")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(details)

        # --- timeline column
        self.timeline_title = _section(self.tr("Timeline"))
        self.timeline_tree = _tree(
            "timeline",
            [self.tr("When"), self.tr("Kind"), self.tr("Title"), self.tr("Amount or status")],
            stretch=2,
            widths=(112, 125, 140),  # the kind as wide as "مكالمة (صادر)", "E-posta (gelen)"
        )
        self.timeline_tree.itemActivated.connect(self._open_entry)
        self.timeline_tree.itemDoubleClicked.connect(self._open_entry)
        self.more_button = QPushButton(self.tr("Show more"))
        self.more_button.setObjectName("show_more")
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.timeline_title)
        center_layout.addWidget(self.timeline_tree, 1)
        center_layout.addWidget(self.more_button)

        # --- deals, cases, purchases column
        self.deals_title = _section(self.tr("Open deals"))
        self.deals_tree = _tree(
            "open_deals", [self.tr("Deal"), self.tr("Stage"), self.tr("Amount"), self.tr("Expected close")]
        )
        self.deals_tree.setMaximumHeight(170)
        self.deals_tree.itemDoubleClicked.connect(lambda item, _c: self._open_in_window("deal", item))
        self.cases_title = _section(self.tr("Open cases"))
        self.cases_tree = _tree(
            "open_cases", [self.tr("Case"), self.tr("Priority"), self.tr("Status"), self.tr("Due")]
        )
        self.cases_tree.setMaximumHeight(170)
        self.cases_tree.itemDoubleClicked.connect(lambda item, _c: self._open_in_window("case", item))
        self.purchases_title = _section(self.tr("Purchases"))
        self.purchases_label = _value_label("purchases_summary")
        self.years_tree = _tree("purchases_per_year", [self.tr("Year"), self.tr("Sales"), self.tr("Total")])
        self.products_tree = _tree(
            "purchases_per_product", [self.tr("Product"), self.tr("Times"), self.tr("Total")]
        )
        self.years_tree.setMaximumHeight(130)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.deals_title,
            self.deals_tree,
            self.cases_title,
            self.cases_tree,
            self.purchases_title,
            self.purchases_label,
            self.years_tree,
        ):
            side_layout.addWidget(widget)
        side_layout.addWidget(self.products_tree, 1)
        self.side_stretch = QWidget()  # takes the room when there is no product list to fill it
        side_layout.addWidget(self.side_stretch, 1)

        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.setObjectName("customer_splitter")
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(scroll)
        self.body.addWidget(center)
        self.body.addWidget(side)
        self.body.setStretchFactor(1, 1)
        self.body.setSizes([250, 620, 310])

        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.banner)
        layout.addLayout(self.actions_bar)
        layout.addWidget(self.body, 1)
        self._set_enabled(False)
        self.back_button.hide()
        session.changed.connect(self._on_changed)

    def _action_button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        self.actions_bar.addWidget(button)
        return button

    def _set_enabled(self, enabled: bool) -> None:
        for button in (
            self.edit_button,
            self.call_button,
            self.meeting_button,
            self.note_button,
            self.task_button,
            self.deal_button,
            self.case_button,
            self.print_button,
        ):
            button.setEnabled(enabled)

    # --- Page -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Customer")

    def refresh(self) -> None:
        self.reload()

    # --- which customer -------------------------------------------------------------------

    def show_customer(
        self, entity: str, record_id: str, *, back_to: str | None = None, remember: bool = False
    ) -> None:
        """Show a contact or a company; ``remember``: Back returns to the one shown now."""
        if remember and self.customer is not None:
            self.history.append(self.customer)
        elif not remember:
            self.history.clear()
            self.back_to = back_to
        self._switch_to(Customer.of(entity, record_id))

    def go_back(self) -> None:
        """To the customer shown before, else to the list this page was opened from."""
        if self.history:
            self._switch_to(self.history.pop())
            return
        window = self._main_window()
        if window is not None and self.back_to:
            window.show_page(self.back_to)

    def _switch_to(self, customer: Customer) -> None:
        self.customer = customer
        self.data = None
        self.entries = []
        self.next_cursor = None
        self.name_label.setText(self.tr("Loading…"))
        self.kind_label.setText("")
        self.subtitle.setText("")
        self.banner.hide()
        self._set_enabled(False)
        self.timeline_tree.clear()
        self.more_button.hide()
        self.back_button.setVisible(bool(self.history) or self._main_window() is not None)
        self.reload()

    def _main_window(self) -> MainWindow | None:
        window = self.window()
        return window if isinstance(window, MainWindow) else None

    # --- reading -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A read for this page is under way."""
        return self._pending > 0

    def reload(self, only_if: ChangeSet | None = None) -> None:
        """Read the page again; with ``only_if``, only when those changes concern this customer."""
        customer = self.customer
        if customer is None:
            return
        self._stale = False
        self._requested += 1
        number = self._requested
        limit = max(self.timeline_page_size, len(self.entries))

        def job(crm: Crm) -> CustomerData | None:
            if only_if is not None and not touches_customer(crm.ctx, customer, only_if):
                return None
            return load_customer(crm, customer, limit)

        def done(data: CustomerData | None) -> None:
            self._pending -= 1
            if data is None or data.customer != self.customer or number < self._shown:
                return
            self._shown = number
            self._show(data)

        def failed(error: CrmError) -> None:
            self._pending -= 1
            self.name_label.setText(str(error))

        self._pending += 1
        self.session.read(job, done, failed)

    def show_more(self) -> None:
        """The next page of the timeline, after the entries shown."""
        customer, cursor = self.customer, self.next_cursor
        if customer is None or cursor is None:
            return
        size = self.timeline_page_size
        self.more_button.setEnabled(False)

        def done(page: TimelinePage) -> None:
            self._pending -= 1
            self.more_button.setEnabled(True)
            if customer != self.customer or cursor != self.next_cursor:
                return  # the page moved on (another customer, or a reload) meanwhile
            self._add_entries(page)

        def failed(error: CrmError) -> None:
            self._pending -= 1
            self.more_button.setEnabled(True)
            self.session.failed.emit(str(error))

        self._pending += 1
        self.session.read(lambda crm: timeline(crm.ctx, customer, limit=size, before=cursor), done, failed)

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.customer is None:
            return
        shown = self._shown_ids()
        direct = any(changes.ids(entity) & ids for entity, ids in shown.items())
        if not self.isVisible():
            self._stale = True
            return
        self.reload(None if direct else changes)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _shown_ids(self) -> dict[str, set[str]]:
        """Records on the page by entity: a change to one of them reloads without asking."""
        shown: dict[str, set[str]] = {}
        for entry in self.entries:
            shown.setdefault(entry.kind.value, set()).add(entry.id)
        if self.data is not None:
            shown.setdefault("deal", set()).update(d.id for d in self.data.deals)
            shown.setdefault("case", set()).update(c.id for c in self.data.cases)
            shown.setdefault("contact", set()).update(p.id for p in self.data.people)
        return shown

    # --- showing ----------------------------------------------------------------------------

    def _show(self, data: CustomerData) -> None:
        self.data = data
        self.load_count += 1
        record = data.record
        if record is None:
            self.name_label.setText(
                self.tr("This contact is in the bin.")
                if data.customer.entity == "contact"
                else self.tr("This company is in the bin.")
            )
            self.subtitle.setText("")
            self.banner.hide()
            self._set_enabled(False)
            self.entries = []
            self.timeline_tree.clear()
            self.body.hide()
            self.loaded.emit()
            return
        self.body.show()
        self._set_enabled(True)
        self._show_photo(data.photo)
        if isinstance(record, Contact):
            self._show_contact_header(record, data)
        else:
            self._show_company_header(record, data)
        self._show_methods(data)
        self.tags_label.setText(self._tags_html(data.tags))
        self.notes_label.setText(record.notes or self.tr("No notes."))
        self._show_custom(record, data.definitions)
        self._show_people(data)
        # a reload of the same customer keeps the place the user scrolled to
        scroll = self.timeline_tree.verticalScrollBar()
        position = scroll.value() if self.entries else 0
        self.entries = []
        self.timeline_tree.clear()
        self._add_entries(data.timeline)
        scroll.setValue(position)
        self._show_deals(data.deals)
        self._show_cases(data.cases)
        self._show_purchases(data.purchases)
        self.loaded.emit()

    def _show_photo(self, photo: str | None) -> None:
        pixmap = QPixmap()
        if photo is not None:
            pixmap.loadFromData(photo_bytes(photo)[1])
        if pixmap.isNull():  # none, or one Qt cannot draw (checked on import, yet a sync may bring any)
            self.photo_label.clear()
            self.photo_label.hide()
            return
        self.photo_label.setPixmap(
            pixmap.scaled(
                PHOTO_SIDE,
                PHOTO_SIDE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.photo_label.show()

    def _show_contact_header(self, contact: Contact, data: CustomerData) -> None:
        self.name_label.setText(auto(contact.display_name))
        self.kind_label.setText(self.tr("Contact"))
        parts = [_escape(auto(contact.job_title))] if contact.job_title else []
        if contact.company_id and data.company_name:
            parts.append(f'<a href="company:{contact.company_id}">{_escape(auto(data.company_name))}</a>')
        parts.append(lifecycle_names(self).get(Lifecycle(contact.lifecycle), contact.lifecycle))
        if data.owner_name:
            parts.append(self.tr("Owner: {0}").format(_escape(auto(data.owner_name))))
        self.subtitle.setText(paragraph(" · ".join(parts), self.isRightToLeft()))
        flags = [
            text
            for flag, text in (
                (contact.do_not_call, self.tr("Do not call")),
                (contact.do_not_email, self.tr("Do not email")),
                (contact.do_not_sms, self.tr("Do not send SMS")),
                (contact.do_not_mail, self.tr("Do not send post")),
            )
            if flag
        ]
        self.banner.setText(self.tr("Do not contact: {0}").format(" · ".join(flags)))
        self.banner.setVisible(bool(flags))
        _clear_form(self.facts)
        for label, value in (
            (self.tr("Role"), auto(contact.job_title)),
            (self.tr("Company"), auto(data.company_name)),
            (self.tr("Owner"), auto(data.owner_name)),
            (self.tr("Address"), self._address(contact)),
            (self.tr("Language"), ltr(contact.language)),
            (self.tr("Birthday"), ltr(contact.birthday.isoformat()) if contact.birthday else ""),
            (self.tr("Source"), auto(contact.source)),
            (self.tr("External ID"), ltr(contact.external_id)),
            (self.tr("Added"), ltr(contact.created_at.date().isoformat())),
        ):
            if value:
                _add_fact(self.facts, label, value)
        _clear_form(self.preferences)
        channel = contact.preferred_channel
        self.preferences.addRow(
            self.tr("Prefers"),
            QLabel(channel_names(self).get(channel, str(channel)) if channel else self.tr("No preference")),
        )
        for flag, yes, no in (
            (contact.do_not_call, self.tr("Do not call"), self.tr("Calls are welcome")),
            (contact.do_not_email, self.tr("Do not email"), self.tr("Emails are welcome")),
            (contact.do_not_sms, self.tr("Do not send SMS"), self.tr("SMS are welcome")),
            (contact.do_not_mail, self.tr("Do not send post"), self.tr("Post is welcome")),
        ):
            mark = QLabel(yes if flag else no)
            if flag:
                mark.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
            self.preferences.addRow("", mark)
        consent = (
            self.tr("Agreed on {0}").format(ltr(contact.marketing_consent_at.date().isoformat()))
            if contact.marketing_consent and contact.marketing_consent_at
            else self.tr("Agreed")
            if contact.marketing_consent
            else self.tr("Not agreed")
        )
        self.preferences.addRow(self.tr("Marketing"), QLabel(consent))
        if contact.preferences_note:
            note = _value_label("preferences_note")
            note.setText(contact.preferences_note)
            self.preferences.addRow(self.tr("Notes"), note)
        self.preferences_title.show()

    def _show_company_header(self, company: Company, data: CustomerData) -> None:
        self.name_label.setText(auto(company.name))
        self.kind_label.setText(self.tr("Company"))
        parts = [_escape(auto(p)) for p in (company.industry, company.city) if p]
        if data.owner_name:
            parts.append(self.tr("Owner: {0}").format(_escape(auto(data.owner_name))))
        parts.append(self.tr("%n contact(s)", "", data.people_count))
        self.subtitle.setText(paragraph(" · ".join(parts), self.isRightToLeft()))
        self.banner.hide()
        _clear_form(self.facts)
        for label, value in (
            (self.tr("Industry"), auto(company.industry)),
            (self.tr("Website"), ltr(company.website)),
            (self.tr("Tax number"), ltr(company.tax_id)),
            (self.tr("External ID"), ltr(company.external_id)),
            (self.tr("Owner"), auto(data.owner_name)),
            (self.tr("Address"), self._address(company)),
            (self.tr("Added"), ltr(company.created_at.date().isoformat())),
        ):
            if value:
                _add_fact(self.facts, label, value)
        _clear_form(self.preferences)
        self.preferences_title.hide()

    def _address(self, record: Contact | Company) -> str:
        town = " ".join(p for p in (record.postal_code, record.city) if p)
        return ", ".join(auto(p) for p in (record.address_line, town, record.region, record.country) if p)

    def _method_labels(self) -> dict[str, str]:
        return {
            "work": self.tr("work"),
            "home": self.tr("home"),
            "mobile": self.tr("mobile"),
            "fax": self.tr("fax"),
            "other": self.tr("other"),
        }

    def _show_methods(self, data: CustomerData) -> None:
        names = self._method_labels()
        lines: dict[str, list[str]] = {"email": [], "phone": []}
        for method in sorted(data.methods, key=lambda m: (not m.is_primary, m.position)):
            text = f"{ltr(method.value)}  ({names.get(method.label, method.label)})"
            lines[method.kind].append(text)
        record = data.record
        if isinstance(record, Contact) and record.do_not_call and lines["phone"]:
            lines["phone"].append(self.tr("Do not call"))
        if isinstance(record, Contact) and record.do_not_email and lines["email"]:
            lines["email"].append(self.tr("Do not email"))
        self.emails_label.setText("\n".join(lines["email"]) or self.tr("None"))
        self.phones_label.setText("\n".join(lines["phone"]) or self.tr("None"))

    def _tags_html(self, tags: list[str]) -> str:
        if not tags:
            return self.tr("None")
        chip = "background-color: #e3ecfa; color: #1a3a6b;"
        return " ".join(f'<span style="{chip}">&nbsp;{_escape(auto(t))}&nbsp;</span>' for t in tags)

    def _show_custom(self, record: Contact | Company, definitions: list[CustomFieldDefinition]) -> None:
        _clear_form(self.custom_form)
        for definition in definitions:
            value = record.custom.get(definition.key)
            if value in (None, ""):
                continue
            if definition.field_type == CustomFieldType.BOOL:
                text = self.tr("Yes") if value else self.tr("No")
            elif definition.field_type in (CustomFieldType.NUMBER, CustomFieldType.DATE):
                text = ltr(str(value))
            else:
                text = auto(str(value))
            _add_fact(self.custom_form, definition.label, text, f"custom_{definition.key}")
        self.custom_title.setVisible(self.custom_form.rowCount() > 0)

    def _show_people(self, data: CustomerData) -> None:
        is_company = data.customer.entity == "company"
        self.people_title.setVisible(is_company)
        self.people_list.setVisible(is_company)
        self.people_list.clear()
        for person in data.people:
            detail = " · ".join(p for p in (ltr(person.primary_phone), ltr(person.primary_email)) if p)
            item = QListWidgetItem(auto(person.display_name) + (f"   {detail}" if detail else ""))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people_list.addItem(item)
        if data.people_count > len(data.people):
            more = QListWidgetItem(self.tr("and %n more", "", data.people_count - len(data.people)))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.people_list.addItem(more)

    # --- the timeline -----------------------------------------------------------------------

    def _add_entries(self, page: TimelinePage) -> None:
        now = self.data.now if self.data is not None else datetime.now(UTC)
        items = [self._entry_item(entry, now) for entry in page.entries]
        self.timeline_tree.addTopLevelItems(items)
        self.entries.extend(page.entries)
        self.next_cursor = page.next_cursor
        self.more_button.setVisible(page.next_cursor is not None)
        count = len(self.entries)
        if page.next_cursor is None:
            self.timeline_title.setText(self.tr("Timeline (%n entries)", "", count))
        else:
            self.timeline_title.setText(self.tr("Timeline (newest %n)", "", count))

    def _icon(self, key: str) -> QIcon:
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = kind_icon(KIND_COLORS.get(key, "#757575"))
        return icon

    def entry_texts(self, entry: TimelineEntry, now: datetime) -> tuple[str, str, str, str]:
        """(when, kind, title, amount or status) as the timeline shows them."""
        when = ltr(entry.at.date().isoformat()) if entry.date_only else local_time(entry.at)
        kind = self._entry_kind(entry)
        title = auto(entry.title) if entry.title else kind
        if entry.contact_name and self.customer is not None and self.customer.entity == "company":
            title = f"{auto(entry.contact_name)}: {title}"
        if entry.summary:
            title += f" — {auto(entry.summary)}"
        amount = money_text(entry.amount) if entry.amount is not None else ""
        detail = " · ".join(p for p in (amount, self._entry_status(entry, now)) if p)
        return when, kind, title, detail

    def _entry_kind(self, entry: TimelineEntry) -> str:
        if entry.kind == EntryKind.ACTIVITY and entry.activity_kind is not None:
            name = self._kind_names.get(entry.activity_kind, entry.activity_kind.value)
            if entry.direction in (Direction.INBOUND, Direction.OUTBOUND):
                arrow = self.tr("in") if entry.direction == Direction.INBOUND else self.tr("out")
                name = f"{name} ({arrow})"
            return name
        return {
            EntryKind.TASK: self.tr("Task"),
            EntryKind.CASE: self.tr("Case"),
            EntryKind.DEAL: self.tr("Deal"),
            EntryKind.SALE: self.tr("Sale"),
        }.get(entry.kind, entry.kind.value)

    def _entry_status(self, entry: TimelineEntry, now: datetime) -> str:
        if entry.kind == EntryKind.ACTIVITY:
            parts = [auto(entry.outcome)] if entry.outcome else []
            if entry.duration_minutes:
                parts.append(self.tr("%n min", "", entry.duration_minutes))
            return " · ".join(parts)
        if entry.kind == EntryKind.TASK:
            if entry.status == "done":
                return self.tr("Done")
            if _overdue(entry, now):
                return self.tr("Overdue")
            return (
                self.tr("Due {0}").format(local_time(entry.due_at))
                if entry.due_at
                else self.tr("Open", "status")
            )
        if entry.kind == EntryKind.CASE:
            status = self._case_status_names().get(CaseStatus(entry.status), entry.status)
            priority = self._priority_names().get(entry.priority, "") if entry.priority else ""
            return " · ".join(p for p in (status, priority) if p)
        if entry.kind == EntryKind.DEAL:
            return auto(entry.stage_name)
        return ""

    def _entry_item(self, entry: TimelineEntry, now: datetime) -> QTreeWidgetItem:
        texts = self.entry_texts(entry, now)
        item = QTreeWidgetItem(list(texts))
        color_key = entry.activity_kind.value if entry.activity_kind is not None else entry.kind.value
        item.setIcon(1, self._icon(color_key))
        item.setData(0, Qt.ItemDataRole.UserRole, (entry.kind.value, entry.id))
        item.setToolTip(2, texts[2])
        if (
            entry.base_amount is not None
            and entry.amount is not None
            and entry.base_amount.currency != entry.amount.currency
        ):
            item.setToolTip(3, money_text(entry.base_amount))
        if entry.due_at is not None:
            item.setToolTip(3, self.tr("Due {0}").format(local_time(entry.due_at)))
        if _overdue(entry, now):
            item.setForeground(3, QBrush(QColor(ERROR_COLOR)))
        return item

    def _case_status_names(self) -> dict[CaseStatus, str]:
        return {
            CaseStatus.NEW: self.tr("New"),
            CaseStatus.OPEN: self.tr("Open", "status"),
            CaseStatus.WAITING: self.tr("Waiting"),
            CaseStatus.RESOLVED: self.tr("Resolved"),
            CaseStatus.CLOSED: self.tr("Closed"),
        }

    def _priority_names(self) -> dict[Priority, str]:
        return {
            Priority.LOW: self.tr("Low"),
            Priority.NORMAL: self.tr("Normal"),
            Priority.HIGH: self.tr("High"),
            Priority.URGENT: self.tr("Urgent"),
        }

    # --- deals, cases, purchases -----------------------------------------------------------

    def _show_deals(self, deals: list[OpenDeal]) -> None:
        self.deals_tree.clear()
        self.deals_tree.setVisible(bool(deals))
        for deal in deals:
            close = ltr(deal.expected_close.isoformat()) if deal.expected_close else ""
            item = QTreeWidgetItem([auto(deal.title), auto(deal.stage_name), money_text(deal.amount), close])
            item.setData(0, Qt.ItemDataRole.UserRole, deal.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(
                2, self.tr("Weighted: {0} ({1} %)").format(money_text(deal.weighted_base), deal.probability)
            )
            self.deals_tree.addTopLevelItem(item)
        total = sum(d.base_amount.minor for d in deals)
        currency = self.data.purchases.base_currency if self.data and self.data.purchases else ""
        if deals and currency:
            self.deals_title.setText(
                self.tr("Open deals: %n, worth {0}", "", len(deals)).format(
                    money_text(Money(total, currency))
                )
            )
        else:
            self.deals_title.setText(self.tr("Open deals: none"))

    def _show_cases(self, cases: list[OpenCase]) -> None:
        self.cases_tree.clear()
        self.cases_tree.setVisible(bool(cases))
        statuses = self._case_status_names()
        priorities = self._priority_names()
        for case in cases:
            due = local_time(case.sla_due_at) if case.sla_due_at else ""
            item = QTreeWidgetItem(
                [auto(case.subject), priorities[case.priority], statuses[case.status], due]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, case.id)
            if case.overdue:
                item.setForeground(3, QBrush(QColor(ERROR_COLOR)))
                item.setToolTip(3, self.tr("Overdue"))
            if case.escalation_level:
                item.setToolTip(0, self.tr("Escalated to level {0}").format(case.escalation_level))
            self.cases_tree.addTopLevelItem(item)
        overdue = sum(1 for c in cases if c.overdue)
        title = self.tr("Open cases: %n", "", len(cases)) if cases else self.tr("Open cases: none")
        if overdue:
            title += " · " + self.tr("%n overdue", "", overdue)
        self.cases_title.setText(title)

    def _show_purchases(self, bought: Purchases | None) -> None:
        self.years_tree.clear()
        self.products_tree.clear()
        if bought is None or not bought.sales:
            self.purchases_label.setText(self.tr("No purchases yet."))
            self.years_tree.hide()
            self.products_tree.hide()
            self.side_stretch.show()
            return
        self.years_tree.show()
        self.products_tree.show()
        self.side_stretch.hide()
        last = ltr(bought.last_sold_on.isoformat()) if bought.last_sold_on else ""
        self.purchases_label.setText(
            self.tr("%n sale(s), {0} in all; the last on {1}", "", bought.sales).format(
                money_text(bought.total), last
            )
        )
        trailing = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        for year in bought.per_year:
            item = QTreeWidgetItem([ltr(str(year.year)), str(year.sales), money_text(year.total)])
            item.setTextAlignment(1, trailing)
            item.setTextAlignment(2, trailing)
            self.years_tree.addTopLevelItem(item)
        for product in bought.per_product:
            name = auto(product.name) if product.name else self.tr("(no description)")
            item = QTreeWidgetItem([name, str(product.lines), money_text(product.total)])
            item.setTextAlignment(1, trailing)
            item.setTextAlignment(2, trailing)
            self.products_tree.addTopLevelItem(item)

    # --- opening things ---------------------------------------------------------------------

    def _follow_link(self, link: str) -> None:
        entity, _sep, record_id = link.partition(":")
        if entity in ("contact", "company") and record_id:
            self.show_customer(entity, record_id, remember=True)

    def _open_person(self, item: QListWidgetItem) -> None:
        person = item.data(Qt.ItemDataRole.UserRole)
        if person:
            self.show_customer("contact", str(person), remember=True)

    def _open_entry(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if not data:
            return
        kind, record_id = data
        if kind == EntryKind.ACTIVITY.value:
            self._open_dialog(ActivityDialog(self.session, record_id, self))
            return
        window = self._main_window()
        if window is not None:
            window.open_record(kind, record_id)

    def _open_in_window(self, entity: str, item: QTreeWidgetItem) -> None:
        record_id = item.data(0, Qt.ItemDataRole.UserRole)
        window = self._main_window()
        if window is not None and record_id:
            window.open_record(entity, str(record_id))

    # --- quick actions -------------------------------------------------------------------------

    def links(self) -> dict[str, str]:
        """How a new task, deal, case or activity names this customer."""
        if self.customer is None:
            return {}
        return {f"{self.customer.entity}_id": self.customer.id}

    def edit(self) -> None:
        if self.customer is None:
            return
        if self.customer.entity == "contact":
            self._open_dialog(ContactEditor(self.session, self.customer.id, self))
        else:
            self._open_dialog(CompanyEditor(self.session, self.customer.id, self))

    def log(self, kind: ActivityKind) -> None:
        if self.customer is not None:
            self._open_dialog(ActivityDialog(self.session, None, self, kind=kind, **self.links()))

    def open_editor(self, editor: tuple[str, str]) -> None:
        """Open another page's editor (task, deal, case) for a new record of this customer."""
        if self.customer is None:
            return
        module_name, class_name = editor
        try:
            dialog_class: Any = getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError):
            QMessageBox.information(self, self.title(), self.tr("This version cannot create that yet."))
            return
        self._open_dialog(dialog_class(self.session, None, self, **self.links()))

    def print_sheet(self) -> None:
        """The customer report of this contact or company, previewed to print or save."""
        if self.customer is None:
            return
        is_contact = self.customer.entity == "contact"
        request = ReportRequest(
            language=window_language(),
            contact_id=self.customer.id if is_contact else None,
            company_id=None if is_contact else self.customer.id,
        )
        print_report(self, self.session, "customer", request)

    def _open_dialog(self, dialog: QDialog) -> None:
        # one dialog at a time is kept; the one before it has finished with its save by now
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()


def _overdue(entry: TimelineEntry, now: datetime) -> bool:
    return (
        entry.kind == EntryKind.TASK
        and entry.status != "done"
        and entry.due_at is not None
        and entry.due_at < now
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _add_fact(form: QFormLayout, label: str, text: str, name: str = "") -> None:
    value = _value_label(name)
    value.setText(text)
    value.setToolTip(text)
    form.addRow(label, value)


def open_customer(origin: Page, entity: str, record_id: str) -> CustomerPage:
    """Show a contact's or company's page from a list (or anything else on a page)."""
    window = origin.window()
    if isinstance(window, MainWindow):
        page = window.findChild(CustomerPage, "customer_page")
        if page is None:
            page = CustomerPage(origin.session)
            window.stack.addWidget(page)
        page.show_customer(entity, record_id, back_to=origin.key)
        window.stack.setCurrentWidget(page)
        window.navigation.setCurrentRow(
            -1
        )  # no list is current: choosing any, even the same, leaves this page
        return page
    page = CustomerPage(origin.session, origin)
    page.setWindowFlag(Qt.WindowType.Window)
    page.resize(1200, 760)
    page.show_customer(entity, record_id)
    page.show()
    return page
