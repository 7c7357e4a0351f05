"""A CSV file's bytes as lines of text, read as a stream, with the file refused at once
when it cannot be a diary of cramps: larger than MAX_FILE_BYTES, UTF-16 (with or without
a byte order mark), binary data (NUL bytes), or not UTF-8 (the line is named).

Lines are decoded one at a time, so memory stays flat however long the file is.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from cramp_desktop.core import csv_problems as texts
from cramp_desktop.core.csv_problems import CsvImportError, CsvProblem

MAX_FILE_BYTES = 100 * 2**20  # years of daily entries take a few MB
_HEAD_BYTES = 8192  # enough to tell UTF-16 and binary data apart from text
_UTF8_BOM = b"\xef\xbb\xbf"


def _refused(template: str, *values: str) -> CsvImportError:
    return CsvImportError([CsvProblem(None, None, template, values)])


@contextmanager
def open_source(source: bytes | Path) -> Iterator[BinaryIO]:
    """The source as a binary stream, checked as far as its size and its first bytes
    tell. Raises CsvImportError, or OSError when a file cannot be opened."""
    if isinstance(source, bytes):
        stream: BinaryIO = io.BufferedReader(io.BytesIO(source))
    else:
        path = Path(source)
        if path.is_file() and path.stat().st_size > MAX_FILE_BYTES:
            raise _refused(texts.FILE_TOO_BIG, str(MAX_FILE_BYTES // 2**20))
        stream = path.open("rb")
    with stream:
        _check_head(stream.peek(_HEAD_BYTES)[:_HEAD_BYTES])  # type: ignore[attr-defined]
        yield stream


def _check_head(head: bytes) -> None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _refused(texts.UTF16)
    nul_even, nul_odd = head[0::2].count(0), head[1::2].count(0)
    if (nul_even + nul_odd) * 10 <= len(head):
        return  # text (a note may even hold a NUL character)
    # UTF-16 text of a Latin script has a NUL in every other byte, on one side only.
    if min(nul_even, nul_odd) * 10 < max(nul_even, nul_odd):
        raise _refused(texts.UTF16)
    raise _refused(texts.NOT_TEXT)


def text_lines(stream: BinaryIO) -> Iterator[str]:
    """The stream's lines (with their line endings), UTF-8 decoded one at a time; the
    byte order mark of a UTF-8 file is dropped. CsvImportError names the first line
    that is not UTF-8, or says the file is over the size limit."""
    total = 0
    number = 0
    while raw := stream.readline(MAX_FILE_BYTES - total + 1):
        total += len(raw)
        number += 1
        if total > MAX_FILE_BYTES:
            raise _refused(texts.FILE_TOO_BIG, str(MAX_FILE_BYTES // 2**20))
        if number == 1:
            raw = raw.removeprefix(_UTF8_BOM)
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            raise _refused(texts.NOT_UTF8, str(number)) from None
