"""Theme (follow the system, light or dark) and text size, applied to the whole app.

Qt's `Qt` namespace is imported only when a theme is set: creating its Python enums costs
the start-up ~60 ms, and the first paint with the system's theme needs none of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from cramp_desktop import preferences
from cramp_desktop.ui.shell import style

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
    app the accessible style (scaled indicators, focus ring) once. At 100 % the
    application font is left alone: setting it would drop the per-widget fonts macOS and
    Windows give (menus, table headers)."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._base_font = QFont(app.font())
        current = app.style()
        self._style = current if isinstance(current, style.AccessibleStyle) else style.install(app)
        self._forced_palette = False
        self._theme = "system"  # what Qt starts with
        self._font_set = False

    def apply(self, appearance: Appearance) -> None:
        if appearance.theme != self._theme:
            self._apply_theme(appearance.theme)
            self._theme = appearance.theme
        self._style.text_scale = appearance.text_scale
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
                self._app.setPalette(self._style.standardPalette())
                self._forced_palette = False
            return
        dark = scheme == Qt.ColorScheme.Dark
        self._app.setPalette(dark_palette() if dark else self._style.standardPalette())
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
