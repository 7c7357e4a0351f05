"""The report's language: its translations, dates and numbers, independent of the app's.

Uses QtCore only (QLocale, QTranslator): no QApplication or widgets are needed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QTime, QTranslator

from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.locales import locale_for
from cramp_desktop.resources import translations_dir

if TYPE_CHECKING:
    from cramp_desktop.report.model import Paper

REPORT_CONTEXT = "Report"
PERCENT = QT_TRANSLATE_NOOP("Report", "%1%")
_LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
    QLocale.Country.Venezuela,
}


def default_paper(locale: QLocale | None = None) -> Paper:
    from cramp_desktop.report.model import Paper  # not needed to start the app

    territory = (locale or QLocale.system()).territory()
    return Paper.LETTER if territory in _LETTER_TERRITORIES else Paper.A4


class ReportLocale:
    """Translate and format for one report language; English source text is the fallback."""

    def __init__(self, language: str = "en") -> None:
        self.language = language
        self.qlocale = locale_for(language)
        if self.qlocale.language() == QLocale.Language.C:  # a printed report gets real names
            self.qlocale = QLocale(language)
        self._translator = QTranslator()
        qm = translations_dir() / f"cramp_desktop_{language}.qm"
        self._loaded = language != "en" and qm.is_file() and self._translator.load(str(qm))

    def tr(self, text: str, context: str = REPORT_CONTEXT) -> str:
        """`text` (an English source string of `context`) in the report's language."""
        if self._loaded:
            translated = self._translator.translate(context, text)
            if translated:
                return translated
        return text

    def date(self, day: dt.date, long: bool = False) -> str:
        """The locale's short date with a four-digit year (9/1/2026, 01.09.2026), or the
        long form with the weekday."""
        qdate = QDate(day.year, day.month, day.day)
        if long:
            return self.qlocale.toString(qdate, QLocale.FormatType.LongFormat)
        form = self.qlocale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in form:
            form = form.replace("yy", "yyyy")
        return self.qlocale.toString(qdate, form)

    def time(self, moment: dt.datetime | dt.time) -> str:
        qtime = QTime(moment.hour, moment.minute)
        return self.qlocale.toString(qtime, QLocale.FormatType.ShortFormat)

    def date_time(self, moment: dt.datetime) -> str:
        return f"{self.date(moment.date())} {self.time(moment)}"

    def number(self, value: float, decimals: int = 0) -> str:
        if decimals == 0:
            return self.qlocale.toString(round(value))
        return self.qlocale.toString(float(value), "f", decimals)

    def percent(self, share: float) -> str:
        return fill(self.tr(PERCENT), [self.number(share * 100)])

    def month(self, day: dt.date) -> str:
        """Month and year, e.g. "November 2026", in the standalone (nominative) form some
        languages need for a title."""
        name = self.qlocale.standaloneMonthName(day.month, QLocale.FormatType.LongFormat)
        return f"{name} {day.year}"
