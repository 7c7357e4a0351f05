"""The Checklist screen in the real app: keyboard-only completion, saving, drafts, Read more."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cramp_desktop import __version__, preferences
from cramp_desktop.core.checklist import is_warning_question
from cramp_desktop.core.checklist_content import SECTIONS
from cramp_desktop.core.checklist_questions import QUESTIONS
from cramp_desktop.core.episodes import AnswerValue
from cramp_desktop.storage.errors import StorageError, user_text
from cramp_desktop.ui.checklist.screen import ChecklistScreen
from cramp_desktop.ui.read.screen import ReadScreen
from tests.ui.read.test_screen import assert_heading_at_top

KEY = Qt.Key


def open_checklist(qtbot: QtBot, make_app):  # type: ignore[no-untyped-def]
    application = make_app()
    window = application.window
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitUntil(lambda: application.repositories is not None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, KEY.Key_3, Qt.KeyboardModifier.ControlModifier)
    screen = window.built_screen("checklist")
    assert isinstance(screen, ChecklistScreen)
    return application, screen


def press(qtbot: QtBot, *keys: Qt.Key) -> None:
    for key in keys:
        widget = QApplication.focusWidget()
        assert widget is not None, f"nothing has the focus before {key!r}"
        qtbot.keyClick(widget, key)


def test_the_checklist_is_completed_with_the_keyboard_alone(qtbot: QtBot, make_app) -> None:
    application, screen = open_checklist(qtbot, make_app)
    assert screen.pages.currentWidget() is screen.start_page
    press(qtbot, KEY.Key_Tab)  # from the navigation into the screen
    assert QApplication.focusWidget() is screen.start_page.start_button
    press(qtbot, KEY.Key_Return)
    wizard = screen.wizard
    assert wizard is not None and screen.pages.currentWidget() is wizard
    qtbot.waitUntil(lambda: wizard.questions["warning.breathless_now"].isAncestorOf(
        QApplication.focusWidget()))  # fmt: skip

    press(qtbot, KEY.Key_Space, KEY.Key_Return)  # warning: breathless = yes
    press(qtbot, KEY.Key_Right, KEY.Key_Space)  # pattern: night = no
    press(qtbot, KEY.Key_Tab, KEY.Key_Space)  # pattern: walking pain = yes
    press(qtbot, KEY.Key_Tab, KEY.Key_Right, KEY.Key_Right, KEY.Key_Space)  # urge: not sure
    press(qtbot, *[KEY.Key_Return] * (len(SECTIONS) - 2))  # on through the other sections
    assert wizard.section_index() == len(SECTIONS) - 1
    press(qtbot, KEY.Key_Return)  # first Finish: the note about unanswered questions
    assert screen.pages.currentWidget() is wizard
    with qtbot.waitSignal(application.events.assessments_changed):
        press(qtbot, KEY.Key_Return)

    saved = application.repositories.assessments.list()
    assert len(saved) == 1
    assert saved[0].app_version == __version__
    assert {(a.question_id, a.choice) for a in saved[0].answers} == {
        ("warning.breathless_now", AnswerValue.YES),
        ("pattern.night", AnswerValue.NO),
        ("pattern.walking_pain", AnswerValue.YES),
        ("pattern.urge_to_move", AnswerValue.UNSURE),
    }
    results = screen.results
    assert screen.pages.currentWidget() is results
    first = results.red_flag_panels[0]
    assert first.action.text() == "Call emergency services now."
    shown = list(results.finding_widgets)
    assert shown[0] == "breathless-chest-pain"
    # The warning questions left unanswered stand right after it, never dropped.
    skipped = [f"unanswered:{q.id}" for q in QUESTIONS if is_warning_question(q)]
    skipped.remove("unanswered:warning.breathless_now")
    skipped.remove("unanswered:conditions.back_numbness")  # not asked: no spinal stenosis
    assert sorted(shown[1 : 1 + len(skipped)]) == sorted(skipped)
    assert shown[-2:] == ["walking-pain", "unsure:pattern.urge_to_move"]
    assert (
        screen.saved_draft() is None
        and application.settings.value(preferences.CHECKLIST_DRAFT.key) is None
    )


def test_finish_names_the_unanswered_warning_questions_and_each_link_jumps_to_it(
    qtbot: QtBot, make_app
) -> None:
    application, screen = open_checklist(qtbot, make_app)
    screen.start(fresh=True)
    wizard = screen.wizard
    assert wizard is not None
    # Every question but the warning ones answered "no" (scales 0).
    for question in QUESTIONS:
        widget = wizard.questions[question.id]
        if not is_warning_question(question) and not widget.isHidden():
            widget.buttons()[0 if question.kind == "scale" else 1].click()
    wizard._go_to(len(wizard.pages) - 1)
    wizard.finish_button.click()  # first Finish: not saved, the questions are named
    assert application.repositories.assessments.list() == []
    links = wizard.pages[-1].unanswered_links
    assert links.isVisible()
    text = links.text()
    for question in QUESTIONS:
        if is_warning_question(question) and not wizard.questions[question.id].isHidden():
            assert f'href="{question.id}"' in text
            assert question.text.split(",")[0] in text  # named, as the user reads it
    assert "Warning question:" in text
    # A link goes to its question, with the keyboard focus on it.
    links.linkActivated.emit("warning.calf_swelling_now")
    target = wizard.questions["warning.calf_swelling_now"]
    assert wizard.section_index() == 0
    qtbot.waitUntil(lambda: target.isAncestorOf(QApplication.focusWidget()))
    # Finishing anyway: every skipped warning question is listed, "No concern" is not.
    wizard._go_to(len(wizard.pages) - 1)
    wizard.finish_button.click()
    wizard.finish_button.click()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.results)
    shown = list(screen.results.finding_widgets)
    assert "no-concern" not in shown
    assert "unanswered:warning.calf_swelling_now" in shown
    assert screen.results.counts_label.text().startswith("Warning signs: 0 · to check: 12")


def test_read_more_opens_the_article_at_the_findings_heading(qtbot: QtBot, make_app) -> None:
    application, screen = open_checklist(qtbot, make_app)
    screen.start(fresh=True)
    assert screen.wizard is not None
    screen.wizard.questions["pattern.walking_pain"].buttons()[0].click()  # yes
    screen.wizard.finish_button.click()
    screen.wizard.finish_button.click()
    button = screen.results.read_more_buttons["walking-pain"]
    button.setFocus()
    qtbot.keyClick(button, KEY.Key_Space)
    window = application.window
    assert window.current_screen_key() == "read"
    read = window.built_screen("read")
    assert isinstance(read, ReadScreen)
    qtbot.waitExposed(read)
    qtbot.waitUntil(lambda: read.view.verticalScrollBar().value() > 0)
    assert_heading_at_top(read, "Why Leg Cramps Occur")


def test_a_half_done_checklist_is_kept_and_continued(qtbot: QtBot, make_app) -> None:
    application, screen = open_checklist(qtbot, make_app)
    screen.start(fresh=True)
    wizard = screen.wizard
    assert wizard is not None
    wizard.questions["warning.calf_swelling_now"].buttons()[1].click()  # no
    wizard.next_button.click()
    wizard.questions["pattern.exercise"].buttons()[0].click()  # yes
    qtbot.keyClick(wizard, KEY.Key_Escape)  # save and close
    assert screen.pages.currentWidget() is screen.start_page
    assert screen.start_page.continue_button.isVisible()

    # A new screen on the same settings (as after a restart) offers the same draft.
    again = ChecklistScreen(application.repositories, application.events, application.settings)
    qtbot.addWidget(again)
    assert again.pages.currentWidget() is again.start_page
    again.start_page.continue_button.click()
    assert again.wizard is not None
    assert again.wizard.section_index() == 1
    assert {k: a.choice for k, a in again.wizard.answers().items()} == {
        "warning.calf_swelling_now": AnswerValue.NO,
        "pattern.exercise": AnswerValue.YES,
    }
    assert application.repositories.assessments.list() == []


def test_the_medication_list_is_offered_as_answers(qtbot: QtBot, make_app) -> None:
    import datetime as dt

    from cramp_desktop.core.episodes import Medication, MedicationKind

    application, screen = open_checklist(qtbot, make_app)
    application.repositories.medications.add(
        Medication("Atorvastatin 20 mg", MedicationKind.OTHER, dt.date(2020, 1, 1))
    )
    screen.start(fresh=True)
    assert screen.wizard is not None
    answers = screen.wizard.answers()
    assert answers["medicines.takes_any"].choice == AnswerValue.YES
    assert answers["medicines.statin"].choice == AnswerValue.YES
    assert "medicines.statin_recent" not in answers  # started long ago: the user answers


def test_a_storage_failure_keeps_the_answers_and_says_so(qtbot: QtBot, make_app) -> None:
    application, screen = open_checklist(qtbot, make_app)
    screen.start(fresh=True)
    wizard = screen.wizard
    assert wizard is not None
    wizard.questions["pattern.night"].buttons()[0].click()
    with sqlite3.connect(application.database.path) as connection:
        connection.execute("ALTER TABLE assessment RENAME TO assessment_gone")
    messages: list[str] = []

    def close_message() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        box.accept()

    QTimer.singleShot(0, close_message)
    screen.finish()
    assert messages and "Traceback" not in messages[0]
    assert screen.pages.currentWidget() is wizard
    draft = screen.saved_draft()
    assert draft is not None and "pattern.night" in draft.answers


def test_with_a_saved_checklist_the_screen_opens_on_its_results(qtbot: QtBot, make_app) -> None:
    application, screen = open_checklist(qtbot, make_app)
    screen.start(fresh=True)
    assert screen.wizard is not None
    screen.wizard.finish_button.click()
    screen.wizard.finish_button.click()
    later = ChecklistScreen(application.repositories, application.events, application.settings)
    qtbot.addWidget(later)
    assert later.pages.currentWidget() is later.results
    assert later.results.redo_button.isVisibleTo(later.results)
    later.results.redo_button.click()
    assert later.wizard is not None and later.pages.currentWidget() is later.wizard


def answer_message_box(replies: list[str], key: Qt.Key = KEY.Key_Return) -> None:
    """Soon, note the modal box's text and answer it with `key`, as a user would."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        replies.append(box.text())
        QTest.keyClick(box, key)

    QTimer.singleShot(0, answer)


def leave_a_draft(qtbot: QtBot, screen: ChecklistScreen) -> None:
    screen.start(fresh=True)
    assert screen.wizard is not None
    screen.wizard.questions["warning.calf_swelling_now"].buttons()[1].click()  # no
    qtbot.keyClick(screen.wizard, KEY.Key_Escape)  # save and close


def test_start_again_asks_before_it_discards_the_unfinished_checklist(
    qtbot: QtBot, make_app
) -> None:
    _application, screen = open_checklist(qtbot, make_app)
    leave_a_draft(qtbot, screen)
    start = screen.start_page.start_button
    assert start.text() == "Start again"
    questions: list[str] = []
    answer_message_box(questions)  # Enter: the default answer, No
    start.click()
    assert questions and "did not finish" in questions[0]
    assert screen.pages.currentWidget() is screen.start_page
    draft = screen.saved_draft()
    assert draft is not None and "warning.calf_swelling_now" in draft.answers

    answer_message_box(questions, KEY.Key_Y)  # Yes
    start.click()
    assert len(questions) == 2
    assert screen.wizard is not None and screen.pages.currentWidget() is screen.wizard
    assert screen.wizard.answers() == {}
    draft = screen.saved_draft()
    assert draft is not None and draft.answers == {}


def test_start_again_keeps_the_draft_when_the_medicines_cannot_be_read(
    qtbot: QtBot, make_app
) -> None:
    application, screen = open_checklist(qtbot, make_app)
    leave_a_draft(qtbot, screen)
    with sqlite3.connect(application.database.path) as connection:
        connection.execute("ALTER TABLE medication RENAME TO medication_gone")
    with pytest.raises(StorageError) as failure:
        application.repositories.medications.list()
    messages: list[str] = []
    answer_message_box(messages)
    screen.start(fresh=True)
    assert messages == [user_text(failure.value)]
    assert screen.pages.currentWidget() is screen.start_page
    draft = screen.saved_draft()
    assert draft is not None and "warning.calf_swelling_now" in draft.answers


def test_a_read_failure_is_said_and_not_shown_as_never_done(qtbot: QtBot, make_app) -> None:
    application, screen = open_checklist(qtbot, make_app)
    with sqlite3.connect(application.database.path) as connection:
        connection.execute("ALTER TABLE assessment RENAME TO assessment_gone")
    with pytest.raises(StorageError) as failure:
        application.repositories.assessments.latest()
    expected = user_text(failure.value)
    messages: list[str] = []
    answer_message_box(messages)
    screen.show_home()
    assert messages == [expected]
    assert screen.pages.currentWidget() is screen.start_page
    assert screen.start_page.status.text() == expected
    assert screen.start_page.start_button.isVisible()
