"""export-pdf as users run it: a real subprocess on a real data folder, the PDF read back."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from cramp_desktop.core.episodes import Context, Episode, Muscle, Side
from cramp_desktop.core.stats import Period
from cramp_desktop.paths import DataPaths
from cramp_desktop.report.locale import ReportLocale
from cramp_desktop.storage.database import open_database
from cramp_desktop.storage.repositories import Repositories
from tests.file_modes import assert_private_file

pytestmark = pytest.mark.slow

A4_WIDTH, LETTER_WIDTH = 595, 612  # points, rounded


def run(data_dir: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cramp_desktop", "--data-dir", str(data_dir), *map(str, args)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        encoding="utf-8",  # what the app writes on every system (console.py)
        timeout=120,
    )


def seed(data_dir: Path, days_ago: list[int]) -> None:
    today = dt.date.today()
    episodes = [
        Episode(
            started_at=dt.datetime.combine(today - dt.timedelta(days=n), dt.time(3)).astimezone(),
            duration_s=120,
            severity=6,
            muscle=Muscle.CALF,
            side=Side.LEFT,
            context=Context.SLEEP,
            notes=f"entry {n}d",
        )
        for n in days_ago
    ]
    with open_database(DataPaths(data_dir)) as database:
        Repositories.for_database(database).episodes.add_many(episodes)


def pages_of(pdf: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(BytesIO(pdf.read_bytes())).pages]


def header(period: Period, name: str = "") -> str:
    """The page header as document.py writes it, in English."""
    locale = ReportLocale("en")
    text = f"Leg cramp report · {locale.date(period.first)} – {locale.date(period.last)}"
    return f"{name} · {text}" if name else text


def assert_one_line_failure(result: subprocess.CompletedProcess[str], expected: str) -> None:
    assert result.returncode == 1, result.stdout
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_default_is_the_last_90_days_private_pdf(data_dir: Path, tmp_path: Path) -> None:
    seed(data_dir, [0, 89, 90, 200])
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "report.pdf"
    result = run(data_dir, "export-pdf", target, "--lang", "en")
    assert result.returncode == 0, result.stderr
    pages = pages_of(target)
    assert result.stdout.strip() == (f"Report written to {target} (pages: {len(pages)}).")
    assert target.read_bytes().startswith(b"%PDF-")
    assert header(Period.ending(dt.date.today(), 90)) in pages[0]
    assert "Self-reported by the patient, not clinically reviewed" in pages[0]
    assert f"Page 1 of {len(pages)}" in pages[0]
    everything = "\n".join(pages)  # the appendix lists the period's episodes by their notes
    assert "entry 0d" in everything and "entry 89d" in everything
    assert "entry 90d" not in everything and "entry 200d" not in everything
    assert_private_file(target)
    assert [p.name for p in folder.iterdir()] == ["report.pdf"]  # no temporary file left


def test_from_to_name_and_paper(data_dir: Path, tmp_path: Path) -> None:
    seed(data_dir, [3])
    target = tmp_path / "letter.pdf"
    first, last = dt.date(2026, 1, 5), dt.date(2026, 2, 3)
    name = "Zoë O'Brien & <Ćwik>"
    result = run(
        data_dir,
        "export-pdf",
        target,
        "--from",
        first.isoformat(),
        "--to",
        last.isoformat(),
        "--name",
        name,
        "--prepared-for",
        "Dr Jones",
        "--paper",
        "letter",
        "--lang",
        "en",
    )
    assert result.returncode == 0, result.stderr
    assert header(Period(first, last), name) in pages_of(target)[0]
    reader = PdfReader(target)
    assert round(float(reader.pages[0].mediabox.width)) == LETTER_WIDTH
    result = run(data_dir, "export-pdf", target, "--to", "2026-02-03", "--paper", "a4")
    assert result.returncode == 0, result.stderr
    assert round(float(PdfReader(target).pages[0].mediabox.width)) == A4_WIDTH
    assert header(Period.ending(last, 90)) in pages_of(target)[0]  # --to alone: 90 days


def test_a_single_day_report(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "day.pdf"
    result = run(data_dir, "export-pdf", target, "--from", "2026-03-01", "--to", "2026-03-01")
    assert result.returncode == 0, result.stderr
    assert target.is_file()


@pytest.mark.parametrize("bad", ["2026-02-30", "01.02.2026", "tomorrow"])
def test_bad_dates_are_one_line(data_dir: Path, tmp_path: Path, bad: str) -> None:
    target = tmp_path / "out.pdf"
    result = run(data_dir, "export-pdf", target, "--from", bad)
    assert_one_line_failure(result, f"'{bad}' is not a date; write it as YYYY-MM-DD")
    assert not target.exists()


def test_from_after_to_is_refused(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    result = run(data_dir, "export-pdf", target, "--from", "2026-03-02", "--to", "2026-03-01")
    assert_one_line_failure(
        result, "The first day (2026-03-02) is after the last day (2026-03-01)."
    )
    assert not target.exists()


def test_date_mistakes_are_translated(data_dir: Path, tmp_path: Path) -> None:
    """The pseudo-locale marks every translated text, so this holds in any language."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CRAMP_DESKTOP_PSEUDO_LOCALE": "1"}
    for args, expected in (
        (["--from", "tomorrow"], "⟦'tomorrow' is not a date; write it as YYYY-MM-DD"),
        (["--from", "2026-03-02", "--to", "2026-03-01"], "⟦The first day (2026-03-02) is after"),
    ):
        command = ["--data-dir", str(data_dir), "export-pdf", str(tmp_path / "out.pdf"), *args]
        result = subprocess.run(
            [sys.executable, "-m", "cramp_desktop", *command],
            env=env,
            capture_output=True,
            encoding="utf-8",  # what the app writes on every system (console.py)
            timeout=120,
        )
        assert_one_line_failure(result, f"cramp-desktop: {expected}")


def test_a_missing_folder_or_a_folder_as_target_is_one_line(data_dir: Path, tmp_path: Path) -> None:
    result = run(data_dir, "export-pdf", tmp_path / "no-such-folder" / "out.pdf")
    assert_one_line_failure(result, "cannot be written (there is no such folder)")
    result = run(data_dir, "export-pdf", tmp_path)
    assert_one_line_failure(result, "is a folder; give a file name")


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs a user that permissions apply to"
)
def test_a_read_only_folder_is_one_line(data_dir: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = run(data_dir, "export-pdf", locked / "out.pdf")
        assert_one_line_failure(result, "cannot be written (Permission denied)")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_an_existing_file_is_replaced_whole(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_text("an old file")
    result = run(data_dir, "export-pdf", target)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF-")


def test_unknown_language_and_paper_are_usage_errors(data_dir: Path, tmp_path: Path) -> None:
    for args in (["--lang", "xx"], ["--paper", "a5"]):
        result = run(data_dir, "export-pdf", tmp_path / "out.pdf", *args)
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1
