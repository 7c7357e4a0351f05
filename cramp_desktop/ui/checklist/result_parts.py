"""The small text parts of the checklist results page: selectable labels, headings and
bullet rows whose wrapped lines stay indented."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel

from cramp_desktop.ui.common import SELECTABLE, body_label, heading_label, named, scale_font


def result_label(text: str, *, bold: bool = False, scale: float = 1.0) -> QLabel:
    label = body_label(text)
    label.setTextInteractionFlags(SELECTABLE)
    if bold or scale != 1.0:
        scale_font(label, scale, bold=bold)
    return label


def result_heading(text: str, scale: float = 1.25) -> QLabel:
    label = named(heading_label(text, scale=scale), text)
    label.setTextInteractionFlags(SELECTABLE)
    return label


def result_bullet(text: str) -> QHBoxLayout:
    """A list item whose wrapped lines stay indented under its first word."""
    row = QHBoxLayout()
    row.setSpacing(8)
    mark = QLabel("•")
    mark.setAlignment(Qt.AlignmentFlag.AlignTop)
    mark.setAccessibleName("")
    row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(result_label(text), 1)
    return row
