"""One row of a CSV file of episodes read into an Episode: every cell parsed, then the
episode checked by core.validation, and every problem kept as a CsvProblem naming the
row and the column (csv_io reads the file and collects them). Plain Python.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum
from typing import Protocol, TypeVar

from cramp_desktop.core import csv_problems as texts
from cramp_desktop.core.csv_problems import VALIDATION_CONTEXT, CsvProblem
from cramp_desktop.core.episodes import (
    Context,
    Episode,
    Muscle,
    Relief,
    ReliefHelped,
    Side,
    Soreness,
    Symptom,
    Trigger,
)
from cramp_desktop.core.local_time import to_local
from cramp_desktop.core.validation import validate_episode

CODE_SEPARATOR = ";"
# Beyond any valid duration; larger numbers are capped so validation reports them.
_DURATION_CAP_MIN = Decimal(10**7)
# Episode field names as validation reports them -> the CSV column the user sees.
_FIELD_TO_COLUMN = {"duration_s": "duration_min"}
_MINUTES = re.compile(r"-?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)")
_WHOLE_NUMBER = re.compile(r"[0-9]+")
_REMEMBERED = 256  # answers each column keeps
_Code = TypeVar("_Code", bound=StrEnum)
_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)


class _CellProblem(ValueError):
    """One problem with one cell: a template of csv_problems and its values."""

    def __init__(self, template: str, *values: str) -> None:
        super().__init__(template)
        self.template = template
        self.values = values


class _Parser(Protocol[_T_co]):
    def __call__(self, text: str) -> _T_co: ...


class RowReader:
    """Reads the rows of one file. Its parsers remember their answers for this file only
    (immutable values): a column of codes or numbers holds few distinct cells, so most
    cells are read with one look-up."""

    def __init__(self, now: dt.datetime) -> None:
        self._now = now
        remembered = functools.lru_cache(maxsize=_REMEMBERED)
        self._duration: _Parser[int] = remembered(_parse_duration)
        self._scale: _Parser[int] = remembered(_parse_scale)
        self._optional_scale: _Parser[int | None] = remembered(_optional(_parse_scale))
        self._muscle: _Parser[Muscle] = remembered(_one_code(Muscle))
        self._side: _Parser[Side] = remembered(_one_code(Side))
        self._context: _Parser[Context] = remembered(_one_code(Context))
        self._soreness: _Parser[Soreness | None] = remembered(_optional(_one_code(Soreness)))
        self._triggers: _Parser[frozenset[Trigger]] = remembered(_codes(Trigger))
        self._relief: _Parser[frozenset[Relief]] = remembered(_codes(Relief))
        self._helped: _Parser[ReliefHelped | None] = remembered(_optional(_one_code(ReliefHelped)))
        self._symptoms: _Parser[frozenset[Symptom]] = remembered(_codes(Symptom))

    def read(
        self, cells: dict[str, str], number: int, notes: str
    ) -> tuple[list[CsvProblem], Episode | None]:
        """The problems of row `number` (its cells by column) and, if none, its episode."""
        problems: list[CsvProblem] = []
        failed: set[str] = set()

        def cell(column: str, parse_cell: _Parser[_T], placeholder: _T) -> _T:
            """The parsed cell; on a problem, a valid placeholder so the rest is checked."""
            try:
                return parse_cell(cells.get(column, "").strip())
            except _CellProblem as problem:
                problems.append(CsvProblem(number, column, problem.template, problem.values))
                failed.add(column)
                return placeholder

        now = self._now
        episode = Episode(
            started_at=cell("started_at", _parse_time, now),
            duration_s=cell("duration_min", self._duration, 0),
            severity=cell("severity", self._scale, 0),
            muscle=cell("muscle", self._muscle, Muscle.OTHER),
            side=cell("side", self._side, Side.BOTH),
            context=cell("context", self._context, Context.OTHER),
            sleep_disturbance=cell("sleep_disturbance", self._optional_scale, None),
            soreness=cell("soreness", self._soreness, None),
            triggers=cell("triggers", self._triggers, frozenset()),
            relief=cell("relief", self._relief, frozenset()),
            relief_helped=cell("relief_helped", self._helped, None),
            symptoms=cell("symptoms", self._symptoms, frozenset()),
            notes=notes,
            logged_late=False,
        )
        for error in validate_episode(episode, now=now):
            column = _FIELD_TO_COLUMN.get(error.field, error.field)
            if column not in failed:
                problems.append(
                    CsvProblem(number, column, error.message, context=VALIDATION_CONTEXT)
                )
        return problems, (None if problems else episode)


def _parse_time(text: str) -> dt.datetime:
    if not text:
        raise _CellProblem(texts.TIME_EMPTY)
    try:
        typed = dt.datetime.fromisoformat(text)
        moment = to_local(typed) if typed.tzinfo is None else typed  # the machine's zone
    except (ValueError, OverflowError, OSError):
        raise _CellProblem(texts.TIME_INVALID, text) from None
    if typed.tzinfo is None and moment.replace(tzinfo=None) != typed:
        raise _CellProblem(texts.TIME_IN_GAP, text)  # moved: it fell in a DST gap
    offset = moment.utcoffset()
    if offset is not None and offset.total_seconds() % 60:
        raise _CellProblem(texts.TIME_OFFSET_SECONDS, text)
    return moment


def _parse_duration(text: str) -> int:
    if not text:
        raise _CellProblem(texts.DURATION_EMPTY)
    # ASCII digits and at most one separator: no "1_5", no other digits, no exponent. A
    # minus sign is read so that validation can say a duration cannot be negative.
    if not _MINUTES.fullmatch(text):
        raise _CellProblem(texts.DURATION_INVALID, text)
    minutes = min(Decimal(text.replace(",", ".")), _DURATION_CAP_MIN)
    return int((minutes * 60).to_integral_value(rounding=ROUND_HALF_EVEN))


def _parse_scale(text: str) -> int:
    if not text:
        raise _CellProblem(texts.SCALE_EMPTY)
    if not _WHOLE_NUMBER.fullmatch(text):  # int() would take "1_0" and "١٥"
        raise _CellProblem(texts.SCALE_INVALID, text)
    return int(text)


def _one_code(kind: type[_Code]) -> _Parser[_Code]:
    def parse(text: str) -> _Code:
        return _code(kind, text.lower())

    return parse


def _codes(kind: type[_Code]) -> _Parser[frozenset[_Code]]:
    def parse(text: str) -> frozenset[_Code]:
        parts = [part.strip().lower() for part in text.split(CODE_SEPARATOR)]
        return frozenset(_code(kind, part) for part in parts if part)

    return parse


def _optional(parse: _Parser[_T]) -> _Parser[_T | None]:
    def parse_optional(text: str) -> _T | None:
        return parse(text) if text else None

    return parse_optional


def _code(kind: type[_Code], text: str) -> _Code:
    member = kind._value2member_map_.get(text)  # kind(text) without its slow path
    if member is not None:
        return member  # type: ignore[return-value]
    allowed = " | ".join(code.value for code in kind)
    if text:
        raise _CellProblem(texts.CODE_UNKNOWN, text, allowed)
    raise _CellProblem(texts.CODE_EMPTY, allowed)
