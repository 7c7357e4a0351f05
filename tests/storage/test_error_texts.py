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
    damaged_file_text,
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
    RestoreError(LOG_MESSAGE, reason="not-a-backup", source=Path("/b/old.db")),
    RecordNotFoundError(LOG_MESSAGE),
    InvalidRecordError(LOG_MESSAGE),
]


def bracketed(context: str, text: str) -> str:
    """A stand-in translation that shows what it was asked."""
    return f"[{context}] {text}"


@pytest.mark.parametrize("error", ERRORS, ids=lambda error: type(error).__name__)
def test_each_error_is_told_in_translated_sentences_without_the_log_message(
    error: StorageError,
) -> None:
    english = user_text(error)
    assert english.endswith(".") and LOG_MESSAGE not in english
    translated = user_text(error, bracketed)
    assert translated.startswith("[StorageErrors] ")
    assert translated.replace("[StorageErrors] ", "") == english  # every piece translated


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
    source = Path("/b/old.db")
    newer = user_text(RestoreError(LOG_MESSAGE, reason="newer", source=source))
    assert newer.startswith("“old.db” was made by a newer version") and "Update the app" in newer
    chosen = user_text(RestoreError(LOG_MESSAGE, reason="newer", source=source), file_name="/b/o")
    assert chosen.startswith("“/b/o” was made")  # the name as the user gave it wins
    told = {
        reason: user_text(RestoreError(LOG_MESSAGE, reason=reason, source=source), bracketed)
        for reason in RESTORE_REASONS
    }
    for reason, text in told.items():  # every case names the file and what to do
        assert text.startswith("[StorageErrors] ") and "“old.db”" in text, reason
    assert len(set(told.values())) == len(told)


def test_a_restore_that_could_not_copy_or_open_the_data_says_so() -> None:
    source = Path("/b/old.db")
    copy_failed = user_text(RestoreError(LOG_MESSAGE, reason="copy-failed", source=source))
    assert "free space" in copy_failed and "not a usable" not in copy_failed
    unavailable = user_text(RestoreError(LOG_MESSAGE, reason="unavailable", source=source))
    assert "current data could not be opened" in unavailable
    assert "Nothing was changed" in unavailable


def test_a_damaged_file_is_named_once_then_what_can_be_done() -> None:
    damaged, with_backup = ERRORS[2], ERRORS[3]
    assert isinstance(damaged, DamagedDatabaseError)
    kept = damaged_file_text(damaged, bracketed)
    assert kept == "[StorageErrors] " + damaged_file_text(damaged)
    assert user_text(damaged).startswith(damaged_file_text(damaged) + " No backup was found")
    assert user_text(with_backup).count("“cramp-damaged.db”") == 1


def test_unknown_categories_get_the_general_text() -> None:
    class NewKindOfError(StorageError):
        category = "something-new"

    assert user_text(NewKindOfError(LOG_MESSAGE)) == user_text(StorageError(LOG_MESSAGE))
