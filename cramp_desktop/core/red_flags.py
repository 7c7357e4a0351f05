"""Red flags: symptoms that need a doctor, with their urgency.

The catalogue follows the "Red flags" section of the clinical notes; the checklist
reuses it, so the ids are stable. The texts inform and never diagnose ("can be a sign
of"), never tell anyone to stop or change a medicine, and never advise drinking a lot.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from cramp_desktop.core.episodes import Episode, Symptom
from cramp_desktop.core.red_flag_catalogue import ACTIONS as ACTIONS
from cramp_desktop.core.red_flag_catalogue import RED_FLAG_CONTEXT as RED_FLAG_CONTEXT
from cramp_desktop.core.red_flag_catalogue import RED_FLAGS as RED_FLAGS
from cramp_desktop.core.red_flag_catalogue import URGENCY_ORDER as URGENCY_ORDER
from cramp_desktop.core.red_flag_catalogue import WARNING_URGENCIES as WARNING_URGENCIES
from cramp_desktop.core.red_flag_catalogue import RedFlag as RedFlag
from cramp_desktop.core.red_flag_catalogue import Urgency as Urgency
from cramp_desktop.core.red_flag_catalogue import urgency_rank as urgency_rank
from cramp_desktop.core.sources import SOURCES as SOURCES
from cramp_desktop.core.sources import SOURCES_CONTEXT as SOURCES_CONTEXT
from cramp_desktop.core.sources import citation as citation
from cramp_desktop.core.sources import source_label as source_label

LONG_CRAMP_S = 10 * 60  # a cramp longer than this (not equal) raises "long-cramp"
# The log raises "frequent-cramps" (AFP-2012: about 3 nights a week over 4 weeks).
FREQUENT_WINDOW_DAYS = 28
FREQUENT_MIN_CRAMP_DAYS = 12


# What one logged entry can show by itself; the rest come from the checklist.
SYMPTOM_FLAGS: dict[Symptom, str] = {
    Symptom.SWELLING: "calf-swelling",
    Symptom.WEAKNESS: "weakness",
    Symptom.NUMBNESS: "weakness",
    Symptom.COLOUR_CHANGE: "skin-colour",
}


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


def frequent_cramp_days(episodes: Iterable[Episode], today: dt.date) -> int | None:
    """The number of cramp days (local dates with an episode) in the FREQUENT_WINDOW_DAYS
    days up to `today`, when it is enough to raise "frequent-cramps"; else None."""
    first = today - dt.timedelta(days=FREQUENT_WINDOW_DAYS - 1)
    days = {e.started_at.date() for e in episodes if first <= e.started_at.date() <= today}
    return len(days) if len(days) >= FREQUENT_MIN_CRAMP_DAYS else None
