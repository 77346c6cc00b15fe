"""``crm-desktop --selftest``: every step runs, and a broken part turns the answer to 1."""

from __future__ import annotations

import io
import re
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from crm_desktop import app, selftest
from crm_desktop.domain.models import Contact
from crm_desktop.services.people import ContactService
from crm_desktop.ui import selftest as ui_selftest
from crm_desktop.ui.selftest import WindowFindings


def run_selftest() -> tuple[int, list[str]]:
    out = io.StringIO()
    code = selftest.run(out)
    return code, out.getvalue().splitlines()


def test_a_working_installation_passes_every_step(qapp: QApplication) -> None:
    code, lines = run_selftest()

    assert code == 0, "\n".join(lines)
    assert [line.split(":")[0] for line in lines[1:-1]] == [f"ok     {name}" for name, _ in selftest.STEPS]
    assert lines[-1] == "All 5 checks passed."


def test_the_window_step_leaves_the_program_in_its_own_language(qapp: QApplication) -> None:
    before = (QLocale().name(), qapp.layoutDirection(), QCoreApplication.translate("MainWindow", "&File"))

    run_selftest()

    after = (QLocale().name(), qapp.layoutDirection(), QCoreApplication.translate("MainWindow", "&File"))
    assert after == before
    assert before[1] == Qt.LayoutDirection.LeftToRight


def test_a_broken_step_fails_the_run_and_the_others_still_run(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved_get = ContactService.get

    def mangled(self: ContactService, record_id: str, *, include_deleted: bool = False) -> Contact:
        # what a database driver without Unicode would hand back
        contact = saved_get(self, record_id, include_deleted=include_deleted)
        return contact.model_copy(update={"display_name": "???? ????"})

    monkeypatch.setattr(ContactService, "get", mangled)

    code, lines = run_selftest()

    assert code == 1
    assert "FAILED contact: the contact read back as '???? ????', not 'ليلى حداد'" in lines
    assert sum(line.startswith("ok ") for line in lines) == len(selftest.STEPS) - 1
    assert lines[-1] == "1 of 5 checks failed."


def test_an_unexpected_error_is_named_and_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_database(space: selftest.Workspace) -> str:
        raise OSError("No space left on device")

    steps = (("database", broken_database), *selftest.STEPS[1:2])
    monkeypatch.setattr(selftest, "STEPS", steps)

    code, lines = run_selftest()

    assert code == 1
    assert lines[1:3] == [
        "FAILED database: OSError: No space left on device",
        "FAILED contact: the database could not be opened (see above)",
    ]


def test_without_a_console_the_report_goes_to_the_log_folder(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(selftest, "STEPS", selftest.STEPS[:2])
    monkeypatch.setattr(selftest, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(sys, "stdout", None)  # a windowed program on Windows

    assert selftest.run() == 0

    report = (tmp_path / "logs" / "selftest.txt").read_text(encoding="utf-8")
    assert report.endswith("All 2 checks passed.\n")


def test_the_report_speaks_the_environment_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_LANG", "tr")
    monkeypatch.setattr(selftest, "STEPS", selftest.STEPS[:1])

    code, lines = run_selftest()

    assert code == 0
    assert lines[-1] != "All 1 checks passed."


def test_the_desktop_program_runs_it_with_its_option(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(selftest, "run", lambda: calls.append("run") or 7)

    assert app.main(["--selftest"]) == 7
    assert calls == ["run"]


GOOD_WINDOW = WindowFindings(
    missing_fonts=(), right_to_left=True, translated=True, colours=900, width=9, height=9
)


@pytest.mark.parametrize(
    ("findings", "message"),
    [
        (replace(GOOD_WINDOW, missing_fonts=("Noto Sans Arabic",)), "fonts not found: Noto Sans Arabic"),
        (replace(GOOD_WINDOW, translated=False), "the window's Arabic translation did not load"),
        (replace(GOOD_WINDOW, right_to_left=False), "the Arabic window is not laid out right to left"),
        (replace(GOOD_WINDOW, colours=3), "the window came out blank"),
    ],
)
def test_what_the_window_step_finds_wrong_is_said(
    findings: WindowFindings, message: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(ui_selftest, "render_main_window", lambda crm, folder: findings)
    space = selftest.Workspace(tmp_path)
    space.crm = object()  # type: ignore[assignment]  (the window is not built here)

    with pytest.raises(selftest.SelfTestFailure, match=f"^{re.escape(message)}$"):
        selftest.check_window(space)
