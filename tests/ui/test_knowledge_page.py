from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.services.knowledge import ArticleInput
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.views.knowledge import KnowledgePage

FSI, PDI = "\u2068", "\u2069"


@pytest.fixture
def articles(crm: Crm) -> dict[str, str]:
    ids = {}
    for key, title, category, body, published in (
        (
            "refund",
            "How refunds are paid",
            "Returns",
            "# Refunds\n\nWe pay **within 14 days** to the card.",
            True,
        ),
        ("damaged", "Goods arrived damaged", "Returns", "Take photos of the box, then open a case.", True),
        ("invoice", "Reading your invoice", "Billing", "Each line shows the tax.", False),
        ("shipping", "مدة الشحن", "الشحن", "يصل الطلب خلال ثلاثة أيام عمل.", True),
    ):
        ids[key] = crm.knowledge.create(
            ArticleInput(title=title, category=category, body=body, published=published, tags=["help"])
        ).value.id
    return ids


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def knowledge(window: MainWindow, qtbot: QtBot) -> KnowledgePage:
    page = window.show_page("knowledge")
    assert isinstance(page, KnowledgePage)
    qtbot.waitUntil(lambda: page.articles.model.ids_loaded)
    return page


def titles(page: KnowledgePage) -> list[str]:
    model = page.articles.model
    return [model.row_at(r).title for r in range(model.rowCount())]


def categories(page: KnowledgePage) -> list[str]:
    return [page.categories.item(r).text() for r in range(page.categories.count())]


def test_categories_and_articles_are_listed(
    articles: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = knowledge(window, qtbot)
    assert categories(page) == ["All articles", "Billing", "Returns", "الشحن"]
    assert titles(page) == [
        "Goods arrived damaged",
        "How refunds are paid",
        "Reading your invoice",
        "مدة الشحن",
    ]
    assert page.articles.model.index(0, 0).data() == f"{FSI}Goods arrived damaged{PDI}"
    page.categories.setCurrentRow(2)
    qtbot.waitUntil(lambda: page.articles.model.ids_loaded and page.articles.model.rowCount() == 2)
    assert titles(page) == ["Goods arrived damaged", "How refunds are paid"]


def test_full_text_search_finds_words_in_the_body(
    articles: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = knowledge(window, qtbot)
    qtbot.keyClicks(page.articles.filter_box, "photo")
    qtbot.waitUntil(lambda: page.articles.model.ids_loaded and page.articles.model.rowCount() == 1)
    assert titles(page) == ["Goods arrived damaged"]
    page.articles.published_filter.setCurrentIndex(page.articles.published_filter.findData(False))
    qtbot.waitUntil(lambda: page.articles.model.ids_loaded and page.articles.model.rowCount() == 0)


def test_open_record_shows_the_article_with_its_markdown_rendered(
    articles: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    knowledge(window, qtbot).categories.setCurrentRow(1)  # a category the article is not in
    window.open_record("article", articles["refund"])
    page = window.current_page()
    assert isinstance(page, KnowledgePage)
    editor = page.editor
    assert page.pane.currentWidget() is editor
    assert (editor.title.text(), editor.category.currentText(), editor.tags.text()) == (
        "How refunds are paid",
        "Returns",
        "help",
    )
    assert editor.tabs.currentWidget() is editor.preview
    assert editor.preview.toPlainText().startswith("Refunds\nWe pay within 14 days")  # no "#", no "**"
    qtbot.waitUntil(lambda: page.articles.model.ids_loaded and page.articles.model.rowCount() == 4)
    qtbot.waitUntil(lambda: page.articles.selected_ids() == [articles["refund"]])
    assert page.categories.currentRow() == 0


def test_clicking_an_article_opens_it(articles: dict[str, str], window: MainWindow, qtbot: QtBot) -> None:
    page = knowledge(window, qtbot)
    table = page.articles.table
    row = titles(page).index("مدة الشحن")
    rect = table.visualRect(page.articles.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.editor.article_id == articles["shipping"]
    assert page.editor.body.toPlainText() == "يصل الطلب خلال ثلاثة أيام عمل."


def test_write_a_new_article(articles: dict[str, str], crm: Crm, window: MainWindow, qtbot: QtBot) -> None:
    page = knowledge(window, qtbot)
    page.categories.setCurrentRow(1)  # Billing
    page.new_record()
    editor = page.editor
    assert page.pane.currentWidget() is editor and editor.category.currentText() == "Billing"
    assert not editor.save_button.isEnabled()
    qtbot.keyClicks(editor.title, "Paying by bank transfer")
    editor.category.setCurrentText("Payments")
    editor.tags.setText("bank, payment")
    editor.body.setPlainText("Use the IBAN on the invoice.")
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.article_id is not None and not editor.has_changes())
    article = crm.knowledge.get(editor.article_id or "")
    assert (article.title, article.category, article.body) == (
        "Paying by bank transfer",
        "Payments",
        "Use the IBAN on the invoice.",
    )
    assert crm.tags.names_for([article.id])[article.id] == ["bank", "payment"]
    qtbot.waitUntil(lambda: "Payments" in categories(page))


def test_an_article_needs_a_title(
    articles: dict[str, str], crm: Crm, window: MainWindow, qtbot: QtBot
) -> None:
    page = knowledge(window, qtbot)
    page.new_record()
    page.editor.body.setPlainText("Text without a title")
    page.editor.save()
    qtbot.waitUntil(lambda: page.editor.errors.message("title") != "")
    assert page.editor.errors.message("title") == "Title cannot be empty."
    assert page.editor.body.toPlainText() == "Text without a title"
    assert crm.knowledge.count() == 4


def test_edits_are_saved_and_unsaved_edits_are_not_lost_silently(
    articles: dict[str, str], crm: Crm, window: MainWindow, qtbot: QtBot
) -> None:
    page = knowledge(window, qtbot)
    window.open_record("article", articles["damaged"])
    editor = page.editor
    editor.tabs.setCurrentWidget(editor.body)
    editor.body.setPlainText("Take photos, keep the box, then open a case.")
    asked: list[str] = []

    def cancel() -> bool:
        asked.append("asked")
        return False  # the user keeps the edits

    page.confirm_discard = cancel  # type: ignore[method-assign]
    window.open_record("article", articles["invoice"])
    assert asked == ["asked"] and editor.article_id == articles["damaged"]  # still the edited one
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.has_changes())
    assert crm.knowledge.get(articles["damaged"]).body == "Take photos, keep the box, then open a case."
    window.open_record("article", articles["invoice"])
    assert asked == ["asked"] and editor.article_id == articles["invoice"]  # nothing to lose: no question


def test_an_article_changed_elsewhere_is_shown_again(
    articles: dict[str, str], crm: Crm, window: MainWindow, qtbot: QtBot
) -> None:
    page = knowledge(window, qtbot)
    window.open_record("article", articles["refund"])
    page.session.write(
        lambda c: c.knowledge.update(articles["refund"], ArticleInput(title="Refunds, step by step"))
    )
    qtbot.waitUntil(lambda: page.editor.title.text() == "Refunds, step by step")


def test_delete_then_undo(articles: dict[str, str], crm: Crm, window: MainWindow, qtbot: QtBot) -> None:
    page = knowledge(window, qtbot)
    page.articles.select_id(articles["invoice"])
    page.delete_selected()
    qtbot.waitUntil(lambda: page.articles.model.ids_loaded and page.articles.model.rowCount() == 3)
    assert "Billing" not in categories(page)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: page.articles.model.ids_loaded and page.articles.model.rowCount() == 4)
    assert "Billing" in categories(page)


def test_right_to_left_puts_the_categories_on_the_right(
    right_to_left: None, articles: dict[str, str], window: MainWindow, qtbot: QtBot
) -> None:
    page = knowledge(window, qtbot)
    window.open_record("article", articles["shipping"])
    assert page.isRightToLeft()
    x_of = {w: w.mapTo(page, w.rect().center()).x() for w in (page.categories, page.articles, page.pane)}
    assert x_of[page.categories] > x_of[page.articles] > x_of[page.pane]
    assert page.editor.preview.toPlainText() == "يصل الطلب خلال ثلاثة أيام عمل."
