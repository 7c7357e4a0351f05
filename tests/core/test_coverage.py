"""The coverage rule: short gaps count as observed, 14 or more unlogged days do not."""

from __future__ import annotations

import datetime as dt

import pytest

from cramp_desktop.core.coverage import UNOBSERVED_GAP_DAYS, diary_coverage

START = dt.date(2026, 3, 1)


def days(*offsets: int) -> set[dt.date]:
    return {START + dt.timedelta(days=offset) for offset in offsets}


@pytest.mark.parametrize(
    ("logged", "length", "observed", "unlogged_observed"),
    [
        (set(range(30)), 30, 30, 0),  # a complete diary
        ({0, 14}, 15, 15, 13),  # a 13-day gap inside is kept
        ({0, 15}, 16, 2, 0),  # a 14-day gap inside is not
        (set(range(14, 30)), 30, 16, 0),  # 14 unlogged days at the start
        ({0, 1}, 16, 2, 0),  # 14 unlogged days at the end
        ({0, 1}, 15, 15, 13),  # 13 unlogged days at the end are kept
        (set(), 28, 0, 0),  # nothing logged
    ],
)
def test_coverage_counts_short_gaps_only(
    logged: set[int], length: int, observed: int, unlogged_observed: int
) -> None:
    coverage = diary_coverage(days(*logged), START, START + dt.timedelta(days=length - 1))
    assert coverage.day_count == length
    assert coverage.observed_count == observed
    assert coverage.unlogged_observed_count == unlogged_observed
    assert coverage.logged_days <= coverage.observed_days


def test_days_outside_the_period_are_ignored() -> None:
    coverage = diary_coverage(days(-1, 0, 40), START, START + dt.timedelta(days=6))
    assert coverage.logged_days == frozenset(days(0))
    assert UNOBSERVED_GAP_DAYS == 14
