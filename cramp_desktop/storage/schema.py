"""What state is a database file in? Answered cheaply, with the standard sqlite3 module only.

This runs at start-up before SQLAlchemy or Alembic are imported, and must never change
the file: every connection here is opened read-only (`file:...?mode=ro`).
"""

from __future__ import annotations

import nturl2path
import os
import re
import sqlite3
import urllib.request
from collections.abc import Sequence
from contextlib import closing
from enum import StrEnum
from pathlib import Path, PurePath

from cramp_desktop.storage.errors import DatabaseUnavailableError

#: The newest schema revision this app knows; a test asserts it equals Alembic's head.
HEAD_REVISION = "0003"
#: Every revision this app can upgrade from, oldest first (a test checks it against Alembic).
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0003")

VERSION_TABLE = "alembic_version"
_DRIVE = re.compile(r"[A-Za-z]:")

_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


class DatabaseState(StrEnum):
    NEW = "new"  # no file, an empty file, or a SQLite file with no tables at all
    CURRENT = "current"
    UPGRADE_NEEDED = "upgrade_needed"
    NEWER_THAN_APP = "newer_than_app"  # revision unknown here: written by a newer version
    DAMAGED = "damaged"  # not SQLite, corrupt, or not a database of this app


def sqlite_uri(db_path: PurePath, *, windows: bool | None = None) -> str:
    r"""A `file:` URI SQLite accepts for the absolute `db_path`, on network shares too.

    Not `Path.resolve().as_uri()`: that turns \\nas\share\... (and a mapped drive, which
    resolve() expands to its share) into file://nas/..., an authority that SQLite on
    Windows refuses ("invalid uri authority"). Here the share stays in the path, after an
    empty authority: file:////nas/share/..., and a drive gives file:///C:/....
    `windows` (default: this system) lets tests build Windows URIs on any system.
    """
    if windows is None:
        windows = os.name == "nt"
    if not windows:
        return "file://" + urllib.request.pathname2url(str(db_path))
    convert = urllib.request.pathname2url if os.name == "nt" else nturl2path.pathname2url
    # Python versions differ in the slashes they put first: decide them here.
    url = convert(str(db_path)).lstrip("/")
    return "file:" + ("///" if _DRIVE.match(url) else "////") + url


def connect_read_only(db_path: Path) -> sqlite3.Connection:
    """A read-only sqlite3 connection; raises sqlite3.Error when it cannot be opened."""
    uri = sqlite_uri(Path(os.path.abspath(db_path))) + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=5.0)


def is_damage(error: sqlite3.Error) -> bool:
    """True when SQLite says the file is corrupt or not a database (not merely locked)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:  # pragma: no cover - Python < 3.11
        text = str(error).lower()
        return "malformed" in text or "not a database" in text
    return (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def _read_revision(connection: sqlite3.Connection) -> str | None:
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,)
    ).fetchone()
    if has_table is None:
        return None
    rows = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    if len(rows) != 1:
        return None
    return str(rows[0][0])


def read_revision(db_path: Path) -> str | None:
    """The Alembic revision stored in the file, or None (no file, empty, never migrated).

    Raises sqlite3.Error if the file cannot be read (for example it is not SQLite).
    """
    path = Path(db_path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    with closing(connect_read_only(path)) as connection:
        return _read_revision(connection)


def integrity_problems(connection: sqlite3.Connection) -> list[str]:
    """`PRAGMA quick_check` findings; empty when the file is healthy."""
    rows = connection.execute("PRAGMA quick_check").fetchall()
    findings = [str(row[0]) for row in rows]
    return [] if findings == ["ok"] else findings


def _user_tables(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' AND name != ?",
        (VERSION_TABLE,),
    ).fetchall()
    return [str(row[0]) for row in rows]


def inspect_database(
    db_path: Path,
    *,
    head: str = HEAD_REVISION,
    known: Sequence[str] = KNOWN_REVISIONS,
) -> tuple[DatabaseState, str | None]:
    """The state of the file and its revision, after a quick integrity check.

    Raises DatabaseUnavailableError when the file exists but cannot be read for a reason
    other than damage (locked, no permission): such a file must not be treated as damaged.
    """
    path = Path(db_path)
    if not path.exists() or path.stat().st_size == 0:
        return DatabaseState.NEW, None
    try:
        with closing(connect_read_only(path)) as connection:
            if integrity_problems(connection):
                return DatabaseState.DAMAGED, None
            revision = _read_revision(connection)
            tables = _user_tables(connection)
    except sqlite3.Error as error:
        if is_damage(error):
            return DatabaseState.DAMAGED, None
        raise DatabaseUnavailableError(
            f"Your data file {path} could not be opened ({error}). "
            "It may be in use by another program, or you may not have access to it."
        ) from error
    return classify_revision(revision, has_tables=bool(tables), head=head, known=known), revision


def classify_revision(
    revision: str | None,
    *,
    has_tables: bool,
    head: str = HEAD_REVISION,
    known: Sequence[str] = KNOWN_REVISIONS,
) -> DatabaseState:
    """Map a healthy file's revision to what the app must do with it."""
    if revision is None:
        # Tables without a revision: some other program's database, not ours.
        return DatabaseState.DAMAGED if has_tables else DatabaseState.NEW
    if revision == head:
        return DatabaseState.CURRENT
    if revision in known:
        return DatabaseState.UPGRADE_NEEDED
    return DatabaseState.NEWER_THAN_APP


def classify(db_path: Path) -> DatabaseState:
    """The state of the database file for this app's migrations."""
    return inspect_database(db_path)[0]
