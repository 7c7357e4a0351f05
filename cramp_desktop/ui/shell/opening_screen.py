"""What a screen that needs the data shows for the moment before the data is open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from cramp_desktop.ui.common import body_label, heading_label


class OpeningScreen(QWidget):
    """A heading, a sentence on what the screen is for, and "Opening your data…"."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title_source = title
        self._description_source = description
        self.heading = heading_label()
        self.description = body_label()
        self.note = body_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)
        for widget in (self.heading, self.description, self.note):
            widget.setMaximumWidth(self.fontMetrics().averageCharWidth() * 80)
            # Left-aligned at its preferred width, like addWidget(..., AlignLeft) but without
            # the Qt namespace: this screen is in the first paint, which that would slow.
            row = QHBoxLayout()
            row.setSpacing(0)
            row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(1)
        self._retranslate()

    def _retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.heading.setText(translate("MainWindow", self._title_source))
        self.description.setText(translate("OpeningScreen", self._description_source))
        self.note.setText(self.tr("Opening your data…"))
        self.setAccessibleName(self.heading.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
