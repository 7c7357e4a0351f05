"""History's changes as undoable steps: each goes onto the screen's undo stack, and the
status line says what was done and how to undo it (texts of the HistoryScreen context)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLabel

from cramp_desktop.core.episodes import Episode, Medication
from cramp_desktop.core.experiments import Experiment
from cramp_desktop.core.translation import fill
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common import DataEvents
from cramp_desktop.ui.history.commands import (
    DeleteEpisodesCommand,
    EditEpisodeCommand,
    ErrorReporter,
    MedicationCommand,
    StopExperimentCommand,
)


class HistoryChanges:
    """Makes each change undoable on `stack`; `status` says it, naming `undo`'s keys."""

    def __init__(
        self,
        stack: QUndoStack,
        undo: QAction,
        status: QLabel,
        repositories: Repositories,
        events: DataEvents,
        report_error: ErrorReporter,
        today: Callable[[], dt.date],
    ) -> None:
        self._stack, self._undo, self._status = stack, undo, status
        self._repositories, self._events = repositories, events
        self._report_error = report_error
        self._today = today

    def episode_edited(self, before: Episode, after: Episode) -> None:
        text = QCoreApplication.translate("HistoryScreen", "Episode changed. Undo with %1.")
        self._push(
            EditEpisodeCommand(self._repositories, self._events, before, after, self._report_error),
            fill(text, [self._undo_keys()]),
        )

    def episodes_deleted(self, deleted: Sequence[Episode]) -> None:
        text = QCoreApplication.translate("HistoryScreen", "Episodes deleted: %1. Undo with %2.")
        self._push(
            DeleteEpisodesCommand(self._repositories, self._events, deleted, self._report_error),
            fill(text, [QLocale().toString(len(deleted)), self._undo_keys()]),
        )

    def medication_changed(self, before: Medication | None, after: Medication | None) -> None:
        self._push_done(
            MedicationCommand(self._repositories, self._events, before, after, self._report_error)
        )

    def experiment_stopped(self, stopped: Experiment) -> None:
        self._push_done(
            StopExperimentCommand(
                self._repositories, self._events, stopped, self._today, self._report_error
            )
        )

    def _push_done(self, command: QUndoCommand) -> None:
        text = QCoreApplication.translate("HistoryScreen", "Done: %1. Undo with %2.")
        self._push(command, fill(text, [command.text(), self._undo_keys()]))

    def _push(self, command: QUndoCommand, status: str) -> None:
        self._stack.push(command)
        self._status.setText(status)

    def _undo_keys(self) -> str:
        return self._undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
