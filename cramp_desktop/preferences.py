"""Every preference kept in settings.ini (in the data folder): its key, type and default.

Settings are read and written only through these `Preference` objects, never with a
string key elsewhere. A value that cannot be read back (a hand-edited file, an older
version's format) gives the default rather than an error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from cramp_desktop.paths import DataPaths, create_private_file, make_private_file

if TYPE_CHECKING:
    from cramp_desktop.core.episodes import Muscle, Side

T = TypeVar("T")


def _same(value: object) -> object:
    return value


@dataclass(frozen=True)
class Preference(Generic[T]):
    """One key of settings.ini. `parse` turns what QSettings gives back (often text, for
    an INI file) into a T, raising TypeError or ValueError when it cannot; `store` turns
    a T into what is written."""

    key: str
    default: T
    parse: Callable[[object], T]
    store: Callable[[T], object] = field(default=_same)

    def get(self, settings: QSettings) -> T:
        value = settings.value(self.key)
        if value is None:
            return self.default
        try:
            return self.parse(value)
        except (TypeError, ValueError):
            return self.default

    def set(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, self.store(value))

    def clear(self, settings: QSettings) -> None:
        settings.remove(self.key)

    def is_set(self, settings: QSettings) -> bool:
        return settings.contains(self.key)


def _text(value: object) -> str:
    if isinstance(value, (list, tuple, dict, QByteArray)):
        raise TypeError(f"not text: {type(value).__name__}")
    return str(value)


def _optional_text(value: object) -> str | None:
    return _text(value) or None


def _bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).strip().lower()
    if text not in ("true", "false", "1", "0"):
        raise ValueError(f"not a yes/no value: {text!r}")
    return text in ("true", "1")


def _int(value: object) -> int:
    return int(_text(value))


def _float(value: object) -> float:
    return float(_text(value))


def _bytes(value: object) -> QByteArray | None:
    if not isinstance(value, QByteArray):
        raise TypeError(f"not saved window state: {type(value).__name__}")
    return value


def _words(value: object) -> frozenset[str]:
    return frozenset(_text(value).split())


def _joined(words: frozenset[str]) -> str:
    return " ".join(sorted(words))


def _word_list(value: object) -> tuple[str, ...] | None:
    return tuple(_text(value).split())


def _joined_list(words: tuple[str, ...] | None) -> str:
    return " ".join(words or ())


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(_text(value))


def _iso(day: dt.date | None) -> str:
    return "" if day is None else day.isoformat()


# -- the app -------------------------------------------------------------------------
LANGUAGE = Preference[str | None]("language", None, _optional_text)
APPEARANCE_THEME = Preference[str]("appearance/theme", "system", _text)
APPEARANCE_TEXT_SCALE = Preference[float]("appearance/text_scale", 1.0, _float)
WINDOW_GEOMETRY = Preference[QByteArray | None]("window/geometry", None, _bytes)
WINDOW_STATE = Preference[QByteArray | None]("window/state", None, _bytes)
# The folder last used for CSV files and backups; None: the Documents folder.
FILES_FOLDER = Preference[str | None]("files/last_folder", None, _optional_text)

# -- screens -------------------------------------------------------------------------
# LAST_MUSCLE and LAST_SIDE (the last saved cramp's, offered first next time) are made
# by __getattr__ below on first use: core.episodes is not needed before the first paint.
if TYPE_CHECKING:
    LAST_MUSCLE: Preference[Muscle]
    LAST_SIDE: Preference[Side]
# "flag-id:episode-id" of the warning signs the user dismissed on Today.
DISMISSED_FLAGS = Preference[frozenset[str]]("today/dismissed_flags", frozenset(), _words, _joined)
# The day "Not now" was chosen on the last-night card.
LAST_NIGHT_DISMISSED = Preference[dt.date | None]("today/last_night_dismissed", None, _date, _iso)
READ_ZOOM = Preference[int]("read/zoom", 100, _int)
CHECKLIST_DRAFT = Preference[str | None]("checklist/draft", None, _optional_text)  # JSON
HISTORY_HEADER = Preference[QByteArray | None]("history/header", None, _bytes)
HISTORY_TAB = Preference[int]("history/tab", 0, _int)
# The period chosen on the Report screen, as its code ("30", "90", ...); None: the default.
REPORT_RANGE = Preference[str | None]("report/range", None, _optional_text)
# The report's sections chosen, by code; None: all of them (never chosen yet).
REPORT_SECTIONS = Preference[tuple[str, ...] | None](
    "report/sections", None, _word_list, _joined_list
)
REPORT_PAPER = Preference[str | None]("report/paper", None, _optional_text)  # None: by locale
REPORT_FOLDER = Preference[str | None]("report/folder", None, _optional_text)
REPORT_REMEMBER_NAMES = Preference[bool]("report/remember_names", False, _bool)
REPORT_PATIENT_NAME = Preference[str]("report/patient_name", "", _text)
REPORT_PREPARED_FOR = Preference[str]("report/prepared_for", "", _text)
# Kept, like the names, only while "Remember" is ticked.
REPORT_DATE_OF_BIRTH = Preference[dt.date | None]("report/date_of_birth", None, _date, _iso)

# -- the data folder ---------------------------------------------------------------------
# Told once why saving is slower on a network drive or in a synced folder (no WAL).
SHARED_FOLDER_EXPLAINED = Preference[bool]("storage/shared_folder_explained", False, _bool)

# -- reminders and start at login ------------------------------------------------------
FIRST_USED = Preference[dt.date | None]("app/first_used", None, _date, _iso)
START_AT_LOGIN_ASKED = Preference[bool]("autostart/asked", False, _bool)
MORNING_REMINDER_SHOWN = Preference[dt.date | None](
    "reminders/last_shown_morning", None, _date, _iso
)
EVENING_REMINDER_SHOWN = Preference[dt.date | None](
    "reminders/last_shown_evening", None, _date, _iso
)
TOLD_CLOSE_TO_TRAY = Preference[bool]("reminders/told_close_to_tray", False, _bool)


def __getattr__(name: str) -> object:
    if name not in ("LAST_MUSCLE", "LAST_SIDE"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from cramp_desktop.core.episodes import Muscle, Side

    made = globals()
    made["LAST_MUSCLE"] = Preference[Muscle](
        "log/muscle", Muscle.CALF, lambda value: Muscle(_text(value)), lambda code: code.value
    )
    made["LAST_SIDE"] = Preference[Side](
        "log/side", Side.LEFT, lambda value: Side(_text(value)), lambda code: code.value
    )
    return made[name]


def open_settings(paths: DataPaths) -> QSettings:
    """settings.ini in the data folder (so a data folder carries its own preferences),
    readable only by the user. The file is created private before Qt first writes it: Qt
    replaces it on each save (a new file, then a rename) and keeps the mode of the file it
    replaces."""
    create_private_file(paths.settings)
    settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
    settings.sync()
    make_private_file(paths.settings)
    return settings
