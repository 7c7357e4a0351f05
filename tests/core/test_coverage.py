"""Diary coverage: which days a diary with gaps can speak for.

Each expected count in the table was worked out by hand from the dates in its row; the
property test compares the module with a day-by-day count written independently here.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cramp_desktop.core.coverage import (
    UNOBSERVED_GAP_DAYS,
    diary_coverage,
    logged_days_of,
)
from cramp_desktop.core.episodes import Context, DayRecord, Episode, Muscle, Side


def sep(day: int) -> dt.date:
    return dt.date(2026, 9, 1) + dt.timedelta(days=day - 1)  # sep(0) is 31 Aug


# (what, logged days, first, last, observed days, of which without any entry)
CASES = [
    ("every day logged", [sep(d) for d in range(1, 11)], sep(1), sep(10), 10, 0),
    ("nothing logged at all", [], sep(1), sep(30), 0, 0),
    ("inner gap of 13 days: no cramps", [sep(1), sep(15)], sep(1), sep(15), 15, 13),
    ("inner gap of exactly 14 days is not observed", [sep(1), sep(16)], sep(1), sep(16), 2, 0),
    ("inner gap of 15 days is not observed", [sep(1), sep(17)], sep(1), sep(17), 2, 0),
    # 20 Aug .. 5 Sep: 15 days without an entry, 1-4 Sep of them inside the period;
    # 6-10 Sep trail the last entry by 5 days.
    ("leading gap measured across the edge", [sep(-11), sep(5)], sep(1), sep(10), 6, 5),
    # 28 Aug .. 5 Sep: 7 days without an entry.
    ("short leading gap across the edge", [sep(-3), sep(5)], sep(1), sep(10), 10, 9),
    ("days before the diary began", [sep(5)], sep(1), sep(10), 6, 5),
    ("leading gap of exactly 13 days", [sep(0), sep(14)], sep(1), sep(14), 14, 13),
    ("leading gap of exactly 14 days", [sep(0), sep(15)], sep(1), sep(15), 1, 0),
    ("trailing gap of exactly 13 days", [sep(1)], sep(1), sep(14), 14, 13),
    ("trailing gap of exactly 14 days", [sep(1)], sep(1), sep(15), 1, 0),
    # The gap 2..19 Sep (18 days) reaches past the period's end.
    ("trailing gap closed by a later entry", [sep(1), sep(20)], sep(1), sep(10), 1, 0),
    (
        "kept, stopped, kept again",
        [sep(1), sep(3), sep(10), sep(30), sep(31), sep(40)],
        sep(1),
        sep(45),
        # 1..10 (10 days), 30..45 (gap 32..39 is 8 days; 41..45 trails by 5): 16 days;
        # 11..29 is a gap of 19 days.
        26,
        26 - 6,
    ),
]


@pytest.mark.parametrize(
    ("logged", "first", "last", "observed", "unlogged_observed"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_coverage_table(
    logged: list[dt.date], first: dt.date, last: dt.date, observed: int, unlogged_observed: int
) -> None:
    coverage = diary_coverage(logged, first, last)
    assert coverage.day_count == (last - first).days + 1
    assert coverage.observed_count == observed
    assert coverage.unlogged_observed_count == unlogged_observed
    assert coverage.logged_days == frozenset(d for d in logged if first <= d <= last)
    assert coverage.logged_days <= coverage.observed_days
    assert all(first <= day <= last for day in coverage.observed_days)


def test_the_named_constant_is_fourteen_days() -> None:
    assert UNOBSERVED_GAP_DAYS == 14


def test_which_days_of_a_gap_are_observed() -> None:
    coverage = diary_coverage([sep(5)], sep(1), sep(10))
    assert coverage.observed_days == frozenset(sep(d) for d in range(5, 11))
    assert (coverage.first_observed, coverage.last_observed) == (sep(5), sep(10))


def test_no_cramp_records_and_factor_records_log_their_day() -> None:
    tokyo = dt.timezone(dt.timedelta(hours=9))
    # 00:30 in Tokyo on 3 Sep is still 2 Sep in UTC: the diary day is the local one.
    cramp = Episode(
        started_at=dt.datetime(2026, 9, 3, 0, 30, tzinfo=tokyo),
        duration_s=60,
        severity=4,
        muscle=Muscle.CALF,
        side=Side.LEFT,
        context=Context.SLEEP,
    )
    records = [DayRecord(sep(1)), DayRecord(sep(20), no_cramps=False)]
    logged = logged_days_of([cramp], records)
    assert logged == {sep(1), sep(3), sep(20)}
    coverage = diary_coverage(logged, sep(1), sep(30))
    # 1..20 observed (gaps of 1 and 16 days: 4..19 is 16 days, not observed), 21..30 trail
    # the last entry by 10 days.
    assert coverage.observed_days == frozenset(
        [sep(1), sep(2), sep(3), sep(20)] + [sep(d) for d in range(21, 31)]
    )
    assert coverage.unlogged_observed_count == 11


def test_both_periods_partly_observed() -> None:
    # Previous period 1..30 Sep: kept 1..15 (15 of 30 days: just half). Current period
    # 1..30 Oct: kept from 18 Oct (13 of 30 days).
    logged = [sep(d) for d in range(1, 16)] + [sep(30 + d) for d in range(18, 31)]
    previous = diary_coverage(logged, sep(1), sep(30))
    current = diary_coverage(logged, sep(31), sep(60))
    assert previous.observed_count == 15 and previous.mostly_observed
    assert current.observed_count == 13 and not current.mostly_observed
    assert current.per_week(13) == pytest.approx(7.0)
    assert diary_coverage([], sep(1), sep(7)).per_week(0) is None


def _independent_observed(logged: set[dt.date], day: dt.date, last: dt.date) -> bool:
    """Walk from `day` to the nearest entries on both sides, one day at a time."""
    if day in logged:
        return True
    if not logged or day < min(logged):
        return False
    before = day
    while before not in logged:
        before -= dt.timedelta(days=1)
    after = day
    horizon = max(max(logged), last)
    while after not in logged and after <= horizon:
        after += dt.timedelta(days=1)
    run = (after - before).days - 1 if after in logged else (last - before).days
    return run < 14


@given(
    offsets=st.sets(st.integers(min_value=0, max_value=120), max_size=40),
    first=st.integers(min_value=0, max_value=120),
    length=st.integers(min_value=1, max_value=90),
)
def test_coverage_matches_a_day_by_day_count(offsets: set[int], first: int, length: int) -> None:
    origin = dt.date(2026, 1, 1)
    logged = {origin + dt.timedelta(days=n) for n in offsets}
    start = origin + dt.timedelta(days=first)
    end = start + dt.timedelta(days=length - 1)
    coverage = diary_coverage(logged, start, end)
    expected = {
        start + dt.timedelta(days=n)
        for n in range(length)
        if _independent_observed(logged, start + dt.timedelta(days=n), end)
    }
    assert coverage.observed_days == expected
