"""Red flags: symptoms that need a doctor, with their urgency.

The catalogue follows the "Red flags" section of the clinical notes; the checklist
reuses it, so the ids are stable. The texts inform and never diagnose ("can be a sign
of"), never tell anyone to stop or change a medicine, and never advise drinking a lot.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from cramp_desktop.core.episodes import Episode, Symptom
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, Translate, untranslated

RED_FLAG_CONTEXT = "RedFlags"
LONG_CRAMP_S = 10 * 60  # a cramp longer than this (not equal) raises "long-cramp"


class Urgency(StrEnum):
    EMERGENCY = "emergency"  # call emergency services now
    URGENT = "urgent"  # see a doctor today
    SOON = "soon"  # make an appointment


URGENCY_ORDER: tuple[Urgency, ...] = (Urgency.EMERGENCY, Urgency.URGENT, Urgency.SOON)

ACTIONS: dict[Urgency, str] = {
    Urgency.EMERGENCY: QT_TRANSLATE_NOOP("RedFlags", "Call emergency services now."),
    Urgency.URGENT: QT_TRANSLATE_NOOP("RedFlags", "See a doctor today."),
    Urgency.SOON: QT_TRANSLATE_NOOP("RedFlags", "Make an appointment with your doctor."),
}

# Short names used to cite sources in the app and the report (clinical-notes.md); show
# them with citation(), which translates the app's own article.
SOURCES_CONTEXT = "Sources"
SOURCES: dict[str, str] = {
    "Article": QT_TRANSLATE_NOOP("Sources", 'The bundled article "Sodium and leg cramps"'),
    "AFP-2012": 'Allen & Kirby, "Nocturnal Leg Cramps", American Family Physician '
    "2012;86(4):350-355",
    "NHS": 'NHS, "Leg cramps" (conditions page)',
    "Mayo-NLC": 'Mayo Clinic, "Night leg cramps: when to see a doctor"',
    "Mayo-MC": 'Mayo Clinic, "Muscle cramp"',
    "Garrison-2012": 'Garrison et al., "Nocturnal leg cramps and prescription use that '
    'precedes them", Arch Intern Med 2012',
    "Cochrane-Mg-2020": 'Garrison et al., "Magnesium for skeletal muscle cramps", '
    "Cochrane CD009402, 2020",
    "Cochrane-Q-2015": 'El-Tawil et al., "Quinine for muscle cramps", Cochrane CD005044, 2015',
    "AAN-2010": 'Katzberg et al., "Assessment: symptomatic treatment for muscle cramps", '
    "Neurology 2010 (reaffirmed 2016)",
    "Miller-2021": "Miller et al., evidence-based review of exercise-associated muscle "
    "cramps, J Athl Train 2021",
    "EAH-2015": "Hew-Butler et al., 3rd International Exercise-Associated Hyponatremia "
    "Consensus, BJSM 2015",
    "Hallegraeff-2012": "Hallegraeff et al., stretching before sleep reduces nocturnal leg "
    "cramps (RCT), J Physiother 2012",
}
# The article is translated with the app, its key too (the report cites by key); papers
# are cited as published, in English, by their authors' names.
_TRANSLATED_KEYS = {"Article": QT_TRANSLATE_NOOP("Sources", "Article")}


def citation(key: str, translate: Translate = untranslated) -> str:
    """The full citation of source `key` (the key itself if unknown), translated with
    `translate` (QCoreApplication.translate, or a report's language) where it can be."""
    text = SOURCES.get(key, key)
    return translate(SOURCES_CONTEXT, text) if key in _TRANSLATED_KEYS else text


def source_label(key: str, translate: Translate = untranslated) -> str:
    """The short name a source is cited by ("Article", "AFP-2012"), translated with
    `translate` where it is a word rather than authors and a year."""
    label = _TRANSLATED_KEYS.get(key)
    return key if label is None else translate(SOURCES_CONTEXT, label)


@dataclass(frozen=True)
class RedFlag:
    """Texts are English source strings in context "RedFlags" (translate where shown)."""

    id: str  # stable, e.g. "calf-swelling", "long-cramp", "weakness"
    urgency: Urgency
    title: str
    message: str  # plain explanation, informs and never diagnoses
    action: str  # the exact action, e.g. "See a doctor today."
    sources: tuple[str, ...]  # source keys from clinical-notes.md, e.g. ("NHS", "Mayo-MC")


def _flag(
    id: str, urgency: Urgency, title: str, message: str, sources: tuple[str, ...]
) -> tuple[str, RedFlag]:
    return id, RedFlag(id, urgency, title, message, ACTIONS[urgency], sources)


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
            ("NHS", "Mayo-MC"),
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
            "calf-swelling",
            Urgency.URGENT,
            QT_TRANSLATE_NOOP("RedFlags", "Swelling, warmth or redness of one calf"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "A calf that is swollen, warm, red or tender, especially on one side only, "
                "can be a sign of a blood clot in a deep vein (deep vein thrombosis). "
                "It needs checking by a doctor today.",
            ),
            ("NHS", "Mayo-MC"),
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
            ("NHS", "Mayo-MC"),
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
            ("NHS", "Mayo-NLC"),
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
                "of a nerve or muscle problem. It needs checking by your doctor.",
            ),
            ("NHS", "Mayo-NLC"),
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
            "frequent-cramps",
            Urgency.SOON,
            QT_TRANSLATE_NOOP("RedFlags", "Frequent cramps"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Cramps that come often are worth discussing with your doctor, who can look "
                "for a cause and talk about what may help. Your log is useful to bring.",
            ),
            ("NHS", "Mayo-MC"),
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

# What one logged entry can show by itself; the rest come from the checklist.
SYMPTOM_FLAGS: dict[Symptom, str] = {
    Symptom.SWELLING: "calf-swelling",
    Symptom.WEAKNESS: "weakness",
    Symptom.NUMBNESS: "weakness",
}


def urgency_rank(flag: RedFlag) -> tuple[int, int]:
    """Sort key: most urgent first, then catalogue order."""
    return URGENCY_ORDER.index(flag.urgency), list(RED_FLAGS).index(flag.id)


def most_urgent_first(flags: Iterable[RedFlag]) -> list[RedFlag]:
    """Distinct flags, most urgent first (for the checklist and the report)."""
    return sorted({flag.id: flag for flag in flags}.values(), key=urgency_rank)


def episode_red_flags(episode: Episode) -> list[RedFlag]:
    """Flags raised by one entry, most urgent first."""
    ids = [SYMPTOM_FLAGS[symptom] for symptom in episode.symptoms if symptom in SYMPTOM_FLAGS]
    if episode.duration_s > LONG_CRAMP_S:
        ids.append("long-cramp")
    return most_urgent_first(RED_FLAGS[flag_id] for flag_id in ids)


def recent_red_flags(episodes: Iterable[Episode]) -> list[tuple[RedFlag, Episode]]:
    """Each distinct flag raised by these entries with the newest entry that raised it,
    most urgent first."""
    newest: dict[str, tuple[RedFlag, Episode]] = {}
    for episode in episodes:
        for flag in episode_red_flags(episode):
            seen = newest.get(flag.id)
            if seen is None or episode.started_at > seen[1].started_at:
                newest[flag.id] = (flag, episode)
    return sorted(newest.values(), key=lambda pair: urgency_rank(pair[0]))
