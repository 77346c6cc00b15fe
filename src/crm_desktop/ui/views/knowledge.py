"""The knowledge base: categories, articles found by full text, and an editor with a Markdown preview."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError, NotFoundError, ValidationError
from crm_desktop.domain.models import KnowledgeArticle
from crm_desktop.services.changes import ChangeSet
from crm_desktop.services.knowledge import ArticleInput
from crm_desktop.services.records import ListQuery
from crm_desktop.ui.bidi import auto
from crm_desktop.ui.forms import FieldErrors
from crm_desktop.ui.pages import Page
from crm_desktop.ui.record_list import RecordListPage
from crm_desktop.ui.record_model import Column, RowSource
from crm_desktop.ui.session import AppSession
from crm_desktop.ui.undo import UndoStack


class ArticlesList(RecordListPage):
    """The articles of the chosen category; the filter box searches titles and bodies (full text)."""

    entity = "article"
    chosen = Signal(object)  # str | None: the article the list's current row shows

    def __init__(self, session: AppSession, undo: UndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, undo, parent)
        self.category: str | None = None
        self._select_later: str | None = None
        self.model.modelReset.connect(self._select_pending)
        self.model.loading.connect(self._loading_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    def title(self) -> str:
        return self.tr("Articles")

    def source(self) -> RowSource:
        return self.session.crm.knowledge

    def noun(self, count: int) -> str:
        return self.tr("%n article(s)", "", count)

    def columns(self) -> Sequence[Column]:
        return [
            Column("title", self.tr("Title"), lambda a: auto(a.title), sort="title", width=200),
            Column("category", self.tr("Category"), lambda a: auto(a.category), sort="category", width=90),
            Column(
                "published",
                self.tr("State"),
                lambda a: self.tr("Published") if a.published else self.tr("Draft"),
                width=80,
            ),
            Column(
                "updated",
                self.tr("Changed"),
                lambda a: a.updated_at.date().isoformat(),
                sort="updated",
                left_to_right=True,
                width=90,
            ),
        ]

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.published_filter = QComboBox()
        self.published_filter.setObjectName("published_filter")
        self.published_filter.addItem(self.tr("Published and drafts"), None)
        self.published_filter.addItem(self.tr("Published"), True)
        self.published_filter.addItem(self.tr("Drafts"), False)
        self.published_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        bar.addWidget(self.published_filter)

    def query(self) -> ListQuery:
        filters: dict[str, Any] = {}
        if self.category is not None:
            filters["category"] = self.category
        if self.published_filter.currentData() is not None:
            filters["published"] = self.published_filter.currentData()
        return ListQuery(text=self.filter_box.text().strip(), filters=filters)

    def open_editor(self, record_id: str | None) -> None:
        self.chosen.emit(record_id)

    def show_all(self) -> None:
        """Every article: no category, no filter text, no preset."""
        self.category = None
        for widget in (self.filter_box, self.published_filter):
            widget.blockSignals(True)
        self.filter_box.clear()
        self.published_filter.setCurrentIndex(0)
        for widget in (self.filter_box, self.published_filter):
            widget.blockSignals(False)
        self._activated = True
        self.clear_preset()

    def select_when_loaded(self, record_id: str) -> None:
        """Select ``record_id`` now, or as soon as the list's ids have arrived."""
        self._select_later = record_id
        self._select_pending()

    def _loading_changed(self, busy: bool) -> None:
        if not busy:
            self._select_pending()

    def _select_pending(self) -> None:
        if self._select_later is None or not self.model.ids_loaded:
            return
        record_id, self._select_later = self._select_later, None
        self.table.selectionModel().blockSignals(True)
        self.select_id(record_id)
        row = self.model.row_of(record_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectionModel().blockSignals(False)

    def _current_changed(self, current: QModelIndex | QPersistentModelIndex, _previous: object) -> None:
        record_id = self.model.id_at(current.row()) if current.isValid() else None
        if record_id is not None:
            self.chosen.emit(record_id)


class ArticleEditor(QWidget):
    """Title, category, tags, published and the body, written as Markdown and previewed beside."""

    saved = Signal(str)  # the saved article's id

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article_editor")
        self.session = session
        self.article_id: str | None = None
        self.errors = FieldErrors()
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.category = QComboBox()
        self.category.setObjectName("category")
        self.category.setEditable(True)
        self.tags = QLineEdit()
        self.tags.setObjectName("tags")
        self.tags.setPlaceholderText(self.tr("Separate tags with commas"))
        self.published = QCheckBox(self.tr("Published (suggested for cases and shown to everyone)"))
        self.published.setObjectName("published")
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        self.body.setPlaceholderText(
            self.tr("Write the article. Markdown works: # Heading, **bold**, - lists.")
        )
        self.preview = QTextBrowser()
        self.preview.setObjectName("preview")
        self.preview.setOpenExternalLinks(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("article_tabs")
        self.tabs.addTab(self.body, self.tr("Write"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.currentChanged.connect(lambda _i: self._update_preview())

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        form = QFormLayout()
        self.errors.add_row(form, "title", self.tr("Title"), self.title)
        self.errors.add_row(form, "category", self.tr("Category"), self.category)
        self.errors.add_row(form, "tags", self.tr("Tags"), self.tags)
        form.addRow("", self.published)
        general = QLabel()
        general.setObjectName("general_error")
        self.errors.set_general(general)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Discard changes"))
        self.revert_button.setObjectName("revert")
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(general)
        layout.addLayout(form)
        body_box = QWidget()
        body_form = QFormLayout(body_box)
        body_form.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(body_form, "body", "", self.tabs)
        layout.addWidget(body_box, 1)
        layout.addLayout(buttons)
        for signal in (self.title.textChanged, self.tags.textChanged, self.category.currentTextChanged):
            signal.connect(lambda _t: self._update_buttons())
        self.body.textChanged.connect(self._update_buttons)
        self.published.toggled.connect(lambda _c: self._update_buttons())
        self._initial: dict[str, Any] = {}
        self.clear()

    # --- what is shown -------------------------------------------------------------------

    def set_categories(self, categories: list[str]) -> None:
        current = self.category.currentText()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItems(categories)
        self.category.setCurrentText(current)
        self.category.blockSignals(False)

    def clear(self, category: str = "") -> None:
        """An empty article, ready to write (in ``category``)."""
        self.article_id = None
        self.heading.setText(self.tr("New article"))
        self.title.setText("")
        self.category.setCurrentText(category)
        self.tags.setText("")
        self.published.setChecked(True)
        self.body.setPlainText("")
        self.tabs.setCurrentWidget(self.body)
        self._mark_clean()

    def load(self, article: KnowledgeArticle, tags: list[str]) -> None:
        self.article_id = article.id
        self.heading.setText(article.title)
        self.title.setText(article.title)
        self.category.setCurrentText(article.category)
        self.tags.setText(", ".join(tags))
        self.published.setChecked(article.published)
        self.body.setPlainText(article.body)
        self.tabs.setCurrentWidget(self.preview)
        self._update_preview()
        self._mark_clean()

    def _update_preview(self) -> None:
        if self.tabs.currentWidget() is self.preview:
            self.preview.setMarkdown(self.body.toPlainText())

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "category": self.category.currentText().strip(),
            "tags": [t.strip() for t in self.tags.text().split(",") if t.strip()],
            "published": self.published.isChecked(),
            "body": self.body.toPlainText(),
        }

    def has_changes(self) -> bool:
        return self.values() != self._initial

    def _mark_clean(self) -> None:
        self.errors.clear()
        self._initial = self.values()
        self._update_buttons()

    def _update_buttons(self) -> None:
        changed = self.has_changes()
        self.save_button.setEnabled(changed)
        self.revert_button.setEnabled(changed)

    # --- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        data = ArticleInput(**self.values())
        article_id = self.article_id
        self.save_button.setEnabled(False)

        def job(crm: Any) -> Any:
            if article_id is None:
                return crm.knowledge.create(data)
            return crm.knowledge.update(article_id, data)

        self.session.write(job, self._saved, self._refused)

    def _saved(self, outcome: Any) -> None:
        article: KnowledgeArticle = outcome.value
        self.article_id = article.id
        self.heading.setText(article.title)
        self._mark_clean()
        self.saved.emit(article.id)

    def _refused(self, error: CrmError) -> None:
        self._update_buttons()
        self.errors.show(error.errors if isinstance(error, ValidationError) else {"": str(error)})

    def revert(self) -> None:
        """Put back what is stored (or empty the new article)."""
        if self.article_id is None:
            self.clear(self._initial.get("category", ""))
            return
        try:
            article = self.session.crm.knowledge.get(self.article_id)
        except NotFoundError:
            self.clear()
            return
        self.load(article, self.session.crm.tags.names_for([article.id]).get(article.id, []))


class KnowledgePage(Page):
    key = "knowledge"

    def __init__(self, session: AppSession, undo: UndoStack, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("knowledge_page")
        self.categories = QListWidget()
        self.categories.setObjectName("categories")
        self.articles = ArticlesList(session, undo)
        self.articles.chosen.connect(self._article_chosen)
        self.editor = ArticleEditor(session)
        self.editor.saved.connect(self._saved)
        self.placeholder = QLabel(self.tr("Choose an article, or press New to write one."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.pane = QStackedWidget()
        self.pane.addWidget(self.placeholder)
        self.pane.addWidget(self.editor)
        self.splitter = QSplitter()
        self.splitter.setObjectName("knowledge_splitter")
        self.splitter.addWidget(self.categories)
        self.splitter.addWidget(self.articles)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([150, 500, 530])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.categories.currentItemChanged.connect(self._category_chosen)
        session.changed.connect(self._on_changed)

    def title(self) -> str:
        return self.tr("Knowledge base")

    # --- loading ------------------------------------------------------------------------------

    def first_show(self) -> None:
        self._fill_categories()
        self.articles.activate()

    def _fill_categories(self) -> None:
        names = self.session.crm.knowledge.categories()
        current = self.articles.category
        self.categories.blockSignals(True)
        self.categories.clear()
        everything = QListWidgetItem(self.tr("All articles"))
        everything.setData(Qt.ItemDataRole.UserRole, None)
        self.categories.addItem(everything)
        for name in names:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.categories.addItem(item)
        row = names.index(current) + 1 if current in names else 0
        self.categories.setCurrentRow(row)
        self.categories.blockSignals(False)
        if current is not None and current not in names:
            self._show_category(None)
        self.editor.set_categories(names)

    def _category_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        value = item.data(Qt.ItemDataRole.UserRole)
        self._show_category(None if value is None else str(value))

    def _show_category(self, category: str | None) -> None:
        self.articles.category = category
        self.articles.apply_filters()

    def _on_changed(self, changes: ChangeSet) -> None:
        if not self._activated or not changes.touches("article"):
            return
        self._fill_categories()
        shown = self.editor.article_id
        if shown is not None and shown in changes.ids("article") and not self.editor.has_changes():
            self._show_article(shown)

    # --- the editor pane ----------------------------------------------------------------------------

    def confirm_discard(self) -> bool:
        """Ask before throwing away edits to the article in the pane."""
        answer = QMessageBox.question(
            self,
            self.title(),
            self.tr("Discard the changes to “{0}”?").format(
                self.editor.title.text() or self.tr("New article")
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _may_leave(self) -> bool:
        return (
            self.pane.currentWidget() is not self.editor
            or not self.editor.has_changes()
            or self.confirm_discard()
        )

    def _article_chosen(self, record_id: str | None) -> None:
        if record_id is None:
            self.new_record()
        elif record_id != self.editor.article_id and self._may_leave():
            self._show_article(record_id)

    def _show_article(self, record_id: str) -> None:
        try:
            article = self.session.crm.knowledge.get(record_id)
        except NotFoundError:
            self.pane.setCurrentWidget(self.placeholder)
            return
        self.editor.load(article, self.session.crm.tags.names_for([record_id]).get(record_id, []))
        self.pane.setCurrentWidget(self.editor)

    def _saved(self, article_id: str) -> None:
        self.articles.select_when_loaded(article_id)

    # --- window actions ------------------------------------------------------------------------------

    def new_record(self) -> None:
        if not self._may_leave():
            return
        self.editor.clear(self.articles.category or "")
        self.pane.setCurrentWidget(self.editor)
        self.editor.title.setFocus()

    def focus_filter(self) -> None:
        self.articles.focus_filter()

    def delete_selected(self) -> None:
        self.articles.delete_selected()

    def refresh(self) -> None:
        self._fill_categories()
        self.articles.refresh()

    def open_record(self, record_id: str) -> None:
        """Show one article: every category, no filter, the article selected and open in the pane."""
        if not self._may_leave():
            return
        self._activated = True
        self.articles.show_all()
        self._fill_categories()
        self._show_article(record_id)
        self.articles.select_when_loaded(record_id)

    def show_preset(self, query: ListQuery, label: str) -> None:
        self._activated = True
        self._fill_categories()
        self.articles.show_preset(query, label)
