"""Cramps per week before and after a medicine's start or stop, over observed days.

Expected figures are counted by hand from each diary, in the comments.
"""

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
from cramp_desktop.core.medicine_effect import (
    MIN_OBSERVED_DAYS,
    WINDOW_DAYS,
    ChangeKind,
    OtherChange,
    before_after,
)
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


def medicine(
    started: dt.date | None = START, stopped: dt.date | None = None, name: str = "Atorvastatin"
) -> Medication:
    return Medication(name, MedicationKind.STATIN, started, stopped)


def test_a_diary_of_cramps_only_is_not_stuck_at_seven_a_week() -> None:
    # Only cramps are logged: every 2nd day before the start (14 in 28 days), every 4th
    # day after it (0, 4, ..., 24: 7 in 28 days). The gaps (1 and 3 days) are observed, so
    # each 28-day window has 28 observed days: 3.5 and 1.75 a week. Over logged days
    # only, both would read 7.0.
    episodes = [cramp(offset) for offset in range(-28, 0, 2)] + [cramp(n) for n in range(0, 25, 4)]
    result = before_after(medicine(), episodes, (), window_days=28)
    assert result is not None
    assert result.before.window == Period(day(-28), day(-1))
    assert result.after.window == Period(day(0), day(27))
    assert (result.before.observed_days, result.before.episodes) == (28, 14)
    assert (result.after.observed_days, result.after.episodes) == (28, 7)
    assert result.before.per_week == pytest.approx(3.5)
    assert result.after.per_week == pytest.approx(1.75)


def test_a_long_gap_after_the_start_is_not_counted() -> None:
    # A cramp every day for 28 days before; after: days 0..6, then nothing until day 40.
    # Days 7..27 lie in a 33-day gap: only 7 days after are observed, too few.
    episodes = [cramp(n) for n in range(-28, 7)] + [cramp(40)]
    assert before_after(medicine(), episodes, (), window_days=28) is None
    # A "no cramps" answer on day 20 splits it: 7..19 (13 days) is observed, 21..39 is not.
    result = before_after(medicine(), episodes, quiet(20), window_days=28)
    assert result is not None
    assert (result.before.observed_days, result.before.episodes) == (28, 28)
    assert (result.after.observed_days, result.after.episodes) == (21, 7)
    assert result.after.per_week == pytest.approx(7 * 7 / 21)


@pytest.mark.parametrize(
    ("before", "after", "shown"), [(13, 20, False), (14, 14, True), (20, 13, False)]
)
def test_needs_fourteen_observed_days_on_both_sides(before: int, after: int, shown: bool) -> None:
    # The diary begins `before` days ahead of the start and is kept daily for `after` days
    # from it; the next entry, on day 100, leaves the rest unobserved.
    records = quiet(*range(-before, after), 100)
    result = before_after(medicine(), [cramp(-1)], records)
    assert (result is not None) == shown
    assert MIN_OBSERVED_DAYS == 14 and WINDOW_DAYS == 56
    if result is not None:
        assert (result.before.observed_days, result.after.observed_days) == (before, after)


def test_windows_have_equal_lengths_around_a_start_and_a_stop() -> None:
    taken = medicine(START, day(20))
    records = quiet(*range(-60, 60))
    start = before_after(taken, [], records)
    stop = before_after(taken, [], records, ChangeKind.STOPPED)
    assert start is not None and stop is not None
    # 20 days taken: 20 days on each side of each change.
    assert (start.before.window, start.after.window) == (
        Period(day(-20), day(-1)),
        Period(day(0), day(19)),
    )
    assert (stop.day, stop.before.window, stop.after.window) == (
        day(20),
        Period(day(0), day(19)),
        Period(day(20), day(39)),
    )


def test_windows_stay_inside_the_span_read() -> None:
    records = quiet(*range(-60, 60))
    assert before_after(medicine(), [], records, covered=Period(day(-10), day(30))) is None
    result = before_after(medicine(), [], records, covered=Period(day(-20), day(30)))
    assert result is not None
    assert result.before.window == Period(day(-20), day(-1))
    assert result.after.window == Period(day(0), day(19))


def test_another_medicine_changed_inside_the_windows_is_named() -> None:
    records = quiet(*range(-60, 60))
    statin = medicine()
    magnesium = Medication("Magnesium", MedicationKind.SUPPLEMENT_MAGNESIUM, day(-100), day(5))
    old = Medication("Old", MedicationKind.OTHER, day(-200), day(-57))
    result = before_after(statin, [], records, all_medications=(statin, magnesium, old))
    assert result is not None
    assert result.others == (OtherChange(magnesium, ChangeKind.STOPPED, day(5)),)


def test_no_comparison_without_a_usable_date() -> None:
    records = quiet(*range(-60, 60))
    assert before_after(medicine(started=None), [], records) is None
    assert before_after(medicine(), [], records, ChangeKind.STOPPED) is None
    assert before_after(medicine(START, day(-3)), [], records) is None  # stopped before
    assert before_after(medicine(START, day(10)), [], records) is None  # 10 days taken


def test_the_start_day_belongs_after() -> None:
    records = quiet(*range(-60, 60))
    result = before_after(medicine(), [cramp(0, hour=0)], records)
    assert result is not None
    assert (result.before.episodes, result.after.episodes) == (0, 1)
