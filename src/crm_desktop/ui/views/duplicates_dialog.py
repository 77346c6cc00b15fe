"""Edit → Find duplicates…: contacts that are probably the same person, compared and merged.

The list comes from the duplicate scan (services.duplicates), read off the GUI thread:
each pair with its score and why. Choosing a pair shows it field by field as the merge
service previews it (services.merging): the value of the contact that stays, the value
of the one merged into it, and which the merge keeps (by default the most recent that
is not empty). Either contact can be the one that stays, and any field can take the
other value. Merging, and separating a merge again, are confirmed first; both are
ordinary writes, so lists elsewhere in the window follow.

"Past merges" lists every merge the database file holds (made here or with ``crm dedupe``;
what a merge needs to be undone is kept on the computer that made it), with Unmerge for
those not undone yet.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import Channel, Lifecycle
from crm_desktop.domain.errors import CrmError
from crm_desktop.services.changes import ChangeSet
from crm_desktop.services.crm import Crm
from crm_desktop.services.merging import KEEP, OTHER, FieldChoice, MergeInfo
from crm_desktop.ui.bidi import auto
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.views.contact_editor import channel_names, lifecycle_names
from crm_desktop.ui.views.deal_editor import date_text
from crm_desktop.ui.views.task_editor import when_text

BOTH = "both"  # the notes: no choice given, so the merge keeps both (see merging._combined)
SHOWN_CHARACTERS = 60  # a longer value is cut in its cell; the whole of it is its tip
FIELD, KEPT, MERGED, RESULT = range(4)


@dataclass(frozen=True)
class Comparison:
    """One pair as a merge would treat it, with what its ids name (company, owner) in words."""

    keep_id: str
    other_id: str
    fields: list[FieldChoice]
    names: dict[str, str]  # company and user ids to their names
    calendar: str


def compare(crm: Crm, keep_id: str, other_id: str, choices: Mapping[str, str]) -> Comparison:
    """The preview of merging ``other_id`` into ``keep_id`` (run on the reader thread)."""
    fields = crm.merging.preview(keep_id, other_id, choices)
    wanted = {c.field: [v for v in (c.kept, c.other) if v] for c in fields}
    names = {r.id: r.name for r in crm.companies.fetch(wanted["company_id"])}
    names.update({u.id: u.name for u in crm.users.fetch(wanted["owner_id"])})
    return Comparison(keep_id, other_id, fields, names, crm.settings.get().calendar)


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _notes_kept_together(choice: FieldChoice) -> bool:
    """Whether a merge with no choice for the notes keeps both (merging._combined's rule)."""
    return bool(choice.other) and str(choice.other) not in str(choice.kept or "")


class DuplicatesDialog(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pairs: list[Any] = []
        self.merges: list[str] = []  # merges made here, the last one first to undo
        self.past: list[MergeInfo] = []
        self.comparison: Comparison | None = None
        self.keep_id: str | None = None
        self.other_id: str | None = None
        self.names: dict[str, str] = {}  # contact id to the name the scan gave
        self.choices: dict[str, str] = {}  # fields the user chose for, as the kept contact sees it
        self.radios: dict[str, dict[str, QRadioButton]] = {}
        self.done_text = ""  # what the last merge or unmerge did, said above the scan's count
        self._generation = 0
        self._updating = False
        self.setWindowTitle(self.tr("Find duplicates"))

        self.status = QLabel(self.tr("Looking for contacts that are probably the same person…"))
        self.status.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._pairs_tab(), self.tr("Likely duplicates"))
        self.tabs.addTab(self._past_tab(), self.tr("Past merges"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.resize(900, 680)
        self.scan()
        self.load_past()

    # --- building ----------------------------------------------------------------------------

    def _pairs_tab(self) -> QWidget:
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("pairs")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Score"), self.tr("Contact"), self.tr("Contact"), self.tr("Why")]
        )
        _plain_table(self.table)
        self.table.itemSelectionChanged.connect(self._pair_chosen)

        self.survivor = QLabel()
        self.survivor.setObjectName("survivor")
        self.survivor.setWordWrap(True)
        self.swap_button = QPushButton(self.tr("Keep the other one"))
        self.swap_button.setObjectName("swap")
        self.swap_button.setEnabled(False)
        self.swap_button.clicked.connect(self.swap)
        heading = QHBoxLayout()
        heading.addWidget(self.survivor, 1)
        heading.addWidget(self.swap_button)
        self.fields = QTableWidget(0, 4)
        self.fields.setObjectName("fields")
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Stays"), self.tr("Merged into it"), self.tr("After the merge")]
        )
        _plain_table(self.fields)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for column in (KEPT, MERGED, RESULT):
            self.fields.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.moved = QLabel(
            self.tr(
                "The activities, deals, cases, sales and tasks of the contact merged into the other move "
                "to it, with the emails, phones and tags it lacks; a “do not contact” of either stays. "
                "It then goes to the bin. Past merges can separate them again."
            )
        )
        self.moved.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setObjectName("merge")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_selected)
        self.undo_button = QPushButton(self.tr("Undo merge"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_last)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)

        comparison = QWidget()
        lower = QVBoxLayout(comparison)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addLayout(heading)
        lower.addWidget(self.fields, 1)
        lower.addWidget(self.moved)
        lower.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(comparison)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([150, 450])  # a few pairs show; the comparison needs the room
        return splitter

    def _past_tab(self) -> QWidget:
        self.past_table = QTableWidget(0, 4)
        self.past_table.setObjectName("past_merges")
        self.past_table.setHorizontalHeaderLabels(
            [self.tr("Merged on"), self.tr("Stayed"), self.tr("Merged into it"), self.tr("Undone on")]
        )
        _plain_table(self.past_table)
        self.past_table.itemSelectionChanged.connect(self._update_unmerge)
        self.unmerge_button = QPushButton(self.tr("Unmerge…"))
        self.unmerge_button.setObjectName("unmerge")
        self.unmerge_button.setEnabled(False)
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unmerge_button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.past_table, 1)
        layout.addLayout(buttons)
        return tab

    # --- the pairs ---------------------------------------------------------------------------

    def scan(self) -> None:
        self.merge_button.setEnabled(False)
        self.session.read(lambda crm: crm.duplicates.scan(), self._show, self._failed)

    def _show(self, pairs: list[Any]) -> None:
        self.pairs = pairs
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(pairs))
        for index, pair in enumerate(pairs):
            cells = (f"{pair.score:.2f}", auto(pair.a_name), auto(pair.b_name), pair.describe())
            for column, value in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        if pairs:
            found = self.tr(
                "Likely duplicates: {0}. Choose a pair, which contact stays and which values it keeps, "
                "then Merge."
            ).format(len(pairs))
            # not selectRow: right to left it looks for the first column past the viewport's
            # edge and, finding none, selects nothing
            self.table.setCurrentCell(0, 0)
        else:
            found = self.tr("No likely duplicates.")
            self._show_nothing()
        self.status.setText(f"{self.done_text}\n{found}" if self.done_text else found)

    def _pair_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self._show_nothing()
            return
        pair = self.pairs[rows[0].row()]
        self.names = {pair.a: pair.a_name, pair.b: pair.b_name}
        self.keep_id, self.other_id = pair.a, pair.b
        self.choices = {}
        self.load_comparison()

    def _show_nothing(self) -> None:
        self._generation += 1  # an answer still on its way is for a pair no longer shown
        self.keep_id = self.other_id = None
        self.comparison = None
        self.fields.setRowCount(0)
        self.radios = {}
        self.survivor.clear()
        self.swap_button.setEnabled(False)
        self.merge_button.setEnabled(False)

    def swap(self) -> None:
        """The other contact stays: each value chosen stays chosen (its side changes name)."""
        if self.keep_id is None or self.other_id is None:
            return
        self.keep_id, self.other_id = self.other_id, self.keep_id
        flipped = {KEEP: OTHER, OTHER: KEEP}
        self.choices = {name: flipped[side] for name, side in self.choices.items()}
        self.load_comparison()

    def choose(self, field: str, side: str) -> None:
        """Take ``field`` from one side (KEEP, OTHER), or for the notes both (BOTH)."""
        if side == BOTH:
            self.choices.pop(field, None)
        else:
            self.choices[field] = side
        self.load_comparison()

    def load_comparison(self) -> None:
        keep_id, other_id, choices = self.keep_id, self.other_id, dict(self.choices)
        if keep_id is None or other_id is None:
            return
        self._generation += 1
        generation = self._generation
        self.merge_button.setEnabled(False)
        self.swap_button.setEnabled(False)

        def shown(comparison: Comparison) -> None:
            if generation == self._generation:
                self._show_comparison(comparison)

        self.session.read(lambda crm: compare(crm, keep_id, other_id, choices), shown, self._failed)

    def _show_comparison(self, comparison: Comparison) -> None:
        same_sides = self.comparison is not None and (
            (self.comparison.keep_id, self.comparison.other_id) == (comparison.keep_id, comparison.other_id)
        )
        self.comparison = comparison
        kept_name = self.names.get(comparison.keep_id, "")
        other_name = self.names.get(comparison.other_id, "")
        self.survivor.setText(
            self.tr("“{0}” stays; “{1}” is merged into it.").format(auto(kept_name), auto(other_name))
        )
        rows = [c for c in comparison.fields if not (_empty(c.kept) and _empty(c.other))]
        if not same_sides or [c.field for c in rows] != list(self.radios):
            self._build_rows(rows)
        self._updating = True
        for index, choice in enumerate(rows):
            side = self._side(choice)
            for name, radio in self.radios[choice.field].items():
                radio.setChecked(name == side)
            if BOTH not in self.radios[choice.field]:  # where it is, that choice is the cell
                self.fields.setItem(index, RESULT, self._cell(self._result_text(choice, side)))
        self._updating = False
        self.swap_button.setEnabled(True)
        self.merge_button.setEnabled(True)

    def _side(self, choice: FieldChoice) -> str:
        if choice.field == "notes" and "notes" not in self.choices and _notes_kept_together(choice):
            return BOTH
        return choice.chosen

    def _build_rows(self, rows: list[FieldChoice]) -> None:
        labels = self.field_labels()
        self.fields.clearContents()
        self.fields.setRowCount(len(rows))
        self.radios = {}
        for index, choice in enumerate(rows):
            self.fields.setItem(index, FIELD, QTableWidgetItem(labels.get(choice.field, choice.field)))
            self.radios[choice.field] = {}
            if choice.kept == choice.other:  # nothing to choose: the same value on both sides
                for column in (KEPT, MERGED):
                    self.fields.setItem(index, column, self._cell(self.value_text(choice.field, choice.kept)))
                continue
            group = QButtonGroup(self.fields)
            group.buttonToggled.connect(self._toggled)
            sides = [(KEEP, KEPT, choice.kept), (OTHER, MERGED, choice.other)]
            for side, column, value in sides:
                radio = self._radio(self.value_text(choice.field, value))
                self.fields.setCellWidget(index, column, radio)
                self._add_choice(group, choice.field, side, radio)
            if choice.field == "notes" and _notes_kept_together(choice):
                both = self._radio(self.tr("Both, one after the other"))
                self.fields.setCellWidget(index, RESULT, both)
                self._add_choice(group, "notes", BOTH, both)
        self.fields.resizeColumnToContents(FIELD)

    def _add_choice(self, group: QButtonGroup, field: str, side: str, radio: QRadioButton) -> None:
        # the choice rides on the button, and the group calls a method of the dialog: a slot
        # holding the dialog (a partial) would keep it alive until Qt deletes the button
        # later, and the dialog would then be destroyed from inside that button's destructor
        radio.setProperty("field", field)
        radio.setProperty("side", side)
        group.addButton(radio)
        self.radios[field][side] = radio

    def _toggled(self, radio: QAbstractButton, checked: bool) -> None:
        if checked and not self._updating:
            self.choose(str(radio.property("field")), str(radio.property("side")))

    def _radio(self, text: str) -> QRadioButton:
        shown = text if len(text) <= SHOWN_CHARACTERS else text[: SHOWN_CHARACTERS - 1] + "…"
        radio = QRadioButton(auto(" ".join(shown.split())) or self.tr("(empty)"))
        radio.setToolTip(text)
        return radio

    def _cell(self, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(auto(" ".join(text.split())) or self.tr("(empty)"))
        item.setToolTip(text)
        return item

    def _result_text(self, choice: FieldChoice, side: str) -> str:
        return self.value_text(choice.field, choice.kept if side == KEEP else choice.other)

    def value_text(self, field: str, value: Any) -> str:
        """A field's value in words: names for ids, the user's words for stages and channels."""
        comparison = self.comparison
        if _empty(value):
            return ""
        if field in ("company_id", "owner_id") and comparison is not None:
            return comparison.names.get(str(value), str(value))
        if field == "lifecycle":
            return lifecycle_names(self).get(Lifecycle(value), str(value))
        if field == "preferred_channel":
            return channel_names(self).get(Channel(value), str(value))
        if isinstance(value, date):
            return date_text(value, comparison.calendar if comparison else "gregorian", isolate=False)
        return str(value)

    def field_labels(self) -> dict[str, str]:
        return {
            "given_name": self.tr("Given name"),
            "family_name": self.tr("Family name"),
            "display_name": self.tr("Shown as"),
            "company_id": self.tr("Company"),
            "job_title": self.tr("Role"),
            "birthday": self.tr("Birthday"),
            "language": self.tr("Language"),
            "preferred_channel": self.tr("Preferred channel"),
            "preferences_note": self.tr("Preferences"),
            "lifecycle": self.tr("Stage"),
            "source": self.tr("Source"),
            "owner_id": self.tr("Owner"),
            "notes": self.tr("Notes"),
            "address_line": self.tr("Address"),
            "city": self.tr("City"),
            "region": self.tr("Region"),
            "postal_code": self.tr("Postal code"),
            "country": self.tr("Country"),
        }

    # --- merging -----------------------------------------------------------------------------

    def merge_selected(self) -> None:
        comparison = self.comparison
        if comparison is None:
            return
        kept, other = self.names.get(comparison.keep_id, ""), self.names.get(comparison.other_id, "")
        question = self.tr(
            "Merge “{1}” into “{0}”?\n\nThe history, emails, phones and tags of “{1}” move to “{0}”, "
            "which takes the values chosen; “{1}” goes to the bin."
        ).format(auto(kept), auto(other))
        if not self._confirm(question):
            return
        keep_id, other_id, choices = comparison.keep_id, comparison.other_id, dict(self.choices)
        self.merge_button.setEnabled(False)

        def merged(info: MergeInfo) -> None:
            self.merges.insert(0, info.id)  # Undo merge is offered once Past merges shows it
            self.done_text = self.tr("“{1}” was merged into “{0}”.").format(
                auto(info.kept_name), auto(info.merged_name)
            )
            gone = ("contact", info.merged_id)
            changes = ChangeSet(updated=frozenset({("contact", info.kept_id)}), deleted=frozenset({gone}))
            self.session.broadcast(changes)
            self.scan()
            self.load_past()

        self.session.write(lambda crm: crm.merging.merge(keep_id, other_id, choices), merged, self._failed)

    def undo_last(self) -> None:
        """Separate the last merge made here (after asking, as Unmerge does)."""
        if self.merges:
            info = next((m for m in self.past if m.id == self.merges[0]), None)
            self.unmerge(self.merges[0], info)

    # --- past merges -------------------------------------------------------------------------

    def load_past(self) -> None:
        self.session.read(lambda crm: crm.merging.merges(), self._show_past, self._failed)

    def _show_past(self, merges: list[MergeInfo]) -> None:
        self.past = merges
        self.past_table.blockSignals(True)
        self.past_table.clearSelection()
        self.past_table.setRowCount(len(merges))
        for index, info in enumerate(merges):
            undone = _moment(info.undone_at)
            cells = (
                when_text(_moment(info.made_at)),
                auto(info.kept_name),
                auto(info.merged_name),
                when_text(undone) if undone is not None else "",
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if undone is not None:  # kept for the record, greyed: nothing left to do with it
                    item.setForeground(self.palette().placeholderText())
                self.past_table.setItem(index, column, item)
        self.past_table.blockSignals(False)
        self.past_table.resizeColumnsToContents()
        self.tabs.setTabText(1, self.tr("Past merges ({0})").format(len(merges)))
        self.undo_button.setEnabled(bool(self.merges) and self._undoable(self.merges[0]))
        self._update_unmerge()

    def _undoable(self, merge_id: str) -> bool:
        return any(m.id == merge_id and m.undone_at is None for m in self.past)

    def _selected_past(self) -> MergeInfo | None:
        rows = self.past_table.selectionModel().selectedRows()
        return self.past[rows[0].row()] if rows else None

    def _update_unmerge(self) -> None:
        info = self._selected_past()
        self.unmerge_button.setEnabled(info is not None and info.undone_at is None)

    def unmerge_selected(self) -> None:
        info = self._selected_past()
        if info is not None and info.undone_at is None:
            self.unmerge(info.id, info)

    def unmerge(self, merge_id: str, info: MergeInfo | None) -> None:
        kept = info.kept_name if info is not None else ""
        merged = info.merged_name if info is not None else ""
        question = self.tr(
            "Separate “{1}” from “{0}” again?\n\n“{1}” comes back from the bin with what was moved "
            "from it, and “{0}” gets back the values it had before the merge."
        ).format(auto(kept), auto(merged))
        if not self._confirm(question):
            return
        self.unmerge_button.setEnabled(False)
        self.undo_button.setEnabled(False)

        def undone(done: MergeInfo) -> None:
            if merge_id in self.merges:
                self.merges.remove(merge_id)
            back = ("contact", done.merged_id)
            changes = ChangeSet(created=frozenset({back}), updated=frozenset({("contact", done.kept_id)}))
            self.session.broadcast(changes)
            self.done_text = self.tr("“{1}” and “{0}” are separate again.").format(
                auto(done.kept_name), auto(done.merged_name)
            )
            self.scan()
            self.load_past()

        self.session.write(lambda crm: crm.merging.unmerge(merge_id), undone, self._failed)

    # --- both --------------------------------------------------------------------------------

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _failed(self, error: CrmError) -> None:
        self.merge_button.setEnabled(self.comparison is not None)
        self._update_unmerge()
        self.undo_button.setEnabled(bool(self.merges) and self._undoable(self.merges[0]))
        QMessageBox.warning(self, self.windowTitle(), str(error))


def _plain_table(table: QTableWidget) -> None:
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)


def _moment(text: str | None) -> datetime | None:
    """A time the merge table keeps as ISO text (in UTC)."""
    return datetime.fromisoformat(text) if text else None
