"""One page of the checklist wizard: a section's title, introduction and questions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QVBoxLayout, QWidget

from cramp_desktop.core.checklist_content import Section
from cramp_desktop.ui.checklist.question import QuestionWidget, checklist_text
from cramp_desktop.ui.common import FieldMessage, body_label, heading_label, named, width_capped


class SectionPage(QScrollArea):
    """One section: its title, a short introduction and its questions, scrolling as a whole
    and keeping the question that has the keyboard focus in view."""

    def __init__(
        self, section: Section, questions: Sequence[QuestionWidget], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.questions = list(questions)
        self.title = heading_label(scale=1.5)
        self.intro = body_label()
        self.note = FieldMessage()  # only the last page uses it: unanswered questions
        size = self.note.fontMetrics().height()
        info = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.note.icon.setPixmap(info.pixmap(size, size))
        # The unanswered questions by name, each a link to it (keyboard: Tab, then Enter).
        self.unanswered_links = body_label()
        self.unanswered_links.setTextFormat(Qt.TextFormat.RichText)
        self.unanswered_links.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.unanswered_links.hide()
        metrics = self.fontMetrics()
        self.content = content = QWidget()
        content.setMaximumWidth(metrics.averageCharWidth() * 100)
        column = QVBoxLayout(content)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(metrics.height() * 5 // 4)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addSpacing(metrics.height() // 2)
        for question in self.questions:
            column.addWidget(question)
            question.focused.connect(lambda question=question: self.keep_in_view(question))
        column.addWidget(self.note)
        column.addWidget(self.unanswered_links)
        column.addStretch(1)
        self.setWidget(width_capped(content))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the questions take the focus, not the page

    def retranslate(self) -> None:
        title, intro = checklist_text(self.section.title), checklist_text(self.section.intro)
        self.title.setText(title)
        self.intro.setText(intro)
        for widget in (self, self.content):
            named(widget, title, intro)

    def keep_in_view(self, widget: QWidget) -> None:
        margin = self.fontMetrics().height() * 2
        self.ensureWidgetVisible(widget, 0, margin)

    def first_visible_question(self) -> QuestionWidget | None:
        return next((q for q in self.questions if not q.isHidden()), None)
