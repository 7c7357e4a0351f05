"""Undo and Redo as buttons under the History table, and a status line that says what
each step did (also after Ctrl+Z and Ctrl+Shift+Z)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from cramp_desktop.core.translation import fill
from cramp_desktop.ui.common import announce


class UndoButtons(QWidget):
    """Buttons that trigger `undo` and `redo` (enabled as the stack allows); `status`
    tells what was undone or redone."""

    def __init__(
        self,
        stack: QUndoStack,
        undo: QAction,
        redo: QAction,
        status: QLabel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._stack = stack
        self._status = status
        self.undo_button = QPushButton(self)
        self.redo_button = QPushButton(self)
        self.undo_button.clicked.connect(undo.trigger)
        self.redo_button.clicked.connect(redo.trigger)
        undo.triggered.connect(lambda: self._say(self.tr("Undone: %1."), stack.redoText()))
        redo.triggered.connect(lambda: self._say(self.tr("Redone: %1."), stack.undoText()))
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.redo_button)
        self._retranslate()

    def _say(self, template: str, what: str) -> None:
        if what:
            text = fill(template, [what])
            self._status.setText(text)
            announce(self._status, text)

    def _retranslate(self) -> None:
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last change"))
        self.redo_button.setText(self.tr("Redo"))
        self.redo_button.setAccessibleName(self.tr("Redo the change undone last"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
