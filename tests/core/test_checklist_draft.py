"""Checklist drafts: the JSON round trip, and junk that never raises."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cramp_desktop.core.checklist_draft import Draft, draft_from_json, draft_to_json
from cramp_desktop.core.episodes import Answer, AnswerValue

question_ids = st.text(min_size=1, max_size=30)
answer_values = st.one_of(
    st.builds(lambda choice: {"choice": choice}, st.sampled_from(list(AnswerValue))),
    st.builds(lambda scale: {"scale": scale}, st.integers(min_value=0, max_value=10)),
    st.builds(
        lambda choice, scale: {"choice": choice, "scale": scale},
        st.sampled_from(list(AnswerValue)),
        st.integers(min_value=0, max_value=10),
    ),
)


@st.composite
def drafts(draw: st.DrawFn) -> Draft:
    entries = draw(st.dictionaries(question_ids, answer_values, max_size=12))
    answers = {qid: Answer(qid, **value) for qid, value in entries.items()}
    return Draft(answers, draw(st.integers(min_value=0, max_value=50)))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@given(drafts())
def test_a_draft_survives_the_round_trip(draft: Draft) -> None:
    assert draft_from_json(draft_to_json(draft)) == draft


def test_the_documented_format_is_read() -> None:
    text = json.dumps(
        {
            "version": 1,
            "section": 2,
            "answers": {"pattern.night": {"choice": "yes"}, "impact.sleep": {"scale": 7}},
        }
    )
    assert draft_from_json(text) == Draft(
        {
            "pattern.night": Answer("pattern.night", AnswerValue.YES),
            "impact.sleep": Answer("impact.sleep", scale=7),
        },
        2,
    )


def test_the_written_format_is_the_documented_one() -> None:
    draft = Draft({"fluids.supplements": Answer("fluids.supplements", AnswerValue.UNSURE)}, 1)
    assert json.loads(draft_to_json(draft)) == {
        "version": 1,
        "section": 1,
        "answers": {"fluids.supplements": {"choice": "unsure"}},
    }


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        "null",
        '"draft"',
        "{}",
        '{"version": 2, "section": 0, "answers": {}}',
        '{"version": "1", "section": 0, "answers": {}}',
        '{"version": true, "section": 0, "answers": {}}',
        '{"version": 1, "section": "2", "answers": {}}',
        '{"version": 1, "section": -1, "answers": {}}',
        '{"version": 1, "section": 1.5, "answers": {}}',
        '{"version": 1, "section": 0, "answers": []}',
        "[" * 100_000,
    ],
)
def test_junk_and_unknown_versions_give_none(text: str) -> None:
    assert draft_from_json(text) is None


def test_invalid_answers_are_dropped_and_unknown_ids_kept() -> None:
    answers = {
        "later.version_question": {"choice": "no", "note": "extra keys are ignored"},
        "bad.choice": {"choice": "maybe"},
        "bad.scale_high": {"scale": 11},
        "bad.scale_negative": {"scale": -1},
        "bad.scale_float": {"scale": 7.0},
        "bad.scale_bool": {"scale": True},
        "bad.mixed": {"choice": "yes", "scale": "7"},
        "bad.empty": {},
        "bad.not_a_dict": "yes",
        "": {"choice": "yes"},
        "impact.sleep": {"scale": 0},
    }
    text = json.dumps({"version": 1, "section": 3, "answers": answers})
    assert draft_from_json(text) == Draft(
        {
            "later.version_question": Answer("later.version_question", AnswerValue.NO),
            "impact.sleep": Answer("impact.sleep", scale=0),
        },
        3,
    )


def test_missing_section_and_answers_mean_a_fresh_start() -> None:
    assert draft_from_json('{"version": 1}') == Draft({}, 0)


@given(json_values)
def test_any_json_value_never_raises(value: object) -> None:
    result = draft_from_json(json.dumps(value))
    assert result is None or isinstance(result, Draft)


@given(
    st.dictionaries(
        st.sampled_from(["version", "section", "answers", "other"]), json_values, max_size=4
    )
)
def test_any_draft_shaped_object_never_raises(document: dict[str, object]) -> None:
    result = draft_from_json(json.dumps({"version": 1, **document}))
    assert result is None or isinstance(result, Draft)


@given(st.text())
def test_any_text_never_raises(text: str) -> None:
    result = draft_from_json(text)
    assert result is None or isinstance(result, Draft)
