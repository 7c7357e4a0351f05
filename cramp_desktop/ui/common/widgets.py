"""Small building blocks shared by the screens."""

from __future__ import annotations

from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from cramp_desktop.ui.common.accessibility import HEADING, mark


def heading_label(
    text: str = "", scale: float = 1.5, parent: QWidget | None = None, *, heading: bool = True
) -> QLabel:
    """Bold text sized relative to the application font, so it follows text scaling; with
    the heading role for screen readers unless `heading` is False (a big number, a note)."""
    label = QLabel(parent)
    if heading:  # before the text: the first accessibility query fixes the role
        mark(label, HEADING)
    label.setText(text)
    label.setWordWrap(True)
    label.setProperty("headingScale", scale)
    scale_font(label, scale, bold=True)
    return label


def scale_font(widget: QWidget, scale: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(QFont().pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


def body_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def confirmed(parent: QWidget, title: str, text: str) -> bool:
    """A Yes/No question whose default is No; True when the user chose Yes."""
    from PySide6.QtWidgets import QMessageBox  # not before the first paint

    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def shortcut_text(keys: str) -> str:
    """Portable key names ("Ctrl+1 … Ctrl+5", "Ctrl+Z / Ctrl+Shift+Z") as this system
    writes them: ⌘1 … ⌘5 on macOS, Ctrl+1 … Ctrl+5 elsewhere."""
    native = QKeySequence.SequenceFormat.NativeText
    return " ".join(
        part if part in ("…", "/") else QKeySequence(part).toString(native)
        for part in keys.split(" ")
    )


def width_capped(column: QWidget) -> QWidget:
    """`column` (with a maximum width) inside a widget a QScrollArea can resize freely.

    A scroll area computes its widget's height for the viewport's width; a widget capped
    narrower than that would get the height of fewer, longer lines and clip wrapped text.
    Inside this row the column's own width is the one its height is computed for.
    """
    row_widget = QWidget()
    row = QHBoxLayout(row_widget)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(column, 1)  # as wide as it may be; what is left goes to the stretch
    row.addStretch(0)
    return row_widget
