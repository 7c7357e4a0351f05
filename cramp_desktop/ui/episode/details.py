"""Parts of the log dialog: the severity picker, the message shown under a field, and the
optional details folded away by default (sleep, soreness, triggers, relief, symptoms, notes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop.core.episodes import Episode, Relief, ReliefHelped, Soreness, Symptom, Trigger
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.ui.common import (
    NOT_RECORDED,
    CheckGroup,
    FieldMessage,
    current_code,
    fill_combo,
    form_row,
    named,
    scale_spin,
    scale_value,
    select_code,
)

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
            named(button, fill(self.tr("Severity %1"), [str(value)]))
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


SLEEP_ENDS = QT_TRANSLATE_NOOP("EpisodeDetails", "0 = slept on, 10 = no more sleep that night")


class EpisodeDetails(QWidget):
    """Every optional field of an Episode, each with its message area under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        not_recorded = self.tr("Not recorded")
        self.sleep = scale_spin(self.tr("Sleep disturbance"), not_recorded, self.tr(SLEEP_ENDS))
        self.soreness = named(QComboBox(), self.tr("Soreness afterwards"))
        fill_combo(self.soreness, list(Soreness), not_recorded)
        self.triggers = CheckGroup(self.tr("In the 24 hours before"), list(Trigger))
        self.relief = CheckGroup(self.tr("What I tried"), list(Relief))
        self.relief_helped = named(QComboBox(), self.tr("Did it help?"))
        fill_combo(self.relief_helped, list(ReliefHelped), not_recorded)
        self.symptoms = CheckGroup(self.tr("Along with the cramp"), list(Symptom))
        self.notes = named(QPlainTextEdit(), self.tr("Notes"))
        self.notes.setTabChangesFocus(True)  # Tab leaves the notes instead of typing a tab
        self.notes.setPlaceholderText(
            self.tr("Anything else you want to remember or tell a doctor")
        )
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
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        sleep_row = QHBoxLayout()
        sleep_row.addWidget(self.sleep)
        sleep_row.addWidget(QLabel(self.tr(SLEEP_ENDS)), 1)
        messages = self.messages
        form_row(
            form,
            self.tr("Slee&p disturbance:"),
            self.sleep,
            sleep_row,
            messages["sleep_disturbance"],
        )
        form_row(
            form,
            self.tr("So&reness afterwards:"),
            self.soreness,
            self.soreness,
            messages["soreness"],
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
            self.tr("Did it &help?"),
            self.relief_helped,
            self.relief_helped,
            messages["relief_helped"],
        )
        layout.addLayout(helped)
        layout.addWidget(self.symptoms)
        layout.addWidget(messages["symptoms"])
        notes = QFormLayout()
        notes.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form_row(notes, self.tr("N&otes:"), self.notes, self.notes, messages["notes"])
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
