"""What can go wrong when this device talks to the sync server, as errors a shop owner understands.

Every error of a sync is a :class:`SyncError` (a :class:`CrmError`, so the ``crm`` command
reports it like any other), except a clock far ahead, which is the protocol's own
:class:`~crm_desktop.sync.hlc.ClockAheadError` (re-exported here so callers need one import).
"""

from __future__ import annotations

from crm_desktop.domain.errors import CrmError
from crm_desktop.sync.hlc import ClockAheadError

__all__ = [
    "ClockAheadError",
    "ServerUnreachable",
    "SyncAuthError",
    "SyncError",
    "SyncUpgradeError",
]


class SyncError(CrmError):
    """A sync did not happen (or not all of it); local data is untouched and a later sync resumes."""


class SyncAuthError(SyncError):
    """401: wrong user name or password, or the device's token is no longer valid (signed out,
    revoked): the user must sign in again."""


class SyncUpgradeError(SyncError):
    """426: the server needs a newer version of the program."""


class ServerUnreachable(SyncError):
    """No answer from the server (no network, refused, timed out, name unknown, TLS failed):
    the device works offline and syncs later."""
