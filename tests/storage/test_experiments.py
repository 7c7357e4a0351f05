"""Experiments, adherence and reminder times in a real SQLite file, and migration 0003
from a database saved by the previous revision."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from cramp_desktop.core.experiments import Experiment
from cramp_desktop.core.reminders import DEFAULT_TIMES, ReminderKind, ReminderTime
from cramp_desktop.paths import DataPaths
from cramp_desktop.storage import schema
from cramp_desktop.storage.backups import backup_to
from cramp_desktop.storage.database import open_database
from cramp_desktop.storage.errors import (
    OtherExperimentRunningError,
    RecordNotFoundError,
    RestoreError,
    StorageError,
)
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.storage.restore import restore_from
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


def test_a_stop_is_undone_unless_another_experiment_runs(repositories: Repositories) -> None:
    experiments = repositories.experiments
    saved = experiments.start(Experiment("stretch-before-bed", TODAY - dt.timedelta(days=3)), TODAY)
    assert saved.id is not None
    experiments.stop(saved.id, TODAY - dt.timedelta(days=1))
    resumed = experiments.resume(saved.id, TODAY)
    assert resumed.stopped_on is None and experiments.running(TODAY) == resumed
    experiments.stop(saved.id, TODAY - dt.timedelta(days=1))
    other = experiments.start(Experiment("drink-to-thirst", TODAY), TODAY)
    before = experiments.list()
    with pytest.raises(OtherExperimentRunningError):
        experiments.resume(saved.id, TODAY)
    assert experiments.list() == before
    assert experiments.running(TODAY) == other
    with pytest.raises(RecordNotFoundError):
        experiments.resume(9999, TODAY)


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


def _backup_with_experiment(tmp_path: Path) -> Path:
    source = DataPaths(tmp_path / "other")
    with open_database(source) as database:
        repositories = Repositories.for_database(database)
        saved = repositories.experiments.start(Experiment("pace-training", TODAY, 3), TODAY)
        assert saved.id is not None
        repositories.experiments.set_adherence(saved.id, TODAY, True)
        repositories.reminders.save(ReminderTime(ReminderKind.EVENING, dt.time(21, 30), True))
        return backup_to(database.path, tmp_path / "backup.db")


def test_a_restore_brings_experiments_adherence_and_reminder_times_back(
    paths: DataPaths, tmp_path: Path
) -> None:
    open_database(paths).close()
    restore_from(paths, _backup_with_experiment(tmp_path))
    with open_database(paths) as database:
        repositories = Repositories.for_database(database)
        (experiment,) = repositories.experiments.list()
        assert (experiment.measure_id, experiment.weeks) == ("pace-training", 3)
        assert experiment.id is not None
        assert repositories.experiments.adherence(experiment.id) == {TODAY: True}
        assert repositories.reminders.all()[1] == ReminderTime(
            ReminderKind.EVENING, dt.time(21, 30), True
        )


@pytest.mark.parametrize(
    ("statement", "field"),
    [
        ("UPDATE experiment SET measure = 'stop-my-pills'", "measure"),
        ("UPDATE experiment SET start_on = '2026-02-30'", "start_on"),
        ("UPDATE adherence_day SET done = 2", "done"),
        ("UPDATE reminder_time SET at = '25:00'", "at"),
        ("UPDATE reminder_time SET kind = 'noon'", "kind"),
    ],
)
def test_a_restore_refuses_experiment_values_no_app_writes(
    paths: DataPaths, tmp_path: Path, statement: str, field: str
) -> None:
    open_database(paths).close()
    source = _backup_with_experiment(tmp_path)
    with closing(sqlite3.connect(source, isolation_level=None)) as connection:
        connection.execute("PRAGMA ignore_check_constraints = ON")
        connection.execute(statement)
    before = dump(paths.database)
    with pytest.raises(RestoreError) as raised:
        restore_from(paths, source)
    assert raised.value.reason == "invalid-rows"
    assert field in (raised.value.detail or "")
    assert dump(paths.database) == before
