"""The morning card's extra question while an experiment runs: "Did you stretch before
bed?" (Yes / No), stored under this morning's date; the days not answered are shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cramp_desktop.core.experiments import Experiment
from cramp_desktop.core.translation import fill
from cramp_desktop.storage.errors import StorageError, user_text
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common import DataEvents, FieldMessage, body_label, heading_label, named
from cramp_desktop.ui.experiments.result_view import ExperimentResultDialog


class AdherenceCard(QFrame):
    """Visible while an experiment runs and today's question is unanswered."""

    answered = Signal(bool)

    def __init__(
        self,
        repositories: Repositories,
        events: DataEvents,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AdherenceCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._repositories = repositories
        self._events = events
        self._today = today
        self.experiment: Experiment | None = None
        self.heading = heading_label(scale=1.2)
        self.question = body_label()
        self.missed = body_label()
        self.yes_button = named(QPushButton(self.tr("&Yes")), self.tr("Yes"))
        self.no_button = named(QPushButton(self.tr("N&o, not this time")), self.tr("No"))
        self.yes_button.clicked.connect(lambda: self.answer(True))
        self.no_button.clicked.connect(lambda: self.answer(False))
        self.message = FieldMessage()
        buttons = QHBoxLayout()
        buttons.addWidget(self.yes_button)
        buttons.addWidget(self.no_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        for widget in (self.heading, self.question, self.missed):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.hide()

    def refresh(self) -> None:
        """Show the question if it is due (raises StorageError if the data is unreadable)."""
        today = self._today()
        experiment = self._repositories.experiments.running(today)
        self.experiment = experiment
        if experiment is None or experiment.id is None or today < experiment.start:
            self.hide()
            return
        answers = self._repositories.experiments.adherence(experiment.id)
        if today in answers:
            self.hide()
            return
        title = QCoreApplication.translate("Experiments", experiment.measure.title)
        question = QCoreApplication.translate("Experiments", experiment.measure.question)
        self.heading.setText(fill(self.tr("Your experiment: %1"), [title]))
        self.question.setText(question)
        day = (today - experiment.start).days + 1
        unanswered = sum(
            1 for n in range(day - 1) if experiment.start + dt.timedelta(days=n) not in answers
        )
        self.missed.setText(
            fill(
                self.tr("Day %1 of %2. Days not answered so far: %3."),
                [str(day), str(experiment.weeks * 7), str(unanswered)],
            )
        )
        named(self.yes_button, fill(self.tr("Yes: %1"), [question]))
        named(self.no_button, fill(self.tr("No: %1"), [question]))
        self.setAccessibleName(self.heading.text())
        self.show()

    def answer(self, done: bool) -> None:
        experiment, today = self.experiment, self._today()
        if experiment is None or experiment.id is None:
            return
        try:
            self._repositories.experiments.set_adherence(experiment.id, today, done)
            finished = today >= experiment.planned_end
            after = today + dt.timedelta(days=1)
            result = self._repositories.experiments.result(experiment, after) if finished else None
        except StorageError as error:
            self.message.show_message(user_text(error, QCoreApplication.translate))
            return
        self.message.clear()
        self.hide()
        self.answered.emit(done)
        self._events.experiments_changed.emit()
        if result is not None:  # the last morning: show how it went
            ExperimentResultDialog(result, self.window()).open()
