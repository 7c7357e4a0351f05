"""The period presets History and the Report offer: the same choices, words and dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cramp_desktop.core.stats import Period
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP

PERIODS_CONTEXT = "Periods"
ALL_TIME = "all"
CUSTOM = "custom"


@dataclass(frozen=True)
class Preset:
    code: str  # stable: kept in the settings
    label: str  # English source text in PERIODS_CONTEXT
    days: int | None = None  # None: all time, or custom

    def period(self, today: dt.date, first_day: dt.date | None) -> Period | None:
        """The days the preset means on `today`: "all time" runs from the diary's first
        day (`first_day`, or today when nothing is recorded); None for custom."""
        if self.days is not None:
            return Period.ending(today, self.days)
        if self.code == ALL_TIME:
            return Period(min(first_day or today, today), today)
        return None


PRESETS: tuple[Preset, ...] = (
    Preset("14", QT_TRANSLATE_NOOP("Periods", "Last 2 weeks"), 14),
    Preset("30", QT_TRANSLATE_NOOP("Periods", "Last 30 days"), 30),
    Preset("90", QT_TRANSLATE_NOOP("Periods", "Last 90 days"), 90),
    Preset("365", QT_TRANSLATE_NOOP("Periods", "Last 12 months"), 365),
    Preset(ALL_TIME, QT_TRANSLATE_NOOP("Periods", "All time")),
    Preset(CUSTOM, QT_TRANSLATE_NOOP("Periods", "Custom range")),
)
PRESET_CODES = tuple(preset.code for preset in PRESETS)


def preset_index(code: str) -> int:
    return PRESET_CODES.index(code)
