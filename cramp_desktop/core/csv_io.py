"""Episodes to and from CSV files (the format is documented in docs/csv-format.md).

Reading is all or nothing: every row is checked and every problem is collected as a
CsvProblem, "row N: reason" in English (N as a spreadsheet shows it, the header being
row 1), before any episode is returned. Plain Python: no Qt, no database.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from cramp_desktop.core import csv_problems as texts
from cramp_desktop.core.csv_cells import CODE_SEPARATOR, RowReader
from cramp_desktop.core.csv_problems import CsvImportError as CsvImportError  # raised here
from cramp_desktop.core.csv_problems import CsvProblem
from cramp_desktop.core.csv_source import open_source, text_lines
from cramp_desktop.core.episodes import Episode
from cramp_desktop.core.files import write_atomically

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
MAX_PROBLEMS = 50
MAX_COLUMNS = 4 * len(EXPORT_COLUMNS)  # room for a spreadsheet's empty columns
# OWASP CSV injection: a spreadsheet runs a cell that starts with one of these as a
# formula. Such a note is written after an apostrophe (which spreadsheets show as text);
# a note that itself starts with an apostrophe gets one more, so import can undo exactly
# that (docs/csv-format.md, "Formulas").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_QUOTE = "'"


def read_episodes(source: bytes | Path, *, now: dt.datetime | None = None) -> list[Episode]:
    """Every episode of a CSV file's bytes or path, or CsvImportError listing every
    problem (for an import into the database, stream them with iter_episodes)."""
    return list(iter_episodes(source, now=now))


def parse_episodes(text: str, *, now: dt.datetime | None = None) -> list[Episode]:
    """Every episode in `text`, or CsvImportError listing every problem found."""
    return read_episodes(text.encode("utf-8", "surrogatepass"), now=now)


def iter_episodes(source: bytes | Path, *, now: dt.datetime | None = None) -> Iterator[Episode]:
    """The episodes of a CSV file (UTF-8, with or without BOM) one at a time, read as a
    stream so memory stays flat. Every row is checked; after the first problem no more
    episodes come, and at the end CsvImportError lists every problem: a caller that
    saves what it gets in one transaction keeps all rows or none. OSError if the file
    cannot be opened or read."""
    with open_source(source) as stream:
        yield from _episodes(text_lines(stream), now or dt.datetime.now().astimezone())


def _episodes(lines: Iterator[str], now: dt.datetime) -> Iterator[Episode]:
    first = next(lines, "")
    # Notes have no length limit (the file's has); the csv module's default is 128 KiB.
    # 2**31 - 1 is the largest value that fits a C long on every platform.
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    # strict: a quote that is never closed is an error, not a note that swallows the
    # rows after it.
    reader = csv.reader(
        itertools.chain([first], lines), delimiter=detect_delimiter(first), strict=True
    )
    problems = _Problems()
    rows = RowReader(now)
    number = 0  # the last row read, as a spreadsheet numbers it (the header is row 1)
    try:
        header = next(reader, None)
        number = 1
        if header is None or not any(cell.strip() for cell in header):
            raise CsvImportError([CsvProblem(1, None, texts.EMPTY_FILE)])
        columns = _check_header(header)
        for number, cells in enumerate(reader, start=2):
            if not "".join(cells).strip():
                continue  # blank rows, also ";;;;" rows that spreadsheets leave at the end
            if len(cells) != len(columns):
                counts = (str(len(cells)), str(len(columns)))
                problems.add([CsvProblem(number, None, texts.WRONG_CELL_COUNT, counts)])
                continue
            by_column = dict(zip(columns, cells, strict=True))
            row_problems, episode = rows.read(
                by_column, number, restore_formula(by_column["notes"])
            )
            if episode is None:
                problems.add(row_problems)
            elif not problems:
                yield episode
    except csv.Error as error:  # in the row after the last one read
        problems.add([_syntax_problem(number + 1, error)])
    if problems:
        raise CsvImportError(problems.listed())


class _Problems:
    """The first MAX_PROBLEMS problems and how many more there were."""

    def __init__(self) -> None:
        self.first: list[CsvProblem] = []
        self.more = 0

    def add(self, found: list[CsvProblem]) -> None:
        room = MAX_PROBLEMS - len(self.first)
        self.first.extend(found[:room])
        self.more += max(0, len(found) - room)

    def __bool__(self) -> bool:
        return bool(self.first)

    def listed(self) -> list[CsvProblem]:
        if not self.more:
            return self.first
        return [*self.first, CsvProblem(None, None, texts.MORE_PROBLEMS, (str(self.more),))]


def _syntax_problem(row: int, error: csv.Error) -> CsvProblem:
    """The row whose quoting is broken (an open quote the file never closes, or text
    after a closing quote)."""
    if "end of data" in str(error):
        return CsvProblem(row, None, texts.QUOTE_NOT_CLOSED)
    # Python's own words on the broken syntax; rare, and only a detail in brackets.
    return CsvProblem(row, None, texts.NOT_CSV, (str(error),))


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
    if len(header) > MAX_COLUMNS:  # at once: no list of thousands of unknown names
        raise CsvImportError(
            [CsvProblem(1, None, texts.TOO_MANY_COLUMNS, (str(len(header)), str(MAX_COLUMNS)))]
        )
    columns = [name.strip().lower() for name in header]
    known = set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS)
    unknown = [name for name in columns if name not in known]
    counts = Counter(columns)
    repeated = sorted(name for name, count in counts.items() if name and count > 1)
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
