"""The case queue: cases in SLA order, overdue ones marked, and a pane to work the chosen case.

The pane changes status with buttons (resolving or closing asks for the
resolution), assigns, escalates with a reason, suggests knowledge base articles
from the case text and lists the case's activities. While the page exists a
timer applies the SLA escalation rules every minute on the writer thread.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QIdentityProxyModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import ActivityKind, CaseStatus, Channel, Priority
from crm_desktop.domain.models import Activity, Case, KnowledgeArticle
from crm_desktop.services.activities import ActivityInput
from crm_desktop.services.cases import MAX_ESCALATION, CaseInput
from crm_desktop.services.changes import ChangeSet, Outcome
from crm_desktop.services.crm import Crm
from crm_desktop.services.records import ListQuery
from crm_desktop.ui.bidi import auto
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.preferences import Preferences
from crm_desktop.ui.record_list import RecordListPage
from crm_desktop.ui.record_model import Column, RecordTableModel, RowSource
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.undo import UndoStack
from crm_desktop.ui.views.case_editor import CaseEditor, status_names
from crm_desktop.ui.views.contact_editor import channel_names
from crm_desktop.ui.views.task_editor import fetch_records, priority_names, span_text, user_choices, when_text
from crm_desktop.ui.widgets.choices import refill

ESCALATION_INTERVAL_MS = 60_000
FIRST_ESCALATION_MS = 2_000  # soon after start, once the window is up
SUGGESTED_ARTICLES = 5
SHOWN_ACTIVITIES = 100
ACTIVE = "active"  # the status filter's "open queue" choice: new, open and waiting
UNASSIGNED = "unassigned"
OVERDUE_TEXT = QColor("#8a0012")
OVERDUE_BACKGROUND = QColor("#fde8ea")
ESCALATED_TEXT = QColor("#8a4b00")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CaseRow:
    """What the queue shows of one case, with the names of what it is linked to."""

    id: str
    subject: str
    status: CaseStatus
    priority: Priority
    channel: Channel
    sla_due_at: datetime | None
    resolved_at: datetime | None
    escalation_level: int
    escalation_reason: str
    escalated_at: datetime | None
    customer: str
    assignee: str
    created_at: datetime

    def overdue(self, now: datetime) -> bool:
        return self.status.is_active and self.sla_due_at is not None and self.sla_due_at < now


class CaseRows:
    """The queue's rows: cases plus contact, company and assignee names, read a page at a time."""

    def __init__(self, crm: Crm) -> None:
        self.crm = crm

    def count(self, query: ListQuery) -> int:
        return self.crm.cases.count(query)

    def ids(self, query: ListQuery) -> list[str]:
        return self.crm.cases.ids(query)

    def ids_page(self, query: ListQuery, offset: int, limit: int) -> list[str]:
        return self.crm.cases.ids_page(query, offset, limit)

    def rows(self, ids: Sequence[str]) -> list[CaseRow]:
        cases = fetch_records(self.crm.cases, ids)
        contacts = {
            c.id: c.display_name
            for c in fetch_records(self.crm.contacts, _unique(c.contact_id for c in cases))
        }
        companies = {
            c.id: c.name for c in fetch_records(self.crm.companies, _unique(c.company_id for c in cases))
        }
        users = {u.id: u.name for u in fetch_records(self.crm.users, _unique(c.assignee_id for c in cases))}
        return [
            CaseRow(
                id=c.id,
                subject=c.subject,
                status=CaseStatus(c.status),
                priority=Priority(c.priority),
                channel=Channel(c.channel),
                sla_due_at=c.sla_due_at,
                resolved_at=c.resolved_at,
                escalation_level=c.escalation_level,
                escalation_reason=c.escalation_reason,
                escalated_at=c.escalated_at,
                customer=contacts.get(c.contact_id or "") or companies.get(c.company_id or "", ""),
                assignee=users.get(c.assignee_id or "", ""),
                created_at=c.created_at,
            )
            for c in cases
        ]


def _unique(values: Any) -> list[str]:
    return sorted({v for v in values if v})


class CaseQueueModel(QIdentityProxyModel):
    """The queue as shown: overdue rows in red (and said in words), escalation reasons as tips."""

    def __init__(
        self, records: RecordTableModel, now: Callable[[], datetime], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.records = records
        self._now = now
        self.setSourceModel(records)

    def row(self, proxy_row: int) -> CaseRow | None:
        row = self.records.row_at(proxy_row)
        return row if isinstance(row, CaseRow) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        styled = (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ToolTipRole,
        )
        if not index.isValid() or role not in styled:
            return super().data(index, role)
        row = self.row(index.row())
        if row is None:
            return super().data(index, role)
        key = self.records.column(index.column()).key
        overdue = row.overdue(self._now())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key, overdue) or super().data(index, role)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND) if overdue else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue:
                return QBrush(OVERDUE_TEXT)
            if key == "escalation" and row.escalation_level:
                return QBrush(ESCALATED_TEXT)
            return None
        if (
            (overdue and key in ("sla", "due"))
            or (key == "escalation" and row.escalation_level)
            or (key == "priority" and row.priority == Priority.URGENT)
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _tooltip(self, row: CaseRow, key: str, overdue: bool) -> str:
        if key == "escalation" and row.escalation_level:
            return escalation_text(self, row.escalation_level, row.escalation_reason, row.escalated_at)
        if key in ("sla", "due") and overdue and row.sla_due_at is not None:
            return self.tr("Overdue: it was due {0}.").format(when_text(row.sla_due_at))
        return ""


def escalation_text(translator: QObject, level: int, reason: str, when: datetime | None) -> str:
    """ "Escalation level 2 (since …): why" — shown as the queue's tip and in the pane."""
    if not level:
        return translator.tr("Not escalated")
    text = translator.tr("Escalation level {0} of {1}").format(level, MAX_ESCALATION)
    if when is not None:
        text += " " + translator.tr("(since {0})").format(when_text(when))
    return f"{text}: {auto(reason)}" if reason else text  # the reason in its own direction


class TextPrompt(QDialog):
    """Asks for a short text that must not be empty (resolution notes, an escalation reason)."""

    def __init__(self, title: str, label: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("text_prompt")
        self.setWindowTitle(title)
        self.resize(460, 260)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("prompt_text")
        self.editor.setPlainText(text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        self.ok_button = ok
        self.editor.textChanged.connect(self._update)
        prompt = QLabel(label)
        prompt.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.text()))

    def text(self) -> str:
        return self.editor.toPlainText().strip()


class ArticleView(QDialog):
    """A knowledge base article's text, beside the case (not modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article_view")
        self.resize(560, 480)
        self.heading = QLabel()
        self.heading.setObjectName("article_title")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.category = QLabel()
        self.body = QTextBrowser()
        self.body.setObjectName("article_body")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.category)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)

    def show_article(self, article: KnowledgeArticle) -> None:
        self.setWindowTitle(article.title)
        self.heading.setText(article.title)
        self.category.setText(article.category)
        self.category.setVisible(bool(article.category))
        self.body.setPlainText(article.body)
        if self.isVisible():
            self.raise_()  # already open behind the window: bring it forward with the new text
        else:
            self.show()


def activity_kind_names(widget: QObject) -> dict[ActivityKind, str]:
    return {
        ActivityKind.CALL: widget.tr("Call"),
        ActivityKind.MEETING: widget.tr("Meeting"),
        ActivityKind.EMAIL: widget.tr("Email"),
        ActivityKind.NOTE: widget.tr("Note"),
        ActivityKind.VISIT: widget.tr("Visit"),
        ActivityKind.SMS: widget.tr("SMS"),
        ActivityKind.STAGE_CHANGE: widget.tr("Stage change"),
    }


class CaseDetail(QWidget):
    """The chosen case: its text, status buttons, assignment, escalation, articles and activities."""

    open_requested = Signal(str, str)  # (entity, id): a linked contact or company

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_detail")
        self.session = session
        self.case: Case | None = None
        self._articles: dict[str, KnowledgeArticle] = {}
        self.article_view: ArticleView | None = None
        self.statuses = status_names(self)
        self.priorities = priority_names(self)
        self.channels = channel_names(self)
        self.kinds = activity_kind_names(self)

        self.empty = QLabel(self.tr("Choose a case in the queue to work on it here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.subject = QLabel()
        self.subject.setObjectName("case_subject")
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.subject.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.subject.setFont(font)
        self.sla = QLabel()
        self.sla.setObjectName("case_sla")
        self.sla.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("case_status")
        self.customer = QLabel()
        self.customer.setObjectName("case_customer")
        self.customer.setTextFormat(Qt.TextFormat.RichText)
        self.customer.linkActivated.connect(self._open_link)
        self.about = QLabel()
        self.about.setObjectName("case_about")
        self.about.setWordWrap(True)
        self.escalation = QLabel()
        self.escalation.setObjectName("case_escalation")
        self.escalation.setWordWrap(True)

        self.status_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        for key, text, status in (
            ("open", self.tr("Open", "status"), CaseStatus.OPEN),
            ("waiting", self.tr("Waiting"), CaseStatus.WAITING),
            ("resolved", self.tr("Resolved…"), CaseStatus.RESOLVED),
            ("closed", self.tr("Closed…"), CaseStatus.CLOSED),
            ("reopen", self.tr("Reopen"), CaseStatus.OPEN),
        ):
            button = QPushButton(text)
            button.setObjectName(f"status_{key}")
            button.clicked.connect(lambda _c=False, s=status: self.change_status(s))
            self.status_buttons[key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.assignee = QComboBox()
        self.assignee.setObjectName("assign")
        self.assignee.activated.connect(lambda _i: self.assign(self.assignee.currentData()))
        self.escalate_button = QPushButton(self.tr("Escalate…"))
        self.escalate_button.setObjectName("escalate")
        self.escalate_button.clicked.connect(self.escalate)
        self.note_button = QPushButton(self.tr("Add note…"))
        self.note_button.setObjectName("add_note")
        self.note_button.clicked.connect(self.add_note)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_case")
        self.edit_button.clicked.connect(self.edit)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Assigned to")))
        actions.addWidget(self.assignee, 1)
        actions.addWidget(self.escalate_button)
        actions.addWidget(self.note_button)
        actions.addWidget(self.edit_button)

        self.text = QTextBrowser()
        self.text.setObjectName("case_text")
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setWordWrap(True)
        self.suggestions.itemClicked.connect(self._open_article)
        self.suggestions.itemActivated.connect(self._open_article)
        self.activities = QListWidget()
        self.activities.setObjectName("case_activities")
        self.activities.setWordWrap(True)
        self.activities.setAlternatingRowColors(True)
        self.activities.setSpacing(2)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("case_tabs")
        self.tabs.addTab(self.text, self.tr("Case"))
        self.tabs.addTab(self.suggestions, self.tr("Suggested articles"))
        self.tabs.addTab(self.activities, self.tr("Activity"))

        facts = QFormLayout()
        facts.addRow(self.tr("Status"), self.status)
        facts.addRow(self.tr("SLA"), self.sla)
        facts.addRow(self.tr("Customer"), self.customer)
        facts.addRow(self.tr("Details"), self.about)
        facts.addRow(self.tr("Escalation"), self.escalation)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.subject)
        layout.addLayout(facts)
        layout.addLayout(buttons)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 0, 0, 0)
        outer.addWidget(self.pages)
        self._fill_users()
        session.changed.connect(self._on_changed)

    # --- showing a case ---------------------------------------------------------------

    @property
    def case_id(self) -> str | None:
        return self.case.id if self.case is not None else None

    def show_case(self, case_id: str | None) -> None:
        if case_id is None:
            self.case = None
            self.pages.setCurrentIndex(0)
            return
        found = fetch_records(self.session.crm.cases, [case_id])
        case = found[0] if found and found[0].deleted_at is None else None
        changed_case = case is None or case.id != self.case_id
        self.case = case
        if case is None:
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        self._show_fields(case)
        if changed_case:
            self.suggestions.clear()
            self.activities.clear()
        self._load_suggestions()
        self._load_activities()

    def reload(self) -> None:
        self.show_case(self.case_id)

    def _show_fields(self, case: Case) -> None:
        crm = self.session.crm
        now = crm.ctx.clock()
        status = CaseStatus(case.status)
        self.subject.setText(case.subject)
        self.status.setText(
            self.tr("{status} · {priority} priority").format(
                status=self.statuses[status], priority=self.priorities[Priority(case.priority)]
            )
        )
        self.sla.setText(sla_text(self, case, now))
        overdue = status.is_active and case.sla_due_at is not None and case.sla_due_at < now
        self.sla.setStyleSheet(f"color: {OVERDUE_TEXT.name()}; font-weight: bold;" if overdue else "")
        links = []
        for contact in fetch_records(crm.contacts, [case.contact_id] if case.contact_id else []):
            links.append(_link("contact", contact.id, contact.display_name))
        for company in fetch_records(crm.companies, [case.company_id] if case.company_id else []):
            links.append(_link("company", company.id, company.name))
        self.customer.setText(" · ".join(links) or self.tr("Nobody linked"))
        about = [
            self.tr("Came in by {0}").format(self.channels[Channel(case.channel)]),
            self.tr("opened {0}").format(when_text(case.created_at)),
        ]
        about += [
            self.tr("Product: {0}").format(auto(p.name))
            for p in fetch_records(crm.products, _unique([case.product_id]))
        ]
        self.about.setText(" · ".join(about))
        self.escalation.setText(
            escalation_text(self, case.escalation_level, case.escalation_reason, case.escalated_at)
        )
        self.escalation.setStyleSheet(f"color: {ESCALATED_TEXT.name()};" if case.escalation_level else "")
        # tr() outside the f-strings: lupdate does not look inside them
        no_description = html.escape(self.tr("No description"))
        resolution = html.escape(self.tr("Resolution"))
        text = html.escape(case.description).replace("\n", "<br>") or f"<i>{no_description}</i>"
        if case.resolution:
            text += f"<h4>{resolution}</h4>" + html.escape(case.resolution).replace("\n", "<br>")
        self.text.setHtml(text)
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(case.assignee_id)))
        if self.assignee.findData(case.assignee_id) < 0 and case.assignee_id:
            self._fill_users()
            self.assignee.setCurrentIndex(max(0, self.assignee.findData(case.assignee_id)))
        active = status.is_active
        enabled = {
            "open": status in (CaseStatus.NEW, CaseStatus.WAITING),
            "waiting": status in (CaseStatus.NEW, CaseStatus.OPEN),
            "resolved": active,
            "closed": status != CaseStatus.CLOSED,
            "reopen": not active,
        }
        for key, button in self.status_buttons.items():
            button.setEnabled(enabled[key])
        self.escalate_button.setEnabled(active and case.escalation_level < MAX_ESCALATION)

    def _fill_users(self) -> None:
        current = self.case.assignee_id if self.case is not None else None
        self.assignee.clear()
        self.assignee.addItem(self.tr("Nobody"), None)
        for name, user_id in user_choices(self.session.crm, current):
            self.assignee.addItem(name, user_id)
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(current)))

    def _load_suggestions(self) -> None:
        case = self.case
        if case is None:
            return
        text = f"{case.subject}\n{case.description}"

        def done(articles: list[KnowledgeArticle]) -> None:
            if self.case_id != case.id:
                return  # another case was chosen meanwhile
            self.suggestions.clear()
            self._articles = {a.id: a for a in articles}
            for article in articles:
                label = (
                    article.title
                    if not article.category
                    else f"{auto(article.title)} · {auto(article.category)}"
                )
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, article.id)
                item.setToolTip(article.body[:300])
                self.suggestions.addItem(item)
            if not articles:
                item = QListWidgetItem(self.tr("No article matches this case."))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.suggestions.addItem(item)
            self.tabs.setTabText(1, self.tr("Suggested articles (%n)", "", len(articles)))

        self.session.read(lambda crm: crm.knowledge.suggest(text, SUGGESTED_ARTICLES), done)

    def _load_activities(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        query = ListQuery(filters={"case_id": case_id}, sort="when", descending=True, limit=SHOWN_ACTIVITIES)

        def done(activities: list[Activity]) -> None:
            if self.case_id != case_id:
                return
            self.activities.clear()
            for activity in activities:
                head = (
                    f"{when_text(activity.occurred_at)} · {self.kinds.get(ActivityKind(activity.kind), '')}"
                )
                if activity.subject:
                    head += f" · {auto(activity.subject)}"
                item = QListWidgetItem(f"{head}\n{auto(activity.body)}" if activity.body else head)
                item.setData(Qt.ItemDataRole.UserRole, activity.id)
                self.activities.addItem(item)
            self.tabs.setTabText(2, self.tr("Activity (%n)", "", len(activities)))

        self.session.read(lambda crm: crm.activities.list(query).items, done)

    def _open_article(self, item: QListWidgetItem) -> None:
        article = self._articles.get(item.data(Qt.ItemDataRole.UserRole) or "")
        if article is None:
            return
        if self.article_view is None:
            self.article_view = ArticleView(self)
        self.article_view.show_article(article)

    def _open_link(self, link: str) -> None:
        entity, _sep, record_id = link.partition(":")
        if record_id:
            self.open_requested.emit(entity, record_id)

    def _on_changed(self, changes: ChangeSet) -> None:
        if "user" in changes.entities:
            self._fill_users()
        if self.case is None:
            return
        case = self.case
        linked = (
            ("case", case.id),
            ("contact", case.contact_id),
            ("company", case.company_id),
            ("product", case.product_id),
        )
        if any(record_id in changes.ids(entity) for entity, record_id in linked if record_id):
            self.reload()
            return
        if "activity" in changes.entities:
            self._load_activities()
        if "article" in changes.entities:
            self._load_suggestions()

    # --- working the case ---------------------------------------------------------------

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """The text the user typed, or None when they cancelled."""
        prompt = TextPrompt(title, label, text, self)
        return prompt.text() if prompt.exec() else None

    def change_status(self, status: CaseStatus) -> None:
        case = self.case
        if case is None:
            return
        resolution: str | None = None
        if status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
            resolution = self.ask_text(
                self.tr("Resolve case") if status == CaseStatus.RESOLVED else self.tr("Close case"),
                self.tr("How was “{0}” resolved? The customer may be told this.").format(case.subject),
                case.resolution,
            )
            if resolution is None:
                return
        self.session.write(lambda crm: crm.cases.set_status(case.id, status, resolution=resolution))

    def assign(self, user_id: str | None) -> None:
        case = self.case
        if case is None or user_id == case.assignee_id:
            return
        self.session.write(lambda crm: crm.cases.update(case.id, CaseInput(assignee_id=user_id)))

    def escalate(self) -> None:
        case = self.case
        if case is None:
            return
        reason = self.ask_text(
            self.tr("Escalate case"),
            self.tr("Why does “{0}” need escalating? The reason is kept with the case.").format(case.subject),
        )
        if reason is None:
            return
        self.session.write(lambda crm: crm.cases.escalate(case.id, reason))

    def add_note(self) -> None:
        case = self.case
        if case is None:
            return
        text = self.ask_text(self.tr("Add a note"), self.tr("Note on “{0}”:").format(case.subject))
        if text is None:
            return
        note = ActivityInput(
            kind=ActivityKind.NOTE,
            subject=text.splitlines()[0][:120],
            body=text,
            case_id=case.id,
            contact_id=case.contact_id,
            company_id=case.company_id,
            owner_id=case.assignee_id,
        )
        self.session.write(lambda crm: crm.activities.create(note))

    def edit(self) -> None:
        if self.case is not None:
            CaseEditor(self.session, self.case.id, self).exec()


def sla_text(translator: QObject, case: Case, now: datetime) -> str:
    """The SLA in words: due when, how long left or how late; met or missed once resolved."""
    due = case.sla_due_at
    if due is None:
        return translator.tr("No SLA")
    if not CaseStatus(case.status).is_active:
        if case.resolved_at is None:
            return translator.tr("Due {0}").format(when_text(due))
        if case.resolved_at <= due:
            return translator.tr("Met: resolved {0}, due {1}").format(
                when_text(case.resolved_at), when_text(due)
            )
        return translator.tr("Missed: resolved {0}, due {1}").format(
            when_text(case.resolved_at), when_text(due)
        )
    if due < now:
        return translator.tr("⚠ Overdue by {0} (due {1})").format(
            span_text(translator, now - due), when_text(due)
        )
    return translator.tr("Due {0} ({1} left)").format(when_text(due), span_text(translator, due - now))


def _link(entity: str, record_id: str, title: str) -> str:
    return f'<a href="{entity}:{html.escape(record_id)}">{html.escape(auto(title))}</a>'


class CasesPage(RecordListPage):
    key = "cases"
    entity = "case"
    export_entity = "cases"
    # (entity, id): show a linked record; the main window connects this to open_record
    open_requested = Signal(str, str)

    def __init__(self, session: AppSession, undo: UndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, undo, parent)
        self._now = session.crm.ctx.clock()
        self._me: str | None = None
        self.queue = CaseQueueModel(self.model, lambda: self._now, self)
        plain_selection = self.table.selectionModel()
        self.table.setModel(self.queue)
        plain_selection.deleteLater()
        for section, column in enumerate(self.model.columns()):
            self.table.setColumnWidth(section, column.width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.loading.connect(self._ids_loading)

        self.detail = CaseDetail(session, self)
        self.detail.open_requested.connect(self.open_requested)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("cases_splitter")
        self.splitter.setChildrenCollapsible(False)
        layout = self.layout()
        assert layout is not None
        layout.replaceWidget(self.table, self.splitter)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.splitterMoved.connect(lambda _p, _i: self._save_splitter())

        self.escalation_timer = QTimer(self)
        self.escalation_timer.setInterval(FIRST_ESCALATION_MS)
        self.escalation_timer.timeout.connect(self.escalate_overdue)
        self.escalation_timer.start()
        session.changed.connect(self._on_changed)

    # --- what RecordListPage asks ---------------------------------------------------

    def title(self) -> str:
        return self.tr("Cases")

    def source(self) -> RowSource:
        return CaseRows(self.session.crm)

    def service(self) -> Any:
        return self.session.crm.cases

    def noun(self, count: int) -> str:
        return self.tr("%n case(s)", "", count)

    def columns(self) -> Sequence[Column]:
        statuses = status_names(self)
        priorities = priority_names(self)
        return [
            Column("due", self.tr("SLA due"), lambda r: when_text(r.sla_due_at), sort="sla", width=130),
            Column("sla", self.tr("SLA"), self._sla_cell, width=165),
            Column("priority", self.tr("Priority"), lambda r: priorities[r.priority], width=75),
            Column("subject", self.tr("Subject"), lambda r: auto(r.subject), sort="subject", width=240),
            Column("status", self.tr("Status"), lambda r: statuses[r.status], width=80),
            Column("escalation", self.tr("Escalation"), self._escalation_cell, width=80),
            Column("customer", self.tr("Customer"), lambda r: auto(r.customer), width=150),
            Column("assignee", self.tr("Assigned to"), lambda r: auto(r.assignee), width=120),
            Column("opened", self.tr("Opened"), lambda r: when_text(r.created_at), sort="created", width=130),
        ]

    def _sla_cell(self, row: CaseRow) -> str:
        if row.sla_due_at is None:
            return ""
        if not row.status.is_active:
            if row.resolved_at is None:
                return ""
            return self.tr("Met") if row.resolved_at <= row.sla_due_at else self.tr("Missed")
        # composed text keeps its own direction in a right-to-left table ("21 h left", not "h left 21")
        if row.sla_due_at < self._now:
            # the words, not only the colour, say it is late
            return auto(self.tr("⚠ Overdue by {0}").format(span_text(self, self._now - row.sla_due_at)))
        return auto(self.tr("{0} left").format(span_text(self, row.sla_due_at - self._now)))

    def _escalation_cell(self, row: CaseRow) -> str:
        return auto(self.tr("Level {0}").format(row.escalation_level)) if row.escalation_level else ""

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("Open queue"), ACTIVE)
        self.status_filter.addItem(self.tr("Any status"), None)
        for status, name in status_names(self).items():
            self.status_filter.addItem(name, status.value)
        self.priority_filter = QComboBox()
        self.priority_filter.setObjectName("priority_filter")
        self.priority_filter.addItem(self.tr("Any priority"), None)
        for priority, name in priority_names(self).items():
            self.priority_filter.addItem(name, priority.value)
        self.assignee_filter = QComboBox()
        self.assignee_filter.setObjectName("assignee_filter")
        self._fill_assignees()
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.setObjectName("overdue_only")
        self.mine_only = QCheckBox(self.tr("My cases"))
        self.mine_only.setObjectName("mine_only")
        for combo in (self.status_filter, self.priority_filter, self.assignee_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            bar.addWidget(combo)
        self.overdue_only.toggled.connect(lambda _on: self.apply_filters())
        self.mine_only.toggled.connect(self._mine_toggled)
        bar.addWidget(self.overdue_only)
        bar.addWidget(self.mine_only)

    def _fill_assignees(self) -> None:
        refill(
            self.assignee_filter,
            [(self.tr("Anyone"), None), (self.tr("Nobody yet"), UNASSIGNED), *user_choices(self.session.crm)],
        )

    def query(self) -> ListQuery:
        filters: dict[str, Any] = {}
        status = self.status_filter.currentData()
        if status == ACTIVE:
            filters["active"] = True
        elif status:
            filters["status"] = status
        if self.priority_filter.currentData():
            filters["priority"] = self.priority_filter.currentData()
        assignee = self.assignee_filter.currentData()
        if self.mine_only.isChecked() and self._me:
            filters["assignee_id"] = self._me
        elif assignee == UNASSIGNED:
            filters["assignee_id"] = None
        elif assignee:
            filters["assignee_id"] = assignee
        if self.overdue_only.isChecked():
            filters["overdue"] = True
        return ListQuery(text=self.filter_box.text().strip(), filters=filters)

    def apply_filters(self) -> None:
        self._now = self.session.crm.ctx.clock()
        super().apply_filters()

    def open_editor(self, record_id: str | None) -> None:
        editor = CaseEditor(self.session, record_id, self)
        if editor.exec() and editor.saved_id:
            self.open_record(editor.saved_id)

    def open_record(self, record_id: str) -> None:
        """Show the case in the pane (and select it when the queue shows it)."""
        self.activate()
        self.detail.show_case(record_id)
        self.select_id(record_id)

    def select_id(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row is None:
            return
        index = self.queue.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def refresh(self) -> None:
        super().refresh()
        self.detail.reload()

    def first_show(self) -> None:
        self._restore_splitter()
        super().first_show()

    def extra_menu(self, menu: QMenu, ids: list[str]) -> None:
        assign = menu.addMenu(self.tr("Assign to"))
        assign.addAction(self.tr("Nobody"), lambda: self._assign_all(ids, None))
        for name, user_id in user_choices(self.session.crm):
            assign.addAction(name, partial(self._assign_all, ids, user_id))

    def _assign_all(self, ids: list[str], user_id: str | None) -> None:
        def job(crm: Crm) -> Outcome[None]:
            changes = ChangeSet()
            for case_id in ids:
                changes = changes | crm.cases.update(case_id, CaseInput(assignee_id=user_id)).changes
            return Outcome(None, changes)

        self.session.write(job)

    # --- the queue and the pane -----------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            case_id = self.model.id_at(current.row())
            if case_id is not None and case_id != self.detail.case_id:
                self.detail.show_case(case_id)

    def _ids_loading(self, loading: bool) -> None:
        # a refreshed queue keeps the case being worked on selected
        if not loading and self.detail.case_id is not None:
            self.select_id(self.detail.case_id)

    def _on_changed(self, changes: ChangeSet) -> None:
        if "user" in changes.entities:
            self._fill_assignees()
        if changes.touches("case"):
            self._now = self.session.crm.ctx.clock()
            if self._activated and not (changes.created or changes.deleted):
                # a new status, priority or assignee can move a case in or out of the queue, or along it
                # (created or deleted records make the model re-read the list by itself)
                self.model.refresh()

    # --- escalation ------------------------------------------------------------------------

    def escalate_overdue(self) -> None:
        """Apply the SLA escalation rules now (on the writer thread); the timer calls this each minute."""
        self.escalation_timer.setInterval(ESCALATION_INTERVAL_MS)
        self._now = self.session.crm.ctx.clock()
        if self.model.rowCount():
            # how late each case is changes with the clock, not with the data
            self.queue.dataChanged.emit(
                self.queue.index(0, 0),
                self.queue.index(self.model.rowCount() - 1, self.queue.columnCount() - 1),
            )
        try:
            self.session.write(lambda crm: crm.cases.escalate_overdue())
        except RuntimeError:
            # the runner has shut down: the program is closing
            self.escalation_timer.stop()

    # --- me, and remembered state ---------------------------------------------------------

    def _preferences(self) -> Preferences | None:
        window = self.window()
        return window.preferences if isinstance(window, MainWindow) else None

    def current_user(self) -> str | None:
        """Who "my cases" means: remembered on this computer; the only user if there is just one."""
        if self._me is None:
            preferences = self._preferences()
            stored = preferences.state("current_user") if preferences is not None else None
            if stored is not None and bytes(stored.data()):
                self._me = bytes(stored.data()).decode()
        if self._me is None:
            users = user_choices(self.session.crm)
            if len(users) == 1:
                self._me = users[0][1]
        return self._me

    def set_current_user(self, user_id: str) -> None:
        self._me = user_id
        preferences = self._preferences()
        if preferences is not None:
            preferences.set_state("current_user", QByteArray(user_id.encode()))

    def ask_current_user(self) -> str | None:
        users = user_choices(self.session.crm)
        if not users:
            return None
        name, ok = QInputDialog.getItem(
            self, self.tr("My cases"), self.tr("Which user are you?"), [n for n, _i in users], 0, False
        )
        if not ok:
            return None
        return dict(users).get(name)

    def _mine_toggled(self, on: bool) -> None:
        if on and self.current_user() is None:
            chosen = self.ask_current_user()
            if chosen is None:
                self.mine_only.setChecked(False)
                return
            self.set_current_user(chosen)
        self.assignee_filter.setEnabled(not on)
        self.apply_filters()

    def _restore_splitter(self) -> None:
        preferences = self._preferences()
        state = preferences.state("splitter/cases") if preferences is not None else None
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([700, 420])

    def _save_splitter(self) -> None:
        preferences = self._preferences()
        if preferences is not None:
            preferences.set_state("splitter/cases", self.splitter.saveState())
