"""Where a device's sync token is kept: the system keyring, never a file.

The token is a password for the server (anyone holding it syncs as this device), so it
lives in the system keyring (service ``crm-desktop-sync``, one entry per server address
and device id). When no keyring works (a server without a desktop session, a locked or
broken backend), the token stays in this process's memory only and :class:`KeyringUnavailable`
says so: the user signs in again next time. It is never written in plain text.

The server address and the device's sync state live in the database (``_sync_state``).
"""

from __future__ import annotations

import threading

import keyring
import keyring.errors

from crm_desktop.i18n import _
from crm_desktop.sync.errors import SyncError

SERVICE = "crm-desktop-sync"

# tokens kept for this process only, when the keyring could not take them
_memory: dict[str, str] = {}
_memory_lock = threading.Lock()


class KeyringUnavailable(SyncError):
    """No system keyring could keep the token: it is kept until the program ends."""


def _unavailable(error: BaseException) -> KeyringUnavailable:
    return KeyringUnavailable(
        _(
            "No system keyring is available to keep the sync sign-in ({reason}), so it is kept "
            "only until this program ends and you will be asked to sign in again next time. "
            "It is never written to a file."
        ).format(reason=str(error) or type(error).__name__)
    )


def token_key(url: str, device_id: str) -> str:
    """The keyring entry of a device's token at a server (a laptop may sign in to two servers)."""
    return f"{url} {device_id}"


def save_token(url: str, device_id: str, token: str) -> None:
    """Keep the token in the keyring; when that fails it is kept in memory and
    KeyringUnavailable is raised (the sign-in itself worked)."""
    key = token_key(url, device_id)
    try:
        keyring.set_password(SERVICE, key, token)
    except Exception as error:  # any backend failure (D-Bus, a locked wallet) is "no keyring"
        with _memory_lock:
            _memory[key] = token
        raise _unavailable(error) from None
    with _memory_lock:
        _memory.pop(key, None)


def load_token(url: str, device_id: str) -> str | None:
    """The token saved for the device at ``url``; None when there is none (or no keyring works)."""
    key = token_key(url, device_id)
    with _memory_lock:
        kept = _memory.get(key)
    if kept is not None:
        return kept
    try:
        return keyring.get_password(SERVICE, key)
    except Exception:  # no keyring: nothing was saved in it either
        return None


def forget_token(url: str, device_id: str) -> None:
    """Remove the token from memory and from the keyring (nothing to remove is fine)."""
    key = token_key(url, device_id)
    with _memory_lock:
        _memory.pop(key, None)
    try:
        keyring.delete_password(SERVICE, key)
    except Exception:  # not there, or no keyring: either way no token is kept
        return


def kept_in_memory(url: str, device_id: str) -> bool:
    """True when the token lives only in this process (no keyring took it)."""
    with _memory_lock:
        return token_key(url, device_id) in _memory
