"""The checklist as data: sections, questions, risk factors and advice (clinical-notes.md).

Texts are English source strings in context "Checklist" (translate where shown). Question
ids are stored with every saved assessment, so they never change once released; a new
question gets a new id. Wording rules: patterns are links, not causes; drink regularly,
guided by thirst (never "lots of water"); salt only after prolonged heavy sweating, with
the blood pressure, heart and kidney caveat; never stop or change a medicine on your own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from cramp_desktop.core.episodes import Answer, AnswerValue, Medication, MedicationKind
from cramp_desktop.core.red_flags import RED_FLAGS
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP

CHECKLIST_CONTEXT = "Checklist"
SCALE_MIN, SCALE_MAX = 0, 10
SCALE_CONCERN = 7  # an impact of 7 or more out of 10 suggests seeing a doctor
RECENT_DAYS = 92  # "started or changed in the last 3 months"

QuestionKind = Literal["choice", "scale"]


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    intro: str  # one or two sentences shown above the section's questions


@dataclass(frozen=True)
class Advice:
    id: str
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class RiskFactor:
    """What a "yes" can point to (a risk-factor finding); red flags live in RED_FLAGS."""

    id: str
    title: str
    explanation: str


@dataclass(frozen=True)
class QuestionCondition:
    """Show the question only when `question_id` was answered with one of `values`."""

    question_id: str
    values: frozenset[AnswerValue] = frozenset({AnswerValue.YES})

    def is_met(self, answers: Mapping[str, Answer]) -> bool:
        answer = answers.get(self.question_id)
        return answer is not None and answer.choice in self.values


@dataclass(frozen=True)
class Question:
    id: str  # stable, "<section>.<name>"
    section: str
    text: str
    kind: QuestionKind
    maps_to: str | None  # a RISK_FACTORS or RED_FLAGS id; None for gates and follow-ups
    advice: Advice | None
    article_anchor: str | None
    sources: tuple[str, ...]
    condition: QuestionCondition | None = None
    weight_if_recent: str | None = None  # id of the "started or changed recently?" follow-up
    concern_at: int | None = None  # scale only: values at or above raise `maps_to`
    low_label: str | None = None  # scale only: what 0 means
    high_label: str | None = None  # scale only: what 10 means


SECTIONS: tuple[Section, ...] = (
    # Warning signs come first so nobody skims past them at the end of a long checklist.
    Section(
        "warning",
        QT_TRANSLATE_NOOP("Checklist", "Warning signs"),
        QT_TRANSLATE_NOOP("Checklist", "A few symptoms need a doctor soon or straight away."),
    ),
    Section(
        "pattern",
        QT_TRANSLATE_NOOP("Checklist", "Cramp pattern"),
        QT_TRANSLATE_NOOP("Checklist", "When and how your cramps usually come."),
    ),
    Section(
        "fluids",
        QT_TRANSLATE_NOOP("Checklist", "Fluids, salt and electrolytes"),
        QT_TRANSLATE_NOOP("Checklist", "What you drink, how much you sweat, and supplements."),
    ),
    Section(
        "medicines",
        QT_TRANSLATE_NOOP("Checklist", "Medicines"),
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Some medicines are linked to cramps. A link is something to ask about, not a "
            "reason to stop: never stop a medicine on your own.",
        ),
    ),
    Section(
        "conditions",
        QT_TRANSLATE_NOOP("Checklist", "Health conditions"),
        QT_TRANSLATE_NOOP("Checklist", "Some conditions make cramps more likely."),
    ),
    Section(
        "activity",
        QT_TRANSLATE_NOOP("Checklist", "Fatigue and activity"),
        QT_TRANSLATE_NOOP("Checklist", "How you use and rest your legs."),
    ),
    Section(
        "impact",
        QT_TRANSLATE_NOOP("Checklist", "Impact"),
        QT_TRANSLATE_NOOP("Checklist", "How much cramps affect you, from 0 (not at all) to 10."),
    ),
)

NOT_A_DIAGNOSIS = QT_TRANSLATE_NOOP(
    "Checklist",
    "This is information to discuss with your doctor, not a diagnosis. "
    "Links with cramps are associations and do not prove a cause.",
)
RECENT_NOTE = QT_TRANSLATE_NOOP(
    "Checklist",
    "Started or changed in the last 3 months: a recent change makes a link more worth "
    "asking about.",
)
UNSURE_EXPLANATION = QT_TRANSLATE_NOOP(
    "Checklist",
    "You were not sure about this, so it is not counted either way. It may be worth "
    "finding out, or asking your doctor or pharmacist.",
)
UNSURE_RED_FLAG_EXPLANATION = QT_TRANSLATE_NOOP(
    "Checklist",
    "You were not sure about this warning sign. If it does apply to you, do not wait: "
    "follow the action shown.",
)
NO_CONCERN_TITLE = QT_TRANSLATE_NOOP("Checklist", "No concern found")
NO_CONCERN_EXPLANATION = QT_TRANSLATE_NOOP(
    "Checklist",
    "Your answers did not point to a warning sign or a known risk factor. If your cramps "
    "trouble you, change or get worse, talk to your doctor.",
)
NO_CONCERN_SOURCES: tuple[str, ...] = ("NHS", "Mayo-NLC")
RECENT_TEXT = QT_TRANSLATE_NOOP(
    "Checklist", "Was it started, or its dose changed, in the last 3 months?"
)
SCALE_LOW = QT_TRANSLATE_NOOP("Checklist", "Not at all")
SCALE_HIGH = QT_TRANSLATE_NOOP("Checklist", "Very much")


def _advice(id: str, text: str, *sources: str) -> Advice:
    return Advice(id, text, sources)


ADVICE_STRETCH = _advice(
    "advice.stretch-at-night",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Night cramps are common and usually harmless. Gently stretching your calves and the "
        "backs of your thighs before bed reduced night cramps in a small trial. During a "
        "cramp, pulling your toes up towards you usually helps the muscle let go.",
    ),
    "AFP-2012",
    "NHS",
    "Hallegraeff-2012",
)
ADVICE_WALKING_PAIN = _advice(
    "advice.walking-pain",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Mention this pattern to your doctor, who can check the circulation in your legs.",
    ),
    "AFP-2012",
)
ADVICE_RESTLESS = _advice(
    "advice.restless-legs",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Describe this to your doctor: restless legs are looked after differently from cramps.",
    ),
    "AFP-2012",
)
ADVICE_EXERCISE = _advice(
    "advice.exercise-cramps",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Tired muscles cramp more easily. Build up training gradually, pace long efforts, "
        "and gently stretch the muscle if a cramp starts.",
    ),
    "Miller-2021",
)
ADVICE_DRINK_TO_THIRST = _advice(
    "advice.drink-to-thirst",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Drink regularly through the day, guided by thirst. There is no need to force "
        "extra water: drinking well beyond thirst can be harmful. Night cramps are probably "
        "not mainly caused by fluids or salts.",
    ),
    "Article",
    "Mayo-MC",
    "NHS",
    "AFP-2012",
    "EAH-2015",
)
ADVICE_SALT_AFTER_SWEATING = _advice(
    "advice.salt-after-sweating",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "After prolonged heavy sweating, replacing some salt as well as fluid can help, for "
        "example with a salty snack or a sports drink, while drinking to thirst. If you have "
        "high blood pressure, heart disease or kidney disease, check with a doctor first.",
    ),
    "Article",
    "Mayo-MC",
)
ADVICE_DO_NOT_OVERDRINK = _advice(
    "advice.do-not-overdrink",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "During long events, drink when you are thirsty rather than to a schedule or a "
        "target. Drinking more than you need can lower the sodium in your blood, which can "
        "be dangerous.",
    ),
    "EAH-2015",
)
ADVICE_SALTY_MEALS = _advice(
    "advice.salty-meals",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Have a drink with salty meals, guided by thirst. A varied diet with fruit, "
        "vegetables and nuts supports a healthy balance of minerals.",
    ),
    "Article",
)
ADVICE_RETEST = _advice(
    "advice.ask-about-retesting",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Include this in your report and ask your doctor whether the level should be tested again.",
    ),
    "AFP-2012",
    "Mayo-MC",
)
ADVICE_SUPPLEMENTS = _advice(
    "advice.supplements",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Note which supplements you take and bring the list to your doctor. Magnesium is "
        "unlikely to help night cramps in older adults. Ask a doctor before starting any "
        "supplement.",
    ),
    "Cochrane-Mg-2020",
)
ADVICE_MEDICINE = _advice(
    "advice.medicine-review",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Never stop a medicine on your own. Bring your list of medicines to your doctor or "
        "pharmacist and ask whether any of them could contribute to your cramps.",
    ),
    "Garrison-2012",
    "AFP-2012",
    "NHS",
)
ADVICE_CONDITION = _advice(
    "advice.tell-condition-doctor",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Cramps can be linked to this condition. Tell the doctor who looks after it about "
        "your cramps, and bring your log.",
    ),
    "AFP-2012",
    "Mayo-MC",
    "NHS",
)
ADVICE_PREGNANCY = _advice(
    "advice.pregnancy",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Cramps are common in the later months of pregnancy. Mention them to your midwife "
        "or doctor.",
    ),
    "AFP-2012",
    "NHS",
)
ADVICE_ALCOHOL = _advice(
    "advice.alcohol",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Heavy drinking is linked with cramps. Your doctor can help if you would like "
        "support to cut down.",
    ),
    "AFP-2012",
    "Mayo-MC",
)
ADVICE_MOVE_AROUND = _advice(
    "advice.move-around",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Break up long spells of standing or sitting by walking about and gently "
        "stretching your calves.",
    ),
    "Article",
    "Mayo-MC",
)
ADVICE_TRAINING = _advice(
    "advice.build-up-training",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Increase training gradually and allow time to recover: overworked muscles may not "
        "relax properly.",
    ),
    "Article",
    "Mayo-MC",
    "Miller-2021",
)
ADVICE_STRETCH_ROUTINE = _advice(
    "advice.stretching-routine",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "A short routine of calf and hamstring stretches before bed reduced night cramps in "
        "one trial. The evidence is limited, but gentle stretching is safe for most people.",
    ),
    "Hallegraeff-2012",
    "Article",
    "Mayo-MC",
)


def _risk(id: str, title: str, explanation: str) -> tuple[str, RiskFactor]:
    return id, RiskFactor(id, title, explanation)


# Finding ids share one namespace with RED_FLAGS; a test keeps them apart.
RISK_FACTORS: dict[str, RiskFactor] = dict(
    [
        _risk(
            "night-cramps",
            QT_TRANSLATE_NOOP("Checklist", "Cramps mostly at night or at rest"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Cramps that come mostly at night or at rest are common, especially with "
                "age, and are usually harmless. Often no single cause is found.",
            ),
        ),
        _risk(
            "walking-pain",
            QT_TRANSLATE_NOOP("Checklist", "Leg pain when walking that eases with rest"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Pain that comes on with walking and eases within minutes of rest is not a "
                "typical cramp. It can be a sign of narrowed arteries in the legs.",
            ),
        ),
        _risk(
            "urge-to-move",
            QT_TRANSLATE_NOOP("Checklist", "An urge to move the legs"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "An uncomfortable urge to move the legs that eases with moving, rather than "
                "a hard painful knot, can be restless legs, a different condition.",
            ),
        ),
        _risk(
            "exercise-cramps",
            QT_TRANSLATE_NOOP("Checklist", "Cramps during or after hard exercise"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Cramps during or after long or hard exercise are mostly linked to tired, "
                "overworked muscles.",
            ),
        ),
        _risk(
            "low-fluid",
            QT_TRANSLATE_NOOP("Checklist", "Drinking little"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Taking in less fluid than you lose can upset the balance of fluid and salts "
                "that muscles need, and can contribute to cramps.",
            ),
        ),
        _risk(
            "heavy-sweating",
            QT_TRANSLATE_NOOP("Checklist", "Heavy sweating"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Heavy sweating in heat or during long exercise loses both water and salt, "
                "which can contribute to cramps.",
            ),
        ),
        _risk(
            "overdrinking",
            QT_TRANSLATE_NOOP("Checklist", "Drinking beyond thirst during long events"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Drinking more plain water than you need during events longer than 2 to 4 "
                "hours can lower the sodium in your blood (exercise-associated "
                "hyponatremia), which can be dangerous.",
            ),
        ),
        _risk(
            "salty-without-fluid",
            QT_TRANSLATE_NOOP("Checklist", "Salty meals without enough to drink"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "A lot of salt without enough fluid draws water out of cells and can add to "
                "dehydration, a known cramp trigger.",
            ),
        ),
        _risk(
            "known-electrolyte-disorder",
            QT_TRANSLATE_NOOP(
                "Checklist", "A low level of sodium, potassium, magnesium or calcium"
            ),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "A low level of one of these minerals in a blood test can make muscles more "
                "prone to cramp.",
            ),
        ),
        _risk(
            "cramp-supplements",
            QT_TRANSLATE_NOOP("Checklist", "Supplements taken for cramps"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Magnesium, potassium or salt supplements are worth recording, so your doctor "
                "knows what you take. For magnesium, trials in older adults with night "
                "cramps found little or no benefit.",
            ),
        ),
        _risk(
            "diuretic",
            QT_TRANSLATE_NOOP("Checklist", "A water pill (diuretic)"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Water pills, especially thiazide and potassium-sparing types, are among the "
                "medicines most often linked with cramps. A link does not prove a cause.",
            ),
        ),
        _risk(
            "statin",
            QT_TRANSLATE_NOOP("Checklist", "A statin"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Statins, taken to lower cholesterol, have a weak link with cramps. A link "
                "does not prove a cause.",
            ),
        ),
        _risk(
            "long-acting-inhaler",
            QT_TRANSLATE_NOOP("Checklist", "A long-acting inhaler for asthma or COPD"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "In a large study, people were about 2.4 times as likely to be treated for "
                "cramps after starting a long-acting inhaler such as salmeterol or "
                "formoterol. A link does not prove a cause.",
            ),
        ),
        _risk(
            "medicine-strong-link",
            QT_TRANSLATE_NOOP("Checklist", "A medicine with a strong link to night cramps"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Iron sucrose given into a vein, conjugated estrogens, raloxifene, naproxen "
                "and teriparatide had the strongest links with night cramps in a review. "
                "A link does not prove a cause.",
            ),
        ),
        _risk(
            "medicine-reported-link",
            QT_TRANSLATE_NOOP("Checklist", "A medicine reported alongside night cramps"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Clonazepam, citalopram, celecoxib, gabapentin and zolpidem have also been "
                "reported alongside night cramps. A link does not prove a cause.",
            ),
        ),
        _risk(
            "pregnancy",
            QT_TRANSLATE_NOOP("Checklist", "Later months of pregnancy"),
            QT_TRANSLATE_NOOP(
                "Checklist", "Leg cramps are common in the later months of pregnancy."
            ),
        ),
        _risk(
            "diabetes-nerves",
            QT_TRANSLATE_NOOP("Checklist", "Diabetes or nerve damage"),
            QT_TRANSLATE_NOOP(
                "Checklist", "Diabetes and nerve damage (neuropathy) are linked with cramps."
            ),
        ),
        _risk(
            "circulation-heart",
            QT_TRANSLATE_NOOP("Checklist", "Circulation or heart disease"),
            QT_TRANSLATE_NOOP(
                "Checklist", "Problems with the circulation or the heart are linked with cramps."
            ),
        ),
        _risk(
            "spinal-stenosis",
            QT_TRANSLATE_NOOP("Checklist", "Narrowing of the spinal canal in the lower back"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Narrowing of the spinal canal in the lower back (lumbar spinal stenosis) "
                "can press on nerves and is linked with leg cramps.",
            ),
        ),
        _risk(
            "liver-disease",
            QT_TRANSLATE_NOOP("Checklist", "Liver disease"),
            QT_TRANSLATE_NOOP(
                "Checklist", "Liver disease, including cirrhosis, is linked with cramps."
            ),
        ),
        _risk(
            "kidney-disease",
            QT_TRANSLATE_NOOP("Checklist", "Kidney disease or dialysis"),
            QT_TRANSLATE_NOOP(
                "Checklist", "Kidney disease, and dialysis in particular, is linked with cramps."
            ),
        ),
        _risk(
            "thyroid",
            QT_TRANSLATE_NOOP("Checklist", "A thyroid disorder"),
            QT_TRANSLATE_NOOP("Checklist", "Thyroid disorders are linked with cramps."),
        ),
        _risk(
            "parkinsons",
            QT_TRANSLATE_NOOP("Checklist", "Parkinson's disease"),
            QT_TRANSLATE_NOOP("Checklist", "Parkinson's disease is linked with cramps."),
        ),
        _risk(
            "heavy-alcohol",
            QT_TRANSLATE_NOOP("Checklist", "Heavy alcohol use"),
            QT_TRANSLATE_NOOP("Checklist", "Regular heavy drinking is linked with cramps."),
        ),
        _risk(
            "long-standing",
            QT_TRANSLATE_NOOP("Checklist", "Long spells of standing or sitting"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Standing or sitting still for long periods is linked with cramps.",
            ),
        ),
        _risk(
            "new-training",
            QT_TRANSLATE_NOOP("Checklist", "New or harder training"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Starting or stepping up hard training tires muscles, and tired, overworked "
                "muscles cramp more easily.",
            ),
        ),
        _risk(
            "no-stretching",
            QT_TRANSLATE_NOOP("Checklist", "No regular stretching"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Regular stretching keeps muscles flexible and may reduce night cramps.",
            ),
        ),
    ]
)


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
    elif not sources and advice is not None:
        sources = advice.sources
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
        _q(recent, RECENT_TEXT, None, condition=QuestionCondition(qid)),
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

# Pre-filling from the medication list: by kind, and by generic or common brand names.
_KIND_QUESTIONS: dict[MedicationKind, str] = {
    MedicationKind.DIURETIC: "medicines.diuretic",
    MedicationKind.STATIN: "medicines.statin",
    MedicationKind.INHALED_BRONCHODILATOR: "medicines.inhaler",
    MedicationKind.SUPPLEMENT_MAGNESIUM: "fluids.supplements",
    MedicationKind.SUPPLEMENT_POTASSIUM: "fluids.supplements",
    MedicationKind.SUPPLEMENT_SALT: "fluids.supplements",
}
_SUPPLEMENTS = frozenset(k for k, q in _KIND_QUESTIONS.items() if q == "fluids.supplements")
_NAMES: dict[str, tuple[str, ...]] = {
    "medicines.diuretic": (
        "furosemide", "frusemide", "lasix", "bumetanide", "torasemide", "torsemide",
        "hydrochlorothiazide", "bendroflumethiazide", "chlorthalidone", "chlortalidone",
        "indapamide", "spironolactone", "amiloride", "triamterene", "eplerenone",
    ),
    "medicines.statin": (
        "atorvastatin", "simvastatin", "rosuvastatin", "pravastatin", "fluvastatin",
        "lovastatin", "pitavastatin", "lipitor", "zocor", "crestor",
    ),
    "medicines.inhaler": (
        "salmeterol", "formoterol", "eformoterol", "vilanterol", "olodaterol", "indacaterol",
        "serevent", "seretide", "advair", "symbicort", "fostair", "relvar",
    ),
    "medicines.listed_strong": (
        "iron sucrose", "venofer", "conjugated estrogens", "conjugated oestrogens", "premarin",
        "raloxifene", "evista", "naproxen", "naprosyn", "aleve", "teriparatide", "forteo",
        "forsteo",
    ),
    "medicines.listed_other": (
        "clonazepam", "klonopin", "rivotril", "citalopram", "celexa", "cipramil", "celecoxib",
        "celebrex", "gabapentin", "neurontin", "zolpidem", "ambien", "stilnox",
    ),
}  # fmt: skip
_NAME_PATTERNS: dict[str, re.Pattern[str]] = {
    qid: re.compile(
        r"\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\b",
        re.IGNORECASE,
    )
    for qid, names in _NAMES.items()
}


def is_current(medication: Medication, today: dt.date | None = None) -> bool:
    """Not stopped (or, given `today`, stopped only after today)."""
    stopped = medication.stopped_on
    return stopped is None or (today is not None and stopped > today)


def medication_suggestions(
    medications: Sequence[Medication], *, today: dt.date | None = None
) -> dict[str, Medication]:
    """Question id -> the first current medication that answers it "yes", for pre-filling.

    Covers "medicines.takes_any" (any current medicine that is not a supplement), the
    medicine questions (by kind or name), "fluids.supplements" (supplement kinds) and,
    given `today`, each "<medicine>_recent" follow-up for a medicine started within
    RECENT_DAYS. Stopped medicines are left out. Suggestions only: the user confirms.
    """
    found: dict[str, Medication] = {}
    for medication in medications:
        if not is_current(medication, today):
            continue
        qids = [_KIND_QUESTIONS[medication.kind]] if medication.kind in _KIND_QUESTIONS else []
        qids += [qid for qid, rx in _NAME_PATTERNS.items() if rx.search(medication.name)]
        if medication.kind not in _SUPPLEMENTS:
            qids.insert(0, "medicines.takes_any")
        recent = _started_recently(medication, today)
        for qid in qids:
            found.setdefault(qid, medication)
            follow_up = QUESTIONS_BY_ID[qid].weight_if_recent
            if follow_up is not None and recent:
                found.setdefault(follow_up, medication)
    return found


def _started_recently(medication: Medication, today: dt.date | None) -> bool:
    started = medication.started_on
    return today is not None and started is not None and 0 <= (today - started).days <= RECENT_DAYS
