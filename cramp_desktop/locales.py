"""Locale helpers shared by the app's screens and the report (QtCore only): which
QLocale speaks a language, and dates with month names for the report and chart axes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def locale_for(language: str) -> QLocale:
    """The system locale when it speaks `language` (so en_GB keeps British dates; the
    plain "C" locale of servers counts as English), else the language's main locale."""
    system = QLocale.system()
    spoken = system.name().split("_")[0]
    if spoken == language or (spoken == "C" and language == "en"):
        return system
    return QLocale(language)


# Day, month name, year: read the same on A4 and Letter ("1 Sep 2026", never 9/1 or 1/9).
_DAY_MONTH = {"de": "d. MMM"}
_DAY_MONTH_YEAR = {"de": "d. MMM yyyy"}


def day_month(qlocale: QLocale, day: dt.date) -> str:
    """Day and short month name without the year ("6 Oct", "6. Okt."), for crowded chart
    axes (the report's and History's)."""
    pattern = _DAY_MONTH.get(_language_code(qlocale), "d MMM")
    return qlocale.toString(QDate(day.year, day.month, day.day), pattern)


def day_month_year(qlocale: QLocale, day: dt.date) -> str:
    """Day, short month name and year ("1 Sep 2026", "1. Sept. 2026")."""
    pattern = _DAY_MONTH_YEAR.get(_language_code(qlocale), "d MMM yyyy")
    return qlocale.toString(QDate(day.year, day.month, day.day), pattern)


def _language_code(qlocale: QLocale) -> str:
    return qlocale.name().split("_")[0]
