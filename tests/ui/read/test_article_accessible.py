"""What a screen reader gets from the article: walked through the QAccessible interfaces
Qt hands to assistive technologies (AT-SPI, UI Automation, NSAccessibility)."""
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cramp_desktop.core.article import parse_article, strip_inline
from cramp_desktop.ui.read.article_view import ArticleView
from cramp_desktop.ui.read.screen import ReadScreen

Role = QAccessible.Role


def walk(interface: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    yield interface
    for index in range(interface.childCount()):
        child = interface.child(index)
        assert child is not None and child.isValid()
        assert interface.indexOfChild(child) == index
        yield from walk(child)


def named(widget: QWidget, role: QAccessible.Role) -> list[str]:
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None
    return [i.text(QAccessible.Text.Name) for i in walk(root) if i.role() == role]


@pytest.fixture
def screen(qtbot: QtBot, tmp_path: Path) -> ReadScreen:
    widget = ReadScreen(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_read_screen_gives_every_article_heading_in_order(screen: ReadScreen) -> None:
    titles = [section.title for section in screen.sections()]
    assert len(titles) >= 3
    assert named(screen, Role.Heading) == titles
    document = QAccessible.queryAccessibleInterface(screen.view)
    assert document.role() == Role.Document
    assert document.text(QAccessible.Text.Name) == "Article"


def test_the_body_is_read_paragraph_by_paragraph_between_the_headings(
    screen: ReadScreen,
) -> None:
    document = QAccessible.queryAccessibleInterface(screen.view)
    parts = [document.child(i) for i in range(document.childCount())]
    assert all(part.parent().object() is screen.view for part in parts)
    texts = [part.text(QAccessible.Text.Name) for part in parts]
    body = screen.view.toPlainText()
    position = 0
    for text in texts:  # every part is the article's own text, in reading order
        position = body.index(text, position) + len(text)
    roles = [part.role() for part in parts]
    assert roles[0] == Role.Heading and Role.Paragraph in roles
    for first, second in pairwise(roles):
        assert not (first == second == Role.Heading)  # text under every heading
    paragraphs = [t for p, t in zip(parts, texts, strict=True) if p.role() == Role.Paragraph]
    assert any("Sodium is a principal electrolyte" in text for text in paragraphs)


def test_headings_follow_scrolling_on_and_off_the_view(screen: ReadScreen) -> None:
    document = QAccessible.queryAccessibleInterface(screen.view)
    headings = [
        document.child(i)
        for i in range(document.childCount())
        if document.child(i).role() == Role.Heading
    ]
    assert not headings[0].state().offscreen and headings[-1].state().offscreen
    screen.show_section(screen.sections()[-1].anchor)
    assert not headings[-1].state().offscreen
    assert headings[0].state().offscreen
    view_rect = document.rect()
    assert view_rect.contains(headings[-1].rect().topLeft())


def test_any_article_gives_its_headings_levels_and_lists(qtbot: QtBot) -> None:
    article = parse_article(
        "# First *title*\n\nOne paragraph.\n\n## Second {#two}\n\n- an item\n- another\n\n"
        "### Third level\n\nLast **words**.\n"
    )
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article_html(article.to_html())
    view.show()
    assert named(view, Role.Heading) == ["First title", "Second", "Third level"]
    assert named(view, Role.ListItem) == ["an item", "another"]
    assert named(view, Role.Paragraph) == ["One paragraph.", "Last words."]
    assert [strip_inline(s.title) for s in article.sections] == named(view, Role.Heading)

    view.set_article_html(parse_article("## Only one\n\nText.\n").to_html())
    assert named(view, Role.Heading) == ["Only one"]
