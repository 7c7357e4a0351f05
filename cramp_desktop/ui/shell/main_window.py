"""The main window: navigation between the screens, menus, remembered geometry.

Everything about the screens comes from the registry it is given (ui/screens.py): the
sidebar, the View menu, Ctrl+1...N and the texts naming them. Screens are built the
first time they are shown, so start-up paints only the shell and Today.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMargins,
    QPoint,
    QRect,
    QSettings,
    QSize,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from cramp_desktop import APP_NAME, preferences
from cramp_desktop.core.translation import fill
from cramp_desktop.ui.common import Menu, ScreenSpec, menu_actions_of
from cramp_desktop.ui.shell.icons import themed_icon

ScreenFactory = Callable[[ScreenSpec], QWidget]


def screen_shortcut(index: int) -> QKeySequence:
    """Ctrl+1 for the first screen of the registry, Ctrl+2 for the second, ..."""
    return QKeySequence(f"Ctrl+{index + 1}")


PREFERRED_SIZE = QSize(1100, 760)
MINIMUM_SIZE = QSize(720, 480)
# Room for the window manager's title bar and borders, not known before the first show.
DECORATION_ALLOWANCE = QMargins(8, 40, 8, 8)


def fitted_geometry(wanted: QRect, available: QRect) -> QRect:
    """`wanted` if it lies on the available part of the screen with its decorations, else
    the same size shrunk to fit, centred there."""
    room = available.marginsRemoved(DECORATION_ALLOWANCE)
    if room.contains(wanted):
        return wanted
    size = wanted.size().boundedTo(room.size())
    fitted = QRect(room.topLeft(), size)
    fitted.moveCenter(room.center())
    return fitted


def _set_shortcut(action: QAction, standard: QKeySequence.StandardKey, fallback: str) -> None:
    """The platform's standard key where it has one (e.g. Cmd+, on macOS), else `fallback`."""
    keys = QKeySequence.keyBindings(standard)
    action.setShortcuts(keys or [QKeySequence(fallback)])


class MainWindow(QMainWindow):
    screen_changed = Signal(str)
    first_painted = Signal()

    def __init__(
        self, settings: QSettings, screens: Sequence[ScreenSpec], screen_factory: ScreenFactory
    ) -> None:
        super().__init__()
        self._settings = settings
        self.screens = tuple(screens)
        self._screen_factory = screen_factory
        self._screens: dict[str, QWidget] = {}
        self._menu_sections: dict[Menu, list[QAction]] = {menu: [] for menu in Menu}
        self._painted = False
        self.setObjectName("MainWindow")

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setSpacing(2)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        for _spec in self.screens:
            self.navigation.addItem(QListWidgetItem())
        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_menus()
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        self._retranslate()
        self._apply_icons()
        self._restore_state()

    # -- screens -----------------------------------------------------------------
    def show_screen(self, key: str) -> QWidget:
        """Switch to screen `key`, building it on first use; returns the screen widget."""
        row = next(i for i, spec in enumerate(self.screens) if spec.key == key)
        self.navigation.setCurrentRow(row)
        return self._screens[key]

    def built_screen(self, key: str) -> QWidget | None:
        """The screen widget if it has been built."""
        return self._screens.get(key)

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def _show_menu_actions(self, screen: QWidget) -> None:
        """Put the shown screen's own actions (OffersMenuActions) in the menus, in place
        of the previous screen's: at the end of each menu (in File, before Quit). Their
        shortcuts stay bound to the screen."""
        offered = menu_actions_of(screen)
        for key, menu in self._menus().items():
            for action in self._menu_sections[key]:
                menu.removeAction(action)
            actions = list(offered.get(key, ()))
            section: list[QAction] = []
            if actions and key is Menu.FILE:  # Quit stays last
                section = [self.file_menu.insertSeparator(self._quit_separator), *actions]
                self.file_menu.insertActions(self._quit_separator, actions)
            elif actions:
                section = [menu.addSeparator()] if menu.actions() else []
                menu.addActions(actions)
                section += actions
            self._menu_sections[key] = section
        self.edit_menu.setEnabled(bool(self._menu_sections[Menu.EDIT]))

    def _menus(self) -> dict[Menu, QMenu]:
        return {Menu.FILE: self.file_menu, Menu.EDIT: self.edit_menu, Menu.VIEW: self.view_menu}

    def set_data_ready(self, ready: bool) -> None:
        for action in self.data_actions:
            action.setEnabled(ready)

    def rebuild_screens(self) -> None:
        """Drop every built screen and build the current one again (new data, or a restore)."""
        for widget in self._screens.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._screens.clear()
        self._on_row_changed(self.navigation.currentRow())

    def current_screen_key(self) -> str:
        return self.screens[max(self.navigation.currentRow(), 0)].key

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.screens[row].key
        widget = self._screens.get(key)
        if widget is None:
            widget = self._screen_factory(self.screens[row])
            widget.setObjectName(f"screen-{key}")
            self._screens[key] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self._show_menu_actions(widget)
        self.screen_actions[row].setChecked(True)
        self.screen_changed.emit(key)

    # -- actions and menus -------------------------------------------------------
    def _build_actions(self) -> None:
        # setShortcuts([...]), not setShortcut(...): PySide resolves the latter's overloads
        # by creating the Python enums of the whole Qt namespace (~60 ms of the start-up).
        self.screen_actions: list[QAction] = []
        group = QActionGroup(self)
        for index, spec in enumerate(self.screens):
            action = QAction(self)
            action.setCheckable(True)
            action.setShortcuts([screen_shortcut(index)])
            action.triggered.connect(lambda _=False, key=spec.key: self.show_screen(key))
            group.addAction(action)
            self.screen_actions.append(action)
        # Actions on the user's data: enabled once the database is open (set_data_ready).
        self.log_action = QAction(self)
        _set_shortcut(self.log_action, QKeySequence.StandardKey.New, "Ctrl+N")
        self.export_report_action = QAction(self)
        self.export_report_action.setShortcuts([QKeySequence("Ctrl+E")])
        self.import_action = QAction(self)
        self.export_action = QAction(self)
        self.import_json_action = QAction(self)
        self.export_json_action = QAction(self)
        self.backup_action = QAction(self)
        self.restore_action = QAction(self)
        self.data_actions = [
            self.log_action,
            self.export_report_action,
            self.import_action,
            self.export_action,
            self.import_json_action,
            self.export_json_action,
            self.backup_action,
            self.restore_action,
        ]
        for action in self.data_actions:
            action.setEnabled(False)
        self.quit_action = QAction(self)
        _set_shortcut(self.quit_action, QKeySequence.StandardKey.Quit, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.settings_action = QAction(self)
        _set_shortcut(self.settings_action, QKeySequence.StandardKey.Preferences, "Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.help_action = QAction(self)
        self.help_action.setShortcuts(QKeySequence.StandardKey.HelpContents)
        self.open_data_folder_action = QAction(self)
        self.open_logs_folder_action = QAction(self)
        self.check_updates_action = QAction(self)
        self.check_updates_action.setMenuRole(QAction.MenuRole.ApplicationSpecificRole)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = QAction(self)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.log_action, self.export_report_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.import_action, self.export_action])
        self.file_menu.addActions([self.import_json_action, self.export_json_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.backup_action, self.restore_action])
        self._quit_separator = self.file_menu.addSeparator()
        self.settings_menu: QMenu | None = None
        if sys.platform == "darwin":
            # Qt moves Preferences (and Quit, About) into the app menu; a Settings menu
            # of its own would be left empty there.
            self.file_menu.addAction(self.settings_action)
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.setEnabled(False)  # holds only the shown screen's actions
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(self.screen_actions)
        if sys.platform != "darwin":
            self.settings_menu = bar.addMenu("")
            self.settings_menu.addAction(self.settings_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.help_action)
        self.help_menu.addSeparator()
        self.help_menu.addActions([self.open_data_folder_action, self.open_logs_folder_action])
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.check_updates_action)
        self.help_menu.addActions([self.about_action, self.about_qt_action])

    def add_settings_action(self, action: QAction) -> None:
        """Another entry beside Preferences: in the Settings menu, or on macOS (which has
        none, see _build_menus) in the File menu before Quit."""
        if self.settings_menu is not None:
            self.settings_menu.addAction(action)
        else:
            self.file_menu.insertAction(self.quit_action, action)

    def _retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("MainWindow", APP_NAME))
        for index, spec in enumerate(self.screens):
            title = QCoreApplication.translate("MainWindow", spec.title)
            item = self.navigation.item(index)
            item.setText(title)
            keys = self.screen_actions[index].shortcut()
            item.setToolTip(f"{title} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
            self.screen_actions[index].setText(title)
        self.navigation.setAccessibleName(self.tr("Screens"))
        native = QKeySequence.SequenceFormat.NativeText
        self.navigation.setAccessibleDescription(
            fill(
                self.tr("Choose a screen; %1 to %2 switch directly"),
                [
                    screen_shortcut(0).toString(native),
                    screen_shortcut(len(self.screens) - 1).toString(native),
                ],
            )
        )
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        if self.settings_menu is not None:
            self.settings_menu.setTitle(self.tr("&Settings"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.log_action.setText(self.tr("&Log a cramp…"))
        self.export_report_action.setText(self.tr("Export re&port…"))
        self.import_action.setText(self.tr("&Import episodes from CSV…"))
        self.export_action.setText(self.tr("&Export episodes to CSV…"))
        self.import_json_action.setText(self.tr("Import everything (&JSON)…"))
        self.export_json_action.setText(self.tr("Export everythin&g (JSON)…"))
        self.backup_action.setText(self.tr("&Back up now…"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))
        self.settings_action.setText(self.tr("&Preferences…"))
        self.help_action.setText(self.tr("&Help and keyboard shortcuts"))
        self.open_data_folder_action.setText(self.tr("Open &data folder"))
        self.open_logs_folder_action.setText(self.tr("Open &logs folder"))
        self.check_updates_action.setText(self.tr("Check for &updates…"))
        self.about_action.setText(self.tr("&About Leg Cramp Companion"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        self.navigation.setFixedWidth(self._navigation_width())

    def _navigation_width(self) -> int:
        metrics = self.navigation.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self.navigation.item(i).text())
            for i in range(len(self.screens))
        )
        return widest + self.navigation.iconSize().width() + 4 * metrics.averageCharWidth() + 24

    def _apply_icons(self) -> None:
        color = self.palette().color(self.palette().ColorRole.WindowText)
        selected = self.palette().color(self.palette().ColorRole.HighlightedText)
        ratio = self.devicePixelRatioF()
        for index, spec in enumerate(self.screens):
            icon = themed_icon(spec.icon, color, ratio, selected)
            self.navigation.item(index).setIcon(icon)
            self.screen_actions[index].setIcon(icon)

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._retranslate()
        elif kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_icons()
        elif kind == QEvent.Type.FontChange:
            self.navigation.setFixedWidth(self._navigation_width())
        super().changeEvent(event)

    # -- geometry ----------------------------------------------------------------
    def _restore_state(self) -> None:
        available = self.screen().availableGeometry()
        room = available.marginsRemoved(DECORATION_ALLOWANCE).size()
        self.setMinimumSize(MINIMUM_SIZE.boundedTo(room))
        geometry = preferences.WINDOW_GEOMETRY.get(self._settings)
        if geometry is None or not self.restoreGeometry(geometry):
            wanted = QRect(QPoint(0, 0), PREFERRED_SIZE)
            wanted.moveCenter(available.center())
        else:  # a saved geometry may come from a larger screen or a larger scale
            wanted = self.geometry()
        self.setGeometry(fitted_geometry(wanted, available))
        state = preferences.WINDOW_STATE.get(self._settings)
        if state is not None:
            self.restoreState(state)
        self.navigation.setCurrentRow(0)  # Today is home: every start opens there

    def closeEvent(self, event: QCloseEvent) -> None:
        preferences.WINDOW_GEOMETRY.set(self._settings, self.saveGeometry())
        preferences.WINDOW_STATE.set(self._settings, self.saveState())
        self._settings.sync()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        # The window paints with its sidebar and screen, in one pass. (Not an event filter
        # on the sidebar's viewport(): asking Qt for an untyped widget makes PySide create
        # the Python type of every widget class, which costs the start-up ~70 ms.)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        QTimer.singleShot(0, self, self._keep_sidebar_unscrolled)

    def _keep_sidebar_unscrolled(self) -> None:
        # The sidebar is as wide as its titles (_navigation_width), so no horizontal scroll
        # bar shows at the first paint; this keeps one from ever showing. It needs the Qt
        # namespace, whose Python enums cost ~60 ms: after the first paint.
        from PySide6.QtCore import Qt

        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
