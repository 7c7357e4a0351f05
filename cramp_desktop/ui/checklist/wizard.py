"""The risk-factor checklist as a wizard: one page per section, Back / Next / Finish,
answers pre-filled from the medication list, and a draft the screen keeps between visits.

Keyboard: Tab moves between questions (each radio group is one stop), arrow keys and
Space answer, Enter goes on to the next section (Finish on the last), Escape saves and
closes. Conditional questions appear as soon as the answer they depend on is given.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop.core.checklist import is_warning_question, visible_questions
from cramp_desktop.core.checklist_content import SECTIONS
from cramp_desktop.core.checklist_draft import Draft
from cramp_desktop.core.checklist_medicines import medication_suggestions
from cramp_desktop.core.checklist_questions import QUESTIONS
from cramp_desktop.core.episodes import Answer, AnswerValue, Medication
from cramp_desktop.core.translation import fill
from cramp_desktop.ui.checklist.question import QuestionWidget, checklist_text
from cramp_desktop.ui.checklist.section_page import SectionPage
from cramp_desktop.ui.common import body_label, format_date, local_now, named

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ChecklistWizard(QWidget):
    """The checklist, section by section.

    `changed` follows every answer the user gives and every page change (the screen saves
    the draft then); `finished` when Finish is confirmed; `closed` on "Save and close" or
    Escape. Programmatic changes (`set_draft`) emit nothing.
    """

    changed = Signal()
    finished = Signal()
    closed = Signal()

    def __init__(
        self,
        medications: Sequence[Medication] = (),
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ChecklistWizard")
        self._today = today or local_now().date()
        self._suggestions = medication_suggestions(medications, today=self._today)
        self._index = 0
        self._finish_confirming = False  # Finish was pressed once with questions unanswered
        self.questions: dict[str, QuestionWidget] = {}
        for question in QUESTIONS:
            widget = QuestionWidget(question)
            widget.answered.connect(self._on_answered)
            self.questions[question.id] = widget
        self._build()
        self.pages[-1].unanswered_links.linkActivated.connect(self.go_to_question)
        self._prefill()
        self._update_visibility()
        self._retranslate()
        self._show_section(0, focus=False)

    def _build(self) -> None:
        self.step_label = body_label()
        self.step_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setRange(0, len(SECTIONS))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(self.fontMetrics().height() // 2 + 4)
        self.pages = [
            SectionPage(
                section, [w for w in self.questions.values() if w.question.section == section.id]
            )
            for section in SECTIONS
        ]
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
        self.save_close_button = QPushButton()
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.finish_button = QPushButton()
        for button in (self.save_close_button, self.back_button, self.next_button):
            button.setAutoDefault(True)  # Enter on a focused button presses that button
        for button in (self.next_button, self.finish_button):
            button.setDefault(True)  # only one of them is shown at a time
        self.save_close_button.clicked.connect(self.closed.emit)
        self.back_button.clicked.connect(lambda: self._go_to(self._index - 1))
        self.next_button.clicked.connect(lambda: self._go_to(self._index + 1))
        self.finish_button.clicked.connect(self._finish)

        header = QVBoxLayout()
        header.setContentsMargins(32, 20, 32, 4)
        header.setSpacing(6)
        header.addWidget(self.step_label)
        header.addWidget(self.progress)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        navigation = QHBoxLayout()
        navigation.setContentsMargins(32, 10, 32, 16)
        navigation.setSpacing(12)
        navigation.addWidget(self.save_close_button)
        navigation.addStretch(1)
        for button in (self.back_button, self.next_button, self.finish_button):
            navigation.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(line)
        layout.addLayout(navigation)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Risk-factor checklist"))
        named(self.progress, self.tr("Checklist progress"))
        named(self.save_close_button, self.tr("Save and close")).setText(self.tr("Save and &close"))
        self.save_close_button.setToolTip(self.tr("Keep your answers and come back later (Esc)"))
        named(self.back_button, self.tr("Back")).setText(self.tr("&Back"))
        named(self.next_button, self.tr("Next section")).setText(self.tr("&Next"))
        # Alt+F is the window's File menu.
        named(self.finish_button, self.tr("Finish the checklist")).setText(self.tr("F&inish"))
        for page in self.pages:
            page.retranslate()
        self._show_suggestions()
        self._update_step()
        self._update_unanswered_note()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() in _ENTER_KEYS:  # radio buttons pass Enter on to here
            (self.finish_button if self._is_last_page() else self.next_button).click()
        elif plain and event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
        else:
            super().keyPressEvent(event)

    # -- public API -----------------------------------------------------------------
    def answers(self) -> dict[str, Answer]:
        """The answers to the questions now shown (a hidden question's answer is left out)."""
        found = {}
        for question in visible_questions(self._all_answers()):
            answer = self.questions[question.id].answer()
            if answer is not None:
                found[question.id] = answer
        return found

    def unanswered_count(self) -> int:
        return len(self.unanswered_ids())

    def unanswered_ids(self) -> list[str]:
        """The questions now shown that have no answer, in checklist order."""
        return [
            question.id
            for question in visible_questions(self._all_answers())
            if self.questions[question.id].answer() is None
        ]

    def go_to_question(self, question_id: str) -> None:
        """Show the section of `question_id` and put the keyboard focus on it."""
        widget = self.questions.get(question_id)
        if widget is None or widget.isHidden():
            return
        index = next(i for i, page in enumerate(self.pages) if widget in page.questions)
        if index != self._index:
            self._show_section(index, focus=False)
            self.changed.emit()
        self.pages[index].keep_in_view(widget)
        widget.focus_button().setFocus(Qt.FocusReason.OtherFocusReason)

    def section_index(self) -> int:
        return self._index

    def draft(self) -> Draft:
        return Draft(self.answers(), self._index)

    def set_draft(self, draft: Draft | None) -> None:
        """Restore a draft's answers and section (None starts afresh); then pre-fill the
        medicine questions it leaves unanswered."""
        for widget in self.questions.values():
            widget.set_answer(None)
        for question_id, answer in (draft.answers if draft else {}).items():
            if question_id in self.questions:
                self.questions[question_id].set_answer(answer)
        self._prefill()
        self._update_visibility()
        self._show_section(draft.section_index if draft else 0, focus=self.isVisible())

    def focus_first_question(self) -> None:
        """Put the keyboard focus on the current section's first question."""
        question = self.pages[self._index].first_visible_question()
        target: QWidget = question.focus_button() if question else self.next_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- answers --------------------------------------------------------------------
    def _all_answers(self) -> dict[str, Answer]:
        return {qid: a for qid, widget in self.questions.items() if (a := widget.answer())}

    def _prefill(self) -> None:
        for question_id in self._suggestions:
            widget = self.questions.get(question_id)
            if widget is not None and widget.answer() is None:
                widget.set_answer(Answer(question_id, AnswerValue.YES))

    def _show_suggestions(self) -> None:
        """Each question the medication list answers says so, even once the user has
        changed the answer: the note explains where the first "Yes" came from."""
        for question_id, medication in self._suggestions.items():
            widget = self.questions.get(question_id)
            if widget is None:
                continue
            if widget.is_follow_up and medication.started_on is not None:
                text = fill(
                    self.tr("From your medication list: %1, started on %2"),
                    [medication.name, format_date(medication.started_on)],
                )
            else:
                text = fill(self.tr("From your medication list: %1"), [medication.name])
            widget.set_suggestion(text)

    def _update_visibility(self) -> None:
        shown = {question.id for question in visible_questions(self._all_answers())}
        for question_id, widget in self.questions.items():
            widget.setHidden(question_id not in shown)

    def _on_answered(self) -> None:
        self._update_visibility()
        self._update_unanswered_note()
        self.changed.emit()

    # -- pages ----------------------------------------------------------------------
    def _is_last_page(self) -> bool:
        return self._index == len(self.pages) - 1

    def _go_to(self, index: int) -> None:
        if 0 <= index < len(self.pages) and index != self._index:
            self._show_section(index, focus=True)
            self.changed.emit()

    def _show_section(self, index: int, *, focus: bool) -> None:
        self._index = min(max(index, 0), len(self.pages) - 1)
        self._finish_confirming = False
        page = self.pages[self._index]
        self.stack.setCurrentWidget(page)
        page.verticalScrollBar().setValue(0)
        last = self._is_last_page()
        self.back_button.setEnabled(self._index > 0)
        self.next_button.setVisible(not last)
        self.finish_button.setVisible(last)
        self._update_step()
        self._update_unanswered_note()
        if focus:
            self.focus_first_question()
            self._announce(self.step_label.text())

    def _update_step(self) -> None:
        title = checklist_text(SECTIONS[self._index].title)
        text = fill(
            self.tr("Section %1 of %2: %3"), [str(self._index + 1), str(len(SECTIONS)), title]
        )
        self.step_label.setText(text)
        self.progress.setValue(self._index + 1)
        self.progress.setAccessibleDescription(text)
        self.stack.setAccessibleName(title)
        self.stack.setAccessibleDescription(checklist_text(SECTIONS[self._index].intro))

    def _announce(self, text: str) -> None:
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    # -- finishing ------------------------------------------------------------------
    def _finish(self) -> None:
        if self.unanswered_count() and not self._finish_confirming:
            self._finish_confirming = True
            self._update_unanswered_note()
            note = self.pages[-1].note
            self.pages[-1].keep_in_view(note)
            self._announce(note.text())
            return
        self.finished.emit()

    def _update_unanswered_note(self) -> None:
        note = self.pages[-1].note
        missing = self.unanswered_ids()
        count = len(missing)
        self._show_unanswered_links(missing if self._finish_confirming else [])
        if not (self._finish_confirming and count):
            note.clear()
            self.finish_button.setAccessibleDescription("")
            return
        if count == 1:
            text = self.tr(
                "1 question is not answered; it will be listed as unknown, or as one to "
                "check if it is a warning question. Press Finish again to finish now, or go "
                "back to answer it."
            )
        else:
            text = self.tr(
                "%n questions are not answered; they will be listed as unknown, and warning "
                "questions as ones to check. Press Finish again to finish now, or go back to "
                "answer them.",
                "",
                count,
            )
        note.show_message(text)
        self.finish_button.setAccessibleDescription(text)

    def _show_unanswered_links(self, question_ids: list[str]) -> None:
        """Name each unanswered question as a link to it; warning questions first, marked."""
        links = self.pages[-1].unanswered_links
        if not question_ids:
            links.clear()
            links.hide()
            return
        warning = [qid for qid in question_ids if is_warning_question(self.questions[qid].question)]
        items = []
        for question_id in [*warning, *(q for q in question_ids if q not in warning)]:
            text = html.escape(checklist_text(self.questions[question_id].question.text))
            if question_id in warning:
                text = fill(self.tr("Warning question: %1"), [text])
            items.append(f'<li><a href="{question_id}">{text}</a></li>')
        caption = html.escape(self.tr("Not answered yet (choose one to answer it):"))
        links.setText(f"<p>{caption}</p><ul>{''.join(items)}</ul>")
        named(links, self.tr("Questions not answered"))
        links.show()
