"""The main window driven through qtbot: navigation, menus, dialogs, remembered geometry."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from cramp_desktop.ui.shell.main_window import SCREENS


def shown_window(qtbot, make_app):  # type: ignore[no-untyped-def]
    application = make_app()
    window = application.window
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return application, window


def test_ctrl_number_switches_between_the_five_screens(qtbot, make_app) -> None:
    _, window = shown_window(qtbot, make_app)
    for index, spec in enumerate(SCREENS):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.current_screen_key() == spec.key
        assert window.stack.currentWidget() is window.built_screen(spec.key)
        assert window.built_screen(spec.key).isVisible()


def test_navigation_list_is_keyboard_driven(qtbot, make_app) -> None:
    _, window = shown_window(qtbot, make_app)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_screen_key() == "read"
    qtbot.keyClick(window.navigation, Qt.Key.Key_End)
    assert window.current_screen_key() == "report"


def test_screens_are_built_only_when_first_shown(qtbot, make_app) -> None:
    _, window = shown_window(qtbot, make_app)
    assert window.built_screen("today") is not None
    assert window.built_screen("report") is None
    window.show_screen("report")
    assert window.built_screen("report") is not None


def test_screens_say_the_data_is_opening_until_it_is_open(qtbot, make_app) -> None:
    application = make_app()
    window = application.window
    qtbot.addWidget(window)
    screen = window.show_screen("history")  # before the first paint: no data yet
    texts = " ".join(label.text() for label in screen.findChildren(QLabel))
    assert "History" in texts and "Opening your data…" in texts
    window.show()
    qtbot.waitUntil(lambda: application.repositories is not None)
    assert type(window.built_screen("history")).__name__ == "HistoryScreen"


def test_every_interactive_widget_has_an_accessible_name(qtbot, make_app) -> None:
    _, window = shown_window(qtbot, make_app)
    for spec in SCREENS:
        window.show_screen(spec.key)
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in window.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(window)
        and not w.accessibleName()
        and type(w).__name__ not in {"QScrollBar", "QWidget", "QStackedWidget", "QSplitterHandle"}
        and not w.objectName().startswith("qt_")
    ]
    assert unnamed == []


def test_window_geometry_is_remembered(qtbot, make_app) -> None:
    _application, window = shown_window(qtbot, make_app)
    window.resize(QSize(763, 517))
    wanted = window.size()
    assert wanted == QSize(763, 517)
    window.close()
    again = make_app()
    qtbot.addWidget(again.window)
    assert again.window.size() == wanted


def test_menus_reach_settings_help_and_about(qtbot, make_app) -> None:
    _application, window = shown_window(qtbot, make_app)
    for action in (window.settings_action, window.help_action, window.about_action):
        action.trigger()
        dialogs = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
        ]
        assert len(dialogs) == 1
        dialogs[0].reject()
    assert window.help_action.shortcut().toString() == "F1"


def mnemonic(text: str) -> str:
    """The letter after a single "&" ("" when there is none)."""
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else ""


def test_menu_mnemonics_are_unique_within_each_menu(qtbot, make_app) -> None:
    _application, window = shown_window(qtbot, make_app)
    menus = [action.menu() for action in window.menuBar().actions()]
    titles = [mnemonic(action.text()) for action in window.menuBar().actions()]
    assert "" not in titles and len(set(titles)) == len(titles)
    for menu in menus:
        letters = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        letters = [letter for letter in letters if letter]
        assert len(set(letters)) == len(letters), [a.text() for a in menu.actions()]
    assert mnemonic(window.export_report_action.text()) == "p"


def test_help_lists_the_log_and_export_shortcuts(qtbot, make_app, tmp_path: Path) -> None:
    from cramp_desktop.ui.shell.about_dialog import HelpDialog

    _application, window = shown_window(qtbot, make_app)
    dialog = HelpDialog(tmp_path)
    qtbot.addWidget(dialog)
    rows = dialog.tabs.widget(0).toPlainText().splitlines()
    for action, what in (
        (window.log_action, "Log a cramp"),
        (window.export_report_action, "Export report"),
    ):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)  # ⌘ on macOS
        assert keys in rows and rows[rows.index(keys) + 1] == what, (keys, rows)  # its cell


def test_shortcut_texts_are_the_systems(qtbot, make_app) -> None:
    from cramp_desktop.ui.common.widgets import shortcut_text

    native = QKeySequence.SequenceFormat.NativeText

    def name(keys: str) -> str:
        return QKeySequence(keys).toString(native)

    assert shortcut_text("Ctrl+1 … Ctrl+5") == f"{name('Ctrl+1')} … {name('Ctrl+5')}"
    assert shortcut_text("Ctrl+Z / Ctrl+Shift+Z") == f"{name('Ctrl+Z')} / {name('Ctrl+Shift+Z')}"
    assert shortcut_text("Ctrl++ / Ctrl+-") == f"{name('Ctrl++')} / {name('Ctrl+-')}"
    _application, window = shown_window(qtbot, make_app)
    description = window.navigation.accessibleDescription()
    assert f"{name('Ctrl+1')} to {name('Ctrl+5')}" in description


def test_on_macos_preferences_need_no_settings_menu(
    qtbot, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt moves Preferences, About and Quit to the application menu by their roles; a
    Settings menu would be left empty there."""
    monkeypatch.setattr(sys, "platform", "darwin")
    _application, window = shown_window(qtbot, make_app)
    assert window.settings_menu is None
    titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Help"]
    assert window.settings_action in window.file_menu.actions()
    roles = QAction.MenuRole
    assert window.settings_action.menuRole() is roles.PreferencesRole
    assert window.about_action.menuRole() is roles.AboutRole
    assert window.about_qt_action.menuRole() is roles.AboutQtRole
    assert window.quit_action.menuRole() is roles.QuitRole


def test_elsewhere_settings_have_their_menu(qtbot, make_app) -> None:
    _application, window = shown_window(qtbot, make_app)
    titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Settings", "Help"]
    assert window.settings_action not in window.file_menu.actions()


def test_about_shows_version_and_licences(qtbot, make_app) -> None:
    from cramp_desktop import __version__
    from cramp_desktop.ui.shell.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    texts = [dialog.tabs.widget(i).toPlainText() for i in range(dialog.tabs.count())]
    assert __version__ in texts[0]
    assert "SQLAlchemy" in texts[1] and "LGPL" in texts[1]


def test_text_size_setting_scales_fonts_and_is_saved(qtbot, make_app, data_dir: Path) -> None:
    from cramp_desktop.ui.shell.appearance import Appearance

    application, _window = shown_window(qtbot, make_app)
    base = QApplication.font().pointSizeF()
    application.apply_settings("en", Appearance(theme="dark", text_scale=1.5))
    assert QApplication.font().pointSizeF() == base * 1.5
    assert Appearance.load(application.settings) == Appearance(theme="dark", text_scale=1.5)
    assert QApplication.styleHints().colorScheme() in (Qt.ColorScheme.Dark, Qt.ColorScheme.Unknown)


def test_storage_opens_after_first_paint(qtbot, make_app, data_dir: Path) -> None:
    application, _window = shown_window(qtbot, make_app)
    qtbot.waitUntil(lambda: application.database is not None, timeout=10_000)
    assert (data_dir / "cramp.db").is_file()


def test_icons_follow_the_palette(qtbot, make_app) -> None:
    from cramp_desktop.ui.shell.appearance import dark_palette

    _application, window = shown_window(qtbot, make_app)
    before = window.navigation.item(0).icon().pixmap(24).toImage()
    window.setPalette(dark_palette())
    after = window.navigation.item(0).icon().pixmap(24).toImage()
    assert before != after
