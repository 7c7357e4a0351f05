"""The log dialog's and History's conversions before 1970, with Windows' localtime()
emulated (it refuses such times)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime

from cramp_desktop.core import local_time
from cramp_desktop.core.local_time import to_local
from cramp_desktop.ui.common.local_time import (
    at_local,
    edited_start,
    from_qdatetime,
    logged_late,
    to_qdatetime,
)
from cramp_desktop.ui.history.filters import day_start
from tests.core.test_local_time import windows_localtime


@pytest.fixture(autouse=True)
def windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local_time, "_system_local", windows_localtime)


def test_the_log_dialogs_time_round_trips_before_1970() -> None:
    entered = QDateTime(QDate(1955, 6, 30), QTime(3, 10))
    moment = from_qdatetime(entered)
    assert moment.replace(tzinfo=None) == dt.datetime(1955, 6, 30, 3, 10)
    assert to_qdatetime(moment) == entered
    stored = moment.astimezone(dt.UTC)  # as the database keeps it
    assert to_qdatetime(stored) == entered


def test_history_filters_and_days_before_1970() -> None:
    assert day_start(dt.date(1900, 1, 1)).replace(tzinfo=None) == dt.datetime(1900, 1, 1)
    assert at_local(dt.date(1969, 12, 31), dt.time(23, 0)).hour == 23


def test_an_edit_that_keeps_the_minute_keeps_the_exact_stored_time() -> None:
    tokyo = dt.timezone(dt.timedelta(hours=9))
    original = dt.datetime(2026, 3, 1, 4, 17, 42, 123456, tzinfo=tokyo)
    assert edited_start(dt.datetime(2026, 3, 1, 4, 17), original) == original
    moved = edited_start(dt.datetime(2026, 3, 1, 4, 30, 59), original)
    assert moved == dt.datetime(2026, 3, 1, 4, 30, tzinfo=tokyo)  # its own offset kept
    here = to_local(dt.datetime(2026, 7, 1, 23, 5, 9))
    assert edited_start(dt.datetime(2026, 7, 2, 0, 10), here) == to_local(
        dt.datetime(2026, 7, 2, 0, 10)
    )


def test_logged_late_counts_whole_minutes_after_one_hour() -> None:
    start = to_local(dt.datetime(2026, 3, 1, 2, 0))
    assert not logged_late(start, start + dt.timedelta(minutes=60, seconds=59))
    assert logged_late(start, start + dt.timedelta(minutes=61))
    assert not logged_late(start, start - dt.timedelta(minutes=5))
