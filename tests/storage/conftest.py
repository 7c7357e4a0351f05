"""Storage fixtures: real SQLite files in each test's own data directory."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

from cramp_desktop.core.episodes import Context, Episode, Muscle, Side


def make_episode(
    hour: int = 23, minute: int = 30, offset_hours: int = 2, **changes: object
) -> Episode:
    zone = dt.timezone(dt.timedelta(hours=offset_hours))
    values: dict[str, object] = {
        "started_at": dt.datetime(2024, 5, 1, hour, minute, tzinfo=zone),
        "duration_s": 90,
        "severity": 6,
        "muscle": Muscle.CALF,
        "side": Side.LEFT,
        "context": Context.SLEEP,
    }
    values.update(changes)
    return Episode(**values)  # type: ignore[arg-type]


def dump(db_path: Path) -> list[str]:
    """Schema and data of a database as SQL text, for before/after comparisons."""
    with closing(sqlite3.connect(db_path)) as connection:
        return list(connection.iterdump())


def tables(db_path: Path) -> set[str]:
    with closing(sqlite3.connect(db_path)) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {str(row[0]) for row in rows}
