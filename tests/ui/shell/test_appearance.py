"""Appearance on Windows and macOS: the per-widget system fonts are kept at 100 %."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from cramp_desktop.ui.shell.appearance import Appearance, AppearanceController


@pytest.fixture
def restored(qapp: QApplication) -> Iterator[QApplication]:
    font, palette = QFont(qapp.font()), QPalette(qapp.palette())
    yield qapp
    qapp.setFont(font)  # also drops the class fonts a test set
    qapp.setPalette(palette)


def test_at_100_percent_the_systems_widget_fonts_stay(restored: QApplication) -> None:
    controller = AppearanceController(restored)  # installs the app's style first
    base = restored.font().pointSizeF()
    restored.setFont(QFont(restored.font().family(), 11), "QHeaderView")  # as Windows does
    controller.apply(Appearance())
    assert QApplication.font("QHeaderView").pointSize() == 11
    controller.apply(Appearance(text_scale=1.3))
    assert restored.font().pointSizeF() == pytest.approx(base * 1.3)
    controller.apply(Appearance())
    assert restored.font().pointSizeF() == pytest.approx(base)
