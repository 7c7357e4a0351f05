"""Settings → Reminders and start at login: the morning and evening reminder times
(hidden where no system tray exists) and start at login, whose state is read from the
system each time; and the one-time question about start at login after a week of use."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QSettings, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QMessageBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop import preferences
from cramp_desktop.autostart import Autostart
from cramp_desktop.core.reminders import ReminderKind, ReminderTime
from cramp_desktop.core.translation import fill
from cramp_desktop.storage.errors import StorageError, user_text
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common import DiscardGuard, FieldMessage, body_label, named

ASK_AFTER = dt.timedelta(days=7)


class ReminderSettingsDialog(QDialog):
    def __init__(
        self,
        repositories: Repositories,
        autostart: Autostart,
        *,
        reminders_available: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repositories = repositories
        self._autostart = autostart
        self.setWindowTitle(self.tr("Reminders and start at login"))
        self.reminders = QGroupBox(self.tr("Reminders"))
        self.morning = named(
            QCheckBox(self.tr("Each &morning, ask “Last night?”")), self.tr("Morning reminder")
        )
        self.evening = named(
            QCheckBox(self.tr("In the &evening, remind me of the measure I am trying")),
            self.tr("Evening reminder"),
        )
        self.morning_time = named(QTimeEdit(), self.tr("Morning reminder time"))
        self.evening_time = named(QTimeEdit(), self.tr("Evening reminder time"))
        note = body_label(
            self.tr(
                "While a reminder is on, closing the window keeps the app running in the tray "
                "so it can remind you. No reminder comes once the morning is answered."
            )
        )
        grid = QGridLayout(self.reminders)
        grid.addWidget(self.morning, 0, 0)
        grid.addWidget(self.morning_time, 0, 1)
        grid.addWidget(self.evening, 1, 0)
        grid.addWidget(self.evening_time, 1, 1)
        grid.addWidget(note, 2, 0, 1, 2)
        self.reminders.setVisible(reminders_available)
        self.start_at_login = named(
            QCheckBox(self.tr("&Start Leg Cramp Companion when I log in")),
            self.tr("Start at login"),
        )
        self.message = FieldMessage()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminders)
        layout.addWidget(self.start_at_login)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._load()
        self.discard_guard = DiscardGuard(self, buttons)

    def _load(self) -> None:
        try:
            times = {reminder.kind: reminder for reminder in self._repositories.reminders.all()}
        except StorageError as error:
            self.message.show_message(user_text(error, QCoreApplication.translate))
            return
        for kind, box, edit in self._rows():
            box.setChecked(times[kind].enabled)
            edit.setTime(QTime(times[kind].at.hour, times[kind].at.minute))
        self.start_at_login.setChecked(self._autostart.is_enabled())

    def _rows(self) -> tuple[tuple[ReminderKind, QCheckBox, QTimeEdit], ...]:
        return (
            (ReminderKind.MORNING, self.morning, self.morning_time),
            (ReminderKind.EVENING, self.evening, self.evening_time),
        )

    def save(self) -> None:
        try:
            if self.reminders.isVisibleTo(self):
                for kind, box, edit in self._rows():
                    at = dt.time(edit.time().hour(), edit.time().minute())
                    self._repositories.reminders.save(ReminderTime(kind, at, box.isChecked()))
            set_start_at_login(self._autostart, self.start_at_login.isChecked())
        except StorageError as error:
            self.message.show_message(user_text(error, QCoreApplication.translate))
            return
        except OSError as error:
            self.message.show_message(
                fill(
                    self.tr("Start at login could not be changed: %1"),
                    [error.strerror or str(error)],
                )
            )
            return
        self.accept()


def set_start_at_login(autostart: Autostart, on: bool) -> None:
    if on:
        autostart.enable()
    else:
        autostart.disable()


def ask_start_at_login_once(
    parent: QWidget, settings: QSettings, autostart: Autostart, today: dt.date
) -> bool:
    """After the first week of use, ask once whether to start at login; True if asked."""
    first_day = preferences.FIRST_USED.get(settings)
    if first_day is None:
        preferences.FIRST_USED.set(settings, today)
        return False
    if preferences.START_AT_LOGIN_ASKED.get(settings) or today - first_day < ASK_AFTER:
        return False
    preferences.START_AT_LOGIN_ASKED.set(settings, True)
    if autostart.is_enabled():
        return False
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("StartAtLogin", "Start when you log in?"),
        QCoreApplication.translate(
            "StartAtLogin",
            "You have used Leg Cramp Companion for a week. Should it start by itself when you "
            "log in, so that morning reminders reach you? You can change this any time in "
            "Settings → Reminders and start at login.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    yes = box.button(QMessageBox.StandardButton.Yes)
    box.finished.connect(lambda _result: _answered(autostart, box.clickedButton() is yes))
    box.open()
    return True


def _answered(autostart: Autostart, yes: bool) -> None:
    if yes:
        try:
            autostart.enable()
        except OSError:
            return  # it stays off; the settings dialog says why if tried there
