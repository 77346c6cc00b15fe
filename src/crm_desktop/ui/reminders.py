"""Task reminders while the program runs: a notice in the window (and the system tray) at their time.

Every 30 seconds the reader thread asks for reminders that came due since the
last look; each one is shown once per run as a small panel in the window's
bottom end corner, with Open and Done, and as a tray message when the
desktop has a tray. A task saved with a reminder time already past shows at
once, from its change-set.
"""

from __future__ import annotations

from collections import deque
from contextlib import suppress
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.models import Task
from crm_desktop.services.changes import ChangeSet
from crm_desktop.ui.bidi import auto
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.task_editor import fetch_records, when_text

CHECK_INTERVAL_MS = 30_000
FIRST_CHECK_MS = 1_000
# reminders that came due while the program was closed still show, up to this far back
MISSED_WINDOW = timedelta(days=1)
MAX_SHOWN = 3  # more wait their turn, so the window stays usable
MARGIN = 12
TRAY_MESSAGE_MS = 10_000

ReminderKey = tuple[str, datetime]


class ReminderToast(QFrame):
    """One reminder: the task, its due time, Open, Done and a close button."""

    open_clicked = Signal(str)
    done_clicked = Signal(str)
    dismissed = Signal(str)

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task_id = task.id
        self.setObjectName("reminder_toast")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#reminder_toast { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        self.setFixedWidth(340)
        heading = QLabel(self.tr("Reminder"))
        heading.setObjectName("reminder_heading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        close = QToolButton()
        close.setObjectName("reminder_close")
        close.setText("✕")
        close.setToolTip(self.tr("Dismiss"))
        close.setAutoRaise(True)
        close.clicked.connect(lambda: self.dismissed.emit(self.task_id))
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(close)
        self.title = QLabel(auto(task.title))
        self.title.setObjectName("reminder_title")
        self.title.setWordWrap(True)
        self.due = QLabel(self.tr("Due {0}").format(when_text(task.due_at)) if task.due_at else "")
        self.due.setObjectName("reminder_due")
        self.due.setVisible(task.due_at is not None)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("reminder_open")
        self.open_button.clicked.connect(lambda: self.open_clicked.emit(self.task_id))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("reminder_done")
        self.done_button.clicked.connect(lambda: self.done_clicked.emit(self.task_id))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.due)
        layout.addLayout(buttons)


class ReminderArea(QWidget):
    """The column of reminders, kept in the window's bottom end corner (bottom left in RTL)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("reminder_area")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(8)
        self.hide()
        window.installEventFilter(self)

    def toasts(self) -> list[ReminderToast]:
        return [t for t in self.findChildren(ReminderToast) if not t.isHidden()]

    def add(self, toast: ReminderToast) -> None:
        self.column.addWidget(toast)
        toast.show()  # a child added to a visible parent stays hidden until shown
        self.place()

    def remove(self, toast: ReminderToast) -> None:
        self.column.removeWidget(toast)
        toast.hide()
        toast.deleteLater()
        self.place()

    def place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        if not self.toasts():
            self.hide()
            return
        # shown first: a hidden widget's layout is not computed, and it would be sized empty
        self.show()
        self.column.activate()
        self.resize(self.column.sizeHint())
        bottom = window.height() - MARGIN
        if isinstance(window, QMainWindow) and window.statusBar().isVisible():
            bottom -= window.statusBar().height()
        x = (
            MARGIN
            if window.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else window.width() - self.width() - MARGIN
        )
        self.move(max(0, x), max(0, bottom - self.height()))
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutDirectionChange,
        ):
            self.place()
        return False


class ReminderService(QObject):
    """Created once for the main window; ``open_requested(entity, id)`` asks the window to show a task."""

    open_requested = Signal(str, str)
    checked = Signal(int)  # after each look: how many reminders it brought up

    def __init__(
        self,
        session: AppSession,
        window: QWidget,
        *,
        tray: bool | None = None,
        interval_ms: int = CHECK_INTERVAL_MS,
        first_check_ms: int = FIRST_CHECK_MS,
    ) -> None:
        super().__init__(window)
        self.session = session
        self.host = window
        self.area = ReminderArea(window)
        self.shown: set[ReminderKey] = set()
        self._waiting: deque[Task] = deque()
        self._toasts: dict[str, ReminderToast] = {}
        self._started = session.crm.ctx.clock()
        self._last_check: datetime | None = None
        self._checking = False
        self._use_tray = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self.tray: QSystemTrayIcon | None = None
        self._tray_task: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(first_check_ms, self, self.check)
        session.changed.connect(self._on_changed)

    # --- looking for reminders ---------------------------------------------------------

    def check(self) -> None:
        """Ask the reader thread for reminders due since the last look, and show them."""
        if self._checking:
            return
        until = self.session.crm.ctx.clock()
        since = self._last_check or self._started - MISSED_WINDOW
        self._checking = True

        def done(tasks: list[Task]) -> None:
            self._checking = False
            self._last_check = until
            self.checked.emit(self.show_reminders(tasks))

        def failed(_error: Exception) -> None:
            self._checking = False

        try:
            self.session.read(lambda crm: crm.tasks.due_reminders(until=until, since=since), done, failed)
        except RuntimeError:
            # the runner has shut down: the program is closing
            self._checking = False
            self.timer.stop()

    def show_reminders(self, tasks: list[Task]) -> int:
        """Show each reminder not shown before in this run; returns how many were new."""
        new = 0
        for task in tasks:
            if task.remind_at is None or task.done_at is not None or task.deleted_at is not None:
                continue
            key = (task.id, task.remind_at)
            if key in self.shown:
                continue
            self.shown.add(key)
            new += 1
            self._waiting.append(task)
            self._notify_tray(task)
        self._show_waiting()
        return new

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.touches("task"):
            return
        ids = sorted(changes.ids("task"))
        now = self.session.crm.ctx.clock()
        since = self._started - MISSED_WINDOW

        def done(tasks: list[Task]) -> None:
            for task in tasks:
                gone = task.done_at is not None or task.deleted_at is not None
                toast = self._toasts.get(task.id)
                if gone and toast is not None:
                    self._close(task.id)
            # saved with a reminder time already past: show it now rather than never
            self.show_reminders([t for t in tasks if t.remind_at is not None and since < t.remind_at <= now])

        with suppress(RuntimeError):  # the runner has shut down: the program is closing
            self.session.read(lambda crm: fetch_records(crm.tasks, ids), done)

    # --- in the window --------------------------------------------------------------------

    def toasts(self) -> list[ReminderToast]:
        return list(self._toasts.values())

    def _show_waiting(self) -> None:
        while self._waiting and len(self._toasts) < MAX_SHOWN:
            task = self._waiting.popleft()
            if task.id in self._toasts:
                continue
            toast = ReminderToast(task, self.area)
            toast.open_clicked.connect(self._open)
            toast.done_clicked.connect(self._done)
            toast.dismissed.connect(self._close)
            self._toasts[task.id] = toast
            self.area.add(toast)

    def _close(self, task_id: str) -> None:
        toast = self._toasts.pop(task_id, None)
        if toast is not None:
            self.area.remove(toast)
        self._show_waiting()

    def _open(self, task_id: str) -> None:
        self._close(task_id)
        self.open_requested.emit("task", task_id)

    def _done(self, task_id: str) -> None:
        self._close(task_id)
        self.session.write(lambda crm: crm.tasks.complete(task_id))

    # --- in the system tray ------------------------------------------------------------------

    def _notify_tray(self, task: Task) -> None:
        if not self._use_tray:
            return
        if self.tray is None:
            icon = self.host.windowIcon()
            if icon.isNull():
                icon = self.host.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.setToolTip(self.host.windowTitle())
            self.tray.messageClicked.connect(self._tray_clicked)
            self.tray.show()
        self._tray_task = task.id
        due = self.tr("Due {0}").format(when_text(task.due_at)) if task.due_at else ""
        self.tray.showMessage(
            self.tr("Reminder: {0}").format(task.title),
            due,
            QSystemTrayIcon.MessageIcon.Information,
            TRAY_MESSAGE_MS,
        )

    def _tray_clicked(self) -> None:
        if self._tray_task is not None:
            self._open(self._tray_task)
