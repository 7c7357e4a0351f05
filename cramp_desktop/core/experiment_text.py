"""An experiment's result in words, for the app and the report (each in its language).

Texts are English source strings in context "Experiments"; `translate`, `number` and
`date` come from the caller (QCoreApplication.translate and QLocale in the app, the
report's ReportLocale in the PDF).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from cramp_desktop.core.experiments import (
    CAVEAT,
    SHORTFALL_TEXT,
    VERDICT_TEXT,
    ExperimentResult,
    Side,
)
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, Translate, fill

CONTEXT = "Experiments"


@dataclass(frozen=True)
class Wording:
    translate: Translate
    number: Callable[[float, int], str]  # (value, decimals)
    date: Callable[[dt.date], str]

    def tr(self, text: str, *values: str) -> str:
        return fill(self.translate(CONTEXT, text), values)

    def title(self, result: ExperimentResult) -> str:
        return self.translate(CONTEXT, result.experiment.measure.title)

    def dates(self, result: ExperimentResult) -> str:
        experiment = result.experiment
        if experiment.stopped_early:
            text = QT_TRANSLATE_NOOP("Experiments", "%1 to %2 (stopped early; planned: %3 weeks)")
        else:
            text = QT_TRANSLATE_NOOP("Experiments", "%1 to %2 (%3 weeks)")
        return self.tr(
            text,
            self.date(experiment.start),
            self.date(experiment.end),
            str(experiment.weeks),
        )

    def side(self, side: Side) -> str:
        """e.g. "1.5 cramp days per observed week (26 observed days); median severity 5"."""
        if side.rate is None:
            return self.tr(QT_TRANSLATE_NOOP("Experiments", "no observed days"))
        text = self.tr(
            QT_TRANSLATE_NOOP("Experiments", "%1 cramp days per observed week (%2 observed days)"),
            self.number(side.rate, 1),
            str(side.observed_days),
        )
        if side.median_severity is not None:
            text += self.tr(
                QT_TRANSLATE_NOOP("Experiments", "; median severity %1 of 10"),
                self.number(side.median_severity, 1 if side.median_severity % 1 else 0),
            )
        return text

    def adherence(self, result: ExperimentResult) -> str:
        shares = result.adherence
        return self.tr(
            QT_TRANSLATE_NOOP(
                "Experiments", "Done on %1 of %2 days; not done on %3; not answered on %4."
            ),
            str(shares.done),
            str(shares.days),
            str(shares.not_done),
            str(shares.unanswered),
        )

    def before_after(self, result: ExperimentResult) -> tuple[str, str]:
        return (
            self.tr(QT_TRANSLATE_NOOP("Experiments", "Before: %1."), self.side(result.baseline)),
            self.tr(QT_TRANSLATE_NOOP("Experiments", "While trying: %1."), self.side(result.trial)),
        )

    def verdict(self, result: ExperimentResult) -> str:
        """The wording by the rule, with the reasons when the difference is not clear."""
        text = self.translate(CONTEXT, VERDICT_TEXT[result.verdict])
        reasons = [self.translate(CONTEXT, SHORTFALL_TEXT[s]) for s in result.shortfalls]
        text = " ".join([text, *reasons])
        if result.complete:
            return text
        return self.tr(QT_TRANSLATE_NOOP("Experiments", "So far (it is still running): %1"), text)

    def caveat(self) -> str:
        return self.translate(CONTEXT, CAVEAT)
