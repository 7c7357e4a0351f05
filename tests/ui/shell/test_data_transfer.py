"""File menu data work in the running app: CSV import/export, back up now, restore."""

from __future__ import annotations

import datetime as dt
import html
import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from cramp_desktop.core.csv_io import read_episodes
from cramp_desktop.resources import translations_dir
from tests.file_modes import assert_private_file, hold_open_like_windows

HEADER = (
    "started_at,duration_min,severity,muscle,side,context,triggers,relief,"
    "relief_helped,sleep_disturbance,notes\n"
)
GOOD_ROWS = (
    "2024-03-01T02:30:00+01:00,2,6,calf,left,sleep,heat;caffeine,stretching,yes,5,first\n"
    '2024-03-02T03:10:00+01:00,1.5,4,foot,right,sleep,,massage,partly,,"two\nlines"\n'
)


@pytest.fixture
def opened(qtbot, make_app):  # type: ignore[no-untyped-def]
    application = make_app()
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitUntil(lambda: application.repositories is not None, timeout=10_000)
    return application


def close_message_boxes() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text() + "\n" + widget.informativeText())
            widget.done(0)
    return texts


def test_import_adds_every_row_and_tells_the_user(opened, qtbot, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(HEADER + GOOD_ROWS, encoding="utf-8")
    with qtbot.waitSignal(opened.events.episodes_changed, timeout=10_000):
        opened.transfer.import_file(opened.repositories, source)
    assert opened.repositories.episodes.count() == 2
    assert "Episodes imported: 2." in opened.window.statusBar().currentMessage()


def test_a_bad_row_imports_nothing_and_names_the_row(opened, qtbot, tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(HEADER + GOOD_ROWS + "2024-03-03T01:00:00,1,11,calf,left,sleep,,,,,\n")
    shown: list[str] = []
    opened.transfer.import_file(opened.repositories, source)

    def problems_shown() -> bool:
        shown.extend(close_message_boxes())
        return bool(shown)

    qtbot.waitUntil(problems_shown, timeout=10_000)
    assert "row 4" in shown[0] and "severity" in shown[0]
    assert opened.repositories.episodes.count() == 0


def test_import_problems_are_shown_in_the_users_language(opened, qtbot, tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(HEADER + GOOD_ROWS + "2024-03-03T01:00:00,1,11,knee,left,sleep,,,,,\n")
    german = QTranslator()
    assert german.load("cramp_desktop_de", str(translations_dir()))
    QApplication.installTranslator(german)
    shown: list[str] = []
    try:
        opened.transfer.import_file(opened.repositories, source)

        def problems_shown() -> bool:
            shown.extend(close_message_boxes())
            return bool(shown)

        qtbot.waitUntil(problems_shown, timeout=10_000)
    finally:
        QApplication.removeTranslator(german)
    intro, listed = shown[0].split("\n", 1)
    assert intro.startswith("Die Datei enthält Fehler, daher wurde nichts importiert.")
    problems = [html.unescape(item) for item in re.findall(r"<li>(.*?)</li>", listed)]
    assert problems == [
        "Zeile 4: muscle: unbekannter Code „knee“; verwenden Sie einen dieser Codes: "
        "calf | foot | toes | shin | thigh-front | thigh-back | other",
        "Zeile 4: severity: Wählen Sie eine Stärke von 0 bis 10.",
    ]


def test_export_writes_what_import_reads(opened, qtbot, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(HEADER + GOOD_ROWS, encoding="utf-8")
    with qtbot.waitSignal(opened.events.episodes_changed, timeout=10_000):
        opened.transfer.import_file(opened.repositories, source)
    target = tmp_path / "out.csv"
    opened.transfer.export_file(opened.repositories, target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    opened.transfer.wait()
    assert read_episodes(target) == read_episodes(source)
    assert target.read_bytes().startswith("\ufeffstarted_at,".encode())  # for Excel
    assert_private_file(target)


def test_restore_replaces_the_data_and_keeps_a_copy(opened, qtbot, tmp_path: Path) -> None:
    from cramp_desktop.storage.backups import backup_to

    source = tmp_path / "in.csv"
    source.write_text(HEADER + GOOD_ROWS, encoding="utf-8")
    with qtbot.waitSignal(opened.events.episodes_changed, timeout=10_000):
        opened.transfer.import_file(opened.repositories, source)
    snapshot = tmp_path / "two.db"
    backup_to(opened.paths.database, snapshot)
    opened.repositories.episodes.delete(opened.repositories.episodes.all()[0].id)

    with qtbot.waitSignal(opened.events.database_replaced, timeout=10_000):
        opened.restore_from_file(snapshot)
    assert opened.repositories.episodes.count() == 2
    kept = list(opened.paths.backups.glob("cramp-before-restore-*.db"))
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as connection:
        assert connection.execute("SELECT count(*) FROM episode").fetchone() == (1,)


def test_restoring_a_text_file_changes_nothing(opened, qtbot, tmp_path: Path) -> None:
    day = dt.date(2024, 1, 1)
    opened.repositories.days.mark_no_cramps(day)
    bogus = tmp_path / "notes.db"
    bogus.write_text("not a database")
    messages: list[str] = []
    dismiss = QTimer()  # the warning is modal: read and close it as a user would
    dismiss.timeout.connect(lambda: messages.extend(close_message_boxes()))
    dismiss.start(50)
    opened.restore_from_file(bogus)
    dismiss.stop()
    assert len(messages) == 1
    assert "“notes.db” is not a usable Leg Cramp Companion backup" in messages[0]
    assert "Choose another file" in messages[0]
    assert opened.repositories is not None
    assert opened.repositories.days.get(day) is not None


def test_export_over_a_file_open_in_excel_says_to_close_it(
    opened, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "episodes.csv"
    target.write_text("open in Excel")
    hold_open_like_windows(monkeypatch, target)
    shown: list[str] = []
    dismiss = QTimer()  # the warning is modal: read and close it as a user would
    dismiss.timeout.connect(lambda: shown.extend(close_message_boxes()))
    dismiss.start(50)
    opened.transfer.export_file(opened.repositories, target)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    dismiss.stop()
    assert f"{target} is open in another program" in shown[0]
    assert "Close the file in the other program, then try again." in shown[0]
    assert target.read_text() == "open in Excel"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "episodes.csv"]
