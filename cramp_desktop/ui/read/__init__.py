"""Read: the article, with find, zoom and print.

Other packages import only these names, from this package."""

from typing import TYPE_CHECKING

from cramp_desktop.ui.exports import lazy_exports

if TYPE_CHECKING:  # the table below, for type checkers (ui/exports.py)
    from cramp_desktop.ui.read.screen import ReadScreen as ReadScreen

__getattr__ = lazy_exports(
    __name__,
    {
        "screen": ["ReadScreen"],
    },
)
