"""The appendix read back from the PDF: every episode of the period once, oldest first, none
from the period before; the header at the top of each page; notes as typed, wrapped inside
the page; the filters used; cancelling between chunks."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from pathlib import Path

import pytest

from cramp_desktop.core.stats import episodes_in
from cramp_desktop.report import appendix
from cramp_desktop.report.context import ReportContext
from cramp_desktop.report.document import MARGIN_SIDE, PAGE_SIZES, render_report
from cramp_desktop.report.locale import ReportLocale
from cramp_desktop.report.model import Paper, ReportData, ReportSection
from cramp_desktop.report.styles import make_styles
from tests.report.conftest import MakeData, only, pdf_pages
from tests.report.rendering import pages_with_ink_in_right_margin

APPENDIX = only(ReportSection.APPENDIX)
YEARS_2 = 730  # about 320 episodes in the period
DATE = re.compile(r"\d{1,2} [A-Z][a-z]{2} \d{4}")  # a row's date in English: 1 Sep 2026
MARKUP_NOTE = "AT&T <b>not bold</b> </para> 5 < 6"
SCRIPTS_NOTE = "Zażółć gęślą jaźń · Καλημέρα κόσμε · Съешь же ещё этих булок"


def lines_of(pages: list[str]) -> list[list[str]]:
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]


def listed_moments(pages: list[str], locale: ReportLocale, data: ReportData) -> list[str]:
    """ "date time" of each row read back (a row's first cell holds the date, then the time
    on its own line), for every episode the data holds, this period's or the one before."""
    dates = {locale.date(e.started_at.date()) for e in data.episodes}
    times = {locale.time(e.started_at) for e in data.episodes}
    found = []
    for lines in lines_of(pages):
        for first, second in itertools.pairwise(lines):
            if first in dates and second in times:
                found.append(f"{first} {second}")
    return found


def with_notes(data: ReportData, *notes: str) -> ReportData:
    """`data` with the first episodes of its period carrying `notes`."""
    period = data.options.period
    in_period = [e for e in data.episodes if period.first <= e.started_at.date() <= period.last]
    replaced = {id(e): note for e, note in zip(in_period, notes, strict=False)}
    episodes = tuple(
        dataclasses.replace(e, notes=replaced[id(e)]) if id(e) in replaced else e
        for e in data.episodes
    )
    return dataclasses.replace(data, episodes=episodes)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("chunk_rows", [appendix.CHUNK_ROWS, 7])
def test_every_episode_of_the_period_is_listed_once_oldest_first(
    make_data: MakeData, monkeypatch: pytest.MonkeyPatch, chunk_rows: int
) -> None:
    monkeypatch.setattr(appendix, "CHUNK_ROWS", chunk_rows)
    data = make_data(days=YEARS_2, sections=APPENDIX)
    locale = ReportLocale("en")
    period = data.options.period
    expected = [
        f"{locale.date(e.started_at.date())} {locale.time(e.started_at)}"
        for e in sorted(episodes_in(data.episodes, period), key=lambda e: e.started_at)
    ]
    # More rows than one chunk; the data also holds the period before.
    assert len(data.episodes) > len(expected) > appendix.CHUNK_ROWS
    pdf, pages = render_report(data)
    assert pages > 2
    assert listed_moments(pdf_pages(pdf), locale, data) == expected
    assert f"Episodes listed: {locale.number(len(expected))}." in pdf_pages(pdf)[0]


@pytest.mark.parametrize("chunk_rows", [appendix.CHUNK_ROWS, 7])
def test_the_header_row_starts_every_page_and_appears_nowhere_else(
    make_data: MakeData, monkeypatch: pytest.MonkeyPatch, chunk_rows: int
) -> None:
    # Small chunks end in the middle of many pages: no header may be drawn there.
    monkeypatch.setattr(appendix, "CHUNK_ROWS", chunk_rows)
    data = make_data(days=YEARS_2, sections=APPENDIX)
    assert len(episodes_in(data.episodes, data.options.period)) > appendix.CHUNK_ROWS
    pdf, _ = render_report(data)
    pages = lines_of(pdf_pages(pdf))
    assert len(pages) > 2
    for number, lines in enumerate(pages, start=1):
        assert lines.count("Duration") == 1, number
        header = lines.index("Duration")
        first_row = next(i for i, line in enumerate(lines) if DATE.fullmatch(line))
        assert header < first_row, number  # above the page's first row
    assert pages[0].count("Appendix: all episodes") == 1
    assert all("Appendix: all episodes" not in lines for lines in pages[1:])


def test_the_filters_used_are_printed_above_the_table(make_data: MakeData) -> None:
    data = make_data(days=30, sections=APPENDIX)
    locale = ReportLocale("en")
    period = data.options.period
    text = flat(pdf_pages(render_report(data)[0])[0])
    filters = (
        f"Filters used: the period {locale.date(period.first)} – {locale.date(period.last)}; "
        "all episodes, none left out; oldest first."
    )
    assert filters in text
    assert text.index(filters) < text.index("Duration")


def test_durations_read_as_in_the_history_table(make_data: MakeData) -> None:
    data = make_data(days=30, sections=APPENDIX)
    lines = {line for page in lines_of(pdf_pages(render_report(data)[0])) for line in page}
    written = {30: "30 s", 60: "1 min", 90: "1 min 30 s", 240: "4 min", 420: "7 min"}
    logged = {e.duration_s for e in episodes_in(data.episodes, data.options.period)}
    assert logged & set(written)  # the sample has some of them
    for seconds in logged & set(written):
        assert written[seconds] in lines, seconds


def test_notes_print_exactly_as_typed_in_any_script(make_data: MakeData) -> None:
    data = with_notes(make_data(days=30, sections=APPENDIX), MARKUP_NOTE, SCRIPTS_NOTE)
    text = flat("\n".join(pdf_pages(render_report(data)[0])))
    assert MARKUP_NOTE in text
    assert SCRIPTS_NOTE in text


def test_a_note_longer_than_a_page_continues_in_the_next_rows(make_data: MakeData) -> None:
    words = " ".join(f"word{number}" for number in range(2500))
    data = with_notes(make_data(days=30, sections=APPENDIX), f"START {words} END")
    pdf, pages = render_report(data)
    text = flat("\n".join(pdf_pages(pdf)))
    assert pages >= 3
    assert "START word0 word1" in text
    assert "word2498 word2499 END" in text
    assert "(continued)" in text


def test_long_notes_and_words_stay_inside_the_right_margin(
    make_data: MakeData, tmp_path: Path
) -> None:
    long_word = "Unbreakable" * 40
    note = f"{'A long night, woke twice, walked it off. ' * 30}{long_word} end."
    for paper in Paper:
        data = with_notes(make_data(days=30, sections=APPENDIX, paper=paper), note, long_word)
        pdf, _ = render_report(data)
        text = "".join(flat("\n".join(pdf_pages(pdf))).split())
        assert long_word in text  # split between lines, not cut off
        assert pages_with_ink_in_right_margin(pdf, tmp_path / paper.value) == []


def test_column_widths_fill_the_text_frame_exactly(make_data: MakeData) -> None:
    for paper in Paper:
        data = make_data(days=90, sections=APPENDIX, paper=paper)
        width = PAGE_SIZES[paper][0] - 2 * MARGIN_SIDE
        context = ReportContext.create(data, ReportLocale("en"), make_styles(), width, lambda: None)
        table = appendix.EpisodeTable(
            context, list(episodes_in(data.episodes, data.options.period))
        )
        assert sum(table.widths) == pytest.approx(width)
        assert min(table.widths) > 20


def test_an_empty_period_says_so(make_data: MakeData) -> None:
    data = make_data(days=30, sections=APPENDIX)
    data = dataclasses.replace(data, episodes=())
    text = flat(pdf_pages(render_report(data)[0])[0])
    assert "No episodes were logged in this period." in text
    assert "Duration" not in text


def test_symptoms_are_shown_with_the_notes(make_data: MakeData) -> None:
    data = make_data(days=365, sections=APPENDIX)
    period = data.options.period
    swollen = [e for e in episodes_in(data.episodes, period) if e.symptoms]
    assert swollen
    text = flat("\n".join(pdf_pages(render_report(data)[0])))
    assert text.count("Symptoms: Swelling, redness or warmth of the calf") == len(swollen)


def test_building_checks_for_cancel_between_chunks(make_data: MakeData) -> None:
    data = make_data(days=30, sections=APPENDIX)
    template = data.episodes[-1]
    many = tuple(
        dataclasses.replace(template, started_at=template.started_at - dt.timedelta(minutes=n))
        for n in range(3 * appendix.CHUNK_ROWS)
    )
    data = dataclasses.replace(data, episodes=many)
    calls: list[int] = []
    context = ReportContext.create(
        data, ReportLocale("en"), make_styles(), 480.0, lambda: calls.append(1)
    )
    story = appendix.build(context)
    assert len(calls) >= 2
    chunks = [f for f in story if isinstance(f, appendix.EpisodeRows)]
    assert len(chunks) == 3
    assert sum(len(chunk.rows) for chunk in chunks) == len(many)


def test_only_the_appendix_when_it_alone_is_chosen(make_data: MakeData) -> None:
    text = flat("\n".join(pdf_pages(render_report(make_data(days=30, sections=APPENDIX))[0])))
    assert "Appendix: all episodes" in text
    assert "Medicines and checklist" not in text
    assert "Advice that applies" not in text
    others = frozenset(ReportSection) - APPENDIX
    text = flat("\n".join(pdf_pages(render_report(make_data(days=30, sections=others))[0])))
    assert "Appendix: all episodes" not in text
