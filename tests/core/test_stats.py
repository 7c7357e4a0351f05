"""Statistics: a hand-computed data set and edge cases (associations and random logs: the
sibling test_stats_*.py modules).

The expected numbers below were worked out by hand from the fixture, not by the code.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cramp_desktop.core.episodes import Context, DayRecord, Episode, Muscle, Side, Trigger
from cramp_desktop.core.stats import (
    Association,
    Change,
    Period,
    comparable,
    compare,
    count_axis,
    cramp_days,
    logged_days,
    no_cramp_days,
    period_stats,
    severity_series,
    trigger_associations,
    weekly_counts,
)

CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))  # Europe switched on 2025-03-30 at 02:00
D = dt.date
HE = Trigger.HARD_EXERCISE


def ep(
    when: dt.datetime,
    duration_s: int,
    severity: int,
    muscle: Muscle,
    side: Side,
    context: Context,
    sleep_disturbance: int | None = None,
    triggers: frozenset[Trigger] = frozenset(),
) -> Episode:
    return Episode(
        started_at=when,
        duration_s=duration_s,
        severity=severity,
        muscle=muscle,
        side=side,
        context=context,
        sleep_disturbance=sleep_disturbance,
        triggers=triggers,
    )


# Two weeks across a month end and the change from +01:00 to +02:00.
PERIOD = Period(D(2025, 3, 24), D(2025, 4, 6))
E8 = ep(dt.datetime(2025, 3, 24, 0, 20, tzinfo=CET), 600, 5, Muscle.SHIN, Side.LEFT, Context.SLEEP)
E1 = ep(
    dt.datetime(2025, 3, 24, 2, 30, tzinfo=CET),
    60,
    5,
    Muscle.CALF,
    Side.LEFT,
    Context.SLEEP,
    4,
    frozenset({HE}),
)
E2 = ep(dt.datetime(2025, 3, 24, 21, 0, tzinfo=CET), 120, 3, Muscle.FOOT, Side.RIGHT, Context.REST)
E3 = ep(
    dt.datetime(2025, 3, 26, 3, 15, tzinfo=CET),
    300,
    8,
    Muscle.CALF,
    Side.BOTH,
    Context.SLEEP,
    7,
    frozenset({HE, Trigger.HEAT}),
)
E4 = ep(
    dt.datetime(2025, 3, 30, 1, 30, tzinfo=CET),
    45,
    6,
    Muscle.THIGH_BACK,
    Side.LEFT,
    Context.SLEEP,
    5,
    frozenset({HE}),
)
# 00:30 at +02:00 is 22:30 UTC on 30 March, but the user's day is 31 March.
E5 = ep(
    dt.datetime(2025, 3, 31, 0, 30, tzinfo=CEST),
    900,
    9,
    Muscle.CALF,
    Side.LEFT,
    Context.SLEEP,
    9,
    frozenset({Trigger.HEAT}),
)
E6 = ep(
    dt.datetime(2025, 4, 2, 14, 0, tzinfo=CEST),
    30,
    2,
    Muscle.TOES,
    Side.RIGHT,
    Context.EXERCISE,
    None,
    frozenset({HE}),
)
E7 = ep(dt.datetime(2025, 4, 6, 23, 59, tzinfo=CEST), 200, 4, Muscle.CALF, Side.LEFT, Context.REST)
# Outside the period on the user's clock (though X2 is still 6 April in UTC).
X1 = ep(dt.datetime(2025, 3, 23, 23, 30, tzinfo=CET), 100, 7, Muscle.CALF, Side.LEFT, Context.REST)
X2 = ep(dt.datetime(2025, 4, 7, 0, 10, tzinfo=CEST), 50, 10, Muscle.FOOT, Side.BOTH, Context.SLEEP)
EPISODES = [E5, X2, E2, E7, E1, X1, E4, E8, E6, E3]

RECORDS = [
    DayRecord(D(2025, 3, 23), triggers=frozenset({Trigger.HEAT})),  # outside
    DayRecord(D(2025, 3, 25)),
    DayRecord(D(2025, 3, 26)),  # also has an episode: a cramp day
    DayRecord(D(2025, 3, 27)),
    DayRecord(D(2025, 3, 28), triggers=frozenset({Trigger.HEAT})),
    DayRecord(D(2025, 3, 29)),
    DayRecord(D(2025, 4, 1), triggers=frozenset({HE})),
    DayRecord(D(2025, 4, 3)),
    DayRecord(D(2025, 4, 4)),
    DayRecord(D(2025, 4, 5), no_cramps=False, triggers=frozenset({Trigger.ALCOHOL})),
    DayRecord(D(2025, 4, 7)),  # outside
]


def test_period_stats_of_the_hand_computed_fixture() -> None:
    stats = period_stats(EPISODES, RECORDS, PERIOD)
    assert stats.period == PERIOD
    assert stats.episodes == 8
    assert stats.cramp_days == 6  # 24, 26, 30, 31 March; 2, 6 April
    assert stats.nights_with_cramps == 4  # 24, 26, 30, 31 March
    assert stats.episodes_per_week == pytest.approx(4.0)  # 8 in 14 days
    assert stats.median_severity == 5.0  # 2 3 4 5 | 5 6 8 9
    assert stats.max_severity == 9
    assert stats.median_duration_s == 160.0  # 30 45 60 120 | 200 300 600 900
    assert stats.max_duration_s == 900
    assert stats.woke_share == pytest.approx(0.625)  # 5 of 8
    assert stats.mean_sleep_disturbance == pytest.approx(6.25)  # (4 + 7 + 5 + 9) / 4
    assert stats.by_muscle == {
        Muscle.CALF: 4,
        Muscle.FOOT: 1,
        Muscle.TOES: 1,
        Muscle.SHIN: 1,
        Muscle.THIGH_FRONT: 0,
        Muscle.THIGH_BACK: 1,
        Muscle.OTHER: 0,
    }
    assert list(stats.by_muscle) == list(Muscle)
    assert stats.by_side == {Side.LEFT: 5, Side.RIGHT: 2, Side.BOTH: 1}
    assert list(stats.by_side) == list(Side)
    hours = [0] * 24
    hours[0], hours[1], hours[2], hours[3], hours[14], hours[21], hours[23] = 2, 1, 1, 1, 1, 1, 1
    assert stats.by_hour == tuple(hours)
    assert stats.no_cramp_days == 7  # 25, 27, 28, 29 March; 1, 3, 4 April
    assert stats.days_logged == 14  # 5 April too: its record holds the factors of the day
    assert stats.observed_days == 14
    assert stats.cramp_days_per_week == pytest.approx(3.0)  # 6 cramp days in 14 observed


def test_day_sets_of_the_hand_computed_fixture() -> None:
    cramps = {D(2025, 3, day) for day in (24, 26, 30, 31)} | {D(2025, 4, 2), D(2025, 4, 6)}
    quiet = {D(2025, 3, day) for day in (25, 27, 28, 29)} | {D(2025, 4, d) for d in (1, 3, 4)}
    assert cramp_days(EPISODES, PERIOD) == cramps  # X1 and X2 fall outside on their clocks
    assert no_cramp_days(EPISODES, RECORDS, PERIOD) == quiet  # 26 March had a cramp
    assert logged_days(EPISODES, RECORDS, PERIOD) == cramps | quiet | {D(2025, 4, 5)}
    assert no_cramp_days([], RECORDS, PERIOD) == quiet | {D(2025, 3, 26)}
    factors_only = [DayRecord(D(2025, 4, 5), no_cramps=False)]
    assert logged_days([], factors_only, PERIOD) == {D(2025, 4, 5)}


def test_weekly_counts_of_the_fixture() -> None:
    assert weekly_counts(EPISODES, PERIOD) == [(D(2025, 3, 24), 5), (D(2025, 3, 31), 3)]


def test_severity_series_is_in_period_and_oldest_first() -> None:
    assert severity_series(EPISODES, PERIOD) == [
        (E8.started_at, 5),
        (E1.started_at, 5),
        (E2.started_at, 3),
        (E3.started_at, 8),
        (E4.started_at, 6),
        (E5.started_at, 9),
        (E6.started_at, 2),
        (E7.started_at, 4),
    ]


def test_severity_series_orders_by_instant_across_offsets() -> None:
    day = Period(D(2025, 3, 30), D(2025, 3, 30))
    later = ep(
        dt.datetime(2025, 3, 30, 1, 30, tzinfo=dt.UTC), 60, 1, Muscle.CALF, Side.LEFT, Context.REST
    )
    earlier = ep(
        dt.datetime(2025, 3, 30, 2, 0, tzinfo=CEST), 60, 2, Muscle.CALF, Side.LEFT, Context.REST
    )
    assert [s for _, s in severity_series([later, earlier], day)] == [2, 1]


def test_trigger_associations_of_the_fixture() -> None:
    # Hard exercise is named on 24, 26, 30 March, 2 April (cramp days) and 1 April: one day
    # without cramps with it. Heat: 26, 31 March and 28 March, again one. Too few to show.
    assert trigger_associations(EPISODES, RECORDS, PERIOD) == []
    quiet_heat = [DayRecord(D(2025, 3, d), triggers=frozenset({Trigger.HEAT})) for d in (25, 27)]
    records = [r for r in RECORDS if r.day not in (D(2025, 3, 25), D(2025, 3, 27))]
    assert trigger_associations(EPISODES, records + quiet_heat, PERIOD) == [
        # with: 26, 31 March (cramps); 25, 27, 28 March (quiet). Without: the other 9
        # recorded days, 4 of them cramp days (24, 30 March; 2, 6 April).
        Association(
            Trigger.HEAT, days_with=5, cramp_days_with=2, days_without=9, cramp_days_without=4
        ),
    ]


def test_compare_with_the_previous_period() -> None:
    previous = PERIOD.previous()
    assert previous == Period(D(2025, 3, 10), D(2025, 3, 23))
    changes = compare(
        period_stats(EPISODES, RECORDS, PERIOD), period_stats(EPISODES, RECORDS, previous)
    )
    assert list(changes) == [
        "episodes",
        "cramp_days",
        "episodes_per_week",
        "cramp_days_per_week",
        "median_severity",
        "max_severity",
        "median_duration_s",
        "max_duration_s",
        "woke_share",
    ]
    assert changes["episodes"] == Change(8, 1)
    assert changes["episodes"].relative == pytest.approx(7.0)
    assert changes["cramp_days"] == Change(6, 1)
    per_week = changes["episodes_per_week"]
    assert per_week.now == pytest.approx(4.0)
    # The previous period holds one entry, on 23 March, and none before: only that day
    # is observed, so 1 episode on 1 observed day is 7 a week, and the two periods are not
    # comparable.
    assert per_week.before == pytest.approx(7.0)
    previous_stats = period_stats(EPISODES, RECORDS, previous)
    assert previous_stats.observed_days == 1
    assert not comparable(period_stats(EPISODES, RECORDS, PERIOD), previous_stats)
    assert changes["median_severity"] == Change(5.0, 7.0)
    assert changes["max_severity"].difference == 2
    assert changes["median_duration_s"] == Change(160.0, 100.0)
    assert changes["max_duration_s"].relative == pytest.approx(8.0)
    assert (changes["woke_share"].now, changes["woke_share"].before) == (0.625, 0.0)
    assert changes["woke_share"].relative is None


def test_compare_with_an_empty_previous_period() -> None:
    current = period_stats(EPISODES, RECORDS, PERIOD)
    empty = period_stats([], [], PERIOD.previous())
    changes = compare(current, empty)
    assert set(changes) == {"episodes", "cramp_days"}  # no observed day: no rate
    assert all(change.before == 0 and change.relative is None for change in changes.values())
    assert changes["episodes"].difference == 8
    back = compare(empty, current)
    assert back["episodes"].relative == pytest.approx(-1.0)


def test_empty_period() -> None:
    period = Period(D(2024, 2, 1), D(2024, 2, 29))
    stats = period_stats(EPISODES, RECORDS, period)
    assert (stats.episodes, stats.cramp_days, stats.nights_with_cramps) == (0, 0, 0)
    assert stats.episodes_per_week is None and stats.cramp_days_per_week is None
    assert stats.median_severity is None and stats.max_severity is None
    assert stats.median_duration_s is None and stats.max_duration_s is None
    assert stats.woke_share is None and stats.mean_sleep_disturbance is None
    assert set(stats.by_muscle.values()) == {0} and len(stats.by_muscle) == len(Muscle)
    assert set(stats.by_side.values()) == {0} and len(stats.by_side) == len(Side)
    assert stats.by_hour == (0,) * 24
    assert (stats.days_logged, stats.no_cramp_days) == (0, 0)
    assert trigger_associations(EPISODES, RECORDS, period) == []
    assert severity_series(EPISODES, period) == []


def test_a_period_ending_before_it_starts_is_empty() -> None:
    backwards = Period(D(2025, 4, 6), D(2025, 3, 24))
    stats = period_stats(EPISODES, RECORDS, backwards)
    assert stats.episodes == 0 and stats.episodes_per_week is None
    assert weekly_counts(EPISODES, backwards) == []


def test_no_cramp_days_only_count_without_episodes_and_records_in_period() -> None:
    stats = period_stats([], RECORDS, PERIOD)
    # 25-29 March, 1, 3, 4 April are "no cramps"; 5 April holds only factors.
    assert (stats.no_cramp_days, stats.days_logged, stats.cramp_days) == (8, 9, 0)
    assert stats.mean_sleep_disturbance is None


def test_weekly_counts_include_zero_weeks_and_a_short_last_block() -> None:
    period = Period(D(2025, 1, 1), D(2025, 1, 17))  # 7 + 7 + 3 days
    one = ep(
        dt.datetime(2025, 1, 16, 22, 0, tzinfo=CET), 60, 3, Muscle.CALF, Side.LEFT, Context.REST
    )
    assert weekly_counts([], period) == [
        (D(2025, 1, 1), 0),
        (D(2025, 1, 8), 0),
        (D(2025, 1, 15), 0),
    ]
    assert weekly_counts([one], period) == [
        (D(2025, 1, 1), 0),
        (D(2025, 1, 8), 0),
        (D(2025, 1, 15), 1),
    ]
    assert weekly_counts([one], Period(D(2025, 1, 16), D(2025, 1, 16))) == [(D(2025, 1, 16), 1)]


def test_period_ending() -> None:
    assert Period.ending(D(2025, 3, 1), 30) == Period(D(2025, 1, 31), D(2025, 3, 1))
    assert Period.ending(D(2025, 3, 1), 30).days == 30


# Count axes of the report's and History's bar charts -----------------------------------


@pytest.mark.parametrize("intervals", [2, 3, 5])
def test_count_axis_has_whole_number_steps_from_zero(intervals: int) -> None:
    for maximum in (0, 0.5, 1, 3, 5, 6, 7, 9, 11, 13, 17, 23, 48, 99, 101, 146, 740, 1234):
        top, step = count_axis(maximum, intervals)
        assert isinstance(top, int) and isinstance(step, int) and step >= 1
        assert top >= max(maximum, 1) and top % step == 0
        assert top // step <= intervals + 1  # never a comb of ticks
        assert top - step < max(maximum, 1)  # no empty step above the highest bar


def test_count_axis_examples() -> None:
    assert count_axis(0) == (1, 1)  # an empty chart still has an axis
    assert count_axis(4) == (4, 1)
    assert count_axis(13) == (15, 5)
    assert count_axis(48) == (50, 10)
    assert count_axis(740) == (800, 200)
    assert count_axis(13, intervals=2) == (20, 10)
