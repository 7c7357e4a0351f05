"""The main window: navigation between the screens, menus, remembered geometry.

Screens are built the first time they are shown, so start-up paints only the shell
and Today.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from cramp_desktop import APP_NAME
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.ui.shell.icons import themed_icon


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str  # source text; shown through QCoreApplication.translate("MainWindow", ...)
    icon: str


SCREENS = (
    ScreenSpec("today", QT_TRANSLATE_NOOP("MainWindow", "Today"), "today"),
    ScreenSpec("read", QT_TRANSLATE_NOOP("MainWindow", "Read"), "read"),
    ScreenSpec("checklist", QT_TRANSLATE_NOOP("MainWindow", "Checklist"), "checklist"),
    ScreenSpec("history", QT_TRANSLATE_NOOP("MainWindow", "History"), "history"),
    ScreenSpec("report", QT_TRANSLATE_NOOP("MainWindow", "Report"), "report"),
)

ScreenFactory = Callable[[str], QWidget]


def _set_shortcut(action: QAction, standard: QKeySequence.StandardKey, fallback: str) -> None:
    """The platform's standard key where it has one (e.g. Cmd+, on macOS), else `fallback`."""
    keys = QKeySequence.keyBindings(standard)
    action.setShortcuts(keys or [QKeySequence(fallback)])


class MainWindow(QMainWindow):
    screen_changed = Signal(str)
    first_painted = Signal()

    def __init__(self, settings: QSettings, screen_factory: ScreenFactory) -> None:
        super().__init__()
        self._settings = settings
        self._screen_factory = screen_factory
        self._screens: dict[str, QWidget] = {}
        self._painted = False
        self.setObjectName("MainWindow")
        self.setMinimumSize(QSize(720, 480))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setSpacing(2)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        for spec in SCREENS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigation.addItem(item)
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
        self.navigation.viewport().installEventFilter(self)  # to notice the first paint

    # -- screens -----------------------------------------------------------------
    def show_screen(self, key: str) -> QWidget:
        """Switch to screen `key`, building it on first use; returns the screen widget."""
        row = next(i for i, spec in enumerate(SCREENS) if spec.key == key)
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

    def set_edit_actions(self, actions: list[QAction]) -> None:
        """Show a screen's own undo/redo actions in the Edit menu (their shortcuts stay
        bound to that screen)."""
        self.edit_menu.clear()
        self.edit_menu.addActions(actions)
        self.edit_menu.setEnabled(bool(actions))

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
        return SCREENS[max(self.navigation.currentRow(), 0)].key

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = SCREENS[row].key
        widget = self._screens.get(key)
        if widget is None:
            widget = self._screen_factory(key)
            widget.setObjectName(f"screen-{key}")
            self._screens[key] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.screen_actions[row].setChecked(True)
        self.screen_changed.emit(key)

    # -- actions and menus -------------------------------------------------------
    def _build_actions(self) -> None:
        self.screen_actions: list[QAction] = []
        group = QActionGroup(self)
        for index, spec in enumerate(SCREENS):
            action = QAction(self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_screen(key))
            group.addAction(action)
            self.screen_actions.append(action)
        # Actions on the user's data: enabled once the database is open (set_data_ready).
        self.log_action = QAction(self)
        _set_shortcut(self.log_action, QKeySequence.StandardKey.New, "Ctrl+N")
        self.export_report_action = QAction(self)
        self.export_report_action.setShortcut(QKeySequence("Ctrl+E"))
        self.import_action = QAction(self)
        self.export_action = QAction(self)
        self.backup_action = QAction(self)
        self.restore_action = QAction(self)
        self.data_actions = [
            self.log_action,
            self.export_report_action,
            self.import_action,
            self.export_action,
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
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
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
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.backup_action, self.restore_action])
        self.file_menu.addSeparator()
        self.settings_menu: QMenu | None = None
        if sys.platform == "darwin":
            # Qt moves Preferences (and Quit, About) into the app menu; a Settings menu
            # of its own would be left empty there.
            self.file_menu.addAction(self.settings_action)
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.setEnabled(False)  # filled by set_edit_actions()
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(self.screen_actions)
        if sys.platform != "darwin":
            self.settings_menu = bar.addMenu("")
            self.settings_menu.addAction(self.settings_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.help_action, self.about_action, self.about_qt_action])

    def _retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("MainWindow", APP_NAME))
        for index, spec in enumerate(SCREENS):
            title = QCoreApplication.translate("MainWindow", spec.title)
            item = self.navigation.item(index)
            item.setText(title)
            keys = self.screen_actions[index].shortcut()
            item.setToolTip(f"{title} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
            self.screen_actions[index].setText(title)
        self.navigation.setAccessibleName(self.tr("Screens"))
        native = QKeySequence.SequenceFormat.NativeText
        first, last = (self.screen_actions[i].shortcut().toString(native) for i in (0, -1))
        self.navigation.setAccessibleDescription(
            fill(self.tr("Choose a screen; %1 to %2 switch directly"), (first, last))
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
        self.backup_action.setText(self.tr("&Back up now…"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))
        self.settings_action.setText(self.tr("&Preferences…"))
        self.help_action.setText(self.tr("&Help and keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Leg Cramp Companion"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        self.navigation.setFixedWidth(self._navigation_width())

    def _navigation_width(self) -> int:
        metrics = self.navigation.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self.navigation.item(i).text()) for i in range(len(SCREENS))
        )
        return widest + self.navigation.iconSize().width() + 4 * metrics.averageCharWidth() + 24

    def _apply_icons(self) -> None:
        color = self.palette().color(self.palette().ColorRole.WindowText)
        ratio = self.devicePixelRatioF()
        for index, spec in enumerate(SCREENS):
            icon = themed_icon(spec.icon, color, ratio)
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
        geometry = self._settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 760)
        state = self._settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self.navigation.setCurrentRow(0)  # Today is home: every start opens there

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.sync()
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.navigation.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self.first_painted.emit)
        return super().eventFilter(watched, event)
