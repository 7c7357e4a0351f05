"""The checklist results page with real evaluations: order, actions, sources, Read more
by mouse and keyboard, the disclaimer and what changed since last time."""
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from cramp_desktop.core.checklist import Evaluation, compare, evaluate, is_warning_question
from cramp_desktop.core.checklist_content import NOT_A_DIAGNOSIS, RECENT_NOTE
from cramp_desktop.core.checklist_questions import QUESTIONS
from cramp_desktop.core.episodes import Answer, AnswerValue
from cramp_desktop.core.red_flags import ACTIONS, RED_FLAGS, SOURCES
from cramp_desktop.ui.checklist.results import ChecklistResults
from cramp_desktop.ui.common.local_time import format_date

YES, NO, UNSURE = AnswerValue.YES, AnswerValue.NO, AnswerValue.UNSURE
COMPLETED = dt.datetime(2024, 6, 12, 9, 30).astimezone()
PREVIOUS = dt.datetime(2024, 3, 2, 20, 15).astimezone()
MIXED = {
    "warning.weakness": YES,  # soon
    "warning.breathless_now": YES,  # emergency
    "warning.calf_swelling_now": YES,  # urgent
    "warning.dark_urine_now": UNSURE,  # an unsure warning sign
    "pattern.night": YES,
    "pattern.walking_pain": UNSURE,
    "fluids.drinks_little": YES,
    "medicines.takes_any": YES,
    "medicines.diuretic": YES,
    "medicines.diuretic_recent": YES,
    "activity.no_stretching": YES,
}


def answers(choices: dict[str, AnswerValue], *, warnings_no: bool = True) -> dict[str, Answer]:
    """These answers, the warning questions "no" unless given (a skipped one is listed)."""
    warnings = {q.id: NO for q in QUESTIONS if is_warning_question(q)} if warnings_no else {}
    return {qid: Answer(qid, choice) for qid, choice in {**warnings, **choices}.items()}


def all_no() -> dict[str, AnswerValue]:
    return {q.id: NO for q in QUESTIONS if q.kind == "choice"}


def make_results(qtbot: QtBot, *, show_redo: bool = False) -> ChecklistResults:
    results = ChecklistResults(show_redo=show_redo)
    qtbot.addWidget(results)
    results.resize(1000, 700)
    results.show()
    qtbot.waitExposed(results)
    results.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is results)
    return results


def show(
    qtbot: QtBot,
    results: ChecklistResults,
    evaluation: Evaluation,
    previous: Evaluation | None = None,
) -> None:
    results.show_results(
        evaluation,
        compare(previous, evaluation),
        COMPLETED,
        PREVIOUS if previous is not None else None,
    )
    page = results.scroll_area.widget()
    # The new findings are shown and laid out from the event loop; wait for the full page.
    last = list(results.finding_widgets.values())[-1]
    qtbot.waitUntil(lambda: page.height() >= page.heightForWidth(page.width()) > 0)
    qtbot.waitUntil(lambda: last.height() >= last.heightForWidth(last.width()) > 0)


def top(results: ChecklistResults, widget: QWidget) -> int:
    return widget.mapTo(results.scroll_area.widget(), QPoint(0, 0)).y()


def texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_three_groups_warning_signs_then_appointment_then_findings(qtbot: QtBot) -> None:
    results = make_results(qtbot)
    evaluation = evaluate(answers(MIXED))
    show(qtbot, results, evaluation)
    shown = list(results.finding_widgets)
    assert shown == list(evaluation.finding_ids)
    # Confirmed warning signs, then the unsure warning question, then the appointment.
    assert shown[:4] == [
        "breathless-chest-pain", "calf-swelling", "unsure:warning.dark_urine_now", "weakness"
    ]  # fmt: skip
    assert shown[4] == "diuretic"  # started recently: first of the risk factors
    assert shown[-1] == "unsure:pattern.walking_pain"
    tops = [top(results, widget) for widget in results.finding_widgets.values()]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    headings = results.section_headings
    assert [h.text() for h in headings.values()] == [
        "Warning signs",
        "To check: not answered or not sure",
        "Reasons for an appointment",
        "Findings",
        "Worth checking",
    ]
    assert top(results, headings["warning"]) < tops[0]
    assert tops[1] < top(results, headings["to-check"]) < tops[2]
    assert tops[2] < top(results, headings["appointment"]) < tops[3]
    assert tops[3] < top(results, headings["findings"]) < tops[4]
    assert top(results, headings["unsure"]) < top(results, results.finding_widgets[shown[-1]])
    assert results.counts_label.text() == (
        "Warning signs: 2 · to check: 1 · Reasons for an appointment: 1 · Findings: 5"
    )


@pytest.mark.parametrize(
    "question",
    [q for q in QUESTIONS if q.kind == "choice" and q.maps_to in RED_FLAGS],
    ids=lambda q: q.id,
)
def test_each_red_flag_shows_its_exact_action(qtbot: QtBot, question) -> None:  # type: ignore[no-untyped-def]
    results = make_results(qtbot)
    flag = RED_FLAGS[question.maps_to]
    choices = {question.id: YES}
    if question.condition is not None:  # medicine questions need "takes any medicine"
        choices[question.condition.question_id] = YES
    show(qtbot, results, evaluate(answers(choices)))
    panel = results.red_flag_panels[0]
    assert panel.isVisible()
    assert panel.action.text() == flag.action
    assert flag.action == ACTIONS[flag.urgency] or flag.id in ("dirty-wound", "past-warning")
    assert panel.title.text() == flag.title
    assert panel.message.text() == flag.message
    assert panel.accessibleName() == f"{flag.action} {flag.title}"
    assert panel.sources is not None
    for key in flag.sources:
        assert SOURCES[key] in panel.sources.text()


def test_a_high_impact_score_raises_its_warning_sign(qtbot: QtBot) -> None:
    results = make_results(qtbot)
    show(qtbot, results, evaluate({"impact.sleep": Answer("impact.sleep", scale=8)}))
    [panel] = results.red_flag_panels
    assert panel.action.text() == "Make an appointment with your doctor."


def test_disclaimer_date_and_full_citations_are_shown(qtbot: QtBot) -> None:
    results = make_results(qtbot)
    show(qtbot, results, evaluate(answers(MIXED)))
    assert results.heading.text() == "Your checklist results"
    assert results.disclaimer.isVisible() and results.disclaimer.text() == NOT_A_DIAGNOSIS
    assert results.disclaimer.font().pointSizeF() >= results.font().pointSizeF()
    assert "2024" in results.date_label.text() and "12" in results.date_label.text()
    diuretic = texts(results.finding_widgets["diuretic"])
    assert any(SOURCES["Garrison-2012"] in text for text in diuretic)
    assert RECENT_NOTE in diuretic
    assert RECENT_NOTE not in texts(results.finding_widgets["night-cramps"])
    assert any("stretching" in text for text in texts(results.finding_widgets["night-cramps"]))


def test_an_unsure_warning_sign_carries_its_action(qtbot: QtBot) -> None:
    results = make_results(qtbot)
    show(qtbot, results, evaluate(answers(MIXED)))
    card = texts(results.finding_widgets["unsure:warning.dark_urine_now"])
    assert "If this applies to you: See a doctor today." in card
    plain = texts(results.finding_widgets["unsure:pattern.walking_pain"])
    assert not any(text.startswith("If this applies") for text in plain)


def test_read_more_emits_the_anchor_on_click(qtbot: QtBot) -> None:
    results = make_results(qtbot)
    show(qtbot, results, evaluate(answers(MIXED)))
    assert "breathless-chest-pain" not in results.read_more_buttons  # no anchor, no button
    button = results.read_more_buttons["night-cramps"]
    assert button.accessibleName() == "Read more: Cramps mostly at night or at rest"
    with qtbot.waitSignal(results.read_more_requested) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == ["managing-cramps"]
    with qtbot.waitSignal(results.read_more_requested) as signal:
        qtbot.mouseClick(results.read_more_buttons["weakness"], Qt.MouseButton.LeftButton)
    assert signal.args == ["why-cramps-occur"]


def test_tab_reaches_every_read_more_and_the_page_scrolls_to_it(qtbot: QtBot) -> None:
    results = make_results(qtbot, show_redo=True)
    show(qtbot, results, evaluate(answers(MIXED)))
    buttons = results.read_more_buttons
    assert len(buttons) >= 5
    first = next(iter(buttons.values()))
    first.setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[QWidget] = []
    for _ in range(len(buttons) + 5):
        focused = QApplication.focusWidget()
        assert focused is not None
        reached.append(focused)
        viewport = results.scroll_area.viewport()
        corner = focused.mapTo(viewport, QPoint(0, 0))
        assert viewport.rect().contains(corner), "the focused button is scrolled into view"
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert all(button in reached for button in buttons.values())
    assert results.redo_button in reached
    last = list(buttons.items())[-1]
    last[1].setFocus(Qt.FocusReason.TabFocusReason)
    anchor = next(
        finding.article_anchor
        for finding in evaluate(answers(MIXED)).findings
        if finding.id == last[0]
    )
    with qtbot.waitSignal(results.read_more_requested) as signal:
        qtbot.keyClick(last[1], Qt.Key.Key_Space)
    assert signal.args == [anchor]


def test_no_concern_and_unanswered_questions(qtbot: QtBot) -> None:
    results = make_results(qtbot)
    show(qtbot, results, evaluate(answers(all_no())))
    assert list(results.finding_widgets) == ["no-concern"]
    assert "No concern found" in texts(results.finding_widgets["no-concern"])
    assert results.red_flag_panels == [] and results.section_headings == {}
    assert results.counts_label.text() == "No concern found"
    assert results.unanswered_label is not None
    assert results.unanswered_label.text().startswith("Questions not answered: 2.")  # scales
    # Nothing answered: never "no concern"; every warning question stands to check.
    show(qtbot, results, evaluate({}))
    assert "no-concern" not in results.finding_widgets
    assert results.counts_label.text().startswith("Warning signs: 0 · to check: 12")
    card = texts(results.finding_widgets["unanswered:warning.breathless_now"])
    assert "If this applies to you: Call emergency services now." in card
    assert results.unanswered_label is not None
    assert results.unanswered_label.text().startswith("Questions not answered: ")


def test_what_changed_since_the_previous_checklist(qtbot: QtBot) -> None:
    results = make_results(qtbot)
    before = evaluate(answers({"pattern.night": YES, "fluids.salty_meals": YES}))
    now = evaluate(answers({"pattern.night": YES, "warning.calf_swelling_now": YES}))
    show(qtbot, results, now, before)
    assert results.changes_box is not None and results.changes_box.isVisible()
    lines = texts(results.changes_box)
    assert lines[0] == f"What changed since {format_date(PREVIOUS.date())}"
    assert lines.index("New this time") < lines.index(
        "Warning sign: Swelling, warmth or redness of one calf"
    )
    assert lines.index("No longer found") < lines.index("Salty meals without enough to drink")
    assert "Found last time too: 1" in lines
    assert top(results, results.finding_widgets["night-cramps"]) < top(results, results.changes_box)


def test_same_findings_and_first_checklist(qtbot: QtBot) -> None:
    results = make_results(qtbot)
    same = evaluate(answers({"pattern.night": YES}))
    show(qtbot, results, same, same)
    assert results.changes_box is not None
    assert "Same findings as last time." in texts(results.changes_box)
    show(qtbot, results, same, None)
    assert results.changes_box is not None
    assert texts(results.changes_box) == ["This is your first checklist."]
    results.show_results(same, None, COMPLETED, None)
    assert results.changes_box is None


def test_redo_button_only_when_asked_for(qtbot: QtBot) -> None:
    plain = make_results(qtbot)
    show(qtbot, plain, evaluate({}))
    assert not plain.redo_button.isVisible()
    results = make_results(qtbot, show_redo=True)
    show(qtbot, results, evaluate({}))
    assert results.redo_button.isVisible()
    with qtbot.waitSignal(results.redo_requested):
        qtbot.mouseClick(results.redo_button, Qt.MouseButton.LeftButton)


def test_every_button_is_named_and_a_language_change_rebuilds(qtbot: QtBot) -> None:
    results = make_results(qtbot, show_redo=True)
    show(qtbot, results, evaluate(answers(MIXED)))
    for button in results.findChildren(QPushButton):
        assert button.accessibleName(), button.text()
    count = len(results.finding_widgets)
    old_panel = results.red_flag_panels[0]
    QApplication.sendEvent(results, QEvent(QEvent.Type.LanguageChange))
    assert len(results.finding_widgets) == count
    assert results.red_flag_panels[0] is not old_panel
    assert results.heading.text() == "Your checklist results"


def test_body_text_keeps_a_readable_line_length(qtbot: QtBot) -> None:
    results = make_results(qtbot)
    results.resize(2400, 700)
    show(qtbot, results, evaluate(answers(MIXED)))
    qtbot.waitUntil(lambda: results.disclaimer.width() > 0)
    characters = results.disclaimer.width() / results.fontMetrics().averageCharWidth()
    assert 40 < characters < 110
