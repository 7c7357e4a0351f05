"""Pre-filling the checklist's medicine questions from the user's medication list."""

from __future__ import annotations

import datetime as dt

import pytest

from cramp_desktop.core.checklist_medicines import RECENT_DAYS, medication_suggestions
from cramp_desktop.core.episodes import Medication, MedicationKind

TODAY = dt.date(2025, 6, 1)


def _suggested(*medications: Medication, today: dt.date = TODAY) -> set[str]:
    return set(medication_suggestions(medications, today=today))


@pytest.mark.parametrize(
    ("kind", "question_id"),
    [
        (MedicationKind.DIURETIC, "medicines.diuretic"),
        (MedicationKind.STATIN, "medicines.statin"),
        (MedicationKind.INHALED_BRONCHODILATOR, "medicines.inhaler"),
    ],
)
def test_suggestions_by_kind(kind: MedicationKind, question_id: str) -> None:
    assert _suggested(Medication("My tablets", kind)) == {"medicines.takes_any", question_id}


@pytest.mark.parametrize(
    ("name", "question_id"),
    [
        ("Furosemide 40 mg", "medicines.diuretic"),
        ("BENDROFLUMETHIAZIDE", "medicines.diuretic"),
        ("atorvastatin 20mg at night", "medicines.statin"),
        ("Symbicort Turbohaler", "medicines.inhaler"),
        ("Iron  sucrose infusion", "medicines.listed_strong"),
        ("Naproxen (Aleve)", "medicines.listed_strong"),
        ("Gabapentin-300", "medicines.listed_other"),
    ],
)
def test_suggestions_by_name_ignore_case_and_respect_word_boundaries(
    name: str, question_id: str
) -> None:
    assert _suggested(Medication(name, MedicationKind.OTHER)) == {
        "medicines.takes_any", question_id
    }  # fmt: skip


@pytest.mark.parametrize("name", ["Pseudonaproxenol", "Ambientone", "Sucrose iron", "Vitamin D"])
def test_names_that_only_look_alike_suggest_no_medicine_question(name: str) -> None:
    assert _suggested(Medication(name, MedicationKind.OTHER)) == {"medicines.takes_any"}


@pytest.mark.parametrize(
    "kind",
    [
        MedicationKind.SUPPLEMENT_MAGNESIUM,
        MedicationKind.SUPPLEMENT_POTASSIUM,
        MedicationKind.SUPPLEMENT_SALT,
    ],
)
def test_supplements_answer_the_supplement_question_but_not_taking_medicines(
    kind: MedicationKind,
) -> None:
    assert _suggested(Medication("Magnesium citrate", kind)) == {"fluids.supplements"}


@pytest.mark.parametrize(
    ("stopped_on", "today", "current"),
    [
        (TODAY - dt.timedelta(days=1), TODAY, False),
        (TODAY, TODAY, False),
        (TODAY + dt.timedelta(days=7), TODAY, True),
        (None, TODAY, True),
    ],
)
def test_stopped_medicines_are_left_out(
    stopped_on: dt.date | None, today: dt.date, current: bool
) -> None:
    medication = Medication("Simvastatin", MedicationKind.STATIN, stopped_on=stopped_on)
    assert bool(_suggested(medication, today=today)) is current


@pytest.mark.parametrize(
    ("days_ago", "today", "recent"),
    [
        (0, TODAY, True),
        (10, TODAY, True),
        (RECENT_DAYS, TODAY, True),
        (RECENT_DAYS + 1, TODAY, False),
        (-3, TODAY, False),  # starts in the future
        (None, TODAY, False),  # start date not known
    ],
)
def test_the_recent_follow_up_only_for_medicines_started_within_recent_days(
    days_ago: int | None, today: dt.date, recent: bool
) -> None:
    started = None if days_ago is None else TODAY - dt.timedelta(days=days_ago)
    medication = Medication("Indapamide", MedicationKind.DIURETIC, started_on=started)
    assert ("medicines.diuretic_recent" in _suggested(medication, today=today)) is recent
    assert "medicines.diuretic" in _suggested(medication, today=today)


def test_the_first_matching_medicine_is_suggested_and_supplements_get_no_follow_up() -> None:
    first = Medication("Bumetanide", MedicationKind.OTHER, started_on=TODAY)
    second = Medication("Spironolactone", MedicationKind.DIURETIC, started_on=TODAY)
    magnesium = Medication("Magnesium", MedicationKind.SUPPLEMENT_MAGNESIUM, started_on=TODAY)
    found = medication_suggestions([first, second, magnesium], today=TODAY)
    assert found == {
        "medicines.takes_any": first,
        "medicines.diuretic": first,
        "medicines.diuretic_recent": first,
        "fluids.supplements": magnesium,
    }


@pytest.mark.parametrize(
    ("name", "question_ids"),
    [
        # Combination products: a diuretic inside a "co-" name or a brand.
        ("Co-amilofruse 5/40", {"medicines.diuretic"}),
        ("co-amilozide 2.5mg/25mg", {"medicines.diuretic"}),
        ("Co-triamterzide", {"medicines.diuretic"}),
        ("Losartan/hydrochlorothiazide", {"medicines.diuretic"}),
        ("Hyzaar 50-12.5", {"medicines.diuretic"}),
        # Combination inhalers with a long-acting bronchodilator.
        ("Trelegy Ellipta", {"medicines.inhaler"}),
        ("Trimbow 87/5/9", {"medicines.inhaler"}),
        ("Anoro", {"medicines.inhaler"}),
        # Proton pump inhibitors, generic and brand.
        ("Omeprazole 20 mg", {"medicines.acid_reducer"}),
        ("Esomeprazole", {"medicines.acid_reducer"}),
        ("lansoprazole", {"medicines.acid_reducer"}),
        ("Pantoprazole 40", {"medicines.acid_reducer"}),
        ("Rabeprazole", {"medicines.acid_reducer"}),
        ("Nexium", {"medicines.acid_reducer"}),
        ("Losec", {"medicines.acid_reducer"}),
        # Naproxen with esomeprazole: two questions at once.
        ("Vimovo", {"medicines.listed_strong", "medicines.acid_reducer"}),
    ],
)
def test_combination_products_and_proton_pump_inhibitors_are_recognised(
    name: str, question_ids: set[str]
) -> None:
    assert _suggested(Medication(name, MedicationKind.OTHER)) == {
        "medicines.takes_any", *question_ids
    }  # fmt: skip


@pytest.mark.parametrize("name", ["Omeprazolex", "Breoxin", "co-amilofrusemide-like", "Oxisol"])
def test_longer_words_containing_a_known_name_do_not_match(name: str) -> None:
    assert _suggested(Medication(name, MedicationKind.OTHER)) == {"medicines.takes_any"}


def test_every_name_table_belongs_to_a_question_that_is_asked() -> None:
    from cramp_desktop.core.checklist_medicines import _NAMES
    from cramp_desktop.core.checklist_questions import QUESTIONS_BY_ID

    for question_id, names in _NAMES.items():
        assert question_id in QUESTIONS_BY_ID and names
        assert len(set(names)) == len(names), question_id
        assert all(name == name.lower().strip() for name in names)
