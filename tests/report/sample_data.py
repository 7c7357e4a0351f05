"""A seeded, plausible log as plain core types (no database, no pytest): the report tests'
data, and the benchmark's (benchmarks/report.py)."""

from __future__ import annotations

import datetime as dt
import random

from cramp_desktop.core.checklist import is_warning_question
from cramp_desktop.core.checklist_questions import QUESTIONS
from cramp_desktop.core.episodes import (
    Answer,
    AnswerValue,
    Assessment,
    Context,
    DayRecord,
    Episode,
    Medication,
    MedicationKind,
    Muscle,
    Relief,
    ReliefHelped,
    Side,
    Symptom,
    Trigger,
)

ZONE = dt.timezone(dt.timedelta(hours=1))
LAST_DAY = dt.date(2026, 11, 20)
GENERATED = dt.datetime(2026, 11, 21, 9, 30, tzinfo=ZONE)


def sample_log(
    days: int, seed: int = 1, last_day: dt.date = LAST_DAY
) -> tuple[tuple[Episode, ...], tuple[DayRecord, ...]]:
    """`days` days up to `last_day` (and as many before, for the comparison): cramps on
    about a third of the nights, "no cramps" mornings on about half of the rest."""
    rng = random.Random(seed)
    episodes: list[Episode] = []
    records: list[DayRecord] = []
    for back in range(2 * days - 1, -1, -1):
        day = last_day - dt.timedelta(days=back)
        if rng.random() < 0.35:
            for _ in range(rng.choice([1, 1, 1, 2])):
                hour = rng.choice([1, 2, 3, 4, 23, 15])
                episodes.append(
                    Episode(
                        started_at=dt.datetime.combine(day, dt.time(hour, rng.randrange(60)), ZONE),
                        duration_s=rng.choice([30, 60, 90, 120, 240, 420, 900]),
                        severity=rng.randint(2, 9),
                        muscle=rng.choice([Muscle.CALF, Muscle.CALF, Muscle.FOOT, Muscle.TOES]),
                        side=rng.choice([Side.LEFT, Side.RIGHT, Side.BOTH]),
                        context=Context.SLEEP if hour < 6 or hour == 23 else Context.REST,
                        sleep_disturbance=rng.choice([None, *range(0, 11)]),
                        triggers=frozenset(rng.sample(list(Trigger)[:6], rng.randint(0, 2))),
                        relief=frozenset(rng.sample([Relief.STRETCHING, Relief.WALKING], 1)),
                        relief_helped=rng.choice(list(ReliefHelped)),
                        symptoms=frozenset({Symptom.SWELLING})
                        if rng.random() < 0.02
                        else frozenset(),
                        notes=rng.choice(["", "", "Walked a lot", "Hot day; little water"]),
                    )
                )
        elif rng.random() < 0.5:
            records.append(DayRecord(day=day, no_cramps=True))
    return tuple(episodes), tuple(records)


def sample_assessments() -> tuple[Assessment, ...]:
    """Newest first: a recent checklist with a red flag and risk factors, and an older one."""
    yes, no = AnswerValue.YES, AnswerValue.NO
    # Every warning question answered "no" (a skipped one would be listed "to check").
    warnings_no = tuple(Answer(q.id, no) for q in QUESTIONS if is_warning_question(q))
    recent = (
        *warnings_no,
        Answer("warning.numbness", yes),
        Answer("pattern.night", yes),
        Answer("fluids.drinks_little", AnswerValue.UNSURE),
        Answer("medicines.takes_any", yes),
        Answer("medicines.diuretic", yes),
        Answer("medicines.diuretic_recent", yes),
        Answer("impact.sleep", scale=8),
    )
    older = (*warnings_no, Answer("pattern.night", yes), Answer("fluids.drinks_little", yes))
    return (
        Assessment(dt.datetime(2026, 11, 10, 20, 0, tzinfo=ZONE), "0.2.0", recent, id=2),
        Assessment(dt.datetime(2026, 6, 1, 20, 0, tzinfo=ZONE), "0.1.0", older, id=1),
    )


def sample_medications() -> tuple[Medication, ...]:
    return (
        Medication("Bendroflumethiazide 2.5 mg", MedicationKind.DIURETIC, dt.date(2026, 10, 1),
                   id=1),
        Medication("Magnesium citrate", MedicationKind.SUPPLEMENT_MAGNESIUM, dt.date(2026, 6, 1),
                   dt.date(2026, 8, 1), note="stopped: no change", id=2),
    )  # fmt: skip
