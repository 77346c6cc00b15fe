"""``crm-desktop --selftest``: does this installation work, end to end?

Run after a build (``installers/build.py`` runs it inside the frozen bundle) and by
support when a shop owner says "it does not start". Each step prints one line,
``ok`` or ``FAILED`` with the reason; the exit code is 0 only when every step passed.
Everything happens in a temporary folder: the user's own database is never opened.

The steps are the parts a packaging mistake breaks without a sound: the migrations
(Alembic reads its scripts as files), the database driver, the window (Qt's platform
plugin, the fonts, the compiled translations) and a PDF in Arabic (reportlab, the
Arabic font, the shaping and bidi libraries).
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from crm_desktop import APP_NAME, __version__
from crm_desktop.i18n import _, environment_language, language
from crm_desktop.paths import log_dir

if TYPE_CHECKING:  # imported by the steps themselves, so that a missing part fails its own step
    from crm_desktop.services.crm import Crm

ARABIC_NAME = "ليلى حداد"
PDF_ARABIC_FONT = b"NotoSansArabic"
# far more colours than a blank or half-drawn window has (its text is antialiased)
MIN_COLOURS = 50


class SelfTestFailure(Exception):
    """A step found something wrong; the message says what, for the person reading the output."""


@dataclass
class Workspace:
    """What the steps share: the temporary folder and what earlier steps made in it."""

    folder: Path
    crm: Crm | None = None

    @property
    def database(self) -> Path:
        return self.folder / "selftest.sqlite3"


def _opened(space: Workspace) -> Crm:
    if space.crm is None:
        raise SelfTestFailure(_("the database could not be opened (see above)"))
    return space.crm


def check_database(space: Workspace) -> str:
    from crm_desktop.services.crm import Crm
    from crm_desktop.storage import migrator

    space.crm = Crm.open(space.database)
    with space.crm.db.engine.connect() as connection:
        revision = migrator.current_revision(connection)
    if revision != migrator.head_revision():
        raise SelfTestFailure(
            _("the new database stopped at schema {found}, not {head}").format(
                found=revision, head=migrator.head_revision()
            )
        )
    return _("made a new database and brought it to schema {revision}").format(revision=revision)


def check_contact(space: Workspace) -> str:
    from crm_desktop.services.people import ContactInput

    crm = _opened(space)
    created = crm.contacts.create(ContactInput(display_name=ARABIC_NAME, emails=["laila@example.com"]))
    found = crm.contacts.get(created.value.id)
    if found.display_name != ARABIC_NAME:
        raise SelfTestFailure(
            _("the contact read back as {found!r}, not {saved!r}").format(
                found=found.display_name, saved=ARABIC_NAME
            )
        )
    if not any(row.id == found.id for row in crm.search.contacts(ARABIC_NAME.split()[0])):
        raise SelfTestFailure(_("the contact was saved but the search does not find it"))
    return _("wrote a contact, read it back and found it by searching")


def check_pdf(space: Workspace) -> str:
    from crm_desktop.reports.registry import report
    from crm_desktop.reports.request import ReportRequest

    crm = _opened(space)
    output = space.folder / "selftest-ar.pdf"
    report("contact-directory").build(crm, output, ReportRequest(language="ar"))
    data = output.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SelfTestFailure(_("the report is not a whole PDF file"))
    if PDF_ARABIC_FONT not in data:
        raise SelfTestFailure(_("the report does not carry the Arabic font"))
    return _("wrote a report in Arabic ({size} KB)").format(size=len(data) // 1024)


def check_window(space: Workspace) -> str:
    from crm_desktop.ui.selftest import render_main_window

    found = render_main_window(_opened(space), space.folder)
    if found.missing_fonts:
        raise SelfTestFailure(_("fonts not found: {names}").format(names=", ".join(found.missing_fonts)))
    if not found.translated:
        raise SelfTestFailure(_("the window's Arabic translation did not load"))
    if not found.right_to_left:
        raise SelfTestFailure(_("the Arabic window is not laid out right to left"))
    if found.colours < MIN_COLOURS:
        raise SelfTestFailure(_("the window came out blank"))
    return _("drew the main window in Arabic, right to left ({width}×{height})").format(
        width=found.width, height=found.height
    )


def check_keyring(space: Workspace) -> str:
    """Not a failure when there is none (a server, a CI box): the program says so and copes."""
    import keyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if name.startswith("keyring.backends.fail"):
        return _("none on this computer: sync sign-ins are kept only until the program closes")
    return _("uses {backend}").format(backend=name)


STEPS: tuple[tuple[str, Callable[[Workspace], str]], ...] = (
    ("database", check_database),
    ("contact", check_contact),
    ("window", check_window),
    ("pdf", check_pdf),
    ("keyring", check_keyring),
)


def run(out: TextIO | None = None) -> int:
    """Run every step (a failed one does not stop the others); 0 when all passed.

    The report is in the language the environment asks for (``CRM_LANG``, ``LANG``), on
    this thread, so the window step switching the program to Arabic does not change it.
    """
    if out is not None:
        return _run(out)
    if sys.stdout is not None:
        return _run(sys.stdout)
    # a windowed program on Windows has no console: the report goes next to the logs
    report = log_dir() / "selftest.txt"
    report.parent.mkdir(parents=True, exist_ok=True)
    with report.open("w", encoding="utf-8") as stream:
        return _run(stream)


def _run(stream: TextIO) -> int:
    with language(environment_language()):
        return _run_steps(stream)


def _run_steps(stream: TextIO) -> int:
    print(f"{APP_NAME} {__version__} — {sys.platform}, Python {sys.version.split()[0]}", file=stream)
    failed = 0
    with tempfile.TemporaryDirectory(prefix="crm-selftest-") as folder:
        space = Workspace(Path(folder))
        try:
            for name, step in STEPS:
                try:
                    detail = step(space)
                except SelfTestFailure as failure:
                    failed += 1
                    print(f"FAILED {name}: {failure}", file=stream)
                except Exception as error:  # what broke matters more than where: say it and go on
                    failed += 1
                    print(f"FAILED {name}: {type(error).__name__}: {error}", file=stream)
                    if os.environ.get("CRM_SELFTEST_TRACEBACK"):
                        traceback.print_exc(file=stream)
                else:
                    print(f"ok     {name}: {detail}", file=stream)
        finally:
            _close(space)
    if failed:
        print(_("{count} of {total} checks failed.").format(count=failed, total=len(STEPS)), file=stream)
        return 1
    print(_("All {total} checks passed.").format(total=len(STEPS)), file=stream)
    return 0


def _close(space: Workspace) -> None:
    if space.crm is not None:
        space.crm.close()  # Windows cannot delete the temporary folder while the file is open
