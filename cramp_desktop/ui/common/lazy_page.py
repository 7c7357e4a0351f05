"""A page (of a tab widget, say) whose content is built when it is first shown or asked
for, so a screen opens without building what it hides."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

_W = TypeVar("_W", bound=QWidget)


class LazyPage(QWidget, Generic[_W]):
    """Holds what `build` makes, made once: at the first show or `content()`."""

    def __init__(self, build: Callable[[], _W], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._content: _W | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def is_built(self) -> bool:
        return self._content is not None

    def content(self) -> _W:
        if self._content is None:
            self._content = self._build()
            self._layout.addWidget(self._content)
            if self.isVisible():
                self._content.show()  # at once, not a frame later
        return self._content

    def showEvent(self, event: QShowEvent) -> None:
        self.content()
        super().showEvent(event)
