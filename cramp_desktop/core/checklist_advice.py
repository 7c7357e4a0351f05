"""Advice shown for positive checklist answers; every item names at least one source.

Texts are English source strings in context "Checklist", written to the wording rules in
checklist_content.py.
"""

from __future__ import annotations

from cramp_desktop.core.checklist_content import Advice
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP


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
    "NHS-PAD",
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
ADVICE_DRINK_WHEN_THIRSTY = _advice(
    "advice.drink-when-thirsty",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Drink when you are thirsty rather than to a daily target. Forcing extra water does "
        "not prevent cramps and can lower the sodium in your blood. If you were told to drink "
        "a set amount for a medical reason, ask your doctor before changing it.",
    ),
    "EAH-2015",
)
ADVICE_ACID_REDUCER = _advice(
    "advice.acid-reducer",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Never stop this medicine on your own. Ask your doctor whether a blood test of your "
        "magnesium level is due.",
    ),
    "FDA-PPI-2011",
)
ADVICE_CIRCULATION = _advice(
    "advice.circulation",
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Mention this to your doctor, who can check the circulation in your legs. If a foot "
        "suddenly turns cold, pale or blue, call emergency services.",
    ),
    "NHS-PAD",
)
