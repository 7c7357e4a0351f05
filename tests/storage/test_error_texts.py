"""What users are told about storage errors: a translated sentence per category, naming
the files that matter, never the English log message."""

from __future__ import annotations

from pathlib import Path

import pytest

from cramp_desktop.storage.errors import (
    RESTORE_REASONS,
    BackupError,
    DamagedDatabaseError,
    DatabaseUnavailableError,
    InvalidRecordError,
    MigrationError,
    NewerDatabaseError,
    RecordNotFoundError,
    RestoreError,
    StorageError,
    user_text,
)

LOG_MESSAGE = "details for the log file"
ERRORS = [
    StorageError(LOG_MESSAGE),
    DatabaseUnavailableError(LOG_MESSAGE),
    DamagedDatabaseError(LOG_MESSAGE, damaged_path=Path("/d/cramp-damaged.db"), newest_backup=None),
    DamagedDatabaseError(
        LOG_MESSAGE, damaged_path=Path("/d/cramp-damaged.db"), newest_backup=Path("/b/new.db")
    ),
    NewerDatabaseError(LOG_MESSAGE, revision="9999"),
    MigrationError(LOG_MESSAGE, backup=None),
    MigrationError(LOG_MESSAGE, backup=Path("/b/cramp-pre-migration.db")),
    BackupError(LOG_MESSAGE),
    RestoreError(LOG_MESSAGE),
    RecordNotFoundError(LOG_MESSAGE),
    InvalidRecordError(LOG_MESSAGE),
]


def bracketed(context: str, text: str) -> str:
    """A stand-in translation that shows what it was asked."""
    return f"[{context}] {text}"


@pytest.mark.parametrize("error", ERRORS, ids=lambda error: type(error).__name__)
def test_each_error_is_one_translated_sentence_without_the_log_message(
    error: StorageError,
) -> None:
    english = user_text(error)
    assert english.endswith(".") and LOG_MESSAGE not in english
    assert user_text(error, bracketed) == f"[StorageErrors] {english}"


def test_the_texts_differ_by_category() -> None:
    texts = [user_text(error) for error in ERRORS]
    assert len(set(texts)) == len(texts)


def test_files_the_user_needs_are_named() -> None:
    damaged, with_backup = ERRORS[2], ERRORS[3]
    assert "“cramp-damaged.db”" in user_text(damaged)
    assert "No backup was found" in user_text(damaged)
    assert "“cramp-damaged.db”" in user_text(with_backup) and "“new.db”" in user_text(with_backup)
    assert "“cramp-pre-migration.db”" in user_text(ERRORS[6])
    assert user_text(BackupError(LOG_MESSAGE), file_name="mine.db").startswith(
        "The backup “mine.db” could not be made."
    )
    restore = user_text(RestoreError(LOG_MESSAGE), bracketed, file_name="old.db")
    assert restore.startswith("[StorageErrors] “old.db” could not be restored.")
    assert restore.endswith("Nothing was changed.")
    newer = user_text(RestoreError(LOG_MESSAGE, reason="newer"), file_name="old.db")
    assert newer.startswith("“old.db” was made by a newer version") and "Update the app" in newer
    for reason in RESTORE_REASONS:  # every case names the file and what to do
        told = user_text(RestoreError(LOG_MESSAGE, reason=reason), file_name="x.db")
        assert "“x.db”" in told and told != user_text(RestoreError(LOG_MESSAGE), file_name="x.db")


def test_unknown_categories_get_the_general_text() -> None:
    class NewKindOfError(StorageError):
        category = "something-new"

    assert user_text(NewKindOfError(LOG_MESSAGE)) == user_text(StorageError(LOG_MESSAGE))
