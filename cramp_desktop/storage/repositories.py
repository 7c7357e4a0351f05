"""Repositories: one short session per unit of work, plain core types in and out.

Every method opens its own `with self._sessions.begin() as session:` block, converts the
rows to core types inside it and returns plain data, so no session ever outlives a call
(safe for worker threads: each thread just calls the methods).
"""

from __future__ import annotations

import builtins
import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from sqlalchemy import Select, Table, delete, func, select, type_coerce
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.types import NullType

from cramp_desktop.core.coverage import local_day
from cramp_desktop.core.episode_query import EpisodeFilter, EpisodeOrder, EpisodeSortKey
from cramp_desktop.core.episodes import (
    Assessment,
    DayRecord,
    Episode,
    Medication,
    Trigger,
    UnreadableEntry,
)
from cramp_desktop.storage import stored_rows
from cramp_desktop.storage.conversions import (
    answer_row,
    assessment_from_row,
    day_record_from_row,
    episode_from_row,
    fill_episode_row,
    fill_medication_row,
    join_codes,
    medication_from_row,
    to_utc,
)
from cramp_desktop.storage.database import Database
from cramp_desktop.storage.episode_inserts import insert_returning, insert_stream
from cramp_desktop.storage.errors import RecordNotFoundError
from cramp_desktop.storage.experiments import ExperimentRepository, ReminderRepository
from cramp_desktop.storage.models import (
    AssessmentRow,
    DayRecordRow,
    EpisodeRow,
    MedicationRow,
    utc_now,
)
from cramp_desktop.storage.queries import SORT_COLUMNS, filter_conditions, translate_errors

_log = logging.getLogger(__name__)
_T = TypeVar("_T")

OFFSETS_SPAN = dt.timedelta(hours=27)  # UTC-12 to UTC+14, and a minute


class EpisodeRepository:
    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions

    @translate_errors
    def add(self, episode: Episode) -> Episode:
        """Insert; returns the episode with id and timestamps. A given id is kept (undo)."""
        return self.add_many([episode])[0]

    @translate_errors
    def add_many(self, episodes: Sequence[Episode]) -> list[Episode]:
        """Insert all in one transaction: all are saved or none (for imports)."""
        with self._sessions.begin() as session:
            return insert_returning(session, episodes)

    @translate_errors
    def add_stream(self, episodes: Iterable[Episode], batch_size: int = 5000) -> int:
        """Insert every episode `episodes` yields in ONE transaction, a batch at a time,
        so memory stays flat however many there are (imports). If the iterable raises
        (a CSV file with a problem in a late row), nothing is saved. Returns the count."""
        with self._sessions.begin() as session:
            return insert_stream(session, episodes, batch_size)

    @translate_errors
    def update(self, episode: Episode) -> Episode:
        with self._sessions.begin() as session:
            row = session.get(EpisodeRow, _require_id(episode.id))
            if row is None:
                raise RecordNotFoundError("This episode no longer exists.")
            fill_episode_row(row, episode)
            row.updated_at = utc_now()
            session.flush()
            return episode_from_row(row)

    @translate_errors
    def delete(self, episode_id: int) -> Episode:
        """Delete and return the deleted episode, so the UI can undo with add()."""
        with self._sessions.begin() as session:
            row = session.get(EpisodeRow, episode_id)
            if row is None:
                raise RecordNotFoundError("This episode no longer exists.")
            deleted = episode_from_row(row)
            session.delete(row)
            return deleted

    @translate_errors
    def get(self, episode_id: int) -> Episode | None:
        """The episode, or None if it no longer exists or cannot be read."""
        found = self._fetch(select(EpisodeRow).where(EpisodeRow.id == episode_id))
        return next((entry for entry in found if isinstance(entry, Episode)), None)

    @translate_errors
    def count(self, filters: EpisodeFilter | None = None) -> int:
        conditions = filter_conditions(filters) if filters else []
        with self._sessions.begin() as session:
            total = session.scalar(select(func.count(EpisodeRow.id)).where(*conditions))
            return int(total or 0)

    @translate_errors
    def page(
        self,
        offset: int,
        limit: int,
        order: EpisodeOrder | None = None,
        filters: EpisodeFilter | None = None,
    ) -> list[Episode | UnreadableEntry]:
        """Rows `offset`..`offset + limit` in a stable order (ties broken by id); a row
        holding an invalid value comes back as an UnreadableEntry in its place.

        The default order is newest first.
        """
        order = order or EpisodeOrder()
        column = SORT_COLUMNS[order.key]
        tie_breaker = EpisodeRow.id
        if order.descending:
            ordering = (column.desc(), tie_breaker.desc())
        else:
            ordering = (column.asc(), tie_breaker.asc())
        query = select(EpisodeRow).where(*(filter_conditions(filters) if filters else []))
        return self._fetch(query.order_by(*ordering).offset(offset).limit(limit))

    @translate_errors
    def between(self, start: dt.datetime, end: dt.datetime) -> list[Episode]:
        """Episodes with start <= started_at < end (aware datetimes), oldest first;
        unreadable ones are left out (see `unreadable`)."""
        return _readable(self._fetch(self._between(start, end)), Episode)

    @translate_errors
    def all(self) -> list[Episode]:
        """Every readable episode, oldest first (for export; see `unreadable`)."""
        return _readable(self._fetch(self._ordered(select(EpisodeRow))), Episode)

    @translate_errors
    def unreadable(
        self, start: dt.datetime | None = None, end: dt.datetime | None = None
    ) -> list[UnreadableEntry]:
        """The stored episodes (between `start` and `end`, if given) that hold a value no
        version of the app writes, oldest first, so they can be named and counted."""
        query = self._between(start, end)
        return [e for e in self._fetch(query) if isinstance(e, UnreadableEntry)]

    @staticmethod
    def _ordered(query: Select[EpisodeRow]) -> Select[EpisodeRow]:
        return query.order_by(EpisodeRow.started_at_utc, EpisodeRow.id)

    def _between(self, start: dt.datetime | None, end: dt.datetime | None) -> Select[EpisodeRow]:
        conditions = filter_conditions(EpisodeFilter(start=start, end=end))
        return self._ordered(select(EpisodeRow).where(*conditions))

    def _fetch(self, query: Select[EpisodeRow]) -> list[Episode | UnreadableEntry]:
        """Every row of `query` read through the row guard: raw values (no SQLAlchemy type
        processing, which would raise on a malformed date) checked by stored_rows."""
        with self._sessions.begin() as session:
            return [cast(Episode | UnreadableEntry, e) for e in _guarded(session, query)]


class DayRecordRepository:
    """Local dates the user marked as "no cramps"."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions

    @translate_errors
    def mark_no_cramps(self, day: dt.date, triggers: Iterable[Trigger] | None = None) -> DayRecord:
        """Mark `day` (idempotent: marking twice keeps one record). `triggers`, when given,
        replaces what was recorded as happening that day."""
        with self._sessions.begin() as session:
            row = session.scalar(select(DayRecordRow).where(DayRecordRow.day == day))
            if row is None:
                row = DayRecordRow(day=day, no_cramps=True, triggers="", created_at=utc_now())
                session.add(row)
            row.no_cramps = True
            if triggers is not None:
                row.triggers = join_codes(Trigger(code) for code in triggers)
            session.flush()
            return day_record_from_row(row)

    @translate_errors
    def remove(self, day: dt.date) -> bool:
        """Unmark `day`; False if it was not marked."""
        with self._sessions.begin() as session:
            result = session.execute(delete(DayRecordRow).where(DayRecordRow.day == day))
            return bool(getattr(result, "rowcount", 0))

    @translate_errors
    def get(self, day: dt.date) -> DayRecord | None:
        with self._sessions.begin() as session:
            row = session.scalar(select(DayRecordRow).where(DayRecordRow.day == day))
            return None if row is None else day_record_from_row(row)

    @translate_errors
    def earliest(self) -> dt.date | None:
        """The first day with a record, if any."""
        with self._sessions.begin() as session:
            return session.scalar(select(func.min(DayRecordRow.day)))

    @translate_errors
    def between(self, first: dt.date, last: dt.date) -> list[DayRecord]:
        """Records from `first` to `last`, both included, oldest first."""
        query = (
            select(DayRecordRow)
            .where(DayRecordRow.day >= first, DayRecordRow.day <= last)
            .order_by(DayRecordRow.day)
        )
        with self._sessions.begin() as session:
            return _readable(_guarded(session, query), DayRecord)


class MedicationRepository:
    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions

    @translate_errors
    def add(self, medication: Medication) -> Medication:
        with self._sessions.begin() as session:
            row = MedicationRow(id=medication.id)
            fill_medication_row(row, medication)
            session.add(row)
            session.flush()
            return medication_from_row(row)

    @translate_errors
    def update(self, medication: Medication) -> Medication:
        with self._sessions.begin() as session:
            row = session.get(MedicationRow, _require_id(medication.id))
            if row is None:
                raise RecordNotFoundError("This medicine no longer exists in your list.")
            fill_medication_row(row, medication)
            session.flush()
            return medication_from_row(row)

    @translate_errors
    def delete(self, medication_id: int) -> Medication:
        with self._sessions.begin() as session:
            row = session.get(MedicationRow, medication_id)
            if row is None:
                raise RecordNotFoundError("This medicine no longer exists in your list.")
            deleted = medication_from_row(row)
            session.delete(row)
            return deleted

    @translate_errors
    def get(self, medication_id: int) -> Medication | None:
        with self._sessions.begin() as session:
            row = session.get(MedicationRow, medication_id)
            return None if row is None else medication_from_row(row)

    @translate_errors
    def list(self) -> builtins.list[Medication]:
        """All medicines by name (case-insensitive), then id."""
        query = select(MedicationRow).order_by(func.lower(MedicationRow.name), MedicationRow.id)
        with self._sessions.begin() as session:
            return _readable(_guarded(session, query), Medication)


class AssessmentRepository:
    """Completed checklists with their answers."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions

    @translate_errors
    def save(self, assessment: Assessment) -> Assessment:
        completed_utc, offset = to_utc(assessment.completed_at)
        with self._sessions.begin() as session:
            row = AssessmentRow(
                completed_at_utc=completed_utc,
                utc_offset_min=offset,
                app_version=assessment.app_version,
                answers=[answer_row(answer) for answer in assessment.answers],
            )
            session.add(row)
            session.flush()
            return assessment_from_row(row)

    @translate_errors
    def latest(self) -> Assessment | None:
        found = self.list(limit=1)
        return found[0] if found else None

    @translate_errors
    def list(self, limit: int | None = None) -> builtins.list[Assessment]:
        """Assessments, newest first."""
        query = (
            select(AssessmentRow)
            .options(selectinload(AssessmentRow.answers))
            .order_by(AssessmentRow.completed_at_utc.desc(), AssessmentRow.id.desc())
            .limit(limit)
        )
        with self._sessions.begin() as session:
            return [assessment_from_row(row) for row in session.scalars(query)]

    @translate_errors
    def delete(self, assessment_id: int) -> None:
        with self._sessions.begin() as session:
            row = session.get(AssessmentRow, assessment_id)
            if row is None:
                raise RecordNotFoundError("This checklist result no longer exists.")
            session.delete(row)


def _guarded(session: Session, query: Select[Any]) -> list[object]:
    """The rows of `query` (over one table) read through the row guard: raw values,
    without SQLAlchemy's type processing (which raises on a malformed date), checked by
    stored_rows into core values; a row with an invalid value becomes an UnreadableEntry."""
    [table] = query.get_final_froms()
    assert isinstance(table, Table)
    raw = query.with_only_columns(
        *(type_coerce(column, NullType()).label(column.name) for column in table.columns),
        maintain_column_froms=True,
    )
    found: list[object] = []
    for row in session.execute(raw):
        try:
            found.append(stored_rows.check_row(table.name, row._asdict()))
        except stored_rows.RowProblem as problem:
            # Ids and field names only: never what the user wrote.
            _log.warning("unreadable %s %s: %s", table.name, problem.row_id, problem.field)
            row_id = problem.row_id if isinstance(problem.row_id, int) else None
            found.append(UnreadableEntry(row_id, problem.day, problem.field))
    return found


def _readable(entries: Iterable[object], kind: type[_T]) -> list[_T]:
    return [entry for entry in entries if isinstance(entry, kind)]


def _require_id(record_id: int | None) -> int:
    if record_id is None:
        raise ValueError("An entry without an id cannot be updated; add it first.")
    return record_id


__all__ = [
    "AssessmentRepository",
    "DayRecordRepository",
    "EpisodeRepository",
    "MedicationRepository",
]


@dataclass(frozen=True)
class Repositories:
    """Every repository over one database: what the window and the commands are given."""

    episodes: EpisodeRepository
    days: DayRecordRepository
    medications: MedicationRepository
    assessments: AssessmentRepository
    experiments: ExperimentRepository
    reminders: ReminderRepository

    @classmethod
    def for_database(cls, database: Database) -> Repositories:
        return cls(
            episodes=EpisodeRepository(database),
            days=DayRecordRepository(database),
            medications=MedicationRepository(database),
            assessments=AssessmentRepository(database),
            experiments=ExperimentRepository(database),
            reminders=ReminderRepository(database),
        )

    def first_diary_day(self) -> dt.date | None:
        """The diary's first day: the earliest local day of an episode or a day record."""
        oldest = EpisodeOrder(EpisodeSortKey.STARTED_AT, descending=False)
        first = self.episodes.page(0, 1, oldest, EpisodeFilter())
        # A later instant logged with another offset may fall on an earlier local day.
        near = [
            episode
            for start in (entry.started_at for entry in first if isinstance(entry, Episode))
            for episode in self.episodes.between(start, start + OFFSETS_SPAN)
        ]
        days = [local_day(episode) for episode in near]
        record = self.days.earliest()
        return min([*days, record] if record is not None else days, default=None)
