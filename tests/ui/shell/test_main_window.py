"""The main window driven through qtbot: navigation, menus, dialogs, remembered geometry."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from cramp_desktop.ui.screens import SCREENS
from tests.ui.shell.test_mnemonics import mnemonic


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


def test_menu_mnemonics_are_unique_within_each_menu(qtbot, make_app) -> None:
    application, window = shown_window(qtbot, make_app)
    qtbot.waitUntil(lambda: application.repositories is not None)
    menus = [action.menu() for action in window.menuBar().actions()]
    titles = [mnemonic(action.text()) for action in window.menuBar().actions()]
    assert "" not in titles and len(set(titles)) == len(titles)
    for spec in SCREENS:  # each screen adds its own actions to the menus
        window.show_screen(spec.key)
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


def test_about_shows_the_data_folder_and_the_versions_of_python_qt_and_pyside(
    qtbot, make_app, tmp_path: Path
) -> None:
    import platform

    import PySide6
    from PySide6.QtCore import qVersion

    from cramp_desktop.ui.shell.about_dialog import AboutDialog

    dialog = AboutDialog(tmp_path / "my data")
    qtbot.addWidget(dialog)
    about = dialog.tabs.widget(0).toPlainText()
    assert f"Your data folder: {tmp_path / 'my data'}" in about
    assert (
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {PySide6.__version__}"
        in about
    )


def test_about_lists_the_bundles_licence_index_when_there_is_one(
    qtbot, make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from cramp_desktop.ui.shell import about_dialog

    index = tmp_path / "THIRD-PARTY-LICENSES" / "components.json"
    index.parent.mkdir()
    entry = {"name": "Obscure-Lib", "version": "9.1", "licence": "Zlib", "folder": "x", "files": []}
    index.write_text(json.dumps([entry]), encoding="utf-8")
    monkeypatch.setattr(about_dialog, "licences_dir", lambda: tmp_path)
    dialog = about_dialog.AboutDialog()
    qtbot.addWidget(dialog)
    licences = dialog.tabs.widget(1).toPlainText()
    assert "Obscure-Lib" in licences and "Zlib" in licences
    assert f"The full licence texts are in {tmp_path}." in licences


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


def test_the_selected_screen_icon_is_drawn_in_the_highlighted_text_colour(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon

    from cramp_desktop.ui.shell.appearance import dark_palette

    _application, window = shown_window(qtbot, make_app)
    window.setPalette(dark_palette())
    icon = window.navigation.item(0).icon()
    selected = icon.pixmap(24, QIcon.Mode.Selected).toImage()
    wanted = dark_palette().color(dark_palette().ColorRole.HighlightedText)
    opaque = [
        selected.pixelColor(x, y)
        for x in range(selected.width())
        for y in range(selected.height())
        if selected.pixelColor(x, y).alpha() == 255
    ]
    assert opaque and all(colour.rgb() == wanted.rgb() for colour in opaque)
