"""Validators: valid entries pass, each bad field is named, odd values never raise."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cramp_desktop.core.episodes import (
    Context,
    Episode,
    Medication,
    MedicationKind,
    Muscle,
    Relief,
    ReliefHelped,
    Side,
    Soreness,
    Symptom,
    Trigger,
)
from cramp_desktop.core.validation import (
    MAX_DURATION_S,
    MESSAGES,
    FieldError,
    ValidationError,
    check_episode,
    check_medication,
    validate_episode,
    validate_medication,
)

NOW = dt.datetime(2025, 3, 30, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))

offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)
valid_starts = st.datetimes(
    min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2025, 3, 28), timezones=offsets
)
scales = st.integers(min_value=0, max_value=10)
episodes = st.builds(
    Episode,
    started_at=valid_starts,
    duration_s=st.integers(min_value=0, max_value=MAX_DURATION_S),
    severity=scales,
    muscle=st.sampled_from(Muscle),
    side=st.sampled_from(Side),
    context=st.sampled_from(Context),
    sleep_disturbance=st.none() | scales,
    soreness=st.none() | st.sampled_from(Soreness),
    triggers=st.frozensets(st.sampled_from(Trigger)),
    relief=st.frozensets(st.sampled_from(Relief)),
    relief_helped=st.none() | st.sampled_from(ReliefHelped),
    symptoms=st.frozensets(st.sampled_from(Symptom)),
    notes=st.text(),
    logged_late=st.booleans(),
).filter(lambda e: not (e.relief == {Relief.NONE} and e.relief_helped is not None))

# For each validated field: values that must be refused.
BAD_VALUES: dict[str, list[Any]] = {
    "started_at": [
        None,
        "2025-03-01T10:00",
        dt.date(2025, 3, 1),
        dt.datetime(2025, 3, 1, 10, 0),  # naive
        NOW + dt.timedelta(minutes=1, seconds=1),
        NOW + dt.timedelta(days=400),
        dt.datetime(1899, 12, 31, 23, 59, tzinfo=dt.UTC),
        dt.datetime(1, 1, 1, tzinfo=dt.UTC),
        dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.timezone(-dt.timedelta(hours=23))),
        dt.datetime(2025, 3, 1, tzinfo=dt.timezone(dt.timedelta(seconds=30))),
    ],
    "duration_s": [-1, -3600, MAX_DURATION_S + 1, 10**12, 12.5, "60", None, True],
    "severity": [-1, 11, 100, 5.0, "5", None, True],
    "sleep_disturbance": [-1, 11, 2.5, "3", False],
    "muscle": ["knee", "calf", None, 3, Side.LEFT],
    "side": ["middle", None, Muscle.CALF],
    "context": ["sleeping", None, Side.BOTH],
    "soreness": ["some", Relief.HEAT, 0],
    "triggers": [
        frozenset({"heat"}),
        frozenset({Trigger.HEAT, Relief.COLD}),
        "heat",
        None,
        Trigger.HEAT,
    ],
    "relief": [frozenset({"stretching"}), frozenset({Trigger.HEAT}), None, 7],
    "relief_helped": ["maybe", True, Soreness.NONE],
    "symptoms": [frozenset({"fever"}), frozenset({Symptom.SWELLING, None}), ""],
    "notes": [None, 3, b"bytes", ["a"]],
}

odd_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(),
    st.binary(),
    st.dates(),
    st.datetimes(),
    st.datetimes(timezones=st.timezones()),
    st.timedeltas(),
    st.lists(st.integers() | st.text()),
    st.frozensets(st.text() | st.sampled_from(Trigger) | st.sampled_from(Muscle)),
    st.sampled_from(Muscle),
    st.sampled_from(Trigger),
    st.builds(object),
)


def _fields(errors: list[FieldError]) -> list[str]:
    return [error.field for error in errors]


def _valid_episode(**changes: Any) -> Episode:
    base = Episode(
        started_at=NOW - dt.timedelta(hours=3),
        duration_s=90,
        severity=6,
        muscle=Muscle.CALF,
        side=Side.LEFT,
        context=Context.SLEEP,
    )
    return dataclasses.replace(base, **changes)


@given(episodes)
def test_any_valid_episode_validates_clean(episode: Episode) -> None:
    assert validate_episode(episode, now=NOW) == []


@given(episodes, st.data())
def test_one_corrupted_field_gives_exactly_that_error(
    episode: Episode, data: st.DataObject
) -> None:
    field = data.draw(st.sampled_from(sorted(BAD_VALUES)))
    value = data.draw(st.sampled_from(BAD_VALUES[field]))
    errors = validate_episode(dataclasses.replace(episode, **{field: value}), now=NOW)
    assert _fields(errors) == [field]
    assert errors[0].message in MESSAGES.values()


@pytest.mark.parametrize(
    ("field", "value"), [(field, value) for field, values in BAD_VALUES.items() for value in values]
)
def test_each_bad_value_is_refused_on_its_field(field: str, value: Any) -> None:
    assert _fields(validate_episode(_valid_episode(**{field: value}), now=NOW)) == [field]


@given(
    st.sampled_from([f.name for f in dataclasses.fields(Episode)]),
    odd_values,
    st.datetimes(timezones=st.timezones()) | st.datetimes(),
)
def test_validate_never_raises(field: str, value: Any, now: dt.datetime) -> None:
    errors = validate_episode(_valid_episode(**{field: value}), now=now)
    assert all(isinstance(error, FieldError) for error in errors)
    assert set(_fields(errors)) <= {field, "started_at"}


def test_every_field_wrong_at_once_reports_each_field_once() -> None:
    episode = _valid_episode(**{field: values[0] for field, values in BAD_VALUES.items()})
    assert sorted(_fields(validate_episode(episode, now=NOW))) == sorted(BAD_VALUES)


@pytest.mark.parametrize(
    ("started_at", "ok"),
    [
        (NOW, True),
        (NOW + dt.timedelta(minutes=1), True),  # clock slack
        (NOW + dt.timedelta(minutes=1, microseconds=1), False),
        # The same instant written in another zone is not in the future.
        (NOW.astimezone(dt.timezone(dt.timedelta(hours=-9))), True),
        (dt.datetime(1900, 1, 1, tzinfo=dt.UTC), True),
        (dt.datetime(1899, 12, 31, 23, 59, 59, tzinfo=dt.UTC), False),
    ],
)
def test_start_time_edges(started_at: dt.datetime, ok: bool) -> None:
    errors = validate_episode(_valid_episode(started_at=started_at), now=NOW)
    assert errors == ([] if ok else [FieldError("started_at", errors[0].message)])


def test_start_time_messages_say_what_is_wrong() -> None:
    def message(value: Any) -> str:
        return validate_episode(_valid_episode(started_at=value), now=NOW)[0].message

    assert "future" in message(NOW + dt.timedelta(hours=1))
    assert "1900" in message(dt.datetime(1850, 5, 1, tzinfo=dt.UTC))
    assert "time zone" in message(dt.datetime(2025, 3, 1))
    assert "minutes" in message(
        dt.datetime(2025, 3, 1, tzinfo=dt.timezone(dt.timedelta(seconds=1)))
    )


def test_naive_now_is_taken_as_local_time() -> None:
    local_now = dt.datetime.now()
    assert validate_episode(_valid_episode(started_at=NOW), now=local_now) == []
    future = dt.datetime.now().astimezone() + dt.timedelta(hours=2)
    assert _fields(validate_episode(_valid_episode(started_at=future), now=local_now)) == [
        "started_at"
    ]


@pytest.mark.parametrize(
    ("duration_s", "key"),
    [
        (0, None),
        (MAX_DURATION_S, None),
        (-1, "duration-negative"),
        (MAX_DURATION_S + 1, "duration-absurd"),
    ],
)
def test_duration_limits(duration_s: int, key: str | None) -> None:
    errors = validate_episode(_valid_episode(duration_s=duration_s), now=NOW)
    assert errors == ([] if key is None else [FieldError("duration_s", MESSAGES[key])])


@pytest.mark.parametrize("severity", [0, 10])
def test_severity_bounds_are_allowed(severity: int) -> None:
    assert (
        validate_episode(_valid_episode(severity=severity, sleep_disturbance=severity), now=NOW)
        == []
    )


def test_unknown_muscle_message() -> None:
    errors = validate_episode(_valid_episode(muscle="knee"), now=NOW)
    assert errors == [FieldError("muscle", "Choose a muscle from the list.")]


def test_long_notes_are_fine() -> None:
    assert validate_episode(_valid_episode(notes="x" * 100_000), now=NOW) == []


def test_messages_have_no_python_formatting_and_end_with_a_full_stop() -> None:
    for message in MESSAGES.values():
        assert "{" not in message
        assert "%s" not in message
        assert message.endswith(".")


def test_check_episode_raises_with_every_error() -> None:
    check_episode(_valid_episode(), now=NOW)
    with pytest.raises(ValidationError) as caught:
        check_episode(_valid_episode(severity=11, muscle="knee"), now=NOW)
    assert _fields(caught.value.errors) == ["severity", "muscle"]


# Medications ------------------------------------------------------------------------

medications = st.builds(
    Medication,
    name=st.text(min_size=1, max_size=200).filter(str.strip),
    kind=st.sampled_from(MedicationKind),
    started_on=st.none() | st.dates(max_value=dt.date(5000, 1, 1)),
    stopped_on=st.none(),
    note=st.text(),
)


@given(medications, st.integers(min_value=0, max_value=10_000))
def test_any_valid_medication_validates_clean(medication: Medication, days: int) -> None:
    assert validate_medication(medication) == []
    if medication.started_on is not None:
        stopped = medication.started_on + dt.timedelta(days=days)
        assert validate_medication(dataclasses.replace(medication, stopped_on=stopped)) == []


MEDICATION_BAD: list[tuple[str, Any, str]] = [
    ("name", "", "name-missing"),
    ("name", "   \t", "name-missing"),
    ("name", None, "name-missing"),
    ("name", "x" * 201, "name-too-long"),
    ("kind", "diuretic", "kind"),
    ("kind", None, "kind"),
    ("started_on", "2024-01-01", "started-on"),
    ("started_on", dt.datetime(2024, 1, 1), "started-on"),
    ("stopped_on", 5, "stopped-on"),
    ("stopped_on", dt.date(2023, 12, 31), "stopped-before-started"),
    ("note", None, "note"),
]


@pytest.mark.parametrize(("field", "value", "key"), MEDICATION_BAD)
def test_bad_medication_field(field: str, value: Any, key: str) -> None:
    base = Medication(
        "Bendroflumethiazide", MedicationKind.DIURETIC, started_on=dt.date(2024, 1, 1)
    )
    errors = validate_medication(dataclasses.replace(base, **{field: value}))
    assert errors == [FieldError(field, MESSAGES[key])]


def test_medication_edges() -> None:
    base = Medication("x" * 200, MedicationKind.OTHER, started_on=dt.date(2024, 1, 1))
    assert validate_medication(base) == []
    assert validate_medication(dataclasses.replace(base, stopped_on=dt.date(2024, 1, 1))) == []
    future = dt.date.today() + dt.timedelta(days=30)
    assert validate_medication(dataclasses.replace(base, started_on=future)) == []
    with pytest.raises(ValidationError):
        check_medication(dataclasses.replace(base, name=""))


@given(st.sampled_from([f.name for f in dataclasses.fields(Medication)]), odd_values)
def test_validate_medication_never_raises(field: str, value: Any) -> None:
    base = Medication("Atorvastatin", MedicationKind.STATIN, started_on=dt.date(2024, 1, 1))
    errors = validate_medication(dataclasses.replace(base, **{field: value}))
    assert set(_fields(errors)) <= {field, "stopped_on"}


@pytest.mark.parametrize("helped", list(ReliefHelped))
def test_nothing_tried_cannot_have_helped(helped: ReliefHelped) -> None:
    episode = Episode(
        started_at=NOW - dt.timedelta(hours=1),
        duration_s=60,
        severity=5,
        muscle=Muscle.CALF,
        side=Side.LEFT,
        context=Context.SLEEP,
        relief=frozenset({Relief.NONE}),
        relief_helped=helped,
    )
    [error] = validate_episode(episode, now=NOW)
    assert error.field == "relief_helped"
    assert error.message.startswith("Nothing was tried, so whether it helped must be left empty")
    assert validate_episode(dataclasses.replace(episode, relief_helped=None), now=NOW) == []
    tried = frozenset({Relief.NONE, Relief.STRETCHING})  # something was tried after all
    assert validate_episode(dataclasses.replace(episode, relief=tried), now=NOW) == []
