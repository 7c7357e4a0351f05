"""The log dialog driven by keyboard and mouse, on a real database and real settings."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialog, QScrollBar, QWidget

from cramp_desktop import preferences
from cramp_desktop.core.episodes import (
    Context,
    Episode,
    Muscle,
    Side,
    Soreness,
    Symptom,
    Trigger,
)
from cramp_desktop.storage.database import Database
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common.data_events import DataEvents
from cramp_desktop.ui.common.local_time import last_night_start
from cramp_desktop.ui.episode.log_dialog import (
    LogCrampDialog,
)

NOW = dt.datetime(2024, 6, 12, 9, 30, 20).astimezone()


def open_dialog(qtbot, repositories, events, settings, **kwargs) -> LogCrampDialog:  # type: ignore[no-untyped-def]
    kwargs.setdefault("now", lambda: NOW)
    dialog = LogCrampDialog(repositories, events, settings, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.severity.spin)
    return dialog


def press(qtbot, *keys: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    for key in keys:
        qtbot.keyClick(QApplication.focusWidget(), key)


def validation_text(message: str) -> str:
    return QCoreApplication.translate("Validation", message)


def test_three_keystrokes_log_a_cramp_with_remembered_muscle_and_side(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    settings.setValue(preferences.LAST_MUSCLE.key, "foot")
    settings.setValue(preferences.LAST_SIDE.key, "right")
    dialog = open_dialog(qtbot, repositories, events, settings)
    with qtbot.waitSignal(dialog.saved) as saved, qtbot.waitSignal(events.episodes_changed):
        press(qtbot, Qt.Key.Key_7, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [episode] = repositories.episodes.all()
    assert saved.args == [episode]
    assert episode.severity == 7
    assert episode.started_at == NOW.replace(second=0)
    assert (episode.muscle, episode.side) == (Muscle.FOOT, Side.RIGHT)
    assert episode.duration_s == 60 and episode.context == Context.REST
    assert episode.logged_late is False


def test_the_muscle_and_side_saved_last_become_the_next_defaults(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    dialog = open_dialog(qtbot, repositories, events, settings)
    dialog.muscle.setCurrentIndex(dialog.muscle.findData("shin"))
    dialog.side.setCurrentIndex(dialog.side.findData("both"))
    press(qtbot, Qt.Key.Key_4, Qt.Key.Key_Enter)
    assert (
        settings.value(preferences.LAST_MUSCLE.key),
        settings.value(preferences.LAST_SIDE.key),
    ) == ("shin", "both")
    again = open_dialog(qtbot, repositories, events, settings)
    assert (again.muscle.currentData(), again.side.currentData()) == ("shin", "both")


def test_ten_is_reachable_by_keyboard(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    dialog = open_dialog(qtbot, repositories, events, settings)
    press(qtbot, Qt.Key.Key_1, Qt.Key.Key_0)
    assert dialog.severity.value() == 10
    assert dialog.severity.buttons[10].isChecked()
    press(qtbot, Qt.Key.Key_Return)
    assert [e.severity for e in repositories.episodes.all()] == [10]


def test_enter_without_a_severity_asks_for_one_and_saves_nothing(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    dialog = open_dialog(qtbot, repositories, events, settings)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "0 to 10" in dialog.messages["severity"].text()
    assert repositories.episodes.count() == 0


def test_clicking_a_severity_button_sets_it(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    dialog = open_dialog(qtbot, repositories, events, settings)
    qtbot.mouseClick(dialog.severity.buttons[3], Qt.MouseButton.LeftButton)
    assert dialog.severity.value() == 3


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (dt.datetime(2024, 6, 12, 9, 30), dt.datetime(2024, 6, 12, 3, 0)),
        (dt.datetime(2024, 6, 12, 2, 15), dt.datetime(2024, 6, 11, 3, 0)),
    ],
)
def test_last_night_sets_three_o_clock_and_woke_me_from_sleep(
    qtbot,
    repositories: Repositories,
    events: DataEvents,
    settings: QSettings,
    now: dt.datetime,
    expected: dt.datetime,
) -> None:
    assert last_night_start(now.astimezone()) == expected.astimezone()
    dialog = open_dialog(qtbot, repositories, events, settings, now=lambda: now.astimezone())
    qtbot.mouseClick(dialog.preset_buttons["night"], Qt.MouseButton.LeftButton)
    assert dialog.context.currentData() == Context.SLEEP.value
    dialog.severity.set_value(5)
    dialog.accept()
    [episode] = repositories.episodes.all()
    assert episode.started_at == expected.astimezone()
    assert episode.context == Context.SLEEP
    assert episode.logged_late is True


def test_a_future_time_typed_in_shows_a_message_next_to_the_field(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    dialog = open_dialog(qtbot, repositories, events, settings)
    press(qtbot, Qt.Key.Key_5)
    dialog.when.setFocus()
    dialog.when.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(dialog.when, "11")  # 11:30 while it is 09:30
    assert dialog.when.dateTime().time().hour() == 11
    press(qtbot, Qt.Key.Key_Return)
    expected = validation_text("The start time is in the future. Choose a time up to now.")
    assert dialog.messages["started_at"].text() == expected
    assert dialog.messages["started_at"].isVisible()
    assert dialog.when.accessibleDescription() == expected
    assert QApplication.focusWidget() is dialog.when
    assert dialog.isVisible() and repositories.episodes.count() == 0


def test_a_duration_over_24_hours_is_refused(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    dialog = open_dialog(qtbot, repositories, events, settings)
    press(qtbot, Qt.Key.Key_5)
    dialog.minutes.setFocus()
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "1500")
    press(qtbot, Qt.Key.Key_Return)
    expected = validation_text("A cramp cannot last more than 24 hours. Check the duration.")
    assert dialog.messages["duration_s"].text() == expected
    assert QApplication.focusWidget() is dialog.minutes
    assert repositories.episodes.count() == 0
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "2")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.messages["duration_s"].isVisible()
    assert [e.duration_s for e in repositories.episodes.all()] == [120]


def test_an_entry_two_hours_later_is_marked_as_logged_late(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    dialog = open_dialog(qtbot, repositories, events, settings)
    assert not dialog.late_note.isVisible()
    qtbot.mouseClick(dialog.preset_buttons["1h"], Qt.MouseButton.LeftButton)
    assert not dialog.late_note.isVisible()  # one hour is not yet "later"
    dialog.when.setDateTime(dialog.when.dateTime().addSecs(-3600))
    assert dialog.late_note.isVisible()
    assert "logged later" in dialog.late_note.text()
    dialog.severity.set_value(2)
    dialog.accept()
    [episode] = repositories.episodes.all()
    assert episode.logged_late is True
    assert episode.started_at == NOW.replace(second=0) - dt.timedelta(hours=2)


def test_details_are_folded_and_open_from_the_keyboard(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    dialog = open_dialog(qtbot, repositories, events, settings)
    assert not dialog.details.isVisible()
    dialog.details_toggle.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.details.isVisible()
    dialog.severity.set_value(6)
    dialog.details.sleep.setValue(7)
    dialog.details.triggers.boxes[Trigger.HEAT].setChecked(True)
    dialog.details.soreness.setCurrentIndex(dialog.details.soreness.findData("next-day"))
    long_note = "Woke up at 3.\n" * 2000
    dialog.details.notes.setPlainText(long_note)
    dialog.accept()
    [episode] = repositories.episodes.all()
    assert episode.sleep_disturbance == 7
    assert episode.triggers == frozenset({Trigger.HEAT})
    assert episode.soreness == Soreness.NEXT_DAY
    assert episode.notes == long_note


def test_editing_fills_every_field_and_keeps_the_id(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    stored = repositories.episodes.add(
        Episode(
            started_at=NOW - dt.timedelta(days=1),
            duration_s=95,
            severity=8,
            muscle=Muscle.THIGH_BACK,
            side=Side.BOTH,
            context=Context.EXERCISE,
            sleep_disturbance=4,
            triggers=frozenset({Trigger.HARD_EXERCISE}),
            symptoms=frozenset({Symptom.NUMBNESS}),
            notes="after the run",
            logged_late=True,
        )
    )
    dialog = open_dialog(qtbot, repositories, events, settings, episode=stored)
    assert dialog.windowTitle() == "Edit a cramp"
    assert dialog.severity.value() == 8
    assert (dialog.minutes.value(), dialog.seconds.value()) == (1, 35)
    assert dialog.muscle.currentData() == "thigh-back"
    assert dialog.context.currentData() == "exercise"
    assert dialog.details.isVisible()
    assert dialog.details.notes.toPlainText() == "after the run"
    assert dialog.details.triggers.boxes[Trigger.HARD_EXERCISE].isChecked()
    assert dialog.late_note.isVisible()
    press(qtbot, Qt.Key.Key_3)
    with qtbot.waitSignal(dialog.saved) as saved:
        press(qtbot, Qt.Key.Key_Return)
    [episode] = repositories.episodes.all()
    assert saved.args == [episode]
    assert episode.id == stored.id and episode.severity == 3
    assert episode.logged_late is True
    assert episode.created_at == stored.created_at
    assert episode.notes == "after the run" and episode.sleep_disturbance == 4


def test_a_storage_failure_keeps_the_dialog_and_the_entry(
    qtbot,
    repositories: Repositories,
    database: Database,
    events: DataEvents,
    settings: QSettings,
) -> None:
    with sqlite3.connect(database.path) as connection:
        connection.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON episode "
            "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"
        )
    dialog = open_dialog(qtbot, repositories, events, settings)
    press(qtbot, Qt.Key.Key_6, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "still here" in dialog.general_message.text()
    assert dialog.severity.value() == 6
    assert repositories.episodes.count() == 0
    with sqlite3.connect(database.path) as connection:
        connection.execute("DROP TRIGGER refuse")
    press(qtbot, Qt.Key.Key_Return)
    assert [e.severity for e in repositories.episodes.all()] == [6]


def test_tab_reaches_every_control_in_order_and_each_has_a_name(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    dialog = open_dialog(qtbot, repositories, events, settings)
    dialog.set_details_shown(True)
    expected = [*dialog.focus_chain(), dialog.save_button, dialog.buttons.buttons()[-1]]
    reached: list[QWidget] = [QApplication.focusWidget()]
    for _ in range(len(expected) + 10):  # Tab also steps through the date-time sections
        press(qtbot, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not reached[-1]:
            reached.append(QApplication.focusWidget())
        if reached[-1] is expected[-1]:
            break
    assert reached == expected
    focusable = [
        w
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isVisibleTo(dialog)
        and not isinstance(w, QScrollBar)
        and not w.objectName().startswith("qt_")
    ]
    assert set(focusable) <= set(expected)
    assert [type(w).__name__ for w in focusable if not w.accessibleName()] == []


def test_escape_asks_before_discarding_changes_and_closes_at_once_without(  # type: ignore[no-untyped-def]
    qtbot, repositories, events, settings, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]

    def question(_parent, title, _text, *_args):  # type: ignore[no-untyped-def]
        asked.append(title)
        return answers[len(asked) - 1]

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = open_dialog(qtbot, repositories, events, settings)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()  # nothing changed: no question
    dialog = open_dialog(qtbot, repositories, events, settings)
    qtbot.keyClicks(dialog.severity.spin, "7")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard your changes?"] and dialog.isVisible()  # Cancel keeps it
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not dialog.isVisible()
    assert repositories.episodes.count() == 0


def test_each_log_dialog_is_deleted_after_it_closes(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    application = make_app()
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitUntil(lambda: application.repositories is not None)
    for _ in range(3):
        application.window.log_action.trigger()
        dialog = application.window.findChild(LogCrampDialog)
        qtbot.waitExposed(dialog)
        dialog.reject()
        QApplication.sendPostedEvents(None, 0)
        QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: application.window.findChildren(LogCrampDialog) == [])


def test_nothing_tried_and_helped_is_refused_next_to_the_answer(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    from cramp_desktop.core.episodes import Relief, ReliefHelped

    dialog = open_dialog(qtbot, repositories, events, settings)
    dialog.severity.set_value(5)
    dialog.set_details_shown(True)
    dialog.details.relief.boxes[Relief.NONE].setChecked(True)
    helped = dialog.details.relief_helped
    helped.setCurrentIndex(helped.findData(ReliefHelped.YES.value))
    dialog.accept()
    assert dialog.isVisible() and repositories.episodes.all() == []
    message = dialog.messages["relief_helped"]
    assert message.text() == validation_text(
        "Nothing was tried, so whether it helped must be left empty. Empty it, or choose what "
        "was tried."
    )
    assert QApplication.focusWidget() is helped
    helped.setCurrentIndex(0)  # not recorded
    dialog.accept()
    [saved] = repositories.episodes.all()
    assert saved.relief == frozenset({Relief.NONE}) and saved.relief_helped is None
