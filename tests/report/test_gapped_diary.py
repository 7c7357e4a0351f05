"""Every number the report prints for a diary with gaps, against counts made by hand.

The diary (all at +01:00), for a report of 2 Aug - 31 Oct 2026 (91 days; the previous
period is 3 May - 1 Aug):
- 1 Jul - 31 Jul: a cramp every third day (1, 4, ..., 31 Jul: 11 days), nothing else;
- 2 Aug - 30 Aug: a cramp every second day (2, 4, ..., 30 Aug: 15 days, two cramps on
  2 Aug), "no cramps" answered on 3 Aug;
- 31 Aug - 20 Sep: nothing (21 days: not kept);
- 21 Sep - 15 Oct: a cramp every fourth day (21, 25, 29 Sep, 3, 7, 11, 15 Oct), "no cramps"
  on 22 Sep; nothing after 15 Oct (16 days to the end: not kept).
"""

from __future__ import annotations

import datetime as dt

from cramp_desktop.core.episodes import (
    Context,
    DayRecord,
    Episode,
    Medication,
    MedicationKind,
    Muscle,
    Side,
)
from cramp_desktop.core.stats import Period
from cramp_desktop.report.document import render_report
from cramp_desktop.report.model import ReportData, ReportOptions, ReportSection
from tests.report.conftest import pdf_pages

ZONE = dt.timezone(dt.timedelta(hours=1))
PERIOD = Period(dt.date(2026, 8, 2), dt.date(2026, 10, 31))


def day(month: int, number: int) -> dt.date:
    return dt.date(2026, month, number)


def cramp(when: dt.date, hour: int = 3) -> Episode:
    return Episode(
        started_at=dt.datetime.combine(when, dt.time(hour, 10), ZONE),
        duration_s=120,
        severity=6,
        muscle=Muscle.CALF,
        side=Side.LEFT,
        context=Context.SLEEP,
    )


def diary() -> tuple[tuple[Episode, ...], tuple[DayRecord, ...]]:
    days = [day(7, n) for n in range(1, 32, 3)]
    days += [day(8, n) for n in range(2, 31, 2)]
    days += [day(9, 21), day(9, 25), day(9, 29)] + [day(10, n) for n in (3, 7, 11, 15)]
    episodes = [cramp(d) for d in days] + [cramp(day(8, 2), hour=23)]
    return tuple(episodes), (DayRecord(day(8, 3)), DayRecord(day(9, 22)))


MAGNESIUM = Medication("Magnesium", MedicationKind.SUPPLEMENT_MAGNESIUM, day(8, 16))
IBUPROFEN = Medication("Ibuprofen", MedicationKind.OTHER, dt.date(2025, 1, 1), day(9, 1))


def report_text(sections: frozenset[ReportSection]) -> str:
    episodes, records = diary()
    data = ReportData(
        options=ReportOptions(PERIOD, sections=sections),
        generated_at=dt.datetime(2026, 11, 2, 10, 0, tzinfo=ZONE),
        app_version="0.1.0",
        episodes=episodes,
        day_records=records,
        medications=(MAGNESIUM, IBUPROFEN),
    )
    pdf, _ = render_report(data)
    return " ".join(" ".join(pdf_pages(pdf)).split())


def test_page_one_figures_match_the_hand_count() -> None:
    text = report_text(frozenset({ReportSection.SUMMARY}))
    # Kept: 2-30 Aug (29 days; 31 Aug opens the 21-day gap) and 21 Sep - 15 Oct (25 days).
    assert "Diary kept 2 Aug 2026 – 15 Oct 2026: 54 of 91 days." in text
    assert "Nothing recorded after 15 Oct 2026." in text
    assert "Nothing recorded before" not in text
    assert "Stretches of 14 days or more without any entry count as not kept." in text
    # Of the 54: 22 cramp days, 2 "no cramps", 30 without an entry.
    assert (
        "Of the days kept: 22 with cramps, 2 marked “no cramps”, and 30 without any entry"
    ) in text
    # 23 cramps (two on 2 Aug) over 54 days: 2.98 a week; 22 cramp days: 2.85 a week.
    assert "Episodes 23 Cramp days 22 Episodes per week 3.0 Cramp days per week 2.9" in text
    # The previous period (3 May - 1 Aug) is kept from 1 Jul (the diary's first day) to
    # 1 Aug: 32 of its 91 days, too few to compare.
    assert "Not comparable with the previous period: the diary covers 32 of 91 days of it." in (
        text
    )
    assert "Previous period" not in text
    # Current medicines on 31 Oct: magnesium only (ibuprofen stopped on 1 Sep).
    assert "Magnesium (Magnesium supplement) — since 16 Aug 2026" in text
    assert "Ibuprofen (" not in text


def test_monthly_chart_marks_months_not_kept() -> None:
    text = report_text(frozenset({ReportSection.SUMMARY}))
    assert "Cramp days per month, Nov 2025 – Oct 2026" in text
    # Nov-Jun: no entry. Jul: kept all month, 11 cramp days. Aug: kept 1-30 Aug, 15 cramp
    # days. Sep: kept 21-30 (10 of 30 days). Oct: kept 1-15 (15 of 31 days).
    chart = text[text.index("Cramp days per month") :]
    labels = "Nov Dec Jan Feb Mar Apr May Jun Jul Aug Sep Oct"
    assert "– – – – – – – – 11 15 – –" in chart
    assert labels in chart


def test_medicine_table_matches_the_hand_count() -> None:
    text = report_text(frozenset({ReportSection.MEDICINES}))
    # Magnesium from 16 Aug: windows of 56 days, 21 Jun - 15 Aug and 16 Aug - 10 Oct.
    # Before: kept 1 Jul - 15 Aug (46 days; the diary began on 1 Jul); 11 July cramps and
    # 8 in Aug (2, 4, ..., 14 Aug, two on 2 Aug) = 19: 2.89 a week.
    # After: kept 16-30 Aug (15) and 21 Sep - 10 Oct (20) = 35 days; 8 + 5 = 13: 2.6 a week.
    assert (
        "2.9 per week 19 cramps over 46 days kept, 21 Jun 2026 – 15 Aug 2026 "
        "2.6 per week 13 cramps over 35 days kept, 16 Aug 2026 – 10 Oct 2026"
    ) in text
    # Ibuprofen stopped on 1 Sep, inside magnesium's windows, and the other way round.
    assert "Ibuprofen stopped on 1 Sep 2026, inside this window" in text
    assert "Magnesium started on 16 Aug 2026, inside this window" in text
    # Ibuprofen's stop: 56 days each side, 7 Jul - 31 Aug and 1 Sep - 26 Oct. Before: kept
    # 7 Jul - 30 Aug (55 days), 9 July + 16 Aug cramps = 25: 3.18 a week. After: kept
    # 21 Sep - 15 Oct (25 days), 7 cramps: 1.96 a week.
    assert (
        "3.2 per week 25 cramps over 55 days kept, 7 Jul 2026 – 31 Aug 2026 "
        "2.0 per week 7 cramps over 25 days kept, 1 Sep 2026 – 26 Oct 2026"
    ) in text
    # Its start (1 Jan 2025) lies before anything the report read.
    assert "Started 1 Jan 2025 Not enough days kept on each side to compare." in text
    # The caveat is on the table's page.
    pages = pdf_pages(render_report_data_medicines())
    table_page = next(p for p in pages if "per week" in p)
    assert "people given a placebo also improved" in " ".join(table_page.split())


def render_report_data_medicines() -> bytes:
    episodes, records = diary()
    data = ReportData(
        options=ReportOptions(PERIOD, sections=frozenset({ReportSection.MEDICINES})),
        generated_at=dt.datetime(2026, 11, 2, 10, 0, tzinfo=ZONE),
        app_version="0.1.0",
        episodes=episodes,
        day_records=records,
        medications=(MAGNESIUM, IBUPROFEN),
    )
    return render_report(data)[0]
