"""The report's "What the patient tried", from a real database, read back from the PDF."""

from __future__ import annotations

import datetime as dt

from cramp_desktop.core.episodes import Context, Episode, Muscle, Side
from cramp_desktop.core.experiments import Experiment
from cramp_desktop.core.stats import Period
from cramp_desktop.report.collect import collect_report_data
from cramp_desktop.report.document import render_report
from cramp_desktop.report.model import ReportOptions, ReportSection
from cramp_desktop.storage.repositories import Repositories
from tests.report.conftest import pdf_pages

START = dt.date(2026, 3, 2)
NOW = dt.datetime(2026, 4, 20, 10, 0).astimezone()


def cramp(day: dt.date) -> Episode:
    return Episode(
        started_at=dt.datetime.combine(day, dt.time(3, 0)).astimezone(),
        duration_s=60,
        severity=6,
        muscle=Muscle.CALF,
        side=Side.LEFT,
        context=Context.SLEEP,
    )


def diary(repositories: Repositories) -> None:
    """Four weeks of cramps on most nights, then four weeks of mostly quiet nights."""
    for n in range(56):
        day = START - dt.timedelta(days=28) + dt.timedelta(days=n)
        if (n < 28 and n % 7 < 5) or (n >= 28 and n % 7 == 0):
            repositories.episodes.add(cramp(day))
        else:
            repositories.days.mark_no_cramps(day)


def text_of(repositories: Repositories, period: Period, language: str = "en") -> str:
    options = ReportOptions(period, sections=frozenset({ReportSection.ADVICE}), language=language)
    pdf, _ = render_report(collect_report_data(repositories, options, NOW))
    return " ".join(" ".join(pdf_pages(pdf)).split())


def test_the_section_shows_measure_dates_adherence_result_and_caveat(
    repositories: Repositories,
) -> None:
    diary(repositories)
    saved = repositories.experiments.start(Experiment("stretch-before-bed", START, 4), START)
    assert saved.id is not None
    for n in range(20):
        repositories.experiments.set_adherence(saved.id, START + dt.timedelta(days=n), n % 5 != 0)
    text = text_of(repositories, Period(START - dt.timedelta(days=10), NOW.date()))
    assert "What the patient tried" in text
    assert "Stretching your calves and thighs before bed" in text
    assert "(4 weeks)" in text
    assert "Done on 16 of 28 days; not done on 4; not answered on 8." in text
    assert "Before: 5.0 cramp days per observed week (28 observed days)" in text
    assert "While trying: 1.0 cramp days per observed week (28 observed days)" in text
    assert "Fewer cramp days than before: a clear difference by the app's rule." in text
    assert "cannot prove that a measure works" in text
    assert text.index("What the patient tried") < text.index("Advice that applies")


def test_no_section_without_an_experiment_in_the_period(repositories: Repositories) -> None:
    diary(repositories)
    repositories.experiments.start(Experiment("pace-training", START, 2), START)
    later = Period(NOW.date() - dt.timedelta(days=6), NOW.date())
    assert "What the patient tried" not in text_of(repositories, later)


def test_the_section_is_in_the_reports_language(repositories: Repositories) -> None:
    diary(repositories)
    repositories.experiments.start(Experiment("stretch-before-bed", START, 4), START)
    text = text_of(repositories, Period(START, NOW.date()), "de")
    assert "Waden und Oberschenkel vor dem Schlafengehen dehnen" in text
    assert "What the patient tried" not in text
