"""What every section builder gets: the data, the language, styles, and the figures."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cramp_desktop.core.checklist import Evaluation, evaluation_from_assessment
from cramp_desktop.core.stats import PeriodStats, period_stats
from cramp_desktop.report.locale import ReportLocale
from cramp_desktop.report.model import ReportData
from cramp_desktop.report.styles import Styles


@dataclass(frozen=True)
class ReportContext:
    data: ReportData
    locale: ReportLocale
    styles: Styles
    width: float  # of the text frame, in points
    current: PeriodStats
    previous: PeriodStats  # the period of equal length before
    evaluations: tuple[Evaluation, ...]  # of data.assessments, newest first
    check_cancelled: Callable[[], None]  # raises ReportCancelled when the user cancelled

    def tr(self, text: str, context: str = "Report") -> str:
        return self.locale.tr(text, context)

    @classmethod
    def create(
        cls,
        data: ReportData,
        locale: ReportLocale,
        styles: Styles,
        width: float,
        check_cancelled: Callable[[], None],
    ) -> ReportContext:
        period = data.options.period
        today = data.known_until()
        return cls(
            data=data,
            locale=locale,
            styles=styles,
            width=width,
            current=period_stats(data.episodes, data.day_records, period, known_until=today),
            previous=period_stats(
                data.episodes, data.day_records, period.previous(), known_until=today
            ),
            evaluations=tuple(evaluation_from_assessment(a) for a in data.assessments),
            check_cancelled=check_cancelled,
        )
