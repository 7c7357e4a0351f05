"""What the app adds once its data is open, all loaded after the first paint: the tray
icon and reminders (where a tray exists), Settings → Reminders and start at login, the
one-time start-at-login question, and the experiment set-up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSystemTrayIcon

from cramp_desktop.autostart import Autostart
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common import DataEvents, local_now
from cramp_desktop.ui.companion.reminder_settings import (
    ReminderSettingsDialog,
    ask_start_at_login_once,
)
from cramp_desktop.ui.companion.tray import TrayService
from cramp_desktop.ui.shell import MainWindow


class CompanionFeatures(QObject):
    def __init__(
        self,
        window: MainWindow,
        repositories: Callable[[], Repositories | None],
        settings: QSettings,
        events: DataEvents,
        *,
        tray: QSystemTrayIcon | None,
        autostart: Autostart,
        log_cramp: Callable[[], None],
        ask_start_at_login: bool = True,
        now: Callable[[], dt.datetime] = local_now,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._repositories = repositories
        self._settings = settings
        self._events = events
        self._now = now
        self.autostart = autostart
        self.tray_service = (
            None
            if tray is None
            else TrayService(
                window,
                repositories,
                settings,
                tray=tray,
                open_today=self.open_today,
                log_cramp=log_cramp,
                now=now,
            )
        )
        self.reminders_action = QAction(window)
        self.reminders_action.triggered.connect(self.open_reminder_settings)
        window.add_settings_action(self.reminders_action)
        self._retranslate()
        window.installEventFilter(self)
        if ask_start_at_login:
            ask_start_at_login_once(window, settings, autostart, now().date())

    def open_today(self) -> None:
        """Today, with its "Last night?" card (and the experiment's question)."""
        self._window.show_screen("today")

    def _retranslate(self) -> None:
        self.reminders_action.setText(
            QCoreApplication.translate("CompanionFeatures", "&Reminders and start at login…")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return super().eventFilter(watched, event)

    def open_reminder_settings(self) -> ReminderSettingsDialog | None:
        repositories = self._repositories()
        if repositories is None:
            return None
        dialog = ReminderSettingsDialog(
            repositories,
            self.autostart,
            reminders_available=self.tray_service is not None,
            parent=self._window,
        )
        if self.tray_service is not None:
            dialog.accepted.connect(self.tray_service.check)
        dialog.open()
        return dialog

    def try_experiment(self, measure_id: str | None = None) -> QObject | None:
        """Open the experiment set-up (from the checklist, the advice or History)."""
        repositories = self._repositories()
        if repositories is None:
            return None
        from cramp_desktop.ui.experiments import ExperimentSetupDialog

        dialog = ExperimentSetupDialog(
            repositories,
            self._events,
            self._now().date(),
            measure_id,
            evening_reminder_available=self.tray_service is not None,
            parent=self._window,
        )
        dialog.open()
        return dialog

    def shutdown(self) -> None:
        if self.tray_service is not None:
            self.tray_service.close()
