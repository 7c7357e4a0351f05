"""Opening the data at start-up: a damaged or too-new file is explained once, in words
that match what happens next."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.backups import backup_to
from cramp_desktop.storage.database import open_database
from cramp_desktop.storage.errors import NewerDatabaseError, user_text
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.shell.storage_dialogs import open_storage_interactively
from tests.storage.conftest import make_episode

Answer = Callable[[QMessageBox], None]


def click(text: str) -> Answer:
    def answer(box: QMessageBox) -> None:
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
        button.click()

    return answer


class BoxAnswerer:
    """Answers each message box as it opens (a box left over is closed) and keeps what
    each one said."""

    def __init__(self, answers: list[Answer]) -> None:
        self.seen: list[str] = []
        self._answers = list(answers)
        self._timer = QTimer()
        self._timer.timeout.connect(self._answer_open_box)
        self._timer.start(20)

    def _answer_open_box(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        self.seen.append(f"{box.text()}\n{box.informativeText()}".strip())
        if self._answers:
            self._answers.pop(0)(box)
        else:
            box.reject()

    def stop(self) -> None:
        self._timer.stop()


MakeAnswerer = Callable[[list[Answer]], BoxAnswerer]


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    main = QMainWindow()
    qtbot.addWidget(main)
    return main


@pytest.fixture
def answerer() -> Iterator[MakeAnswerer]:
    made: list[BoxAnswerer] = []

    def make(answers: list[Answer]) -> BoxAnswerer:
        made.append(BoxAnswerer(answers))
        return made[-1]

    yield make
    for each in made:
        each.stop()


def damage_with_a_backup(paths: DataPaths, tmp_path: Path) -> Path:
    """A damaged data file, and a good backup holding one episode noted "from the backup"."""
    other = DataPaths(tmp_path / "other")
    with open_database(other) as database:
        Repositories.for_database(database).episodes.add(make_episode(notes="from the backup"))
    paths.create()
    backup = backup_to(other.database, paths.backups / "cramp-auto-2024-01-01.db")
    paths.database.write_text("These are my notes about cramps.\n" * 50)
    return backup


def damaged_files(paths: DataPaths) -> list[Path]:
    return [p for p in paths.root.glob("cramp.db.damaged-*") if not p.name.endswith("-shm")]


def test_the_backup_restored_from_the_damaged_file_box(
    window: QMainWindow, paths: DataPaths, tmp_path: Path, answerer: MakeAnswerer
) -> None:
    damage_with_a_backup(paths, tmp_path)
    boxes = answerer([click("Restore backup")])
    database = open_storage_interactively(window, paths)
    assert database is not None
    with database:
        episodes = Repositories.for_database(database).episodes.all()
    assert [e.notes for e in episodes] == ["from the backup"]
    [kept] = damaged_files(paths)
    assert boxes.seen == [
        f"Your data file was damaged and could not be read. It has been kept as “{kept.name}” "
        "in your data folder.\nRestore your newest backup, “cramp-auto-2024-01-01.db”?"
    ]


def test_starting_with_empty_data_keeps_the_damaged_file(
    window: QMainWindow, paths: DataPaths, tmp_path: Path, answerer: MakeAnswerer
) -> None:
    damage_with_a_backup(paths, tmp_path)
    boxes = answerer([click("Start with empty data")])
    database = open_storage_interactively(window, paths)
    assert database is not None
    with database:
        assert Repositories.for_database(database).episodes.all() == []
    assert len(boxes.seen) == 1 and len(damaged_files(paths)) == 1


def test_quit_stops_without_a_second_box(
    window: QMainWindow, paths: DataPaths, tmp_path: Path, answerer: MakeAnswerer
) -> None:
    damage_with_a_backup(paths, tmp_path)
    boxes = answerer([click("Quit"), click("Quit")])
    damaged = paths.database.read_text()
    assert open_storage_interactively(window, paths) is None
    assert len(boxes.seen) == 1  # nothing afterwards claims a start with empty data
    # Nothing was decided: the file is back in place, so the next start asks again
    # rather than silently beginning with empty data.
    assert paths.database.read_text() == damaged and damaged_files(paths) == []
    assert open_storage_interactively(window, paths) is None
    assert len(boxes.seen) == 2


def test_a_failed_restore_is_told_once_and_the_app_stops(
    window: QMainWindow, paths: DataPaths, tmp_path: Path, answerer: MakeAnswerer
) -> None:
    backup = damage_with_a_backup(paths, tmp_path)

    def backup_gone_then_restore(box: QMessageBox) -> None:
        backup.unlink()
        click("Restore backup")(box)

    boxes = answerer([backup_gone_then_restore])
    assert open_storage_interactively(window, paths) is None
    assert boxes.seen == [
        boxes.seen[0],
        "“cramp-auto-2024-01-01.db” does not exist. Choose another file. Nothing was changed."
        "\nLeg Cramp Companion will now close.",
    ]  # and no third box saying the backup "can be restored"


def test_without_a_user_to_ask_one_line_says_the_app_stops_and_names_the_kept_file(
    window: QMainWindow,
    paths: DataPaths,
    tmp_path: Path,
    answerer: MakeAnswerer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    damage_with_a_backup(paths, tmp_path)
    boxes = answerer([])
    assert open_storage_interactively(window, paths, interactive=False) is None
    [kept] = damaged_files(paths)
    assert capsys.readouterr().err == (
        "cramp-desktop: Leg Cramp Companion stops because your data file is damaged; it has "
        f"been kept as “{kept.name}” in your data folder.\n"
    )
    assert boxes.seen == []


def test_a_newer_database_is_explained_in_the_words_of_the_storage_errors(
    window: QMainWindow, paths: DataPaths, answerer: MakeAnswerer
) -> None:
    paths.create()
    with closing(sqlite3.connect(paths.database)) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
        connection.commit()
    boxes = answerer([])
    assert open_storage_interactively(window, paths) is None
    assert boxes.seen == [user_text(NewerDatabaseError("", revision="9999"))]


def test_a_synced_data_folder_is_explained_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from cramp_desktop.paths import DataPaths
    from cramp_desktop.storage.database import open_database
    from cramp_desktop.ui.shell.storage_dialogs import explain_shared_folder

    paths = DataPaths(tmp_path / "OneDrive" / "cramps")
    parent = QWidget()
    qtbot.addWidget(parent)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with open_database(paths) as database:
        assert explain_shared_folder(parent, database, settings)
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        assert any(str(paths.root) in box.text() and "cloud" in box.text() for box in boxes)
        for box in boxes:
            box.done(0)
        assert not explain_shared_folder(parent, database, settings)
