"""Undoable changes made on the History screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from cramp_desktop.core.episodes import Episode, Medication
from cramp_desktop.core.experiments import Experiment
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.storage.errors import StorageError
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common import DataEvents

ErrorReporter = Callable[[StorageError], None]
_DELETE_ONE = QT_TRANSLATE_NOOP("HistoryCommands", "Delete episode")
_DELETE_MANY = QT_TRANSLATE_NOOP("HistoryCommands", "Delete episodes")
_EDIT = QT_TRANSLATE_NOOP("HistoryCommands", "Change episode")
_ADD_MEDICINE = QT_TRANSLATE_NOOP("HistoryCommands", "Add medicine “%1”")
_CHANGE_MEDICINE = QT_TRANSLATE_NOOP("HistoryCommands", "Change medicine “%1”")
_REMOVE_MEDICINE = QT_TRANSLATE_NOOP("HistoryCommands", "Remove medicine “%1”")
_STOP_EXPERIMENT = QT_TRANSLATE_NOOP("HistoryCommands", "Stop the experiment “%1”")


class DeleteEpisodesCommand(QUndoCommand):
    """Deletes episodes; undo adds them back with the same ids and timestamps.

    The screen deletes first (so it can tell the user at once if that fails) and pushes
    the command with the episodes it deleted; the first redo() is then a no-op.
    """

    def __init__(
        self,
        repositories: Repositories,
        events: DataEvents,
        deleted: Sequence[Episode],
        report_error: ErrorReporter,
    ) -> None:
        super().__init__()
        self._repositories = repositories
        self._events = events
        self._episodes = list(deleted)
        self._report_error = report_error
        self._done = True
        text = _DELETE_ONE if len(self._episodes) == 1 else _DELETE_MANY
        self.setText(QCoreApplication.translate("HistoryCommands", text))

    @property
    def episodes(self) -> list[Episode]:
        return list(self._episodes)

    def redo(self) -> None:
        if self._done:
            return
        try:
            self._episodes = [
                self._repositories.episodes.delete(_id(episode)) for episode in self._episodes
            ]
        except StorageError as error:
            self._fail(error)
            return
        self._done = True
        self._events.episodes_changed.emit()

    def undo(self) -> None:
        if not self._done:
            return
        try:
            self._repositories.episodes.add_many(self._episodes)
        except StorageError as error:
            self._fail(error)
            return
        self._done = False
        self._events.episodes_changed.emit()

    def _fail(self, error: StorageError) -> None:
        self.setObsolete(True)  # the stack drops a command it can no longer apply
        self._report_error(error)
        self._events.episodes_changed.emit()


class EditEpisodeCommand(QUndoCommand):
    """An episode changed in the log dialog: undo stores it as it was, redo as changed.

    The dialog has already saved the change when this is pushed; the first redo() is a
    no-op.
    """

    def __init__(
        self,
        repositories: Repositories,
        events: DataEvents,
        before: Episode,
        after: Episode,
        report_error: ErrorReporter,
    ) -> None:
        super().__init__(QCoreApplication.translate("HistoryCommands", _EDIT))
        self._repositories = repositories
        self._events = events
        self._before, self._after = before, after
        self._report_error = report_error
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._store(self._after)

    def undo(self) -> None:
        self._store(self._before)

    def _store(self, episode: Episode) -> None:
        try:
            self._repositories.episodes.update(episode)
        except StorageError as error:
            self.setObsolete(True)
            self._report_error(error)
        self._events.episodes_changed.emit()


class MedicationCommand(QUndoCommand):
    """A medicine added (`before` None), changed, or removed (`after` None) in the medicine
    list: undo stores `before` (adding a removed one back with its id), redo `after`.

    The list has already saved the change when this is pushed; the first redo() is a no-op.
    """

    def __init__(
        self,
        repositories: Repositories,
        events: DataEvents,
        before: Medication | None,
        after: Medication | None,
        report_error: ErrorReporter,
    ) -> None:
        super().__init__()
        assert before is not None or after is not None, "a change has a before or an after"
        self._repositories = repositories
        self._events = events
        self._before, self._after = before, after
        self._report_error = report_error
        self._first = True
        template = (
            _ADD_MEDICINE
            if before is None
            else _REMOVE_MEDICINE
            if after is None
            else _CHANGE_MEDICINE
        )
        name = (after or before).name  # type: ignore[union-attr]
        self.setText(fill(QCoreApplication.translate("HistoryCommands", template), [name]))

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._store(self._after, self._before)

    def undo(self) -> None:
        self._store(self._before, self._after)

    def _store(self, wanted: Medication | None, current: Medication | None) -> None:
        medications = self._repositories.medications
        try:
            if wanted is None:
                assert current is not None and current.id is not None
                medications.delete(current.id)
            elif current is None:
                medications.add(wanted)  # with its id: later commands still find it
            else:
                medications.update(wanted)
        except StorageError as error:
            self.setObsolete(True)
            self._report_error(error)
        self._events.medications_changed.emit()


class StopExperimentCommand(QUndoCommand):
    """An experiment stopped early in History's Experiments tab: undo lets it run to its
    planned end again (refused while another one runs: only one runs at a time), redo
    stops it on the same day. The tab has already stopped it: the first redo() is a no-op.
    """

    def __init__(
        self,
        repositories: Repositories,
        events: DataEvents,
        stopped: Experiment,
        today: Callable[[], dt.date],
        report_error: ErrorReporter,
    ) -> None:
        super().__init__()
        assert stopped.id is not None and stopped.stopped_on is not None, "a stored stop"
        self._repositories = repositories
        self._events = events
        self._id, self._last_day = stopped.id, stopped.stopped_on
        self._today = today
        self._report_error = report_error
        self._first = True
        title = QCoreApplication.translate("Experiments", stopped.measure.title)
        self.setText(fill(QCoreApplication.translate("HistoryCommands", _STOP_EXPERIMENT), [title]))

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._store(lambda: self._repositories.experiments.stop(self._id, self._last_day))

    def undo(self) -> None:
        self._store(lambda: self._repositories.experiments.resume(self._id, self._today()))

    def _store(self, change: Callable[[], object]) -> None:
        try:
            change()
        except StorageError as error:
            self.setObsolete(True)
            self._report_error(error)
        self._events.experiments_changed.emit()


def delete_episodes(
    repositories: Repositories, events: DataEvents, ids: Sequence[int]
) -> tuple[list[Episode], StorageError | None]:
    """Delete `ids` one by one; returns what was deleted and the error that stopped it."""
    deleted: list[Episode] = []
    for episode_id in ids:
        try:
            deleted.append(repositories.episodes.delete(episode_id))
        except StorageError as error:
            if deleted:
                events.episodes_changed.emit()
            return deleted, error
    if deleted:
        events.episodes_changed.emit()
    return deleted, None


def _id(episode: Episode) -> int:
    assert episode.id is not None, "deleted episodes always have their id"
    return episode.id


def shortcuts(standard: QKeySequence.StandardKey, *fallbacks: str) -> list[QKeySequence]:
    """The platform's keys for `standard` plus `fallbacks` the issue promises everywhere."""
    keys = list(QKeySequence.keyBindings(standard))
    for text in fallbacks:
        if QKeySequence(text) not in keys:
            keys.append(QKeySequence(text))
    return keys


def undo_redo_actions(stack: QUndoStack, widget: QWidget) -> tuple[QAction, QAction]:
    """Undo and redo for `stack`, active while the focus is inside `widget`."""
    undo = stack.createUndoAction(widget)
    undo.setShortcuts(shortcuts(QKeySequence.StandardKey.Undo, "Ctrl+Z"))
    redo = stack.createRedoAction(widget)
    redo.setShortcuts(shortcuts(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"))
    for action in (undo, redo):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        widget.addAction(action)
    return undo, redo
