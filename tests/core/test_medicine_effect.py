"""Cramps per week before and after a medicine's start, over logged days only."""

from __future__ import annotations

import datetime as dt

import pytest

from cramp_desktop.core.episodes import (
    Context,
    DayRecord,
    Episode,
    Medication,
    MedicationKind,
    Muscle,
)
from cramp_desktop.core.episodes import Side as LegSide
from cramp_desktop.core.medicine_effect import MIN_LOGGED_DAYS, WINDOW_DAYS, before_after
from cramp_desktop.core.stats import Period

ZONE = dt.timezone(dt.timedelta(hours=2))
START = dt.date(2026, 6, 1)


def day(offset: int) -> dt.date:
    """The day `offset` days from the start (negative: before it)."""
    return START + dt.timedelta(days=offset)


def cramp(offset: int, hour: int = 3) -> Episode:
    return Episode(
        started_at=dt.datetime.combine(day(offset), dt.time(hour, 15), ZONE),
        duration_s=60,
        severity=5,
        muscle=Muscle.CALF,
        side=LegSide.LEFT,
        context=Context.SLEEP,
    )


def quiet(*offsets: int) -> tuple[DayRecord, ...]:
    return tuple(DayRecord(day(offset)) for offset in offsets)


def medicine(started: dt.date | None = START, stopped: dt.date | None = None) -> Medication:
    return Medication("Atorvastatin", MedicationKind.STATIN, started, stopped)


def test_counts_cramps_per_week_over_logged_days_on_each_side() -> None:
    # Before: 28 logged days (8 with one cramp each); after: 14 logged days, 1 cramp.
    episodes = [cramp(-offset) for offset in range(1, 9)] + [cramp(3)]
    records = quiet(*range(-28, -8)) + quiet(*range(0, 3), *range(4, 14))
    result = before_after(medicine(), episodes, records)
    assert result is not None
    assert (result.before.logged_days, result.before.episodes) == (28, 8)
    assert result.before.per_week == pytest.approx(2.0)
    assert (result.after.logged_days, result.after.episodes) == (14, 1)
    assert result.after.per_week == pytest.approx(0.5)


@pytest.mark.parametrize(("before", "after", "shown"), [(13, 14, False), (14, 13, False),
                                                        (14, 14, True)])  # fmt: skip
def test_needs_fourteen_logged_days_on_both_sides(before: int, after: int, shown: bool) -> None:
    records = quiet(*range(-before, 0), *range(0, after))
    assert (before_after(medicine(), (), records) is not None) is shown


def test_unlogged_days_and_days_outside_the_windows_do_not_count() -> None:
    # 20 logged days before, but only 13 of them within 8 weeks of the start; a record that
    # does not claim "no cramps" logs nothing.
    records = quiet(*range(-WINDOW_DAYS - 7, -WINDOW_DAYS), *range(-13, 0), *range(0, 20))
    records += (DayRecord(day(-20), no_cramps=False),)
    assert before_after(medicine(), (), records) is None
    assert before_after(medicine(), (), records, window_days=WINDOW_DAYS + 7) is not None


def test_the_start_day_belongs_after_and_a_day_with_both_counts_once() -> None:
    episodes = [cramp(0), cramp(0, hour=23), cramp(-1)]
    records = quiet(*range(-14, 0)) + quiet(*range(0, 14))  # day 0 and day -1 doubly logged
    result = before_after(medicine(), episodes, records)
    assert result is not None
    assert (result.before.logged_days, result.before.episodes) == (14, 1)
    assert (result.after.logged_days, result.after.episodes) == (14, 2)
    assert result.after.window.first == START
    assert result.before.window.last == day(-1)


def test_the_after_window_ends_on_the_stop_day() -> None:
    records = quiet(*range(-20, 0), *range(0, 40))
    episodes = [cramp(30)]  # after the stop: not counted
    result = before_after(medicine(stopped=day(19)), episodes, records)
    assert result is not None
    assert result.after.window.last == day(19)
    assert (result.after.logged_days, result.after.episodes) == (20, 0)
    assert before_after(medicine(stopped=day(12)), episodes, records) is None


def test_no_comparison_without_a_usable_start() -> None:
    records = quiet(*range(-30, 30))
    assert before_after(medicine(started=None), (), records) is None
    assert before_after(medicine(stopped=day(-1)), (), records) is None  # stopped before start
    assert before_after(medicine(), (), ()) is None


def test_the_minimum_can_be_chosen() -> None:
    records = quiet(*range(-7, 7))
    assert before_after(medicine(), (), records) is None
    assert before_after(medicine(), (), records, min_days=7) is not None
    assert MIN_LOGGED_DAYS == 14


def test_windows_are_cut_to_the_span_the_log_covers() -> None:
    records = quiet(*range(-30, 30))
    covered = Period(day(-20), day(15))
    result = before_after(medicine(), (), records, covered=covered)
    assert result is not None
    assert (result.before.window, result.after.window) == (
        Period(day(-20), day(-1)),
        Period(START, day(15)),
    )
    assert (result.before.logged_days, result.after.logged_days) == (20, 16)
    assert before_after(medicine(), (), records, covered=Period(START, day(30))) is None
    assert before_after(medicine(), (), records, covered=Period(day(-30), day(-1))) is None
