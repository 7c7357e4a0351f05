"""Set up a self-experiment: the measure, a start date, a length, and whether the diary
before the start is complete enough to compare with (else it proposes keeping it first)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop.core.experiments import (
    DEFAULT_WEEKS,
    MAX_WEEKS,
    MEASURES,
    MEASURES_BY_ID,
    MIN_OBSERVED_DAYS,
    MIN_WEEKS,
    Experiment,
)
from cramp_desktop.core.red_flags import source_label
from cramp_desktop.core.reminders import ReminderKind
from cramp_desktop.core.translation import fill
from cramp_desktop.storage.errors import StorageError, user_text
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common import (
    DataEvents,
    DiscardGuard,
    FieldMessage,
    body_label,
    confirmed,
    from_qdate,
    heading_label,
    named,
    to_qdate,
)


def measure_title(measure_id: str) -> str:
    return QCoreApplication.translate("Experiments", MEASURES_BY_ID[measure_id].title)


class ExperimentSetupDialog(QDialog):
    """Emits `started` with the saved experiment."""

    started = Signal(object)

    def __init__(
        self,
        repositories: Repositories,
        events: DataEvents,
        today: dt.date,
        measure_id: str | None = None,
        *,
        evening_reminder_available: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repositories = repositories
        self._events = events
        self._today = today
        self.setWindowTitle(self.tr("Try one thing for a few weeks"))
        self.intro = body_label(
            self.tr(
                "Try one measure and compare your diary while trying it with the same number "
                "of weeks just before. Answer “Last night?” every morning: days without any "
                "entry for 14 days or more cannot be compared."
            )
        )
        self.measure = QComboBox()
        for measure in MEASURES:
            self.measure.addItem(measure_title(measure.id), measure.id)
        if measure_id is not None:
            self.measure.setCurrentIndex(self.measure.findData(measure_id))
        self.start = QDateEdit(to_qdate(today))
        self.start.setCalendarPopup(True)
        self.start.setMinimumDate(to_qdate(today - dt.timedelta(days=7)))
        self.start.setMaximumDate(to_qdate(today + dt.timedelta(days=MAX_WEEKS * 7)))
        self.weeks = QSpinBox()
        self.weeks.setRange(MIN_WEEKS, MAX_WEEKS)
        self.weeks.setValue(DEFAULT_WEEKS)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.evening = named(
            QCheckBox(self.tr("Remind me in the &evening")), self.tr("Remind me in the evening")
        )
        self.evening.setVisible(evening_reminder_available)
        self.sources = body_label()
        self.baseline_heading = heading_label(scale=1.05)
        self.baseline = body_label()
        self.message = FieldMessage()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Measure:"), named(self.measure, self.tr("Measure")))
        form.addRow(self.tr("&Start on:"), named(self.start, self.tr("Start on")))
        form.addRow(self.tr("&Length:"), named(self.weeks, self.tr("Length in weeks")))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = QPushButton()
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setDefault(True)
        self.buttons.accepted.connect(self.start_experiment)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.sources)
        layout.addWidget(self.evening)
        layout.addWidget(self.baseline_heading)
        layout.addWidget(self.baseline)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for signal in (self.measure.currentIndexChanged, self.start.dateChanged):
            signal.connect(self.update_baseline)
        self.weeks.valueChanged.connect(self.update_baseline)
        self.update_baseline()
        self.discard_guard = DiscardGuard(self, self.buttons)

    def experiment(self) -> Experiment:
        return Experiment(
            str(self.measure.currentData()), from_qdate(self.start.date()), self.weeks.value()
        )

    def update_baseline(self) -> None:
        experiment = self.experiment()
        keys = ", ".join(
            source_label(key, QCoreApplication.translate) for key in experiment.measure.sources
        )
        self.sources.setText(fill(self.tr("Sources: %1"), [keys]))
        self.baseline_heading.setText(self.tr("The weeks before"))
        try:
            observed = self._repositories.experiments.result(experiment, self._today)
        except StorageError as error:
            self.message.show_message(user_text(error, QCoreApplication.translate))
            return
        days = observed.baseline.observed_days
        self.enough = days >= MIN_OBSERVED_DAYS
        if self.enough:
            text = self.tr(
                "Your diary has %1 observed days in the %2 weeks before the start: enough to "
                "compare with."
            )
            self.start_button.setText(self.tr("S&tart"))
            named(self.start_button, self.tr("Start"))
        else:
            text = self.tr(
                "Your diary has only %1 observed days in the %2 weeks before the start; a fair "
                "comparison needs at least 14. We suggest keeping the diary first (answer "
                "“Last night?” each morning, also after quiet nights) or choosing a later "
                "start. Without it, the result can only be “no clear difference”."
            )
            self.start_button.setText(self.tr("S&tart anyway"))
            named(self.start_button, self.tr("Start anyway"))
        self.baseline.setText(fill(text, [str(days), str(experiment.weeks)]))

    def start_experiment(self) -> None:
        self.message.clear()
        experiment = self.experiment()
        try:
            current = self._repositories.experiments.running(self._today)
            if current is not None and not self._confirm_replacing(current):
                return
            saved = self._repositories.experiments.start(experiment, self._today)
            if self.evening.isVisibleTo(self) and self.evening.isChecked():
                evening = next(
                    r for r in self._repositories.reminders.all() if r.kind is ReminderKind.EVENING
                )
                self._repositories.reminders.save(replace(evening, enabled=True))
        except StorageError as error:
            self.message.show_message(user_text(error, QCoreApplication.translate))
            return
        self._events.experiments_changed.emit()
        self.started.emit(saved)
        self.accept()

    def _confirm_replacing(self, current: Experiment) -> bool:
        return confirmed(
            self,
            self.tr("Stop the current experiment?"),
            fill(
                self.tr(
                    "You are already trying “%1”. Only one measure can be tried at a time, so "
                    "its result stays fair. Stop it and start “%2”?"
                ),
                [measure_title(current.measure_id), self.measure.currentText()],
            ),
        )
