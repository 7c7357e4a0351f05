"""Every record at once, for the JSON export and import (core/json_format.py).

`read_everything` reads all kinds of records in one read transaction, so an export is one
consistent moment even while the app writes. `import_everything` refuses to replace
records unless asked to, keeps a safety backup of what it replaces, then deletes what is
stored and inserts the new records in one transaction: all of them, or (on any error)
none, and the old data stays as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.orm import Session, selectinload

from cramp_desktop.core.experiments import Experiment, ExperimentRecord
from cramp_desktop.core.json_format import UserData
from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.backups import backup_to, timestamp, unique_path
from cramp_desktop.storage.conversions import (
    answer_row,
    as_utc,
    assessment_from_row,
    day_record_from_row,
    episode_from_row,
    episode_values,
    fill_medication_row,
    join_codes,
    medication_from_row,
    naive_utc,
    to_utc,
)
from cramp_desktop.storage.database import Database
from cramp_desktop.storage.experiments import reminder_time_from_row
from cramp_desktop.storage.models import (
    AdherenceDayRow,
    AssessmentAnswerRow,
    AssessmentRow,
    DayRecordRow,
    EpisodeRow,
    ExperimentRow,
    MedicationRow,
    ReminderTimeRow,
    utc_now,
)
from cramp_desktop.storage.queries import translate_errors

# Children before parents, so deleting never trips a foreign key.
_TABLES = (
    AdherenceDayRow,
    ExperimentRow,
    ReminderTimeRow,
    AssessmentAnswerRow,
    AssessmentRow,
    MedicationRow,
    DayRecordRow,
    EpisodeRow,
)
# Parts of another record, or choices rather than records: not counted.
_NOT_COUNTED = (AdherenceDayRow, AssessmentAnswerRow, ReminderTimeRow)


@translate_errors
def record_count(database: Database) -> int:
    """How many records the user has of any kind (answers count with their checklist)."""
    with database.sessions.begin() as session:
        return sum(
            session.scalar(select(func.count()).select_from(row)) or 0
            for row in _TABLES
            if row not in _NOT_COUNTED
        )


@translate_errors
def read_everything(database: Database) -> UserData:
    """All records, each kind oldest first (medicines in the order they were added)."""
    with database.sessions.begin() as session:
        episodes = session.scalars(
            select(EpisodeRow).order_by(EpisodeRow.started_at_utc, EpisodeRow.id)
        )
        days = session.scalars(select(DayRecordRow).order_by(DayRecordRow.day))
        medications = session.scalars(select(MedicationRow).order_by(MedicationRow.id))
        assessments = session.scalars(
            select(AssessmentRow)
            .options(selectinload(AssessmentRow.answers))
            .order_by(AssessmentRow.completed_at_utc, AssessmentRow.id)
        )
        experiments = session.scalars(
            select(ExperimentRow)
            .options(selectinload(ExperimentRow.adherence))
            .order_by(ExperimentRow.start_on, ExperimentRow.id)
        )
        reminders = session.scalars(select(ReminderTimeRow).order_by(ReminderTimeRow.kind))
        return UserData(
            episodes=tuple(episode_from_row(row) for row in episodes),
            day_records=tuple(day_record_from_row(row) for row in days),
            medications=tuple(medication_from_row(row) for row in medications),
            assessments=tuple(assessment_from_row(row) for row in assessments),
            experiments=tuple(_experiment_record(row) for row in experiments),
            reminder_times=tuple(reminder_time_from_row(row) for row in reminders),
        )


def _experiment_record(row: ExperimentRow) -> ExperimentRecord:
    experiment = Experiment(row.measure, row.start_on, row.weeks, row.stopped_on)
    adherence = tuple((a.day, a.done) for a in row.adherence)
    return ExperimentRecord(experiment, adherence, as_utc(row.created_at))


class ExistingDataError(Exception):
    """The data folder already holds records and replacing them was not asked for."""

    def __init__(self, count: int) -> None:
        super().__init__(f"The data folder already holds {count} records.")
        self.count = count


def import_everything(
    paths: DataPaths, database: Database, data: UserData, *, replace: bool
) -> Path | None:
    """Store `data` instead of every record. Raises ExistingDataError if there are records
    and not `replace`; otherwise backs them up first (a BackupError changes nothing) and
    returns that safety backup (None when there was nothing to replace)."""
    count = record_count(database)
    if count and not replace:
        raise ExistingDataError(count)
    safety = None
    if count:
        name = f"cramp-before-import-{timestamp()}.db"
        safety = backup_to(database.path, unique_path(paths.backups / name))
    replace_everything(database, data)
    return safety


@translate_errors
def replace_everything(database: Database, data: UserData) -> None:
    """Delete every record and store `data` instead, in one transaction."""
    with database.sessions.begin() as session:
        for row in _TABLES:
            session.execute(delete(row))
        _insert(session, data)


def _insert(session: Session, data: UserData) -> None:
    now = utc_now()
    if data.episodes:
        episodes = [
            {
                **episode_values(episode),
                "created_at": naive_utc(episode.created_at) or now,
                "updated_at": naive_utc(episode.updated_at) or now,
            }
            for episode in data.episodes
        ]
        session.execute(insert(cast(Table, EpisodeRow.__table__)), episodes)
    if data.day_records:
        days = [
            {
                "day": record.day,
                "no_cramps": record.no_cramps,
                "triggers": join_codes(record.triggers),
                "created_at": naive_utc(record.created_at) or now,
            }
            for record in data.day_records
        ]
        session.execute(insert(cast(Table, DayRecordRow.__table__)), days)
    for medication in data.medications:
        row = MedicationRow()
        fill_medication_row(row, medication)
        session.add(row)
    for assessment in data.assessments:
        completed_utc, offset = to_utc(assessment.completed_at)
        session.add(
            AssessmentRow(
                completed_at_utc=completed_utc,
                utc_offset_min=offset,
                app_version=assessment.app_version,
                answers=[answer_row(answer) for answer in assessment.answers],
            )
        )
    for record in data.experiments:
        experiment = record.experiment
        session.add(
            ExperimentRow(
                measure=experiment.measure_id,
                start_on=experiment.start,
                weeks=experiment.weeks,
                stopped_on=experiment.stopped_on,
                created_at=naive_utc(record.created_at) or now,
                adherence=[AdherenceDayRow(day=day, done=done) for day, done in record.adherence],
            )
        )
    for reminder in data.reminder_times:
        session.add(
            ReminderTimeRow(
                kind=reminder.kind.value, at=reminder.at.strftime("%H:%M"), enabled=reminder.enabled
            )
        )
    session.flush()
