"""Adding, changing and removing a medicine on the History screen can be undone and redone
through the screen's one undo stack (buttons, Ctrl+Z / Ctrl+Shift+Z, the menu actions),
on a real SQLite file, with a status line that names each step."""
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from cramp_desktop.core.episodes import Medication, MedicationKind
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common.data_events import DataEvents
from cramp_desktop.ui.history.screen import EPISODES_TAB, MEDICINES_TAB, SUMMARY_TAB, HistoryScreen

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def events() -> DataEvents:
    return DataEvents()


@pytest.fixture
def screen(
    qtbot: QtBot, repositories: Repositories, events: DataEvents, tmp_path: Path
) -> HistoryScreen:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    widget = HistoryScreen(repositories, events, settings)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    widget.tabs.setCurrentIndex(MEDICINES_TAB)
    return widget


@pytest.fixture
def remove_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Yes" to "Remove … from your list of medicines?"."""

    def question(_parent, title, *_args):  # type: ignore[no-untyped-def]
        assert title == "Remove medicine"
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)


def select(screen: HistoryScreen, name: str) -> None:
    editor = screen.medications
    row = [m.name for m in editor.medications()].index(name)
    editor.table.setFocus()
    editor.table.selectRow(row)


def save_dialog(screen: HistoryScreen, qtbot: QtBot, events: DataEvents, **change: str) -> None:
    dialog = screen.medications.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    if "name" in change:
        dialog.name.setText(change["name"])
    if "note" in change:
        dialog.note.setPlainText(change["note"])
    if "kind" in change:
        dialog.kind.setCurrentIndex(dialog.kind.findData(MedicationKind(change["kind"])))
    with qtbot.waitSignal(events.medications_changed):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_add_change_remove_undo_and_redo_through_every_way(
    screen: HistoryScreen,
    qtbot: QtBot,
    repositories: Repositories,
    events: DataEvents,
    remove_answer: None,
) -> None:
    original = repositories.medications.add(
        Medication("Magnesium", MedicationKind.SUPPLEMENT_MAGNESIUM, dt.date(2025, 1, 5), note="a")
    )
    events.medications_changed.emit()
    assert screen.undo_row.isVisible() and not screen.undo_buttons.undo_button.isEnabled()
    states = [repositories.medications.list()]

    screen.medications.add()
    save_dialog(screen, qtbot, events, name="Quinine", kind=MedicationKind.OTHER.value)
    states.append(repositories.medications.list())
    assert [m.name for m in states[-1]] == ["Magnesium", "Quinine"]
    assert screen.status_label.text().startswith("Done: Add medicine “Quinine”. Undo with ")

    select(screen, "Magnesium")
    screen.medications.edit_current()
    save_dialog(screen, qtbot, events, name="Magnesium citrate", note="300 mg")
    states.append(repositories.medications.list())
    assert states[-1][0] == Medication(
        "Magnesium citrate",
        MedicationKind.SUPPLEMENT_MAGNESIUM,
        dt.date(2025, 1, 5),
        note="300 mg",
        id=original.id,
    )

    select(screen, "Quinine")
    with qtbot.waitSignal(events.medications_changed):
        screen.medications.remove_current()
    states.append(repositories.medications.list())
    assert [m.name for m in states[-1]] == ["Magnesium citrate"]
    assert screen.status_label.text().startswith("Done: Remove medicine “Quinine”.")

    # Undo: Ctrl+Z in the list, the Undo button, the Edit menu's action.
    screen.medications.table.setFocus()
    qtbot.keyClick(screen.medications.table, Qt.Key.Key_Z, CTRL)
    assert repositories.medications.list() == states[2]  # Quinine back, same id and kind
    assert screen.status_label.text() == "Undone: Remove medicine “Quinine”."
    assert [m.name for m in screen.medications.medications()] == ["Magnesium citrate", "Quinine"]
    qtbot.mouseClick(screen.undo_buttons.undo_button, Qt.MouseButton.LeftButton)
    assert repositories.medications.list() == states[1]
    assert repositories.medications.get(original.id or 0) == original
    assert screen.status_label.text() == "Undone: Change medicine “Magnesium citrate”."
    screen.undo_action.trigger()
    assert repositories.medications.list() == states[0] == [original]
    assert screen.status_label.text() == "Undone: Add medicine “Quinine”."
    assert not screen.undo_buttons.undo_button.isEnabled()

    # Redo all three: Ctrl+Shift+Z, the Redo button, the menu action.
    screen.medications.table.setFocus()
    qtbot.keyClick(screen.medications.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert repositories.medications.list() == states[1]
    assert screen.status_label.text() == "Redone: Add medicine “Quinine”."
    qtbot.mouseClick(screen.undo_buttons.redo_button, Qt.MouseButton.LeftButton)
    assert repositories.medications.list() == states[2]
    screen.redo_action.trigger()
    assert repositories.medications.list() == states[3]
    assert screen.status_label.text() == "Redone: Remove medicine “Quinine”."
    assert not screen.undo_buttons.redo_button.isEnabled()


def test_undo_that_can_no_longer_apply_says_why_and_is_dropped(
    screen: HistoryScreen,
    qtbot: QtBot,
    repositories: Repositories,
    events: DataEvents,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repositories.medications.add(Medication("Magnesium", MedicationKind.OTHER))
    events.medications_changed.emit()
    select(screen, "Magnesium")
    screen.medications.edit_current()
    save_dialog(screen, qtbot, events, note="evening")
    [changed] = repositories.medications.list()
    repositories.medications.delete(changed.id or 0)  # gone meanwhile (a restore, say)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    screen.undo_action.trigger()
    assert len(warnings) == 1 and "no longer exists" in warnings[0]
    assert repositories.medications.list() == []  # nothing half-done
    assert not screen.undo_stack.canUndo() and not screen.undo_stack.canRedo()


def test_undo_and_redo_are_on_show_where_there_is_something_to_undo(
    screen: HistoryScreen,
) -> None:
    for tab, shown in ((EPISODES_TAB, True), (SUMMARY_TAB, False), (MEDICINES_TAB, True)):
        screen.tabs.setCurrentIndex(tab)
        assert screen.undo_row.isVisible() is shown
