"""One checklist question: its text and a radio group (Yes / No / Not sure, or 0-10 and
Not sure), with an optional note saying where a pre-filled answer came from.

The radio group behaves like a native one: one Tab stop (the chosen answer, or the first
button while nothing is chosen), arrow keys move between the buttons, Space chooses, and
once an answer is chosen the arrow keys move the choice with the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop.core.checklist_content import (
    CHECKLIST_CONTEXT,
    SCALE_MAX,
    SCALE_MIN,
    Question,
)
from cramp_desktop.core.checklist_questions import FOLLOW_UP_IDS
from cramp_desktop.core.episodes import Answer, AnswerValue
from cramp_desktop.core.translation import fill
from cramp_desktop.ui.common import body_label, heading_label, named, scale_font

Option = AnswerValue | int  # what a button stands for: a choice, or a 0-10 scale value
_NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down}
_PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up}


def checklist_text(text: str) -> str:
    """A checklist text (context "Checklist") in the user's language."""
    return QCoreApplication.translate(CHECKLIST_CONTEXT, text)


class QuestionWidget(QWidget):
    """A question and its answer buttons. `answered` is emitted when the user chooses an
    answer (not when `set_answer` is called); `focused` when one of its buttons gets focus."""

    answered = Signal()
    focused = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.text_label = heading_label(scale=1.1, heading=False)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion_label = body_label()
        self.suggestion_label.setTextFormat(Qt.TextFormat.PlainText)
        scale_font(self.suggestion_label, 0.95)
        font = self.suggestion_label.font()
        font.setItalic(True)
        self.suggestion_label.setFont(font)
        self.suggestion_label.hide()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.buttonClicked.connect(lambda _button: self.answered.emit())
        self.group.buttonToggled.connect(lambda button, _on: self._mark_choice(button))
        self._options: list[tuple[QRadioButton, Option]] = []
        self.low_label: QLabel | None = None
        self.high_label: QLabel | None = None

        column = QVBoxLayout(self)
        indent = self.fontMetrics().averageCharWidth() * 5 if self.is_follow_up else 0
        column.setContentsMargins(indent, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.text_label)
        if question.kind == "scale":
            column.addLayout(self._scale_buttons())
        else:
            column.addLayout(self._choice_buttons())
        column.addWidget(self.suggestion_label)
        self._retranslate()

    @property
    def is_follow_up(self) -> bool:
        return self.question.id in FOLLOW_UP_IDS

    def _add_button(self, option: Option) -> QRadioButton:
        button = QRadioButton()
        button.installEventFilter(self)
        self.group.addButton(button)
        self._options.append((button, option))
        return button

    def _choice_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(self.fontMetrics().averageCharWidth() * 4)
        for value in (AnswerValue.YES, AnswerValue.NO, AnswerValue.UNSURE):
            row.addWidget(self._add_button(value))
        row.addStretch(1)
        return row

    def _scale_buttons(self) -> QVBoxLayout:
        """0-10 in a row, what the ends mean right under them, and "Not sure" below."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 2)
        grid.setVerticalSpacing(2)
        count = SCALE_MAX - SCALE_MIN + 1
        for position, value in enumerate(range(SCALE_MIN, SCALE_MAX + 1)):
            grid.addWidget(self._add_button(value), 0, position)
        self.low_label = body_label()
        self.high_label = body_label()
        self.high_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        half = count // 2
        grid.addWidget(self.low_label, 1, 0, 1, half, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.high_label, 1, count - half, 1, half, Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout()
        row.addLayout(grid)
        row.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addLayout(row)
        column.addWidget(self._add_button(AnswerValue.UNSURE), 0, Qt.AlignmentFlag.AlignLeft)
        return column

    def _retranslate(self) -> None:
        text = checklist_text(self.question.text)
        self.text_label.setText(text)
        self.setAccessibleName(text)
        low = checklist_text(self.question.low_label) if self.question.low_label else ""
        high = checklist_text(self.question.high_label) if self.question.high_label else ""
        if self.low_label is not None and self.high_label is not None:
            self.low_label.setText(low)
            self.high_label.setText(high)
        for button, option in self._options:
            caption, name = self._option_texts(option, low, high)
            named(button, name, text).setText(caption)
            self._reserve_bold_width(button)

    def _option_texts(self, option: Option, low: str, high: str) -> tuple[str, str]:
        """The button's caption and its accessible name (a scale's ends say what they mean)."""
        if option == AnswerValue.YES:
            return self.tr("Yes"), self.tr("Yes")
        if option == AnswerValue.NO:
            return self.tr("No"), self.tr("No")
        if option == AnswerValue.UNSURE:
            return self.tr("Not sure"), self.tr("Not sure")
        caption = str(option)
        if option == SCALE_MIN and low:
            return caption, fill(self.tr("%1: %2"), [caption, low])
        if option == SCALE_MAX and high:
            return caption, fill(self.tr("%1: %2"), [caption, high])
        return caption, fill(self.tr("%1 out of %2"), [caption, "10"])

    @staticmethod
    def _reserve_bold_width(button: QAbstractButton) -> None:
        """Room for the bold caption of a chosen answer, so choosing one moves nothing."""
        chosen = button.isChecked()
        button.setMinimumWidth(0)
        QuestionWidget._mark_choice(button, bold=True)
        button.setMinimumWidth(button.sizeHint().width())
        QuestionWidget._mark_choice(button, bold=chosen)

    @staticmethod
    def _mark_choice(button: QAbstractButton, bold: bool | None = None) -> None:
        # The chosen answer is also bold: some themes draw the radio's dot faintly.
        font = button.font()
        font.setBold(button.isChecked() if bold is None else bold)
        button.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- the answer -----------------------------------------------------------------
    def buttons(self) -> list[QRadioButton]:
        return [button for button, _option in self._options]

    def answer(self) -> Answer | None:
        checked = self.group.checkedButton()
        option = next((o for b, o in self._options if b is checked), None)
        if option is None:
            return None
        if isinstance(option, AnswerValue):
            return Answer(self.question.id, choice=option)
        return Answer(self.question.id, scale=option)

    def set_answer(self, answer: Answer | None) -> None:
        """Show `answer` (None, or a value that does not fit the question, clears it)."""
        wanted: Option | None = None
        if answer is not None and self.question.kind == "scale":
            scale = answer.scale
            if scale is not None and SCALE_MIN <= scale <= SCALE_MAX:
                wanted = scale
            elif answer.choice == AnswerValue.UNSURE:
                wanted = AnswerValue.UNSURE
        elif answer is not None:
            wanted = answer.choice
        target = next((b for b, o in self._options if wanted is not None and o == wanted), None)
        if target is not None:
            target.setChecked(True)
            return
        # An exclusive group will not uncheck its last button; lift that for a moment.
        self.group.setExclusive(False)
        for button in self.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)

    def focus_button(self) -> QRadioButton:
        """The group's one Tab stop: the chosen answer, or the first button."""
        checked = self.group.checkedButton()
        return checked if isinstance(checked, QRadioButton) else self.buttons()[0]

    def set_suggestion(self, text: str | None) -> None:
        """A note under the question, such as where a pre-filled answer came from."""
        self.suggestion_label.setText(text or "")
        self.suggestion_label.setVisible(bool(text))
        self.setAccessibleDescription(text or "")

    # -- keyboard -------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QRadioButton) and watched in self.buttons():
            if event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
                return self._focus_in(watched, event)
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._arrow_key(watched, event)
        return super().eventFilter(watched, event)

    def _focus_in(self, button: QRadioButton, event: QFocusEvent) -> bool:
        reason = event.reason()
        tabbing = reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        target = self.focus_button()
        if tabbing and target is not button:
            # Qt tabs into a group at its first button; a native group goes to its choice.
            target.setFocus(reason)
            return True
        self.focused.emit()
        return False

    def _arrow_key(self, button: QRadioButton, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.isRightToLeft():
            key = Qt.Key.Key_Left if key == Qt.Key.Key_Right else Qt.Key.Key_Right
        if key not in _NEXT_KEYS | _PREVIOUS_KEYS:
            return False
        buttons = self.buttons()
        index = buttons.index(button) + (1 if key in _NEXT_KEYS else -1)
        if 0 <= index < len(buttons):
            self._move_to(buttons[index], moves_choice=button.isChecked())
        return True  # at either end the key stops here rather than scrolling the page

    def _move_to(self, button: QAbstractButton, *, moves_choice: bool) -> None:
        if moves_choice:
            button.click()
        button.setFocus(Qt.FocusReason.OtherFocusReason)
