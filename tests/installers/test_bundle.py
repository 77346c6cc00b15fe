"""The frozen Linux bundle and its .deb, built once by ``installers/build.py`` for this module.

Slow (PyInstaller takes a minute or two): CI runs it with the rest of the suite. The
.deb is built uncompressed here, which is the same package, only faster to make.
"""

from __future__ import annotations

import configparser
import csv
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crm_desktop import __version__
from installers import build

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(900),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .deb and this bundle are Linux's"),
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed"),
]


@dataclass(frozen=True)
class Built:
    bundle: Path
    deb: Path
    output: str


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    folder = tmp_path_factory.mktemp("installers")
    command = [sys.executable, str(build.INSTALLERS / "build.py"), "--dist", str(folder / "dist")]
    command += ["--work", str(folder / "work"), "--deb-compression", "none", "--no-tarball"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CRM_LANG="en")
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=build.ROOT)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    debs = list((folder / "dist").glob("crm-desktop_*.deb"))
    assert len(debs) == 1, output[-3000:]
    yield Built(folder / "dist" / "crm-desktop", debs[0], output)
    shutil.rmtree(folder, ignore_errors=True)  # 500 MB: not left for pytest's last three runs


@pytest.fixture(scope="module")
def installed(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch root the .deb was installed into with dpkg (unpacked, where dpkg is missing)."""
    root = tmp_path_factory.mktemp("root")
    if shutil.which("dpkg") is None:
        subprocess.run(["dpkg-deb", "-x", str(built.deb), str(root)], check=True)
        return root
    admin = root / "var" / "lib" / "dpkg"
    for name in ("info", "updates", "triggers"):
        (admin / name).mkdir(parents=True)
    (admin / "status").touch()
    # the scratch root has none of the system libraries the package depends on
    forced = ["--force-depends", "--force-not-root", "--force-script-chrootless", "--log=/dev/null"]
    subprocess.run(["dpkg", f"--root={root}", *forced, "-i", str(built.deb)], check=True, capture_output=True)
    return root


def frozen_env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", CRM_LANG="en")


def test_the_frozen_program_passes_its_selftest(built: Built) -> None:
    # build.py ran `crm-desktop --selftest` inside the bundle and stops when it fails
    assert "All 5 checks passed." in built.output
    for step in ("database", "contact", "window", "pdf", "keyring"):
        assert f"ok     {step}:" in built.output


def test_the_crm_command_is_beside_it_and_knows_the_version(built: Built) -> None:
    result = subprocess.run([str(built.bundle / "crm"), "--version"], capture_output=True, text=True)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"crm {__version__}"


def test_the_licence_comes_with_the_program(built: Built, installed: Path) -> None:
    licence = (built.bundle / "LICENSE.txt").read_text(encoding="utf-8")

    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 3, 29 June 2007" in licence
    assert (installed / "opt" / "crm-desktop" / "LICENSE.txt").read_text(encoding="utf-8") == licence
    copyright_file = installed / "usr" / "share" / "doc" / "crm-desktop" / "copyright"
    assert "GPL-3.0-or-later" in copyright_file.read_text(encoding="utf-8")


def test_the_bundle_stays_under_250_mb(built: Built) -> None:
    assert build.folder_size(built.bundle) < 250 * 1000 * 1000


def test_the_bundle_leaves_the_sync_server_and_unused_qt_out_cleanly(built: Built) -> None:
    internal = built.bundle / "_internal"
    assert not (internal / "fastapi").exists()
    assert not (internal / "crm_desktop" / "sync_server" / "migrations").exists()
    assert not list(internal.rglob("libQt6Quick*")) and not list(internal.rglob("libQt6WebEngine*"))
    assert (internal / "crm_desktop" / "storage" / "migrations" / "env.py").exists()
    assert len(list((internal / "crm_desktop" / "reports" / "bold-fonts").glob("*-Bold-*.ttf"))) == 2
    assert [path for path in internal.rglob("*") if path.is_symlink() and not path.exists()] == []


def _desktop_entry(root: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(root / "usr" / "share" / "applications" / "crm-desktop.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _command_in(root: Path, command: str) -> Path:
    """Where ``command`` of a desktop entry is, inside ``root`` (a bare name is looked up in /usr/bin)."""
    path = Path(command)
    candidate = root / path.relative_to("/") if path.is_absolute() else root / "usr" / "bin" / command
    return candidate.resolve()


def test_the_deb_installs_the_menu_entry_its_command_and_icon(installed: Path) -> None:
    entry = _desktop_entry(installed)
    program = _command_in(installed, entry["Exec"].split()[0])
    icon = entry["Icon"]
    hicolor = installed / "usr" / "share" / "icons" / "hicolor"

    assert entry["Type"] == "Application" and entry["Name"] == "CRM Desktop"
    assert program.is_relative_to(installed.resolve()) and program.is_file() and os.access(program, os.X_OK)
    assert program == _command_in(installed, entry["TryExec"])
    # the icon theme lookup: <theme>/<size>/apps/<Icon>.png, 48x48 being the size every theme has
    assert (hicolor / "48x48" / "apps" / f"{icon}.png").is_file()
    assert sorted(path.parent.parent.name for path in hicolor.glob(f"*/apps/{icon}.*")) == sorted(
        [f"{size}x{size}" for size in build.ICON_SIZES] + ["scalable"]
    )


def test_the_installed_commands_run_from_usr_bin(installed: Path) -> None:
    crm = installed / "usr" / "bin" / "crm"
    result = subprocess.run([str(crm), "--version"], capture_output=True, text=True, env=frozen_env())

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"crm {__version__}"
    assert (installed / "opt" / "crm-desktop" / "crm-desktop").is_file()


def test_the_deb_names_the_system_libraries_qt_needs(built: Built) -> None:
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(built.deb), "Package", "Version", "Depends"], capture_output=True, text=True
    ).stdout

    assert "Package: crm-desktop" in fields and f"Version: {__version__}" in fields
    depends = fields.split("Depends:")[1]
    for package in ("libc6", "libegl1", "libgl1", "libxcb1", "libfontconfig1"):
        assert package in depends


def test_a_big_import_s_worker_process_runs_in_the_frozen_program(built: Built, tmp_path: Path) -> None:
    """A big import starts a worker process ('spawn'): in a frozen build that is the ``crm``
    program started again, which must run the worker (multiprocessing.freeze_support) and not
    read its arguments as a command. A worker that cannot run costs only speed, and says so."""
    rows = 30_000  # long enough for the worker to be started and handed chunks
    source = tmp_path / "contacts.csv"
    with source.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["First Name", "Last Name", "E-mail Address", "Mobile Phone"])
        for number in range(rows):
            writer.writerow(["Leyla", f"Demir {number}", f"leyla{number}@example.com", f"05{number:08d}"])
    database = tmp_path / "crm.sqlite3"
    env = dict(frozen_env(), CRM_IMPORT_WORKER="on")
    crm = [str(built.bundle / "crm"), "--db", str(database)]
    subprocess.run([*crm, "init"], check=True, capture_output=True, env=env)

    result = subprocess.run([*crm, "import", str(source), "--json"], capture_output=True, text=True, env=env)

    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout)["created"] == rows
    assert "worker process" not in result.stderr, result.stderr[-3000:]
