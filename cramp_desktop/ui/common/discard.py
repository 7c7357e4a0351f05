"""Escape, Cancel or the window's close button in a dialog with changes asks before
throwing them away. Closing from code (reject(), close()) does not ask."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)


def form_state(root: QWidget) -> list[object]:
    """What the user can change in `root`: every input's value, in a stable order."""
    state: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the spin box's own text says it
        if isinstance(widget, QLineEdit | QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append(widget.currentIndex())
        elif isinstance(widget, QCheckBox | QRadioButton):
            state.append(widget.isChecked())
    return state


class DiscardGuard(QObject):
    """Remembers a dialog's fields as they were when `mark_clean()` was last called, and
    watches the dialog's Escape key and close button. Made once the fields are filled;
    with `buttons`, their Cancel (rejected) asks too (do not connect it to reject())."""

    def __init__(self, dialog: QDialog, buttons: QDialogButtonBox | None = None) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._clean = form_state(dialog)
        dialog.installEventFilter(self)
        if buttons is not None:
            buttons.rejected.connect(self.cancel)

    def cancel(self) -> None:
        """For the Cancel button."""
        if self.may_close():
            self._dialog.reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._dialog:
            escape = (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
            )
            closing = event.type() == QEvent.Type.Close and event.spontaneous()
            if (escape or closing) and not self.may_close():
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    def mark_clean(self) -> None:
        self._clean = form_state(self._dialog)

    def changed(self) -> bool:
        return form_state(self._dialog) != self._clean

    def may_close(self) -> bool:
        """True when nothing changed or the user agrees to discard the changes."""
        if not self.changed():
            return True
        answer = QMessageBox.question(
            self._dialog,
            QCoreApplication.translate("DiscardGuard", "Discard your changes?"),
            QCoreApplication.translate(
                "DiscardGuard", "You have changed this form. Close it without saving?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
