"""What a screen reader gets: every focusable widget on every screen and dialog has a role
and a name (through the QAccessible interfaces Qt gives assistive technologies)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from tests.ui.walk import every_view


def unnamed_tab_stops(window: QWidget) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isEnabled() or widget.focusProxy():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        role = interface.role() if interface else QAccessible.Role.NoRole
        if not name.strip() or role == QAccessible.Role.NoRole:
            found.append(f"{type(widget).__name__} {widget.objectName()!r} role={role.name}")
    return found


def test_every_tab_stop_has_a_role_and_a_name(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    application = make_app()
    window = application.window
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitUntil(lambda: application.repositories is not None)
    found = {name: unnamed_tab_stops(view) for name, view in every_view(application)}
    assert {name: widgets for name, widgets in found.items() if widgets} == {}
