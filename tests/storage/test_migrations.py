"""Migrations: reach head from nothing, match the models, and roll back completely on failure."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from cramp_desktop.paths import DataPaths
from cramp_desktop.storage import schema
from cramp_desktop.storage.database import (
    MIGRATIONS_LOCATION,
    create_sqlite_engine,
    open_database,
    script_revisions,
)
from cramp_desktop.storage.errors import MigrationError
from cramp_desktop.storage.models import Base
from cramp_desktop.storage.repositories import EpisodeRepository
from tests.storage.conftest import dump, make_episode, tables

EXPECTED_TABLES = {
    "episode",
    "day_record",
    "medication",
    "assessment",
    "assessment_answer",
    "experiment",
    "adherence_day",
    "reminder_time",
}
# A test migration one step past this app's head (a newer app's), as in real life.
EXTRA_REVISION = "9999"


def test_head_revision_constant_matches_alembic_head() -> None:
    head, revisions = script_revisions(MIGRATIONS_LOCATION)
    assert head == schema.HEAD_REVISION
    assert revisions == schema.KNOWN_REVISIONS
    assert revisions[-1] == head


def test_migration_scripts_ship_inside_the_package() -> None:
    folder = Path(MIGRATIONS_LOCATION)
    assert folder.is_relative_to(Path(schema.__file__).parent)
    for name in ("env.py", "script.py.mako", "versions/0001_initial.py"):
        assert (folder / name).is_file(), name


@pytest.mark.parametrize("empty_file", [False, True])
def test_new_database_reaches_head_with_every_table(paths: DataPaths, empty_file: bool) -> None:
    paths.create()
    if empty_file:
        paths.database.touch()
    open_database(paths).close()
    assert schema.read_revision(paths.database) == schema.HEAD_REVISION
    assert EXPECTED_TABLES | {"alembic_version"} <= tables(paths.database)
    assert schema.classify(paths.database) is schema.DatabaseState.CURRENT
    assert list(paths.backups.iterdir()) == []  # nothing to back up for a new file


def test_migrated_schema_matches_the_models_exactly(paths: DataPaths) -> None:
    open_database(paths).close()
    engine = create_sqlite_engine(paths.database)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_constraints_have_names_from_the_naming_convention(paths: DataPaths) -> None:
    open_database(paths).close()
    with closing(sqlite3.connect(paths.database)) as connection:
        sql = "\n".join(
            row[0]
            for row in connection.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")
        )
    for name in (
        "pk_episode",
        "ck_episode_severity_range",
        "ck_episode_sleep_disturbance_range",
        "uq_day_record_day",
        "fk_assessment_answer_assessment_id_assessment",
        "uq_assessment_answer_assessment_id_question_id",
        "ix_episode_started_at_utc",
    ):
        assert name in sql, name


def _copy_migrations(tmp_path: Path, extra: str) -> str:
    location = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_LOCATION, location, ignore=shutil.ignore_patterns("__pycache__"))
    script = textwrap.dedent(extra).replace("HEAD", schema.HEAD_REVISION)
    (location / "versions" / "9999_extra.py").write_text(script)
    return str(location)


BROKEN = """
    import sqlalchemy as sa
    from alembic import op

    revision = "9999"
    down_revision = "HEAD"
    branch_labels = None
    depends_on = None

    def upgrade():
        op.create_table("debris", sa.Column("id", sa.Integer(), primary_key=True))
        op.execute("INSERT INTO debris (id) VALUES (1)")
        with op.batch_alter_table("episode") as batch:
            batch.add_column(sa.Column("mood", sa.String(), nullable=True))
        op.execute("UPDATE episode SET notes = 'changed by a broken migration'")
        op.execute("THIS IS NOT SQL")

    def downgrade():
        pass
"""

WORKING = """
    import sqlalchemy as sa
    from alembic import op

    revision = "9999"
    down_revision = "HEAD"
    branch_labels = None
    depends_on = None

    def upgrade():
        foreign_keys = op.get_bind().exec_driver_sql("PRAGMA foreign_keys").scalar()
        if foreign_keys != 0:
            raise RuntimeError("foreign keys must be off during migrations")
        with op.batch_alter_table("episode") as batch:
            batch.add_column(sa.Column("mood", sa.String(), nullable=True))

    def downgrade():
        pass
"""


def _database_with_data(paths: DataPaths) -> None:
    with open_database(paths) as database:
        EpisodeRepository(database).add(make_episode(notes="keep me"))


def test_failed_migration_leaves_the_database_unchanged(paths: DataPaths, tmp_path: Path) -> None:
    _database_with_data(paths)
    before = dump(paths.database)
    location = _copy_migrations(tmp_path, BROKEN)

    with pytest.raises(MigrationError) as raised:
        open_database(paths, migrations_location=location)

    assert dump(paths.database) == before
    assert "debris" not in tables(paths.database)
    assert schema.read_revision(paths.database) == schema.HEAD_REVISION
    backup = raised.value.backup
    assert backup is not None and backup.is_file()
    assert backup.name.startswith(f"cramp-pre-migration-{schema.HEAD_REVISION}-")
    assert dump(backup) == before
    assert "Traceback" not in raised.value.message
    # The app still opens the untouched database afterwards.
    with open_database(paths) as database:
        assert [e.notes for e in EpisodeRepository(database).all()] == ["keep me"]


def test_upgrade_backs_up_first_and_runs_with_foreign_keys_off(
    paths: DataPaths, tmp_path: Path
) -> None:
    _database_with_data(paths)
    before = dump(paths.database)
    location = _copy_migrations(tmp_path, WORKING)

    with open_database(paths, migrations_location=location) as database:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(episode)")]
        assert "mood" in columns

    assert schema.read_revision(paths.database) == EXTRA_REVISION
    backups = list(paths.backups.glob(f"cramp-pre-migration-{schema.HEAD_REVISION}-*.db"))
    assert len(backups) == 1
    assert dump(backups[0]) == before
    # This app now refuses the newer file.
    assert schema.classify(paths.database) is schema.DatabaseState.NEWER_THAN_APP
