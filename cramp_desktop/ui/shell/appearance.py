"""Theme (follow the system, light or dark) and text size, applied to the whole app."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

THEMES = {
    "system": Qt.ColorScheme.Unknown,  # Unknown = follow the operating system
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}
TEXT_SCALES = (1.0, 1.15, 1.3, 1.5)


@dataclass(frozen=True)
class Appearance:
    theme: str = "system"
    text_scale: float = 1.0

    @classmethod
    def load(cls, settings: QSettings) -> Appearance:
        theme = str(settings.value("appearance/theme", "system"))
        try:
            scale = float(settings.value("appearance/text_scale", 1.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            scale = 1.0
        return cls(
            theme=theme if theme in THEMES else "system",
            text_scale=scale if scale in TEXT_SCALES else 1.0,
        )

    def save(self, settings: QSettings) -> None:
        settings.setValue("appearance/theme", self.theme)
        settings.setValue("appearance/text_scale", self.text_scale)


# Styles that draw a dark palette; Windows 10's default ("windowsvista") draws light.
_DARK_CAPABLE_STYLES = {"fusion", "windows11", "macos"}


def needs_fusion_for_dark(platform_name: str, style_name: str) -> bool:
    """True on Windows when the style cannot draw dark: there Fusion takes over."""
    return platform_name == "windows" and style_name.lower() not in _DARK_CAPABLE_STYLES


class AppearanceController:
    """Remembers the system font and style, so text scaling and the dark fallback are
    always relative to them. At 100 % the application font is left alone: setting it
    would drop the per-widget fonts macOS and Windows give (menus, table headers)."""

    def __init__(self, app: QApplication, platform_name: str | None = None) -> None:
        self._app = app
        self._platform = platform_name or app.platformName()  # tests emulate "windows"
        self._base_font = QFont(app.font())
        self._native_style = app.style().name()
        self._font_set = False
        self._theme = "system"
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: self._fit_style())

    def apply(self, appearance: Appearance) -> None:
        self._theme = appearance.theme
        self._app.styleHints().setColorScheme(THEMES[appearance.theme])
        self._fit_style()
        if appearance.text_scale != 1.0 or self._font_set:
            font = QFont(self._base_font)
            font.setPointSizeF(self._base_font.pointSizeF() * appearance.text_scale)
            self._app.setFont(font)
            self._font_set = True

    def _fit_style(self) -> None:
        """Dark (chosen, or the system's while following it) where the native style
        draws only light: Fusion with the dark palette; else the native style again."""
        scheme = self._app.styleHints().colorScheme()
        dark = self._theme == "dark" or (self._theme == "system" and scheme == Qt.ColorScheme.Dark)
        fallback = dark and needs_fusion_for_dark(self._platform, self._native_style)
        if fallback and self._app.style().name().lower() != "fusion":
            self._app.setStyle("Fusion")
            self._app.setPalette(dark_palette())
        elif not fallback and self._app.style().name() != self._native_style:
            self._app.setStyle(self._native_style)
            self._app.setPalette(self._app.style().standardPalette())


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
