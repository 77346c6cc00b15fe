from __future__ import annotations

from pytestqt.qtbot import QtBot

from crm_desktop.ui.views.first_start import FirstStartDialog


def test_refuses_an_empty_business_name_and_a_bad_region(qtbot: QtBot) -> None:
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.region.setText("1")
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.errors.message("business_name")
    assert dialog.errors.message("default_region")


def test_collects_the_settings(qtbot: QtBot) -> None:
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.business_name.setText("Dükkan")
    dialog.region.setText("tr")
    dialog._suggest_currency("tr")
    dialog.language.setCurrentIndex(dialog.language.findData("tr"))
    dialog.sample.setChecked(True)
    dialog.accept()
    assert dialog.settings is not None
    assert (dialog.settings.default_region, dialog.settings.base_currency) == ("TR", "TRY")
    assert dialog.language_code == "tr"
    assert dialog.with_sample_data
