"""Help → Open data folder / Open logs folder / Check for updates…: what opens where, with
the URL handlers of Qt replaced so no file manager or browser starts."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from cramp_desktop import RELEASES_URL
from tests.ui.shell.test_main_window import shown_window

ROOT = Path(__file__).resolve().parents[3]


class OpenedUrls(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_urls(qapp):  # type: ignore[no-untyped-def]
    handler = OpenedUrls()
    for scheme in ("file", "https"):
        QDesktopServices.setUrlHandler(scheme, handler, "open")
    yield handler.urls
    for scheme in ("file", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def press_in_message_box(label: str, seen: list[str]) -> QTimer:
    def press() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(f"{widget.text()}\n{widget.informativeText()}")
                for button in widget.buttons():
                    if button.text().replace("&", "") == label:
                        button.click()

    timer = QTimer()
    timer.timeout.connect(press)
    timer.start(50)
    return timer


@pytest.mark.parametrize(("action", "folder"), [("data", ""), ("logs", "logs")])
def test_open_folder_shows_the_folder_in_the_file_manager(
    qtbot, make_app, data_dir: Path, opened_urls: list[QUrl], action: str, folder: str
) -> None:
    _application, window = shown_window(qtbot, make_app)
    menu_action = getattr(window, f"open_{action}_folder_action")
    assert menu_action in window.help_menu.actions()
    menu_action.trigger()
    assert [url.toLocalFile() for url in opened_urls] == [str(data_dir / folder).rstrip("/")]


@pytest.mark.parametrize(("button", "opened"), [("Open the releases page", True), ("Close", False)])
def test_check_for_updates_says_the_app_stays_offline_and_opens_the_browser_only_if_asked(
    qtbot, make_app, opened_urls: list[QUrl], button: str, opened: bool
) -> None:
    _application, window = shown_window(qtbot, make_app)
    seen: list[str] = []
    timer = press_in_message_box(button, seen)
    window.check_updates_action.trigger()
    timer.stop()
    assert "never connects to the internet" in seen[0]
    assert [url.toString() for url in opened_urls] == ([RELEASES_URL] if opened else [])


def test_the_releases_page_is_the_one_pyproject_names() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        urls = tomllib.load(handle)["project"]["urls"]
    assert urls["Releases"] == RELEASES_URL
    assert RELEASES_URL.startswith("https://")
