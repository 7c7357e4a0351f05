"""Every window has unique Alt+letter mnemonics, the menu bar included, in every language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from cramp_desktop.app import CrampApplication
from cramp_desktop.cli import GuiOptions
from cramp_desktop.paths import DataPaths
from cramp_desktop.report.locale import locale_for
from tests.ui.walk import every_view


def mnemonic(text: str) -> str:
    """The letter after a single "&" ("" when there is none)."""
    plain = text.replace("&&", "")
    index = plain.find("&")
    return plain[index + 1].lower() if 0 <= index < len(plain) - 1 else ""


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every mnemonic active in `window`: visible buttons, labels with a
    buddy, group boxes, tabs, and the menu bar of a main window."""
    found: list[tuple[str, str]] = []
    if isinstance(window, QMainWindow):
        found += [(mnemonic(a.text()), a.text()) for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabWidget):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        else:
            continue
        found += [(mnemonic(text), text) for text in texts]
    return [(letter, text) for letter, text in found if letter]


def clashes(window: QWidget) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in mnemonics(window):
        by_letter.setdefault(letter, []).append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


@pytest.fixture
def app_in(qapp: QApplication, data_dir: Path) -> Iterator[object]:
    built: list[CrampApplication] = []

    def start(language: str) -> CrampApplication:
        options = GuiOptions(
            data_dir=data_dir, language=language, smoke_test=False, quit_when_shown=False
        )
        application = CrampApplication(qapp, options, DataPaths(data_dir).create())
        built.append(application)
        return application

    yield start
    for application in built:
        for translator in application._translators:
            qapp.removeTranslator(translator)
        application.window.close()
        application.shutdown()
    QLocale.setDefault(locale_for("en"))


def test_the_letter_after_the_ampersand_is_the_mnemonic() -> None:
    assert mnemonic("&File") == "f"
    assert mnemonic("Export re&port…") == "p"
    assert mnemonic("Salt && &water") == "w"
    assert mnemonic("No mnemonic") == "" and mnemonic("Trailing &") == ""


@pytest.mark.parametrize("language", ["en", "de", "es", "fr"])
def test_no_window_has_a_mnemonic_twice(qtbot, app_in, language: str) -> None:  # type: ignore[no-untyped-def]
    application = app_in(language)
    window = application.window
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitUntil(lambda: application.repositories is not None)
    found = {name: clashes(view) for name, view in every_view(application)}
    assert {name: taken for name, taken in found.items() if taken} == {}
