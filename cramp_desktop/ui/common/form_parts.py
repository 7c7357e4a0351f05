"""Form building blocks shared by the dialogs and screens: accessible names, code combos,
0-10 scales, messages shown under a field, groups of check boxes."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop.core.labels import LABEL_CONTEXT, label
from cramp_desktop.storage.errors import StorageError, user_text
from cramp_desktop.ui.common.accessibility import announce

_Code = TypeVar("_Code", bound=StrEnum)


_W = TypeVar("_W", bound=QWidget)


NOT_RECORDED = -1


def named(widget: _W, name: str, description: str = "") -> _W:
    """`widget` with its accessible name (and description) set, for screen readers."""
    widget.setAccessibleName(name.replace("&", ""))
    if description:
        widget.setAccessibleDescription(description)
    return widget


def scale_spin(name: str, none_text: str, description: str = "") -> QSpinBox:
    """A 0-10 spin box whose lowest step means "not given" (shown as `none_text`)."""
    spin = named(QSpinBox(), name, description)
    spin.setRange(NOT_RECORDED, 10)
    spin.setSpecialValueText(none_text)
    spin.setValue(NOT_RECORDED)
    return spin


def scale_value(spin: QSpinBox) -> int | None:
    return None if spin.value() == NOT_RECORDED else spin.value()


def form_row(
    form: QFormLayout,
    caption: str,
    buddy: QWidget,
    field: QWidget | QLayout,
    message: QWidget,
) -> QLabel:
    """A form row whose field has its message area right under it; returns the caption."""
    label = QLabel(caption)
    label.setWordWrap(True)
    label.setBuddy(buddy)
    column = QVBoxLayout()
    column.setSpacing(4)
    if isinstance(field, QWidget):
        grows = field.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Expanding
        column.addWidget(field, 0, Qt.AlignmentFlag(0) if grows else Qt.AlignmentFlag.AlignLeft)
    else:
        column.addLayout(field)
    column.addWidget(message)
    form.addRow(label, column)
    return label


def code_label(code: StrEnum) -> str:
    return QCoreApplication.translate(LABEL_CONTEXT, label(code))


def fill_combo(combo: QComboBox, codes: list[StrEnum], none_text: str | None = None) -> None:
    """Items showing translated labels with the code as data; `none_text` adds "not recorded"."""
    if none_text is not None:
        combo.addItem(none_text, None)
    for code in codes:
        combo.addItem(code_label(code), code.value)  # Qt hands back plain strings anyway


def select_code(combo: QComboBox, code: StrEnum | None) -> None:
    index = combo.findData(code.value) if code is not None else 0
    combo.setCurrentIndex(max(index, 0))


def current_code(combo: QComboBox, kind: type[_Code]) -> _Code | None:
    data = combo.currentData()
    return None if data is None else kind(data)


class FieldMessage(QWidget):
    """What to fix in a field, shown right under it: a warning icon and the text.

    No colour of its own (themes differ): the style's warning icon and bold text mark it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        size = self.fontMetrics().height()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self._field: QWidget | None = None
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def show_message(self, text: str, field: QWidget | None = None) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.setAccessibleDescription(text)
        if field is not None:
            field.setAccessibleDescription(text)
        self._field = field
        self.show()
        announce(self.label, text, assertive=True)

    def clear(self) -> None:
        if self._field is not None:
            self._field.setAccessibleDescription("")
        self._field = None
        self.label.clear()
        self.hide()


class CheckGroup(QGroupBox):
    """A titled group of checkboxes, one per code, in two columns."""

    def __init__(self, title: str, codes: list[_Code], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.boxes: dict[StrEnum, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(24)
        for index, code in enumerate(codes):
            box = named(QCheckBox(code_label(code)), code_label(code), title.replace("&", ""))
            grid.addWidget(box, index // 2, index % 2)
            self.boxes[code] = box

    def checked(self) -> frozenset[StrEnum]:
        return frozenset(code for code, box in self.boxes.items() if box.isChecked())

    def set_checked(self, codes: frozenset[StrEnum]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)

    def first_box(self) -> QCheckBox:
        return next(iter(self.boxes.values()))


def unsaved_entry_message(error: StorageError) -> str:
    """What went wrong (the one sentence of storage.errors.user_text), and that the form
    still holds what the user typed."""
    kept = QCoreApplication.translate(
        "LogCrampDialog", "Your entry is still here: nothing you typed is lost."
    )
    return f"{user_text(error, QCoreApplication.translate)} {kept}"
