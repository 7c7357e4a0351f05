"""The folded "what happened yesterday" picker of the "Last night?" card.

Statistics compare cramp nights with and without a factor; a "no cramps" answer that names
no factors would make every day "with" a factor a cramp day. Folded by default so the common
answer stays one click; whether it was ever opened tells "nothing happened" (an empty set)
apart from "not asked" (None).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QToolButton, QVBoxLayout, QWidget

from cramp_desktop.core.episodes import Trigger
from cramp_desktop.ui.common import CheckGroup, body_label, code_label, named

# "Other" says nothing comparable and a new medicine belongs in the medication list.
DAY_FACTORS = [code for code in Trigger if code not in (Trigger.OTHER, Trigger.NEW_MEDICINE)]


class DayFactors(QWidget):
    """A toggle that unfolds check boxes for the factors of one day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opened = False
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.toggled.connect(self.set_open)
        self.why = body_label()
        self.group = CheckGroup("", DAY_FACTORS)
        self.boxes: dict[Trigger, QCheckBox] = {
            Trigger(code): box for code, box in self.group.boxes.items()
        }
        self.panel = QWidget()
        panel = QVBoxLayout(self.panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.setSpacing(6)
        panel.addWidget(self.why)
        panel.addWidget(self.group)
        self.panel.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.panel)
        self._retranslate()

    def _retranslate(self) -> None:
        text = self.tr("Add what happened &yesterday (optional)")
        why = self.tr(
            "This helps show patterns, such as whether cramps come more often after hot days."
        )
        named(self.toggle, text, why).setText(text)
        self.why.setText(why)
        title = self.tr("Yesterday (tick any that apply):")
        self.group.setTitle(title)
        for code, box in self.boxes.items():
            named(box, code_label(code), title).setText(code_label(code))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def set_open(self, shown: bool) -> None:
        self._opened = self._opened or shown
        self.toggle.setChecked(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.panel.setVisible(shown)

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def ticked(self) -> frozenset[Trigger]:
        return frozenset(code for code, box in self.boxes.items() if box.isChecked())

    def chosen(self) -> frozenset[Trigger] | None:
        """The ticked factors (perhaps none) once the picker was opened; None if it never was,
        so a stored answer is kept rather than replaced by "nothing happened"."""
        return self.ticked() if self._opened else None

    def reset(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)
        self.set_open(False)
        self._opened = False

    def focus_chain(self) -> list[QWidget]:
        """The toggle, then the boxes in reading order."""
        return [self.toggle, *self.boxes.values()]
