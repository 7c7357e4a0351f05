"""The checklist wizard's drafts (kept between visits) and its answers pre-filled from the
medication list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from cramp_desktop.core.checklist_content import SECTIONS
from cramp_desktop.core.checklist_draft import Draft, draft_from_json, draft_to_json
from cramp_desktop.core.episodes import Answer, AnswerValue, Medication, MedicationKind
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.checklist.wizard import ChecklistWizard
from tests.ui.checklist.wizard_setup import (
    MEDICINES,
    NO,
    TODAY,
    UNSURE,
    YES,
    Key,
    go_to_section,
    make_wizard,
    press,
    show,
)


def test_a_draft_survives_a_round_trip_through_json(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot)
    press(qtbot, Key.Key_Space)  # warning.breathless: Yes
    press(qtbot, Key.Key_Return)
    press(qtbot, Key.Key_Right)
    press(qtbot, Key.Key_Space)  # pattern.night: No
    go_to_section(qtbot, wizard, MEDICINES)
    press(qtbot, Key.Key_Space)  # takes any medicines: Yes
    draft = wizard.draft()
    assert draft.section_index == MEDICINES
    assert draft.answers == wizard.answers()
    assert len(draft.answers) == 3

    again = make_wizard(qtbot)
    changes: list[bool] = []
    again.changed.connect(lambda: changes.append(True))
    again.set_draft(draft_from_json(draft_to_json(draft)))
    assert again.draft() == draft
    assert again.section_index() == MEDICINES
    assert again.questions["medicines.diuretic"].isVisible()
    assert QApplication.focusWidget() is again.questions["medicines.takes_any"].buttons()[0]
    assert changes == []  # restoring is not a change the screen has to save

    again.set_draft(None)
    assert again.draft() == Draft({}, 0)


def test_a_draft_from_another_version_is_used_as_far_as_it_fits(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot)
    wizard.set_draft(
        Draft(
            {
                "later.question": Answer("later.question", YES),
                "impact.sleep": Answer("impact.sleep", AnswerValue.UNSURE),
                "impact.daily_life": Answer("impact.daily_life", YES),  # no use for a scale
            },
            99,
        )
    )
    assert wizard.section_index() == len(SECTIONS) - 1
    assert wizard.answers() == {"impact.sleep": Answer("impact.sleep", UNSURE)}


def test_a_restored_draft_shows_its_section_when_the_wizard_replaces_a_focused_page(
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    stack = QStackedWidget()
    start = QPushButton("Continue")
    stack.addWidget(start)
    QVBoxLayout(host).addWidget(stack)
    show(qtbot, host)
    start.setFocus()
    wizard = ChecklistWizard(today=TODAY)
    wizard.set_draft(Draft({}, MEDICINES))
    stack.addWidget(wizard)
    stack.setCurrentWidget(wizard)
    first = wizard.questions["medicines.takes_any"].buttons()[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)


def test_the_medication_list_pre_fills_answers_the_user_can_change(
    qtbot,  # type: ignore[no-untyped-def]
    repositories: Repositories,
) -> None:
    repositories.medications.add(
        Medication("Furosemide 40 mg", MedicationKind.DIURETIC, started_on=dt.date(2024, 5, 3))
    )
    repositories.medications.add(
        Medication("Simvastatin", MedicationKind.OTHER, stopped_on=dt.date(2024, 1, 31))
    )
    wizard = make_wizard(qtbot, repositories.medications.list())
    answers = wizard.answers()
    assert answers["medicines.takes_any"] == Answer("medicines.takes_any", YES)
    assert answers["medicines.diuretic"] == Answer("medicines.diuretic", YES)
    assert answers["medicines.diuretic_recent"] == Answer("medicines.diuretic_recent", YES)
    assert "medicines.statin" not in answers  # stopped before today
    diuretic = wizard.questions["medicines.diuretic"]
    assert diuretic.suggestion_label.text() == "From your medication list: Furosemide 40 mg"
    assert (
        wizard.questions["medicines.diuretic_recent"]
        .suggestion_label.text()
        .startswith("From your medication list: Furosemide 40 mg, started on ")
    )
    assert wizard.questions["medicines.statin"].suggestion_label.isHidden()

    go_to_section(qtbot, wizard, MEDICINES)
    assert QApplication.focusWidget() is wizard.questions["medicines.takes_any"].buttons()[0]
    press(qtbot, Key.Key_Tab)
    assert QApplication.focusWidget() is diuretic.buttons()[0]  # on the pre-filled Yes
    press(qtbot, Key.Key_Right)
    assert wizard.answers()["medicines.diuretic"] == Answer("medicines.diuretic", NO)
    assert "medicines.diuretic_recent" not in wizard.answers()
    assert diuretic.suggestion_label.isVisible()  # still says where the first Yes came from

    restored = make_wizard(qtbot, repositories.medications.list())
    restored.set_draft(wizard.draft())
    assert restored.answers()["medicines.diuretic"] == Answer("medicines.diuretic", NO)
    restored.set_draft(Draft({"pattern.night": Answer("pattern.night", YES)}, 0))
    assert restored.answers()["medicines.diuretic"] == Answer("medicines.diuretic", YES)
