"""Which episodes a list shows and in what order: plain values the History screen builds
and storage turns into SQL (storage/queries.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from cramp_desktop.core.episodes import Muscle, Side


class EpisodeSortKey(StrEnum):
    STARTED_AT = "started_at"
    DURATION = "duration"
    SEVERITY = "severity"
    MUSCLE = "muscle"
    SIDE = "side"
    CONTEXT = "context"
    SLEEP_DISTURBANCE = "sleep_disturbance"


@dataclass(frozen=True)
class EpisodeOrder:
    key: EpisodeSortKey = EpisodeSortKey.STARTED_AT
    descending: bool = True


@dataclass(frozen=True)
class EpisodeFilter:
    """Which episodes to show. Times are aware; `start` inclusive, `end` exclusive."""

    start: dt.datetime | None = None
    end: dt.datetime | None = None
    muscles: frozenset[Muscle] = frozenset()
    sides: frozenset[Side] = frozenset()
    min_severity: int | None = None
    max_severity: int | None = None
    text: str = ""  # case-insensitive search in the notes
