"""History's "Experiments" tab: every experiment, newest first, with its result, a way
to start one ("Try something for a few weeks…") and to stop the one running."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop.core.experiments import Experiment
from cramp_desktop.core.translation import fill
from cramp_desktop.storage.errors import StorageError, user_text
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common import DataEvents, FieldMessage, body_label, confirmed, named
from cramp_desktop.ui.experiments.result_view import (
    ExperimentResultDialog,
    ExperimentResultView,
    app_wording,
)


class ExperimentsTab(QWidget):
    """`try_requested` asks the app to open the set-up (it knows about reminders);
    `stopped` carries the Experiment as stopped (History makes that undoable)."""

    try_requested = Signal()
    stopped = Signal(object)

    def __init__(
        self,
        repositories: Repositories,
        events: DataEvents,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repositories = repositories
        self._events = events
        self._today = today
        self.intro = body_label(
            self.tr(
                "Try one measure at a time and compare it fairly with the weeks before. "
                "Your past experiments are listed here."
            )
        )
        self.list = named(QListWidget(), self.tr("Experiments"))
        self.list.setWordWrap(True)  # long measure names at large text: wrapped, not cut
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view = ExperimentResultView()
        self.try_button = named(
            QPushButton(self.tr("Try something for a few &weeks…")),
            self.tr("Try something for a few weeks"),
        )
        self.stop_button = named(
            QPushButton(self.tr("&Stop this experiment")), self.tr("Stop this experiment")
        )
        self.message = FieldMessage()
        self.try_button.clicked.connect(self.try_requested)
        self.stop_button.clicked.connect(self.stop_selected)
        self.list.currentRowChanged.connect(self._show_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.try_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addWidget(self.view, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        self._experiments: list[Experiment] = []
        events.experiments_changed.connect(self.refresh)
        events.episodes_changed.connect(self.refresh)
        events.days_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        words = app_wording()
        try:
            self._experiments = self._repositories.experiments.list()
        except StorageError as error:
            self.message.show_message(user_text(error, QCoreApplication.translate))
            return
        self.message.clear()
        self.list.clear()
        for experiment in self._experiments:
            title = QCoreApplication.translate("Experiments", experiment.measure.title)
            when = fill(
                self.tr("%1 to %2"), [words.date(experiment.start), words.date(experiment.end)]
            )
            item = QListWidgetItem(f"{title}\n{when}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {when}")
            self.list.addItem(item)
        self.view.setVisible(bool(self._experiments))
        if self._experiments:
            self.list.setCurrentRow(0)
        else:
            self.stop_button.setEnabled(False)

    def _show_selected(self, row: int) -> None:
        if not 0 <= row < len(self._experiments):
            return
        experiment = self._experiments[row]
        self.stop_button.setEnabled(experiment.is_running(self._today()))
        try:
            self.view.show_result(self._repositories.experiments.result(experiment, self._today()))
        except StorageError as error:
            self.message.show_message(user_text(error, QCoreApplication.translate))

    def stop_selected(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._experiments) or self._experiments[row].id is None:
            return
        experiment, today = self._experiments[row], self._today()
        if not confirmed(
            self,
            self.tr("Stop this experiment?"),
            self.tr(
                "Stop now? Its result will compare only the days tried so far, so it may well "
                "be “no clear difference”."
            ),
        ):
            return
        try:
            assert experiment.id is not None
            stopped = self._repositories.experiments.stop(
                experiment.id, today - dt.timedelta(days=1)
            )
            result = self._repositories.experiments.result(stopped, today)
        except StorageError as error:
            self.message.show_message(user_text(error, QCoreApplication.translate))
            return
        self._events.experiments_changed.emit()  # Today's question and the reminders too
        self.stopped.emit(stopped)
        ExperimentResultDialog(result, self.window()).open()
