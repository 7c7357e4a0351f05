"""The checklist wizard driven by the keyboard: sections, conditional questions, finishing,
and names for screen readers (drafts and pre-filling: test_wizard_drafts.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QProgressBar

from cramp_desktop.core.checklist import visible_questions
from cramp_desktop.core.checklist_content import SECTIONS, Question
from cramp_desktop.core.checklist_draft import Draft
from cramp_desktop.core.checklist_questions import FOLLOW_UP_IDS
from cramp_desktop.core.episodes import Answer, AnswerValue, Medication, MedicationKind
from cramp_desktop.ui.checklist.question import QuestionWidget
from tests.ui.checklist.wizard_setup import (
    MEDICINES,
    NO,
    UNSURE,
    YES,
    Key,
    go_to_section,
    make_wizard,
    press,
)

CHOICE_KEYS = {YES: [Key.Key_Space], NO: [Key.Key_Right, Key.Key_Space]}
CHOICE_KEYS[UNSURE] = [Key.Key_Right, Key.Key_Right, Key.Key_Space]
# What the full keyboard run answers where it does not answer "No".
PLAN: dict[str, AnswerValue | int] = {
    "warning.breathless_now": UNSURE,
    "pattern.night": YES,
    "medicines.takes_any": YES,
    "medicines.diuretic": YES,
    "medicines.diuretic_recent": UNSURE,
    "medicines.statin": YES,
    "medicines.statin_recent": NO,
    "activity.no_stretching": YES,
    "impact.sleep": 7,
    "impact.daily_life": 3,
}


def focused_question() -> QuestionWidget:
    widget = QApplication.focusWidget()
    while widget is not None and not isinstance(widget, QuestionWidget):
        widget = widget.parentWidget()
    assert widget is not None, f"focus is not on a question: {QApplication.focusWidget()}"
    return widget


def keys_for(question: Question) -> tuple[list[Qt.Key], Answer]:
    planned = PLAN.get(question.id, NO)
    if isinstance(planned, AnswerValue):
        return CHOICE_KEYS[planned], Answer(question.id, planned)
    if planned == 3:  # choose 0, then let the arrow keys move the choice
        return [Key.Key_Space] + [Key.Key_Right] * 3, Answer(question.id, scale=3)
    return [Key.Key_Right] * planned + [Key.Key_Space], Answer(question.id, scale=planned)


def test_every_section_can_be_completed_with_the_keyboard_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot)
    finished: list[bool] = []
    wizard.finished.connect(lambda: finished.append(True))
    given: dict[str, Answer] = {}
    for index, section in enumerate(SECTIONS):
        assert wizard.section_index() == index
        assert wizard.step_label.text() == f"Section {index + 1} of 7: {section.title}"
        assert wizard.progress.value() == index + 1
        page = wizard.pages[index]
        while True:
            question = focused_question()
            assert question in page.questions
            assert QApplication.focusWidget() is question.buttons()[0]
            keys, answer = keys_for(question.question)
            for key in keys:
                press(qtbot, key)
            given[question.question.id] = answer
            shown = [q for q in page.questions if not q.isHidden()]
            if question is shown[-1]:
                press(qtbot, Key.Key_Return)  # Enter on a radio button: the next section
                break
            press(qtbot, Key.Key_Tab)  # a radio group is one Tab stop: on to the next question
            assert focused_question() is shown[shown.index(question) + 1]
    assert finished == [True]  # nothing was left unanswered, so no second press was needed
    assert wizard.answers() == given
    assert list(given) == [q.id for q in visible_questions(given)]
    assert wizard.unanswered_count() == 0
    assert "conditions.late_pregnancy" not in given  # "may be pregnant" was No
    assert "medicines.inhaler_recent" not in given  # the inhaler question was No


def test_tab_order_runs_from_the_questions_to_the_buttons_and_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot)
    go_to_section(qtbot, wizard, len(SECTIONS) - 1)
    press(qtbot, Key.Key_Space)  # impact.sleep = 0
    press(qtbot, Key.Key_Tab)
    assert focused_question().question.id == "impact.daily_life"
    order = []
    for _ in range(4):
        press(qtbot, Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        wizard.save_close_button,
        wizard.back_button,
        wizard.finish_button,
        wizard.questions["impact.sleep"].buttons()[0],  # the chosen answer, 0
    ]
    press(qtbot, Key.Key_Right)
    assert wizard.answers()["impact.sleep"] == Answer("impact.sleep", scale=1)
    press(qtbot, Key.Key_Backtab)
    assert QApplication.focusWidget() is wizard.finish_button


@pytest.mark.parametrize("answered_by", ["keyboard", "draft"])
def test_tabbing_into_an_answered_question_lands_on_its_answer(qtbot, answered_by: str) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot)
    second = wizard.questions["warning.cold_leg"]
    if answered_by == "draft":
        wizard.set_draft(Draft({"warning.cold_leg": Answer("warning.cold_leg", NO)}, 0))
        wizard.focus_first_question()
    else:
        press(qtbot, Key.Key_Tab)
        for key in CHOICE_KEYS[NO]:
            press(qtbot, key)
        press(qtbot, Key.Key_Backtab)
    chosen = second.buttons()[1]
    assert focused_question().question.id == "warning.breathless_now"
    press(qtbot, Key.Key_Tab)
    assert QApplication.focusWidget() is chosen
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Backtab)
    assert QApplication.focusWidget() is chosen
    assert second.answer() == Answer("warning.cold_leg", NO)


def test_enter_and_back_move_between_sections_and_focus_the_first_question(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot)
    changes: list[bool] = []
    wizard.changed.connect(lambda: changes.append(True))
    assert not wizard.back_button.isEnabled()
    press(qtbot, Key.Key_Return)
    assert wizard.section_index() == 1
    assert changes == [True]
    assert wizard.stack.accessibleName() == "Cramp pattern"
    assert QApplication.focusWidget() is wizard.questions["pattern.night"].buttons()[0]
    wizard.back_button.setFocus()
    press(qtbot, Key.Key_Return)  # Enter on a focused button presses that button
    assert wizard.section_index() == 0
    assert QApplication.focusWidget() is wizard.questions["warning.breathless_now"].buttons()[0]


def test_conditional_questions_appear_and_disappear_as_answers_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot)
    go_to_section(qtbot, wizard, MEDICINES)
    diuretic = wizard.questions["medicines.diuretic"]
    recent = wizard.questions["medicines.diuretic_recent"]
    # Asked unless "no medicines": shown before "takes any medicines" is answered.
    assert diuretic.isVisible() and not recent.isVisible()
    press(qtbot, Key.Key_Space)  # takes any medicines: Yes
    assert diuretic.isVisible() and not recent.isVisible()
    press(qtbot, Key.Key_Tab)
    assert focused_question() is diuretic
    press(qtbot, Key.Key_Space)  # diuretic: Yes
    assert recent.isVisible()
    assert "medicines.diuretic" in wizard.answers()
    press(qtbot, Key.Key_Backtab)
    press(qtbot, Key.Key_Right)  # takes any medicines: Yes -> No
    assert wizard.answers()["medicines.takes_any"] == Answer("medicines.takes_any", NO)
    assert not diuretic.isVisible() and not recent.isVisible()
    assert "medicines.diuretic" not in wizard.answers()
    assert "medicines.diuretic" not in wizard.draft().answers
    press(qtbot, Key.Key_Right)  # No -> Not sure: the medicine questions are asked again
    assert diuretic.isVisible() and recent.isVisible()
    press(qtbot, Key.Key_Left)
    press(qtbot, Key.Key_Left)  # back to Yes: the answer given before is still there
    assert wizard.answers()["medicines.diuretic"] == Answer("medicines.diuretic", YES)
    assert recent.isVisible()


def test_the_page_scrolls_to_keep_the_focused_question_in_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot, height=420)
    page = wizard.pages[0]
    last = page.questions[-1]
    assert not page.viewport().rect().contains(last.mapTo(page.viewport(), QPoint(0, 0)))
    for _ in page.questions[1:]:
        press(qtbot, Key.Key_Tab)
    assert focused_question() is last
    viewport = page.viewport()
    top_left = last.mapTo(viewport, QPoint(0, 0))
    assert viewport.rect().contains(top_left)
    assert viewport.rect().contains(top_left + QPoint(0, last.height() - 1))


def test_only_the_follow_up_questions_are_indented_under_their_medicine(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot)
    indents = {}
    for question_id, widget in wizard.questions.items():
        layout = widget.layout()
        assert layout is not None
        indents[question_id] = layout.contentsMargins().left()
    assert {question_id for question_id, indent in indents.items() if indent > 0} == FOLLOW_UP_IDS
    assert indents["medicines.statin_recent"] > 0 == indents["medicines.statin"]


def test_finish_with_unanswered_questions_explains_first_then_finishes(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot)
    finished: list[bool] = []
    wizard.finished.connect(lambda: finished.append(True))
    go_to_section(qtbot, wizard, len(SECTIONS) - 1)
    assert wizard.finish_button.isVisible() and not wizard.next_button.isVisible()
    note = wizard.pages[-1].note
    count = wizard.unanswered_count()
    assert count == len(visible_questions({}))
    press(qtbot, Key.Key_Space)  # impact.sleep: 0
    press(qtbot, Key.Key_Return)
    assert finished == []
    assert note.isVisible()
    assert note.text().startswith(f"{count - 1} questions are not answered;")
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Space)  # impact.daily_life: 0
    assert note.text().startswith(f"{count - 2} questions are not answered;")
    press(qtbot, Key.Key_Return)
    assert finished == [True]


@pytest.mark.parametrize(
    ("left_out", "note"), [((), ""), (("impact.daily_life",), "1 question is not answered;")]
)
def test_finish_explains_only_when_something_is_unanswered(qtbot, left_out, note) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot)
    finished: list[bool] = []
    wizard.finished.connect(lambda: finished.append(True))
    answers = {q.id: Answer(q.id, NO) for q in visible_questions({}) if q.kind == "choice"}
    for scale in {"impact.sleep", "impact.daily_life"} - set(left_out):
        answers[scale] = Answer(scale, scale=2)
    wizard.set_draft(Draft(answers, len(SECTIONS) - 1))
    wizard.finish_button.click()
    assert finished == ([] if note else [True])
    assert wizard.pages[-1].note.isVisible() == bool(note)
    assert wizard.pages[-1].note.text().startswith(note)


@pytest.mark.parametrize("key", [Key.Key_Escape, None])
def test_escape_and_save_and_close_emit_closed(qtbot, key: Qt.Key | None) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot)
    with qtbot.waitSignal(wizard.closed, timeout=1000):
        if key is None:
            wizard.save_close_button.click()
        else:
            press(qtbot, key)


def test_every_control_has_a_name_for_screen_readers(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot, [Medication("Lasix", MedicationKind.OTHER)])
    controls = [*wizard.findChildren(QAbstractButton), *wizard.findChildren(QProgressBar)]
    assert len(controls) > 100
    for control in controls:
        assert control.accessibleName(), control
    assert wizard.progress.accessibleName() == "Checklist progress"
    for question in wizard.questions.values():
        assert question.accessibleName() == question.text_label.text()
        for button in question.buttons():
            assert button.accessibleDescription() == question.text_label.text()
    sleep = wizard.questions["impact.sleep"].buttons()
    assert [b.accessibleName() for b in (sleep[0], sleep[5], sleep[10], sleep[11])] == [
        "0: Not at all",
        "5 out of 10",
        "10: Very much",
        "Not sure",
    ]


class BracketTranslator(QTranslator):
    """A pseudo-translation: every text in brackets, so untranslated text stands out."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        return f"[{source_text}]"

    def isEmpty(self) -> bool:  # an empty translator is installed without a LanguageChange
        return False


def test_a_language_change_retranslates_every_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot, [Medication("Lasix", MedicationKind.OTHER)])
    go_to_section(qtbot, wizard, len(SECTIONS) - 1)
    wizard.finish_button.click()  # shows the note about unanswered questions
    translator = BracketTranslator()
    QApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: wizard.step_label.text().startswith("["))
        sleep = wizard.questions["impact.sleep"]
        takes_any = wizard.questions["medicines.takes_any"]
        texts = [
            wizard.step_label.text(),
            wizard.finish_button.text(),
            wizard.save_close_button.accessibleName(),
            wizard.pages[-1].title.text(),
            wizard.pages[-1].intro.text(),
            wizard.pages[-1].note.text(),
            sleep.text_label.text(),
            sleep.buttons()[11].text(),
            sleep.buttons()[5].accessibleName(),
            sleep.high_label.text() if sleep.high_label else "",
            takes_any.suggestion_label.text(),
        ]
        assert all(text.startswith("[") for text in texts), texts
    finally:
        QApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: wizard.step_label.text() == "Section 7 of 7: Impact")
