"""The words users see for each stored code, marked for translation.

Show one with `QCoreApplication.translate(LABEL_CONTEXT, label(code))`; the stored
codes and CSV files stay in English (core/episodes.py). Durations are written here too,
once for the History table and the report.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from cramp_desktop.core.episodes import (
    Context,
    MedicationKind,
    Muscle,
    Relief,
    ReliefHelped,
    Side,
    Soreness,
    Symptom,
    Trigger,
)
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, Translate, fill

LABEL_CONTEXT = "Labels"
SECONDS = QT_TRANSLATE_NOOP("Labels", "%1 s")
MINUTES = QT_TRANSLATE_NOOP("Labels", "%1 min")
MINUTES_SECONDS = QT_TRANSLATE_NOOP("Labels", "%1 min %2 s")

# Pairs, not a dict keyed by code: codes of different kinds can be equal strings
# (Muscle.OTHER == Context.OTHER == "other"), so a dict would merge them.
_LABEL_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (Muscle.CALF, QT_TRANSLATE_NOOP("Labels", "Calf")),
    (Muscle.FOOT, QT_TRANSLATE_NOOP("Labels", "Foot or sole")),
    (Muscle.TOES, QT_TRANSLATE_NOOP("Labels", "Toes")),
    (Muscle.SHIN, QT_TRANSLATE_NOOP("Labels", "Shin")),
    (Muscle.THIGH_FRONT, QT_TRANSLATE_NOOP("Labels", "Front of thigh")),
    (Muscle.THIGH_BACK, QT_TRANSLATE_NOOP("Labels", "Back of thigh")),
    (Muscle.OTHER, QT_TRANSLATE_NOOP("Labels", "Other muscle")),
    (Side.LEFT, QT_TRANSLATE_NOOP("Labels", "Left")),
    (Side.RIGHT, QT_TRANSLATE_NOOP("Labels", "Right")),
    (Side.BOTH, QT_TRANSLATE_NOOP("Labels", "Both legs")),
    (Context.SLEEP, QT_TRANSLATE_NOOP("Labels", "Woke me from sleep")),
    (Context.REST, QT_TRANSLATE_NOOP("Labels", "Resting")),
    (Context.EXERCISE, QT_TRANSLATE_NOOP("Labels", "During exercise")),
    (Context.AFTER_EXERCISE, QT_TRANSLATE_NOOP("Labels", "After exercise")),
    (Context.STANDING, QT_TRANSLATE_NOOP("Labels", "Standing")),
    (Context.OTHER, QT_TRANSLATE_NOOP("Labels", "Other situation")),
    (Soreness.NONE, QT_TRANSLATE_NOOP("Labels", "No soreness")),
    (Soreness.HOURS, QT_TRANSLATE_NOOP("Labels", "Sore for some hours")),
    (Soreness.NEXT_DAY, QT_TRANSLATE_NOOP("Labels", "Still sore the next day")),
    (Trigger.HARD_EXERCISE, QT_TRANSLATE_NOOP("Labels", "Hard exercise")),
    (Trigger.LONG_STANDING, QT_TRANSLATE_NOOP("Labels", "Long standing")),
    (Trigger.HEAT, QT_TRANSLATE_NOOP("Labels", "Heat or heavy sweating")),
    (Trigger.LITTLE_FLUID, QT_TRANSLATE_NOOP("Labels", "Drank little")),
    (Trigger.SALTY_FOOD, QT_TRANSLATE_NOOP("Labels", "Very salty food")),
    (Trigger.ALCOHOL, QT_TRANSLATE_NOOP("Labels", "Alcohol")),
    (Trigger.CAFFEINE, QT_TRANSLATE_NOOP("Labels", "Caffeine")),
    (Trigger.VOMITING_DIARRHOEA, QT_TRANSLATE_NOOP("Labels", "Vomiting or diarrhoea")),
    (Trigger.NEW_MEDICINE, QT_TRANSLATE_NOOP("Labels", "New medicine")),
    (Trigger.OTHER, QT_TRANSLATE_NOOP("Labels", "Something else")),
    (Relief.STRETCHING, QT_TRANSLATE_NOOP("Labels", "Stretching")),
    (Relief.MASSAGE, QT_TRANSLATE_NOOP("Labels", "Massage")),
    (Relief.WALKING, QT_TRANSLATE_NOOP("Labels", "Walking")),
    (Relief.HEAT, QT_TRANSLATE_NOOP("Labels", "Warmth")),
    (Relief.COLD, QT_TRANSLATE_NOOP("Labels", "Cold")),
    (Relief.DRINK, QT_TRANSLATE_NOOP("Labels", "A drink")),
    (Relief.MEDICINE, QT_TRANSLATE_NOOP("Labels", "A medicine")),
    (Relief.OTHER, QT_TRANSLATE_NOOP("Labels", "Something else")),
    (Relief.NONE, QT_TRANSLATE_NOOP("Labels", "Nothing")),
    (ReliefHelped.YES, QT_TRANSLATE_NOOP("Labels", "Helped")),
    (ReliefHelped.PARTLY, QT_TRANSLATE_NOOP("Labels", "Helped a little")),
    (ReliefHelped.NO, QT_TRANSLATE_NOOP("Labels", "Did not help")),
    (Symptom.NUMBNESS, QT_TRANSLATE_NOOP("Labels", "Numbness")),
    (Symptom.WEAKNESS, QT_TRANSLATE_NOOP("Labels", "Weakness")),
    (Symptom.SWELLING, QT_TRANSLATE_NOOP("Labels", "Swelling, redness or warmth of the calf")),
    (Symptom.COLOUR_CHANGE, QT_TRANSLATE_NOOP("Labels", "Colour change of the skin")),
    (MedicationKind.DIURETIC, QT_TRANSLATE_NOOP("Labels", "Diuretic (water pill)")),
    (MedicationKind.STATIN, QT_TRANSLATE_NOOP("Labels", "Statin (for cholesterol)")),
    (
        MedicationKind.INHALED_BRONCHODILATOR,
        QT_TRANSLATE_NOOP("Labels", "Long-acting inhaler for asthma or COPD"),
    ),
    (MedicationKind.SUPPLEMENT_MAGNESIUM, QT_TRANSLATE_NOOP("Labels", "Magnesium supplement")),
    (MedicationKind.SUPPLEMENT_POTASSIUM, QT_TRANSLATE_NOOP("Labels", "Potassium supplement")),
    (MedicationKind.SUPPLEMENT_SALT, QT_TRANSLATE_NOOP("Labels", "Salt or electrolyte supplement")),
    (MedicationKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other medicine")),
)

LABELS: dict[tuple[type[StrEnum], str], str] = {
    (type(code), code.value): text for code, text in _LABEL_PAIRS
}


def label(code: StrEnum) -> str:
    """The untranslated English label of a code (translate it with LABEL_CONTEXT)."""
    return LABELS[(type(code), code.value)]


def duration_text(seconds: int, translate: Translate, number: Callable[[int], str]) -> str:
    """A cramp's duration as "45 s", "2 min" or "2 min 05 s", translated with `translate`
    (QCoreApplication.translate, or a report's own) and counts written with `number` (the
    locale's digits); the seconds after minutes keep two digits, like a clock."""
    minutes, rest = divmod(seconds, 60)
    if minutes == 0:
        return fill(translate(LABEL_CONTEXT, SECONDS), (number(rest),))
    if rest == 0:
        return fill(translate(LABEL_CONTEXT, MINUTES), (number(minutes),))
    return fill(translate(LABEL_CONTEXT, MINUTES_SECONDS), (number(minutes), f"{rest:02d}"))
