"""The computer's local time for any moment the app accepts (1900 onwards).

`datetime.astimezone()` asks the C library's localtime(), which on Windows refuses
times before 1970 (OSError) and after 3000. For those, the offset of the same day and
time of year in 1972 stands in: the zone's standard time and summer time, without the
changes of rules before 1970 that Windows does not know anyway.
"""

from __future__ import annotations

import datetime as dt

_STAND_IN_YEAR = 1972  # a leap year, so 29 February has a stand-in too


def _system_local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone()


def _zone_in_stand_in_year(moment: dt.datetime) -> dt.timezone:
    """The computer's zone (as a fixed offset) on the same day and time in 1972."""
    stand_in = _system_local(moment.replace(year=_STAND_IN_YEAR))
    offset = stand_in.utcoffset() or dt.timedelta(0)
    name = stand_in.tzname()
    return dt.timezone(offset, name) if name else dt.timezone(offset)


def to_local(moment: dt.datetime) -> dt.datetime:
    """`moment` as an aware time in the computer's zone; a naive `moment` is taken as the
    local wall-clock time (like `astimezone()`, but for any year)."""
    try:
        return _system_local(moment)
    except (OSError, OverflowError, ValueError):
        pass
    zone = _zone_in_stand_in_year(moment)
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment.astimezone(zone)


def local_midnight(day: dt.date) -> dt.datetime:
    """The start of `day` in the computer's zone, as an aware time."""
    return to_local(dt.datetime.combine(day, dt.time.min))
