"""File → Export everything / Import everything (JSON) in the running app."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.shell.test_data_transfer import GOOD_ROWS, HEADER, close_message_boxes


@pytest.fixture
def opened(qtbot, make_app):  # type: ignore[no-untyped-def]
    application = make_app()
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitUntil(lambda: application.repositories is not None, timeout=10_000)
    source = application.paths.root.parent / "in.csv"
    source.write_text(HEADER + GOOD_ROWS, encoding="utf-8")
    with qtbot.waitSignal(application.events.episodes_changed, timeout=10_000):
        application.transfer.import_file(application.repositories, source)
    application.repositories.days.mark_no_cramps(dt.date(2024, 3, 5))
    return application


def answer_question(button_text: str, seen: list[str]) -> QTimer:
    """Click `button_text` in the question box as soon as it shows (noting its text)."""

    def click() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                for button in widget.buttons():
                    if button.text().replace("&", "") == button_text:
                        seen.append(widget.text())
                        button.click()

    timer = QTimer()
    timer.timeout.connect(click)
    timer.start(50)
    return timer


def export(opened, qtbot, target: Path) -> dict:  # type: ignore[no-untyped-def,type-arg]
    opened.transfer.export_json_file(opened.database, target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    opened.transfer.wait()
    # The task's result reaches the window through the event loop, after the file is there.
    status = opened.window.statusBar()
    qtbot.waitUntil(lambda: "Records exported" in status.currentMessage(), timeout=10_000)
    return json.loads(target.read_text(encoding="utf-8"))


def test_the_file_menu_offers_both_once_the_data_is_open(opened) -> None:  # type: ignore[no-untyped-def]
    texts = [action.text() for action in opened.window.file_menu.actions()]
    assert "Import everything (&JSON)…" in texts and "Export everythin&g (JSON)…" in texts
    assert opened.window.import_json_action.isEnabled()
    assert opened.window.export_json_action.isEnabled()


def test_export_holds_every_record(opened, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = export(opened, qtbot, tmp_path / "all.json")
    assert len(document["episodes"]) == 2 and len(document["day_records"]) == 1
    assert "Records exported: 3, to all.json." in opened.window.statusBar().currentMessage()
    assert ((tmp_path / "all.json").stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize(("button", "replaced"), [("Replace", True), ("Cancel", False)])
def test_importing_over_records_asks_first_and_keeps_a_copy(
    opened, qtbot, tmp_path: Path, button: str, replaced: bool
) -> None:  # type: ignore[no-untyped-def]
    document = export(opened, qtbot, tmp_path / "all.json")
    document["episodes"] = document["episodes"][:1]
    (tmp_path / "one.json").write_text(json.dumps(document), encoding="utf-8")
    seen: list[str] = []
    timer = answer_question(button, seen)
    if replaced:
        with qtbot.waitSignal(opened.events.database_replaced, timeout=10_000):
            opened.transfer.import_json_file(opened.database, tmp_path / "one.json")
    else:
        opened.transfer.import_json_file(opened.database, tmp_path / "one.json")
        qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
        opened.transfer.wait()
    timer.stop()
    assert seen and "You already have 3 records" in seen[0] and "“one.json”" in seen[0]
    kept = list(opened.paths.backups.glob("cramp-before-import-*.db"))
    assert opened.repositories.episodes.count() == (1 if replaced else 2)
    assert len(kept) == (1 if replaced else 0)
    if replaced:
        assert kept[0].name in opened.window.statusBar().currentMessage()


def test_a_bad_file_names_the_place_and_changes_nothing(opened, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    document = export(opened, qtbot, tmp_path / "all.json")
    document["episodes"][1]["severity"] = 14
    (tmp_path / "bad.json").write_text(json.dumps(document), encoding="utf-8")
    shown: list[str] = []
    opened.transfer.import_json_file(opened.database, tmp_path / "bad.json")

    def problems_shown() -> bool:
        shown.extend(close_message_boxes())
        return bool(shown)

    qtbot.waitUntil(problems_shown, timeout=10_000)
    assert "episodes[1].severity: Choose a severity from 0 to 10." in shown[0]
    assert opened.repositories.episodes.count() == 2
