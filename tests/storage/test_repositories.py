"""Repositories: plain core types in and out, time zones kept, one session per call."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from cramp_desktop.core.episode_query import EpisodeFilter, EpisodeOrder, EpisodeSortKey
from cramp_desktop.core.episodes import (
    Answer,
    AnswerValue,
    Assessment,
    Context,
    DayRecord,
    Episode,
    Medication,
    MedicationKind,
    Muscle,
    Relief,
    ReliefHelped,
    Side,
    Soreness,
    Symptom,
    Trigger,
)
from cramp_desktop.storage.database import Database
from cramp_desktop.storage.errors import InvalidRecordError, RecordNotFoundError
from cramp_desktop.storage.repositories import (
    AssessmentRepository,
    DayRecordRepository,
    EpisodeRepository,
    MedicationRepository,
)
from tests.storage.conftest import make_episode

PLUS_TWO = dt.timezone(dt.timedelta(hours=2))


def _without_ids(episode: Episode) -> Episode:
    return dataclasses.replace(episode, id=None, created_at=None, updated_at=None)


def test_episode_at_2330_plus_two_comes_back_equal(database: Database) -> None:
    repository = EpisodeRepository(database)
    original = Episode(
        started_at=dt.datetime(2024, 5, 1, 23, 30, tzinfo=PLUS_TWO),
        duration_s=120,
        severity=8,
        muscle=Muscle.CALF,
        side=Side.BOTH,
        context=Context.SLEEP,
        sleep_disturbance=7,
        soreness=Soreness.NEXT_DAY,
        triggers=frozenset({Trigger.HEAT, Trigger.LITTLE_FLUID}),
        relief=frozenset({Relief.STRETCHING, Relief.WALKING}),
        relief_helped=ReliefHelped.PARTLY,
        symptoms=frozenset({Symptom.NUMBNESS}),
        notes='Woke at 23:30; <b>ouch</b> & "quotes"\nsecond line ąż',
        logged_late=True,
    )
    added = repository.add(original)
    assert added.id is not None
    assert added.created_at is not None and added.created_at.tzinfo is not None

    fetched = repository.get(added.id)
    assert fetched == added
    assert fetched is not None and _without_ids(fetched) == original
    # Equal as instants AND as what the user saw: same wall clock and offset.
    assert fetched.started_at.hour == 23 and fetched.started_at.minute == 30
    assert fetched.started_at.utcoffset() == dt.timedelta(hours=2)
    assert not isinstance(fetched, type(None))
    assert type(fetched) is Episode  # a plain core type, not an ORM row


def test_episode_stored_as_utc_plus_offset(database: Database) -> None:
    EpisodeRepository(database).add(make_episode(hour=23, minute=30, offset_hours=2))
    with database.engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT started_at_utc, utc_offset_min, triggers FROM episode"
        ).one()
    assert row[0].startswith("2024-05-01 21:30:00")
    assert row[1] == 120
    assert row[2] == ""


def test_naive_start_time_is_refused(database: Database) -> None:
    with pytest.raises(ValueError, match="time zone"):
        EpisodeRepository(database).add(make_episode(started_at=dt.datetime(2024, 1, 1)))


def test_out_of_range_severity_is_refused_by_the_database(database: Database) -> None:
    repository = EpisodeRepository(database)
    with pytest.raises(InvalidRecordError):
        repository.add(make_episode(severity=11))
    with pytest.raises(InvalidRecordError):
        repository.add(make_episode(sleep_disturbance=-1))
    assert repository.count() == 0


def test_add_many_is_all_or_nothing(database: Database) -> None:
    repository = EpisodeRepository(database)
    with pytest.raises(InvalidRecordError):
        repository.add_many([make_episode(), make_episode(severity=99)])
    assert repository.count() == 0


def test_update_delete_and_undo(database: Database) -> None:
    repository = EpisodeRepository(database)
    added = repository.add(make_episode(notes="first"))
    updated = repository.update(dataclasses.replace(added, notes="edited", severity=3))
    assert (updated.notes, updated.severity) == ("edited", 3)
    assert updated.created_at == added.created_at
    assert updated.updated_at is not None and added.updated_at is not None
    assert updated.updated_at >= added.updated_at

    assert updated.id is not None
    deleted = repository.delete(updated.id)
    assert deleted == updated
    assert repository.get(updated.id) is None
    with pytest.raises(RecordNotFoundError):
        repository.delete(updated.id)
    with pytest.raises(RecordNotFoundError):
        repository.update(updated)

    assert repository.add(deleted) == deleted  # undo keeps id and timestamps


def test_count_page_filters_and_order(database: Database) -> None:
    repository = EpisodeRepository(database)
    base = dt.datetime(2024, 1, 1, 8, 0, tzinfo=dt.UTC)
    repository.add_many(
        [
            make_episode(
                started_at=base + dt.timedelta(days=i),
                severity=i % 11,
                muscle=Muscle.FOOT if i % 2 else Muscle.CALF,
                notes="after 100% effort" if i == 4 else f"day {i}",
            )
            for i in range(20)
        ]
    )
    assert repository.count() == 20
    newest = repository.page(0, 5)
    assert [e.started_at.day for e in newest] == [20, 19, 18, 17, 16]
    second_page = repository.page(5, 5)
    assert [e.started_at.day for e in second_page] == [15, 14, 13, 12, 11]

    feet = EpisodeFilter(muscles=frozenset({Muscle.FOOT}))
    assert repository.count(feet) == 10
    assert all(e.muscle is Muscle.FOOT for e in repository.page(0, 50, filters=feet))

    severe = EpisodeFilter(min_severity=8, max_severity=9)
    assert sorted(e.severity for e in repository.page(0, 50, filters=severe)) == [8, 8, 9]

    assert repository.count(EpisodeFilter(text="100%")) == 1  # % is not a wildcard
    assert repository.count(EpisodeFilter(text="DAY 1")) == 11  # case-insensitive

    by_severity = repository.page(0, 3, EpisodeOrder(EpisodeSortKey.SEVERITY, descending=False))
    assert [e.severity for e in by_severity] == [0, 0, 1]

    window = EpisodeFilter(start=base + dt.timedelta(days=2), end=base + dt.timedelta(days=5))
    assert repository.count(window) == 3


def test_between_uses_instants_across_offsets(database: Database) -> None:
    repository = EpisodeRepository(database)
    # 00:30 on 2 May at +02:00 is 22:30 UTC on 1 May.
    repository.add(make_episode(started_at=dt.datetime(2024, 5, 2, 0, 30, tzinfo=PLUS_TWO)))
    repository.add(make_episode(started_at=dt.datetime(2024, 5, 2, 12, 0, tzinfo=dt.UTC)))
    day_utc = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    found = repository.between(day_utc, day_utc + dt.timedelta(days=1))
    assert len(found) == 1
    assert found[0].started_at.utcoffset() == dt.timedelta(hours=2)
    assert len(repository.between(day_utc, day_utc + dt.timedelta(days=2))) == 2


def test_day_records(database: Database) -> None:
    repository = DayRecordRepository(database)
    first = repository.mark_no_cramps(dt.date(2024, 5, 1))
    again = repository.mark_no_cramps(dt.date(2024, 5, 1))
    assert first == again and first.no_cramps and first.day == dt.date(2024, 5, 1)
    repository.mark_no_cramps(dt.date(2024, 5, 3))
    repository.mark_no_cramps(dt.date(2024, 6, 1))
    found = repository.between(dt.date(2024, 5, 1), dt.date(2024, 5, 31))
    assert [r.day for r in found] == [dt.date(2024, 5, 1), dt.date(2024, 5, 3)]
    assert repository.remove(dt.date(2024, 5, 1)) is True
    assert repository.remove(dt.date(2024, 5, 1)) is False
    assert repository.get(dt.date(2024, 5, 1)) is None


def test_medications(database: Database) -> None:
    repository = MedicationRepository(database)
    statin = repository.add(
        Medication(
            name="simvastatin",
            kind=MedicationKind.STATIN,
            started_on=dt.date(2023, 1, 10),
            note="evening",
        )
    )
    water = repository.add(Medication(name="Bendroflumethiazide", kind=MedicationKind.DIURETIC))
    assert statin.id is not None and water.id is not None
    assert repository.get(statin.id) == statin
    assert [m.name for m in repository.list()] == ["Bendroflumethiazide", "simvastatin"]

    stopped = repository.update(dataclasses.replace(statin, stopped_on=dt.date(2024, 2, 1)))
    assert repository.get(statin.id) == stopped
    assert repository.delete(water.id) == water
    assert repository.list() == [stopped]
    with pytest.raises(RecordNotFoundError):
        repository.delete(water.id)


def test_assessments_with_answers(database: Database) -> None:
    repository = AssessmentRepository(database)
    assert repository.latest() is None
    older = repository.save(
        Assessment(
            completed_at=dt.datetime(2024, 4, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            app_version="0.1.0",
            answers=(Answer("diuretic", choice=AnswerValue.YES),),
        )
    )
    newer_input = Assessment(
        completed_at=dt.datetime(2024, 5, 1, 23, 30, tzinfo=PLUS_TWO),
        app_version="0.1.0",
        answers=(
            Answer("diuretic", choice=AnswerValue.NO),
            Answer("pain-level", scale=7),
            Answer("swelling", choice=AnswerValue.UNSURE),
        ),
    )
    newer = repository.save(newer_input)
    assert dataclasses.replace(newer, id=None) == newer_input
    assert newer.completed_at.utcoffset() == dt.timedelta(hours=2)
    assert repository.latest() == newer
    assert repository.list() == [newer, older]

    assert newer.id is not None
    repository.delete(newer.id)
    assert repository.latest() == older
    with database.engine.connect() as connection:  # answers went with it (ON DELETE CASCADE)
        left = connection.exec_driver_sql("SELECT count(*) FROM assessment_answer").scalar()
    assert left == 1


def test_duplicate_question_in_one_assessment_is_refused(database: Database) -> None:
    repository = AssessmentRepository(database)
    with pytest.raises(InvalidRecordError):
        repository.save(
            Assessment(
                completed_at=dt.datetime(2024, 5, 1, tzinfo=dt.UTC),
                app_version="0.1.0",
                answers=(Answer("q", choice=AnswerValue.YES), Answer("q", choice=AnswerValue.NO)),
            )
        )
    assert repository.list() == []


def test_a_no_cramps_day_can_record_what_happened(database: Database) -> None:
    repository = DayRecordRepository(database)
    day = dt.date(2024, 5, 1)
    recorded = repository.mark_no_cramps(day, {Trigger.CAFFEINE, Trigger.HEAT})
    assert recorded.triggers == {Trigger.CAFFEINE, Trigger.HEAT}
    assert repository.mark_no_cramps(day).triggers == {Trigger.CAFFEINE, Trigger.HEAT}
    assert repository.mark_no_cramps(day, ()).triggers == frozenset()
    assert repository.get(day) == DayRecord(day=day, triggers=frozenset(), id=recorded.id)
