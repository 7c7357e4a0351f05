"""Statistics under random logs: every figure consistent with the others, whatever the log."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cramp_desktop.core.episodes import Context, DayRecord, Episode, Muscle, Side, Trigger
from cramp_desktop.core.stats import (
    MIN_DAYS,
    Period,
    compare,
    cramp_days,
    logged_days,
    no_cramp_days,
    period_stats,
    severity_series,
    trigger_associations,
    weekly_counts,
)
from tests.core.test_stats import CEST, CET, D

FIRST = D(2025, 1, 1)
offsets = st.sampled_from([CET, CEST, dt.UTC, dt.timezone(dt.timedelta(hours=-5, minutes=-30))])


@st.composite
def logs(draw: st.DrawFn) -> tuple[list[Episode], list[DayRecord], Period]:
    episodes = []
    for _ in range(draw(st.integers(0, 40))):
        day = FIRST + dt.timedelta(days=draw(st.integers(0, 60)))
        when = dt.datetime.combine(day, draw(st.times()), draw(offsets))
        episodes.append(
            Episode(
                started_at=when,
                duration_s=draw(st.integers(0, 24 * 3600)),
                severity=draw(st.integers(0, 10)),
                muscle=draw(st.sampled_from(Muscle)),
                side=draw(st.sampled_from(Side)),
                context=draw(st.sampled_from(Context)),
                sleep_disturbance=draw(st.none() | st.integers(0, 10)),
                triggers=draw(st.frozensets(st.sampled_from(Trigger), max_size=3)),
            )
        )
    record_days = draw(st.sets(st.integers(0, 60), max_size=30))
    records = [
        DayRecord(
            FIRST + dt.timedelta(days=d),
            triggers=draw(st.frozensets(st.sampled_from(Trigger), max_size=2)),
        )
        for d in record_days
    ]
    start = FIRST + dt.timedelta(days=draw(st.integers(-5, 60)))
    period = Period(start, start + dt.timedelta(days=draw(st.integers(0, 45))))
    random.Random(draw(st.integers())).shuffle(episodes)
    return episodes, records, period


@settings(suppress_health_check=[HealthCheck.too_slow])  # slow only on a busy machine
@given(logs())
def test_figures_are_consistent(log: tuple[list[Episode], list[DayRecord], Period]) -> None:
    episodes, records, period = log
    stats = period_stats(episodes, records, period)
    inside = [e for e in episodes if period.first <= e.started_at.date() <= period.last]
    assert stats.episodes == len(inside)
    assert sum(stats.by_muscle.values()) == stats.episodes
    assert sum(stats.by_side.values()) == stats.episodes
    assert sum(stats.by_hour) == stats.episodes and len(stats.by_hour) == 24
    assert stats.nights_with_cramps <= stats.cramp_days <= stats.episodes
    assert stats.cramp_days <= stats.days_logged <= period.days
    assert stats.cramp_days + stats.no_cramp_days <= stats.days_logged
    logged = logged_days(episodes, records, period)
    assert len(logged) == stats.days_logged
    assert all(period.first <= day <= period.last for day in logged)
    quiet, cramps = no_cramp_days(episodes, records, period), cramp_days(episodes, period)
    assert quiet | cramps <= logged and not quiet & cramps
    assert (len(cramps), len(quiet)) == (stats.cramp_days, stats.no_cramp_days)
    assert stats.observed_days >= stats.days_logged
    if stats.observed_days:
        assert stats.episodes_per_week == pytest.approx(stats.episodes * 7 / stats.observed_days)
    else:
        assert stats.episodes_per_week is None and stats.episodes == 0
    weeks = weekly_counts(episodes, period)
    assert sum(count for _, count in weeks) == stats.episodes
    assert len(weeks) == -(-period.days // 7)
    assert all(b - a == dt.timedelta(days=7) for (a, _), (b, _) in itertools.pairwise(weeks))
    series = severity_series(episodes, period)
    assert len(series) == stats.episodes
    assert [t for t, _ in series] == sorted(t for t, _ in series)
    if stats.episodes:
        assert stats.woke_share is not None and 0 <= stats.woke_share <= 1
        assert stats.median_severity is not None and stats.max_severity is not None
        assert min(e.severity for e in inside) <= stats.median_severity <= stats.max_severity
        assert stats.median_duration_s is not None and stats.max_duration_s is not None
        assert stats.median_duration_s <= stats.max_duration_s
    else:
        assert stats.woke_share is None and stats.median_severity is None
    for association in trigger_associations(episodes, records, period):
        assert association.days_with - association.cramp_days_with >= MIN_DAYS
        assert association.days_without - association.cramp_days_without >= MIN_DAYS
        assert association.days_with + association.days_without == stats.days_logged
        assert association.cramp_days_with + association.cramp_days_without == stats.cramp_days
        assert 0 <= association.rate_with <= 1 and 0 <= association.rate_without <= 1
    for change in compare(stats, period_stats(episodes, records, period.previous())).values():
        assert change.difference == pytest.approx(change.now - change.before)
