"""The checklist's questions, in section order (clinical-notes.md, "Checklist sections").

Question ids are stored with every saved assessment, so they never change once released;
a new question gets a new id.
"""

from __future__ import annotations

from cramp_desktop.core.checklist_advice import (
    ADVICE_ALCOHOL,
    ADVICE_CONDITION,
    ADVICE_DO_NOT_OVERDRINK,
    ADVICE_DRINK_TO_THIRST,
    ADVICE_EXERCISE,
    ADVICE_MEDICINE,
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
    RECENT_TEXT,
    SCALE_CONCERN,
    SCALE_HIGH,
    SCALE_LOW,
    SECTIONS,
    Advice,
    Question,
    QuestionCondition,
)
from cramp_desktop.core.red_flags import RED_FLAGS
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP


def _q(
    qid: str,
    text: str,
    maps_to: str | None,
    advice: Advice | None = None,
    anchor: str | None = None,
    *,
    sources: tuple[str, ...] = (),
    condition: QuestionCondition | None = None,
    weight_if_recent: str | None = None,
) -> Question:
    if not sources and maps_to in RED_FLAGS:
        sources = RED_FLAGS[maps_to].sources
    if advice is not None:  # a question cites what its advice rests on too
        sources = tuple(dict.fromkeys((*sources, *advice.sources)))
    section = qid.split(".", 1)[0]
    return Question(
        qid, section, text, "choice", maps_to, advice, anchor, sources, condition, weight_if_recent
    )


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


_TAKES_MEDICINES = QuestionCondition("medicines.takes_any")


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


def _condition(qid: str, text: str, risk: str, advice: Advice = ADVICE_CONDITION) -> Question:
    return _q(qid, text, risk, advice, "why-cramps-occur")


# Ordered by section (SECTIONS); ids are stored with saved assessments: never rename one.
QUESTIONS: tuple[Question, ...] = (
    _q(
        "warning.breathless",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Have you had leg pain or swelling together with sudden shortness of breath or chest "
            "pain?",
        ),
        "breathless-chest-pain",
    ),
    _q(
        "warning.confusion",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Have cramps come with confusion, a seizure, fainting, repeated vomiting or collapse, "
            "for example after long exercise or after drinking far more water than usual?",
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
            "Have you had dark, cola-coloured urine together with severe muscle pain or weakness?",
        ),
        "dark-urine",
    ),
    _q(
        "warning.long_cramp",
        QT_TRANSLATE_NOOP(
            "Checklist", "Have you had a cramp that lasted more than 10 minutes and did not ease?"
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
            "Have you had nausea, headache or weakness along with cramps after endurance exercise "
            "or while taking a water pill (diuretic)?",
        ),
        "low-sodium-risk",
        anchor="sodium-and-cramps",
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
        "medicines.cramps_after_new",
        QT_TRANSLATE_NOOP(
            "Checklist", "Did your cramps begin after a medicine was started or changed?"
        ),
        "new-medicine",
        ADVICE_MEDICINE,
        "why-cramps-occur",
        condition=_TAKES_MEDICINES,
    ),
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
        condition=QuestionCondition("conditions.may_be_pregnant"),
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
