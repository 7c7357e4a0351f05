"""Repositories for self-experiments (with their daily adherence) and reminder times."""

from __future__ import annotations

import builtins
import datetime as dt

from sqlalchemy import delete, select

from cramp_desktop.core.coverage import UNOBSERVED_GAP_DAYS, logged_days_of
from cramp_desktop.core.experiments import Experiment, ExperimentResult, evaluate, running
from cramp_desktop.core.reminders import DEFAULT_TIMES, ReminderKind, ReminderTime
from cramp_desktop.storage.conversions import day_record_from_row, episode_from_row
from cramp_desktop.storage.database import Database
from cramp_desktop.storage.errors import OtherExperimentRunningError, RecordNotFoundError
from cramp_desktop.storage.models import (
    AdherenceDayRow,
    DayRecordRow,
    EpisodeRow,
    ExperimentRow,
    ReminderTimeRow,
    utc_now,
)
from cramp_desktop.storage.queries import translate_errors

_STOPPED_MISSING = "This experiment no longer exists."
_OTHER_RUNNING = "Another experiment is running."


class ExperimentRepository:
    """Experiments, newest first; only one runs at a time (start() enforces it)."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions

    @translate_errors
    def list(self) -> builtins.list[Experiment]:
        query = select(ExperimentRow).order_by(
            ExperimentRow.start_on.desc(), ExperimentRow.id.desc()
        )
        with self._sessions.begin() as session:
            return [_experiment(row) for row in session.scalars(query)]

    @translate_errors
    def running(self, today: dt.date) -> Experiment | None:
        return running(self.list(), today)

    @translate_errors
    def start(self, experiment: Experiment, today: dt.date) -> Experiment:
        """Save a new experiment; one still running is stopped on the day before `today`
        (or removed, if it had not begun yet), in the same transaction."""
        with self._sessions.begin() as session:
            for row in session.scalars(
                select(ExperimentRow).where(ExperimentRow.stopped_on.is_(None))
            ):
                if _experiment(row).is_running(today):
                    if row.start_on >= today:
                        session.delete(row)
                    else:
                        row.stopped_on = today - dt.timedelta(days=1)
            row = ExperimentRow(
                id=experiment.id,
                measure=experiment.measure_id,
                start_on=experiment.start,
                weeks=experiment.weeks,
                stopped_on=experiment.stopped_on,
                created_at=utc_now(),
            )
            session.add(row)
            session.flush()
            return _experiment(row)

    @translate_errors
    def stop(self, experiment_id: int, last_day: dt.date) -> Experiment:
        """End early: `last_day` is the last day tried."""
        with self._sessions.begin() as session:
            row = session.get(ExperimentRow, experiment_id)
            if row is None:
                raise RecordNotFoundError(_STOPPED_MISSING)
            row.stopped_on = max(last_day, row.start_on - dt.timedelta(days=1))
            session.flush()
            return _experiment(row)

    @translate_errors
    def resume(self, experiment_id: int, today: dt.date) -> Experiment:
        """Undo a stop: the experiment runs to its planned end again, unless another one
        runs now (OtherExperimentRunningError: only one runs at a time)."""
        with self._sessions.begin() as session:
            row = session.get(ExperimentRow, experiment_id)
            if row is None:
                raise RecordNotFoundError(_STOPPED_MISSING)
            others = session.scalars(select(ExperimentRow).where(ExperimentRow.id != experiment_id))
            if running([_experiment(other) for other in others], today) is not None:
                raise OtherExperimentRunningError(_OTHER_RUNNING)
            row.stopped_on = None
            session.flush()
            return _experiment(row)

    @translate_errors
    def delete(self, experiment_id: int) -> None:
        with self._sessions.begin() as session:
            row = session.get(ExperimentRow, experiment_id)
            if row is None:
                raise RecordNotFoundError(_STOPPED_MISSING)
            session.delete(row)

    @translate_errors
    def result(self, experiment: Experiment, today: dt.date) -> ExperimentResult:
        """Baseline against trial, evaluated in core over the diary around them."""
        first, _ = experiment.baseline
        # Logged days beyond both ends too: a gap is measured over the whole diary.
        margin = dt.timedelta(days=UNOBSERVED_GAP_DAYS + 1)
        low, high = first - margin, experiment.end + margin
        episodes_query = select(EpisodeRow).where(
            EpisodeRow.started_at_utc >= dt.datetime.combine(low, dt.time(0)),
            EpisodeRow.started_at_utc < dt.datetime.combine(high, dt.time(0)),
        )
        days_query = select(DayRecordRow).where(DayRecordRow.day >= low, DayRecordRow.day <= high)
        with self._sessions.begin() as session:
            episodes = [episode_from_row(row) for row in session.scalars(episodes_query)]
            days = [day_record_from_row(row) for row in session.scalars(days_query)]
        adherence = self.adherence(experiment.id) if experiment.id is not None else {}
        return evaluate(experiment, episodes, logged_days_of(episodes, days), adherence, today)

    @translate_errors
    def results_between(
        self, first: dt.date, last: dt.date, today: dt.date
    ) -> builtins.list[ExperimentResult]:
        """Results of the experiments whose trial overlaps `first`..`last`, oldest first."""
        chosen = [e for e in self.list() if e.start <= last and e.end >= first]
        return [self.result(e, today) for e in reversed(chosen)]

    @translate_errors
    def set_adherence(self, experiment_id: int, day: dt.date, done: bool) -> None:
        with self._sessions.begin() as session:
            if session.get(ExperimentRow, experiment_id) is None:
                raise RecordNotFoundError(_STOPPED_MISSING)
            row = session.scalar(
                select(AdherenceDayRow).where(
                    AdherenceDayRow.experiment_id == experiment_id, AdherenceDayRow.day == day
                )
            )
            if row is None:
                session.add(AdherenceDayRow(experiment_id=experiment_id, day=day, done=done))
            else:
                row.done = done

    @translate_errors
    def clear_adherence(self, experiment_id: int, day: dt.date) -> None:
        with self._sessions.begin() as session:
            session.execute(
                delete(AdherenceDayRow).where(
                    AdherenceDayRow.experiment_id == experiment_id, AdherenceDayRow.day == day
                )
            )

    @translate_errors
    def adherence(self, experiment_id: int) -> dict[dt.date, bool]:
        query = select(AdherenceDayRow).where(AdherenceDayRow.experiment_id == experiment_id)
        with self._sessions.begin() as session:
            return {row.day: row.done for row in session.scalars(query)}


class ReminderRepository:
    """The reminder times; a kind never saved has its default (off)."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions

    @translate_errors
    def all(self) -> tuple[ReminderTime, ...]:
        with self._sessions.begin() as session:
            saved = {row.kind: row for row in session.scalars(select(ReminderTimeRow))}
            return tuple(
                default
                if (row := saved.get(default.kind.value)) is None
                else reminder_time_from_row(row)
                for default in DEFAULT_TIMES
            )

    @translate_errors
    def save(self, reminder: ReminderTime) -> None:
        with self._sessions.begin() as session:
            row = session.get(ReminderTimeRow, reminder.kind.value)
            if row is None:
                row = ReminderTimeRow(kind=reminder.kind.value)
                session.add(row)
            row.at = reminder.at.strftime("%H:%M")
            row.enabled = reminder.enabled


def _experiment(row: ExperimentRow) -> Experiment:
    return Experiment(row.measure, row.start_on, row.weeks, row.stopped_on, row.id)


def reminder_time_from_row(row: ReminderTimeRow) -> ReminderTime:
    kind = ReminderKind(row.kind)
    try:
        at = dt.time.fromisoformat(row.at)
    except ValueError:  # a damaged value: keep the default time rather than fail
        at = next(default.at for default in DEFAULT_TIMES if default.kind is kind)
    return ReminderTime(kind, at, row.enabled)
