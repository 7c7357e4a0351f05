"""About (version, data folder, versions of Python/Qt/PySide6, purpose, privacy,
licences) and Help (keyboard shortcuts, data folder)."""

from __future__ import annotations

import html
import json
import platform
from collections.abc import Sequence
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
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.resources import licences_dir
from cramp_desktop.ui.common import shortcut_text

# (distribution, licence) for what ships inside the app, when no generated index of the
# bundle is there (a source checkout before `make dist`).
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


def components() -> list[tuple[str, str, str]]:
    """(name, version, licence) of every bundled component: from the bundle's
    THIRD-PARTY-LICENSES index (installer/third_party_licenses.py), else the main ones."""
    folder = licences_dir()
    if folder is not None:
        index = folder / "THIRD-PARTY-LICENSES" / "components.json"
        entries = json.loads(index.read_text(encoding="utf-8"))
        return [(entry["name"], entry["version"], entry["licence"]) for entry in entries]
    return [(name, _installed_version(name), licence) for name, licence in COMPONENTS]


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


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    head = "".join(f"<th align='left'>{html.escape(cell)}</th>" for cell in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table cellpadding='4'><tr>{head}</tr>{body}</table>"


class AboutDialog(_PagedDialog):
    def __init__(self, data_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        versions = fill(
            self.tr("Python %1, Qt %2, PySide6 %3"),
            (platform.python_version(), qVersion(), pyside_version),
        )
        facts = [fill(self.tr("Version %1"), (__version__,)), versions]
        if data_dir is not None:
            facts.append(fill(self.tr("Your data folder: %1"), (str(data_dir),)))
        about = f"<h2>{html.escape(self.tr('Leg Cramp Companion'))}</h2>" + _paragraphs(
            *facts,
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
        folder = licences_dir()
        texts = (
            [fill(self.tr("The full licence texts are in %1."), (str(folder),))]
            if folder is not None
            else []
        )
        licences = _paragraphs(
            self.tr(
                "Leg Cramp Companion is free software under the GNU General Public "
                "Licence, version 3 or later. It comes with no warranty."
            ),
            *texts,
        ) + _table((self.tr("Component"), self.tr("Version"), self.tr("Licence")), components())
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

    def __init__(
        self,
        data_dir: Path,
        screens: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        """`screens`: each screen's shortcut and title (translated), in the registry's order."""
        super().__init__(parent)
        rows: list[tuple[str, ...]] = [
            (shortcut_text(keys), QCoreApplication.translate("HelpDialog", what))
            for keys, what in self.SHORTCUTS
        ]
        if screens:
            keys = f"{screens[0][0]} … {screens[-1][0]}"
            titles = ", ".join(title for _keys, title in screens)
            rows.insert(2, (keys, fill(self.tr("Switch between the screens: %1"), [titles])))
        shortcuts = _table((self.tr("Keys"), self.tr("What they do")), rows)
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
