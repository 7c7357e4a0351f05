"""What screen readers get beyond Qt's defaults: headings a reader can jump between,
warning panels with the alert role, and spoken announcements ("Saved", results, errors).

Roles come from one accessibility factory that gives a widget marked with
`mark(widget, role)` an interface with that role and its current text as the name.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6 import QtGui
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

ROLE_PROPERTY = "crampAccessibleRole"
HEADING = QAccessible.Role.Heading
ALERT = QAccessible.Role.AlertMessage
_installed = False
_W = TypeVar("_W", bound=QWidget)


class _MarkedInterface(QAccessibleWidget):
    """A widget's interface with the role it was marked with; a label's name follows its
    (rich) text as it changes."""

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        named = kind == QAccessible.Text.Name and bool(widget.accessibleName())
        if kind == QAccessible.Text.Name and not named and isinstance(widget, QLabel):
            return plain_text(widget)
        return super().text(kind)


def plain_text(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() != label.textFormat().PlainText and "<" in text:
        text = QtGui.QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _factory(_class_name: str, target: QObject) -> QAccessibleInterface | None:
    if isinstance(target, QWidget):
        role = target.property(ROLE_PROPERTY)
        if role is not None:
            return _MarkedInterface(target, QAccessible.Role(role))
    return None


def mark(widget: _W, role: QAccessible.Role) -> _W:
    """Give `widget` the accessible role `role` (HEADING, ALERT); returns it."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    widget.setProperty(ROLE_PROPERTY, role.value)
    if QAccessible.isActive():  # an interface made before the mark would keep the old role
        cached = QAccessible.queryAccessibleInterface(widget)
        if cached is not None and cached.role() != role:
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(cached))
    return widget


def announce(widget: QWidget, message: str, *, assertive: bool = False) -> None:
    """Ask screen readers to say `message` now (Qt 6.8+; silently nothing before)."""
    event_class = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if event_class is None or not message:
        return
    event = event_class(widget, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def raise_alert(widget: QWidget, message: str) -> None:
    """Tell screen readers an alert appeared, and say it."""
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
    announce(widget, message, assertive=True)
