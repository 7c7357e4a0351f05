"""The Read screen, driven with the keyboard and mouse through qtbot."""
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QFontMetricsF, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cramp_desktop import preferences
from cramp_desktop.ui.read.article_view import LINE_CHARS
from cramp_desktop.ui.read.screen import ReadScreen

SECTIONS = [
    ("introduction", "Sodium and leg cramps"),
    ("sodium-role", "Sodium’s Essential Role in Your Body"),
    ("why-cramps-occur", "Why Leg Cramps Occur"),
    ("sodium-and-cramps", "The Connection Between Sodium and Cramps"),
    ("managing-cramps", "Addressing Leg Cramps and Sodium Intake"),
]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def screen(qtbot: QtBot, settings: QSettings) -> ReadScreen:
    widget = ReadScreen(settings)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def toc_items(screen: ReadScreen) -> list[tuple[str, str]]:
    items = [screen.toc.item(row) for row in range(screen.toc.count())]
    return [(item.data(Qt.ItemDataRole.UserRole), item.text()) for item in items]


def block_at_top(screen: ReadScreen) -> str:
    """The text of the block shown on the first line of the article view."""
    view = screen.view
    y = round(QFontMetricsF(view.document().defaultFont()).height() / 2)
    return view.cursorForPosition(QPoint(5, y)).block().text()


def assert_heading_at_top(screen: ReadScreen, title: str) -> None:
    assert block_at_top(screen) == title
    view = screen.view
    layout = view.document().documentLayout()
    cursor = view.document().find(title)
    heading_top = layout.blockBoundingRect(cursor.block()).top()
    line_height = QFontMetricsF(view.document().defaultFont()).height()
    # The heading's first line is within the top line of the viewport, not lower down.
    assert 0 <= heading_top - view.verticalScrollBar().value() < line_height * 2


def test_toc_lists_the_sections_in_order(screen: ReadScreen) -> None:
    assert toc_items(screen) == SECTIONS
    assert screen.toc.accessibleName()
    assert [s.anchor for s in screen.sections()] == [a for a, _ in SECTIONS]


def test_enter_on_a_toc_item_scrolls_its_heading_to_the_top(
    screen: ReadScreen, qtbot: QtBot
) -> None:
    screen.toc.setFocus()
    screen.toc.setCurrentRow(0)
    bar = screen.view.verticalScrollBar()
    for anchor, title in SECTIONS[1:]:
        qtbot.keyClick(screen.toc, Qt.Key.Key_Down)
        assert screen.toc.currentItem().data(Qt.ItemDataRole.UserRole) == anchor
        before = bar.value()
        assert block_at_top(screen) != title
        qtbot.keyClick(screen.toc, Qt.Key.Key_Return)
        assert bar.value() > before
        assert_heading_at_top(screen, title)
    qtbot.keyClick(screen.toc, Qt.Key.Key_Home)
    qtbot.keyClick(screen.toc, Qt.Key.Key_Enter)
    assert bar.value() == 0
    assert block_at_top(screen) == SECTIONS[0][1]


def test_clicking_a_toc_item_scrolls_to_its_section(screen: ReadScreen, qtbot: QtBot) -> None:
    item = screen.toc.item(3)
    rect = screen.toc.visualItemRect(item)
    qtbot.mouseClick(screen.toc.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert_heading_at_top(screen, SECTIONS[3][1])


@pytest.mark.parametrize(("anchor", "title"), SECTIONS[::-1])
def test_show_section_brings_each_heading_to_the_top(
    screen: ReadScreen, anchor: str, title: str
) -> None:
    screen.show_section("introduction" if anchor != "introduction" else "managing-cramps")
    assert screen.show_section(anchor) is True
    assert_heading_at_top(screen, title)


def test_show_section_before_the_screen_is_shown_survives_the_first_layout(
    qtbot: QtBot, settings: QSettings
) -> None:
    widget = ReadScreen(settings)
    qtbot.addWidget(widget)
    assert widget.show_section("sodium-and-cramps")
    widget.resize(900, 450)
    widget.show()
    qtbot.waitExposed(widget)
    assert_heading_at_top(widget, SECTIONS[3][1])


def test_show_section_with_an_unknown_anchor_returns_false_and_stays(
    screen: ReadScreen,
) -> None:
    screen.show_section("why-cramps-occur")
    value = screen.view.verticalScrollBar().value()
    assert screen.show_section("no-such-section") is False
    assert screen.show_section("") is False
    assert screen.view.verticalScrollBar().value() == value


def open_find_and_type(screen: ReadScreen, qtbot: QtBot, text: str) -> None:
    qtbot.keyClick(screen.view, Qt.Key.Key_F, CTRL)
    assert screen.find_bar.isVisible()
    assert QApplication.focusWidget() is screen.find_bar.edit
    qtbot.keyClicks(screen.find_bar.edit, text)


def match_starts(screen: ReadScreen, word: str) -> list[int]:
    plain = screen.view.toPlainText()
    return [m.start() for m in re.finditer(re.escape(word), plain, re.IGNORECASE)]


def test_ctrl_f_and_typing_counts_every_match(screen: ReadScreen, qtbot: QtBot) -> None:
    open_find_and_type(screen, qtbot, "sodium")
    expected = screen.view.toPlainText().lower().count("sodium")
    assert expected > 10
    assert screen.find_bar.status.text() == f"1 of {expected}"
    assert screen.find_bar.match_count() == expected
    selections = screen.view.extraSelections()
    assert len(selections) == expected
    highlight = screen.view.palette().color(QPalette.ColorRole.Highlight)
    current = [s for s in selections if s.format.background().color() == highlight]
    assert len(current) == 1  # the current match stands out from the others
    assert current[0].cursor.selectionStart() == match_starts(screen, "sodium")[0]


def test_next_and_previous_move_the_selection_and_wrap(screen: ReadScreen, qtbot: QtBot) -> None:
    open_find_and_type(screen, qtbot, "Sodium")
    starts = match_starts(screen, "sodium")
    total = len(starts)
    edit = screen.find_bar.edit

    def selected() -> int:
        cursor = screen.view.textCursor()
        assert cursor.selectedText().lower() == "sodium"
        return cursor.selectionStart()

    assert selected() == starts[0]
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert selected() == starts[1]
    assert screen.find_bar.status.text() == f"2 of {total}"
    qtbot.keyClick(edit, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClick(edit, Qt.Key.Key_Enter, SHIFT)  # wraps from the first to the last
    assert selected() == starts[-1]
    assert screen.find_bar.status.text() == f"{total} of {total}"
    qtbot.keyClick(edit, Qt.Key.Key_F3)  # wraps from the last to the first
    assert selected() == starts[0]
    qtbot.keyClick(edit, Qt.Key.Key_F3, SHIFT)
    assert selected() == starts[-1]
    qtbot.mouseClick(screen.find_bar.next_button, Qt.MouseButton.LeftButton)
    assert selected() == starts[0]


def test_nonsense_shows_no_matches_and_escape_closes(screen: ReadScreen, qtbot: QtBot) -> None:
    open_find_and_type(screen, qtbot, "sodium")
    assert screen.view.extraSelections()
    qtbot.keyClicks(screen.find_bar.edit, "qzxv")
    assert screen.find_bar.status.text() == "No matches"
    assert screen.view.extraSelections() == []
    assert not screen.view.textCursor().hasSelection()
    assert not screen.find_bar.next_button.isEnabled()
    qtbot.keyClick(screen.find_bar.edit, Qt.Key.Key_Escape)
    assert not screen.find_bar.isVisible()
    assert QApplication.focusWidget() is screen.view


def test_find_button_opens_the_bar(screen: ReadScreen, qtbot: QtBot) -> None:
    qtbot.mouseClick(screen.find_button, Qt.MouseButton.LeftButton)
    assert screen.find_bar.isVisible()
    assert QApplication.focusWidget() is screen.find_bar.edit


def point_size(screen: ReadScreen) -> float:
    return screen.view.document().defaultFont().pointSizeF()


def test_zoom_keys_change_the_size_and_it_is_restored(
    screen: ReadScreen, qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    normal = point_size(screen)
    qtbot.keyClick(screen.view, Qt.Key.Key_Plus, CTRL)
    bigger = point_size(screen)
    assert bigger > normal
    qtbot.keyClick(screen.view, Qt.Key.Key_Equal, CTRL)
    assert point_size(screen) > bigger
    qtbot.keyClick(screen.view, Qt.Key.Key_Minus, CTRL)
    assert point_size(screen) == pytest.approx(bigger)
    settings.sync()

    again = ReadScreen(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert point_size(again) == pytest.approx(bigger)
    assert again.zoom() == screen.zoom() > 100

    qtbot.keyClick(screen.view, Qt.Key.Key_0, CTRL)
    assert point_size(screen) == pytest.approx(normal)
    assert int(str(settings.value(preferences.READ_ZOOM.key))) == 100


def test_zoom_is_bounded_and_buttons_follow(screen: ReadScreen, qtbot: QtBot) -> None:
    for _ in range(30):
        qtbot.mouseClick(screen.zoom_in_button, Qt.MouseButton.LeftButton)
    assert screen.zoom() == 300
    assert not screen.zoom_in_button.isEnabled()
    for _ in range(30):
        screen.zoom_out_action.trigger()
    assert screen.zoom() == 50
    assert not screen.zoom_out_action.isEnabled()
    assert screen.zoom_in_button.isEnabled()


def test_bad_stored_zoom_falls_back(qtbot: QtBot, settings: QSettings) -> None:
    settings.setValue(preferences.READ_ZOOM.key, "huge")
    widget = ReadScreen(settings)
    qtbot.addWidget(widget)
    assert widget.zoom() == 100
    settings.setValue(preferences.READ_ZOOM.key, 10_000)
    assert ReadScreen(settings).zoom() == 300


def test_text_column_is_about_seventy_characters_and_centred(
    screen: ReadScreen, qtbot: QtBot
) -> None:
    screen.resize(1400, 600)
    qtbot.wait(10)

    def check() -> None:
        view = screen.view
        margins = view.viewportMargins()
        assert margins.left() == margins.right() > 0
        chars = view.viewport().width() / QFontMetricsF(view.font()).averageCharWidth()
        assert LINE_CHARS - 2 <= chars <= LINE_CHARS + 6

    check()
    screen.zoom_in()
    screen.zoom_in()
    check()


def test_every_interactive_widget_has_an_accessible_name(screen: ReadScreen) -> None:
    screen.open_find()
    unnamed = [
        w
        for w in screen.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.accessibleName()
    ]
    assert unnamed == []
    for button in (screen.find_button, screen.zoom_in_button, screen.print_button):
        assert button.toolTip() and button.accessibleName()
    for action in (screen.find_action, screen.zoom_in_action, screen.print_action):
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut


def test_print_to_a_pdf(screen: ReadScreen, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "article.pdf"
    printer.setOutputFileName(str(out))
    screen.print_to(printer)
    assert out.read_bytes().startswith(b"%PDF")


def test_unknown_language_falls_back_to_english(qtbot: QtBot, settings: QSettings) -> None:
    widget = ReadScreen(settings, language="xx")
    qtbot.addWidget(widget)
    assert [s.anchor for s in widget.sections()] == [a for a, _ in SECTIONS]


def test_print_preview_opens_and_closes(screen: ReadScreen, qtbot: QtBot) -> None:
    seen: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        if dialog is not None:
            dialog.close()

    QTimer.singleShot(200, close_dialog)
    screen.print_preview_action.trigger()
    assert seen == ["QPrintPreviewDialog"]


def test_evidence_notes_stand_beside_their_claims_marked_as_the_apps(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from cramp_desktop.ui.read.screen import ReadScreen

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    screen = ReadScreen(settings, "en")
    qtbot.addWidget(screen)
    text = screen.view.document().toPlainText()
    label = "The app's note on the evidence (not part of the article)"
    assert text.count(label) == 3  # three paragraphs carry notes
    claim = text.index("Regular stretching prevents cramps")
    note = text.index("one trial found that stretching", claim)
    assert text.index(label, claim) < note < text.index("Quinine reduces cramps a little")
    assert "Hallegraeff et al." in text[note:]
    # The article's own words are unchanged around it.
    assert "Regular stretching prevents cramps by improving muscle flexibility" in text


def test_find_scrolls_each_match_into_the_middle_of_the_view(
    screen: ReadScreen, qtbot: QtBot
) -> None:
    open_find_and_type(screen, qtbot, "sodium")
    view = screen.view
    bar = view.verticalScrollBar()
    line = view.fontMetrics().lineSpacing()
    centred = 0
    for _ in range(len(screen.find_bar._matches)):
        qtbot.keyClick(screen.find_bar.edit, Qt.Key.Key_F3)
        offset = abs(view.cursorRect().center().y() - view.viewport().height() // 2)
        at_an_end = bar.value() in (bar.minimum(), bar.maximum())
        assert offset <= line or at_an_end
        centred += offset <= line
    assert centred > 0
