"""Today: the home screen.

Other packages import only these names, from this package."""

from typing import TYPE_CHECKING

from cramp_desktop.ui.exports import lazy_exports

if TYPE_CHECKING:  # the table below, for type checkers (ui/exports.py)
    from cramp_desktop.ui.today.last_night_card import needs_answer as needs_answer
    from cramp_desktop.ui.today.screen import TodayScreen as TodayScreen

__getattr__ = lazy_exports(
    __name__,
    {
        "last_night_card": ["needs_answer"],
        "screen": ["TodayScreen"],
    },
)
