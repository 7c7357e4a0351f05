"""The checklist's warning questions (section "warning"), and those version 0.1.0 asked.

Emergency and same-day questions ask about now or the last 7 days (clinical-notes.md,
second round); something older that has passed is one question of its own, "tell your
doctor at your next appointment". Version 0.1.0 asked without a time frame: those
questions are kept in RETIRED_QUESTIONS, under their stored ids, so its checklists keep
their meaning; each question that took the place of one names it in `replaces`.
"""

from __future__ import annotations

from cramp_desktop.core.checklist_advice import ADVICE_CIRCULATION
from cramp_desktop.core.checklist_content import Question
from cramp_desktop.core.checklist_content import choice_question as _q
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP

WARNING_QUESTIONS: tuple[Question, ...] = (
    _q(
        "warning.breathless_now",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Now or in the last 7 days, have you had leg pain or swelling together with sudden "
            "shortness of breath or chest pain?",
        ),
        "breathless-chest-pain",
        replaces="warning.breathless",
    ),
    _q(
        "warning.cold_leg",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Now or in the last 7 days, has a leg or foot suddenly become painful and cold, "
            "pale or blue, or numb or weak?",
        ),
        "cold-pale-leg",
    ),
    _q(
        "warning.stroke",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Now or in the last 7 days, have you had sudden weakness or numbness of a leg, an "
            "arm or your face, or sudden trouble speaking?",
        ),
        "stroke-signs",
    ),
    _q(
        "warning.back_numbness",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Now or in the last 7 days, have you had back pain together with numbness between "
            "your legs or around your bottom, or new trouble controlling your bladder or bowel?",
        ),
        "cauda-equina",
    ),
    _q(
        "warning.confusion_now",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Now or in the last 7 days, have cramps come with confusion, a seizure, fainting, "
            "repeated vomiting or collapse, for example after long exercise or after drinking "
            "far more water than usual?",
        ),
        "confusion-collapse",
        anchor="sodium-and-cramps",
        replaces="warning.confusion",
    ),
    _q(
        "warning.tetanus",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "After a wound, have you had a stiff jaw, trouble swallowing, or painful muscle "
            "spasms that spread, now or in the last 7 days?",
        ),
        "tetanus-signs",
    ),
    _q(
        "warning.calf_swelling_now",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Now or in the last 7 days, has one calf been swollen, warm, red or tender?",
        ),
        "calf-swelling",
        replaces="warning.calf_swelling",
    ),
    _q(
        "warning.dark_urine_now",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Now or in the last 7 days, have you had dark, cola-coloured urine together with "
            "severe muscle pain or weakness?",
        ),
        "dark-urine",
        replaces="warning.dark_urine",
    ),
    _q(
        "warning.long_cramp_now",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "In the last 7 days, have you had a cramp that lasted more than 10 minutes and did "
            "not ease?",
        ),
        "long-cramp",
        replaces="warning.long_cramp",
    ),
    _q(
        "warning.dirty_wound",
        QT_TRANSLATE_NOOP(
            "Checklist", "Have your cramps begun in the last 7 days, after a dirty wound?"
        ),
        "dirty-wound",
        replaces="warning.wound_toxin",
    ),
    _q(
        "warning.lead_mercury",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Have your cramps begun in the last 7 days, after contact with lead or mercury?",
        ),
        "toxin-exposure",
    ),
    _q(
        "warning.low_sodium_now",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Now or in the last 7 days, have you had nausea, headache or weakness along with "
            "cramps after endurance exercise or while taking a water pill (diuretic)?",
        ),
        "low-sodium-risk",
        anchor="sodium-and-cramps",
        replaces="warning.low_sodium",
    ),
    _q(
        "warning.weakness",
        QT_TRANSLATE_NOOP(
            "Checklist", "Have you noticed weakness or wasting (thinning) of a leg muscle?"
        ),
        "weakness",
        anchor="why-cramps-occur",
    ),
    _q(
        "warning.numbness",
        QT_TRANSLATE_NOOP("Checklist", "Do you have numbness in your legs or feet?"),
        "weakness",
        anchor="why-cramps-occur",
    ),
    _q(
        "warning.leg_swelling",
        QT_TRANSLATE_NOOP("Checklist", "Are your legs or feet swollen?"),
        "leg-swelling",
    ),
    _q(
        "warning.rest_pain",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Do you get foot or leg pain at rest at night that eases when you hang your leg "
            "down, or sores on your feet or legs that do not heal?",
        ),
        "rest-pain-sores",
        ADVICE_CIRCULATION,
    ),
    _q(
        "warning.earlier",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Did you have any of the sudden symptoms asked about above more than 7 days ago, "
            "and they have passed?",
        ),
        "past-warning",
    ),
)

# Version 0.1.0's questions, by their stored ids (its texts stay translatable for History).
RETIRED_QUESTIONS: dict[str, Question] = {
    question.id: question
    for question in (
        _q(
            "warning.breathless",
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Have you had leg pain or swelling together with sudden shortness of breath or "
                "chest pain?",
            ),
            "breathless-chest-pain",
        ),
        _q(
            "warning.confusion",
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Have cramps come with confusion, a seizure, fainting, repeated vomiting or "
                "collapse, for example after long exercise or after drinking far more water "
                "than usual?",
            ),
            "confusion-collapse",
            anchor="sodium-and-cramps",
        ),
        _q(
            "warning.calf_swelling",
            QT_TRANSLATE_NOOP("Checklist", "Is one calf swollen, warm, red or tender?"),
            "calf-swelling",
        ),
        _q(
            "warning.dark_urine",
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Have you had dark, cola-coloured urine together with severe muscle pain or "
                "weakness?",
            ),
            "dark-urine",
        ),
        _q(
            "warning.long_cramp",
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Have you had a cramp that lasted more than 10 minutes and did not ease?",
            ),
            "long-cramp",
        ),
        _q(
            "warning.wound_toxin",
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Did your cramps begin after a dirty wound, or after contact with lead or mercury?",
            ),
            "wound-or-toxin",
        ),
        _q(
            "warning.low_sodium",
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Have you had nausea, headache or weakness along with cramps after endurance "
                "exercise or while taking a water pill (diuretic)?",
            ),
            "low-sodium-risk",
            anchor="sodium-and-cramps",
        ),
    )
}
# Questions version 0.1.0 did not ask at all (beside those replacing one of its own).
ADDED_AFTER_0_1: frozenset[str] = frozenset(
    {
        "warning.cold_leg",
        "warning.stroke",
        "warning.back_numbness",
        "warning.tetanus",
        "warning.lead_mercury",
        "warning.rest_pain",
        "warning.earlier",
        "fluids.daily_overdrinking",
        "medicines.acid_reducer",
        "conditions.back_numbness",
    }
)
