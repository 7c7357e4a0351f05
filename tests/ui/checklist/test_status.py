"""Today's checklist card on a real database: never done, done with changes, worth redoing
(old, or a warning sign logged since), the button, translation of counts."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from cramp_desktop.core.checklist import is_warning_question
from cramp_desktop.core.checklist_questions import QUESTIONS
from cramp_desktop.core.episodes import (
    Answer,
    AnswerValue,
    Assessment,
    Context,
    Episode,
    Muscle,
    Side,
    Symptom,
)
from cramp_desktop.storage.database import Database
from cramp_desktop.storage.errors import StorageError
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.checklist.status import ChecklistStatus
from cramp_desktop.ui.common.local_time import format_date

NOW = dt.datetime(2024, 6, 12, 9, 30).astimezone()
START = "Start the &checklist"
AGAIN = "Do the &checklist again"
OPEN = "Open the &checklist"


def make_card(qtbot, repositories: Repositories) -> ChecklistStatus:  # type: ignore[no-untyped-def]
    card = ChecklistStatus(repositories, lambda: NOW)
    qtbot.addWidget(card)
    card.resize(700, 400)
    card.refresh()
    card.show()
    return card


def save(repositories: Repositories, days_ago: float, text: str) -> Assessment:
    """A checklist completed `days_ago` before NOW with "question.id=value" answers; the
    warning questions it does not name are answered "no"."""
    answers = []
    named = {word.split("=")[0] for word in text.split()}
    warnings = [f"{q.id}=no" for q in QUESTIONS if is_warning_question(q) and q.id not in named]
    for word in [*warnings, *text.split()]:
        question_id, value = word.split("=")
        if value.isdigit():
            answers.append(Answer(question_id, scale=int(value)))
        else:
            answers.append(Answer(question_id, AnswerValue(value)))
    completed = NOW - dt.timedelta(days=days_ago)
    return repositories.assessments.save(Assessment(completed, "0.2.0", tuple(answers)))


def log(repositories: Repositories, started_at: dt.datetime, **changes: object) -> None:
    fields: dict[str, object] = {
        "started_at": started_at,
        "duration_s": 90,
        "severity": 6,
        "muscle": Muscle.CALF,
        "side": Side.LEFT,
        "context": Context.SLEEP,
        **changes,
    }
    repositories.episodes.add(Episode(**fields))  # type: ignore[arg-type]


def shown(card: ChecklistStatus) -> list[str]:
    labels = (card.status, card.warning, card.result, card.changes, card.redo)
    return [label.text() for label in labels if label.isVisibleTo(card)]


def test_never_done_invites_to_start(qtbot, repositories: Repositories) -> None:
    card = make_card(qtbot, repositories)
    assert card.title.text() == "Risk-factor checklist"
    texts = shown(card)
    assert texts[0] == "You have not filled in the risk-factor checklist yet."
    assert len(texts) == 2 and "your doctor" in texts[1]  # what it is, in one line
    assert card.button.text() == START
    assert card.button.accessibleName() == "Start the checklist"
    assert card.accessibleName() == "Risk-factor checklist"
    assert texts[0] in card.accessibleDescription()


def test_done_recently_shows_the_result_and_what_changed(qtbot, repositories: Repositories) -> None:
    save(repositories, 40, "pattern.night=yes fluids.drinks_little=yes")
    latest = save(
        repositories,
        5,
        "warning.numbness=yes pattern.night=yes activity.no_stretching=yes "
        "medicines.takes_any=yes medicines.statin=yes pattern.exercise=unsure",
    )
    card = make_card(qtbot, repositories)
    day = format_date(latest.completed_at.date())
    assert shown(card) == [
        f"You last filled in the risk-factor checklist on {day}.",
        "Make an appointment with your doctor. Reason for an appointment in your answers: "
        "Muscle weakness, wasting or numbness.",
        "Its result: Reasons for an appointment: 1 · Findings: 4.",
        "Since the one before: new findings: 4 · no longer found: 1.",
    ]
    assert card.button.text() == OPEN


@pytest.mark.parametrize(
    ("earlier", "latest", "result", "changes"),
    [
        (None, "pattern.night=no", "Its result: No concern found.", None),
        ("pattern.night=yes", "pattern.night=yes", "Its result: Findings: 1.",
         "Same findings as the one before."),
        ("pattern.night=yes", "impact.sleep=8", "Its result: Reasons for an appointment: 1.",
         "Since the one before: new findings: 1 · no longer found: 1."),
        ("pattern.night=yes warning.weakness=yes", "pattern.night=yes",
         "Its result: Findings: 1.",
         "Since the one before: new findings: 0 · no longer found: 1."),
        ("pattern.night=no", "pattern.night=unsure pattern.exercise=yes",
         "Its result: Findings: 2.",
         "Since the one before: new findings: 2 · no longer found: 0."),
    ],
)  # fmt: skip
def test_result_and_change_lines(
    qtbot, repositories: Repositories, earlier: str | None, latest: str, result: str,
    changes: str | None,
) -> None:  # fmt: skip
    if earlier is not None:
        save(repositories, 20, earlier)
    save(repositories, 2, latest)
    card = make_card(qtbot, repositories)
    texts = [text for text in shown(card)[1:] if text != card.warning.text()]
    assert texts == [result] + ([changes] if changes else [])


def test_the_most_urgent_warning_sign_is_said_in_bold_with_what_to_do(
    qtbot, repositories: Repositories
) -> None:
    save(repositories, 1, "pattern.night=yes")
    card = make_card(qtbot, repositories)
    assert not card.warning.isVisibleTo(card)
    save(repositories, 0, "impact.sleep=9 warning.breathless_now=yes warning.numbness=yes")
    card.refresh()
    expected = (
        "Call emergency services now. Warning sign in your answers: Leg pain or swelling "
        "with breathlessness or chest pain."
    )
    assert shown(card)[1] == expected
    assert card.warning.font().bold()
    assert expected in card.accessibleDescription()


@pytest.mark.parametrize(
    ("days_ago", "expected"),
    [
        (0.5, "See a doctor today. Warning sign in your answers: Swelling, warmth or redness of "
              "one calf."),
        (6.9, "See a doctor today. Warning sign in your answers: Swelling, warmth or redness of "
              "one calf."),
        # After 7 days: not an order for today any more, but never silent.
        (7, "Warning sign in your answers: Swelling, warmth or redness of one calf. Tell your "
            "doctor about it, and do the checklist again if anything has changed."),
        (60, "Warning sign in your answers: Swelling, warmth or redness of one calf. Tell your "
             "doctor about it, and do the checklist again if anything has changed."),
    ],
)  # fmt: skip
def test_a_checklist_warning_sign_reads_tell_your_doctor_after_seven_days(
    qtbot, repositories: Repositories, days_ago: float, expected: str
) -> None:
    save(repositories, days_ago, "warning.calf_swelling_now=yes")
    card = make_card(qtbot, repositories)
    assert card.warning.text() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("warning.stroke=unsure",
         "1 warning question not answered or answered “not sure”. If it applies to you, do "
         "what the results say."),
        ("warning.stroke=unsure warning.tetanus=unsure",
         "2 warning questions not answered or answered “not sure”. If one applies to you, do "
         "what the results say."),
    ],
)  # fmt: skip
def test_warning_questions_still_to_check_are_said_on_the_card(
    qtbot, repositories: Repositories, text: str, expected: str
) -> None:
    save(repositories, 1, text)
    card = make_card(qtbot, repositories)
    assert card.warning.text() == expected
    assert "to check:" in card.result.text()


def test_an_old_checklist_is_worth_doing_again(qtbot, repositories: Repositories) -> None:
    save(repositories, 91, "pattern.night=yes")
    card = make_card(qtbot, repositories)
    assert shown(card)[-1] == "It is more than 3 months old: worth doing again."
    assert card.redo.font().bold()
    assert card.button.text() == AGAIN
    assert card.button.accessibleName() == "Do the checklist again"
    save(repositories, 1, "pattern.night=yes")
    card.refresh()
    assert card.button.text() == OPEN and not card.redo.isVisibleTo(card)


def test_a_warning_sign_logged_since_the_checklist_suggests_it_again(
    qtbot, repositories: Repositories
) -> None:
    done = save(repositories, 10, "pattern.night=yes").completed_at
    log(repositories, done - dt.timedelta(days=1), duration_s=15 * 60)  # before: not new
    log(repositories, done + dt.timedelta(days=2))  # after, but no warning sign
    card = make_card(qtbot, repositories)
    assert card.button.text() == OPEN and not card.redo.isVisibleTo(card)
    log(repositories, done + dt.timedelta(days=3), symptoms=frozenset({Symptom.SWELLING}))
    card.refresh()
    assert shown(card)[-1] == "You have logged a warning sign since then: worth doing again."
    assert card.button.text() == AGAIN
    assert "warning sign since then" in card.accessibleDescription()


def test_the_button_asks_for_the_checklist_by_mouse_and_keyboard(
    qtbot, repositories: Repositories
) -> None:
    card = make_card(qtbot, repositories)
    with qtbot.waitSignal(card.open_checklist):
        qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    card.activateWindow()
    card.button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is card.button)
    with qtbot.waitSignal(card.open_checklist):
        qtbot.keyClick(card.button, Qt.Key.Key_Space)


def test_a_read_failure_reaches_the_caller(
    qtbot, repositories: Repositories, database: Database
) -> None:
    card = make_card(qtbot, repositories)
    with sqlite3.connect(database.path) as connection:
        connection.execute("ALTER TABLE assessment RENAME TO assessment_gone")
    with pytest.raises(StorageError):
        card.refresh()


class GermanLabels(QTranslator):
    """A stand-in translation of the summary labels, without a .qm file."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context == "Checklist" and source == "Warning signs: %1":
            return "Warnzeichen: %1"
        return None  # not translated: Qt falls back to the source text

    def isEmpty(self) -> bool:
        return False  # else Qt skips a translator with no .qm loaded


def test_a_language_change_rewords_the_result_without_reading_again(
    qtbot, repositories: Repositories, database: Database
) -> None:
    save(repositories, 30, "pattern.night=yes fluids.drinks_little=yes")
    save(repositories, 3, "warning.long_cramp_now=yes pattern.night=yes fluids.heavy_sweating=yes")
    card = make_card(qtbot, repositories)
    assert "Warning signs: 1 · Findings: 2" in card.result.text()
    with sqlite3.connect(database.path) as connection:  # re-wording must not read
        connection.execute("ALTER TABLE assessment RENAME TO assessment_gone")
    translator = GermanLabels()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: "Warnzeichen: 1 · Findings: 2" in card.result.text())
        assert card.changes.text() == "Since the one before: new findings: 2 · no longer found: 1."
    finally:
        QCoreApplication.removeTranslator(translator)
    QCoreApplication.sendEvent(card, QEvent(QEvent.Type.LanguageChange))
    assert "Warning signs: 1" in card.result.text()
