"""Plain types for what the user records: episodes, "no cramps" days, medicines, assessments.

The codes are stable English words: they are stored in the database and written to
CSV files, while the user sees translated labels (see core/labels.py in later work).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Muscle(StrEnum):
    CALF = "calf"
    FOOT = "foot"
    TOES = "toes"
    SHIN = "shin"
    THIGH_FRONT = "thigh-front"
    THIGH_BACK = "thigh-back"
    OTHER = "other"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


class Context(StrEnum):
    SLEEP = "sleep"
    REST = "rest"
    EXERCISE = "exercise"
    AFTER_EXERCISE = "after-exercise"
    STANDING = "standing"
    OTHER = "other"


class Soreness(StrEnum):
    NONE = "none"
    HOURS = "hours"
    NEXT_DAY = "next-day"


class Trigger(StrEnum):
    HARD_EXERCISE = "hard-exercise"
    LONG_STANDING = "long-standing"
    HEAT = "heat"
    LITTLE_FLUID = "little-fluid"
    SALTY_FOOD = "salty-food"
    ALCOHOL = "alcohol"
    CAFFEINE = "caffeine"
    VOMITING_DIARRHOEA = "vomiting-diarrhoea"
    NEW_MEDICINE = "new-medicine"
    OTHER = "other"


class Relief(StrEnum):
    STRETCHING = "stretching"
    MASSAGE = "massage"
    WALKING = "walking"
    HEAT = "heat"
    COLD = "cold"
    DRINK = "drink"
    MEDICINE = "medicine"
    OTHER = "other"
    NONE = "none"


class ReliefHelped(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class Symptom(StrEnum):
    NUMBNESS = "numbness"
    WEAKNESS = "weakness"
    SWELLING = "swelling"
    COLOUR_CHANGE = "colour-change"


class MedicationKind(StrEnum):
    DIURETIC = "diuretic"
    STATIN = "statin"
    INHALED_BRONCHODILATOR = "inhaled-bronchodilator"
    SUPPLEMENT_MAGNESIUM = "supplement-magnesium"
    SUPPLEMENT_POTASSIUM = "supplement-potassium"
    SUPPLEMENT_SALT = "supplement-salt"
    OTHER = "other"


class AnswerValue(StrEnum):
    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


@dataclass(frozen=True)
class Episode:
    """One cramp. `started_at` is timezone-aware; storage keeps it as UTC plus the offset."""

    started_at: dt.datetime
    duration_s: int
    severity: int
    muscle: Muscle
    side: Side
    context: Context
    sleep_disturbance: int | None = None
    soreness: Soreness | None = None
    triggers: frozenset[Trigger] = frozenset()
    relief: frozenset[Relief] = frozenset()
    relief_helped: ReliefHelped | None = None
    symptoms: frozenset[Symptom] = frozenset()
    notes: str = ""
    logged_late: bool = False
    id: int | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


@dataclass(frozen=True)
class UnreadableEntry:
    """A stored episode that holds a value no version of the app writes (a damaged byte,
    an edited file): shown as an unreadable entry, left out of figures and reports.
    `day` is its date when that much could be read; `field` the first bad value."""

    id: int | None
    day: dt.date | None
    field: str


@dataclass(frozen=True)
class DayRecord:
    """A local date the user marked as "no cramps", so a zero is not missing data."""

    day: dt.date
    no_cramps: bool = True
    triggers: frozenset[Trigger] = frozenset()  # what happened that day, for associations
    id: int | None = None
    # Aware UTC, when the day was first marked: bookkeeping, so not part of equality.
    created_at: dt.datetime | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Medication:
    name: str
    kind: MedicationKind
    started_on: dt.date | None = None
    stopped_on: dt.date | None = None
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Answer:
    """One checklist answer: a yes/no/unsure choice or a 0-10 scale value."""

    question_id: str
    choice: AnswerValue | None = None
    scale: int | None = None


@dataclass(frozen=True)
class Assessment:
    completed_at: dt.datetime
    app_version: str
    answers: tuple[Answer, ...] = field(default=())
    id: int | None = None
