"""What the main window needs to know about a screen (`ScreenSpec`), what a screen is given
when it is built (`ScreenContext`), and the one way a screen offers menu actions
(`actions_for_menus`). The registry itself is ui/screens.py."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from cramp_desktop.ui.common.data_events import DataEvents

if TYPE_CHECKING:
    from cramp_desktop.storage.repositories import Repositories


class Menu(StrEnum):
    """The menus of the main window a screen may add actions to."""

    FILE = "file"
    EDIT = "edit"
    VIEW = "view"


MenuActions = Mapping[Menu, Sequence[QAction]]


@runtime_checkable
class OffersMenuActions(Protocol):
    """A screen whose actions also appear in the window's menus while it is shown (their
    shortcuts stay the screen's own)."""

    def actions_for_menus(self) -> MenuActions: ...


def menu_actions_of(screen: QWidget) -> MenuActions:
    return screen.actions_for_menus() if isinstance(screen, OffersMenuActions) else {}


@dataclass(frozen=True)
class ScreenContext:
    """The services a screen is built with, and the app's actions it may start."""

    settings: QSettings
    language: str
    events: DataEvents
    repositories: Repositories | None
    show_screen: Callable[[str], QWidget]
    open_article: Callable[[str], None]  # an anchor of the article, on the Read screen
    log_cramp: Callable[[], None]
    try_experiment: Callable[[str], None]  # a measure id of core.experiments' catalogue

    def data(self) -> Repositories:
        """The repositories; only screens with `needs_data` ask, once the data is open."""
        if self.repositories is None:
            raise RuntimeError("the data is not open yet")
        return self.repositories


@dataclass(frozen=True)
class ScreenSpec:
    """Everything about one screen. Its place in the registry sets its Ctrl+number."""

    key: str
    title: str  # source text; shown through QCoreApplication.translate("MainWindow", ...)
    icon: str  # resources/icons/<icon>.svg
    purpose: str  # source text in context "OpeningScreen": shown while the data opens
    factory: Callable[[ScreenContext], QWidget]
    needs_data: bool = True
