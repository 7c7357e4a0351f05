"""Experiments, adherence and reminder times in a real SQLite file, and migration 0003
from a database saved by the previous revision."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from cramp_desktop.core.experiments import Experiment
from cramp_desktop.core.reminders import DEFAULT_TIMES, ReminderKind, ReminderTime
from cramp_desktop.paths import DataPaths
from cramp_desktop.storage import schema
from cramp_desktop.storage.database import open_database
from cramp_desktop.storage.errors import RecordNotFoundError, StorageError
from cramp_desktop.storage.repositories import Repositories
from tests.storage.conftest import dump

FIXTURES = Path(__file__).parents[1] / "fixtures"
TODAY = dt.date(2026, 4, 10)


def test_start_list_and_stop(repositories: Repositories) -> None:
    experiments = repositories.experiments
    saved = experiments.start(Experiment("stretch-before-bed", TODAY, 4), TODAY)
    assert saved.id is not None
    assert experiments.running(TODAY) == saved
    stopped = experiments.stop(saved.id, TODAY + dt.timedelta(days=9))
    assert stopped.stopped_early and stopped.end == TODAY + dt.timedelta(days=9)
    assert experiments.running(TODAY + dt.timedelta(days=10)) is None
    assert experiments.list() == [stopped]


def test_starting_another_stops_the_running_one_the_day_before(
    repositories: Repositories,
) -> None:
    experiments = repositories.experiments
    first = experiments.start(Experiment("drink-to-thirst", TODAY - dt.timedelta(days=5)), TODAY)
    planned = experiments.start(Experiment("pace-training", TODAY + dt.timedelta(days=3)), TODAY)
    assert [e.measure_id for e in experiments.list()] == ["pace-training", "drink-to-thirst"]
    assert experiments.list()[1].stopped_on == TODAY - dt.timedelta(days=1)
    # A planned one that had not begun yet is replaced, not kept as a zero-day trial.
    newest = experiments.start(Experiment("stretch-before-bed", TODAY), TODAY)
    assert [e.id for e in experiments.list()] == [newest.id, first.id]
    assert planned.id not in {e.id for e in experiments.list()}
    assert experiments.running(TODAY) == newest


def test_adherence_is_one_answer_per_day_and_goes_with_its_experiment(
    repositories: Repositories,
) -> None:
    experiments = repositories.experiments
    saved = experiments.start(Experiment("stretch-before-bed", TODAY), TODAY)
    assert saved.id is not None
    experiments.set_adherence(saved.id, TODAY, True)
    experiments.set_adherence(saved.id, TODAY, False)  # changed mind: replaced
    experiments.set_adherence(saved.id, TODAY + dt.timedelta(days=1), True)
    assert experiments.adherence(saved.id) == {TODAY: False, TODAY + dt.timedelta(days=1): True}
    experiments.clear_adherence(saved.id, TODAY)
    assert experiments.adherence(saved.id) == {TODAY + dt.timedelta(days=1): True}
    experiments.delete(saved.id)
    assert experiments.list() == []
    with pytest.raises(RecordNotFoundError):
        experiments.set_adherence(saved.id, TODAY, True)


def test_the_database_refuses_an_impossible_length(repositories: Repositories) -> None:
    with pytest.raises(StorageError):
        repositories.experiments.start(Experiment("pace-training", TODAY, 12), TODAY)
    assert repositories.experiments.list() == []


def test_reminder_times_default_to_off_and_are_kept(repositories: Repositories) -> None:
    reminders = repositories.reminders
    assert reminders.all() == DEFAULT_TIMES
    assert not any(reminder.enabled for reminder in reminders.all())
    reminders.save(ReminderTime(ReminderKind.MORNING, dt.time(7, 15), True))
    reminders.save(ReminderTime(ReminderKind.MORNING, dt.time(7, 45), True))
    morning, evening = reminders.all()
    assert morning == ReminderTime(ReminderKind.MORNING, dt.time(7, 45), True)
    assert evening == DEFAULT_TIMES[1]


def test_migration_from_a_saved_database_of_the_previous_revision_backs_up_first(
    paths: DataPaths,
) -> None:
    paths.create()
    shutil.copyfile(FIXTURES / "cramp-0001.db", paths.database)
    before = dump(paths.database)
    assert schema.classify(paths.database) is schema.DatabaseState.UPGRADE_NEEDED

    with open_database(paths) as database:
        repositories = Repositories.for_database(database)
        assert [e.notes for e in repositories.episodes.all()] == ["saved by 0001"]
        assert repositories.days.get(dt.date(2026, 1, 11)) is not None
        assert [m.name for m in repositories.medications.list()] == ["Bendroflumethiazide"]
        assert repositories.assessments.latest() is not None
        assert repositories.experiments.list() == []
        assert repositories.reminders.all() == DEFAULT_TIMES
        repositories.experiments.start(Experiment("stretch-before-bed", TODAY), TODAY)

    assert schema.read_revision(paths.database) == schema.HEAD_REVISION
    backups = list(paths.backups.glob("cramp-pre-migration-0001-*.db"))
    assert len(backups) == 1
    assert dump(backups[0]) == before
