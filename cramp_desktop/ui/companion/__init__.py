"""What keeps the diary complete beside the screens: the tray icon and its reminders, start
at login, and starting a self-experiment from any screen (CompanionFeatures, built after
the first paint)."""

from typing import TYPE_CHECKING

from cramp_desktop.ui.exports import lazy_exports

if TYPE_CHECKING:
    from cramp_desktop.ui.companion.features import CompanionFeatures
    from cramp_desktop.ui.companion.tray import system_tray

__all__ = [
    "CompanionFeatures",
    "system_tray",
]
__getattr__ = lazy_exports(
    __name__,
    {
        "system_tray": "tray",
        "CompanionFeatures": "features",
    },
)
