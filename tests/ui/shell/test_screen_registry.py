"""The screen registry: a screen is one ScreenSpec, and the main window finds everything
about it there: the sidebar, the View menu, Ctrl+number, the texts naming the shortcuts,
and the actions it offers to the menus."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from cramp_desktop.core.translation import QT_TRANSLATE_NOOP
from cramp_desktop.ui.common import Menu, MenuActions, ScreenContext, ScreenSpec
from cramp_desktop.ui.screens import SCREENS
from cramp_desktop.ui.shell import MainWindow


class ScratchScreen(QWidget):
    """A throwaway screen that offers one action to the Edit menu and one to View."""

    def __init__(self) -> None:
        super().__init__()
        QVBoxLayout(self).addWidget(QLabel("scratch"))
        self.tidy_action = QAction("&Tidy up", self)
        self.tidy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.tidy_action)
        self.wider_action = QAction("&Wider", self)

    def actions_for_menus(self) -> MenuActions:
        return {Menu.EDIT: [self.tidy_action], Menu.VIEW: [self.wider_action]}


def scratch_spec() -> ScreenSpec:
    return ScreenSpec(
        "scratch",
        QT_TRANSLATE_NOOP("MainWindow", "Scratch pad"),
        "today",
        QT_TRANSLATE_NOOP("OpeningScreen", "Notes for the moment."),
        lambda _context: ScratchScreen(),
        needs_data=False,
    )


def make_window(qtbot, tmp_path, screens) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    built: list[ScreenSpec] = []

    def factory(spec: ScreenSpec) -> QWidget:
        built.append(spec)
        context = ScreenContext(  # only the factory of the scratch screen reads it
            settings=settings,
            language="en",
            events=None,  # type: ignore[arg-type]
            repositories=None,
            show_screen=lambda key: QWidget(),
            open_article=print,
            log_cramp=print,
            try_experiment=print,
        )
        return spec.factory(context) if not spec.needs_data else QLabel(spec.title)

    window = MainWindow(settings, screens, factory)
    window.built_specs = built  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_a_registered_screen_is_in_the_sidebar_the_view_menu_and_the_shortcuts(
    qtbot, tmp_path
) -> None:
    screens = (*SCREENS, scratch_spec())
    window = make_window(qtbot, tmp_path, screens)
    last = len(screens) - 1
    assert window.navigation.count() == len(screens)
    item = window.navigation.item(last)
    assert item.text() == "Scratch pad"
    assert item.toolTip() == f"Scratch pad (Ctrl+{len(screens)})"
    assert not item.icon().isNull()
    titles = [a.text() for a in window.view_menu.actions() if not a.isSeparator()]
    assert "Scratch pad" in titles
    view_action = window.screen_actions[last]
    assert view_action.shortcut() == QKeySequence(f"Ctrl+{len(screens)}")
    assert f"Ctrl+{len(screens)}" in window.navigation.accessibleDescription()

    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + last), Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen_key() == "scratch"
    screen = window.built_screen("scratch")
    assert isinstance(screen, ScratchScreen) and screen.isVisible()
    assert window.stack.currentWidget() is screen


def test_a_screens_menu_actions_are_shown_only_while_it_is_shown(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path, (*SCREENS, scratch_spec()))
    assert not window.edit_menu.isEnabled()  # Today offers nothing to Edit
    window.show_screen("scratch")
    screen = window.built_screen("scratch")
    assert isinstance(screen, ScratchScreen)
    assert screen.tidy_action in window.edit_menu.actions() and window.edit_menu.isEnabled()
    assert window.view_menu.actions()[-1] is screen.wider_action
    window.show_screen("today")
    assert screen.tidy_action not in window.edit_menu.actions()
    assert screen.wider_action not in window.view_menu.actions()
    assert not window.edit_menu.isEnabled()
    window.show_screen("scratch")
    assert window.edit_menu.actions() == [screen.tidy_action]  # once, not twice


def test_the_read_screen_offers_find_zoom_and_print_in_the_menus(qtbot, make_app) -> None:
    application = make_app()
    window = application.window
    qtbot.addWidget(window)
    read = window.show_screen("read")
    edit = [a.text() for a in window.edit_menu.actions()]
    view = [a.text() for a in window.view_menu.actions()]
    file_ = [a.text() for a in window.file_menu.actions()]
    assert read.find_action.text() in edit and window.edit_menu.isEnabled()
    assert read.zoom_in_action.text() in view
    assert file_.index(read.print_action.text()) < file_.index(window.quit_action.text())
    assert window.file_menu.actions()[-1] is window.quit_action


def test_history_offers_undo_and_redo_in_the_edit_menu(qtbot, make_app) -> None:
    application = make_app()
    window = application.window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: application.repositories is not None)
    history = window.show_screen("history")
    assert window.edit_menu.actions() == [history.undo_action, history.redo_action]
    window.show_screen("today")
    assert window.edit_menu.actions() == [] and not window.edit_menu.isEnabled()


def test_every_registered_screen_has_a_unique_key_an_icon_and_a_purpose() -> None:
    from cramp_desktop.resources import resource_path

    keys = [spec.key for spec in SCREENS]
    assert len(set(keys)) == len(keys)
    for spec in SCREENS:
        assert resource_path(f"icons/{spec.icon}.svg").is_file()
        assert spec.purpose or not spec.needs_data  # shown while the data opens
