"""Every preference survives a round trip through a real settings.ini, and a value that
cannot be read back gives the default."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from cramp_desktop import preferences
from cramp_desktop.core.episodes import Muscle, Side
from cramp_desktop.paths import DataPaths
from cramp_desktop.preferences import Preference

LAZY = (preferences.LAST_MUSCLE, preferences.LAST_SIDE)  # made on first use
ALL = {name: value for name, value in vars(preferences).items() if isinstance(value, Preference)}
SAMPLES: dict[str, object] = {  # a value other than the default for each
    "LANGUAGE": "de",
    "APPEARANCE_THEME": "dark",
    "APPEARANCE_TEXT_SCALE": 1.3,
    "WINDOW_GEOMETRY": QByteArray(b"\x01\xd9\xd0\xcb\x00\x03 geometry"),
    "WINDOW_STATE": QByteArray(b"\x00\xff state"),
    "FILES_FOLDER": "/home/ewa/Documents/cramps %1",
    "LAST_MUSCLE": Muscle.FOOT,
    "LAST_SIDE": Side.BOTH,
    "DISMISSED_FLAGS": frozenset({"night-pain:3", "swelling:12"}),
    "LAST_NIGHT_DISMISSED": dt.date(2026, 3, 29),
    "READ_ZOOM": 150,
    "CHECKLIST_DRAFT": '{"answers": {"a": "yes"}, "page": 2}',
    "HISTORY_HEADER": QByteArray(b"\x00\x00\x00\xff header"),
    "HISTORY_TAB": 3,
    "REPORT_RANGE": "365",
    "REPORT_SECTIONS": ("summary", "medicines"),
    "REPORT_PAPER": "letter",
    "REPORT_FOLDER": "C:\\Users\\Ewa\\Reports",
    "REPORT_REMEMBER_NAMES": True,
    "SHARED_FOLDER_EXPLAINED": True,
    "REPORT_PATIENT_NAME": "Zoë O'Brien, née Łukasz",
    "REPORT_PREPARED_FOR": "Dr Jones = GP; [surgery]",
    "REPORT_DATE_OF_BIRTH": dt.date(1948, 3, 3),
    "FIRST_USED": dt.date(2026, 1, 31),
    "START_AT_LOGIN_ASKED": True,
    "MORNING_REMINDER_SHOWN": dt.date(2026, 2, 28),
    "EVENING_REMINDER_SHOWN": dt.date(2026, 3, 1),
    "TOLD_CLOSE_TO_TRAY": True,
}


def reopened(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_every_preference_has_a_sample_and_a_unique_key() -> None:
    assert set(SAMPLES) == set(ALL)
    keys = [preference.key for preference in ALL.values()]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("name", sorted(ALL))
def test_a_preference_reads_back_what_was_written(tmp_path: Path, name: str) -> None:
    preference, sample = ALL[name], SAMPLES[name]
    assert sample != preference.default
    path = tmp_path / "settings.ini"
    settings = reopened(path)
    assert preference.get(settings) == preference.default and not preference.is_set(settings)
    preference.set(settings, sample)
    settings.sync()
    assert preference.get(reopened(path)) == sample
    preference.clear(settings)
    settings.sync()
    assert preference.get(reopened(path)) == preference.default


@pytest.mark.parametrize(
    ("preference", "stored"),
    [
        (preferences.READ_ZOOM, "huge"),
        (preferences.APPEARANCE_TEXT_SCALE, "big"),
        (preferences.LAST_MUSCLE, "elbow"),
        (preferences.LAST_NIGHT_DISMISSED, "yesterday"),
        (preferences.REPORT_REMEMBER_NAMES, "perhaps"),
        (preferences.WINDOW_GEOMETRY, "not bytes"),
        (preferences.HISTORY_TAB, "2.5"),
    ],
)
def test_a_value_that_cannot_be_read_gives_the_default(
    tmp_path: Path, preference: Preference[object], stored: str
) -> None:
    path = tmp_path / "settings.ini"
    section, _, name = preference.key.rpartition("/")
    path.write_text(f"[{section or 'General'}]\n{name}={stored}\n", encoding="utf-8")
    settings = reopened(path)
    assert preference.is_set(settings)
    assert preference.get(settings) == preference.default


def test_the_settings_file_is_private(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    paths.settings.write_text("[General]\nlanguage=fr\n", encoding="utf-8")
    paths.settings.chmod(0o644)
    settings = preferences.open_settings(paths)
    assert preferences.LANGUAGE.get(settings) == "fr"
    if os.name == "posix":
        assert paths.settings.stat().st_mode & 0o077 == 0
