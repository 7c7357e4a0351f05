"""Saving and opening the report from its screen: private PDFs with the choices made,
Ctrl+E, cancelling, and failures explained."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from cramp_desktop import preferences
from cramp_desktop.report.model import Paper
from cramp_desktop.storage.database import Database
from cramp_desktop.storage.errors import DatabaseUnavailableError, user_text
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.report.screen import ReportScreen
from tests.file_modes import assert_private_file, hold_open_like_windows
from tests.ui.report.screen_setup import KEY, episodes, wait_idle


def test_save_writes_a_private_pdf_with_the_choices(
    qtbot: QtBot, make_screen, repositories: Repositories, tmp_path: Path
) -> None:
    repositories.episodes.add_many(episodes(12))
    screen = make_screen()
    panel = screen.options_panel
    panel.name_edit.setText("Ewa & <Żak>")
    panel.paper_box.setCurrentIndex(panel.paper_box.findData(Paper.LETTER.value))
    target = tmp_path / "report.pdf"
    screen.save_to(target)
    wait_idle(qtbot, screen)
    assert target.read_bytes().startswith(b"%PDF-")
    assert_private_file(target)
    reader = PdfReader(target)
    assert round(float(reader.pages[0].mediabox.width)) == 612  # US Letter
    assert "Ewa & <Żak>" in (reader.pages[0].extract_text() or "")
    assert screen.last_saved == target
    assert str(target) in screen.status.text()
    assert screen.save_button.isEnabled()


def test_open_saves_to_the_last_file_and_opens_it(
    qtbot: QtBot, make_screen, tmp_path: Path, opened_urls: list[QUrl]
) -> None:
    screen = make_screen()
    first = tmp_path / "first.pdf"
    screen.save_to(first)
    wait_idle(qtbot, screen)
    first.unlink()
    screen.open_report()
    wait_idle(qtbot, screen)
    assert first.is_file()
    assert opened_urls == [QUrl.fromLocalFile(str(first))]


def test_a_failed_save_is_explained_without_a_traceback(
    qtbot: QtBot, make_screen, tmp_path: Path
) -> None:
    screen = make_screen()
    screen.save_to(tmp_path / "no-such-folder" / "report.pdf")
    wait_idle(qtbot, screen)
    assert "could not be saved" in screen.status.text()
    assert "Traceback" not in screen.status.text()


def test_a_path_with_placeholders_in_its_name_is_shown_as_it_is(
    qtbot: QtBot, make_screen, tmp_path: Path
) -> None:
    screen = make_screen(show=False)
    folder = tmp_path / "50%1 %2 off"
    folder.mkdir()
    target = folder / "report %2.pdf"
    screen.save_to(target)
    wait_idle(qtbot, screen)
    assert target.is_file()
    assert screen.status.text().startswith(f"Saved to {target} (pages: ")
    missing = tmp_path / "no %2 here" / "report %1.pdf"
    screen.save_to(missing)
    wait_idle(qtbot, screen)
    assert f"could not be saved to {missing}: " in screen.status.text()


def test_a_read_failure_is_explained_in_the_words_of_its_kind_and_logged(
    qtbot: QtBot,
    make_screen,
    database: Database,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    screen = make_screen(show=False)
    with sqlite3.connect(database.path) as connection:
        connection.execute("ALTER TABLE medication RENAME TO medication_gone")
    with caplog.at_level(logging.WARNING, logger="cramp_desktop"):
        screen.save_to(tmp_path / "report.pdf")
        wait_idle(qtbot, screen)
    assert screen.status.text() == user_text(DatabaseUnavailableError("reading failed"))
    assert not (tmp_path / "report.pdf").exists()
    assert any("could not be read" in record.getMessage() for record in caplog.records)


def test_cancel_stops_an_export_and_writes_nothing(
    qtbot: QtBot, make_screen, repositories: Repositories, tmp_path: Path
) -> None:
    repositories.episodes.add_many(episodes(3000))
    screen = make_screen(show=False)  # no preview competing with the export
    target = tmp_path / "big.pdf"
    screen.save_to(target)
    assert screen.is_busy() and screen.cancel_button.isVisibleTo(screen)
    assert not screen.save_button.isEnabled()
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, screen)
    assert not target.exists()
    assert list(tmp_path.glob("*.pdf")) == []  # no half-written temporary file either
    assert "Nothing was saved" in screen.status.text()
    assert not screen.cancel_button.isVisibleTo(screen)


def test_ctrl_e_shows_the_report_screen_and_saves(
    qtbot: QtBot, make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    application = make_app()
    window = application.window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: application.repositories is not None, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    asked: list[str] = []
    target = tmp_path / "chosen" / "mine"  # no .pdf: it is added

    def choose(parent: QWidget, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), filters

    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.keyClick(window, KEY.Key_E, Qt.KeyboardModifier.ControlModifier)
    screen = window.built_screen("report")
    assert isinstance(screen, ReportScreen) and window.current_screen_key() == "report"
    wait_idle(qtbot, screen)
    saved = target.with_name("mine.pdf")
    assert saved.read_bytes().startswith(b"%PDF-")
    today = dt.date.today().isoformat()
    assert Path(asked[0]).name == f"leg-cramp-report-{today}.pdf"
    assert application.settings.value(preferences.REPORT_FOLDER.key) == str(
        target.parent
    )  # remembered
    screen.start_save()
    assert Path(asked[1]).parent == target.parent
    wait_idle(qtbot, screen)
    screen.stop_work()


def test_open_again_writes_a_new_file_beside_the_open_one(
    qtbot: QtBot, make_screen, tmp_path: Path, opened_urls: list[QUrl]
) -> None:
    """A viewer may still hold the first report open; Windows cannot replace it."""
    screen = make_screen()
    first = tmp_path / "report.pdf"
    screen.save_to(first, open_after=True)
    wait_idle(qtbot, screen)
    screen.open_report()
    wait_idle(qtbot, screen)
    second = tmp_path / "report-2.pdf"
    assert second.read_bytes().startswith(b"%PDF-")
    assert opened_urls == [QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))]
    assert screen.last_saved == second


def test_saving_over_a_file_open_elsewhere_says_to_close_it(
    qtbot: QtBot, make_screen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF- open in Acrobat")
    hold_open_like_windows(monkeypatch, target)
    screen = make_screen()
    screen.save_to(target)
    wait_idle(qtbot, screen)
    assert "Close the file in the other program, then try again" in screen.status.text()
    assert str(target) in screen.status.text()
    assert target.read_bytes() == b"%PDF- open in Acrobat"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == ["report.pdf"]
