"""Today: the home screen.

Other packages import only these names, from this package."""

from typing import TYPE_CHECKING

from cramp_desktop.ui.exports import lazy_exports

if TYPE_CHECKING:
    from cramp_desktop.ui.today.last_night_card import needs_answer
    from cramp_desktop.ui.today.screen import TodayScreen

__all__ = [
    "TodayScreen",
    "needs_answer",
]
__getattr__ = lazy_exports(
    __name__,
    {
        "needs_answer": "last_night_card",
        "TodayScreen": "screen",
    },
)
