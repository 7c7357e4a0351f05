"""Every screen in German, Spanish, French and the pseudo-locale: translated, nothing cut off."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from cramp_desktop.app import CrampApplication
from cramp_desktop.core.stats import Period
from cramp_desktop.locales import locale_for
from cramp_desktop.options import GuiOptions
from cramp_desktop.paths import DataPaths
from cramp_desktop.report.document import render_report
from cramp_desktop.report.model import ReportData, ReportOptions
from cramp_desktop.ui.screens import SCREENS
from cramp_desktop.ui.shell.i18n import PSEUDO_LOCALE_ENV, PSEUDO_START
from tests.report.conftest import pdf_pages, sample_assessments, sample_log, sample_medications

ROOT = Path(__file__).resolve().parents[3]
WINDOW_SIZE = (1200, 800)
LETTERS = re.compile(r"[^\W\d_]{2,}")


def translations(language: str) -> dict[str, str]:
    """English source -> translation (first form), for entries where they differ."""
    tree = ET.parse(ROOT / "translations" / f"cramp_desktop_{language}.ts")
    found = {}
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = next((f.text or "" for f in translation.iter("numerusform")), translation.text)
        if text and text != source:
            found[source.replace("&", "")] = text
    return found


def is_a_date(text: str) -> bool:
    """Dates are formatted by QLocale, not translated."""
    return QLocale().toDate(text, QLocale.FormatType.LongFormat).isValid()


@pytest.fixture
def open_app(qapp: QApplication, data_dir: Path) -> Iterator[object]:
    built: list[CrampApplication] = []

    def start(language: str | None) -> CrampApplication:
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
    QLocale.setDefault(locale_for("en"))  # dates and numbers back to English


def shown_texts(qtbot, application: CrampApplication) -> list[tuple[QWidget, str]]:  # type: ignore[no-untyped-def]
    """(widget, text) of every visible label, button, group box and tab on every screen."""
    window = application.window
    qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitUntil(lambda: application.repositories is not None)
    found: list[tuple[QWidget, str]] = []
    for spec in SCREENS:
        screen = window.show_screen(spec.key)
        for _ in range(3):
            QApplication.processEvents()
        for widget in screen.findChildren(QWidget):
            if not widget.isVisible():
                continue
            if isinstance(widget, QLabel | QAbstractButton):
                found.append((widget, widget.text()))
            elif isinstance(widget, QGroupBox):
                found.append((widget, widget.title()))
            elif isinstance(widget, QTabWidget):
                found += [(widget, widget.tabText(i)) for i in range(widget.count())]
    found += [(window, action.text()) for action in window.menuBar().actions()]
    return [(widget, text) for widget, text in found if LETTERS.search(text)]


@pytest.mark.parametrize("language", ["de", "es", "fr"])
def test_no_english_is_left_on_any_screen(qtbot, open_app, language: str) -> None:  # type: ignore[no-untyped-def]
    english = translations(language)
    texts = shown_texts(qtbot, open_app(language))
    left = sorted({text for _, text in texts if text.replace("&", "") in english})
    assert not left, f"English left in {language}: {left}"
    assert len(texts) > 50


@pytest.mark.parametrize("language", ["de", "es", "fr"])
def test_the_report_is_made_in_the_chosen_language(language: str) -> None:
    english = {
        source
        for source, _ in translations(language).items()
        if len(source.split()) >= 4 and "%" not in source
    }
    episodes, records = sample_log(90)
    last = dt.date(2026, 11, 20)
    data = ReportData(
        options=ReportOptions(period=Period.ending(last, 90), language=language),
        generated_at=dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.UTC),
        app_version="0.1.0",
        episodes=episodes,
        day_records=records,
        medications=sample_medications(),
        assessments=sample_assessments(),
    )
    pdf, _ = render_report(data)
    text = " ".join(" ".join(page.split()) for page in pdf_pages(pdf))
    title = translations(language)["Leg cramp report"]
    assert title in text
    left = sorted(source for source in english if source in text)
    assert not left, f"English left in the {language} report: {left[:10]}"


def test_the_pseudo_locale_marks_every_string_and_nothing_is_cut_off(  # type: ignore[no-untyped-def]
    qtbot, open_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PSEUDO_LOCALE_ENV, "1")
    texts = shown_texts(qtbot, open_app(None))
    untranslated = sorted(
        {text for _, text in texts if PSEUDO_START not in text and not is_a_date(text)}
    )
    assert not untranslated, f"not translated: {untranslated}"
    clipped = []
    for widget, text in texts:
        if isinstance(widget, QLabel):
            if widget.wordWrap():
                cut = widget.heightForWidth(widget.width()) > widget.height() + 1
            else:
                cut = widget.sizeHint().width() > widget.width() + 1
        elif isinstance(widget, QAbstractButton):
            cut = widget.sizeHint().width() > widget.width() + 1
        else:
            cut = False
        if cut:
            clipped.append(f"{type(widget).__name__}: {text[:60]}")
    assert not clipped, "cut off:\n" + "\n".join(clipped)


def test_changing_the_language_in_settings_applies_at_once(qtbot, open_app) -> None:  # type: ignore[no-untyped-def]
    from cramp_desktop.ui.read.screen import ReadScreen
    from cramp_desktop.ui.shell.appearance import Appearance

    application = open_app("en")
    window = application.window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: application.repositories is not None)
    window.show_screen("read")
    application.apply_settings("de", Appearance())
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Datei")
    assert application.settings.value("language") == "de"
    read = window.show_screen("read")
    assert isinstance(read, ReadScreen)
    assert read.sections()[0].title != "Sodium and leg cramps"  # the German article
    assert [s.anchor for s in read.sections()][1] == "sodium-role"
    application.apply_settings("en", Appearance())
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")
