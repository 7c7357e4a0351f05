"""Validation of what the user enters, before anything is saved.  [contract: being implemented]"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cramp_desktop.core.episodes import Episode, Medication

MAX_DURATION_S = 24 * 3600


@dataclass(frozen=True)
class FieldError:
    """`field` is the Episode/Medication attribute name ("started_at", "duration_s", ...);
    `message` is English source text marked with QT_TRANSLATE_NOOP("Validation", ...),
    shown with QCoreApplication.translate("Validation", message)."""

    field: str
    message: str


class ValidationError(ValueError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors


def validate_episode(episode: Episode, *, now: dt.datetime) -> list[FieldError]:
    """Every problem with `episode` (empty list = valid). `now` is timezone-aware."""
    raise NotImplementedError


def validate_medication(medication: Medication) -> list[FieldError]:
    raise NotImplementedError
