"""Logging and editing one cramp: the log dialog, used by Today, History and the
last-night card.

Other packages import only these names, from this package."""

from typing import TYPE_CHECKING

from cramp_desktop.ui.exports import lazy_exports

if TYPE_CHECKING:  # the table below, for type checkers (ui/exports.py)
    from cramp_desktop.ui.episode.log_dialog import (
        LogCrampDialog as LogCrampDialog,
        remember as remember,
        remembered as remembered,
    )

__getattr__ = lazy_exports(
    __name__,
    {
        "log_dialog": ["LogCrampDialog", "remember", "remembered"],
    },
)
