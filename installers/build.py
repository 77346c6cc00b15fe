#!/usr/bin/env python3
"""Build CRM Desktop's installers for the machine this runs on.

    python installers/build.py                  # bundle, self-test, then this system's packages
    python installers/build.py --skip-selftest  # ... without running the frozen program
    python installers/build.py --no-packages    # the bundle only (dist/crm-desktop/)

What it makes in dist/ (``--dist``):

- every system: the frozen program, ``crm-desktop/`` (the window and the ``crm``
  command beside it), built by PyInstaller from ``installers/crm-desktop.spec``, then
  checked: ``crm-desktop --selftest`` must exit 0, ``crm --version`` must name this
  version, and the folder must stay under 250 MB;
- Linux: ``crm-desktop_<version>_<arch>.deb`` and ``crm-desktop-<version>-linux-<arch>.tar.gz``;
- Windows: ``crm-desktop-<version>-setup.exe`` (Inno Setup's ``iscc`` must be installed);
- macOS: ``CRM Desktop.app`` and ``crm-desktop-<version>.dmg``.

Only the standard library is used here, like dev.py: the project's .venv is made (or
brought up to date) by dev.py, and PyInstaller runs in it.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import dev  # noqa: E402  (the virtual environment, made the way `dev.py test` makes it)

INSTALLERS = ROOT / "installers"
SPEC = INSTALLERS / "crm-desktop.spec"
INNO_SCRIPT = INSTALLERS / "windows" / "crm-desktop.iss"
LICENCE = ROOT / "LICENSE"  # the GNU GPL, version 3
LICENCE_NAME = "LICENSE.txt"  # .txt: Windows and macOS open it with a double-click
PACKAGE = ROOT / "src" / "crm_desktop"
ICON_SVG = ROOT / "resources" / "icons" / "crm-desktop.svg"
ICON_PNG_FOLDER = PACKAGE / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

SLUG = "crm-desktop"
APP_NAME = "CRM Desktop"
BUNDLE_LIMIT_MB = 250
MAINTAINER = "CRM Desktop developers <crm-desktop@users.noreply.github.com>"
DEB_PREFIX = Path("opt") / SLUG

# Which Debian package gives each library the bundle leaves to the system: PyInstaller does
# not copy the C library and the graphics stack (libGL, libEGL, libxcb, libwayland-*, which
# must match the system's drivers), nor a library that was not installed on the build
# machine (the xcb and Wayland helpers below, on a build server without a desktop).
# None: needed only by an optional plugin that Qt skips when the library is missing.
SYSTEM_LIBRARY_PACKAGES: dict[str, str | None] = {
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
    "libresolv.so.2": "libc6",
    "libutil.so.1": "libc6",
    "libcrypt.so.1": "libcrypt1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libGLdispatch.so.0": "libglvnd0",
    "libdrm.so.2": "libdrm2",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libgtk-3.so.0": None,
    "libgdk-3.so.0": None,
}
# the bundled fontconfig reads the system's font configuration (fontconfig-config, which
# comes with libfontconfig1) to find fonts for what the bundled Noto Sans lacks (emoji...)
ALWAYS_DEPENDS = ("libfontconfig1",)


class BuildError(Exception):
    """A step failed; the message says which and what to do."""


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run(command: Sequence[str | Path], *, env: dict[str, str] | None = None, cwd: Path = ROOT) -> None:
    print("$", " ".join(str(part) for part in command), flush=True)
    result = subprocess.run([str(part) for part in command], cwd=cwd, env=env)
    if result.returncode != 0:
        raise BuildError(f"{Path(str(command[0])).name} failed with exit code {result.returncode}")


def read_version() -> str:
    """crm_desktop.__version__, read from the source (the one place the version is written)."""
    source = (PACKAGE / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__\s*=\s*"([^"]+)"', source, re.MULTILINE)
    if not found:
        raise BuildError(f"no __version__ in {PACKAGE / '__init__.py'}")
    return found.group(1)


def project_python() -> Path:
    """The Python of the project's .venv (made or updated by dev.py), or this one if it is that."""
    if Path(sys.prefix).resolve() == dev.VENV.resolve():
        return Path(sys.executable)
    dev.ensure_environment()
    return dev.venv_bin("python")


# --- the bundle --------------------------------------------------------------------


def build_bundle(python: Path, dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; the folder (or, on macOS, the .app) it made."""
    started = time.monotonic()
    options: list[str | Path] = ["--noconfirm", "--log-level", "WARN", "--distpath", dist, "--workpath", work]
    run([python, "-m", "PyInstaller", *options, SPEC])
    log(f"PyInstaller took {time.monotonic() - started:.0f} s")
    bundle = dist / (f"{APP_NAME}.app" if sys.platform == "darwin" else SLUG)
    place_licence(bundle)
    return bundle


def place_licence(bundle: Path) -> Path:
    """The GPL's text beside the programs: whoever is given the program is given its licence
    (the Windows installer shows it, the tarball and the .deb carry it in the folder)."""
    folder = bundle / "Contents" / "Resources" if bundle.suffix == ".app" else bundle
    return Path(shutil.copy2(LICENCE, folder / LICENCE_NAME))


def program(bundle: Path, name: str) -> Path:
    """An executable of the bundle: ``crm-desktop`` or ``crm``."""
    folder = bundle / "Contents" / "MacOS" if bundle.suffix == ".app" else bundle
    return folder / (name + ".exe" if sys.platform == "win32" else name)


def program_environment() -> dict[str, str]:
    """The environment to run the frozen program in here: offscreen Qt where no screen is."""
    env = dict(os.environ)
    has_screen = sys.platform in ("win32", "darwin") or env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")
    if not has_screen:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def windows_selftest_report() -> Path:
    """Where the windowed Windows program writes its self-test (it has no console to print
    to): selftest.txt in its log folder, platformdirs' user_log_dir."""
    return Path(os.environ.get("LOCALAPPDATA", Path.home())) / SLUG / "Logs" / "selftest.txt"


def run_selftest(bundle: Path) -> None:
    """The frozen program checks itself (database, migrations, fonts, a PDF, translations...)."""
    log("frozen self-test")
    report = windows_selftest_report() if sys.platform == "win32" else None
    if report is not None:
        report.unlink(missing_ok=True)
    try:
        run([program(bundle, SLUG), "--selftest"], env=program_environment())
    finally:
        if report is not None and report.exists():
            print(report.read_text(encoding="utf-8"), flush=True)


def check_cli_version(bundle: Path, version: str) -> None:
    result = subprocess.run(
        [str(program(bundle, "crm")), "--version"], capture_output=True, text=True, env=program_environment()
    )
    if result.returncode != 0 or version not in result.stdout:
        raise BuildError(
            f"the frozen `crm --version` said {result.stdout.strip()!r} (exit {result.returncode}), "
            f"not version {version}: {result.stderr.strip()}"
        )
    log(f"frozen crm --version: {result.stdout.strip()}")


def folder_size(folder: Path) -> int:
    """Bytes in the files under ``folder`` (a symbolic link counts as nothing)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def check_size(bundle: Path) -> int:
    size = folder_size(bundle)
    log(f"bundle size: {size / 1e6:.1f} MB ({bundle})")
    if size > BUNDLE_LIMIT_MB * 1e6:
        raise BuildError(
            f"the bundle is {size / 1e6:.0f} MB, over the {BUNDLE_LIMIT_MB} MB limit: see what grew "
            f"(du -sh {bundle}/*) and leave it out in {SPEC.name}"
        )
    return size


# --- Linux: .deb and .tar.gz ---------------------------------------------------------


def elf_files(folder: Path) -> Iterable[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as stream:
                if stream.read(4) == b"\x7fELF":
                    yield path


def system_libraries(bundle: Path) -> dict[str, str | None]:
    """soname -> where the system has it (None: not installed here), for every library
    that a binary of the bundle needs and the bundle does not hold."""
    inside = {path.name for path in bundle.rglob("*.so*")}
    folders = {str(path.parent) for path in bundle.rglob("*.so*")}
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(sorted(folders)))
    found: dict[str, str | None] = {}
    for binary in elf_files(bundle):
        listing = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env).stdout
        for line in listing.splitlines():
            name, arrow, target = line.strip().partition(" => ")
            if not arrow or name in inside:
                continue
            where = target.split(" (")[0].strip()
            if where == "not found":
                found.setdefault(name, None)
            elif not where.startswith(str(bundle)):
                found[name] = where
    return found


def check_no_missing_qt(libraries: dict[str, str | None]) -> None:
    missing = sorted(name for name, where in libraries.items() if where is None and name.startswith("libQt6"))
    if missing:
        raise BuildError(
            f"bundled plugins need Qt libraries that {SPEC.name} leaves out: {', '.join(missing)}; "
            "leave the plugin out too (UNUSED_QT_PLUGINS) or keep the library"
        )


def glibc_version() -> str:
    name, version = platform.libc_ver()
    return version if name == "glibc" else ""


def deb_depends(libraries: dict[str, str | None]) -> list[str]:
    """The Depends field: the package of each system library the bundle needs."""
    unknown = sorted(name for name in libraries if name not in SYSTEM_LIBRARY_PACKAGES)
    if unknown:
        raise BuildError(
            "the bundle needs system libraries with no Debian package in SYSTEM_LIBRARY_PACKAGES "
            f"(installers/build.py): {', '.join(unknown)}"
        )
    packages = {SYSTEM_LIBRARY_PACKAGES[name] for name in libraries} | set(ALWAYS_DEPENDS)
    packages.discard(None)
    depends = sorted(str(package) for package in packages)
    libc = glibc_version()
    # the bundle's own libraries were linked against this machine's C library: no older one
    return [f"libc6 (>= {libc})" if package == "libc6" and libc else package for package in depends]


def deb_architecture() -> str:
    if shutil.which("dpkg"):
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout.strip()
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "aarch64": "arm64", "armv7l": "armhf", "i686": "i386"}.get(machine, machine)


def icon_files() -> dict[int, Path]:
    """The rendered PNG icons by size (resources/icons/build.py makes them)."""
    icons = {size: ICON_PNG_FOLDER / f"{SLUG}-{size}.png" for size in ICON_SIZES}
    missing = [path.name for path in icons.values() if not path.exists()]
    if missing:
        raise BuildError(
            f"icons missing in {ICON_PNG_FOLDER}: {', '.join(missing)} (resources/icons/build.py)"
        )
    return icons


def desktop_entry() -> str:
    """The menu entry (freedesktop.org Desktop Entry): found under Office, started by name."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "GenericName=Customer relationship management\n"
        "Comment=Customers, deals, cases, tasks and reports of a small business, in one local file\n"
        f"Exec={SLUG}\n"
        f"TryExec={SLUG}\n"
        f"Icon={SLUG}\n"
        "Terminal=false\n"
        "Categories=Office;ContactManagement;Qt;\n"
        "Keywords=CRM;customers;contacts;companies;deals;sales;cases;\n"
        f"StartupWMClass={SLUG}\n"
    )


def deb_control(version: str, architecture: str, depends: list[str], installed_kib: int) -> str:
    return (
        f"Package: {SLUG}\n"
        f"Version: {version}\n"
        f"Architecture: {architecture}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: offline-first desktop CRM for small businesses\n"
        " Contacts and companies with their whole history, a sales pipeline with a\n"
        " forecast, cases with SLAs, tasks and reminders, products and sales, a\n"
        " knowledge base and PDF reports, in one local SQLite file; in English,\n"
        " Arabic, Persian or Turkish. The `crm` command works on the same file.\n"
    )


def copy_tree(source: Path, target: Path) -> None:
    """Copy a folder keeping its symbolic links, with the modes a package wants (root-owned, 755/644)."""
    shutil.copytree(source, target, symlinks=True)
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.access(path, os.X_OK)
        path.chmod(0o755 if executable else 0o644)


def write_file(path: Path, text: str | bytes, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    path.chmod(mode)


def build_deb(bundle: Path, dist: Path, work: Path, version: str, compression: str) -> Path:
    """dist/crm-desktop_<version>_<arch>.deb: the bundle in /opt/crm-desktop, the two commands
    in /usr/bin, a menu entry and its icons."""
    if not shutil.which("dpkg-deb"):
        raise BuildError("dpkg-deb is not installed (apt-get install dpkg); or build with --no-packages")
    libraries = system_libraries(bundle)
    check_no_missing_qt(libraries)
    depends = deb_depends(libraries)
    architecture = deb_architecture()
    stage = work / "deb-root"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    copy_tree(bundle, stage / DEB_PREFIX)
    commands = stage / "usr" / "bin"
    commands.mkdir(parents=True)
    for name in (SLUG, "crm"):
        # relative, so that the links also hold in a package unpacked elsewhere (dpkg-deb -x);
        # the PyInstaller launcher follows the link to find its _internal folder
        (commands / name).symlink_to(Path("..", "..", DEB_PREFIX, name))
    share = stage / "usr" / "share"
    write_file(share / "applications" / f"{SLUG}.desktop", desktop_entry())
    for size, png in icon_files().items():
        write_file(share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{SLUG}.png", png.read_bytes())
    if ICON_SVG.exists():
        write_file(share / "icons" / "hicolor" / "scalable" / "apps" / f"{SLUG}.svg", ICON_SVG.read_bytes())
    write_file(
        share / "doc" / SLUG / "copyright",
        f"{APP_NAME}\nLicence: GPL-3.0-or-later (/usr/share/common-licenses/GPL-3)\n"
        "The bundled libraries keep their own licences; see /opt/crm-desktop/_internal.\n",
    )
    installed_kib = (folder_size(stage) + 1023) // 1024
    write_file(stage / "DEBIAN" / "control", deb_control(version, architecture, depends, installed_kib))
    for folder in [stage, *stage.rglob("*")]:
        if folder.is_dir() and not folder.is_symlink():
            folder.chmod(0o755)
    target = dist / f"{SLUG}_{version}_{architecture}.deb"
    started = time.monotonic()
    run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", stage, target])
    log(f"{target.name}: {target.stat().st_size / 1e6:.1f} MB in {time.monotonic() - started:.0f} s")
    log(f"Depends: {', '.join(depends)}")
    shutil.rmtree(stage)
    return target


def build_tarball(bundle: Path, dist: Path, version: str) -> Path:
    """dist/crm-desktop-<version>-linux-<arch>.tar.gz: the bundle, to unpack anywhere and run."""
    target = dist / f"{SLUG}-{version}-linux-{platform.machine().lower()}.tar.gz"
    started = time.monotonic()
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=f"{SLUG}-{version}")
    log(f"{target.name}: {target.stat().st_size / 1e6:.1f} MB in {time.monotonic() - started:.0f} s")
    return target


# --- Windows: Inno Setup ---------------------------------------------------------------


def find_iscc() -> Path | None:
    found = shutil.which("iscc")
    if found:
        return Path(found)
    for folder in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if folder and (Path(folder) / "Inno Setup 6" / "ISCC.exe").exists():
            return Path(folder) / "Inno Setup 6" / "ISCC.exe"
    return None


def build_windows_installer(bundle: Path, dist: Path, work: Path, version: str) -> Path:
    """dist/crm-desktop-<version>-setup.exe, a per-user installer made by Inno Setup."""
    iscc = find_iscc()
    if iscc is None:
        raise BuildError(
            "Inno Setup's iscc was not found (https://jrsoftware.org/isdl.php); or --no-packages"
        )
    defines = [f"/DAppVersion={version}", f"/DBundleDir={bundle}"]
    icon = work / SLUG / f"{SLUG}.ico"  # written by the spec into PyInstaller's work folder
    if icon.exists():
        defines.append(f"/DIconFile={icon}")
    run([iscc, *defines, f"/O{dist}", f"/F{SLUG}-{version}-setup", INNO_SCRIPT])
    return dist / f"{SLUG}-{version}-setup.exe"


# --- macOS: .dmg -------------------------------------------------------------------------


def build_dmg(app: Path, dist: Path, version: str) -> Path:
    """dist/crm-desktop-<version>.dmg: the .app beside a link to /Applications, to drag it in."""
    target = dist / f"{SLUG}-{version}.dmg"
    with tempfile.TemporaryDirectory(prefix="crm-dmg-") as folder:
        stage = Path(folder) / APP_NAME
        stage.mkdir()
        run(["ditto", app, stage / app.name])  # ditto keeps the bundle's links, modes and signatures
        (stage / "Applications").symlink_to("/Applications")
        target.unlink(missing_ok=True)
        run(
            ["hdiutil", "create", "-volname", APP_NAME, "-srcfolder", stage, "-format", "UDZO", "-ov", target]
        )
    return target


# --- the whole build ---------------------------------------------------------------------


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="installers/build.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the results go (dist/)")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "installers", help="PyInstaller's work folder"
    )
    parser.add_argument(
        "--skip-selftest", action="store_true", help="do not run the frozen program's self-test"
    )
    parser.add_argument(
        "--no-packages", action="store_true", help="only the bundle: no .deb, tarball, setup or .dmg"
    )
    parser.add_argument("--no-tarball", action="store_true", help="Linux: the .deb without the .tar.gz")
    parser.add_argument(
        "--deb-compression",
        choices=("xz", "gzip", "zstd", "none"),
        default="xz",
        help="how dpkg-deb packs the .deb (xz: smallest; gzip or none: fastest, for tests)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    dist: Path = arguments.dist.resolve()
    work: Path = arguments.work.resolve()
    version = read_version()
    try:
        python = project_python()
        log(f"CRM Desktop {version} for {sys.platform} ({platform.machine()}), with {python}")
        bundle = build_bundle(python, dist, work)
        check_cli_version(bundle, version)
        if not arguments.skip_selftest:
            run_selftest(bundle)
        check_size(bundle)
        made = [bundle]
        if not arguments.no_packages:
            if sys.platform.startswith("linux"):
                made.append(build_deb(bundle, dist, work, version, arguments.deb_compression))
                if not arguments.no_tarball:
                    made.append(build_tarball(bundle, dist, version))
            elif sys.platform == "win32":
                made.append(build_windows_installer(bundle, dist, work, version))
            elif sys.platform == "darwin":
                made.append(build_dmg(bundle, dist, version))
    except BuildError as error:
        print(f"[build] FAILED: {error}", file=sys.stderr, flush=True)
        return 1
    for path in made:
        log(f"made {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
