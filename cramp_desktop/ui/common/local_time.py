"""Local wall-clock time for entries, and conversion to and from Qt's date-time types."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from cramp_desktop.core.local_time import to_local

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
    local = to_local(moment)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime) -> dt.datetime:
    naive: dt.datetime = value.toPython()  # type: ignore[assignment]
    return to_local(naive.replace(second=0, microsecond=0))
