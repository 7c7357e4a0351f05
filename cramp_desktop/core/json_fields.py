"""The fields of the JSON document read one by one, every problem kept with its place in
the document ("episodes[12].severity") and none stopping the reading: core/json_reading.py
reads the records and the document from these."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, Translate, fill, untranslated

JSON_CONTEXT = "JsonImport"

PLACE = QT_TRANSLATE_NOOP("JsonImport", "%1: %2")
MISSING = QT_TRANSLATE_NOOP("JsonImport", "is missing")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("JsonImport", "is not a field of this format")
WANT_OBJECT = QT_TRANSLATE_NOOP("JsonImport", "must be an object {...}")
WANT_LIST = QT_TRANSLATE_NOOP("JsonImport", "must be a list [...]")
WANT_TEXT = QT_TRANSLATE_NOOP("JsonImport", "must be text")
WANT_BOOL = QT_TRANSLATE_NOOP("JsonImport", "must be true or false")
WANT_WHOLE = QT_TRANSLATE_NOOP("JsonImport", "must be a whole number")
WANT_SCALE = QT_TRANSLATE_NOOP("JsonImport", "must be a whole number from 0 to 10, or null")
WANT_MOMENT = QT_TRANSLATE_NOOP(
    "JsonImport", "'%1' is not a date and time with its offset, like 2024-05-01T23:40:00+02:00"
)
WANT_DAY = QT_TRANSLATE_NOOP("JsonImport", "'%1' is not a date like 2024-05-01")
UNKNOWN_CODE = QT_TRANSLATE_NOOP("JsonImport", "unknown code '%1'; use one of: %2")

_Code = TypeVar("_Code", bound=StrEnum)


@dataclass(frozen=True)
class JsonProblem:
    """`path` is the place in the document ("" for the whole file); `template` an English
    source text in `context` whose %1, %2, ... are `values`."""

    path: str
    template: str
    values: tuple[str, ...] = ()
    context: str = JSON_CONTEXT

    def text(self, translate: Translate = untranslated) -> str:
        reason = fill(translate(self.context, self.template), self.values)
        return fill(translate(JSON_CONTEXT, PLACE), (self.path, reason)) if self.path else reason


class FieldReader:
    """Reads fields of JSON objects: a field that is missing, of the wrong type or out of
    range is a problem in `problems` and reads as None."""

    def __init__(self) -> None:
        self.problems: list[JsonProblem] = []

    def fail(self, path: str, template: str, *values: str, context: str = JSON_CONTEXT) -> None:
        self.problems.append(JsonProblem(path, template, values, context))

    def unknown_fields(self, item: dict[str, Any], path: str, known: set[str]) -> None:
        for name in item:
            if name not in known:
                self.fail(_join(path, name), UNKNOWN_FIELD)

    def present(self, item: dict[str, Any], name: str, path: str, required: bool) -> bool:
        if item.get(name) is not None:
            return True
        if required:
            self.fail(_join(path, name), MISSING)
        return False

    def moment(
        self, item: dict[str, Any], name: str, path: str, *, required: bool = False
    ) -> dt.datetime | None:
        if not self.present(item, name, path, required):
            return None
        value = item[name]
        moment = parsed(dt.datetime.fromisoformat, value)
        if not isinstance(moment, dt.datetime) or moment.utcoffset() is None or "T" not in value:
            self.fail(_join(path, name), WANT_MOMENT, str(value))
            return None
        return moment

    def day(
        self, item: dict[str, Any], name: str, path: str, *, required: bool = False
    ) -> dt.date | None:
        if not self.present(item, name, path, required):
            return None
        value = item[name]
        day = parsed(dt.date.fromisoformat, value)
        if not isinstance(day, dt.date) or len(value) != 10:
            self.fail(_join(path, name), WANT_DAY, str(value))
            return None
        return day

    def code(
        self,
        item: dict[str, Any],
        name: str,
        kind: type[_Code],
        path: str,
        *,
        required: bool = False,
    ) -> _Code | None:
        if not self.present(item, name, path, required):
            return None
        return self.member(item[name], kind, _join(path, name))

    def member(self, value: Any, kind: type[_Code], path: str) -> _Code | None:
        if isinstance(value, str) and value in kind._value2member_map_:
            return kind(value)
        self.fail(path, UNKNOWN_CODE, str(value), ", ".join(code.value for code in kind))
        return None

    def codes(self, item: dict[str, Any], name: str, kind: type[_Code], path: str) -> Any:
        values = item.get(name, [])
        if not isinstance(values, list):
            self.fail(_join(path, name), WANT_LIST)
            return None
        found = [
            self.member(value, kind, f"{_join(path, name)}[{i}]") for i, value in enumerate(values)
        ]
        return None if None in found else frozenset(found)

    def whole(self, item: dict[str, Any], name: str, path: str) -> int | None:
        if not self.present(item, name, path, required=True):
            return None
        if not _is_whole(item[name]):
            self.fail(_join(path, name), WANT_WHOLE)
            return None
        return int(item[name])

    def scale(self, item: dict[str, Any], name: str, path: str) -> int | None:
        value = item.get(name)
        if value is not None and not (_is_whole(value) and 0 <= value <= 10):
            self.fail(_join(path, name), WANT_SCALE)
            return None
        return value

    def text(self, item: dict[str, Any], name: str, path: str, *, default: str | None) -> Any:
        if name not in item and default is not None:
            return default
        if not self.present(item, name, path, required=True):
            return None
        if not isinstance(item[name], str):
            self.fail(_join(path, name), WANT_TEXT)
            return None
        return item[name]

    def flag(self, item: dict[str, Any], name: str, path: str, *, default: bool) -> Any:
        value = item.get(name, default)
        if not isinstance(value, bool):
            self.fail(_join(path, name), WANT_BOOL)
            return None
        return value

    def no_repeats(
        self, records: Any, path: str, key: Callable[[Any], object], template: str
    ) -> None:
        seen: set[object] = set()
        for record in records:
            if key(record) in seen:
                self.fail(path, template, str(key(record)))
            seen.add(key(record))


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _is_whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def parsed(parse: Callable[[str], Any], value: Any) -> Any:
    """`parse(value)`, or None when `value` is not text or `parse` refuses it."""
    if not isinstance(value, str):
        return None
    try:
        return parse(value)
    except ValueError:
        return None
