"""Local time for any year the validator allows, with Windows' localtime() emulated:
it refuses times before 1970 (OSError 22), so the stand-in path runs on every system."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator

import pytest

from cramp_desktop.core import local_time
from cramp_desktop.core.csv_io import parse_episodes
from cramp_desktop.core.local_time import local_midnight, to_local

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
needs_tzset = pytest.mark.skipif(not hasattr(time, "tzset"), reason="time.tzset is POSIX only")


def windows_localtime(moment: dt.datetime) -> dt.datetime:
    if (moment.year < 1970) if moment.tzinfo is None else (moment < EPOCH):
        raise OSError(22, "Invalid argument")
    return moment.astimezone()


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local_time, "_system_local", windows_localtime)


@pytest.fixture
def zone(request: pytest.FixtureRequest) -> Iterator[str]:
    """Run the test in the time zone given by the test's parameter."""
    previous = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if previous is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = previous
    time.tzset()


# Dates whose rules match 1972's (Berlin had no summer time 1950-79, London had it
# in 1965 and 1972; New York too), so the stand-in gives what the tz database says.
@needs_tzset
@pytest.mark.parametrize(
    ("zone", "wall_clock"),
    [
        ("Europe/Berlin", dt.datetime(1965, 7, 1, 12, 0)),
        ("Europe/Berlin", dt.datetime(1900, 1, 1, 0, 0)),
        ("Europe/London", dt.datetime(1965, 7, 1, 3, 30)),
        ("America/New_York", dt.datetime(1969, 12, 31, 23, 59)),
        ("America/New_York", dt.datetime(1968, 2, 29, 6, 0)),
    ],
    indirect=["zone"],
)
def test_before_1970_the_offset_is_the_zones(
    windows: None, zone: str, wall_clock: dt.datetime
) -> None:
    with pytest.raises(OSError):
        local_time._system_local(wall_clock)  # what Windows does
    expected = wall_clock.astimezone()  # what the tz database says (this system)
    local = to_local(wall_clock)
    assert local == expected and local.utcoffset() == expected.utcoffset()
    aware = to_local(wall_clock.replace(tzinfo=dt.UTC))
    assert aware == wall_clock.replace(tzinfo=dt.UTC)
    assert aware.utcoffset() == wall_clock.replace(tzinfo=dt.UTC).astimezone().utcoffset()


@pytest.mark.parametrize("day", [dt.date(1900, 1, 1), dt.date(1955, 6, 30), dt.date(2024, 3, 31)])
def test_any_midnight_is_local(windows: None, day: dt.date) -> None:
    midnight = local_midnight(day)
    assert midnight.date() == day and midnight.time() == dt.time.min
    assert midnight.utcoffset() is not None


def test_after_1970_the_system_answers(windows: None) -> None:
    moment = dt.datetime(2024, 7, 1, 12, 0)
    assert to_local(moment) == moment.astimezone()


def test_a_csv_time_without_offset_before_1970_is_read(windows: None) -> None:
    header = (
        "started_at,duration_min,severity,muscle,side,context,triggers,relief,"
        "relief_helped,sleep_disturbance,soreness,symptoms,notes"
    )
    now = dt.datetime(2026, 3, 30, 12, tzinfo=dt.UTC)
    row = "1955-06-30T03:10,2,6,calf,left,sleep,,,,,,,"
    (episode,) = parse_episodes(f"{header}\n{row}\n", now=now)
    assert episode.started_at.replace(tzinfo=None) == dt.datetime(1955, 6, 30, 3, 10)
    assert episode.started_at.utcoffset() is not None
