"""Pre-filling the checklist's medicine questions from the user's medication list."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from cramp_desktop.core.checklist_questions import QUESTIONS_BY_ID
from cramp_desktop.core.episodes import Medication, MedicationKind

RECENT_DAYS = 92  # "started or changed in the last 3 months"

# Pre-filling from the medication list: by the kind the user chose, and by generic or
# common brand names (combination products included), one table of names per question.
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
        "indapamide", "spironolactone", "amiloride", "triamterene", "eplerenone", "hctz",
        "metolazone", "aldactone", "inspra",
        # Combination products (UK "co-" names and brands) that contain a diuretic.
        "co-amilofruse", "co-amilozide", "co-triamterzide", "co-flumactone", "co-zidocapt",
        "co-tenidone", "frumil", "lasilactone", "moduretic", "moduret", "dyazide", "maxzide",
        "aldactazide", "hyzaar", "zestoretic", "tenoretic", "co-diovan", "exforge hct",
    ),
    "medicines.statin": (
        "atorvastatin", "simvastatin", "rosuvastatin", "pravastatin", "fluvastatin",
        "lovastatin", "pitavastatin", "lipitor", "zocor", "crestor",
    ),
    "medicines.inhaler": (
        "salmeterol", "formoterol", "eformoterol", "vilanterol", "olodaterol", "indacaterol",
        "serevent", "seretide", "advair", "symbicort", "fostair", "relvar",
        # Combination inhalers with a long-acting bronchodilator.
        "trelegy", "trimbow", "trixeo", "breztri", "breo", "anoro", "ultibro", "duaklir",
        "spiolto", "stiolto", "bevespi", "flutiform", "duoresp", "dulera", "zenhale",
        "wixela", "airflusal", "sirdupla", "enerzair", "striverdi", "onbrez", "oxis", "atimos",
        "foradil",
    ),
    "medicines.listed_strong": (
        "iron sucrose", "venofer", "conjugated estrogens", "conjugated oestrogens", "premarin",
        "raloxifene", "evista", "naproxen", "naprosyn", "aleve", "teriparatide", "forteo",
        "forsteo", "vimovo",
    ),
    "medicines.listed_other": (
        "clonazepam", "klonopin", "rivotril", "citalopram", "celexa", "cipramil", "celecoxib",
        "celebrex", "gabapentin", "neurontin", "zolpidem", "ambien", "stilnox",
    ),
    "medicines.acid_reducer": (
        "omeprazole", "esomeprazole", "lansoprazole", "dexlansoprazole", "pantoprazole",
        "rabeprazole", "losec", "prilosec", "nexium", "zoton", "prevacid", "protium",
        "protonix", "pantoloc", "somac", "controloc", "pariet", "aciphex", "dexilant",
        "zegerid", "vimovo",
    ),
}  # fmt: skip
_NAME_PATTERNS: dict[str, re.Pattern[str]] = {
    qid: re.compile(
        r"\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\b",
        re.IGNORECASE,
    )
    for qid, names in _NAMES.items()
}


def is_current(medication: Medication, today: dt.date) -> bool:
    """Not stopped, or stopped only after `today`."""
    stopped = medication.stopped_on
    return stopped is None or stopped > today


def medication_suggestions(
    medications: Sequence[Medication], *, today: dt.date
) -> dict[str, Medication]:
    """Question id -> the first current medication that answers it "yes", for pre-filling.

    Covers "medicines.takes_any" (any current medicine that is not a supplement), the
    medicine questions (by kind or name), "fluids.supplements" (supplement kinds) and each
    "<medicine>_recent" follow-up for a medicine started within RECENT_DAYS before `today`.
    Stopped medicines are left out. Suggestions only: the user confirms.
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


def _started_recently(medication: Medication, today: dt.date) -> bool:
    started = medication.started_on
    return started is not None and 0 <= (today - started).days <= RECENT_DAYS
