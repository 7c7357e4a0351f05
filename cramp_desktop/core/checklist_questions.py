"""The checklist's questions, in section order (clinical-notes.md, "Checklist sections");
the warning and medicine sections are in checklist_warning_questions.py and
checklist_medicine_questions.py.

Question ids are stored with every saved assessment, so they never change once released;
a new question gets a new id.
"""

from __future__ import annotations

from cramp_desktop.core.checklist_advice import (
    ADVICE_ALCOHOL,
    ADVICE_CONDITION,
    ADVICE_DO_NOT_OVERDRINK,
    ADVICE_DRINK_TO_THIRST,
    ADVICE_DRINK_WHEN_THIRSTY,
    ADVICE_EXERCISE,
    ADVICE_MOVE_AROUND,
    ADVICE_PREGNANCY,
    ADVICE_RESTLESS,
    ADVICE_RETEST,
    ADVICE_SALT_AFTER_SWEATING,
    ADVICE_SALTY_MEALS,
    ADVICE_STRETCH,
    ADVICE_STRETCH_ROUTINE,
    ADVICE_SUPPLEMENTS,
    ADVICE_TRAINING,
    ADVICE_WALKING_PAIN,
)
from cramp_desktop.core.checklist_content import (
    SCALE_CONCERN,
    SCALE_HIGH,
    SCALE_LOW,
    SECTIONS,
    Advice,
    Question,
    QuestionCondition,
)
from cramp_desktop.core.checklist_content import choice_question as _q
from cramp_desktop.core.checklist_medicine_questions import MEDICINE_QUESTIONS
from cramp_desktop.core.checklist_warning_questions import (
    ADDED_AFTER_0_1,
    RETIRED_QUESTIONS,
    WARNING_QUESTIONS,
)
from cramp_desktop.core.episodes import AnswerValue
from cramp_desktop.core.red_flags import RED_FLAGS
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP


def _scale(qid: str, text: str) -> Question:
    flag = RED_FLAGS["poor-sleep"]
    return Question(
        qid,
        "impact",
        text,
        "scale",
        flag.id,
        None,
        "managing-cramps",
        flag.sources,
        concern_at=SCALE_CONCERN,
        low_label=SCALE_LOW,
        high_label=SCALE_HIGH,
    )


def _condition(qid: str, text: str, risk: str, advice: Advice = ADVICE_CONDITION) -> Question:
    return _q(qid, text, risk, advice, "why-cramps-occur")


# Ordered by section (SECTIONS); ids are stored with saved assessments: never rename one.
QUESTIONS: tuple[Question, ...] = (
    *WARNING_QUESTIONS,
    _q(
        "pattern.night",
        QT_TRANSLATE_NOOP(
            "Checklist", "Do your cramps come mostly at night or while you are resting?"
        ),
        "night-cramps",
        ADVICE_STRETCH,
        "managing-cramps",
    ),
    _q(
        "pattern.walking_pain",
        QT_TRANSLATE_NOOP(
            "Checklist", "Do you get leg pain when walking that eases within a few minutes of rest?"
        ),
        "walking-pain",
        ADVICE_WALKING_PAIN,
        "why-cramps-occur",
    ),
    _q(
        "pattern.urge_to_move",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Is it mainly an uncomfortable urge to move your legs that eases when you move, "
            "rather than a hard, painful knot?",
        ),
        "urge-to-move",
        ADVICE_RESTLESS,
    ),
    _q(
        "pattern.exercise",
        QT_TRANSLATE_NOOP(
            "Checklist", "Do your cramps come during or after long or hard exercise?"
        ),
        "exercise-cramps",
        ADVICE_EXERCISE,
        "why-cramps-occur",
    ),
    _q(
        "pattern.frequent",
        QT_TRANSLATE_NOOP(
            "Checklist", "Do you get cramps often, for example several times a week?"
        ),
        "frequent-cramps",
        anchor="managing-cramps",
    ),
    _q(
        "pattern.no_trigger",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Do your cramps come without any obvious trigger, such as hard exercise or long "
            "standing?",
        ),
        "no-obvious-trigger",
        anchor="why-cramps-occur",
    ),
    _q(
        "pattern.no_improvement",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Have your cramps kept coming despite regular stretching or other self-care?",
        ),
        "no-improvement",
        anchor="managing-cramps",
    ),
    _q(
        "fluids.drinks_little",
        QT_TRANSLATE_NOOP("Checklist", "Do you usually drink little during the day?"),
        "low-fluid",
        ADVICE_DRINK_TO_THIRST,
        "why-cramps-occur",
    ),
    _q(
        "fluids.heavy_sweating",
        QT_TRANSLATE_NOOP(
            "Checklist", "Do you often sweat heavily for long periods, in heat or during exercise?"
        ),
        "heavy-sweating",
        ADVICE_SALT_AFTER_SWEATING,
        "managing-cramps",
    ),
    _q(
        "fluids.overdrinking",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "During events lasting more than 2 to 4 hours, do you drink plain water to a schedule "
            "or target, even when you are not thirsty?",
        ),
        "overdrinking",
        ADVICE_DO_NOT_OVERDRINK,
        "sodium-and-cramps",
    ),
    _q(
        "fluids.daily_overdrinking",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "On most days, do you make yourself drink water well beyond thirst, for example to "
            "reach a daily target?",
        ),
        "daily-overdrinking",
        ADVICE_DRINK_WHEN_THIRSTY,
        "sodium-and-cramps",
    ),
    _q(
        "fluids.salty_meals",
        QT_TRANSLATE_NOOP("Checklist", "Do you often eat very salty meals without much to drink?"),
        "salty-without-fluid",
        ADVICE_SALTY_MEALS,
        "sodium-and-cramps",
    ),
    _q(
        "fluids.low_levels",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Has a doctor told you that your sodium, potassium, magnesium or calcium level was "
            "low?",
        ),
        "known-electrolyte-disorder",
        ADVICE_RETEST,
        "sodium-and-cramps",
    ),
    _q(
        "fluids.supplements",
        QT_TRANSLATE_NOOP(
            "Checklist", "Do you take magnesium, potassium or salt supplements for your cramps?"
        ),
        "cramp-supplements",
        ADVICE_SUPPLEMENTS,
        "managing-cramps",
    ),
    *MEDICINE_QUESTIONS,
    _q(
        "conditions.may_be_pregnant",
        QT_TRANSLATE_NOOP("Checklist", "Are you pregnant, or could you be?"),
        None,
        sources=ADVICE_PREGNANCY.sources,
    ),
    _q(
        "conditions.late_pregnancy",
        QT_TRANSLATE_NOOP("Checklist", "Are you in the last three months of pregnancy?"),
        "pregnancy",
        ADVICE_PREGNANCY,
        condition=QuestionCondition(
            "conditions.may_be_pregnant", frozenset({AnswerValue.YES, AnswerValue.UNSURE})
        ),
    ),
    _condition(
        "conditions.diabetes_nerves",
        QT_TRANSLATE_NOOP(
            "Checklist", "Do you have diabetes, or nerve damage in your legs or feet (neuropathy)?"
        ),
        "diabetes-nerves",
    ),
    _condition(
        "conditions.circulation_heart",
        QT_TRANSLATE_NOOP("Checklist", "Do you have a circulation problem or heart disease?"),
        "circulation-heart",
    ),
    _condition(
        "conditions.spinal_stenosis",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Have you been told you have a narrowing of the spinal canal in your lower back "
            "(lumbar spinal stenosis)?",
        ),
        "spinal-stenosis",
    ),
    _q(
        "conditions.back_numbness",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Now or in the last 7 days, has back pain come with numbness between your legs or "
            "around your bottom, or new trouble controlling your bladder or bowel?",
        ),
        "cauda-equina",
        condition=QuestionCondition(
            "conditions.spinal_stenosis", frozenset({AnswerValue.YES, AnswerValue.UNSURE})
        ),
    ),
    _condition(
        "conditions.liver",
        QT_TRANSLATE_NOOP("Checklist", "Do you have liver disease, such as cirrhosis?"),
        "liver-disease",
    ),
    _condition(
        "conditions.kidney",
        QT_TRANSLATE_NOOP("Checklist", "Do you have kidney disease, or are you on dialysis?"),
        "kidney-disease",
    ),
    _condition(
        "conditions.thyroid",
        QT_TRANSLATE_NOOP("Checklist", "Do you have a thyroid disorder?"),
        "thyroid",
    ),
    _condition(
        "conditions.parkinsons",
        QT_TRANSLATE_NOOP("Checklist", "Do you have Parkinson's disease?"),
        "parkinsons",
    ),
    _condition(
        "conditions.alcohol",
        QT_TRANSLATE_NOOP(
            "Checklist", "Do you regularly drink more alcohol than the recommended limits?"
        ),
        "heavy-alcohol",
        ADVICE_ALCOHOL,
    ),
    _q(
        "activity.long_standing",
        QT_TRANSLATE_NOOP("Checklist", "Do you stand or sit still for long periods on most days?"),
        "long-standing",
        ADVICE_MOVE_AROUND,
        "why-cramps-occur",
    ),
    _q(
        "activity.new_training",
        QT_TRANSLATE_NOOP("Checklist", "Have you recently started, or stepped up, hard training?"),
        "new-training",
        ADVICE_TRAINING,
        "why-cramps-occur",
    ),
    _q(
        "activity.no_stretching",
        QT_TRANSLATE_NOOP("Checklist", "Do you rarely or never stretch your legs?"),
        "no-stretching",
        ADVICE_STRETCH_ROUTINE,
        "managing-cramps",
    ),
    _scale(
        "impact.sleep", QT_TRANSLATE_NOOP("Checklist", "How much do cramps disturb your sleep?")
    ),
    _scale(
        "impact.daily_life",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "How much do cramps affect your daily life, including the day after a bad night?",
        ),
    ),
)

SECTION_IDS: tuple[str, ...] = tuple(section.id for section in SECTIONS)
QUESTIONS_BY_ID: dict[str, Question] = {question.id: question for question in QUESTIONS}
# The "started or changed recently?" questions that follow a medicine question.
FOLLOW_UP_IDS: frozenset[str] = frozenset(
    question.weight_if_recent for question in QUESTIONS if question.weight_if_recent is not None
)

# The checklist as version 0.1.0 asked it: its own warning questions, none added since.
FIRST_CHECKLIST: tuple[Question, ...] = tuple(
    RETIRED_QUESTIONS[question.replaces] if question.replaces else question
    for question in QUESTIONS
    if question.id not in ADDED_AFTER_0_1
)
# Every question an assessment can hold an answer to, today's and version 0.1.0's.
ANY_QUESTION_BY_ID: dict[str, Question] = {**RETIRED_QUESTIONS, **QUESTIONS_BY_ID}
