"""When to show the morning and evening reminders: a pure schedule on local wall-clock time.

Each reminder has a wall-clock time. It is due when the local time has reached it today,
is less than GRACE later (a computer that slept through the time still reminds once it
wakes, but not hours after it could help), and it has not been shown on this local date
or a later one. Keeping the date it was last shown makes the schedule robust:
- sleep or a busy event loop: the next check after waking finds it due (within GRACE);
- daylight-saving changes: times are compared on the wall clock, so a time skipped by
  the change (02:30 on the spring night) is due at the first check after it, and a time
  that occurs twice (autumn) is shown once, the date being already recorded;
- the clock set back (even past midnight): the recorded date is today or later, so
  nothing is shown twice; set forward, a reminder within GRACE is shown, later it is not.
The caller checks again at next_check() or after CHECK_EVERY, whichever is sooner, since
a sleeping computer or a changed clock makes any single timer unreliable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

GRACE = dt.timedelta(hours=6)
CHECK_EVERY = dt.timedelta(minutes=5)


class ReminderKind(StrEnum):
    MORNING = "morning"  # "Last night?"
    EVENING = "evening"  # the measure being tried


@dataclass(frozen=True)
class ReminderTime:
    kind: ReminderKind
    at: dt.time
    enabled: bool = False


DEFAULT_TIMES: tuple[ReminderTime, ...] = (
    ReminderTime(ReminderKind.MORNING, dt.time(8, 0)),
    ReminderTime(ReminderKind.EVENING, dt.time(21, 0)),
)


def due(
    times: Iterable[ReminderTime],
    now: dt.datetime,
    last_shown: Mapping[ReminderKind, dt.date],
) -> list[ReminderKind]:
    """The reminders to show at `now` (an aware time; its wall clock is what counts)."""
    wall = _wall(now)
    found = []
    for reminder in times:
        shown = last_shown.get(reminder.kind)
        if not reminder.enabled or (shown is not None and shown >= wall.date()):
            continue
        scheduled = dt.datetime.combine(wall.date(), reminder.at)
        if scheduled <= wall < scheduled + GRACE:
            found.append(reminder.kind)
    return found


def next_check(
    times: Iterable[ReminderTime],
    now: dt.datetime,
    last_shown: Mapping[ReminderKind, dt.date],
) -> dt.timedelta:
    """How long to wait before checking again: until the next reminder's wall-clock time,
    at most CHECK_EVERY (never less than a second)."""
    wall = _wall(now)
    wait = CHECK_EVERY
    for reminder in times:
        if not reminder.enabled:
            continue
        for day in (wall.date(), wall.date() + dt.timedelta(days=1)):
            shown = last_shown.get(reminder.kind)
            scheduled = dt.datetime.combine(day, reminder.at)
            if scheduled > wall and (shown is None or shown < day):
                wait = min(wait, scheduled - wall)
                break
    return max(wait, dt.timedelta(seconds=1))


def _wall(now: dt.datetime) -> dt.datetime:
    """The wall-clock time of `now` in its own zone (give the computer's local time)."""
    return now.replace(tzinfo=None)
