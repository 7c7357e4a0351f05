"""The checklist wizard shown and driven by key presses, for its tests."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from cramp_desktop.core.checklist_content import SECTIONS
from cramp_desktop.core.episodes import AnswerValue
from cramp_desktop.ui.checklist.wizard import ChecklistWizard

TODAY = dt.date(2024, 6, 12)
Key = Qt.Key
YES, NO, UNSURE = AnswerValue.YES, AnswerValue.NO, AnswerValue.UNSURE
MEDICINES = [s.id for s in SECTIONS].index("medicines")


def make_wizard(qtbot, medications=(), today=TODAY, height=760) -> ChecklistWizard:  # type: ignore[no-untyped-def]
    wizard = ChecklistWizard(medications, today=today)
    qtbot.addWidget(wizard)
    show(qtbot, wizard, height)
    wizard.focus_first_question()
    return wizard


def show(qtbot, widget: QWidget, height: int = 760) -> None:  # type: ignore[no-untyped-def]
    widget.resize(1000, height)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def press(qtbot, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """A key press where a user's would go: to the widget that has the focus."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key)


def go_to_section(qtbot, wizard: ChecklistWizard, index: int) -> None:  # type: ignore[no-untyped-def]
    for _ in range(index - wizard.section_index()):
        press(qtbot, Key.Key_Return)
    assert wizard.section_index() == index
