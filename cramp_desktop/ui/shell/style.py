"""Style for older eyes: check boxes and radio buttons that grow with the text, and a
2 px focus ring with at least 3:1 contrast around whatever has the keyboard focus.

Fusion draws indicators at a fixed 14 px and a pale 1 px focus frame (none at all on a
radio button until a key is pressed), so a proxy style scales the indicator metrics and
one `FocusRing` (a QFocusFrame) follows the focus through the whole application.

Both are installed after the first paint (AppearanceController.install_style), which
paints in plain Fusion: creating the Python enums of QStyle and of Qt's namespace that
this module needs costs the start-up about 30 ms, and at 100 % text plain Fusion draws
the first frame the same.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QMenu,
    QMenuBar,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

from cramp_desktop.ui.shell.appearance import BASE_STYLE

RING_WIDTH = 2
MIN_CONTRAST = 3.0
_SCALED_METRICS = frozenset(
    {
        QStyle.PixelMetric.PM_IndicatorWidth,
        QStyle.PixelMetric.PM_IndicatorHeight,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    }
)
_RING_MARGINS = frozenset(
    {QStyle.PixelMetric.PM_FocusFrameHMargin, QStyle.PixelMetric.PM_FocusFrameVMargin}
)


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1.0 (none) to 21.0 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ring_colour(palette: QPalette) -> QColor:
    """The highlight colour where it stands out from the window by 3:1, else the text colour."""
    background = palette.color(QPalette.ColorRole.Window)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    if contrast_ratio(highlight, background) >= MIN_CONTRAST:
        return highlight
    return palette.color(QPalette.ColorRole.WindowText)


class AccessibleStyle(QProxyStyle):
    """Fusion with indicators scaled by the app's text size."""

    def __init__(self) -> None:
        super().__init__(BASE_STYLE)
        self.text_scale = 1.0

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric in _SCALED_METRICS:
            return round(value * self.text_scale)
        if metric in _RING_MARGINS:
            return RING_WIDTH
        return value


class FocusRing(QFocusFrame):
    """A 2 px ring just outside the widget that has the focus."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pen = QPen(ring_colour(self.palette()), RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        inset = RING_WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset))


def _wants_ring(widget: QWidget | None) -> bool:
    return (
        widget is not None
        and not widget.isWindow()
        and not isinstance(widget, (QMenu, QMenuBar))
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    )


class FocusRingController(QObject):
    """Moves the one ring to each newly focused widget (and off when none wants it)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, app.focusWidget())  # installed after the focus was given

    @property
    def ring(self) -> FocusRing:
        # The ring lives beside the widget it surrounds, so it goes when that window does.
        if self._ring is None or not shiboken6.isValid(self._ring):
            self._ring = FocusRing()
            self._ring.setObjectName("focusRing")
        return self._ring

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.ring.setWidget(new if _wants_ring(new) else None)  # type: ignore[arg-type]


def install(app: QApplication) -> AccessibleStyle:
    """Give `app` the accessible style and the focus ring; returns the style."""
    style = AccessibleStyle()
    app.setStyle(style)
    FocusRingController(app)
    return style
