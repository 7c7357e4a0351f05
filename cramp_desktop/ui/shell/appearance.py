"""Theme (follow the system, light or dark) and text size, applied to the whole app.

Qt's `Qt` namespace and the accessible style (style.py) are loaded only when a theme or
a larger text is chosen, or after the first paint: creating their Python enums costs the
start-up tens of milliseconds, and a first paint in plain Fusion with the system's theme
at 100 % text needs none of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from cramp_desktop import preferences

if TYPE_CHECKING:
    from cramp_desktop.ui.shell.style import AccessibleStyle

BASE_STYLE = "Fusion"  # the accessible style's base, and the first paint's style (run_gui)

THEMES = ("system", "light", "dark")  # Qt.ColorScheme Unknown (the system's), Light, Dark
TEXT_SCALES = (1.0, 1.15, 1.3, 1.5)


@dataclass(frozen=True)
class Appearance:
    theme: str = "system"
    text_scale: float = 1.0

    @classmethod
    def load(cls, settings: QSettings) -> Appearance:
        theme = preferences.APPEARANCE_THEME.get(settings)
        scale = preferences.APPEARANCE_TEXT_SCALE.get(settings)
        return cls(
            theme=theme if theme in THEMES else "system",
            text_scale=scale if scale in TEXT_SCALES else 1.0,
        )

    def save(self, settings: QSettings) -> None:
        preferences.APPEARANCE_THEME.set(settings, self.theme)
        preferences.APPEARANCE_TEXT_SCALE.set(settings, self.text_scale)


class AppearanceController:
    """Remembers the system font so text scaling is always relative to it, and gives the
    app the accessible style (scaled indicators, focus ring) once: after the first paint,
    or at once when the text is larger (the first frame needs the larger indicators). At
    100 % the application font is left alone: setting it would drop the per-widget fonts
    macOS and Windows give (menus, table headers)."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._base_font = QFont(app.font())
        self._style: AccessibleStyle | None = None
        self._text_scale = 1.0
        self._forced_palette = False
        self._theme = "system"  # what Qt starts with
        self._font_set = False

    def install_style(self) -> AccessibleStyle:
        """The accessible style and focus ring, installed once per application."""
        if self._style is None:
            from cramp_desktop.ui.shell import style

            current = self._app.style()  # another controller of this app installed it?
            if isinstance(current, style.AccessibleStyle):
                self._style = current
            else:
                self._style = style.install(self._app)
        self._style.text_scale = self._text_scale
        return self._style

    def apply(self, appearance: Appearance) -> None:
        if appearance.theme != self._theme:
            self._apply_theme(appearance.theme)
            self._theme = appearance.theme
        self._text_scale = appearance.text_scale
        if self._style is not None or appearance.text_scale != 1.0:
            self.install_style()
        if appearance.text_scale != 1.0 or self._font_set:
            font = QFont(self._base_font)
            font.setPointSizeF(self._base_font.pointSizeF() * appearance.text_scale)
            self._app.setFont(font)
            self._font_set = True

    def _apply_theme(self, theme: str) -> None:
        """Ask the platform for the scheme; where it cannot switch (X11 without a desktop
        theme, offscreen) set Fusion's palette for it ourselves. (The Qt namespace is
        imported here: creating its Python enums would slow the first paint.)"""
        from PySide6.QtCore import Qt

        scheme = {
            "system": Qt.ColorScheme.Unknown,  # follow the operating system
            "light": Qt.ColorScheme.Light,
            "dark": Qt.ColorScheme.Dark,
        }[theme]
        hints = self._app.styleHints()
        hints.setColorScheme(scheme)
        honoured = scheme == Qt.ColorScheme.Unknown or hints.colorScheme() == scheme
        if honoured:
            if self._forced_palette:
                self._app.setPalette(self._app.style().standardPalette())
                self._forced_palette = False
            return
        dark = scheme == Qt.ColorScheme.Dark
        self._app.setPalette(dark_palette() if dark else self._app.style().standardPalette())
        self._forced_palette = True


def dark_palette() -> QPalette:
    """A dark palette for Fusion, used where the platform offers none (offscreen screenshots)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#202124",
        roles.WindowText: "#e8eaed",
        roles.Base: "#2d2f33",  # lighter than the window, so fields and indicators stand out
        roles.AlternateBase: "#35373b",
        roles.ToolTipBase: "#303134",
        roles.ToolTipText: "#e8eaed",
        roles.PlaceholderText: "#9aa0a6",
        roles.Text: "#e8eaed",
        roles.Button: "#2b2d30",
        roles.ButtonText: "#e8eaed",
        roles.BrightText: "#ffb4ab",
        roles.Light: "#3c4043",
        roles.Midlight: "#34363a",
        roles.Mid: "#2b2d30",
        roles.Dark: "#111214",
        roles.Shadow: "#000000",
        roles.Highlight: "#8ab4f8",
        roles.HighlightedText: "#0b1a33",
        roles.Link: "#8ab4f8",
        roles.LinkVisited: "#c58af9",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#80868b"))
    return palette
