"""A checklist in progress, kept between sessions as a small JSON text.

Format (version 1):
    {"version": 1, "section": 2,
     "answers": {"pattern.night": {"choice": "yes"}, "impact.sleep": {"scale": 7}}}

Reading never raises: junk, wrong types and unknown versions give None. Answers with
invalid values are dropped one by one; unknown question ids are kept, so a draft
written by a newer version loses nothing it could still use.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cramp_desktop.core.checklist_content import SCALE_MAX, SCALE_MIN
from cramp_desktop.core.episodes import Answer, AnswerValue

DRAFT_VERSION = 1
_CHOICES = frozenset(value.value for value in AnswerValue)


@dataclass(frozen=True)
class Draft:
    answers: dict[str, Answer]  # by question id
    section_index: int = 0


def draft_to_json(draft: Draft) -> str:
    answers: dict[str, dict[str, str | int]] = {}
    for question_id, answer in draft.answers.items():
        entry: dict[str, str | int] = {}
        if answer.choice is not None:
            entry["choice"] = answer.choice.value
        if answer.scale is not None:
            entry["scale"] = answer.scale
        if entry:
            answers[question_id] = entry
    document = {"version": DRAFT_VERSION, "section": draft.section_index, "answers": answers}
    return json.dumps(document, ensure_ascii=False, sort_keys=True)


def draft_from_json(text: str) -> Draft | None:
    """The draft in `text`, or None when it is not a draft this version can read."""
    if not isinstance(text, str):
        return None
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):  # ValueError covers JSONDecodeError
        return None
    if not isinstance(document, dict) or not _is_int(document.get("version")):
        return None
    section, answers = document.get("section", 0), document.get("answers", {})
    if document["version"] != DRAFT_VERSION or not _is_int(section) or section < 0:
        return None
    if not isinstance(answers, dict):
        return None
    parsed = {key: answer for key, value in answers.items() if (answer := _answer(key, value))}
    return Draft(answers=parsed, section_index=section)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)  # JSON true is not 1 here


def _answer(question_id: str, entry: Any) -> Answer | None:
    if not question_id or not isinstance(entry, dict):
        return None
    choice, scale = entry.get("choice"), entry.get("scale")
    if choice is not None and not (isinstance(choice, str) and choice in _CHOICES):
        return None
    if scale is not None and not (_is_int(scale) and SCALE_MIN <= scale <= SCALE_MAX):
        return None
    if choice is None and scale is None:
        return None
    return Answer(question_id, AnswerValue(choice) if choice is not None else None, scale)
