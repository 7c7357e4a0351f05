"""Theme (follow the system, light or dark) and text size, applied to the whole app.

Qt's `Qt` namespace is imported only when a theme is set: creating its Python enums costs
the start-up ~60 ms, and the first paint with the system's theme needs none of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from cramp_desktop import preferences

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
    """Remembers the system font so text scaling is always relative to it."""

    def __init__(self, app: QGuiApplication) -> None:
        self._app = app
        self._base_font = QFont(app.font())
        self._theme = "system"  # what Qt starts with

    def apply(self, appearance: Appearance) -> None:
        if appearance.theme != self._theme:
            from PySide6.QtCore import Qt

            schemes = {
                "system": Qt.ColorScheme.Unknown,  # follow the operating system
                "light": Qt.ColorScheme.Light,
                "dark": Qt.ColorScheme.Dark,
            }
            self._app.styleHints().setColorScheme(schemes[appearance.theme])
            self._theme = appearance.theme
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * appearance.text_scale)
        self._app.setFont(font)


def dark_palette() -> QPalette:
    """A dark palette for Fusion, used where the platform offers none (offscreen screenshots)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#202124",
        roles.WindowText: "#e8eaed",
        roles.Base: "#17181a",
        roles.AlternateBase: "#26282b",
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
