"""Report part: "What the patient tried", the self-experiments whose trial overlaps the
report's period: measure, dates, adherence, before against while trying, the result as
the app's rule words it, and the caveat (never "this works")."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from cramp_desktop.core.experiment_text import Wording
from cramp_desktop.core.experiments import RULE
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.report.context import ReportContext
from cramp_desktop.report.text import para

HEADING = QT_TRANSLATE_NOOP("Report", "What the patient tried")
INTRO = QT_TRANSLATE_NOOP(
    "Report",
    "One measure at a time, compared with the same number of weeks just before it; only "
    "observed days of the diary count. %1",
)
DATES = QT_TRANSLATE_NOOP("Report", "Dates: %1")
ADHERENCE = QT_TRANSLATE_NOOP("Report", "Adherence: %1")
RESULT = QT_TRANSLATE_NOOP("Report", "Result: %1")


def build(context: ReportContext) -> list[Flowable]:
    """Nothing when no experiment overlaps the period."""
    results = context.data.experiments
    if not results:
        return []
    styles = context.styles
    locale = context.locale
    words = Wording(
        lambda text_context, text: locale.tr(text, text_context),
        lambda value, decimals: locale.number(value, decimals),
        locale.date,
    )
    story: list[Flowable] = [
        para(context.tr(HEADING), styles.h1),
        para(fill(context.tr(INTRO), [words.translate("Experiments", RULE)]), styles.muted),
    ]
    for result in results:
        before, after = words.before_after(result)
        story.append(
            KeepTogether(
                [
                    para(words.title(result), styles.h2),
                    para(fill(context.tr(DATES), [words.dates(result)]), styles.body),
                    para(fill(context.tr(ADHERENCE), [words.adherence(result)]), styles.body),
                    para(before, styles.body),
                    para(after, styles.body),
                    para(fill(context.tr(RESULT), [words.verdict(result)]), styles.body),
                ]
            )
        )
    story += [Spacer(1, 4), para(words.caveat(), styles.muted)]
    return story
