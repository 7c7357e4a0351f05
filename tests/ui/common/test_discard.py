"""Escape or the window's close button in every editing dialog asks before throwing changes
away (ui/common/discard.py), and closes at once when nothing changed. Driven with qtbot on
real dialogs over a real SQLite file; only the question box's answer is given."""
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from cramp_desktop.autostart import XdgAutostart
from cramp_desktop.core.episodes import Medication, MedicationKind
from cramp_desktop.core.reminders import ReminderKind
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common import DataEvents
from cramp_desktop.ui.companion.reminder_settings import ReminderSettingsDialog
from cramp_desktop.ui.episode.log_dialog import LogCrampDialog
from cramp_desktop.ui.experiments.setup_dialog import ExperimentSetupDialog
from cramp_desktop.ui.history.medication_editor import MedicationDialog
from cramp_desktop.ui.shell.appearance import Appearance
from cramp_desktop.ui.shell.settings_dialog import SettingsDialog

Answer = QMessageBox.StandardButton
Cancel = QDialogButtonBox.StandardButton.Cancel
TODAY = dt.date(2026, 3, 2)


@dataclass
class Case:
    dialog: QDialog
    change: Callable[[], None]  # what the user edits
    values: Callable[[], object]  # what the fields show
    saved: Callable[[], object]  # what was stored or applied


def settings_case(_repositories: Repositories, _tmp: Path) -> Case:
    applied: list[object] = []
    dialog = SettingsDialog(
        languages=["en", "de"],
        language="en",
        appearance=Appearance(theme="system", text_scale=1.0),
        data_dir=Path("/nowhere"),
        on_apply=lambda *chosen: applied.append(chosen),
    )
    return Case(
        dialog,
        lambda: dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark")),
        dialog.chosen,
        lambda: list(applied),
    )


def reminders_case(repositories: Repositories, tmp: Path) -> Case:
    autostart = XdgAutostart(["cramp-desktop"], tmp / "config")
    dialog = ReminderSettingsDialog(repositories, autostart, reminders_available=True)

    def stored() -> object:
        return (sorted(map(repr, repositories.reminders.all())), autostart.is_enabled())

    def change() -> None:
        dialog.morning.setChecked(not dialog.morning.isChecked())
        dialog.start_at_login.setChecked(True)

    return Case(
        dialog,
        change,
        lambda: (dialog.morning.isChecked(), dialog.start_at_login.isChecked()),
        stored,
    )


def experiment_case(repositories: Repositories, _tmp: Path) -> Case:
    dialog = ExperimentSetupDialog(repositories, DataEvents(), TODAY)

    def stored() -> object:
        evening = [r for r in repositories.reminders.all() if r.kind is ReminderKind.EVENING]
        return (repositories.experiments.running(TODAY), evening)

    return Case(
        dialog,
        lambda: dialog.weeks.setValue(dialog.weeks.value() + 1),
        lambda: (dialog.measure.currentIndex(), dialog.weeks.value(), dialog.start.date()),
        stored,
    )


def log_case(repositories: Repositories, tmp: Path) -> Case:
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    dialog = LogCrampDialog(repositories, DataEvents(), settings)
    return Case(
        dialog,
        lambda: dialog.severity.spin.setValue((dialog.severity.spin.value() + 3) % 11),
        lambda: dialog.severity.spin.value(),
        repositories.episodes.all,
    )


def medicine_case(repositories: Repositories, _tmp: Path) -> Case:
    stored = repositories.medications.add(Medication("Magnesium", MedicationKind.OTHER))
    dialog = MedicationDialog(repositories, DataEvents(), stored)
    return Case(
        dialog,
        lambda: dialog.name.setText("Magnesium citrate"),
        dialog.name.text,
        repositories.medications.list,
    )


CASES = {
    "settings": settings_case,
    "reminders": reminders_case,
    "experiment": experiment_case,
    "log": log_case,
    "medicine": medicine_case,
}


@pytest.fixture(params=sorted(CASES))
def case(request: pytest.FixtureRequest, qtbot: QtBot, repositories: Repositories, tmp_path):  # type: ignore[no-untyped-def]
    made: Case = CASES[request.param](repositories, tmp_path)
    qtbot.addWidget(made.dialog)
    made.dialog.show()
    qtbot.waitExposed(made.dialog)
    return made


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[Answer]:
    """The answers the question box will give, in order; emptied as they are used."""
    queue: list[Answer] = []

    def question(_parent, title, _text, *_args):  # type: ignore[no-untyped-def]
        assert title == "Discard your changes?"
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return queue


def close_button(dialog: QDialog) -> None:
    """The window's close button: the window system's close event goes to the dialog's
    native window, which passes it on to the dialog as a spontaneous one."""
    window = dialog.windowHandle()
    assert window is not None
    QCoreApplication.sendEvent(window, QCloseEvent())
    QCoreApplication.processEvents()


def test_without_changes_escape_closes_at_once(case: Case, answers: list[Answer], qtbot) -> None:  # type: ignore[no-untyped-def]
    saved = case.saved()
    qtbot.keyClick(case.dialog, Qt.Key.Key_Escape)
    assert not case.dialog.isVisible() and case.saved() == saved


@pytest.mark.parametrize("close", ["escape", "close button", "cancel"])
def test_with_changes_it_asks_keeps_editing_or_discards_without_saving(  # type: ignore[no-untyped-def]
    case: Case, answers: list[Answer], qtbot, close: str
) -> None:
    saved = case.saved()
    case.change()
    edited = case.values()

    def close_it() -> None:
        if close == "escape":
            qtbot.keyClick(case.dialog, Qt.Key.Key_Escape)
        elif close == "close button":
            close_button(case.dialog)
        else:
            box = case.dialog.findChild(QDialogButtonBox)
            assert box is not None
            qtbot.mouseClick(box.button(Cancel), Qt.MouseButton.LeftButton)

    answers.append(Answer.Cancel)  # keep editing
    close_it()
    assert answers == [] and case.dialog.isVisible() and case.values() == edited
    answers.append(Answer.Discard)
    close_it()
    assert answers == [] and not case.dialog.isVisible()
    assert case.dialog.result() == QDialog.DialogCode.Rejected
    assert case.saved() == saved
