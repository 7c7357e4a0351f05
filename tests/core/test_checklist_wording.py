"""Safe wording in every checklist text: never "drink lots of water", never change a
medicine on your own, salt only with its caveat, calm and no diagnosis; and the check
itself, on wording it must catch and wording it must allow."""

from __future__ import annotations

import re

import pytest

from cramp_desktop.core import checklist_content
from cramp_desktop.core.checklist_content import SECTIONS
from cramp_desktop.core.checklist_questions import QUESTIONS
from cramp_desktop.core.checklist_risks import RISK_FACTORS
from cramp_desktop.core.red_flags import RED_FLAGS
from tests.core.test_checklist_content import ADVICE

_NEGATIONS = {"no", "not", "never", "without", "avoid", "cannot", "nor"}
_DETERMINERS = {"a", "an", "any", "the", "this", "that", "each", "every", "no", "recent"}
_QUANTITY = r"(?:plenty|lots|more|a\s+lot|extra|large\s+amounts|loads|as\s+much|at\s+least|\d)"
_FLUID = r"(?:water|fluids?|liquids?)"
_DRINK = re.compile(rf"\b(?P<verb>drink|drinking)\s+{_QUANTITY}[^.!?;]{{0,40}}?\b{_FLUID}\b", re.I)
_DRINKING_HELPS = re.compile(
    r"\b(?:helps?|can\s+help|prevents?|may\s+prevent|reduces?|stops?|eases?|relieves?|"
    r"is\s+(?:good|important|key|best|recommended))\b",
    re.I,
)
_ALWAYS_BAD = [
    re.compile(r"\b(?:stay|keep|remain|be)\s+(?:well[- ]|properly\s+|fully\s+)?hydrated\b", re.I),
    re.compile(r"\bhydrate\s+(?:well|often|regularly|more)\b", re.I),
    re.compile(rf"\b(?:plenty|lots)\s+of\s+{_FLUID}\b", re.I),
    re.compile(r"\b(?:keep|start|try|continue)\s+drinking\b", re.I),
    re.compile(r"\b(?:6|8|10|six|eight|ten)\s+glasses\b", re.I),
    re.compile(
        r"\b\d+(?:[.,]\d+)?\s*(?:litres?|liters?|l|glasses|cups|pints)\b[^.]{0,20}"
        r"\b(?:a|per|each)\s+day\b",
        re.I,
    ),
    re.compile(r"\bincrease\s+(?:your\s+)?(?:fluid|water)\s+intake\b", re.I),
]
_MEDICINE_CHANGE = re.compile(
    r"\b(?P<verb>stop|stopping|quit|quitting|change|changing|reduce|reducing|lower|lowering|"
    r"cut\s+down(?:\s+on)?|cut\s+back(?:\s+on)?|switch|switching|swap|halve|skip|taper|"
    r"come\s+off|coming\s+off|discontinue|discontinuing)"
    r"(?:\s+[\w']+){0,3}?\s+(?:medicines?|medications?|drugs?|tablets?|pills?|doses?|dosage|"
    r"statins?|diuretics?|inhalers?|prescriptions?|treatment)\b",
    re.I,
)


def _words_before(text: str, position: int, count: int = 3) -> list[str]:
    """The last words before `position`, within its clause."""
    clause = re.split(r"[,:;]", text[:position])[-1]
    return [word.lower() for word in clause.split()[-count:]]


def _negated(text: str, position: int) -> bool:
    return any(w in _NEGATIONS or w.endswith("n't") for w in _words_before(text, position))


def wording_problems(text: str) -> list[str]:
    """Advice to drink a lot, or to stop or change a medicine; negated forms are allowed."""
    problems = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        for match in _DRINK.finditer(sentence):
            if match["verb"].lower() == "drinking":  # a gerund: bad only when praised
                bad = bool(_DRINKING_HELPS.search(sentence, match.end()))
            else:
                bad = not _negated(sentence, match.start())
            if bad:
                problems.append(f"drinking a lot: {sentence}")
        for pattern in _ALWAYS_BAD:
            for match in pattern.finditer(sentence):
                if not _negated(sentence, match.start()):
                    problems.append(f"drinking a lot: {sentence}")
        for match in _MEDICINE_CHANGE.finditer(sentence):
            noun = set(_words_before(sentence, match.start(), 1)) & _DETERMINERS
            if not noun and not _negated(sentence, match.start()):
                problems.append(f"changing a medicine: {sentence}")
    return problems


@pytest.mark.parametrize(
    "bad",
    [
        "Drink plenty of water to prevent cramps.",
        "Stretch well and drink more water before bed.",
        "You should drink extra water in hot weather.",
        "Try to drink at least 2 litres of water.",
        "Drink a lot of fluids during long events.",
        "Drinking more water helps prevent night cramps.",
        "Stay well hydrated.",
        "Keep hydrated on hot days.",
        "Keep drinking during the race, even when not thirsty.",
        "Have eight glasses of water a day.",
        "Aim for 2 litres a day.",
        "Increase your fluid intake.",
        "Stop taking your statin if cramps start.",
        "If cramps begin, stop the medicine.",
        "Reduce the dose of your water pill.",
        "Ask whether you can switch to another inhaler.",
        "Cut down on your diuretic.",
        "Don't wait: reduce the dose.",
        "Come off the tablets for a week and see.",
    ],
)
def test_the_wording_check_catches_unsafe_advice(bad: str) -> None:
    assert wording_problems(bad), bad
    assert wording_problems(f"Some fine words first. {bad} Then more."), bad


@pytest.mark.parametrize(
    "fine",
    [
        "Never stop a medicine on your own.",
        "Do not stop or change a medicine without asking your doctor.",
        "There is no need to drink extra water.",
        "Drinking more water than you need can be dangerous.",
        "Cramps after drinking large amounts of water can be a sign of low sodium.",
        "Any change to a medicine is for your doctor to decide.",
        "Drink regularly through the day, guided by thirst.",
        "Statins, taken to lower cholesterol, have a weak link with cramps.",
        "Was it started, or its dose changed, in the last 3 months?",
    ],
)
def test_the_wording_check_allows_negated_and_descriptive_forms(fine: str) -> None:
    assert wording_problems(fine) == []


def _every_text() -> list[str]:
    texts = [
        value
        for name, value in vars(checklist_content).items()
        if name.isupper() and isinstance(value, str) and name != "CHECKLIST_CONTEXT"
    ]
    texts += [text for section in SECTIONS for text in (section.title, section.intro)]
    texts += [advice.text for advice in ADVICE]
    texts += [text for risk in RISK_FACTORS.values() for text in (risk.title, risk.explanation)]
    texts += [t for q in QUESTIONS for t in (q.text, q.low_label, q.high_label) if t]
    texts += [t for flag in RED_FLAGS.values() for t in (flag.title, flag.message, flag.action)]
    return texts


def test_no_text_advises_drinking_a_lot_or_changing_a_medicine() -> None:
    texts = _every_text()
    assert len(texts) > 150
    assert [problem for text in texts for problem in wording_problems(text)] == []


def test_salt_advice_is_tied_to_heavy_sweating_with_the_blood_pressure_caveat() -> None:
    salt_advice = [
        text
        for text in _every_text()
        if re.search(
            r"\b(?:replac\w+|tak\w+|add\w*|eat\w*)\s+(?:some\s+|more\s+)?salt\b", text, re.I
        )
    ]
    assert salt_advice
    for text in salt_advice:
        assert "sweating" in text and "blood pressure" in text, text


def test_texts_inform_calmly_and_never_diagnose() -> None:
    for text in _every_text():
        assert text == text.strip() and "  " not in text, text
        assert "!" not in text, text
        if not text.endswith("?"):  # questions may ask; statements never tell
            assert not re.search(r"(?<!if )(?<!whether )\byou have\b", text, re.I), text
