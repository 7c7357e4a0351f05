"""Local wall-clock time for entries, and conversion to and from Qt's date-time types."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from cramp_desktop.core.local_time import to_local

LOGGED_LATE_AFTER = dt.timedelta(hours=1)

LAST_NIGHT_TIME = dt.time(3, 0)


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def at_local(day: dt.date, time: dt.time) -> dt.datetime:
    """`day` at wall-clock `time` in the computer's time zone, as an aware datetime."""
    return to_local(dt.datetime.combine(day, time))


def last_night_start(now: dt.datetime) -> dt.datetime:
    """03:00 of the night just past: today's if it is already after 03:00, else yesterday's."""
    local = to_local(now)
    day = local.date() if local.time() >= LAST_NIGHT_TIME else local.date() - dt.timedelta(days=1)
    return at_local(day, LAST_NIGHT_TIME)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def short_date(day: dt.date) -> str:
    """The locale's short date, e.g. 11/26/26 or 26.11.26."""
    return format_date(day, QLocale.FormatType.ShortFormat)


def format_date(day: dt.date, form: QLocale.FormatType = QLocale.FormatType.LongFormat) -> str:
    """`day` in the locale's long (or given) date format, e.g. "Wednesday, 12 June 2024"."""
    return QLocale().toString(to_qdate(day), form)


def date_time_format() -> str:
    """The locale's short date and time with the weekday and a four-digit year."""
    locale = QLocale()
    day = locale.dateFormat(QLocale.FormatType.ShortFormat).replace("yyyy", "yy")
    time = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return f"ddd {day.replace('yy', 'yyyy')} {time}"


def to_qdatetime(moment: dt.datetime) -> QDateTime:
    """`moment` as the computer's wall clock shows it."""
    return wall_clock(to_local(moment))


def from_qdatetime(value: QDateTime) -> dt.datetime:
    """A wall-clock value read as the computer's local time (seconds dropped)."""
    return to_local(naive_wall_clock(value).replace(second=0, microsecond=0))


def wall_clock(moment: dt.datetime) -> QDateTime:
    """`moment`'s own wall-clock date and time, unconverted, held in a UTC QDateTime so Qt
    never shifts it (a time that does not exist in the computer's zone stays as it is)."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
        QTimeZone.utc(),
    )


def naive_wall_clock(value: QDateTime) -> dt.datetime:
    """The date and time fields of `value` as they read, without any zone."""
    day, time = value.date(), value.time()
    return dt.datetime(
        day.year(), day.month(), day.day(), time.hour(), time.minute(), time.second()
    )


def offset_text(moment: dt.datetime) -> str:
    """The UTC offset of an aware `moment`, e.g. "UTC+02:00"."""
    offset = moment.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def in_computer_zone(moment: dt.datetime) -> bool:
    """Whether `moment` carries the offset the computer's time zone has at that instant."""
    return moment.utcoffset() == to_local(moment).utcoffset()


def edited_start(shown: dt.datetime, original: dt.datetime) -> dt.datetime:
    """The start of an edited entry whose time field shows the naive wall clock `shown`:
    its exact stored time while the minute shown is unchanged, else `shown` in the offset
    it was logged with (the computer's zone, if it was logged in that)."""
    shown = shown.replace(second=0, microsecond=0)
    if shown == original.replace(tzinfo=None, second=0, microsecond=0):
        return original
    if in_computer_zone(original):
        return to_local(shown)
    return shown.replace(tzinfo=original.tzinfo)


def logged_late(start: dt.datetime, now: dt.datetime) -> bool:
    """Started more than LOGGED_LATE_AFTER before `now`, in whole minutes as times show."""
    return now.replace(second=0, microsecond=0) - start > LOGGED_LATE_AFTER
