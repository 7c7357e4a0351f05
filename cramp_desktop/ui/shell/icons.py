"""SVG icons tinted with the palette's text colour, rendered sharp at any device pixel ratio."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cramp_desktop.resources import resource_path

# What they are shown at: menus (16), the sidebar (24) and a margin (32). Each size is
# rendered up front, before the first paint, so none that is never shown.
_SIZES = (16, 24, 32)


@cache
def _svg_source(name: str) -> str:
    return resource_path(f"icons/{name}.svg").read_text(encoding="utf-8")


def _render(renderer: QSvgRenderer, size: int, ratio: float) -> QPixmap:
    pixels = round(size * ratio)
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(QColor(0, 0, 0, 0))  # transparent, without the costly Qt namespace
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def themed_icon(
    name: str, color: QColor, ratio: float = 1.0, selected: QColor | None = None
) -> QIcon:
    """Icon `name` from resources/icons with `currentColor` replaced by `color` (and by
    `selected` where it sits on the selection highlight)."""
    icon = QIcon()
    modes = [(color, QIcon.Mode.Normal)]
    if selected is not None:
        modes.append((selected, QIcon.Mode.Selected))
    for tint, mode in modes:
        svg = _svg_source(name).replace("currentColor", tint.name()).encode("utf-8")
        renderer = QSvgRenderer(QByteArray(svg))  # parsed once for every size
        for size in _SIZES:
            icon.addPixmap(_render(renderer, size, max(ratio, 1.0)), mode)
    return icon


def app_icon() -> QIcon:
    """The application icon, scaled by Qt's SVG icon engine for every size."""
    return QIcon(str(resource_path("icons/app.svg")))
