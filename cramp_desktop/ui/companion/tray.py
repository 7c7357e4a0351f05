"""The tray icon and the reminders: Log a cramp, Last night?, Open, Quit; the morning
and evening reminders as tray messages (clicking one opens Today's morning card); and
closing the window keeps the app in the tray while reminders are on (told once).

Built after the first paint, and only where a system tray exists: elsewhere nothing
changes (no reminders, closing quits). The schedule itself is core/reminders.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from cramp_desktop import preferences
from cramp_desktop.core.reminders import ReminderKind, ReminderTime, due, next_check
from cramp_desktop.storage.errors import StorageError
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common import local_now
from cramp_desktop.ui.shell import MainWindow
from cramp_desktop.ui.today import needs_answer

# The day each reminder was last shown.
LAST_SHOWN = {
    ReminderKind.MORNING: preferences.MORNING_REMINDER_SHOWN,
    ReminderKind.EVENING: preferences.EVENING_REMINDER_SHOWN,
}


class TrayService(QObject):
    """Owns the tray icon and the reminder timer for one run (tests pass a subclass of
    QSystemTrayIcon as `tray`: offscreen Qt has no system tray)."""

    def __init__(
        self,
        window: MainWindow,
        repositories: Callable[[], Repositories | None],
        settings: QSettings,
        *,
        tray: QSystemTrayIcon,
        open_today: Callable[[], None],
        log_cramp: Callable[[], None],
        now: Callable[[], dt.datetime] = local_now,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._repositories = repositories
        self._settings = settings
        self._open_today = open_today
        self._now = now
        self._quitting = False
        self.tray = tray
        self.menu = QMenu()
        self.log_action = QAction(self.menu)
        self.last_night_action = QAction(self.menu)
        self.open_action = QAction(self.menu)
        self.quit_action = QAction(self.menu)
        self.log_action.triggered.connect(log_cramp)
        self.last_night_action.triggered.connect(self.show_morning_card)
        self.open_action.triggered.connect(self.open_window)
        self.quit_action.triggered.connect(self.quit)
        self.menu.addActions([self.log_action, self.last_night_action, self.open_action])
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self._retranslate()
        tray.setIcon(QApplication.windowIcon())
        tray.setContextMenu(self.menu)
        tray.messageClicked.connect(self.show_morning_card)
        tray.show()
        # The window's Quit really quits; only its close button keeps the app in the tray.
        if not window.property("quitRewired"):
            window.quit_action.triggered.disconnect(window.close)
            window.setProperty("quitRewired", True)
        window.quit_action.triggered.connect(self.quit)
        window.installEventFilter(self)
        QApplication.setQuitOnLastWindowClosed(False)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.check()

    def _retranslate(self) -> None:
        self.log_action.setText(self.tr("&Log a cramp…"))
        self.last_night_action.setText(self.tr("Last &night?"))
        self.open_action.setText(self.tr("&Open Leg Cramp Companion"))
        self.quit_action.setText(self.tr("&Quit"))
        self.tray.setToolTip(QCoreApplication.translate("MainWindow", "Leg Cramp Companion"))

    # -- reminders --------------------------------------------------------------------
    def reminder_times(self) -> tuple[ReminderTime, ...]:
        repositories = self._repositories()
        if repositories is None:
            return ()
        try:
            return repositories.reminders.all()
        except StorageError:
            return ()

    def reminders_on(self) -> bool:
        return any(reminder.enabled for reminder in self.reminder_times())

    def last_shown(self) -> dict[ReminderKind, dt.date]:
        shown = {}
        for kind, preference in LAST_SHOWN.items():
            day = preference.get(self._settings)
            if day is not None:
                shown[kind] = day
        return shown

    def check(self) -> None:
        """Show what is due now, then wait until the next reminder (at most CHECK_EVERY)."""
        times, now = self.reminder_times(), self._now()
        shown = self.last_shown()
        for kind in due(times, now, shown):
            LAST_SHOWN[kind].set(self._settings, now.date())
            shown[kind] = now.date()
            message = self._message(kind, now)
            if message is not None:
                self.tray.showMessage(*message)
        self.timer.start(int(next_check(times, now, shown).total_seconds() * 1000))

    def _message(self, kind: ReminderKind, now: dt.datetime) -> tuple[str, str] | None:
        repositories = self._repositories()
        if repositories is None:
            return None
        try:
            if kind is ReminderKind.MORNING:
                if not needs_answer(repositories, self._settings, now.date(), now):
                    return None  # the morning is already answered
                return self.tr("Last night?"), self.tr(
                    "No cramps, or had cramps? Click here to answer in a moment."
                )
            experiment = repositories.experiments.running(now.date())
        except StorageError:
            return None
        if experiment is None or now.date() < experiment.start:
            return None
        title = QCoreApplication.translate("Experiments", experiment.measure.title)
        return title, QCoreApplication.translate("Experiments", experiment.measure.evening_reminder)

    # -- window -----------------------------------------------------------------------
    def open_window(self) -> None:
        self._window.show()
        self._window.bring_to_front()

    def show_morning_card(self) -> None:
        self.open_window()
        self._open_today()

    def quit(self) -> None:
        self._quitting = True
        self._window.close()
        QApplication.quit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            if not self._quitting and self.reminders_on():
                event.ignore()
                self._window.hide()
                self._tell_once()
                return True
            QTimer.singleShot(0, QApplication.quit)  # quitting on close is ours to do now
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return super().eventFilter(watched, event)

    def _tell_once(self) -> None:
        if preferences.TOLD_CLOSE_TO_TRAY.get(self._settings):
            return
        preferences.TOLD_CLOSE_TO_TRAY.set(self._settings, True)
        self.tray.showMessage(
            self.tr("Still here for your reminders"),
            self.tr(
                "Leg Cramp Companion keeps running in the tray while reminders are on. To "
                "close it completely, choose Quit in the tray menu or the File menu."
            ),
        )

    def close(self) -> None:
        """Remove the icon (when the app quits)."""
        self.timer.stop()
        self.tray.hide()
        QApplication.setQuitOnLastWindowClosed(True)


def system_tray(parent: QObject) -> QSystemTrayIcon | None:
    """The system's tray icon, or None where there is no tray (then nothing changes)."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    return QSystemTrayIcon(parent)
