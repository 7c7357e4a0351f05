"""The medicine list: add, change and remove through the real widgets and database."""
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from cramp_desktop.core.episodes import Medication, MedicationKind
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common.data_events import DataEvents
from cramp_desktop.ui.history.medication_editor import MedicationDialog, MedicationEditor


@pytest.fixture
def events() -> DataEvents:
    return DataEvents()


@pytest.fixture
def editor(qtbot: QtBot, repositories: Repositories, events: DataEvents) -> MedicationEditor:
    widget = MedicationEditor(repositories, events)
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_dialog(editor: MedicationEditor, qtbot: QtBot, button: str = "add") -> MedicationDialog:
    qtbot.mouseClick(getattr(editor, f"{button}_button"), Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def cell_text(editor: MedicationEditor, row: int, column: int) -> str:
    item = editor.table.item(row, column)
    assert item is not None
    return item.text()


def save(dialog: MedicationDialog, qtbot: QtBot) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_empty_name_shows_a_message_and_saves_nothing(
    editor: MedicationEditor, qtbot: QtBot, repositories: Repositories
) -> None:
    dialog = open_dialog(editor, qtbot)
    qtbot.keyClicks(dialog.name, "   ")
    save(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.errors["name"].isVisible()
    assert dialog.errors["name"].text()
    assert dialog.focusWidget() is dialog.name
    assert repositories.medications.list() == []


def test_stopped_before_started_is_refused(
    editor: MedicationEditor, qtbot: QtBot, repositories: Repositories
) -> None:
    dialog = open_dialog(editor, qtbot)
    qtbot.keyClicks(dialog.name, "Bendroflumethiazide")
    dialog.kind.setCurrentIndex(dialog.kind.findData(MedicationKind.DIURETIC))
    dialog.started.known.setChecked(True)
    dialog.started.edit.setDate(QDate(2025, 5, 1))
    dialog.stopped.known.setChecked(True)
    dialog.stopped.edit.setDate(QDate(2025, 4, 1))
    save(dialog, qtbot)
    assert dialog.errors["stopped_on"].isVisible()
    assert not dialog.errors["name"].isVisible()
    assert repositories.medications.list() == []


def test_add_change_remove_round_trip(
    editor: MedicationEditor, qtbot: QtBot, repositories: Repositories, events: DataEvents
) -> None:
    dialog = open_dialog(editor, qtbot)
    qtbot.keyClicks(dialog.name, "Atorvastatin")
    dialog.kind.setCurrentIndex(dialog.kind.findData(MedicationKind.STATIN))
    dialog.started.known.setChecked(True)
    dialog.started.edit.setDate(QDate(2025, 3, 2))
    qtbot.keyClicks(dialog.note, "20 mg at night")
    with qtbot.waitSignal(events.medications_changed):
        save(dialog, qtbot)
    [saved] = repositories.medications.list()
    assert saved == Medication(
        "Atorvastatin",
        MedicationKind.STATIN,
        started_on=dt.date(2025, 3, 2),
        note="20 mg at night",
        id=saved.id,
    )
    assert editor.table.rowCount() == 1
    assert cell_text(editor, 0, 1) == "Statin (for cholesterol)"

    editor.table.selectRow(0)
    dialog = open_dialog(editor, qtbot, "edit")
    assert dialog.name.text() == "Atorvastatin"
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Simvastatin")
    dialog.stopped.known.setChecked(True)
    dialog.stopped.edit.setDate(QDate(2025, 6, 1))
    save(dialog, qtbot)
    [changed] = repositories.medications.list()
    assert (changed.id, changed.name, changed.stopped_on) == (
        saved.id,
        "Simvastatin",
        dt.date(2025, 6, 1),
    )
    assert cell_text(editor, 0, 0) == "Simvastatin"

    editor.table.selectRow(0)
    answers: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        answers.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert len(repositories.medications.list()) == 1  # "No" keeps it

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(events.medications_changed):
        qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert repositories.medications.list() == []
    assert editor.table.rowCount() == 0
    assert "Simvastatin" in answers[0]
    assert not editor.edit_button.isEnabled()


def test_a_new_medicine_has_no_kind_until_the_user_picks_one(
    editor: MedicationEditor, qtbot: QtBot, repositories: Repositories
) -> None:
    dialog = open_dialog(editor, qtbot)
    assert dialog.kind.currentIndex() == -1 and dialog.kind.currentData() is None
    assert dialog.kind.itemData(0) == MedicationKind.OTHER  # "Other medicine" at the top
    assert dialog.kind.placeholderText() == "Choose the kind…"
    qtbot.keyClicks(dialog.name, "Ramipril")
    save(dialog, qtbot)
    assert dialog.errors["kind"].isVisible()
    assert "Other medicine" in dialog.errors["kind"].text()
    assert dialog.focusWidget() is dialog.kind
    assert repositories.medications.list() == []  # nothing half-saved
    # With nothing typed, both problems are said, the name's first.
    dialog.name.clear()
    save(dialog, qtbot)
    assert dialog.errors["name"].isVisible() and dialog.errors["kind"].isVisible()
    assert dialog.focusWidget() is dialog.name
    qtbot.keyClicks(dialog.name, "Ramipril")
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # the keyboard picks "Other medicine"
    assert dialog.kind.currentData() == MedicationKind.OTHER
    save(dialog, qtbot)
    [saved] = repositories.medications.list()
    assert (saved.name, saved.kind) == ("Ramipril", MedicationKind.OTHER)


def test_the_checklist_pre_fills_only_from_a_chosen_kind_or_a_known_name(
    editor: MedicationEditor, qtbot: QtBot, repositories: Repositories
) -> None:
    from cramp_desktop.core.checklist_medicines import medication_suggestions

    dialog = open_dialog(editor, qtbot)
    qtbot.keyClicks(dialog.name, "Ramipril")
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    save(dialog, qtbot)
    suggested = medication_suggestions(repositories.medications.list(), today=dt.date.today())
    assert set(suggested) == {"medicines.takes_any"}  # no water-pill "yes" from a default


def test_the_dialog_grows_so_every_message_is_shown_whole(
    editor: MedicationEditor, qtbot: QtBot
) -> None:
    dialog = open_dialog(editor, qtbot)
    font = dialog.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)  # the largest text size
    dialog.setFont(font)
    dialog.resize(dialog.minimumWidth(), dialog.sizeHint().height())
    dialog.save()  # no name, no kind: two messages, the second wraps
    qtbot.wait(50)
    shown = [label for label in dialog.errors.values() if label.isVisible()]
    assert len(shown) == 2
    for label in shown:
        assert label.height() >= label.heightForWidth(label.width())
