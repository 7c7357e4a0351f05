"""The Report screen on a real database: choices, preview, save, open, cancel, Ctrl+E."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from cramp_desktop import preferences
from cramp_desktop.core.episodes import Context, Episode, Muscle, Side
from cramp_desktop.core.stats import Period
from cramp_desktop.report.model import Paper, ReportSection
from cramp_desktop.resources import available_languages
from cramp_desktop.storage.database import Database
from cramp_desktop.storage.errors import DatabaseUnavailableError, user_text
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common.data_events import DataEvents
from cramp_desktop.ui.report.screen import ReportScreen
from tests.file_modes import assert_private_file, hold_open_like_windows

NOW = dt.datetime(2026, 3, 17, 9, 0).astimezone()
TODAY = NOW.date()
KEY = Qt.Key
WAIT_MS = 30_000

MakeScreen = Callable[..., ReportScreen]


def episodes(count: int, days: int = 80, notes: str = "") -> list[Episode]:
    return [
        Episode(
            started_at=dt.datetime.combine(
                TODAY - dt.timedelta(days=n % days), dt.time(2 + n % 4, n % 60)
            ).astimezone(),
            duration_s=60 + n % 300,
            severity=n % 11,
            muscle=Muscle.CALF if n % 3 else Muscle.FOOT,
            side=Side.LEFT if n % 2 else Side.RIGHT,
            context=Context.SLEEP,
            notes=notes or f"night {n}: walked it off after a long day on my feet",
        )
        for n in range(count)
    ]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def events() -> DataEvents:
    return DataEvents()


@pytest.fixture
def opened_urls() -> list[QUrl]:
    return []


@pytest.fixture
def make_screen(
    qtbot: QtBot,
    repositories: Repositories,
    events: DataEvents,
    settings: QSettings,
    opened_urls: list[QUrl],
) -> Iterator[MakeScreen]:
    built: list[ReportScreen] = []

    def make(show: bool = True) -> ReportScreen:
        screen = ReportScreen(
            repositories,
            events,
            settings,
            "en",
            now=lambda: NOW,
            open_url=lambda url: opened_urls.append(url) is None,
        )
        qtbot.addWidget(screen)
        built.append(screen)
        screen.resize(1000, 760)
        if show:
            screen.show()
            qtbot.waitExposed(screen)
        return screen

    yield make
    for screen in built:
        screen.stop_work()


def wait_idle(qtbot: QtBot, screen: ReportScreen) -> None:
    qtbot.waitUntil(lambda: not screen.is_busy(), timeout=WAIT_MS)


def wait_preview(qtbot: QtBot, screen: ReportScreen, after: int = 0) -> None:
    qtbot.waitUntil(lambda: screen.preview.made > after, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.preview.document.status() == QPdfDocument.Status.Ready)


def test_the_preview_loads_when_the_screen_is_shown(qtbot: QtBot, make_screen) -> None:
    screen = make_screen()
    wait_preview(qtbot, screen)
    assert screen.preview.document.pageCount() == screen.preview.pages > 0
    assert screen.preview.stack.currentWidget() is screen.preview.pdf_view
    assert str(screen.preview.pages) in screen.preview.note.text()


def test_presets_change_the_period_by_keyboard(qtbot: QtBot, make_screen) -> None:
    panel = make_screen().options_panel
    assert panel.options().period == Period.ending(TODAY, 90)  # the default
    assert not panel.from_edit.isEnabled()
    panel.range_box.setFocus()
    expected = {0: 14, 1: 30, 2: 90, 3: 365}
    qtbot.keyClick(panel.range_box, KEY.Key_Home)
    for index, days in expected.items():
        assert panel.range_box.currentIndex() == index
        assert panel.options().period == Period.ending(TODAY, days)
        assert panel.from_edit.date().toPython() == TODAY - dt.timedelta(days=days - 1)
        qtbot.keyClick(panel.range_box, KEY.Key_Down)
    assert panel.range_box.currentText() == "All time"  # the same presets as History's
    period = panel.options().period
    assert period.last == TODAY and not panel.from_edit.isEnabled()
    assert period.first == (screen_first_day := panel.from_edit.date().toPython())
    assert screen_first_day <= TODAY
    qtbot.keyClick(panel.range_box, KEY.Key_Down)
    assert panel.range_box.currentText() == "Custom range"
    assert panel.from_edit.isEnabled() and panel.to_edit.isEnabled()
    panel.from_edit.setDate(dt.date(2026, 1, 1))
    panel.to_edit.setDate(dt.date(2026, 1, 31))
    assert panel.options().period == Period(dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert panel.problem() == ""


def test_a_first_day_after_the_last_is_explained_and_nothing_is_made(
    qtbot: QtBot, make_screen, tmp_path: Path
) -> None:
    screen = make_screen()
    wait_preview(qtbot, screen)
    panel = screen.options_panel
    panel.range_box.setCurrentIndex(panel.range_box.count() - 1)
    panel.from_edit.setDate(dt.date(2026, 2, 10))
    panel.to_edit.setDate(dt.date(2026, 2, 1))
    assert "first day is after the last day" in panel.period_message.text()
    assert panel.period_message.isVisible()
    qtbot.waitUntil(lambda: screen.preview.stack.currentWidget() is screen.preview.message)
    screen.save_to(tmp_path / "x.pdf")
    assert not screen.is_busy() and not (tmp_path / "x.pdf").exists()
    assert "first day is after the last day" in screen.status.text()


def test_section_toggles_choose_what_is_in_the_report(
    qtbot: QtBot, make_screen, settings: QSettings
) -> None:
    screen = make_screen()
    panel = screen.options_panel
    assert panel.options().sections == frozenset(ReportSection)
    box = panel.section_boxes[ReportSection.APPENDIX]
    box.setFocus()
    qtbot.keyClick(box, KEY.Key_Space)
    assert panel.options().sections == frozenset(ReportSection) - {ReportSection.APPENDIX}
    for other in (s for s in ReportSection if s != ReportSection.APPENDIX):
        panel.section_boxes[other].setChecked(False)
    assert "at least one part" in panel.problem()
    qtbot.waitUntil(lambda: "at least one part" in screen.preview.message.text())
    panel.section_boxes[ReportSection.PATTERNS].setChecked(True)
    assert panel.options().sections == frozenset({ReportSection.PATTERNS})
    assert panel.problem() == ""
    again = make_screen(show=False).options_panel  # the choice is remembered
    assert again.options().sections == frozenset({ReportSection.PATTERNS})


def test_names_are_stored_only_while_remember_is_ticked(
    qtbot: QtBot, make_screen, settings: QSettings
) -> None:
    panel = make_screen().options_panel
    qtbot.keyClicks(panel.name_edit, "Ewa Zak")
    qtbot.keyClicks(panel.prepared_for_edit, "Dr Jones")
    assert panel.options().patient_name == "Ewa Zak"
    assert settings.value(preferences.REPORT_PATIENT_NAME.key) is None  # typed, not stored
    assert make_screen(show=False).options_panel.name_edit.text() == ""

    panel.remember_box.setFocus()
    qtbot.keyClick(panel.remember_box, KEY.Key_Space)
    assert settings.value(preferences.REPORT_PATIENT_NAME.key) == "Ewa Zak"
    qtbot.keyClicks(panel.prepared_for_edit, ", GP")
    assert settings.value(preferences.REPORT_PREPARED_FOR.key) == "Dr Jones, GP"
    remembered = make_screen(show=False).options_panel
    assert remembered.remember_box.isChecked()
    assert remembered.options().patient_name == "Ewa Zak"
    assert remembered.options().prepared_for == "Dr Jones, GP"

    qtbot.keyClick(panel.remember_box, KEY.Key_Space)  # untick: forget them
    for key in (
        preferences.REPORT_PATIENT_NAME.key,
        preferences.REPORT_PREPARED_FOR.key,
        preferences.REPORT_REMEMBER_NAMES.key,
    ):
        assert settings.value(key) is None
    forgotten = make_screen(show=False).options_panel
    assert not forgotten.remember_box.isChecked()
    assert forgotten.name_edit.text() == forgotten.prepared_for_edit.text() == ""
    assert panel.name_edit.text() == "Ewa Zak"  # still on this report


def test_date_of_birth_is_optional_and_kept_only_with_the_names(
    make_screen, settings: QSettings
) -> None:
    panel = make_screen().options_panel
    assert panel.options().date_of_birth is None
    assert panel.birth_edit.text() == "Not given"
    assert panel.birth_edit.accessibleName() == "Date of birth"
    panel.birth_edit.setDate(dt.date(1948, 3, 3))
    assert panel.options().date_of_birth == dt.date(1948, 3, 3)
    assert panel.birth_edit.text() == "3 Mar 1948"  # a month name: never 3/3 or 3.3.
    assert settings.value(preferences.REPORT_DATE_OF_BIRTH.key) is None  # typed, not stored
    panel.remember_box.setChecked(True)
    assert settings.value(preferences.REPORT_DATE_OF_BIRTH.key) == "1948-03-03"
    assert make_screen(show=False).options_panel.options().date_of_birth == dt.date(1948, 3, 3)
    panel.remember_box.setChecked(False)
    assert settings.value(preferences.REPORT_DATE_OF_BIRTH.key) is None
    assert make_screen(show=False).options_panel.options().date_of_birth is None


def test_language_and_paper_choices(make_screen) -> None:
    panel = make_screen(show=False).options_panel
    codes = [panel.language_box.itemData(i) for i in range(panel.language_box.count())]
    assert codes == available_languages()
    assert panel.options().language == "en"
    assert all(panel.language_box.itemText(i) for i in range(panel.language_box.count()))
    letter = panel.paper_box.findData(Paper.LETTER.value)
    panel.paper_box.setCurrentIndex(letter)
    assert panel.options().paper == Paper.LETTER


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


def test_the_preview_follows_changes_of_the_data(
    qtbot: QtBot, make_screen, repositories: Repositories, events: DataEvents
) -> None:
    screen = make_screen()
    wait_preview(qtbot, screen)
    made, pages = screen.preview.made, screen.preview.pages
    repositories.episodes.add_many(episodes(400))
    events.episodes_changed.emit()
    wait_preview(qtbot, screen, after=made)
    assert screen.preview.pages > pages  # the appendix lists the new episodes


def test_every_control_has_an_accessible_name(make_screen) -> None:
    from tests.ui.shell.test_accessible_tree import unnamed_tab_stops

    screen = make_screen()
    assert unnamed_tab_stops(screen) == []


def test_the_status_line_is_named_by_what_it_says(make_screen) -> None:
    from PySide6.QtGui import QAccessible

    screen = make_screen()
    screen.status.setText("Saved to /tmp/report.pdf (pages: 3).")
    interface = QAccessible.queryAccessibleInterface(screen.status)
    assert interface.text(QAccessible.Text.Name) == "Saved to /tmp/report.pdf (pages: 3)."
    open_name = QAccessible.queryAccessibleInterface(screen.open_button).text(QAccessible.Text.Name)
    assert screen.open_button.text().replace("&", "") in open_name


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


def test_the_preview_zooms_and_turns_pages_and_shows_when_it_is_busy(
    qtbot: QtBot, make_screen, repositories: Repositories
) -> None:
    from PySide6.QtPdfWidgets import QPdfView

    screen = make_screen(show=False)
    busy_seen: list[bool] = []
    original = screen.preview.bar.set_busy
    screen.preview.bar.set_busy = lambda busy: (busy_seen.append(busy), original(busy))  # type: ignore[method-assign]
    screen.show()
    wait_preview(qtbot, screen)
    assert True in busy_seen and busy_seen[-1] is False  # shown while rendering, then gone
    bar = screen.preview.bar
    assert screen.preview.pdf_view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert not bar.fit_button.isEnabled()
    fitted = bar.zoom_factor()
    qtbot.mouseClick(bar.zoom_in_button, Qt.MouseButton.LeftButton)
    assert screen.preview.pdf_view.zoomMode() == QPdfView.ZoomMode.Custom
    assert bar.zoom_factor() == pytest.approx(fitted * 1.25)
    assert bar.zoom_label.text() == f"{round(fitted * 125)} %"
    qtbot.mouseClick(bar.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.zoom_out_button, Qt.MouseButton.LeftButton)
    assert bar.zoom_factor() < fitted
    qtbot.mouseClick(bar.fit_button, Qt.MouseButton.LeftButton)
    assert screen.preview.pdf_view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    pages = screen.preview.document.pageCount()
    assert bar.page_label.text() == f"Page 1 of {pages}" and not bar.previous_button.isEnabled()
    if pages > 1:
        qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bar.page() == 1)
        assert bar.page_label.text() == f"Page 2 of {pages}" and bar.previous_button.isEnabled()


def test_the_zoom_shown_while_fitting_follows_the_width_of_the_preview(
    qtbot: QtBot, make_screen
) -> None:
    screen = make_screen()
    wait_preview(qtbot, screen)
    bar = screen.preview.bar
    page_pixels = screen.preview.document.pagePointSize(0).width() * bar.logicalDpiX() / 72
    room = screen.preview.pdf_view.viewport().width()
    shown = int(bar.zoom_label.text().split()[0])
    assert abs(shown - 100 * room / page_pixels) <= 10  # margins aside
    screen.resize(screen.width() + 300, screen.height())
    qtbot.waitUntil(lambda: int(bar.zoom_label.text().split()[0]) > shown)


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
