"""The frame around the screens: the main window, opening screen, dialogs, appearance,
language, icons and one instance per data folder.

Other packages import only these names, from this package."""

from typing import TYPE_CHECKING

from cramp_desktop.ui.exports import lazy_exports

if TYPE_CHECKING:
    from cramp_desktop.ui.shell.about_dialog import AboutDialog, HelpDialog
    from cramp_desktop.ui.shell.appearance import (
        BASE_STYLE,
        Appearance,
        AppearanceController,
        dark_palette,
    )
    from cramp_desktop.ui.shell.data_transfer import DataTransfer
    from cramp_desktop.ui.shell.help_actions import check_for_updates, open_folder
    from cramp_desktop.ui.shell.i18n import choose_language, install_translators
    from cramp_desktop.ui.shell.icons import app_icon
    from cramp_desktop.ui.shell.main_window import MainWindow, screen_shortcut
    from cramp_desktop.ui.shell.opening_screen import OpeningScreen
    from cramp_desktop.ui.shell.saved_notice import SavedNotice
    from cramp_desktop.ui.shell.settings_dialog import SettingsDialog
    from cramp_desktop.ui.shell.single_instance import SingleInstance
    from cramp_desktop.ui.shell.startup_failure import (
        DATA_FOLDER_UNUSABLE,
        OTHER_COPY_SILENT,
        report_startup_failure,
        shows_dialogs,
    )
    from cramp_desktop.ui.shell.storage_dialogs import (
        explain_shared_folder,
        open_storage_interactively,
        show_unexpected_error,
    )

__all__ = [
    "BASE_STYLE",
    "DATA_FOLDER_UNUSABLE",
    "OTHER_COPY_SILENT",
    "AboutDialog",
    "Appearance",
    "AppearanceController",
    "DataTransfer",
    "HelpDialog",
    "MainWindow",
    "OpeningScreen",
    "SavedNotice",
    "SettingsDialog",
    "SingleInstance",
    "app_icon",
    "check_for_updates",
    "choose_language",
    "dark_palette",
    "explain_shared_folder",
    "install_translators",
    "open_folder",
    "open_storage_interactively",
    "report_startup_failure",
    "screen_shortcut",
    "show_unexpected_error",
    "shows_dialogs",
]
__getattr__ = lazy_exports(
    __name__,
    {
        "open_folder": "help_actions",
        "check_for_updates": "help_actions",
        "SavedNotice": "saved_notice",
        "AboutDialog": "about_dialog",
        "HelpDialog": "about_dialog",
        "BASE_STYLE": "appearance",
        "Appearance": "appearance",
        "AppearanceController": "appearance",
        "dark_palette": "appearance",
        "DataTransfer": "data_transfer",
        "choose_language": "i18n",
        "install_translators": "i18n",
        "app_icon": "icons",
        "MainWindow": "main_window",
        "screen_shortcut": "main_window",
        "OpeningScreen": "opening_screen",
        "SettingsDialog": "settings_dialog",
        "SingleInstance": "single_instance",
        "open_storage_interactively": "storage_dialogs",
        "show_unexpected_error": "storage_dialogs",
        "explain_shared_folder": "storage_dialogs",
        "DATA_FOLDER_UNUSABLE": "startup_failure",
        "OTHER_COPY_SILENT": "startup_failure",
        "report_startup_failure": "startup_failure",
        "shows_dialogs": "startup_failure",
    },
)
