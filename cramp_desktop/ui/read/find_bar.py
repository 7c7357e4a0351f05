"""The find bar of the reading pane: a search field, previous/next, a match count, close.

It searches a QTextEdit (case-insensitive), highlights every match with extra
selections in the palette's Highlight colours (the current one solid, the others
tinted), and wraps around at either end.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget


class FindBar(QWidget):
    """Find in `editor`. `open_bar(origin)` starts at the first match after `origin`."""

    closed = Signal()

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Find bar"))
        self._editor = editor
        self._matches: list[QTextCursor] = []
        self._current = -1
        self._origin = 0

        label = QLabel(self.tr("&Find:"), self)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.tr("Find in article"))
        self.edit.setPlaceholderText(self.tr("Word to find"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        label.setBuddy(self.edit)

        self.previous_button = self._button(
            self.tr("Previous"), self.tr("Previous match"), self.tr("Previous match (Shift+Enter)")
        )
        self.next_button = self._button(
            self.tr("Next"), self.tr("Next match"), self.tr("Next match (Enter)")
        )
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Number of matches"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        widest = [
            self.tr("No matches"),
            self.tr("{current} of {total}").format(current=999, total=999),
        ]
        self.status.setMinimumWidth(max(self.fontMetrics().horizontalAdvance(t) for t in widest))
        self.close_button = self._button(
            self.tr("Close"), self.tr("Close find bar"), self.tr("Close the find bar (Escape)")
        )

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.status)
        layout.addStretch(0)
        layout.addWidget(self.close_button)

        self.close_action = QAction(self.tr("Close find bar"), self)
        self.close_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.close_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.close_action.triggered.connect(self.close_bar)
        self.addAction(self.close_action)

        self.edit.textChanged.connect(self._search)
        self.edit.installEventFilter(self)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self._show_result()

    def _button(self, text: str, name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def text(self) -> str:
        return self.edit.text()

    def match_count(self) -> int:
        return len(self._matches)

    def current_match(self) -> int:
        """The current match counting from 0, or -1 when there is none."""
        return self._current

    def open_bar(self, origin: int = 0) -> None:
        """Show the bar and focus the field; searching starts at text position `origin`."""
        self._origin = origin
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        self._search(self.edit.text())

    @Slot()
    def close_bar(self) -> None:
        if self.isVisible():
            self.hide()
            self._matches = []
            self._current = -1
            self._editor.setExtraSelections([])
            self.closed.emit()

    @Slot()
    def find_next(self) -> None:
        self._step(1)

    @Slot()
    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if self._matches:
            self._current = (self._current + delta) % len(self._matches)
            self._show_current()

    def _search(self, text: str) -> None:
        self._matches = []
        document = self._editor.document()
        if text:
            cursor = document.find(text, 0)
            while not cursor.isNull() and cursor.hasSelection():
                self._matches.append(cursor)
                cursor = document.find(text, cursor)
        later = [i for i, c in enumerate(self._matches) if c.selectionStart() >= self._origin]
        self._current = (later[0] if later else 0) if self._matches else -1
        self._show_current()

    def _show_current(self) -> None:
        self.highlight()
        self._show_result()
        if self._current >= 0:
            self._editor.setTextCursor(self._matches[self._current])
            self._centre_cursor()
        elif self._editor.textCursor().hasSelection():  # no stale match left selected
            cursor = self._editor.textCursor()
            cursor.clearSelection()
            self._editor.setTextCursor(cursor)

    def _centre_cursor(self) -> None:
        """Scroll the match into the middle of the view, where the eye finds it."""
        bar = self._editor.verticalScrollBar()
        middle = self._editor.viewport().height() // 2
        bar.setValue(bar.value() + self._editor.cursorRect().center().y() - middle)

    def highlight(self) -> None:
        """(Re)draw the matches; call again when the palette changes."""
        palette = self._editor.palette()
        others = QTextCharFormat()
        tint = QColor(palette.color(QPalette.ColorRole.Highlight))
        tint.setAlphaF(0.35)
        others.setBackground(tint)
        current = QTextCharFormat()
        current.setBackground(palette.brush(QPalette.ColorRole.Highlight))
        current.setForeground(palette.brush(QPalette.ColorRole.HighlightedText))
        selections = []
        for i, cursor in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = current if i == self._current else others
            selections.append(selection)
        self._editor.setExtraSelections(selections)

    def _show_result(self) -> None:
        """Show "3 of 7", "No matches", or nothing when there is nothing to find."""
        total = len(self._matches)
        current = self._current + 1
        has_text = bool(self.edit.text())
        if total:
            locale = QLocale()
            text = self.tr("{current} of {total}").format(
                current=locale.toString(current), total=locale.toString(total)
            )
        else:
            text = self.tr("No matches") if has_text else ""
        self.status.setText(text)
        self.edit.setAccessibleDescription(text)
        self.previous_button.setEnabled(total > 0)
        self.next_button.setEnabled(total > 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
        return super().eventFilter(watched, event)
