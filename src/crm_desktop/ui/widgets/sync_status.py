"""The sync state in the window's status bar: an icon and a few words; a click opens the Sync page.

The Sync page decides what the state is (:class:`SyncView`); this widget only shows it,
so the status bar and the page never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QToolButton, QWidget

# SyncView.state: the client's states (never, synced, offline, signed-out, error) and the window's own
SYNCING, UPGRADE, NOT_SET_UP = "syncing", "upgrade", "not-set-up"

_ICONS = {
    "synced": QStyle.StandardPixmap.SP_DialogApplyButton,
    SYNCING: QStyle.StandardPixmap.SP_BrowserReload,
    "offline": QStyle.StandardPixmap.SP_DriveNetIcon,
    "signed-out": QStyle.StandardPixmap.SP_MessageBoxInformation,
    UPGRADE: QStyle.StandardPixmap.SP_MessageBoxWarning,
    "error": QStyle.StandardPixmap.SP_MessageBoxWarning,
}


@dataclass(frozen=True)
class SyncView:
    """The sync state as the window shows it."""

    state: str
    text: str  # the state line: "Synced at 09:12", "Offline, will retry"...
    detail: str = ""  # a longer explanation (a tooltip in the status bar)


class SyncStatusButton(QToolButton):
    """A flat button in the status bar; ``clicked`` is the window's cue to show the Sync page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the status bar is not a stop on the Tab path
        self.state = ""

    def show_state(self, view: SyncView) -> None:
        self.state = view.state
        self.setText(view.text)
        self.setToolTip(view.detail or view.text)
        pixmap = _ICONS.get(view.state, QStyle.StandardPixmap.SP_FileDialogInfoView)
        self.setIcon(self.style().standardIcon(pixmap))
