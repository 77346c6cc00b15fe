"""Editing pipelines and their stages (part of the Settings page): names, order, probability, kind."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import StageKind
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.domain.models import Stage
from crm_desktop.services.changes import ChangeSet, Outcome
from crm_desktop.services.crm import Crm
from crm_desktop.services.pipeline import PipelineInput, StageInput
from crm_desktop.services.pipeline_board import Board, PipelineBoard
from crm_desktop.services.records import ListQuery
from crm_desktop.ui.bidi import ltr
from crm_desktop.ui.forms import FieldErrors
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.deal_editor import stage_kind_names

PIPELINE_ROLE = Qt.ItemDataRole.UserRole


def renumber(crm: Crm, stages: list[Stage]) -> ChangeSet:
    """Give ``stages`` the positions 0, 1, 2… in the order listed (only those that change are written)."""
    changes = ChangeSet()
    for position, stage in enumerate(stages):
        if stage.position != position:
            changes = changes | crm.stages.update(stage.id, StageInput(position=position)).changes
    return changes


class PipelineSettings(QWidget):
    """Pipelines on the start side; the chosen one's stages, in order, on the other."""

    NAME, PROBABILITY, KIND, DEALS = range(4)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipeline_settings")
        self.session = session
        self._stages: list[Stage] = []
        self._counts: dict[str, int] | None = None  # deals per stage of the chosen pipeline, once read
        self._generation = 0
        self.kind_names = stage_kind_names(self)

        self.pipelines = QListWidget()
        self.pipelines.setObjectName("pipelines")
        self.pipelines.currentItemChanged.connect(lambda _c, _p: self._pipeline_chosen())
        self.add_pipeline_button = QPushButton(self.tr("Add pipeline"))
        self.add_pipeline_button.setObjectName("add_pipeline")
        self.add_pipeline_button.clicked.connect(self.add_pipeline)
        self.delete_pipeline_button = QPushButton(self.tr("Delete pipeline"))
        self.delete_pipeline_button.setObjectName("delete_pipeline")
        self.delete_pipeline_button.clicked.connect(self.delete_pipeline)
        self.pipeline_name = QLineEdit()
        self.pipeline_name.setObjectName("pipeline_name")
        self.pipeline_name.returnPressed.connect(self.rename_pipeline)
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.setObjectName("rename_pipeline")
        self.rename_button.clicked.connect(self.rename_pipeline)
        self.pipeline_errors = FieldErrors()
        name_row = QWidget()
        name_layout = QHBoxLayout(name_row)
        name_layout.setContentsMargins(0, 0, 0, 0)
        name_layout.addWidget(self.pipeline_name, 1)
        name_layout.addWidget(self.rename_button)
        pipeline_form = QFormLayout()
        self.pipeline_errors.add_row(pipeline_form, "name", self.tr("Name"), name_row)
        pipeline_buttons = QHBoxLayout()
        pipeline_buttons.addWidget(self.add_pipeline_button)
        pipeline_buttons.addWidget(self.delete_pipeline_button)
        pipeline_buttons.addStretch(1)
        pipeline_box = QGroupBox(self.tr("Pipelines"))
        pipeline_layout = QVBoxLayout(pipeline_box)
        pipeline_layout.addWidget(self.pipelines, 1)
        pipeline_layout.addLayout(pipeline_form)
        pipeline_layout.addLayout(pipeline_buttons)

        self.stages = QTableWidget(0, 4)
        self.stages.setObjectName("stages")
        self.stages.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Probability"), self.tr("Kind"), self.tr("Deals")]
        )
        self.stages.verticalHeader().hide()
        self.stages.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stages.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stages.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.stages.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (self.PROBABILITY, self.KIND, self.DEALS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.stages.currentCellChanged.connect(lambda _r, _c, _pr, _pc: self._stage_chosen())
        self.add_stage_button = QPushButton(self.tr("Add stage"))
        self.add_stage_button.setObjectName("add_stage")
        self.add_stage_button.clicked.connect(self.add_stage)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setObjectName("stage_up")
        self.up_button.clicked.connect(lambda: self.move_stage(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setObjectName("stage_down")
        self.down_button.clicked.connect(lambda: self.move_stage(1))
        self.delete_stage_button = QPushButton(self.tr("Delete stage"))
        self.delete_stage_button.setObjectName("delete_stage")
        self.delete_stage_button.clicked.connect(self.delete_stage)
        stage_buttons = QHBoxLayout()
        for button in (self.add_stage_button, self.up_button, self.down_button, self.delete_stage_button):
            stage_buttons.addWidget(button)
        stage_buttons.addStretch(1)

        self.stage_name = QLineEdit()
        self.stage_name.setObjectName("stage_name")
        self.stage_name.returnPressed.connect(self.save_stage)
        self.probability = QSpinBox()
        self.probability.setObjectName("stage_probability")
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.kind = QComboBox()
        self.kind.setObjectName("stage_kind")
        for kind, name in self.kind_names.items():
            self.kind.addItem(name, kind)
        self.save_stage_button = QPushButton(self.tr("Save stage"))
        self.save_stage_button.setObjectName("save_stage")
        self.save_stage_button.clicked.connect(self.save_stage)
        self.stage_errors = FieldErrors()
        stage_form = QFormLayout()
        self.stage_errors.add_row(stage_form, "name", self.tr("Name"), self.stage_name)
        self.stage_errors.add_row(stage_form, "probability", self.tr("Probability"), self.probability)
        self.stage_errors.add_row(stage_form, "kind", self.tr("Kind"), self.kind)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_stage_button)
        self.stage_box = QGroupBox(self.tr("Stages"))
        stage_layout = QVBoxLayout(self.stage_box)
        stage_layout.addWidget(self.stages, 1)
        stage_layout.addLayout(stage_buttons)
        stage_layout.addLayout(stage_form)
        stage_layout.addLayout(save_row)

        self.message = QLabel()
        self.message.setObjectName("settings_error")
        self.pipeline_errors.set_general(self.message)
        body = QHBoxLayout()
        body.addWidget(pipeline_box, 2)
        body.addWidget(self.stage_box, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

        session.changed.connect(self._on_changed)
        self.reload()

    # --- reading ----------------------------------------------------------------------

    def pipeline_id(self) -> str | None:
        item = self.pipelines.currentItem()
        value = item.data(PIPELINE_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def current_stage(self) -> Stage | None:
        row = self.stages.currentRow()
        return self._stages[row] if 0 <= row < len(self._stages) else None

    def reload(self, select_pipeline: str | None = None) -> None:
        """List the pipelines again (small: read at once), keeping or moving the choice."""
        wanted = select_pipeline or self.pipeline_id()
        pipelines = self.session.crm.pipelines.list(ListQuery(limit=200)).items
        self.pipelines.blockSignals(True)
        self.pipelines.clear()
        for pipeline in pipelines:
            item = QListWidgetItem(pipeline.name)
            item.setData(PIPELINE_ROLE, pipeline.id)
            self.pipelines.addItem(item)
        ids = [p.id for p in pipelines]
        self.pipelines.setCurrentRow(ids.index(wanted) if wanted in ids else (0 if ids else -1))
        self.pipelines.blockSignals(False)
        self._pipeline_chosen()

    def _pipeline_chosen(self, select_stage: str | None = None) -> None:
        pipeline_id = self.pipeline_id()
        item = self.pipelines.currentItem()
        self.pipeline_name.setText(item.text() if item is not None else "")
        self.pipeline_errors.clear()
        self.stage_errors.clear()
        wanted = select_stage or (stage.id if (stage := self.current_stage()) is not None else None)
        self._stages = self.session.crm.pipelines.stages(pipeline_id) if pipeline_id else []
        self._counts = None
        self._fill_stages(wanted)
        self._load_counts(pipeline_id)

    def _fill_stages(self, select_stage: str | None) -> None:
        self.stages.blockSignals(True)
        self.stages.setRowCount(len(self._stages))
        for row, stage in enumerate(self._stages):
            count = None if self._counts is None else self._counts.get(stage.id, 0)
            cells = (
                (stage.name, Qt.AlignmentFlag.AlignLeading),
                (ltr(f"{stage.probability} %"), Qt.AlignmentFlag.AlignTrailing),
                (self.kind_names[StageKind(stage.kind)], Qt.AlignmentFlag.AlignLeading),
                ("…" if count is None else ltr(str(count)), Qt.AlignmentFlag.AlignTrailing),
            )
            for column, (text, alignment) in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
                self.stages.setItem(row, column, cell)
        ids = [s.id for s in self._stages]
        row = ids.index(select_stage) if select_stage in ids else (0 if ids else -1)
        self.stages.setCurrentCell(row, self.NAME)
        self.stages.blockSignals(False)
        self._stage_chosen()

    def _load_counts(self, pipeline_id: str | None) -> None:
        self._generation += 1
        generation = self._generation
        if pipeline_id is None:
            self._counts = {}
            self._update_buttons()
            return

        def done(board: Board) -> None:
            if generation != self._generation or not shiboken6.isValid(self.stages):
                return  # a newer read is on its way, or the widget is gone
            self._counts = {column.stage_id: column.count for column in board.columns}
            current = self.current_stage()
            self._fill_stages(current.id if current else None)

        self.session.read(lambda crm: PipelineBoard(crm.ctx).board(pipeline_id, per_stage=0), done)

    def counts_loaded(self) -> bool:
        return self._counts is not None

    def _stage_chosen(self) -> None:
        stage = self.current_stage()
        self.stage_errors.clear()
        self.stage_name.setText(stage.name if stage else "")
        self.probability.setValue(stage.probability if stage else 0)
        self.kind.setCurrentIndex(
            max(0, self.kind.findData(StageKind(stage.kind) if stage else StageKind.OPEN))
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_pipeline = self.pipeline_id() is not None
        stage = self.current_stage()
        row = self.stages.currentRow()
        counts = self._counts
        self.rename_button.setEnabled(has_pipeline)
        self.delete_pipeline_button.setEnabled(
            has_pipeline and self.pipelines.count() > 1 and counts is not None and not any(counts.values())
        )
        self.delete_pipeline_button.setToolTip(
            self.tr("Only a pipeline without deals can be deleted, and one pipeline must stay.")
        )
        self.add_stage_button.setEnabled(has_pipeline)
        for widget in (self.stage_name, self.probability, self.kind, self.save_stage_button):
            widget.setEnabled(stage is not None)
        self.up_button.setEnabled(stage is not None and row > 0)
        self.down_button.setEnabled(stage is not None and row < len(self._stages) - 1)
        self.delete_stage_button.setEnabled(
            stage is not None and counts is not None and not counts.get(stage.id)
        )
        self.delete_stage_button.setToolTip(self.tr("Only a stage without deals can be deleted."))

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("pipeline") or changes.touches("stage"):
            self.reload()
        elif changes.touches("deal"):
            self._load_counts(self.pipeline_id())

    # --- writing ----------------------------------------------------------------------

    def _refused(self, errors: FieldErrors) -> Callable[[CrmError], None]:
        def show(error: CrmError) -> None:
            errors.show(error.errors if isinstance(error, ValidationError) else {"": str(error)})

        return show

    def add_pipeline(self) -> None:
        taken = {self.pipelines.item(row).text() for row in range(self.pipelines.count())}
        name = self.tr("New pipeline")
        number = 2
        while name in taken:
            name = self.tr("New pipeline {0}").format(number)
            number += 1

        def done(outcome: Outcome[Any]) -> None:
            self.reload(select_pipeline=outcome.value.id)
            self.pipeline_name.setFocus()
            self.pipeline_name.selectAll()

        self.session.write(
            lambda crm: crm.pipelines.create_with_stages(name), done, self._refused(self.pipeline_errors)
        )

    def rename_pipeline(self) -> None:
        pipeline_id = self.pipeline_id()
        name = self.pipeline_name.text().strip()
        if pipeline_id is None:
            return
        self.pipeline_errors.clear()
        self.session.write(
            lambda crm: crm.pipelines.update(pipeline_id, PipelineInput(name=name)),
            None,
            self._refused(self.pipeline_errors),
        )

    def delete_pipeline(self) -> None:
        pipeline_id = self.pipeline_id()
        item = self.pipelines.currentItem()
        if pipeline_id is None or item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete pipeline"),
            self.tr("Delete the pipeline “{0}” and its stages?").format(item.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def job(crm: Crm) -> Outcome[None]:
            changes = ChangeSet()
            for stage in crm.pipelines.stages(pipeline_id):
                changes = changes | crm.stages.delete(stage.id).changes
            return Outcome(None, changes | crm.pipelines.delete(pipeline_id).changes)

        self.session.write(job, None, self._refused(self.pipeline_errors))

    def add_stage(self) -> None:
        """A new open stage after the chosen one (or after the last open stage), named for renaming."""
        pipeline_id = self.pipeline_id()
        if pipeline_id is None:
            return
        stages = list(self._stages)
        current = self.current_stage()
        if current is not None:
            at = stages.index(current) + 1
        else:
            open_rows = [row for row, s in enumerate(stages) if s.kind == StageKind.OPEN]
            at = open_rows[-1] + 1 if open_rows else len(stages)
        name = self.tr("New stage")

        def job(crm: Crm) -> Outcome[Stage]:
            created = crm.stages.create(StageInput(pipeline_id=pipeline_id, name=name, position=at))
            ordered = [*stages[:at], created.value, *stages[at:]]
            return Outcome(created.value, created.changes | renumber(crm, ordered))

        def done(outcome: Outcome[Stage]) -> None:
            self._pipeline_chosen(select_stage=outcome.value.id)
            self.stage_name.setFocus()
            self.stage_name.selectAll()

        self.session.write(job, done, self._refused(self.stage_errors))

    def save_stage(self) -> None:
        stage = self.current_stage()
        if stage is None:
            return
        # only these three are set, so the update leaves the pipeline and the position alone
        data = StageInput(
            name=self.stage_name.text().strip(),
            probability=self.probability.value(),
            kind=self.kind.currentData(),
        )
        stage_id = stage.id
        self.stage_errors.clear()
        self.session.write(
            lambda crm: crm.stages.update(stage_id, data), None, self._refused(self.stage_errors)
        )

    def move_stage(self, step: int) -> None:
        """Swap the chosen stage with its neighbour (``step`` -1: towards the start)."""
        stage = self.current_stage()
        if stage is None:
            return
        stages = list(self._stages)
        row = stages.index(stage)
        other = row + step
        if not 0 <= other < len(stages):
            return
        stages[row], stages[other] = stages[other], stages[row]
        stage_id = stage.id

        def job(crm: Crm) -> Outcome[None]:
            return Outcome(None, renumber(crm, stages))

        self.session.write(
            job, lambda _o: self._pipeline_chosen(select_stage=stage_id), self._refused(self.stage_errors)
        )

    def delete_stage(self) -> None:
        stage = self.current_stage()
        if stage is None:
            return
        stage_id = stage.id
        remaining = [s for s in self._stages if s.id != stage_id]

        def job(crm: Crm) -> Outcome[None]:
            deleted = crm.stages.delete(stage_id)
            return Outcome(None, deleted.changes | renumber(crm, remaining))

        self.session.write(job, None, self._refused(self.stage_errors))
