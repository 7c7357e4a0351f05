"""Risk factors a "yes" in the checklist can point to (red flags live in RED_FLAGS).

Texts are English source strings in context "Checklist"; links are associations, not causes.
"""

from __future__ import annotations

from cramp_desktop.core.checklist_content import RiskFactor
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP


def _risk(
    id: str, title: str, explanation: str, *, other_condition: bool = False
) -> tuple[str, RiskFactor]:
    return id, RiskFactor(id, title, explanation, other_condition)


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
            other_condition=True,
        ),
        _risk(
            "urge-to-move",
            QT_TRANSLATE_NOOP("Checklist", "An urge to move the legs"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "An uncomfortable urge to move the legs that eases with moving, rather than "
                "a hard painful knot, can be restless legs, a different condition.",
            ),
            other_condition=True,
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
            "daily-overdrinking",
            QT_TRANSLATE_NOOP("Checklist", "Drinking well beyond thirst every day"),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Drinking much more water than your body asks for, day after day, can lower "
                "the sodium in your blood. Cramps are not prevented by drinking extra.",
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
            "acid-reducer",
            QT_TRANSLATE_NOOP(
                "Checklist", "A proton pump inhibitor for stomach acid, taken for a long time"
            ),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "Taking a proton pump inhibitor, such as omeprazole or lansoprazole, for a long "
                "time can lower the magnesium in the blood, and a low magnesium level can "
                "make muscles cramp.",
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
