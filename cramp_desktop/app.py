"""Composition root: paths -> settings and translators -> main window -> database.

The window is painted first; the database (SQLAlchemy, and Alembic only when an
upgrade is due) is opened from the event loop right after the first paint.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from cramp_desktop import __version__, preferences, startup
from cramp_desktop.core.translation import fill
from cramp_desktop.options import EXIT_BAD_INPUT, EXIT_OK, PROG, GuiOptions
from cramp_desktop.paths import DataPaths, resolve_data_dir
from cramp_desktop.resources import available_languages
from cramp_desktop.ui.common import DataEvents, ScreenContext, ScreenSpec
from cramp_desktop.ui.screens import SCREENS
from cramp_desktop.ui.shell import (
    BASE_STYLE,
    Appearance,
    AppearanceController,
    MainWindow,
    OpeningScreen,
    SingleInstance,
    app_icon,
    choose_language,
    install_translators,
    screen_shortcut,
)

if TYPE_CHECKING:
    from cramp_desktop.storage.database import Database
    from cramp_desktop.storage.repositories import Repositories
    from cramp_desktop.ui.companion import CompanionFeatures
    from cramp_desktop.ui.shell import DataTransfer, SavedNotice

log = logging.getLogger("cramp_desktop")


class CrampApplication:
    """Owns the window, the settings and (once opened) the database for one run."""

    def __init__(self, qt_app: QApplication, options: GuiOptions, paths: DataPaths) -> None:
        self.qt_app = qt_app
        self.options = options
        self.paths = paths
        self.settings = preferences.open_settings(paths)
        self.language = choose_language(options.language, preferences.LANGUAGE.get(self.settings))
        self._translators = install_translators(qt_app, self.language)
        self.appearance = AppearanceController(qt_app)
        self.appearance.apply(Appearance.load(self.settings))
        self.database: Database | None = None
        self.repositories: Repositories | None = None
        self.events = DataEvents()
        self.saved_notice: SavedNotice | None = None
        self.features: CompanionFeatures | None = None  # start_features(), after the first paint
        self.exit_code = EXIT_OK

        self.window = MainWindow(self.settings, SCREENS, self.create_screen)
        self.window.settings_action.triggered.connect(self.show_settings)
        self.window.about_action.triggered.connect(self.show_about)
        self.window.about_qt_action.triggered.connect(QApplication.aboutQt)
        self.window.help_action.triggered.connect(self.show_help)
        self.window.open_data_folder_action.triggered.connect(
            lambda: self.open_folder(self.paths.root)
        )
        self.window.open_logs_folder_action.triggered.connect(
            lambda: self.open_folder(self.paths.logs)
        )
        self.window.check_updates_action.triggered.connect(self.check_for_updates)
        self.window.log_action.triggered.connect(self.log_cramp)
        self.window.export_report_action.triggered.connect(self.export_report)
        self._transfer: DataTransfer | None = None
        self.window.import_action.triggered.connect(lambda: self.transfer.import_csv())
        self.window.export_action.triggered.connect(lambda: self.transfer.export_csv())
        self.window.import_json_action.triggered.connect(lambda: self.transfer.import_json())
        self.window.export_json_action.triggered.connect(lambda: self.transfer.export_json())
        self.window.backup_action.triggered.connect(lambda: self.transfer.backup_now())
        self.window.restore_action.triggered.connect(lambda: self.transfer.restore_backup())
        # A turn of the event loop later, so what else waits for the first paint (listening
        # for a second start) runs before the data is opened, which can take a while.
        if options.quit_when_shown:  # it times the start-up to the first paint only
            self.window.first_painted.connect(qt_app.quit)
        else:
            self.window.first_painted.connect(lambda: QTimer.singleShot(0, self._after_first_paint))

    @property
    def transfer(self) -> DataTransfer:
        """The File menu's import, export, backup and restore (built on first use)."""
        if self._transfer is None:
            from cramp_desktop.ui.shell import DataTransfer

            self._transfer = DataTransfer(
                self.window,
                self.paths,
                self.settings,
                self.events,
                repositories=lambda: self.repositories,
                restore=self.restore_from_file,
                database=lambda: self.database,
            )
        return self._transfer

    # -- the Help menu (its module loads QMessageBox: not before the first paint) ---------
    def open_folder(self, folder: Path) -> None:
        from cramp_desktop.ui.shell import open_folder

        open_folder(self.window, folder)

    def check_for_updates(self) -> None:
        from cramp_desktop.ui.shell import check_for_updates

        check_for_updates(self.window)

    # -- screens -----------------------------------------------------------------
    def create_screen(self, spec: ScreenSpec) -> QWidget:
        if spec.needs_data and self.repositories is None:  # rebuilt once the data is open
            return OpeningScreen(spec.title, spec.purpose)
        context = ScreenContext(
            settings=self.settings,
            language=self.language,
            events=self.events,
            repositories=self.repositories,
            show_screen=self.window.show_screen,
            open_article=self.open_article,
            log_cramp=self.log_cramp,
            try_experiment=self.try_experiment,
        )
        return spec.factory(context)

    def open_article(self, anchor: str) -> None:
        """Show the Read screen at a section (from a checklist finding's "Read more")."""
        from cramp_desktop.ui.read import ReadScreen

        came_from = self.window.current_screen_key()
        read = self.window.show_screen("read")
        assert isinstance(read, ReadScreen)
        read.show_section(anchor, back_to=came_from)

    def export_report(self) -> None:
        """Ctrl+E: show the Report screen and ask where to save the report."""
        if self.repositories is None:
            return
        from cramp_desktop.ui.report import ReportScreen

        screen = self.window.show_screen("report")
        if isinstance(screen, ReportScreen):
            screen.start_save()

    def log_cramp(self) -> None:
        if self.repositories is None:
            return
        from PySide6.QtCore import Qt

        from cramp_desktop.ui.episode import LogCrampDialog

        dialog = LogCrampDialog(self.repositories, self.events, self.settings, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # not left hidden in the tree
        dialog.open()

    # -- start-up after the first paint -------------------------------------------
    def _after_first_paint(self) -> None:
        self.appearance.install_style()
        from cramp_desktop.ui.shell import open_storage_interactively

        database = open_storage_interactively(
            self.window, self.paths, interactive=not self.options.smoke_test
        )
        if database is None:
            self.exit_code = EXIT_BAD_INPUT
            self.qt_app.quit()
            return
        self.attach_database(database)
        QTimer.singleShot(0, self.start_features)  # after the single-instance server listens
        if self.options.smoke_test:
            QTimer.singleShot(0, self._run_smoke_test)
        else:
            from cramp_desktop.ui.shell import explain_shared_folder

            explain_shared_folder(self.window, database, self.settings)

    def start_features(self) -> None:
        """Tray, reminders, start at login and experiments: loaded after the first paint."""
        from cramp_desktop.autostart import for_this_system, launch_command
        from cramp_desktop.paths import default_data_dir
        from cramp_desktop.ui.companion import CompanionFeatures, system_tray

        custom = self.paths.root if self.paths.root != default_data_dir() else None
        self.features = CompanionFeatures(
            self.window,
            lambda: self.repositories,
            self.settings,
            self.events,
            tray=None if self.options.smoke_test else system_tray(self.window),
            autostart=for_this_system(launch_command(custom)),
            log_cramp=self.log_cramp,
            ask_start_at_login=not self.options.smoke_test,
        )

    def try_experiment(self, measure_id: str | None = None) -> None:
        if self.features is not None:
            self.features.try_experiment(measure_id or None)

    def attach_database(self, database: Database) -> None:
        """Use `database` from now on (at start-up, and after a restore replaced the file)."""
        from cramp_desktop.storage.repositories import Repositories

        self.database = database
        self.repositories = Repositories.for_database(database)
        self.window.set_data_ready(True)
        if self.saved_notice is None:
            from cramp_desktop.ui.shell import SavedNotice

            self.saved_notice = SavedNotice(lambda: self.repositories, self.events)
            self.window.statusBar().addWidget(self.saved_notice, 1)
            self.events.episode_logged.connect(self.saved_notice.show_saved)
        self.window.rebuild_screens()
        self.events.database_replaced.emit()

    def restore_from_file(self, source: Path) -> None:
        """Replace the data with a backup; a copy of the current data is kept first."""
        from PySide6.QtWidgets import QMessageBox

        from cramp_desktop.storage.errors import StorageError, user_text
        from cramp_desktop.storage.restore import restore_from
        from cramp_desktop.ui.shell import open_storage_interactively

        if self.database is not None:
            self.database.close()
        self.database = self.repositories = None
        self.window.set_data_ready(False)
        try:
            kept = restore_from(self.paths, source)
        except StorageError as error:
            log.warning("restore refused: %s", error.message)
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("CrampApplication", "Nothing was changed"),
                user_text(error, QCoreApplication.translate, file_name=source.name),
            )
            kept = None
        database = open_storage_interactively(self.window, self.paths)
        if database is None:
            self.qt_app.quit()
            return
        self.attach_database(database)
        if kept is not None:
            self.window.statusBar().showMessage(
                fill(
                    QCoreApplication.translate(
                        "CrampApplication", "Backup restored. Your previous data was kept as %1."
                    ),
                    [kept.name],
                )
            )

    def _run_smoke_test(self) -> None:
        from cramp_desktop.smoke_test import run_smoke_test

        failures = run_smoke_test(self)
        for failure in failures:
            print(f"smoke test: {failure}", file=sys.stderr)
        if not failures:
            print(f"smoke test: all {len(SCREENS)} screens opened")
        self.exit_code = EXIT_BAD_INPUT if failures else EXIT_OK
        self.window.close()
        self.qt_app.quit()

    # -- dialogs -------------------------------------------------------------------
    def show_settings(self) -> None:
        from cramp_desktop.ui.shell import SettingsDialog

        dialog = SettingsDialog(
            languages=available_languages(),
            language=self.language,
            appearance=Appearance.load(self.settings),
            data_dir=self.paths.root,
            on_apply=self.apply_settings,
            parent=self.window,
        )
        dialog.open()

    def apply_settings(self, language: str, appearance: Appearance) -> None:
        appearance.save(self.settings)
        self.appearance.apply(appearance)
        preferences.LANGUAGE.set(self.settings, language)
        if language != self.language:
            for translator in self._translators:
                self.qt_app.removeTranslator(translator)
            self.language = language
            self._translators = install_translators(self.qt_app, language)
            # Screens show data formatted for the old language (and the article in it):
            # build them again. A checklist in progress is kept as its draft.
            self.window.rebuild_screens()

    def show_about(self) -> None:
        from cramp_desktop.ui.shell import AboutDialog

        AboutDialog(self.paths.root, self.window).open()

    def show_help(self) -> None:
        from PySide6.QtGui import QKeySequence

        from cramp_desktop.ui.shell import HelpDialog

        native = QKeySequence.SequenceFormat.NativeText
        screens = [
            (
                screen_shortcut(index).toString(native),
                QCoreApplication.translate("MainWindow", spec.title),
            )
            for index, spec in enumerate(SCREENS)
        ]
        HelpDialog(self.paths.root, screens, self.window).open()

    def shutdown(self) -> None:
        """Close the data and destroy the window while Qt still runs: widgets left to the
        interpreter's exit can be destroyed after QApplication and crash on the way out."""
        if self.features is not None:
            self.features.shutdown()
        if self.database is not None:
            self.database.close()
        self.settings.sync()
        self.window.deleteLater()
        QApplication.sendPostedEvents(self.window, QEvent.Type.DeferredDelete)


def identify_application(qt_app: QApplication) -> None:
    """Name, version and icon. No display name: Qt would append it to every dialog's
    title ("Add a medicine — Leg Cramp Companion"), clipping it; the main window's title
    is the app's name already."""
    qt_app.setApplicationName("LegCrampCompanion")
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("cramp-desktop")
    qt_app.setWindowIcon(app_icon())


def run_gui(options: GuiOptions) -> int:
    paths = DataPaths(resolve_data_dir(options.data_dir))
    # The accessible style comes after the first paint (AppearanceController), on this base.
    program = sys.argv[0] if sys.argv else PROG
    qt_app = QApplication.instance() or QApplication([program, "-style", BASE_STYLE])
    assert isinstance(qt_app, QApplication)
    if not startup.prepare_data_folder(options, paths):
        return EXIT_BAD_INPUT
    identify_application(qt_app)

    instance = SingleInstance(paths)
    if not instance.acquire():
        if instance.hand_over():
            print("cramp-desktop: the app is already open with this data folder; switched to it.")
            return EXIT_OK
        startup.report_other_copy_silent(options, paths)
        return EXIT_BAD_INPUT

    sys.excepthook = startup.unexpected_error_hook(options, paths, qt_app)
    try:
        application = CrampApplication(qt_app, options, paths)
        window = application.window
        if not options.quit_when_shown:  # it times the start-up to the first paint only
            window.first_painted.connect(instance.listen)
        instance.activation_requested.connect(window.bring_to_front)
        window.show()
        status = qt_app.exec()
    except Exception:  # the one place a programming error may surface: log it, fail cleanly
        startup.report_stopped_by_error(options, paths, qt_app)
        return EXIT_BAD_INPUT
    finally:
        sys.excepthook = sys.__excepthook__
        instance.release()
    application.shutdown()
    return status or application.exit_code
