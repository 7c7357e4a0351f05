"""The red-flag catalogue: symptoms that need a doctor, with their urgency and sources.

It follows the "Red flags" sections of the clinical notes (first and second round); the
checklist and the log share it, so the ids are stable (a changed meaning gets a new id).
Texts are English source strings in context "RedFlags"; they inform and never diagnose
("can be a sign of"), never tell anyone to stop or change a medicine, and never advise
drinking a lot.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cramp_desktop.core.translation import QT_TRANSLATE_NOOP

RED_FLAG_CONTEXT = "RedFlags"


class Urgency(StrEnum):
    EMERGENCY = "emergency"  # call emergency services now
    URGENT = "urgent"  # see a doctor today
    SOON = "soon"  # make an appointment


URGENCY_ORDER: tuple[Urgency, ...] = (Urgency.EMERGENCY, Urgency.URGENT, Urgency.SOON)
# Warning signs (emergency, today) and reasons for a routine appointment are never mixed.
WARNING_URGENCIES = frozenset({Urgency.EMERGENCY, Urgency.URGENT})

ACTIONS: dict[Urgency, str] = {
    Urgency.EMERGENCY: QT_TRANSLATE_NOOP("RedFlags", "Call emergency services now."),
    Urgency.URGENT: QT_TRANSLATE_NOOP("RedFlags", "See a doctor today."),
    Urgency.SOON: QT_TRANSLATE_NOOP("RedFlags", "Make an appointment with your doctor."),
}
TETANUS_JAB_ACTION = QT_TRANSLATE_NOOP(
    "RedFlags", "See a doctor or pharmacist about a tetanus jab today."
)
NEXT_APPOINTMENT_ACTION = QT_TRANSLATE_NOOP(
    "RedFlags", "Tell your doctor at your next appointment."
)


@dataclass(frozen=True)
class RedFlag:
    """Texts are English source strings in context "RedFlags" (translate where shown)."""

    id: str  # stable, e.g. "calf-swelling", "long-cramp", "weakness"
    urgency: Urgency
    title: str
    message: str  # plain explanation, informs and never diagnoses
    action: str  # the exact action, e.g. "See a doctor today."
    sources: tuple[str, ...]  # source keys from clinical-notes.md, e.g. ("NHS", "Mayo-MC")

    @property
    def is_warning_sign(self) -> bool:
        """Emergency or same-day: a warning sign; otherwise a reason for an appointment."""
        return self.urgency in WARNING_URGENCIES


def _flag(
    id: str,
    urgency: Urgency,
    title: str,
    message: str,
    sources: tuple[str, ...],
    action: str | None = None,
) -> tuple[str, RedFlag]:
    return id, RedFlag(id, urgency, title, message, action or ACTIONS[urgency], sources)


# In order of urgency; within one urgency, the order the checklist shows them.
RED_FLAGS: dict[str, RedFlag] = dict(
    [
        _flag(
            "breathless-chest-pain",
            Urgency.EMERGENCY,
            QT_TRANSLATE_NOOP("RedFlags", "Leg pain or swelling with breathlessness or chest pain"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Leg pain or swelling together with sudden shortness of breath or chest pain "
                "can be a sign of a blood clot that has travelled to the lungs. "
                "This needs help straight away.",
            ),
            ("NHS-PE", "NHS-DVT"),
        ),
        _flag(
            "cold-pale-leg",
            Urgency.EMERGENCY,
            QT_TRANSLATE_NOOP("RedFlags", "A suddenly painful, cold, pale or blue leg or foot"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "A leg or foot that suddenly becomes painful, cold, pale or blue, or numb or "
                "weak, can be a sign that an artery is blocked and the leg is not getting "
                "enough blood. This needs help straight away.",
            ),
            ("ESVS-ALI-2020", "NHS-PAD"),
        ),
        _flag(
            "stroke-signs",
            Urgency.EMERGENCY,
            QT_TRANSLATE_NOOP(
                "RedFlags", "Sudden weakness or numbness on one side, or trouble speaking"
            ),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Sudden weakness or numbness of a leg, an arm or the face, or sudden trouble "
                "speaking, can be a sign of a stroke. This needs help straight away.",
            ),
            ("NHS-Stroke",),
        ),
        _flag(
            "cauda-equina",
            Urgency.EMERGENCY,
            QT_TRANSLATE_NOOP(
                "RedFlags", "Back pain with numbness around the bottom or bladder or bowel trouble"
            ),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Back pain together with numbness between the legs or around the bottom, or "
                "new trouble controlling the bladder or bowel, can be a sign that the nerves "
                "at the bottom of the spine are pressed (cauda equina syndrome). This needs "
                "help straight away.",
            ),
            ("NHS-CES",),
        ),
        _flag(
            "confusion-collapse",
            Urgency.EMERGENCY,
            QT_TRANSLATE_NOOP("RedFlags", "Cramps with confusion, fainting, a seizure or collapse"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Cramps together with confusion, a seizure, fainting, repeated vomiting or "
                "collapse can be a sign of a dangerously low level of sodium in the blood, "
                "especially after long exercise or after drinking large amounts of water. "
                "This needs help straight away.",
            ),
            ("EAH-2015",),
        ),
        _flag(
            "tetanus-signs",
            Urgency.EMERGENCY,
            QT_TRANSLATE_NOOP("RedFlags", "A stiff jaw or spreading spasms after a wound"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "After a wound, a stiff jaw, trouble swallowing, or painful muscle spasms that "
                "spread can be a sign of tetanus. This needs help straight away.",
            ),
            ("NHS-Tetanus",),
        ),
        _flag(
            "calf-swelling",
            Urgency.URGENT,
            QT_TRANSLATE_NOOP("RedFlags", "Swelling, warmth or redness of one calf"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "A calf that is swollen, warm, red or tender, especially on one side only, "
                "can be a sign of a blood clot in a deep vein (deep vein thrombosis). "
                "It needs checking by a doctor today.",
            ),
            ("NHS-DVT", "NHS", "Mayo-MC"),
        ),
        _flag(
            "dark-urine",
            Urgency.URGENT,
            QT_TRANSLATE_NOOP("RedFlags", "Dark urine with severe muscle pain or weakness"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Dark, cola-coloured urine together with severe muscle pain or weakness can be "
                "a sign of muscle breakdown (rhabdomyolysis), particularly in people who take "
                "a statin. It needs checking by a doctor today.",
            ),
            ("MedlinePlus-Rhabdo",),
        ),
        _flag(
            "long-cramp",
            Urgency.URGENT,
            QT_TRANSLATE_NOOP("RedFlags", "A cramp lasting more than 10 minutes"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Most cramps ease within a few minutes. A cramp that lasts more than "
                "10 minutes and does not ease needs checking by a doctor today.",
            ),
            ("NHS", "Mayo-NLC"),
        ),
        _flag(
            "dirty-wound",
            Urgency.URGENT,
            QT_TRANSLATE_NOOP("RedFlags", "Cramps after a dirty wound"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Cramps that begin after a dirty wound are worth checking today: a doctor or "
                "pharmacist can tell whether you need a tetanus jab. If the jaw becomes stiff "
                "or spasms spread, call emergency services.",
            ),
            ("NHS-Tetanus", "NHS", "Mayo-NLC"),
            TETANUS_JAB_ACTION,
        ),
        _flag(
            "toxin-exposure",
            Urgency.URGENT,
            QT_TRANSLATE_NOOP("RedFlags", "Cramps after contact with lead or mercury"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Cramps that begin after contact with lead or mercury can be a sign of "
                "poisoning. They need checking by a doctor today.",
            ),
            ("NHS", "Mayo-NLC"),
        ),
        # Asked by version 0.1.0, without a time frame: kept so its checklists read the same.
        _flag(
            "wound-or-toxin",
            Urgency.URGENT,
            QT_TRANSLATE_NOOP(
                "RedFlags", "Cramps after a dirty wound or contact with lead or mercury"
            ),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Cramps that begin after a dirty wound, or after contact with lead or mercury, "
                "can be a sign of tetanus or of poisoning. They need checking by a doctor today.",
            ),
            ("NHS", "Mayo-NLC", "NHS-Tetanus"),
        ),
        _flag(
            "low-sodium-risk",
            Urgency.URGENT,
            QT_TRANSLATE_NOOP("RedFlags", "Nausea, headache or weakness with a risk of low sodium"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Nausea, headache, cramps or weakness in someone at risk of low blood sodium, "
                "for example after endurance exercise or while taking a water pill (diuretic), "
                "can be a sign that the sodium level is low. It needs checking by a doctor today.",
            ),
            ("EAH-2015", "NHS"),
        ),
        _flag(
            "weakness",
            Urgency.SOON,
            QT_TRANSLATE_NOOP("RedFlags", "Muscle weakness, wasting or numbness"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Weakness or wasting of a muscle, or numbness, alongside cramps can be a sign "
                "of a nerve or muscle problem. It needs checking by your doctor. If it came on "
                "suddenly, call emergency services.",
            ),
            ("NHS", "Mayo-NLC", "NHS-Stroke"),
        ),
        _flag(
            "leg-swelling",
            Urgency.SOON,
            QT_TRANSLATE_NOOP("RedFlags", "Swelling of the legs or feet"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Swelling of the legs or feet together with cramps needs checking by your "
                "doctor. If one calf is swollen, warm or red, see a doctor today instead.",
            ),
            ("NHS", "Mayo-NLC"),
        ),
        _flag(
            "skin-colour",
            Urgency.SOON,
            QT_TRANSLATE_NOOP("RedFlags", "A change in the skin colour of the leg or foot"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "A change in the colour of the skin of a leg or foot alongside cramps needs "
                "checking by your doctor. If the foot suddenly turns cold, pale or blue, call "
                "emergency services.",
            ),
            ("Mayo-NLC", "ESVS-ALI-2020"),
        ),
        _flag(
            "rest-pain-sores",
            Urgency.SOON,
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Leg pain at rest that eases when the leg hangs down, or sores that do not heal",
            ),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Foot or leg pain at rest at night that eases when the leg hangs down, or sores "
                "on the feet or legs that do not heal, can be a sign of narrowed arteries in "
                "the legs (peripheral arterial disease), which can be mistaken for night "
                "cramps. It needs checking by your doctor.",
            ),
            ("NHS-PAD",),
        ),
        _flag(
            "past-warning",
            Urgency.SOON,
            QT_TRANSLATE_NOOP("RedFlags", "A warning symptom earlier that has passed"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "A warning symptom that happened more than 7 days ago and has passed is worth "
                "telling your doctor about at your next appointment. If it comes back, act on "
                "it straight away.",
            ),
            ("NHS", "Mayo-NLC"),
            NEXT_APPOINTMENT_ACTION,
        ),
        _flag(
            "frequent-cramps",
            Urgency.SOON,
            QT_TRANSLATE_NOOP("RedFlags", "Frequent cramps"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Cramps that come often are worth discussing with your doctor, who can look "
                "for a cause and talk about what may help. Your log is useful to bring.",
            ),
            ("NHS", "Mayo-MC", "AFP-2012"),
        ),
        _flag(
            "poor-sleep",
            Urgency.SOON,
            QT_TRANSLATE_NOOP("RedFlags", "Cramps that disturb sleep or the next day"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "If cramps often wake you or make it hard to manage the next day, your doctor "
                "can look at the cause with you and at what may help.",
            ),
            ("NHS", "Mayo-MC", "Mayo-NLC"),
        ),
        _flag(
            "no-improvement",
            Urgency.SOON,
            QT_TRANSLATE_NOOP("RedFlags", "No improvement with self-care"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "If cramps keep coming despite stretching and other self-care, other causes "
                "and options are worth discussing with your doctor.",
            ),
            ("NHS", "Mayo-MC"),
        ),
        _flag(
            "no-obvious-trigger",
            Urgency.SOON,
            QT_TRANSLATE_NOOP("RedFlags", "Cramps with no obvious trigger"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Cramps that come without an obvious trigger, such as hard exercise or long "
                "standing, can have an underlying cause that needs checking by your doctor.",
            ),
            ("Mayo-MC",),
        ),
        _flag(
            "new-medicine",
            Urgency.SOON,
            QT_TRANSLATE_NOOP("RedFlags", "Cramps that began after a new medicine"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Some medicines are linked to cramps. If cramps began after a medicine was "
                "started or changed, bring your list of medicines and ask your doctor whether "
                "one could contribute. Any change to a medicine is for your doctor to decide.",
            ),
            ("Mayo-MC", "Garrison-2012"),
        ),
    ]
)


def urgency_rank(flag: RedFlag) -> tuple[int, int]:
    """Sort key: most urgent first, then catalogue order."""
    return URGENCY_ORDER.index(flag.urgency), list(RED_FLAGS).index(flag.id)
