"""Editing an episode keeps its exact time and offset, whatever the computer's time zone.

Each test switches the process's time zone (TZ + tzset), opens a stored episode in the log
dialog, changes something else, saves, and reads `started_at` back from the database and
from export-csv (the real command).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from cramp_desktop.cli import main as cli_main
from cramp_desktop.core.episodes import Context, Episode, Muscle, Side
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common.data_events import DataEvents
from cramp_desktop.ui.episode.log_dialog import LogCrampDialog


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


def offset(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def episode_at(started_at: dt.datetime) -> Episode:
    return Episode(
        started_at=started_at,
        duration_s=90,
        severity=6,
        muscle=Muscle.CALF,
        side=Side.LEFT,
        context=Context.SLEEP,
    )


def stored_row(data_dir: Path) -> tuple[str, int]:
    with sqlite3.connect(data_dir / "cramp.db") as connection:
        row = connection.execute("SELECT started_at_utc, utc_offset_min FROM episode").fetchone()
    return str(row[0]), int(row[1])


def exported_started_at(tmp_path: Path) -> str:
    target = tmp_path / f"export-{time.monotonic_ns()}.csv"
    assert cli_main(["export-csv", str(target)]) == 0
    header, row = target.read_text(encoding="utf-8").splitlines()[:2]
    return row.split(",")[header.split(",").index("started_at")]


def edit_severity(qtbot, repositories: Repositories, tmp_path: Path, episode: Episode) -> Episode:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    now = dt.datetime(2026, 12, 1, 12, 0).astimezone()
    dialog = LogCrampDialog(repositories, DataEvents(), settings, episode=episode, now=lambda: now)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.severity.spin)
    qtbot.keyClick(dialog.severity.spin, Qt.Key.Key_3)
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.severity.spin, Qt.Key.Key_Return)
    [saved] = repositories.episodes.all()
    assert saved.severity == 3
    return saved


CASES = [
    # (computer's zone, the episode's start as logged, offset shown in the dialog)
    ("Asia/Tokyo", dt.datetime(2026, 9, 14, 21, 48, 30, tzinfo=offset(2)), "UTC+02:00"),
    ("Europe/Berlin", dt.datetime(2026, 9, 14, 21, 48, tzinfo=offset(9)), "UTC+09:00"),
    ("America/New_York", dt.datetime(2026, 9, 14, 0, 15, tzinfo=offset(1)), "UTC+01:00"),
    ("Europe/Berlin", dt.datetime(2026, 9, 14, 21, 48, tzinfo=offset(2)), None),  # its own zone
    # 25 Oct 2026, 02:30 happens twice in Berlin: the second time, at +01:00.
    ("Europe/Berlin", dt.datetime(2026, 10, 25, 2, 30, tzinfo=offset(1)), None),
    ("Europe/Berlin", dt.datetime(2026, 10, 25, 2, 30, tzinfo=offset(2)), None),
    # 8 Mar 2026, 02:30 does not exist in New York; an entry from elsewhere may say it.
    ("America/New_York", dt.datetime(2026, 3, 8, 2, 30, tzinfo=offset(-4)), "UTC-04:00"),
    ("America/New_York", dt.datetime(2026, 3, 8, 1, 59, 59, tzinfo=offset(-5)), None),
]


@pytest.mark.parametrize(("computer", "started_at", "shown_offset"), CASES)
def test_saving_without_changing_the_time_keeps_it_exactly(
    qtbot,
    zone,
    repositories: Repositories,
    data_dir: Path,
    tmp_path: Path,
    computer: str,
    started_at: dt.datetime,
    shown_offset: str | None,
) -> None:
    zone(computer)
    stored = repositories.episodes.add(episode_at(started_at))
    row_before, csv_before = stored_row(data_dir), exported_started_at(tmp_path)
    assert csv_before == started_at.isoformat()
    settings = QSettings(str(tmp_path / "shown.ini"), QSettings.Format.IniFormat)
    dialog = LogCrampDialog(repositories, DataEvents(), settings, episode=stored)
    qtbot.addWidget(dialog)
    shown = dialog.when.dateTime()
    assert (shown.date().day(), shown.time().hour(), shown.time().minute()) == (
        started_at.day,
        started_at.hour,
        started_at.minute,
    )
    assert dialog.zone_note.isVisibleTo(dialog) == (shown_offset is not None)
    if shown_offset is not None:
        assert dialog.zone_note.text() == shown_offset
    saved = edit_severity(qtbot, repositories, tmp_path, stored)
    assert saved.started_at == started_at
    assert saved.started_at.utcoffset() == started_at.utcoffset()
    assert stored_row(data_dir) == row_before
    assert exported_started_at(tmp_path) == csv_before


def test_a_changed_time_keeps_the_offset_it_was_logged_with(
    qtbot, zone, repositories: Repositories, tmp_path: Path
) -> None:
    zone("Asia/Tokyo")
    stored = repositories.episodes.add(
        episode_at(dt.datetime(2026, 9, 14, 21, 48, tzinfo=offset(2)))
    )
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = LogCrampDialog(repositories, DataEvents(), settings, episode=stored)
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(dialog.when.dateTime().addSecs(-3600))  # 20:48
    dialog.severity.set_value(4)
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    [saved] = repositories.episodes.all()
    assert saved.started_at == dt.datetime(2026, 9, 14, 20, 48, tzinfo=offset(2))
    assert saved.started_at.utcoffset() == dt.timedelta(hours=2)


def test_a_changed_time_in_the_computers_zone_follows_its_daylight_saving(
    qtbot, zone, repositories: Repositories, tmp_path: Path
) -> None:
    zone("Europe/Berlin")
    stored = repositories.episodes.add(
        episode_at(dt.datetime(2026, 10, 24, 22, 0, tzinfo=offset(2)))
    )
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = LogCrampDialog(repositories, DataEvents(), settings, episode=stored)
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(dialog.when.dateTime().addDays(2))  # 26 Oct: winter time
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    [saved] = repositories.episodes.all()
    assert saved.started_at == dt.datetime(2026, 10, 26, 22, 0, tzinfo=offset(1))
    assert saved.started_at.utcoffset() == dt.timedelta(hours=1)
    assert os.environ["TZ"] == "Europe/Berlin"


def test_the_history_table_shows_an_offset_that_is_not_the_computers(
    zone, repositories: Repositories
) -> None:
    from cramp_desktop.ui.history.table_model import Column, EpisodeTableModel

    zone("Asia/Tokyo")
    repositories.episodes.add(episode_at(dt.datetime(2026, 9, 14, 21, 48, tzinfo=offset(2))))
    repositories.episodes.add(episode_at(dt.datetime(2026, 9, 15, 7, 5, tzinfo=offset(9))))
    model = EpisodeTableModel(repositories.episodes)
    times = [str(model.index(row, Column.TIME).data()) for row in range(model.rowCount())]
    assert [time for time in times if "UTC" in time] == [
        next(time for time in times if time.endswith(" (UTC+02:00)"))
    ]
