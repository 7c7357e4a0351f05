"""Appearance on Windows and macOS: system fonts kept at 100 %, Fusion for dark where
the native style draws only light (Windows 10)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from cramp_desktop.ui.shell.appearance import (
    Appearance,
    AppearanceController,
    dark_palette,
    needs_fusion_for_dark,
)


@pytest.fixture
def restored(qapp: QApplication) -> Iterator[QApplication]:
    style, font, palette = qapp.style().name(), QFont(qapp.font()), QPalette(qapp.palette())
    yield qapp
    qapp.setStyle(style)
    qapp.setFont(font)  # also drops the class fonts a test set
    qapp.setPalette(palette)


@pytest.mark.parametrize(
    ("platform", "style", "expected"),
    [
        ("windows", "windowsvista", True),  # Windows 10's default
        ("windows", "windows", True),
        ("windows", "windows11", False),
        ("windows", "Fusion", False),
        ("cocoa", "macos", False),
        ("offscreen", "windows", False),
    ],
)
def test_fusion_takes_over_dark_only_where_windows_cannot_draw_it(
    platform: str, style: str, expected: bool
) -> None:
    assert needs_fusion_for_dark(platform, style) is expected


def test_at_100_percent_the_systems_widget_fonts_stay(restored: QApplication) -> None:
    base = restored.font().pointSizeF()
    restored.setFont(QFont(restored.font().family(), 11), "QHeaderView")  # as Windows does
    controller = AppearanceController(restored)
    controller.apply(Appearance())
    assert QApplication.font("QHeaderView").pointSize() == 11
    controller.apply(Appearance(text_scale=1.3))
    assert restored.font().pointSizeF() == pytest.approx(base * 1.3)
    controller.apply(Appearance())
    assert restored.font().pointSizeF() == pytest.approx(base)


def test_dark_on_windows_10_uses_fusion_and_light_brings_the_style_back(
    restored: QApplication,
) -> None:
    restored.setStyle("Windows")  # a style that, like windowsvista, draws only light
    native = restored.style().name()
    controller = AppearanceController(restored, platform_name="windows")
    controller.apply(Appearance(theme="dark"))
    assert restored.style().name().lower() == "fusion"
    window = QPalette.ColorRole.Window
    assert restored.palette().color(window) == dark_palette().color(window)
    controller.apply(Appearance(theme="light"))
    assert restored.style().name() == native
    assert restored.palette().color(window).lightness() > 128


def test_elsewhere_the_style_is_left_alone(restored: QApplication) -> None:
    restored.setStyle("Windows")
    controller = AppearanceController(restored, platform_name="cocoa")
    controller.apply(Appearance(theme="dark"))
    assert restored.style().name().lower() == "windows"
