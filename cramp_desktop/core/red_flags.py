"""Red flags: symptoms that need a doctor, with their urgency.  [contract: being implemented]"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from cramp_desktop.core.episodes import Episode


class Urgency(StrEnum):
    EMERGENCY = "emergency"  # call emergency services now
    URGENT = "urgent"  # see a doctor today
    SOON = "soon"  # make an appointment


@dataclass(frozen=True)
class RedFlag:
    """Texts are English source strings in context "RedFlags" (translate where shown)."""

    id: str  # stable, e.g. "calf-swelling", "long-cramp", "weakness"
    urgency: Urgency
    title: str
    message: str  # plain explanation, informs and never diagnoses
    action: str  # the exact action, e.g. "See a doctor today."
    sources: tuple[str, ...]  # source keys from clinical-notes.md, e.g. ("NHS", "Mayo-MC")


RED_FLAGS: dict[str, RedFlag] = {}


def episode_red_flags(episode: Episode) -> list[RedFlag]:
    """Flags raised by one entry, most urgent first."""
    raise NotImplementedError


def recent_red_flags(episodes: Iterable[Episode]) -> list[tuple[RedFlag, Episode]]:
    """Each distinct flag raised by these entries with the newest entry that raised it,
    most urgent first."""
    raise NotImplementedError
