"""SQL for the episode query values of core/episode_query.py, and error translation."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import ColumnElement
from sqlalchemy.exc import IntegrityError, OperationalError

from cramp_desktop.core.episode_query import EpisodeFilter, EpisodeSortKey
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


SORT_COLUMNS: dict[EpisodeSortKey, Any] = {
    EpisodeSortKey.STARTED_AT: EpisodeRow.started_at_utc,
    EpisodeSortKey.DURATION: EpisodeRow.duration_s,
    EpisodeSortKey.SEVERITY: EpisodeRow.severity,
    EpisodeSortKey.MUSCLE: EpisodeRow.muscle,
    EpisodeSortKey.SIDE: EpisodeRow.side,
    EpisodeSortKey.CONTEXT: EpisodeRow.context,
    EpisodeSortKey.SLEEP_DISTURBANCE: EpisodeRow.sleep_disturbance,
}


def filter_conditions(filters: EpisodeFilter) -> list[ColumnElement[bool]]:
    """The SQL conditions that select the episodes `filters` lets through."""
    found: list[ColumnElement[bool]] = []
    if filters.start is not None:
        found.append(EpisodeRow.started_at_utc >= to_utc(filters.start)[0])
    if filters.end is not None:
        found.append(EpisodeRow.started_at_utc < to_utc(filters.end)[0])
    if filters.muscles:
        found.append(EpisodeRow.muscle.in_(sorted(m.value for m in filters.muscles)))
    if filters.sides:
        found.append(EpisodeRow.side.in_(sorted(s.value for s in filters.sides)))
    if filters.min_severity is not None:
        found.append(EpisodeRow.severity >= filters.min_severity)
    if filters.max_severity is not None:
        found.append(EpisodeRow.severity <= filters.max_severity)
    if filters.text.strip():
        found.append(EpisodeRow.notes.icontains(filters.text.strip(), autoescape=True))
    return found
