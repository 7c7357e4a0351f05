"""Red flags: the catalogue is complete and safely worded; entries raise the right flags."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from cramp_desktop.core.episodes import Context, Episode, Muscle, Side, Symptom
from cramp_desktop.core.red_flags import (
    ACTIONS,
    RED_FLAGS,
    SOURCES,
    RedFlag,
    Urgency,
    episode_red_flags,
    frequent_cramp_days,
    most_urgent_first,
    recent_red_flags,
)

CLINICAL_NOTES = Path("/work/shared/clinical-notes.md")
T0 = dt.datetime(2025, 3, 1, 3, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def _episode(**changes: Any) -> Episode:
    base = Episode(
        started_at=T0,
        duration_s=120,
        severity=7,
        muscle=Muscle.CALF,
        side=Side.LEFT,
        context=Context.SLEEP,
    )
    return dataclasses.replace(base, **changes)


def _ids(flags: list[RedFlag]) -> list[str]:
    return [flag.id for flag in flags]


# The catalogue ---------------------------------------------------------------------


def test_catalogue_covers_every_group_of_the_clinical_notes() -> None:
    counts = {urgency: 0 for urgency in Urgency}
    for flag in RED_FLAGS.values():
        counts[flag.urgency] += 1
    assert counts[Urgency.EMERGENCY] == 6
    assert counts[Urgency.URGENT] == 7
    assert counts[Urgency.SOON] >= 3
    assert {"calf-swelling", "long-cramp", "weakness"} <= set(RED_FLAGS)


def test_ids_are_stable_and_match_their_keys() -> None:
    assert list(RED_FLAGS) == [
        "breathless-chest-pain",
        "cold-pale-leg",
        "stroke-signs",
        "cauda-equina",
        "confusion-collapse",
        "tetanus-signs",
        "calf-swelling",
        "dark-urine",
        "long-cramp",
        "dirty-wound",
        "toxin-exposure",
        "wound-or-toxin",
        "low-sodium-risk",
        "weakness",
        "leg-swelling",
        "skin-colour",
        "rest-pain-sores",
        "past-warning",
        "frequent-cramps",
        "poor-sleep",
        "no-improvement",
        "no-obvious-trigger",
        "new-medicine",
    ]
    for key, flag in RED_FLAGS.items():
        assert flag.id == key
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", key)


@pytest.mark.parametrize(
    ("urgency", "action"),
    [
        (Urgency.EMERGENCY, "Call emergency services now."),
        (Urgency.URGENT, "See a doctor today."),
        (Urgency.SOON, "Make an appointment with your doctor."),
    ],
)
def test_each_urgency_has_its_exact_action(urgency: Urgency, action: str) -> None:
    assert ACTIONS[urgency] == action
    own_actions = {
        "dirty-wound": "See a doctor or pharmacist about a tetanus jab today.",
        "past-warning": "Tell your doctor at your next appointment.",
    }
    for flag in RED_FLAGS.values():
        if flag.urgency is urgency:
            assert flag.action == own_actions.get(flag.id, action)


def test_catalogue_is_listed_most_urgent_first() -> None:
    order = [flag.urgency for flag in RED_FLAGS.values()]
    assert order == sorted(order, key=list(Urgency).index)


def test_sources_table_matches_the_clinical_notes() -> None:
    expected = {
        "Article",
        "AFP-2012",
        "NHS",
        "Mayo-NLC",
        "Mayo-MC",
        "Garrison-2012",
        "Cochrane-Mg-2020",
        "Cochrane-Q-2015",
        "AAN-2010",
        "Miller-2021",
        "EAH-2015",
        "Hallegraeff-2012",
        "NHS-DVT",
        "NHS-PE",
        "NHS-Stroke",
        "NHS-CES",
        "NHS-PAD",
        "ESVS-ALI-2020",
        "NHS-Tetanus",
        "MedlinePlus-Rhabdo",
        "FDA-PPI-2011",
    }
    assert set(SOURCES) == expected
    assert all(citation.strip() for citation in SOURCES.values())
    if CLINICAL_NOTES.exists():  # the notes live outside the repository
        table = re.findall(r"^\| ([\w-]+) \|", CLINICAL_NOTES.read_text(), re.MULTILINE)
        assert set(table) - {"key"} == expected


def test_every_flag_cites_known_sources() -> None:
    for flag in RED_FLAGS.values():
        assert flag.sources, flag.id
        assert set(flag.sources) <= set(SOURCES), flag.id
        assert len(set(flag.sources)) == len(flag.sources)


def _all_texts() -> list[str]:
    return [text for flag in RED_FLAGS.values() for text in (flag.title, flag.message, flag.action)]


@pytest.mark.parametrize(
    "forbidden",
    [
        "drink plenty",
        "lots of water",
        "plenty of water",
        "drink more",
        "stop taking",
        "stop your",
        "stop the medicine",
        "you have",  # never a diagnosis
    ],
)
def test_wording_never_advises_drinking_a_lot_stopping_medicines_or_diagnosing(
    forbidden: str,
) -> None:
    for text in _all_texts():
        assert forbidden not in text.lower(), text


def test_messages_inform_calmly() -> None:
    for flag in RED_FLAGS.values():
        assert flag.title and not flag.title.endswith(".")
        assert flag.message.endswith(".")
        assert "!" not in flag.title + flag.message
        assert "%" not in flag.title + flag.message + flag.action
        # Possibilities and checks, never certainties.
        text = flag.message.lower()
        assert any(
            phrase in text
            for phrase in (
                "can be a sign",
                "needs checking",
                "worth",
                "can look",
                "ask your doctor",
            )
        ), flag.id
        assert "you have" not in text


def test_texts_are_unique() -> None:
    titles = [flag.title for flag in RED_FLAGS.values()]
    messages = [flag.message for flag in RED_FLAGS.values()]
    assert len(set(titles)) == len(titles)
    assert len(set(messages)) == len(messages)


# Flags raised by one entry ---------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, []),
        ({"symptoms": frozenset({Symptom.SWELLING})}, ["calf-swelling"]),
        ({"symptoms": frozenset({Symptom.WEAKNESS})}, ["weakness"]),
        ({"symptoms": frozenset({Symptom.NUMBNESS})}, ["weakness"]),
        ({"symptoms": frozenset({Symptom.COLOUR_CHANGE})}, ["skin-colour"]),
        ({"symptoms": frozenset({Symptom.NUMBNESS, Symptom.WEAKNESS})}, ["weakness"]),
        ({"duration_s": 600}, []),
        ({"duration_s": 601}, ["long-cramp"]),
        ({"duration_s": 24 * 3600}, ["long-cramp"]),
        ({"duration_s": 0}, []),
        (
            {"duration_s": 900, "symptoms": frozenset(Symptom)},
            ["calf-swelling", "long-cramp", "weakness", "skin-colour"],
        ),
        (
            {"duration_s": 601, "symptoms": frozenset({Symptom.NUMBNESS})},
            ["long-cramp", "weakness"],
        ),
    ],
)
def test_episode_red_flags(changes: dict[str, Any], expected: list[str]) -> None:
    assert _ids(episode_red_flags(_episode(**changes))) == expected


def test_long_cramp_is_urgent_and_weakness_is_soon() -> None:
    [long_flag] = episode_red_flags(_episode(duration_s=601))
    assert long_flag.urgency is Urgency.URGENT
    assert long_flag.action == "See a doctor today."
    [weak_flag] = episode_red_flags(_episode(symptoms=frozenset({Symptom.WEAKNESS})))
    assert weak_flag.urgency is Urgency.SOON
    [calf_flag] = episode_red_flags(_episode(symptoms=frozenset({Symptom.SWELLING})))
    assert calf_flag.urgency is Urgency.URGENT


def test_most_urgent_first_removes_duplicates() -> None:
    flags = [RED_FLAGS["weakness"], RED_FLAGS["breathless-chest-pain"], RED_FLAGS["weakness"]]
    assert _ids(most_urgent_first(flags)) == ["breathless-chest-pain", "weakness"]


# Flags raised by recent entries ----------------------------------------------------


def test_recent_red_flags_names_the_newest_entry_per_flag() -> None:
    old_long = _episode(duration_s=700, id=1)
    new_long = _episode(duration_s=650, started_at=T0 + dt.timedelta(days=2), id=2)
    weak = _episode(
        symptoms=frozenset({Symptom.NUMBNESS}), started_at=T0 + dt.timedelta(days=5), id=3
    )
    swollen = _episode(
        symptoms=frozenset({Symptom.SWELLING}), started_at=T0 + dt.timedelta(days=1), id=4
    )
    quiet = _episode(started_at=T0 + dt.timedelta(days=9), id=5)
    for order in (
        [old_long, new_long, weak, swollen, quiet],
        [quiet, swollen, weak, new_long, old_long],
    ):
        result = recent_red_flags(order)
        assert [(flag.id, episode.id) for flag, episode in result] == [
            ("calf-swelling", 4),
            ("long-cramp", 2),
            ("weakness", 3),
        ]


def test_newest_is_by_instant_not_by_wall_clock() -> None:
    # 08:00 at +09:00 is earlier than 01:00 at UTC the same day.
    tokyo = _episode(
        duration_s=700,
        started_at=dt.datetime(2025, 3, 1, 8, tzinfo=dt.timezone(dt.timedelta(hours=9))),
        id=1,
    )
    london = _episode(duration_s=700, started_at=dt.datetime(2025, 3, 1, 1, tzinfo=dt.UTC), id=2)
    [(flag, episode)] = recent_red_flags([london, tokyo])
    assert (flag.id, episode.id) == ("long-cramp", 2)


def test_recent_red_flags_of_nothing() -> None:
    assert recent_red_flags([]) == []
    assert recent_red_flags([_episode(), _episode(duration_s=600)]) == []


# The log raises a routine topic: frequent cramp days -------------------------------


@pytest.mark.parametrize(
    ("offsets", "expected"),
    [
        ([], None),
        (list(range(11)), None),  # 11 cramp days in 28: not yet
        (list(range(12)), 12),
        ([0, 0, 0, *range(1, 12)], 12),  # several cramps on one day count once
        (list(range(0, 28, 2)), 14),  # every other day
        ([*range(11), 28], None),  # the 12th is 28 days back: outside the window
        ([*range(11), 27], 12),  # 27 days back is the window's first day
        ([*range(11), -1], None),  # after today is not counted
    ],
)
def test_frequent_cramp_days_over_the_last_28(offsets: list[int], expected: int | None) -> None:
    today = T0.date()
    episodes = [_episode(started_at=T0 - dt.timedelta(days=n)) for n in offsets]
    assert frequent_cramp_days(episodes, today) == expected
