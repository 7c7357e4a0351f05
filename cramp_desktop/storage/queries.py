"""Query options for the episode table (filter, sort order) and error translation."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import ColumnElement
from sqlalchemy.exc import IntegrityError, OperationalError

from cramp_desktop.core.episodes import Muscle, Side
from cramp_desktop.storage.conversions import to_utc
from cramp_desktop.storage.errors import DatabaseUnavailableError, InvalidRecordError
from cramp_desktop.storage.models import EpisodeRow

_P = ParamSpec("_P")
_R = TypeVar("_R")


def translate_errors(method: Callable[_P, _R]) -> Callable[_P, _R]:
    """Turn database errors into StorageErrors with a message a user can understand."""

    @functools.wraps(method)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return method(*args, **kwargs)
        except IntegrityError as error:
            raise InvalidRecordError(
                "The entry could not be saved because a value is out of range or missing."
            ) from error
        except OperationalError as error:
            raise DatabaseUnavailableError(
                "Your data could not be read or saved right now. Another program may be "
                "using it, or the disk may be full."
            ) from error

    return wrapper


class EpisodeSortKey(StrEnum):
    STARTED_AT = "started_at"
    DURATION = "duration"
    SEVERITY = "severity"
    MUSCLE = "muscle"
    SIDE = "side"
    CONTEXT = "context"
    SLEEP_DISTURBANCE = "sleep_disturbance"


SORT_COLUMNS: dict[EpisodeSortKey, Any] = {
    EpisodeSortKey.STARTED_AT: EpisodeRow.started_at_utc,
    EpisodeSortKey.DURATION: EpisodeRow.duration_s,
    EpisodeSortKey.SEVERITY: EpisodeRow.severity,
    EpisodeSortKey.MUSCLE: EpisodeRow.muscle,
    EpisodeSortKey.SIDE: EpisodeRow.side,
    EpisodeSortKey.CONTEXT: EpisodeRow.context,
    EpisodeSortKey.SLEEP_DISTURBANCE: EpisodeRow.sleep_disturbance,
}


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

    def conditions(self) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if self.start is not None:
            found.append(EpisodeRow.started_at_utc >= to_utc(self.start)[0])
        if self.end is not None:
            found.append(EpisodeRow.started_at_utc < to_utc(self.end)[0])
        if self.muscles:
            found.append(EpisodeRow.muscle.in_(sorted(m.value for m in self.muscles)))
        if self.sides:
            found.append(EpisodeRow.side.in_(sorted(s.value for s in self.sides)))
        if self.min_severity is not None:
            found.append(EpisodeRow.severity >= self.min_severity)
        if self.max_severity is not None:
            found.append(EpisodeRow.severity <= self.max_severity)
        if self.text.strip():
            found.append(EpisodeRow.notes.icontains(self.text.strip(), autoescape=True))
        return found
