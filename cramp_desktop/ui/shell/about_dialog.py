"""About (version, purpose, privacy, licences) and Help (keyboard shortcuts, data folder)."""

from __future__ import annotations

import html
import platform
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop import __version__
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP
from cramp_desktop.ui.common.widgets import shortcut_text

# (distribution, licence) for what ships inside the app.
COMPONENTS = (
    ("PySide6-Essentials", "LGPL-3.0 (Qt for Python)"),
    ("shiboken6", "LGPL-3.0"),
    ("SQLAlchemy", "MIT"),
    ("alembic", "MIT"),
    ("reportlab", "BSD-3-Clause"),
    ("platformdirs", "MIT"),
)


def _installed_version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"


def _text_page(html_text: str, name: str) -> QTextBrowser:
    page = QTextBrowser()
    page.setOpenLinks(False)
    page.setHtml(html_text)
    page.setAccessibleName(name)
    return page


class _PagedDialog(QDialog):
    def _set_pages(self, title: str, pages: list[tuple[str, QWidget]]) -> None:
        self.setWindowTitle(title)
        self.tabs = QTabWidget()
        for label, page in pages:
            self.tabs.addTab(page, label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 72, metrics.height() * 28)


def _paragraphs(*texts: str) -> str:
    return "".join(f"<p>{html.escape(text)}</p>" for text in texts)


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th align='left'>{html.escape(cell)}</th>" for cell in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table cellpadding='4'><tr>{head}</tr>{body}</table>"


class AboutDialog(_PagedDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        about = f"<h2>{html.escape(self.tr('Leg Cramp Companion'))}</h2>" + _paragraphs(
            self.tr("Version %1").replace("%1", __version__),
            self.tr(
                "Read about leg cramps, check your risk factors, keep a private log of "
                "your cramps and bring a clear report to your doctor."
            ),
            self.tr(
                "This app gives information, not a diagnosis. It does not replace advice "
                "from a doctor."
            ),
            self.tr("Your data stays on this computer. The app never connects to the internet."),
        )
        built_with = (
            self.tr("Built with Python %1 and Qt %2 (PySide6 %3).")
            .replace("%1", platform.python_version())
            .replace("%2", qVersion())
            .replace("%3", pyside_version)
        )
        licences = _paragraphs(
            self.tr(
                "Leg Cramp Companion is free software under the GNU General Public "
                "Licence, version 3 or later."
            ),
            built_with,
        ) + _table(
            (self.tr("Component"), self.tr("Version"), self.tr("Licence")),
            [(name, _installed_version(name), licence) for name, licence in COMPONENTS],
        )
        self._set_pages(
            self.tr("About Leg Cramp Companion"),
            [
                (self.tr("About"), _text_page(about, self.tr("About"))),
                (self.tr("Licences"), _text_page(licences, self.tr("Licences"))),
            ],
        )


class HelpDialog(_PagedDialog):
    # Portable key names; shown as the system writes them (⌘ keys on macOS).
    SHORTCUTS = (
        ("Ctrl+N", QT_TRANSLATE_NOOP("HelpDialog", "Log a cramp")),
        ("Ctrl+E", QT_TRANSLATE_NOOP("HelpDialog", "Export report")),
        (
            "Ctrl+1 … Ctrl+5",
            QT_TRANSLATE_NOOP(
                "HelpDialog", "Switch between Today, Read, Checklist, History and Report"
            ),
        ),
        (
            "Ctrl+Z / Ctrl+Shift+Z",
            QT_TRANSLATE_NOOP("HelpDialog", "Undo or redo deleting episodes in History"),
        ),
        ("Ctrl+F", QT_TRANSLATE_NOOP("HelpDialog", "Find in the article")),
        (
            "Ctrl++ / Ctrl+-",
            QT_TRANSLATE_NOOP("HelpDialog", "Make the article text larger or smaller"),
        ),
        ("Ctrl+P", QT_TRANSLATE_NOOP("HelpDialog", "Print the article")),
        ("F1", QT_TRANSLATE_NOOP("HelpDialog", "This help")),
    )

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        shortcuts = _table(
            (self.tr("Keys"), self.tr("What they do")),
            [
                (shortcut_text(keys), QCoreApplication.translate("HelpDialog", what))
                for keys, what in self.SHORTCUTS
            ],
        )
        data = _paragraphs(
            self.tr("Your data is kept in this folder:"),
            str(data_dir),
            self.tr(
                "The app makes a copy of your data every day in its backups folder and keeps "
                "the most recent ones. To keep your own copy, close the app and copy the whole "
                "folder, for example to a USB stick."
            ),
        )
        self._set_pages(
            self.tr("Help"),
            [
                (
                    self.tr("Keyboard shortcuts"),
                    _text_page(shortcuts, self.tr("Keyboard shortcuts")),
                ),
                (self.tr("Your data"), _text_page(data, self.tr("Your data"))),
            ],
        )
