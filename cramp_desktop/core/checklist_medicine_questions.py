"""The checklist's medicine questions (section "medicines"): whether any medicine is taken,
then one question per kind of medicine linked with cramps, each with its "started or
changed recently?" follow-up. Their ids are stored with saved assessments: never rename one.
"""

from __future__ import annotations

from cramp_desktop.core.checklist_advice import ADVICE_ACID_REDUCER, ADVICE_MEDICINE
from cramp_desktop.core.checklist_content import RECENT_TEXT, Question, QuestionCondition
from cramp_desktop.core.checklist_content import choice_question as _q
from cramp_desktop.core.episodes import AnswerValue
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP

# Asked unless the answer is "no": people often do not count inhalers, injections or
# shop-bought painkillers as medicines, so "not sure" (or no answer) still asks.
_TAKES_MEDICINES = QuestionCondition(
    "medicines.takes_any", frozenset({AnswerValue.NO}), unless=True
)


def _medicine(qid: str, text: str, risk: str, sources: tuple[str, ...]) -> tuple[Question, ...]:
    """A medicine question and its "started or changed recently?" follow-up."""
    recent = f"{qid}_recent"
    return (
        _q(
            qid,
            text,
            risk,
            ADVICE_MEDICINE,
            "why-cramps-occur",
            sources=sources,
            condition=_TAKES_MEDICINES,
            weight_if_recent=recent,
        ),
        _q(recent, RECENT_TEXT, None, sources=sources, condition=QuestionCondition(qid)),
    )


MEDICINE_QUESTIONS: tuple[Question, ...] = (
    _q(
        "medicines.takes_any",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Do you take any medicines regularly, with or without a prescription? Supplements "
            "were asked about earlier.",
        ),
        None,
        sources=ADVICE_MEDICINE.sources,
    ),
    *_medicine(
        "medicines.diuretic",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Do you take a water pill (diuretic), for example for blood pressure or swelling?",
        ),
        "diuretic",
        ("Garrison-2012", "NHS"),
    ),
    *_medicine(
        "medicines.statin",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Do you take a statin to lower cholesterol, such as atorvastatin or simvastatin?",
        ),
        "statin",
        ("NHS", "Garrison-2012"),
    ),
    *_medicine(
        "medicines.inhaler",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Do you use a long-acting inhaler for asthma or COPD, such as salmeterol or "
            "formoterol, alone or in a combination inhaler?",
        ),
        "long-acting-inhaler",
        ("Garrison-2012",),
    ),
    *_medicine(
        "medicines.listed_strong",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Do you take any of these: iron sucrose given into a vein, conjugated estrogens, "
            "raloxifene, naproxen or teriparatide?",
        ),
        "medicine-strong-link",
        ("AFP-2012",),
    ),
    *_medicine(
        "medicines.listed_other",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Do you take any of these: clonazepam, citalopram, celecoxib, gabapentin or zolpidem?",
        ),
        "medicine-reported-link",
        ("AFP-2012",),
    ),
    _q(
        "medicines.acid_reducer",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Have you taken a proton pump inhibitor for stomach acid, such as omeprazole, "
            "lansoprazole, pantoprazole or esomeprazole, for a year or longer?",
        ),
        "acid-reducer",
        ADVICE_ACID_REDUCER,
        "why-cramps-occur",
        condition=_TAKES_MEDICINES,
    ),
    _q(
        "medicines.cramps_after_new",
        QT_TRANSLATE_NOOP(
            "Checklist", "Did your cramps begin after a medicine was started or changed?"
        ),
        "new-medicine",
        ADVICE_MEDICINE,
        "why-cramps-occur",
        condition=_TAKES_MEDICINES,
    ),
)
