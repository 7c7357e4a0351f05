"""After logging: "Cramp saved: 7/10, Calf, Left, 03:55" with Undo, in the status bar.

It never takes the focus (the user goes on where they were); screen readers hear it
as an announcement. It goes away by itself after a while.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from cramp_desktop.core.episodes import Episode
from cramp_desktop.core.local_time import to_local
from cramp_desktop.core.translation import fill
from cramp_desktop.storage.errors import StorageError, user_text
from cramp_desktop.ui.common import DataEvents, announce, code_label

if TYPE_CHECKING:
    from cramp_desktop.storage.repositories import Repositories

SHOWN_MS = 20_000


class SavedNotice(QWidget):
    """Shows the last saved episode with Undo; `show_saved(episode)` after a save."""

    def __init__(
        self,
        repositories: Callable[[], Repositories | None],
        events: DataEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SavedNotice")
        self._repositories = repositories
        self._events = events
        self._episode: Episode | None = None
        self.label = QLabel(self)
        self.undo_button = QPushButton(self)
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click keeps the focus
        self.undo_button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.undo_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOWN_MS)
        self._timer.timeout.connect(self.hide)
        self._retranslate()
        self.hide()

    def show_saved(self, episode: Episode) -> None:
        self._episode = episode
        local = to_local(episode.started_at)
        time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        text = fill(
            self.tr("Cramp saved: %1/10, %2, %3, %4"),
            [
                QLocale().toString(episode.severity),
                code_label(episode.muscle),
                code_label(episode.side),
                time,
            ],
        )
        self._show(text, undo=True)

    def undo(self) -> None:
        repositories = self._repositories()
        if self._episode is None or self._episode.id is None or repositories is None:
            return
        try:
            repositories.episodes.delete(self._episode.id)
        except StorageError as error:
            self._show(user_text(error, QCoreApplication.translate), undo=False)
            return
        self._episode = None
        self._events.episodes_changed.emit()
        self._show(self.tr("The cramp was removed."), undo=False)

    def _show(self, text: str, *, undo: bool) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.undo_button.setVisible(undo)
        self.show()
        self._timer.start()
        announce(self.label, text)

    def _retranslate(self) -> None:
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo: remove the cramp just saved"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
