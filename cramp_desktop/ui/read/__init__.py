"""Read: the article, with find, zoom and print.

Other packages import only these names, from this package."""

from typing import TYPE_CHECKING

from cramp_desktop.ui.exports import lazy_exports

if TYPE_CHECKING:
    from cramp_desktop.ui.read.screen import ReadScreen

__all__ = [
    "ReadScreen",
]
__getattr__ = lazy_exports(
    __name__,
    {
        "ReadScreen": "screen",
    },
)
