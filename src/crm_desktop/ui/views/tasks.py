"""The task lists: today, overdue, upcoming and done, each with its count; tick a task to mark it done.

A task's bucket depends on the clock as well as on the data, so besides the
change-sets the page refreshes itself at the next moment a task falls due (or
at midnight), never by polling on a fixed beat.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QIdentityProxyModel,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import Priority
from crm_desktop.services.changes import ChangeSet, Outcome
from crm_desktop.services.crm import Crm
from crm_desktop.services.records import ListQuery
from crm_desktop.services.tasks import task_bucket
from crm_desktop.ui.bidi import auto
from crm_desktop.ui.record_list import RecordListPage
from crm_desktop.ui.record_model import Column, RecordTableModel, RowSource
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.undo import UndoStack, UndoStep
from crm_desktop.ui.views.task_editor import (
    TaskEditor,
    fetch_records,
    priority_names,
    user_choices,
    when_text,
)
from crm_desktop.ui.widgets.choices import refill

BUCKETS = ("today", "overdue", "upcoming", "done")
UNASSIGNED = "unassigned"
OVERDUE_TEXT = QColor("#8a0012")
DONE_TEXT = QColor("#6b6b6b")
# refresh at least this often, in case the computer slept past a boundary
LONGEST_WAIT = timedelta(hours=1)
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TaskRow:
    """What the list shows of one task, with the name of what it is for."""

    id: str
    title: str
    due_at: datetime | None
    remind_at: datetime | None
    done_at: datetime | None
    priority: Priority
    assignee: str
    link_entity: str  # "case", "deal", "contact", "company" or "" when the task stands alone
    link_id: str
    link_title: str

    def overdue(self, now: datetime) -> bool:
        return self.done_at is None and self.due_at is not None and self.due_at < now


class TaskRows:
    """The lists' rows: tasks plus the names of their assignee and linked record, a page at a time."""

    def __init__(self, crm: Crm) -> None:
        self.crm = crm

    def count(self, query: ListQuery) -> int:
        return self.crm.tasks.count(query)

    def ids(self, query: ListQuery) -> list[str]:
        return self.crm.tasks.ids(query)

    def ids_page(self, query: ListQuery, offset: int, limit: int) -> list[str]:
        return self.crm.tasks.ids_page(query, offset, limit)

    def rows(self, ids: Sequence[str]) -> list[TaskRow]:
        crm = self.crm
        tasks = fetch_records(crm.tasks, ids)

        def names(field: str, service: Any, title: str) -> dict[str, str]:
            wanted = sorted({getattr(t, field) for t in tasks if getattr(t, field)})
            return {r.id: getattr(r, title) for r in fetch_records(service, wanted)}

        # what a task is most specifically about comes first: a case or deal before the person
        linked = {
            "case": names("case_id", crm.cases, "subject"),
            "deal": names("deal_id", crm.deals, "title"),
            "contact": names("contact_id", crm.contacts, "display_name"),
            "company": names("company_id", crm.companies, "name"),
        }
        users = names("assignee_id", crm.users, "name")
        rows = []
        for task in tasks:
            entity, link_id = next(
                ((e, getattr(task, f"{e}_id")) for e in linked if getattr(task, f"{e}_id") in linked[e]),
                ("", ""),
            )
            rows.append(
                TaskRow(
                    id=task.id,
                    title=task.title,
                    due_at=task.due_at,
                    remind_at=task.remind_at,
                    done_at=task.done_at,
                    priority=Priority(task.priority),
                    assignee=users.get(task.assignee_id or "", ""),
                    link_entity=entity,
                    link_id=link_id,
                    link_title=linked[entity][link_id] if entity else "",
                )
            )
        return rows


class TaskListModel(QIdentityProxyModel):
    """The list as shown: a check box on the title marks a task done; overdue ones in red, with words."""

    def __init__(
        self,
        records: RecordTableModel,
        now: Callable[[], datetime],
        on_check: Callable[[str, bool], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.records = records
        self._now = now
        self._on_check = on_check
        self.setSourceModel(records)

    def row(self, proxy_row: int) -> TaskRow | None:
        row = self.records.row_at(proxy_row)
        return row if isinstance(row, TaskRow) else None

    def _key(self, index: Index) -> str:
        return self.records.column(index.column()).key

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._key(index) == "title":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        styled = (Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)
        if not index.isValid() or role not in styled:
            return super().data(index, role)
        row = self.row(index.row())
        if row is None:
            return None
        key = self._key(index)
        if role == Qt.ItemDataRole.CheckStateRole:
            if key != "title":
                return None
            return Qt.CheckState.Checked if row.done_at is not None else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.done_at is not None:
                return QBrush(DONE_TEXT)
            return QBrush(OVERDUE_TEXT) if row.overdue(self._now()) else None
        font = QFont()
        font.setStrikeOut(row.done_at is not None and key == "title")
        font.setBold(row.overdue(self._now()) and key == "due")
        return font

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or self._key(index) != "title":
            return super().setData(index, value, role)
        task_id = self.records.id_at(index.row())
        if task_id is None:
            return False
        checked = Qt.CheckState(value) if isinstance(value, int) else value
        self._on_check(task_id, checked == Qt.CheckState.Checked)
        return True


class TasksPage(RecordListPage):
    key = "tasks"
    entity = "task"
    export_entity = "tasks"
    # (entity, id): show the record a task is for; the main window connects this to open_record
    open_requested = Signal(str, str)

    def __init__(self, session: AppSession, undo: UndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, undo, parent)
        self._now = session.crm.ctx.clock()
        self.counts: dict[str, int] = {}
        self.buckets = QTabBar()
        self.buckets.setObjectName("task_buckets")
        self.buckets.setExpanding(False)
        self.bucket_names = {
            "today": self.tr("Today"),
            "overdue": self.tr("Overdue"),
            "upcoming": self.tr("Upcoming"),
            "done": self.tr("Done"),
        }
        for bucket in BUCKETS:
            index = self.buckets.addTab(self.bucket_names[bucket])
            self.buckets.setTabData(index, bucket)
        self.buckets.currentChanged.connect(lambda _i: self._bucket_changed())
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.buckets)

        self.tasks = TaskListModel(self.model, lambda: self._now, self.set_done, self)
        plain_selection = self.table.selectionModel()
        self.table.setModel(self.tasks)
        plain_selection.deleteLater()
        for section, column in enumerate(self.model.columns()):
            self.table.setColumnWidth(section, column.width)
        # the lists run in due order; the title column comes first only for its check box
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        # tasks cannot be searched by text: the lists are short and split by bucket instead
        self.filter_box.hide()

        self.boundary_timer = QTimer(self)
        self.boundary_timer.setSingleShot(True)
        self.boundary_timer.timeout.connect(self._time_passed)
        session.changed.connect(self._on_changed)
        self._update_buttons()

    # --- what RecordListPage asks ---------------------------------------------------

    def title(self) -> str:
        return self.tr("Tasks")

    def source(self) -> RowSource:
        return TaskRows(self.session.crm)

    def service(self) -> Any:
        return self.session.crm.tasks

    def noun(self, count: int) -> str:
        return self.tr("%n task(s)", "", count)

    def columns(self) -> Sequence[Column]:
        priorities = priority_names(self)
        return [
            Column("title", self.tr("Task"), lambda r: auto(r.title), sort="title", width=300),
            Column("due", self.tr("Due"), self._due_cell, sort="due", width=220),
            Column("priority", self.tr("Priority"), lambda r: priorities[r.priority], width=80),
            Column("link", self.tr("For"), self._link_cell, width=230),
            Column("assignee", self.tr("Assigned to"), lambda r: auto(r.assignee), width=130),
            Column("reminder", self.tr("Reminder"), lambda r: when_text(r.remind_at), width=150),
            Column("done", self.tr("Done"), lambda r: when_text(r.done_at), width=150),
        ]

    def _due_cell(self, row: TaskRow) -> str:
        if row.due_at is None:
            return self.tr("No due date")
        if row.overdue(self._now):
            # the words, not only the colour, say it is late
            return auto(self.tr("⚠ Overdue: {0}").format(when_text(row.due_at)))
        return when_text(row.due_at)

    def _link_cell(self, row: TaskRow) -> str:
        kinds = {
            "case": self.tr("Case: {0}"),
            "deal": self.tr("Deal: {0}"),
            "contact": self.tr("Contact: {0}"),
            "company": self.tr("Company: {0}"),
        }
        return auto(kinds[row.link_entity].format(auto(row.link_title))) if row.link_entity else ""

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.assignee_filter = QComboBox()
        self.assignee_filter.setObjectName("assignee_filter")
        self._fill_assignees()
        self.assignee_filter.currentIndexChanged.connect(lambda _i: self._filters_changed())
        label = QLabel(self.tr("Assigned to"))
        label.setBuddy(self.assignee_filter)
        bar.addWidget(label)
        bar.addWidget(self.assignee_filter)
        bar.addStretch(1)
        self.done_button = QToolButton()
        self.done_button.setObjectName("mark_done")
        self.done_button.clicked.connect(self.toggle_selected)
        self.link_button = QToolButton()
        self.link_button.setObjectName("open_link")
        self.link_button.setText(self.tr("Open linked record"))
        self.link_button.clicked.connect(self.open_linked)
        bar.addWidget(self.done_button)
        bar.addWidget(self.link_button)

    def _fill_assignees(self) -> None:
        refill(
            self.assignee_filter,
            [(self.tr("Anyone"), None), (self.tr("Nobody yet"), UNASSIGNED), *user_choices(self.session.crm)],
        )

    def bucket(self) -> str:
        return str(self.buckets.tabData(self.buckets.currentIndex()) or "today")

    def set_bucket(self, bucket: str) -> None:
        self.buckets.setCurrentIndex(BUCKETS.index(bucket))

    def _assignee_filters(self) -> dict[str, Any]:
        assignee = self.assignee_filter.currentData()
        if assignee == UNASSIGNED:
            return {"assignee_id": None}
        return {"assignee_id": assignee} if assignee else {}

    def query(self) -> ListQuery:
        return ListQuery(filters={"bucket": self.bucket(), **self._assignee_filters()})

    def apply_filters(self) -> None:
        self._now = self.session.crm.ctx.clock()
        super().apply_filters()
        self._update_buttons()

    def show_preset(self, query: ListQuery, label: str) -> None:
        bucket = query.filters.get("bucket")
        if bucket in BUCKETS:
            self.buckets.blockSignals(True)
            self.set_bucket(bucket)
            self.buckets.blockSignals(False)
        super().show_preset(query, label)
        self.load_counts()

    def first_show(self) -> None:
        super().first_show()
        self.load_counts()

    def refresh(self) -> None:
        self.apply_filters()
        self.load_counts()

    def focus_filter(self) -> None:
        self.assignee_filter.setFocus()

    def open_editor(self, record_id: str | None) -> None:
        editor = TaskEditor(self.session, record_id, self)
        if editor.exec() and editor.saved_id:
            self.select_id(editor.saved_id)

    def open_record(self, record_id: str) -> None:
        """Show the task's list with the task selected, then open it."""
        self.activate()
        found = fetch_records(self.session.crm.tasks, [record_id])
        if found:
            if self._preset is not None:
                self.clear_preset()
            ctx = self.session.crm.ctx
            now = ctx.clock()
            self.set_bucket(task_bucket(found[0], now, ctx.local_day_bounds(now)[1]))
            self._select_when_loaded(record_id)
        self.open_editor(record_id)

    def _select_when_loaded(self, record_id: str) -> None:
        if self.model.ids_loaded:
            self.select_id(record_id)
            return

        def once(loading: bool) -> None:
            if not loading:
                self.model.loading.disconnect(once)
                self.select_id(record_id)

        self.model.loading.connect(once)

    def select_id(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row is None:
            return
        index = self.tasks.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def extra_menu(self, menu: QMenu, ids: list[str]) -> None:
        done = self.bucket() != "done"
        menu.addAction(
            self.tr("Mark done") if done else self.tr("Mark not done"), lambda: self.set_done_many(ids, done)
        )
        row = self._current_row()
        if len(ids) == 1 and row is not None and row.link_entity:
            menu.addAction(self._link_cell(row), self.open_linked)

    # --- done and undone --------------------------------------------------------------------

    def set_done(self, task_id: str, done: bool) -> None:
        self.set_done_many([task_id], done)

    def set_done_many(self, ids: list[str], done: bool) -> None:
        if not ids:
            return
        label = (
            self.tr("Undo marking %n task(s) done", "", len(ids))
            if done
            else self.tr("Undo marking %n task(s) not done", "", len(ids))
        )

        def mark(value: bool) -> Callable[[Crm], Outcome[None]]:
            def job(crm: Crm) -> Outcome[None]:
                changes = ChangeSet()
                for task_id in ids:
                    changes = changes | crm.tasks.complete(task_id, value).changes
                return Outcome(None, changes)

            return job

        self.session.write(mark(done), lambda _o: self.undo.push(UndoStep(label, mark(not done))))

    def toggle_selected(self) -> None:
        self.set_done_many(self.selected_ids(), self.bucket() != "done")

    # --- the linked record ------------------------------------------------------------------------

    def _current_row(self) -> TaskRow | None:
        index = self.table.currentIndex()
        return self.tasks.row(index.row()) if index.isValid() else None

    def open_linked(self) -> None:
        row = self._current_row()
        if row is not None and row.link_entity:
            self.open_requested.emit(row.link_entity, row.link_id)

    def _update_buttons(self) -> None:
        self.done_button.setText(
            self.tr("Mark not done") if self.bucket() == "done" else self.tr("Mark done")
        )
        self.done_button.setEnabled(bool(self.selected_ids()))
        row = self._current_row()
        self.link_button.setEnabled(row is not None and bool(row.link_entity))

    # --- counts and time ---------------------------------------------------------------------

    def load_counts(self) -> None:
        """Count every bucket in the background; the tab titles show the numbers."""
        assignee = self._assignee_filters()

        def job(crm: Crm) -> tuple[dict[str, int], datetime | None]:
            counts = {b: crm.tasks.count(ListQuery(filters={"bucket": b, **assignee})) for b in BUCKETS}
            first_today = crm.tasks.list(ListQuery(filters={"bucket": "today"}, sort="due", limit=1)).items
            return counts, first_today[0].due_at if first_today else None

        self.session.read(job, self._show_counts)

    def _show_counts(self, result: tuple[dict[str, int], datetime | None]) -> None:
        counts, next_due = result
        self.counts = counts
        locale = QLocale()
        for index, bucket in enumerate(BUCKETS):
            self.buckets.setTabText(
                index,
                self.tr("{bucket} ({count})").format(
                    bucket=self.bucket_names[bucket], count=locale.toString(counts[bucket])
                ),
            )
        self._schedule_boundary(next_due)

    def _schedule_boundary(self, next_due: datetime | None) -> None:
        """Wake up when the next task of today falls due, or at midnight, whichever comes first."""
        now = self.session.crm.ctx.clock()
        midnight = self.session.crm.ctx.local_day_bounds(now)[1]
        moment = min(t for t in (next_due, midnight) if t is not None)
        wait = min(max(moment - now, timedelta(seconds=1)), LONGEST_WAIT)
        self.boundary_timer.start(int(wait.total_seconds() * 1000) + 500)

    def _time_passed(self) -> None:
        if self._activated:
            self.refresh()

    def _filters_changed(self) -> None:
        self.apply_filters()
        self.load_counts()

    def _bucket_changed(self) -> None:
        if self._preset is not None:
            self.clear_preset()  # picking a list leaves the ready-made selection
        else:
            self.apply_filters()

    def _on_changed(self, changes: ChangeSet) -> None:
        if "user" in changes.entities:
            self._fill_assignees()
        if not self._activated:
            return
        if changes.touches("task"):
            # a task done, undone or moved in time changes list: re-read the list and the counts
            if not (changes.created or changes.deleted):
                self.apply_filters()
            self.load_counts()
