"""The article as a screen reader gets it: a document whose children are its headings
(role Heading, so a reader can jump between them) and its paragraphs, in reading order.

A QTextBrowser is one text to assistive technologies. Here every non-empty block of the
article's document gets a small QObject (`ArticlePart`, a child of the view, so Qt drops
its interface when the part goes) and one accessibility factory gives the view and its
parts their interfaces.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QAccessibleObject,
    QTextBlock,
)
from PySide6.QtWidgets import QAccessibleWidget, QTextBrowser

if TYPE_CHECKING:
    from PySide6.QtGui import QWindow

_Role = QAccessible.Role
_view_types: list[type[QTextBrowser]] = []


class ArticlePart(QObject):
    """One block of the article, by its block number in the view's document."""

    def __init__(self, view: QTextBrowser, block_number: int) -> None:
        super().__init__(view)
        self.view = view
        self.block_number = block_number

    def block(self) -> QTextBlock:
        return self.view.document().findBlockByNumber(self.block_number)

    def role(self) -> QAccessible.Role:
        block = self.block()
        if block.blockFormat().headingLevel() > 0:
            return _Role.Heading
        return _Role.ListItem if block.textList() is not None else _Role.Paragraph

    def rect(self) -> QRect:
        """The block's rectangle on the screen."""
        view = self.view
        document_rect = view.document().documentLayout().blockBoundingRect(self.block())
        offset = QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
        local = document_rect.toAlignedRect().translated(-offset)
        return QRect(view.viewport().mapToGlobal(local.topLeft()), local.size())

    def on_view(self) -> bool:
        return self.view.isVisible() and self.rect().intersects(
            QRect(view_origin(self.view), self.view.viewport().size())
        )


def view_origin(view: QTextBrowser) -> QPoint:
    return view.viewport().mapToGlobal(QPoint(0, 0))


def article_parts(view: QTextBrowser) -> list[ArticlePart]:
    """New parts for every block with text in `view`'s document, in reading order."""
    parts = []
    block = view.document().begin()
    while block.isValid():
        if block.text().strip():
            parts.append(ArticlePart(view, block.blockNumber()))
        block = block.next()
    return parts


class _ArticleInterface(QAccessibleWidget):
    """The article view: a document whose children are its parts."""

    def __init__(self, view: QTextBrowser) -> None:
        super().__init__(view, _Role.Document)

    def _parts(self) -> list[ArticlePart]:
        return list(getattr(self.widget(), "accessible_parts", []))

    def childCount(self) -> int:
        return len(self._parts())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        parts = self._parts()
        if 0 <= index < len(parts):
            return QAccessible.queryAccessibleInterface(parts[index])
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        target = child.object() if child is not None else None
        for index, part in enumerate(self._parts()):
            if part is target:
                return index
        return -1


class _PartInterface(QAccessibleObject):
    """A heading or a paragraph of the article: its text is its name."""

    def __init__(self, part: ArticlePart) -> None:
        super().__init__(part)
        self._part = part

    def role(self) -> QAccessible.Role:
        return self._part.role()

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._part.block().text().replace("\u2028", "\n")
        return ""

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.readOnly = True
        state.invisible = not self._part.view.isVisible()
        state.offscreen = not self._part.on_view()
        return state

    def rect(self) -> QRect:
        return self._part.rect()

    def parent(self) -> QAccessibleInterface:
        return QAccessible.queryAccessibleInterface(self._part.view)

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None  # Qt's nullptr: a heading or paragraph has no children

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._part.view.window().windowHandle()


def _factory(_class_name: str, target: QObject) -> QAccessibleInterface | None:
    if isinstance(target, ArticlePart):
        return _PartInterface(target)
    if isinstance(target, QTextBrowser) and isinstance(target, tuple(_view_types)):
        return _ArticleInterface(target)
    return None


def install(view_type: type[QTextBrowser]) -> None:
    """Give views of `view_type` (with a list `accessible_parts`) and their parts their
    interfaces."""
    if not _view_types:
        QAccessible.installFactory(_factory)
    if view_type not in _view_types:
        _view_types.append(view_type)
