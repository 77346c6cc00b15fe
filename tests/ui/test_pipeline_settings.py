"""Pipeline settings: pipelines added, renamed, deleted; stages added, renamed, reordered, deleted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.domain.enums import StageKind
from crm_desktop.services.crm import Crm
from crm_desktop.services.pipeline import DealInput
from crm_desktop.services.records import ListQuery
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.pipeline_settings import PipelineSettings


@pytest.fixture
def stages(crm: Crm) -> dict[str, str]:
    return {stage.name: stage.id for stage in crm.pipelines.stages(crm.pipelines.default().id)}


@pytest.fixture
def widget(session: AppSession, qtbot: QtBot) -> PipelineSettings:
    settings = PipelineSettings(session)
    qtbot.addWidget(settings)
    settings.show()
    qtbot.waitUntil(settings.counts_loaded)
    return settings


def stage_names(crm: Crm, pipeline_id: str | None = None) -> list[str]:
    return [s.name for s in crm.pipelines.stages(pipeline_id or crm.pipelines.default().id)]


def shown_stages(widget: PipelineSettings) -> list[str]:
    return [widget.stages.item(row, widget.NAME).text() for row in range(widget.stages.rowCount())]


def choose_stage(widget: PipelineSettings, name: str) -> None:
    widget.stages.setCurrentCell(shown_stages(widget).index(name), widget.NAME)


def chosen(widget: PipelineSettings) -> str | None:
    stage = widget.current_stage()
    return stage.name if stage is not None else None


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_lists_pipelines_and_the_stages_of_the_chosen_one_with_deal_counts(
    crm: Crm, stages: dict[str, str], session: AppSession, qtbot: QtBot
) -> None:
    crm.deals.create(DealInput(title="Shelves", stage_id=stages["Proposal"]))
    settings = PipelineSettings(session)
    qtbot.addWidget(settings)
    qtbot.waitUntil(settings.counts_loaded)

    assert [settings.pipelines.item(r).text() for r in range(settings.pipelines.count())] == ["Sales"]
    assert shown_stages(settings) == ["New", "Qualified", "Proposal", "Negotiation", "Won", "Lost"]
    row = shown_stages(settings).index("Proposal")
    assert settings.stages.item(row, settings.PROBABILITY).text() == "\u206650 %\u2069"
    assert settings.stages.item(row, settings.DEALS).text() == "\u20661\u2069"
    assert settings.stages.item(4, settings.KIND).text() == "Won"
    choose_stage(settings, "Proposal")
    assert not settings.delete_stage_button.isEnabled()  # it has a deal
    choose_stage(settings, "Qualified")
    assert settings.delete_stage_button.isEnabled()
    assert not settings.delete_pipeline_button.isEnabled()  # the only pipeline


def test_add_a_pipeline_with_the_usual_stages_then_rename_it(
    widget: PipelineSettings, crm: Crm, qtbot: QtBot
) -> None:
    click(qtbot, widget.add_pipeline_button)
    qtbot.waitUntil(
        lambda: widget.pipelines.count() == 2 and widget.pipelines.currentItem().text() == "New pipeline"
    )

    new_id = widget.pipeline_id()
    assert new_id is not None
    assert shown_stages(widget) == ["New", "Qualified", "Proposal", "Negotiation", "Won", "Lost"]
    widget.pipeline_name.selectAll()
    qtbot.keyClicks(widget.pipeline_name, "Rentals")
    click(qtbot, widget.rename_button)

    qtbot.waitUntil(lambda: crm.pipelines.get(new_id).name == "Rentals")
    qtbot.waitUntil(lambda: widget.pipelines.currentItem().text() == "Rentals")


def test_an_empty_name_is_refused_beside_the_field(widget: PipelineSettings, crm: Crm, qtbot: QtBot) -> None:
    widget.pipeline_name.clear()
    click(qtbot, widget.rename_button)

    qtbot.waitUntil(lambda: widget.pipeline_errors.message("name") != "")
    assert widget.pipeline_errors.message("name") == "Name cannot be empty."
    assert crm.pipelines.default().name == "Sales"


def test_add_a_stage_after_the_chosen_one(widget: PipelineSettings, crm: Crm, qtbot: QtBot) -> None:
    choose_stage(widget, "Qualified")

    click(qtbot, widget.add_stage_button)

    qtbot.waitUntil(lambda: "New stage" in stage_names(crm) and widget.stage_name.text() == "New stage")
    assert stage_names(crm) == ["New", "Qualified", "New stage", "Proposal", "Negotiation", "Won", "Lost"]
    assert [s.position for s in crm.pipelines.stages(crm.pipelines.default().id)] == list(range(7))
    assert shown_stages(widget)[2] == "New stage"
    assert widget.stage_name.hasFocus()


def test_rename_a_stage_and_change_its_probability_and_kind(
    widget: PipelineSettings, stages: dict[str, str], crm: Crm, qtbot: QtBot
) -> None:
    choose_stage(widget, "Negotiation")
    widget.stage_name.setText("Contract sent")
    widget.probability.setValue(90)
    widget.kind.setCurrentIndex(widget.kind.findData(StageKind.OPEN))

    click(qtbot, widget.save_stage_button)

    qtbot.waitUntil(lambda: crm.stages.get(stages["Negotiation"]).name == "Contract sent")
    stage = crm.stages.get(stages["Negotiation"])
    assert (stage.probability, stage.kind, stage.position) == (90, StageKind.OPEN, 3)
    qtbot.waitUntil(lambda: "Contract sent" in shown_stages(widget))

    choose_stage(widget, "Lost")
    widget.kind.setCurrentIndex(widget.kind.findData(StageKind.WON))
    click(qtbot, widget.save_stage_button)
    qtbot.waitUntil(lambda: crm.stages.get(stages["Lost"]).kind == StageKind.WON)


def test_move_stages_up_and_down(widget: PipelineSettings, crm: Crm, qtbot: QtBot) -> None:
    choose_stage(widget, "Proposal")

    click(qtbot, widget.up_button)
    qtbot.waitUntil(lambda: shown_stages(widget)[:3] == ["New", "Proposal", "Qualified"])
    assert stage_names(crm)[:3] == ["New", "Proposal", "Qualified"]
    assert chosen(widget) == "Proposal"

    click(qtbot, widget.down_button)
    qtbot.waitUntil(
        lambda: shown_stages(widget)[:3] == ["New", "Qualified", "Proposal"]
    )  # after the whole job
    assert stage_names(crm)[:3] == ["New", "Qualified", "Proposal"]
    choose_stage(widget, "New")
    assert not widget.up_button.isEnabled()
    choose_stage(widget, "Lost")
    assert not widget.down_button.isEnabled()


def test_delete_an_empty_stage(
    widget: PipelineSettings, stages: dict[str, str], crm: Crm, qtbot: QtBot
) -> None:
    choose_stage(widget, "Qualified")

    click(qtbot, widget.delete_stage_button)

    qtbot.waitUntil(lambda: "Qualified" not in shown_stages(widget))  # shown once the whole job is done
    assert crm.stages.get(stages["Qualified"], include_deleted=True).deleted_at is not None
    assert stage_names(crm) == ["New", "Proposal", "Negotiation", "Won", "Lost"]
    assert [s.position for s in crm.pipelines.stages(crm.pipelines.default().id)] == list(range(5))


def test_a_stage_that_gains_a_deal_can_no_longer_be_deleted(
    widget: PipelineSettings, stages: dict[str, str], qtbot: QtBot
) -> None:
    choose_stage(widget, "Won")
    assert widget.delete_stage_button.isEnabled()

    widget.session.write(lambda crm: crm.deals.create(DealInput(title="Shelves", stage_id=stages["Won"])))

    qtbot.waitUntil(lambda: not widget.delete_stage_button.isEnabled())
    assert chosen(widget) == "Won"


def test_delete_a_pipeline_without_deals_after_asking(
    widget: PipelineSettings, crm: Crm, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    rentals = crm.pipelines.create_with_stages("Rentals").value
    widget.reload(select_pipeline=rentals.id)
    qtbot.waitUntil(lambda: widget.counts_loaded() and widget.delete_pipeline_button.isEnabled())
    asked: list[str] = []

    def question(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    click(qtbot, widget.delete_pipeline_button)

    assert asked == ["Delete the pipeline “Rentals” and its stages?"]
    qtbot.waitUntil(lambda: [p.name for p in crm.pipelines.list(ListQuery()).items] == ["Sales"])
    assert crm.pipelines.stages(rentals.id) == []
    qtbot.waitUntil(lambda: widget.pipelines.count() == 1)


def test_the_settings_lay_out_right_to_left(qapp: QApplication, session: AppSession, qtbot: QtBot) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        settings = PipelineSettings(session)
        qtbot.addWidget(settings)
        settings.resize(900, 500)
        settings.show()
        qtbot.waitUntil(settings.counts_loaded)
        # the pipelines (first in the layout) sit on the right, the stages on the left
        pipelines_x = settings.pipelines.mapTo(settings, settings.pipelines.rect().topLeft()).x()
        stages_x = settings.stages.mapTo(settings, settings.stages.rect().topLeft()).x()
        assert pipelines_x > stages_x
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
