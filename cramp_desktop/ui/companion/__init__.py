"""What keeps the diary complete beside the screens: the tray icon and its reminders, start
at login, and starting a self-experiment from any screen (CompanionFeatures, built after
the first paint)."""

from typing import TYPE_CHECKING

from cramp_desktop.ui.exports import lazy_exports

if TYPE_CHECKING:  # the table below, for type checkers (ui/exports.py)
    from cramp_desktop.ui.companion.features import CompanionFeatures as CompanionFeatures
    from cramp_desktop.ui.companion.tray import system_tray as system_tray

__getattr__ = lazy_exports(
    __name__,
    {
        "features": ["CompanionFeatures"],
        "tray": ["system_tray"],
    },
)
