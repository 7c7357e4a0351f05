"""The frame around the screens: the main window, opening screen, dialogs, appearance,
language, icons and one instance per data folder.

Other packages import only these names, from this package."""

from typing import TYPE_CHECKING

from cramp_desktop.ui.exports import lazy_exports

if TYPE_CHECKING:  # the table below, for type checkers (ui/exports.py)
    from cramp_desktop.ui.shell.about_dialog import (
        AboutDialog as AboutDialog,
        HelpDialog as HelpDialog,
    )
    from cramp_desktop.ui.shell.appearance import (
        BASE_STYLE as BASE_STYLE,
        Appearance as Appearance,
        AppearanceController as AppearanceController,
        dark_palette as dark_palette,
    )
    from cramp_desktop.ui.shell.data_transfer import DataTransfer as DataTransfer
    from cramp_desktop.ui.shell.help_actions import (
        check_for_updates as check_for_updates,
        open_folder as open_folder,
    )
    from cramp_desktop.ui.shell.i18n import (
        choose_language as choose_language,
        install_translators as install_translators,
    )
    from cramp_desktop.ui.shell.icons import app_icon as app_icon
    from cramp_desktop.ui.shell.main_window import (
        MainWindow as MainWindow,
        screen_shortcut as screen_shortcut,
    )
    from cramp_desktop.ui.shell.opening_screen import OpeningScreen as OpeningScreen
    from cramp_desktop.ui.shell.saved_notice import SavedNotice as SavedNotice
    from cramp_desktop.ui.shell.settings_dialog import SettingsDialog as SettingsDialog
    from cramp_desktop.ui.shell.single_instance import SingleInstance as SingleInstance
    from cramp_desktop.ui.shell.startup_failure import (
        DATA_FOLDER_UNUSABLE as DATA_FOLDER_UNUSABLE,
        OTHER_COPY_SILENT as OTHER_COPY_SILENT,
        report_startup_failure as report_startup_failure,
        shows_dialogs as shows_dialogs,
    )
    from cramp_desktop.ui.shell.storage_dialogs import (
        explain_shared_folder as explain_shared_folder,
        open_storage_interactively as open_storage_interactively,
        show_unexpected_error as show_unexpected_error,
    )

__getattr__ = lazy_exports(
    __name__,
    {
        "about_dialog": ["AboutDialog", "HelpDialog"],
        "appearance": ["BASE_STYLE", "Appearance", "AppearanceController", "dark_palette"],
        "data_transfer": ["DataTransfer"],
        "help_actions": ["check_for_updates", "open_folder"],
        "i18n": ["choose_language", "install_translators"],
        "icons": ["app_icon"],
        "main_window": ["MainWindow", "screen_shortcut"],
        "opening_screen": ["OpeningScreen"],
        "saved_notice": ["SavedNotice"],
        "settings_dialog": ["SettingsDialog"],
        "single_instance": ["SingleInstance"],
        "startup_failure": [
            "DATA_FOLDER_UNUSABLE",
            "OTHER_COPY_SILENT",
            "report_startup_failure",
            "shows_dialogs",
        ],
        "storage_dialogs": [
            "explain_shared_folder",
            "open_storage_interactively",
            "show_unexpected_error",
        ],
    },
)
