"""The article's text view: a centred, readable column in which any heading can be
scrolled to the top."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFont,
    QFontMetricsF,
    QPalette,
    QResizeEvent,
    QTextBlock,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from cramp_desktop.ui.read.article_accessible import ArticlePart, article_parts, install

LINE_CHARS = 70  # readable line length, in average characters
STYLE_SHEET = "p, li { line-height: 145%; }"


class ArticleView(QTextBrowser):
    """A QTextBrowser with a centred column about LINE_CHARS wide, in which every heading
    can be scrolled to the top (the document gets just enough room after its end)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install(ArticleView)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundRole(QPalette.ColorRole.Base)  # the side margins look like the page
        self.setAutoFillBackground(True)
        self.document().setUndoRedoEnabled(False)
        self.document().setDefaultStyleSheet(STYLE_SHEET)
        self.anchors: dict[str, int] = {}  # anchor name -> block number
        self.accessible_parts: list[ArticlePart] = []  # headings and paragraphs, in order
        self._pinned: int | None = None  # a heading shown by show_block, kept across relayouts
        self.verticalScrollBar().actionTriggered.connect(self.unpin)

    def set_article_html(self, markup: str) -> None:
        self.setHtml(markup)
        self.anchors.clear()
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                for name in iterator.fragment().charFormat().anchorNames():
                    self.anchors.setdefault(name, block.blockNumber())
                iterator += 1
            block = block.next()
        self.update_margins()
        self.update_padding()
        for part in self.accessible_parts:
            part.deleteLater()
        self.accessible_parts = article_parts(self)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.ObjectReorder))

    def anchor_block(self, anchor: str) -> QTextBlock | None:
        number = self.anchors.get(anchor)
        return None if number is None else self.document().findBlockByNumber(number)

    def block_y(self, block: QTextBlock) -> int:
        """The scroll value that puts `block` at the top, with its top margin above it."""
        top = self.document().documentLayout().blockBoundingRect(block).top()
        return max(0, round(top - min(block.blockFormat().topMargin(), top)))

    def show_block(self, block: QTextBlock) -> None:
        """Scroll `block` to the top and keep it there through resizes and zooms."""
        self._pinned = block.position()
        self.update_padding()
        self.verticalScrollBar().setValue(self.block_y(block))

    def unpin(self) -> None:
        self._pinned = None

    def _anchor_position(self) -> int:
        return self.top_position() if self._pinned is None else self._pinned

    def top_position(self) -> int:
        """The text position at the start of the first line visible at the top."""
        value = self.verticalScrollBar().value()
        layout = self.document().documentLayout()
        block = self.document().begin()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.bottom() > value:
                text_layout = block.layout()
                for i in range(text_layout.lineCount()):
                    line = text_layout.lineAt(i)
                    if rect.top() + line.y() + line.height() > value:
                        return block.position() + (line.textStart() if i else 0)
                return block.position()
            block = block.next()
        return 0

    def scroll_to_position(self, position: int) -> None:
        block = self.document().findBlock(position)
        if not block.isValid():
            return
        offset = position - block.position()
        line = block.layout().lineForTextPosition(offset)
        if offset == 0 or not line.isValid() or line.lineNumber() == 0:
            self.verticalScrollBar().setValue(self.block_y(block))
        else:
            top = self.document().documentLayout().blockBoundingRect(block).top()
            self.verticalScrollBar().setValue(round(top + line.y()))

    def update_margins(self, outer_width: int | None = None) -> None:
        """Centre a column about LINE_CHARS average characters wide."""
        metrics = QFontMetricsF(self.document().defaultFont())
        column = metrics.averageCharWidth() * LINE_CHARS + 2 * self.document().documentMargin()
        width = self.width() if outer_width is None else outer_width
        available = width - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        side = max(round(metrics.averageCharWidth() * 1.5), int((available - column) / 2))
        if self.viewportMargins() != QMargins(side, 0, side, 0):
            self.setViewportMargins(side, 0, side, 0)

    def update_padding(self) -> None:
        """Give the document room after its end so the last heading can reach the top."""
        document = self.document()
        root = document.rootFrame()
        frame_format = root.frameFormat()
        current = frame_format.bottomMargin()
        needed = document.documentMargin()
        if self.anchors:
            last = document.findBlockByNumber(max(self.anchors.values()))
            content_end = document.documentLayout().documentSize().height() - current
            needed = max(needed, self.viewport().height() - (content_end - self.block_y(last)))
        if abs(needed - current) >= 1:
            frame_format.setBottomMargin(needed)
            root.setFrameFormat(frame_format)

    def set_zoom_font(self, font: QFont) -> None:
        top = self._anchor_position()
        self.setFont(font)
        self.update_margins()
        self.update_padding()
        self.scroll_to_position(top)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(event, QResizeEvent):
            self.update_margins(event.size().width())
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # the viewport was resized
        top = self._anchor_position()
        super().resizeEvent(event)
        self.update_padding()
        self.scroll_to_position(top)
