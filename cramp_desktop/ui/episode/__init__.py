"""Logging and editing one cramp: the log dialog, used by Today, History and the
last-night card.

Other packages import only these names, from this package."""

from typing import TYPE_CHECKING

from cramp_desktop.ui.exports import lazy_exports

if TYPE_CHECKING:
    from cramp_desktop.ui.episode.log_dialog import LogCrampDialog, remember, remembered

__all__ = [
    "LogCrampDialog",
    "remember",
    "remembered",
]
__getattr__ = lazy_exports(
    __name__,
    {
        "LogCrampDialog": "log_dialog",
        "remember": "log_dialog",
        "remembered": "log_dialog",
    },
)
