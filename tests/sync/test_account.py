"""The sync token in the keyring, and what happens when there is no keyring."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from crm_desktop.cli import main
from crm_desktop.sync import account
from crm_desktop.sync.account import KeyringUnavailable, forget_token, kept_in_memory, load_token, save_token
from crm_desktop.sync_server.app import create_app
from tests.conftest import MemoryKeyring

from .server_kit import PASSWORD, LiveServer, store_of

URL = "https://crm.example.com"


def test_the_token_is_kept_per_server_and_device(memory_keyring: MemoryKeyring) -> None:
    save_token(URL, "dev1", "secret-1")
    save_token("https://other.example.com", "dev1", "secret-2")
    assert load_token(URL, "dev1") == "secret-1"
    assert load_token(URL, "dev2") is None
    assert memory_keyring.passwords[(account.SERVICE, account.token_key(URL, "dev1"))] == "secret-1"
    assert not kept_in_memory(URL, "dev1")
    forget_token(URL, "dev1")
    forget_token(URL, "dev1")  # forgetting twice is fine
    assert load_token(URL, "dev1") is None
    assert load_token("https://other.example.com", "dev1") == "secret-2"


@pytest.fixture
def no_keyring(memory_keyring: MemoryKeyring) -> Iterator[None]:
    """keyring's own "no backend" placeholder (memory_keyring puts the old one back after)."""
    keyring.set_keyring(fail.Keyring())
    yield


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_token_lasts_for_this_process_only() -> None:
    with pytest.raises(KeyringUnavailable, match=r"No system keyring.*sign in again next time"):
        save_token(URL, "dev1", "secret-1")
    assert load_token(URL, "dev1") == "secret-1"
    assert kept_in_memory(URL, "dev1")
    forget_token(URL, "dev1")
    assert load_token(URL, "dev1") is None


@pytest.mark.usefixtures("no_keyring")
def test_crm_sync_login_without_a_keyring_says_so_and_writes_the_token_nowhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    for variable in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    database = tmp_path / "laptop.sqlite3"
    app = create_app(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    store_of(app).add_user("ali", PASSWORD)
    with LiveServer(app) as server:
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        code = main(["sync", "login", server.url, "--user", "ali", "--password-stdin", "--db", str(database)])
        err = capsys.readouterr().err
        assert code == 1
        assert "No system keyring" in err and "ask for it again" in err
        tokens = [account._memory[key] for key in account._memory]
        assert len(tokens) == 1
        # the next command (a new process, as far as the keyring is concerned) is signed out
        account._memory.clear()
        assert main(["sync", "--db", str(database)]) == 1
        assert "not signed in" in capsys.readouterr().err
        # with the password given again, the same command signs in and syncs
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        assert main(["sync", "--user", "ali", "--password-stdin", "--json", "--db", str(database)]) == 0
        tokens += list(account._memory.values())
    assert len(tokens) == 2
    written = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert database in written
    for path in written:  # the laptop's database, the config folders, the server's database
        content = path.read_bytes()
        for secret in [*tokens, PASSWORD]:
            assert secret.encode() not in content, path
