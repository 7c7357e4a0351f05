"""Episodes to and from CSV files (the format is documented in docs/csv-format.md).

Reading is all or nothing: every row is checked and every problem is collected as a
CsvProblem, "row N: reason" in English (N as a spreadsheet shows it, the header being
row 1), before any episode is returned. Plain Python: no Qt, no database.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Protocol, TextIO, TypeVar

from cramp_desktop.core import csv_problems as texts
from cramp_desktop.core.csv_problems import VALIDATION_CONTEXT, CsvProblem
from cramp_desktop.core.csv_problems import CsvImportError as CsvImportError  # raised here
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
from cramp_desktop.core.files import write_atomically
from cramp_desktop.core.local_time import to_local
from cramp_desktop.core.validation import validate_episode

REQUIRED_COLUMNS = (
    "started_at",
    "duration_min",
    "severity",
    "muscle",
    "side",
    "context",
    "triggers",
    "relief",
    "relief_helped",
    "sleep_disturbance",
    "notes",
)
OPTIONAL_COLUMNS = ("soreness", "symptoms")
# Written in this order: notes last, as they can be long.
EXPORT_COLUMNS = (*REQUIRED_COLUMNS[:-1], *OPTIONAL_COLUMNS, "notes")
CODE_SEPARATOR = ";"
MAX_PROBLEMS = 50
# OWASP CSV injection: a spreadsheet runs a cell that starts with one of these as a
# formula. Such a note is written after an apostrophe (which spreadsheets show as text);
# a note that itself starts with an apostrophe gets one more, so import can undo exactly
# that (docs/csv-format.md, "Formulas").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_QUOTE = "'"
# Beyond any valid duration; larger numbers are capped so validation reports them.
_DURATION_CAP_MIN = Decimal(10**7)
# Episode field names as validation reports them -> the CSV column the user sees.
_FIELD_TO_COLUMN = {"duration_s": "duration_min"}
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


def read_episodes(source: bytes | Path, *, now: dt.datetime | None = None) -> list[Episode]:
    """Episodes from a CSV file's bytes or path (UTF-8, with or without BOM)."""
    data = Path(source).read_bytes() if isinstance(source, Path) else source
    return parse_episodes(decode(data), now=now)


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CsvImportError([CsvProblem(None, None, texts.NOT_UTF8, (str(line),))]) from None


def parse_episodes(text: str, *, now: dt.datetime | None = None) -> list[Episode]:
    """Every episode in `text`, or CsvImportError listing every problem found."""
    now = now or dt.datetime.now().astimezone()
    text = text.removeprefix("\ufeff")
    # Notes have no length limit; the csv module's default field limit is 128 KiB.
    # 2**31 - 1 is the largest value that fits a C long on every platform.
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_delimiter(text))
    problems: list[CsvProblem] = []
    episodes: list[Episode] = []
    try:
        header = next(reader, None)
        if header is None or not any(cell.strip() for cell in header):
            raise CsvImportError([CsvProblem(1, None, texts.EMPTY_FILE)])
        columns = _check_header(header)
        for number, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue  # blank rows, also ";;;;" rows that spreadsheets leave at the end
            if len(cells) != len(columns):
                counts = (str(len(cells)), str(len(columns)))
                problems.append(CsvProblem(number, None, texts.WRONG_CELL_COUNT, counts))
                continue
            row = dict(zip(columns, cells, strict=True))
            row_problems, episode = _parse_row(row, number, now)
            problems.extend(row_problems)
            if episode is not None:
                episodes.append(episode)
    except csv.Error as error:
        # Python's own words on the broken syntax; rare, and only a detail in brackets.
        problems.append(CsvProblem(reader.line_num, None, texts.NOT_CSV, (str(error),)))
    if problems:
        raise CsvImportError(_capped(problems))
    return episodes


def detect_delimiter(text: str) -> str:
    """',' or ';', whichever the header line uses (column names contain neither)."""
    header = text.removeprefix("\ufeff").split("\n", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","


def write_episodes(
    episodes: Iterable[Episode], stream: TextIO, *, bom: bool = False, delimiter: str = ","
) -> int:
    """Write `episodes` as CSV to a text stream opened with newline=""; returns the count.

    `bom=True` starts with a byte order mark, which Excel needs to read UTF-8.
    """
    if bom:
        stream.write("\ufeff")
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    count = 0
    for episode in episodes:
        writer.writerow(_format_row(episode))
        count += 1
    return count


def write_episodes_file(episodes: Iterable[Episode], target: Path, *, bom: bool = False) -> int:
    """Write `target` atomically (a private temporary file, then a rename), readable only
    by the user; returns the number of episodes. Raises OSError and leaves no partial file."""
    return write_atomically(target, lambda stream: write_episodes(episodes, stream, bom=bom))


def format_duration_min(duration_s: int) -> str:
    """Minutes with at most two decimals: within 0.3 s, so rounding gives the seconds back."""
    minutes = (Decimal(duration_s) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    text = format(minutes, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _format_row(episode: Episode) -> list[str]:
    values = {
        "started_at": episode.started_at.isoformat(),
        "duration_min": format_duration_min(episode.duration_s),
        "severity": str(episode.severity),
        "muscle": str(episode.muscle.value),
        "side": str(episode.side.value),
        "context": str(episode.context.value),
        "triggers": _join(episode.triggers),
        "relief": _join(episode.relief),
        "relief_helped": "" if episode.relief_helped is None else episode.relief_helped.value,
        "sleep_disturbance": _optional_int(episode.sleep_disturbance),
        "soreness": "" if episode.soreness is None else episode.soreness.value,
        "symptoms": _join(episode.symptoms),
        "notes": neutralise_formula(episode.notes),
    }
    return [values[column] for column in EXPORT_COLUMNS]


def neutralise_formula(text: str) -> str:
    """`text` as a cell no spreadsheet runs as a formula (an apostrophe in front)."""
    return _QUOTE + text if text.startswith((*FORMULA_STARTS, _QUOTE)) else text


def restore_formula(cell: str) -> str:
    """Undo neutralise_formula exactly: one apostrophe goes only where export put it."""
    if cell.startswith(_QUOTE) and cell[1:].startswith((*FORMULA_STARTS, _QUOTE)):
        return cell[1:]
    return cell


def _join(codes: Iterable[StrEnum]) -> str:
    return CODE_SEPARATOR.join(sorted(str(code.value) for code in codes))


def _optional_int(value: int | None) -> str:
    return "" if value is None else str(value)


def _check_header(header: Sequence[str]) -> list[str]:
    columns = [name.strip().lower() for name in header]
    known = set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS)
    unknown = [name for name in columns if name not in known]
    repeated = sorted({name for name in columns if name and columns.count(name) > 1})
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    problems = [
        CsvProblem(1, None, template, listed_columns=tuple(names))
        for template, names in (
            (texts.UNKNOWN_COLUMNS, unknown),
            (texts.REPEATED_COLUMNS, repeated),
            (texts.MISSING_COLUMNS, missing),
        )
        if names
    ]
    if problems:
        problems.append(CsvProblem(1, None, texts.EXPECTED_COLUMNS, listed_columns=EXPORT_COLUMNS))
        raise CsvImportError(problems)
    return columns


def _parse_row(
    cells: dict[str, str], number: int, now: dt.datetime
) -> tuple[list[CsvProblem], Episode | None]:
    problems: list[CsvProblem] = []
    failed: set[str] = set()

    def cell(column: str, parse_cell: _Parser[_T], placeholder: _T) -> _T:
        """The parsed cell; on a problem, a valid placeholder so the rest is still checked."""
        try:
            return parse_cell(cells.get(column, "").strip())
        except _CellProblem as problem:
            problems.append(CsvProblem(number, column, problem.template, problem.values))
            failed.add(column)
            return placeholder

    episode = Episode(
        started_at=cell("started_at", _parse_time, now),
        duration_s=cell("duration_min", _parse_duration, 0),
        severity=cell("severity", _parse_scale, 0),
        muscle=cell("muscle", _one_code(Muscle), Muscle.OTHER),
        side=cell("side", _one_code(Side), Side.BOTH),
        context=cell("context", _one_code(Context), Context.OTHER),
        sleep_disturbance=cell("sleep_disturbance", _optional(_parse_scale), None),
        soreness=cell("soreness", _optional(_one_code(Soreness)), None),
        triggers=cell("triggers", _codes(Trigger), frozenset()),
        relief=cell("relief", _codes(Relief), frozenset()),
        relief_helped=cell("relief_helped", _optional(_one_code(ReliefHelped)), None),
        symptoms=cell("symptoms", _codes(Symptom), frozenset()),
        notes=restore_formula(cells["notes"]),
        logged_late=False,
    )
    for error in validate_episode(episode, now=now):
        column = _FIELD_TO_COLUMN.get(error.field, error.field)
        if column not in failed:
            problems.append(CsvProblem(number, column, error.message, context=VALIDATION_CONTEXT))
    return problems, (None if problems else episode)


def _parse_time(text: str) -> dt.datetime:
    if not text:
        raise _CellProblem(texts.TIME_EMPTY)
    try:
        moment = dt.datetime.fromisoformat(text)
        if moment.tzinfo is None:
            moment = to_local(moment)  # the machine's time zone on that date
    except (ValueError, OverflowError, OSError):
        raise _CellProblem(texts.TIME_INVALID, text) from None
    offset = moment.utcoffset()
    if offset is not None and offset.total_seconds() % 60:
        raise _CellProblem(texts.TIME_OFFSET_SECONDS, text)
    return moment


def _parse_duration(text: str) -> int:
    try:
        minutes = Decimal(text.replace(",", ".")) if text else None
    except InvalidOperation:
        minutes = None
    if not text:
        raise _CellProblem(texts.DURATION_EMPTY)
    if minutes is None or not minutes.is_finite():
        raise _CellProblem(texts.DURATION_INVALID, text)
    minutes = min(minutes, _DURATION_CAP_MIN)
    return int((minutes * 60).to_integral_value(rounding=ROUND_HALF_EVEN))


def _parse_scale(text: str) -> int:
    if not text:
        raise _CellProblem(texts.SCALE_EMPTY)
    try:
        return int(text)
    except ValueError:
        raise _CellProblem(texts.SCALE_INVALID, text) from None


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
    try:
        return kind(text)
    except ValueError:
        allowed = " | ".join(member.value for member in kind)
        if text:
            raise _CellProblem(texts.CODE_UNKNOWN, text, allowed) from None
        raise _CellProblem(texts.CODE_EMPTY, allowed) from None


def _capped(problems: list[CsvProblem]) -> list[CsvProblem]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    more = CsvProblem(None, None, texts.MORE_PROBLEMS, (str(len(problems) - MAX_PROBLEMS),))
    return [*problems[:MAX_PROBLEMS], more]
