"""A table model over a whole list of records, however long, that loads only what is shown.

It keeps the count and, once a background read returns it, the ordered list of
ids; rows are fetched a page at a time from the service as the view asks for
them and kept in a small cache. Until the id list arrives, pages are read by
position. Sorting and filtering happen in SQL: a new sort is a new query.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from crm_desktop.services.changes import ChangeSet
from crm_desktop.services.records import ListQuery
from crm_desktop.ui.bidi import ltr
from crm_desktop.ui.packed_ids import PackedIds
from crm_desktop.ui.session import AppSession

PAGE = 100
IDS_DELAY_MS = 50
MAX_PAGES = 40

Index = QModelIndex | QPersistentModelIndex


class RowSource(Protocol):
    """What a list needs from a service: count, order, pages of ids and display rows."""

    def count(self, query: ListQuery) -> int: ...
    def ids(self, query: ListQuery) -> list[str]: ...
    def ids_page(self, query: ListQuery, offset: int, limit: int) -> list[str]: ...
    def rows(self, ids: Sequence[str]) -> list[Any]: ...


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    value: Callable[[Any], str]
    sort: str | None = None  # the service's sort name, None when the column cannot be sorted
    left_to_right: bool = False  # phones, emails, codes, amounts: isolate in RTL layouts
    align_end: bool = False  # numbers line up at the end
    width: int = 140


@dataclass
class _Cache:
    rows: OrderedDict[str, Any] = field(default_factory=OrderedDict)
    pages_by_offset: dict[int, list[str]] = field(default_factory=dict)


class RecordTableModel(QAbstractTableModel):
    loading = Signal(bool)  # True while the id list is being read in the background

    def __init__(
        self,
        session: AppSession,
        source: RowSource,
        columns: Sequence[Column],
        entity: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._source = source
        self._columns = list(columns)
        self._entity = entity
        self._query = ListQuery()  # the selection asked for
        self._shown = self._query  # the selection whose rows are shown (until a new count arrives)
        self._count = 0
        self._ids: PackedIds | None = None
        self._cache = _Cache()
        self._generation = 0
        self._loaded_generation = -1
        session.changed.connect(self._on_changed)

    # --- the query ------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        """Show another selection or order: first its count, then the id list, both read in the background.

        The rows shown stay as they are until the count arrives, so a refresh does not flicker;
        a count is one SQL query, but with some filters over a million rows it takes seconds.
        """
        self._generation += 1
        generation = self._generation
        wanted = replace(query, after=None)
        self._query = wanted
        self.loading.emit(True)

        def counted(count: int) -> None:
            if generation != self._generation:
                return  # a newer query replaced this one
            self.beginResetModel()
            self._shown = wanted
            self._count = count
            self._ids = None
            self._cache = _Cache()
            self.endResetModel()
            self._load_ids(generation)

        self._session.read(
            lambda _crm: self._source.count(wanted), counted, lambda _e: self.loading.emit(False)
        )

    def show_first_matches(self, query: ListQuery) -> bool:
        """Show at once the first matches of a text filter, while the full selection loads.

        Called on each key press; returns False when the source has no quick answer for
        this query (then the list keeps showing the previous selection until it loads).
        """
        # a source may offer quick_ids(query, limit) (RecordService does); others wait for the full list
        quick = getattr(self._source, "quick_ids", None)
        ids = quick(replace(query, after=None), PAGE) if quick is not None else None
        if ids is None:
            return False
        self._generation += 1  # whatever was loading is for an older text
        self.beginResetModel()
        self._query = self._shown = replace(query, after=None)
        self._ids = PackedIds(ids)
        self._count = len(ids)
        self._cache = _Cache()
        self.endResetModel()
        self.loading.emit(True)
        return True

    def refresh(self) -> None:
        self.set_query(self._query)

    def _load_ids(self, generation: int) -> None:
        query = self._shown

        def done(ids: PackedIds) -> None:
            if generation != self._generation:
                return  # a newer query replaced this one
            self._loaded_generation = generation
            if len(ids) == self._count:
                # the same rows, now addressed by id: no reset, so scrolling and selection stay
                self._ids = ids
            else:  # rows came or went between the count and the list
                self.beginResetModel()
                self._ids = ids
                self._count = len(ids)
                self._cache = _Cache()
                self.endResetModel()
            self.loading.emit(False)

        def load(_crm: object) -> PackedIds:
            return PackedIds(self._source.ids(query))

        # started a moment later, so the first page paints before the id list competes for the CPU
        QTimer.singleShot(
            IDS_DELAY_MS, lambda: self._session.read(load, done, lambda _e: self.loading.emit(False))
        )

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.touches(self._entity):
            # rows show related names (company, owner): drop cached rows, keep the order
            if changes.entities & {"company", "user", "contact_method", "stage", "contact"}:
                self._cache.rows.clear()
                if self._count:
                    self.dataChanged.emit(
                        self.index(0, 0), self.index(self._count - 1, len(self._columns) - 1)
                    )
            return
        if changes.created or changes.deleted:
            self.refresh()
            return
        for record_id in changes.ids(self._entity):
            self._cache.rows.pop(record_id, None)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self._columns) - 1))

    # --- Qt model -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignTrailing if column.align_end else Qt.AlignmentFlag.AlignLeading
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row
        text = column.value(row)
        return ltr(text) if column.left_to_right else text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = self._columns[column].sort
        if name is None:
            return
        self.set_query(replace(self._query, sort=name, descending=order == Qt.SortOrder.DescendingOrder))

    def column(self, section: int) -> Column:
        return self._columns[section]

    def columns(self) -> list[Column]:
        return list(self._columns)

    # --- rows -------------------------------------------------------------------

    def id_at(self, row: int) -> str | None:
        if not 0 <= row < self._count:
            return None
        if self._ids is not None:
            return self._ids[row]
        offset = row - row % PAGE
        page = self._cache.pages_by_offset.get(offset)
        if page is None:
            page = self._source.ids_page(self._shown, offset, PAGE)
            self._cache.pages_by_offset[offset] = page
        position = row - offset
        return page[position] if position < len(page) else None

    def row_at(self, row: int) -> Any:
        record_id = self.id_at(row)
        if record_id is None:
            return None
        cached = self._cache.rows.get(record_id)
        if cached is not None:
            self._cache.rows.move_to_end(record_id)
            return cached
        self._fill_page(row)
        return self._cache.rows.get(record_id)

    def _fill_page(self, row: int) -> None:
        start = row - row % PAGE
        ids = [
            i for i in (self.id_at(r) for r in range(start, min(start + PAGE, self._count))) if i is not None
        ]
        missing = [i for i in ids if i not in self._cache.rows]
        for fetched in self._source.rows(missing):
            self._cache.rows[fetched.id] = fetched
        while len(self._cache.rows) > PAGE * MAX_PAGES:
            self._cache.rows.popitem(last=False)

    def row_of(self, record_id: str) -> int | None:
        if self._ids is None:
            return None
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    @property
    def ids_loaded(self) -> bool:
        """Whether the whole id list of the latest query is in (nothing newer pending)."""
        return self._ids is not None and self._loaded_generation == self._generation
