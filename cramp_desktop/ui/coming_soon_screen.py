"""A screen that a later version fills: it says plainly what will be here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cramp_desktop.core.translation import QT_TRANSLATE_NOOP
from cramp_desktop.ui.widgets import body_label, heading_label

COMING_SOON_NOTE = QT_TRANSLATE_NOOP(
    "ComingSoonScreen", "This screen is coming in a later version of the app."
)
OPENING_NOTE = QT_TRANSLATE_NOOP("ComingSoonScreen", "Opening your data…")


class ComingSoonScreen(QWidget):
    """A heading, a sentence on what the screen is for, and a note (source texts)."""

    def __init__(
        self,
        title: str,
        description: str,
        note: str = COMING_SOON_NOTE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title_source = title
        self._description_source = description
        self._note_source = note
        self.heading = heading_label()
        self.description = body_label()
        self.note = body_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)
        for widget in (self.heading, self.description, self.note):
            widget.setMaximumWidth(self.fontMetrics().averageCharWidth() * 80)
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._retranslate()

    def _retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.heading.setText(translate("MainWindow", self._title_source))
        self.description.setText(translate("ComingSoonScreen", self._description_source))
        self.note.setText(translate("ComingSoonScreen", self._note_source))
        self.setAccessibleName(self.heading.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
