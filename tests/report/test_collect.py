"""collect_report_data on a real database: the right window of days, at its edges too."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from cramp_desktop import __version__
from cramp_desktop.core.episodes import (
    Answer,
    AnswerValue,
    Assessment,
    Context,
    Episode,
    Medication,
    MedicationKind,
    Muscle,
    Side,
)
from cramp_desktop.core.stats import Period
from cramp_desktop.report.collect import (
    collect_report_data,
    period_ending,
)
from cramp_desktop.report.model import ReportOptions, ReportSection, report_span
from cramp_desktop.storage.repositories import Repositories

PERIOD = Period(dt.date(2026, 3, 10), dt.date(2026, 3, 16))  # the one before: 3-9 March
# What a report of PERIOD reads: the 12 months of the monthly chart (April 2025 to March
# 2026), with 14 days before and after to measure the diary's gaps.
SPAN = Period(dt.date(2025, 3, 18), dt.date(2026, 3, 30))
NOW = dt.datetime(2026, 3, 17, 8, 0).astimezone()


def local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone()


def zoned(day: dt.date, hour: int, minute: int, offset_hours: int) -> dt.datetime:
    zone = dt.timezone(dt.timedelta(hours=offset_hours))
    return dt.datetime.combine(day, dt.time(hour, minute), zone)


def episode(started_at: dt.datetime, notes: str) -> Episode:
    return Episode(
        started_at=started_at,
        duration_s=60,
        severity=5,
        muscle=Muscle.CALF,
        side=Side.LEFT,
        context=Context.SLEEP,
        notes=notes,
    )


def collect(repositories: Repositories, **options: object) -> list[str]:
    data = collect_report_data(repositories, ReportOptions(PERIOD, **options), NOW)  # type: ignore[arg-type]
    return [e.notes for e in data.episodes]


def test_the_span_read_is_the_monthly_charts_year_and_the_gap_margins() -> None:
    assert report_span(PERIOD) == SPAN
    # A long period reaches back further than the chart: its previous period decides.
    long = Period(dt.date(2025, 1, 1), dt.date(2026, 3, 16))
    assert report_span(long).first == long.previous().first - dt.timedelta(days=14)


def test_episodes_cover_the_span_to_the_minute(
    repositories: Repositories,
) -> None:
    first, last = SPAN.first, SPAN.last
    repositories.episodes.add_many(
        [
            episode(local(first - dt.timedelta(days=1), 23, 59), "day before: out"),
            episode(local(first, 0, 0), "first minute: in"),
            episode(local(PERIOD.first, 3, 0), "in the period"),
            episode(local(last, 23, 59), "last minute: in"),
            episode(local(last + dt.timedelta(days=1), 0, 0), "day after: out"),
        ]
    )
    assert collect(repositories) == ["first minute: in", "in the period", "last minute: in"]


def test_an_entry_belongs_to_the_day_its_own_clock_showed(repositories: Repositories) -> None:
    """Logged while travelling: far east or west of the computer's zone."""
    first, last = SPAN.first, SPAN.last
    repositories.episodes.add_many(
        [
            episode(zoned(first - dt.timedelta(days=1), 23, 30, -11), "west, day before: out"),
            episode(zoned(first, 0, 30, 14), "east, first day: in"),
            episode(zoned(last, 23, 30, -11), "west, last day: in"),
            episode(zoned(last + dt.timedelta(days=1), 0, 30, 14), "east, day after: out"),
        ]
    )
    assert collect(repositories) == ["east, first day: in", "west, last day: in"]


def test_day_records_medicines_and_the_two_latest_checklists(
    repositories: Repositories,
) -> None:
    first, last = SPAN.first, SPAN.last
    for day in (first - dt.timedelta(days=1), first, last, last + dt.timedelta(days=1)):
        repositories.days.mark_no_cramps(day)
    repositories.medications.add(Medication("Zeta statin", MedicationKind.STATIN))
    repositories.medications.add(
        Medication("Alpha", MedicationKind.OTHER, dt.date(2020, 1, 1), dt.date(2020, 2, 1))
    )
    for month in (1, 2, 3):
        repositories.assessments.save(
            Assessment(
                local(dt.date(2026, month, 1), 9),
                "0.1.0",
                (Answer("pattern.night", AnswerValue.YES),),
            )
        )
    options = ReportOptions(
        PERIOD, sections=frozenset({ReportSection.SUMMARY}), language="de", patient_name="A"
    )
    data = collect_report_data(repositories, options, NOW)
    assert [r.day for r in data.day_records] == [first, last]
    assert [m.name for m in data.medications] == ["Alpha", "Zeta statin"]  # stopped ones too
    assert [a.completed_at.month for a in data.assessments] == [3, 2]
    assert data.options is options
    assert data.generated_at == NOW
    assert data.app_version == __version__


def test_an_empty_database_gives_empty_data(repositories: Repositories) -> None:
    data = collect_report_data(repositories, ReportOptions(PERIOD), NOW)
    assert (data.episodes, data.day_records, data.medications, data.assessments) == (
        (),
        (),
        (),
        (),
    )


def test_period_ending_is_the_default_days_up_to_today() -> None:
    today = dt.date(2026, 3, 17)
    assert period_ending(today) == Period.ending(today, 90)


def test_every_offset_lands_on_its_own_local_day_whatever_the_computers_zone(
    repositories: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An episode at 23:30 -12:00 on the last day is 11:30 UTC the next day, and 01:30
    two days later on a computer at +14:00: still in the report of its own day."""
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")
    monkeypatch.setenv("TZ", "Etc/GMT-14")  # POSIX names are inverted: this is UTC+14
    time.tzset()
    try:
        repositories.episodes.add_many(
            [
                episode(zoned(PERIOD.last, 23, 30, -12), "last day, far west"),
                episode(zoned(PERIOD.first, 0, 30, 14), "first day, far east"),
                episode(zoned(PERIOD.last + dt.timedelta(days=1), 0, 30, 14), "after"),
            ]
        )
        options = ReportOptions(period=PERIOD, sections=frozenset(ReportSection))
        data = collect_report_data(repositories, options, NOW)
        inside = [
            e.notes for e in data.episodes if PERIOD.first <= e.started_at.date() <= PERIOD.last
        ]
        assert sorted(inside) == ["first day, far east", "last day, far west"]
    finally:
        monkeypatch.undo()
        time.tzset()
