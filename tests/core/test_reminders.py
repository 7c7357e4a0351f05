"""The reminder schedule with a fake clock: sleep, DST and clock changes, never twice."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from cramp_desktop.core.reminders import (
    CHECK_EVERY,
    GRACE,
    ReminderKind,
    ReminderTime,
    due,
    next_check,
)

MORNING = ReminderKind.MORNING
EVENING = ReminderKind.EVENING
UTC = dt.UTC
# Central European time, as a fake zone: +1 h in winter, +2 h in summer (2026 changes).
SPRING = dt.datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # 02:00 local becomes 03:00
AUTUMN = dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)  # 03:00 local becomes 02:00


def local(instant: dt.datetime) -> dt.datetime:
    hours = 2 if SPRING <= instant < AUTUMN else 1
    return instant.astimezone(dt.timezone(dt.timedelta(hours=hours)))


@dataclass
class FakeClock:
    """Real time runs in UTC; the wall clock shown is local() plus any manual change."""

    instant: dt.datetime
    skew: dt.timedelta = dt.timedelta()
    times: tuple[ReminderTime, ...] = (ReminderTime(MORNING, dt.time(8, 0), True),)
    last_shown: dict[ReminderKind, dt.date] = field(default_factory=dict)
    shown: list[tuple[ReminderKind, dt.datetime]] = field(default_factory=list)

    def now(self) -> dt.datetime:
        return local(self.instant) + self.skew

    def check(self) -> None:
        now = self.now()
        for kind in due(self.times, now, self.last_shown):
            self.last_shown[kind] = now.date()
            self.shown.append((kind, now.replace(tzinfo=None)))

    def run(self, until: dt.datetime, step: dt.timedelta | None = None) -> None:
        """Check at every `step` (default: what next_check() asks for) up to `until`."""
        while self.instant < until:
            self.check()
            wait = step or next_check(self.times, self.now(), self.last_shown)
            self.instant += wait

    def sleep(self, duration: dt.timedelta) -> None:
        self.instant += duration


def at(day: int, month: int, hour: int, minute: int = 0) -> dt.datetime:
    """A UTC instant given as local winter/summer time of 2026."""
    guess = dt.datetime(2026, month, day, hour, minute, tzinfo=UTC)
    offset = local(guess).utcoffset()
    assert offset is not None
    return guess - offset


def wall(day: int, month: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute)


def test_shown_once_at_its_time() -> None:
    clock = FakeClock(at(10, 2, 7, 0))
    clock.run(at(10, 2, 12, 0), step=dt.timedelta(minutes=1))
    assert clock.shown == [(MORNING, wall(10, 2, 8, 0))]


@pytest.mark.parametrize(
    ("wake", "shown"),
    [((9, 30), True), ((13, 59), True), ((14, 0), False), ((20, 0), False)],
)
def test_after_sleep_shown_once_within_the_grace_period(wake: tuple[int, int], shown: bool) -> None:
    clock = FakeClock(at(10, 2, 7, 55))
    clock.check()
    clock.instant = at(10, 2, *wake)  # the computer slept through 08:00
    clock.run(at(10, 2, 23, 0), step=dt.timedelta(minutes=1))
    assert clock.shown == ([(MORNING, wall(10, 2, *wake))] if shown else [])
    assert dt.timedelta(hours=6) == GRACE


def test_a_time_skipped_by_the_spring_change_is_shown_right_after_it() -> None:
    clock = FakeClock(at(29, 3, 0, 0), times=(ReminderTime(MORNING, dt.time(2, 30), True),))
    clock.run(at(29, 3, 6, 0), step=dt.timedelta(minutes=1))
    assert clock.shown == [(MORNING, wall(29, 3, 3, 0))]


def test_a_time_repeated_by_the_autumn_change_is_shown_once() -> None:
    clock = FakeClock(at(25, 10, 0, 0), times=(ReminderTime(MORNING, dt.time(2, 30), True),))
    clock.run(AUTUMN + dt.timedelta(hours=4), step=dt.timedelta(minutes=1))
    assert clock.shown == [(MORNING, wall(25, 10, 2, 30))]


@pytest.mark.parametrize("back", [dt.timedelta(hours=1), dt.timedelta(hours=10)])
def test_a_clock_set_back_never_shows_a_reminder_twice(back: dt.timedelta) -> None:
    clock = FakeClock(at(10, 2, 7, 59))
    clock.run(at(10, 2, 8, 5), step=dt.timedelta(minutes=1))
    clock.skew = -back  # back to 07:05, or to 22:05 the evening before
    clock.run(at(10, 2, 12, 0), step=dt.timedelta(minutes=1))
    assert clock.shown == [(MORNING, wall(10, 2, 8, 0))]


def test_a_clock_set_forward_past_the_time_shows_it_once() -> None:
    clock = FakeClock(at(10, 2, 7, 0))
    clock.check()
    clock.skew = dt.timedelta(hours=3)  # 07:00 becomes 10:00 at once
    clock.run(at(10, 2, 9, 0), step=dt.timedelta(minutes=1))
    assert clock.shown == [(MORNING, wall(10, 2, 10, 0))]


@pytest.mark.parametrize("first", [dt.date(2026, 3, 25), dt.date(2026, 10, 21)])
def test_driven_by_next_check_each_reminder_comes_once_a_day_through_a_change(
    first: dt.date,
) -> None:
    times = (
        ReminderTime(MORNING, dt.time(8, 0), True),
        ReminderTime(EVENING, dt.time(21, 30), True),
    )
    days = 9
    clock = FakeClock(at(first.day, first.month, 3, 0), times=times)
    last = first + dt.timedelta(days=days)
    clock.run(at(last.day, last.month, 3, 0))
    assert len(clock.shown) == 2 * days
    for kind, time in ((MORNING, dt.time(8, 0)), (EVENING, dt.time(21, 30))):
        moments = [moment for shown_kind, moment in clock.shown if shown_kind is kind]
        assert len({moment.date() for moment in moments}) == days
        assert all(moment.time() == time for moment in moments), kind


def test_disabled_reminders_are_never_due_and_checks_are_at_most_five_minutes_apart() -> None:
    off = (ReminderTime(MORNING, dt.time(8, 0), False),)
    now = local(at(10, 2, 8, 0))
    assert due(off, now, {}) == []
    assert next_check(off, now, {}) == CHECK_EVERY
    on = (ReminderTime(MORNING, dt.time(8, 2), True),)
    assert next_check(on, now, {}) == dt.timedelta(minutes=2)
    assert next_check(on, now, {MORNING: now.date()}) == CHECK_EVERY
