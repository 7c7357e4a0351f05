"""The Report screen on a real database: choices, preview, names (saving and opening:
test_saving.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from cramp_desktop import preferences
from cramp_desktop.core.stats import Period
from cramp_desktop.report.model import Paper, ReportSection
from cramp_desktop.resources import available_languages
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common.data_events import DataEvents
from tests.ui.report.screen_setup import KEY, TODAY, episodes, wait_preview


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
