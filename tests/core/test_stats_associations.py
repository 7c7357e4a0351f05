"""Trigger associations: the minimum-data rule (days without cramps on each side) and the rates."""

from __future__ import annotations

import datetime as dt

import pytest

from cramp_desktop.core.episodes import Context, DayRecord, Episode, Muscle, Side, Trigger
from cramp_desktop.core.stats import MIN_DAYS, Period, trigger_associations
from tests.core.test_stats import CEST, D, ep


def _alcohol_log(
    quiet_with: int, quiet_without: int, cramps_with: int = 2, cramps_without: int = 2
) -> tuple[list[Episode], list[DayRecord]]:
    """Consecutive days from 1 May 2025: quiet days with alcohol, quiet days without,
    cramp days with, cramp days without."""
    start = D(2025, 5, 1)
    episodes, records = [], []
    kinds = [(False, True)] * quiet_with + [(False, False)] * quiet_without
    kinds += [(True, True)] * cramps_with + [(True, False)] * cramps_without
    for i, (cramp, alcohol) in enumerate(kinds):
        day = start + dt.timedelta(days=i)
        triggers = frozenset({Trigger.ALCOHOL}) if alcohol else frozenset()
        if cramp:
            when = dt.datetime.combine(day, dt.time(3, 0), CEST)
            episodes.append(ep(when, 60, 5, Muscle.CALF, Side.LEFT, Context.SLEEP, None, triggers))
        else:
            records.append(DayRecord(day, triggers=triggers))
    return episodes, records


@pytest.mark.parametrize(
    ("quiet_with", "quiet_without", "shown"),
    [(2, 10, False), (3, 10, True), (10, 2, False), (10, 3, True), (3, 3, True), (0, 6, False)],
)
def test_associations_need_the_minimum_days_without_cramps_on_each_side(
    quiet_with: int, quiet_without: int, shown: bool
) -> None:
    assert MIN_DAYS == 3
    episodes, records = _alcohol_log(quiet_with, quiet_without)
    period = Period(D(2025, 4, 1), D(2025, 6, 30))
    result = trigger_associations(episodes, records, period)
    assert [a.trigger for a in result] == ([Trigger.ALCOHOL] if shown else [])
    if shown:
        [association] = result
        assert (association.days_with, association.days_without) == (
            quiet_with + 2,
            quiet_without + 2,
        )


def test_many_cramp_days_with_a_trigger_do_not_make_an_association() -> None:
    episodes, records = _alcohol_log(0, 10, cramps_with=9, cramps_without=0)
    assert trigger_associations(episodes, records, Period(D(2025, 5, 1), D(2025, 5, 31))) == []


def test_association_rates() -> None:
    episodes, records = _alcohol_log(3, 4, cramps_with=3, cramps_without=1)
    [a] = trigger_associations(episodes, records, Period(D(2025, 5, 1), D(2025, 5, 31)))
    assert (a.days_with, a.cramp_days_with) == (6, 3)
    assert (a.days_without, a.cramp_days_without) == (5, 1)
    assert a.rate_with == pytest.approx(0.5)
    assert a.rate_without == pytest.approx(0.2)
