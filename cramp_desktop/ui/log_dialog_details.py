"""Parts of the log dialog: the severity picker, the message shown under a field, and the
optional details folded away by default (sleep, soreness, triggers, relief, symptoms, notes)."""

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
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop.core.episodes import Episode, Relief, ReliefHelped, Soreness, Symptom, Trigger
from cramp_desktop.core.labels import LABEL_CONTEXT, label
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP

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


# Palette roles only, so the chosen number stands out in light and dark themes alike.
CHECKED_STYLE = (
    "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border: 1px solid palette(highlight); border-radius: 3px; font-weight: bold; }"
)


class SeverityPicker(QWidget):
    """Severity 0-10. The spin box takes the keyboard (a digit sets it; "1" then "0" gives
    10); the row of buttons is for the mouse. Before a choice the value is None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = scale_spin(
            self.tr("Severity"),
            self.tr("–"),
            self.tr("Type a number from 0 (no pain) to 10 (worst pain imaginable)"),
        )
        self.buttons: list[QToolButton] = []
        scale = QHBoxLayout()
        scale.setSpacing(2)
        width = self.fontMetrics().horizontalAdvance("10") + self.fontMetrics().height()
        for value in range(11):
            button = QToolButton()
            button.setText(str(value))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the spin box is the keyboard path
            named(button, self.tr("Severity %1").replace("%1", str(value)))
            button.setMinimumWidth(width)
            button.setMinimumHeight(self.fontMetrics().height() + 12)
            button.setStyleSheet(CHECKED_STYLE)
            button.clicked.connect(lambda _=False, v=value: self.set_value(v))
            scale.addWidget(button)
            self.buttons.append(button)
        ends = QHBoxLayout()
        ends.addWidget(QLabel(self.tr("0 = no pain")))
        ends.addStretch(1)
        ends.addWidget(QLabel(self.tr("10 = worst imaginable")))
        buttons_column = QVBoxLayout()
        buttons_column.setSpacing(2)
        buttons_column.addLayout(scale)
        buttons_column.addLayout(ends)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.spin, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(buttons_column)
        row.addStretch(1)
        self.spin.valueChanged.connect(self._sync_buttons)

    def value(self) -> int | None:
        return scale_value(self.spin)

    def set_value(self, value: int | None) -> None:
        self.spin.setValue(NOT_RECORDED if value is None else value)

    def _sync_buttons(self, value: int) -> None:
        for index, button in enumerate(self.buttons):
            button.setChecked(index == value)


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


SLEEP_ENDS = QT_TRANSLATE_NOOP("EpisodeDetails", "0 = slept on, 10 = no more sleep that night")


class EpisodeDetails(QWidget):
    """Every optional field of an Episode, each with its message area under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        not_recorded = tr("Not recorded")
        self.sleep = scale_spin(tr("Sleep disturbance"), not_recorded, tr(SLEEP_ENDS))
        self.soreness = named(QComboBox(), tr("Soreness afterwards"))
        fill_combo(self.soreness, list(Soreness), not_recorded)
        self.triggers = CheckGroup(tr("In the 24 hours before"), list(Trigger))
        self.relief = CheckGroup(tr("What I tried"), list(Relief))
        self.relief_helped = named(QComboBox(), tr("Did it help?"))
        fill_combo(self.relief_helped, list(ReliefHelped), not_recorded)
        self.symptoms = CheckGroup(tr("Along with the cramp"), list(Symptom))
        self.notes = named(QPlainTextEdit(), tr("Notes"))
        self.notes.setTabChangesFocus(True)  # Tab leaves the notes instead of typing a tab
        self.notes.setPlaceholderText(tr("Anything else you want to remember or tell a doctor"))
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self._focus_targets: dict[str, QWidget] = {  # field -> where its message points
            "sleep_disturbance": self.sleep,
            "soreness": self.soreness,
            "triggers": self.triggers.first_box(),
            "relief": self.relief.first_box(),
            "relief_helped": self.relief_helped,
            "symptoms": self.symptoms.first_box(),
            "notes": self.notes,
        }
        self.messages = {name: FieldMessage() for name in self._focus_targets}
        self._layout()

    def _layout(self) -> None:
        tr = self.tr
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        sleep_row = QHBoxLayout()
        sleep_row.addWidget(self.sleep)
        sleep_row.addWidget(QLabel(tr(SLEEP_ENDS)), 1)
        messages = self.messages
        form_row(
            form, tr("Slee&p disturbance:"), self.sleep, sleep_row, messages["sleep_disturbance"]
        )
        form_row(
            form, tr("So&reness afterwards:"), self.soreness, self.soreness, messages["soreness"]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(form)
        for group, name in ((self.triggers, "triggers"), (self.relief, "relief")):
            layout.addWidget(group)
            layout.addWidget(messages[name])
        helped = QFormLayout()
        form_row(
            helped,
            tr("Did it &help?"),
            self.relief_helped,
            self.relief_helped,
            messages["relief_helped"],
        )
        layout.addLayout(helped)
        layout.addWidget(self.symptoms)
        layout.addWidget(messages["symptoms"])
        notes = QFormLayout()
        notes.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form_row(notes, tr("N&otes:"), self.notes, self.notes, messages["notes"])
        layout.addLayout(notes)

    # -- values ---------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        """The optional Episode fields as keyword arguments."""
        return {
            "sleep_disturbance": scale_value(self.sleep),
            "soreness": current_code(self.soreness, Soreness),
            "triggers": self.triggers.checked(),
            "relief": self.relief.checked(),
            "relief_helped": current_code(self.relief_helped, ReliefHelped),
            "symptoms": self.symptoms.checked(),
            "notes": self.notes.toPlainText(),
        }

    def fill(self, episode: Episode) -> None:
        self.sleep.setValue(
            NOT_RECORDED if episode.sleep_disturbance is None else episode.sleep_disturbance
        )
        select_code(self.soreness, episode.soreness)
        self.triggers.set_checked(frozenset(episode.triggers))
        self.relief.set_checked(frozenset(episode.relief))
        select_code(self.relief_helped, episode.relief_helped)
        self.symptoms.set_checked(frozenset(episode.symptoms))
        self.notes.setPlainText(episode.notes)

    def has_details(self, episode: Episode) -> bool:
        empty: tuple[object, ...] = (None, "", frozenset())
        return any(getattr(episode, name) not in empty for name in self._focus_targets)

    def focus_target(self, name: str) -> QWidget | None:
        return self._focus_targets.get(name)

    def focus_chain(self) -> list[QWidget]:
        """Every focusable control in reading order."""
        return [
            self.sleep,
            self.soreness,
            *self.triggers.boxes.values(),
            *self.relief.boxes.values(),
            self.relief_helped,
            *self.symptoms.boxes.values(),
            self.notes,
        ]
