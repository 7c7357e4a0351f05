"""Locale helpers shared by the app's screens and the report (QtCore only): which
QLocale speaks a language, and short dates for crowded chart axes."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale


def locale_for(language: str) -> QLocale:
    """The system locale when it speaks `language` (so en_GB keeps British dates; the
    plain "C" locale of servers counts as English), else the language's main locale."""
    system = QLocale.system()
    spoken = system.name().split("_")[0]
    if spoken == language or (spoken == "C" and language == "en"):
        return system
    return QLocale(language)


def day_month(qlocale: QLocale, day: dt.date) -> str:
    """`qlocale`'s short date without the year ("8/23", "23.08"), for crowded chart axes
    (the report's and History's)."""
    pattern = qlocale.dateFormat(QLocale.FormatType.ShortFormat)
    pattern = re.sub(r"[^dM]*y+[^dM]*", "", pattern) or "d/M"
    return qlocale.toString(QDate(day.year, day.month, day.day), pattern)
