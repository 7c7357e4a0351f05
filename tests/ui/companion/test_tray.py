"""Tray and reminders with a fake tray (offscreen Qt has none) and a fake clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from cramp_desktop import preferences
from cramp_desktop.autostart import XdgAutostart
from cramp_desktop.core.experiments import Experiment
from cramp_desktop.core.reminders import ReminderKind, ReminderTime
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common.data_events import DataEvents
from cramp_desktop.ui.companion.features import CompanionFeatures
from cramp_desktop.ui.companion.reminder_settings import (
    ask_start_at_login_once,
)
from cramp_desktop.ui.companion.tray import TrayService, system_tray
from cramp_desktop.ui.screens import SCREENS
from cramp_desktop.ui.shell.main_window import MainWindow

ZONE = dt.timezone(dt.timedelta(hours=1))
MORNING = dt.datetime(2026, 2, 10, 8, 0, tzinfo=ZONE)


class FakeTray(QSystemTrayIcon):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []
        self.shown = False

    def show(self) -> None:
        self.shown = True

    def hide(self) -> None:
        self.shown = False

    def showMessage(self, title: str, message: str, *args: object) -> None:
        self.messages.append((title, message))


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.moment = now

    def now(self) -> dt.datetime:
        return self.moment


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(settings, SCREENS, lambda spec: QWidget())
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def service_for(window: MainWindow, repositories: Repositories, settings: QSettings) -> Iterator:
    made: list[TrayService] = []
    opened: list[str] = []

    def make(clock: Clock) -> TrayService:
        service = TrayService(
            window,
            lambda: repositories,
            settings,
            tray=FakeTray(),
            open_today=lambda: opened.append("today"),
            log_cramp=lambda: opened.append("log"),
            now=clock.now,
        )
        service.opened = opened  # type: ignore[attr-defined]
        made.append(service)
        return service

    yield make
    for service in made:
        service.close()


def morning_on(repositories: Repositories, at: dt.time = dt.time(8, 0)) -> None:
    repositories.reminders.save(ReminderTime(ReminderKind.MORNING, at, True))


def test_offscreen_has_no_tray_so_nothing_changes(window: MainWindow) -> None:
    assert system_tray(window) is None


def test_tray_menu_offers_log_last_night_open_and_quit(service_for) -> None:  # type: ignore[no-untyped-def]
    service = service_for(Clock(MORNING))
    texts = [a.text().replace("&", "") for a in service.menu.actions() if not a.isSeparator()]
    assert texts == ["Log a cramp…", "Last night?", "Open Leg Cramp Companion", "Quit"]
    assert service.tray.shown
    service.log_action.trigger()
    service.last_night_action.trigger()
    assert service.opened == ["log", "today"]


def test_morning_reminder_once_and_a_click_opens_the_morning_card(
    service_for, repositories: Repositories
) -> None:  # type: ignore[no-untyped-def]
    morning_on(repositories)
    clock = Clock(MORNING - dt.timedelta(minutes=1))
    service = service_for(clock)
    assert service.tray.messages == []
    assert 0 < service.timer.interval() <= 60_000  # wakes for 08:00
    clock.moment = MORNING
    service.check()
    clock.moment = MORNING + dt.timedelta(minutes=5)
    service.check()
    assert [title for title, _ in service.tray.messages] == ["Last night?"]
    service.tray.messageClicked.emit()
    assert service.opened == ["today"]


def test_no_morning_reminder_when_the_morning_is_answered(
    service_for, repositories: Repositories
) -> None:  # type: ignore[no-untyped-def]
    morning_on(repositories)
    repositories.days.mark_no_cramps(MORNING.date())
    service = service_for(Clock(MORNING + dt.timedelta(minutes=1)))
    assert service.tray.messages == []


def test_the_evening_reminder_names_the_measure_being_tried(
    service_for, repositories: Repositories
) -> None:  # type: ignore[no-untyped-def]
    repositories.reminders.save(ReminderTime(ReminderKind.EVENING, dt.time(21, 0), True))
    evening = MORNING.replace(hour=21, minute=1)
    assert service_for(Clock(evening)).tray.messages == []  # nothing being tried
    repositories.experiments.start(Experiment("stretch-before-bed", MORNING.date()), MORNING.date())
    service = service_for(Clock(evening + dt.timedelta(days=1)))
    assert service.tray.messages == [
        ("Stretching your calves and thighs before bed", "Time for your stretches before bed.")
    ]


def test_closing_keeps_the_app_in_the_tray_only_while_reminders_are_on(
    service_for, window: MainWindow, repositories: Repositories
) -> None:  # type: ignore[no-untyped-def]
    service = service_for(Clock(MORNING.replace(hour=12)))
    assert not QApplication.quitOnLastWindowClosed()
    window.close()
    assert not window.isVisible()  # no reminders: a real close
    window.show()
    morning_on(repositories)
    window.close()
    assert not window.isVisible()  # hidden, still running
    assert [t for t, _ in service.tray.messages] == ["Still here for your reminders"]
    service.open_action.trigger()
    assert window.isVisible()
    window.close()
    assert len(service.tray.messages) == 1  # told once only


def test_quit_from_the_menu_really_closes(service_for, window: MainWindow, repositories) -> None:  # type: ignore[no-untyped-def]
    morning_on(repositories)
    service = service_for(Clock(MORNING.replace(hour=15)))  # past the reminder's grace
    window.quit_action.trigger()
    assert not window.isVisible()
    assert service.tray.messages == []  # quitting is not hiding: nothing to tell


def test_start_at_login_is_asked_once_after_a_week(qtbot, tmp_path: Path, settings, window) -> None:  # type: ignore[no-untyped-def]
    entry = XdgAutostart(["cramp-desktop"], tmp_path / "config")
    day = dt.date(2026, 2, 1)
    assert not ask_start_at_login_once(window, settings, entry, day)  # first use noted
    assert preferences.FIRST_USED.get(settings) == dt.date(2026, 2, 1)
    assert not ask_start_at_login_once(window, settings, entry, day + dt.timedelta(days=6))
    assert ask_start_at_login_once(window, settings, entry, day + dt.timedelta(days=7))
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    box.button(QMessageBox.StandardButton.Yes).click()
    assert entry.is_enabled() and entry.path.is_file()
    assert preferences.START_AT_LOGIN_ASKED.get(settings)
    entry.disable()
    assert not ask_start_at_login_once(window, settings, entry, day + dt.timedelta(days=30))


def test_settings_hide_reminders_without_a_tray_and_read_start_at_login_from_the_system(
    qtbot, tmp_path: Path, settings, window, repositories: Repositories
) -> None:  # type: ignore[no-untyped-def]
    entry = XdgAutostart(["cramp-desktop"], tmp_path / "config")
    features = CompanionFeatures(
        window,
        lambda: repositories,
        settings,
        DataEvents(),
        tray=None,
        autostart=entry,
        log_cramp=lambda: None,
        ask_start_at_login=False,
    )
    assert features.reminders_action in window.settings_menu.actions()
    dialog = features.open_reminder_settings()
    assert dialog is not None
    assert not dialog.reminders.isVisibleTo(dialog)
    assert not dialog.start_at_login.isChecked()
    dialog.start_at_login.setChecked(True)
    dialog.save()
    assert entry.is_enabled()
    entry.disable()  # turned off elsewhere: the dialog believes the system
    again = features.open_reminder_settings()
    assert again is not None and not again.start_at_login.isChecked()
    assert repositories.reminders.all()[0].enabled is False
