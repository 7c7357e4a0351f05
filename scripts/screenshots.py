"""Write PNGs of every screen, light and dark, at a fixed size, from a demo data folder.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py OUT_DIR [--scale 1.3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from cramp_desktop.app import CrampApplication
from cramp_desktop.core.checklist import is_warning_question
from cramp_desktop.core.checklist_questions import QUESTIONS
from cramp_desktop.core.episodes import (
    Answer,
    AnswerValue,
    Assessment,
    Context,
    Episode,
    Medication,
    MedicationKind,
    Muscle,
    Relief,
    ReliefHelped,
    Side,
    Trigger,
)
from cramp_desktop.core.experiments import Experiment
from cramp_desktop.options import GuiOptions
from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.checklist import ChecklistScreen
from cramp_desktop.ui.history import (
    CHECKLISTS_TAB,
    EXPERIMENTS_TAB,
    MEDICINES_TAB,
    HistoryScreen,
    MedicationDialog,
)
from cramp_desktop.ui.read import ReadScreen
from cramp_desktop.ui.report import ReportScreen
from cramp_desktop.ui.screens import SCREENS
from cramp_desktop.ui.shell import Appearance, dark_palette, open_storage_interactively

WINDOW_SIZE = (1200, 800)


def seed_demo_data(repositories: Repositories, today: dt.date) -> None:
    """Eight weeks of plausible night cramps, "no cramps" mornings and two medicines."""
    rng = random.Random(7)
    zone = dt.datetime.now().astimezone().tzinfo
    episodes = []
    for days_ago in range(56, 0, -1):
        day = today - dt.timedelta(days=days_ago)
        if rng.random() < 0.35:
            start = dt.datetime.combine(
                day, dt.time(rng.choice([1, 2, 3, 4, 23]), rng.randrange(60))
            )
            episodes.append(
                Episode(
                    started_at=start.replace(tzinfo=zone),
                    duration_s=rng.choice([30, 60, 90, 120, 240, 420]),
                    severity=rng.randint(3, 9),
                    muscle=rng.choice([Muscle.CALF, Muscle.CALF, Muscle.FOOT, Muscle.TOES]),
                    side=rng.choice([Side.LEFT, Side.RIGHT, Side.LEFT]),
                    context=Context.SLEEP,
                    sleep_disturbance=rng.randint(2, 8),
                    triggers=frozenset(rng.sample(list(Trigger)[:6], rng.randint(0, 2))),
                    relief=frozenset({Relief.STRETCHING}),
                    relief_helped=rng.choice(list(ReliefHelped)),
                    notes=rng.choice(["", "", "Walked a lot in town", "Hot day, little water"]),
                )
            )
        elif rng.random() < 0.6:
            repositories.days.mark_no_cramps(day)
    repositories.episodes.add_many(episodes)
    repositories.medications.add(
        Medication("Bendroflumethiazide", MedicationKind.DIURETIC, today - dt.timedelta(days=40))
    )
    repositories.medications.add(
        Medication(
            "Magnesium citrate", MedicationKind.SUPPLEMENT_MAGNESIUM, today - dt.timedelta(days=20)
        )
    )
    seed_demo_assessments(repositories, today, zone)
    start = today - dt.timedelta(days=10)
    trial = repositories.experiments.start(Experiment("stretch-before-bed", start), start)
    assert trial.id is not None
    for days_ago in range(10, 1, -1):
        day = today - dt.timedelta(days=days_ago)
        repositories.experiments.set_adherence(trial.id, day, days_ago % 4 != 0)


def seed_demo_assessments(
    repositories: Repositories, today: dt.date, zone: dt.tzinfo | None
) -> None:
    """An older checklist (version 0.1.0's questions) and a recent one with a warning sign
    and a warning question answered "not sure", so the results show all three groups."""
    yes, no, unsure = AnswerValue.YES, AnswerValue.NO, AnswerValue.UNSURE
    older = {
        "warning.calf_swelling": no,
        "pattern.night": yes,
        "fluids.drinks_little": yes,
        "medicines.takes_any": no,
    }
    warnings_no = {q.id: no for q in QUESTIONS if is_warning_question(q)}
    recent = {
        **warnings_no,
        "warning.calf_swelling_now": yes,
        "warning.dark_urine_now": unsure,
        "pattern.walking_pain": yes,
        "pattern.night": yes,
        "pattern.frequent": yes,
        "fluids.drinks_little": no,
        "fluids.supplements": yes,
        "medicines.takes_any": yes,
        "medicines.diuretic": yes,
        "medicines.diuretic_recent": yes,
        "activity.no_stretching": yes,
    }
    for days_ago, choices, sleep in ((130, older, 4), (3, recent, 7)):
        answers = [Answer(qid, choice) for qid, choice in choices.items()]
        answers.append(Answer("impact.sleep", scale=sleep))
        moment = dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(20, 15))
        repositories.assessments.save(
            Assessment(moment.replace(tzinfo=zone), "0.1.0", tuple(answers))
        )


def save(window: QWidget, target: Path) -> None:
    settled = time.monotonic() + 0.5  # wrapped labels take a second layout pass
    while time.monotonic() < settled:
        QApplication.processEvents()
        time.sleep(0.02)
    report = window.findChild(ReportScreen)
    if report is not None and report.isVisible():  # its preview is made in a thread
        deadline = time.monotonic() + 60
        while (report.is_busy() or report.preview.made == 0) and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.02)
        settled = time.monotonic() + 1  # QPdfView renders its pages in a thread too
        while time.monotonic() < settled:
            QApplication.processEvents()
            time.sleep(0.02)
    window.grab().save(str(target))
    print(target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0, help="text size factor")
    parser.add_argument("--lang", default=None, help="language code, e.g. de")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    qt_app = QApplication(sys.argv[:1])
    qt_app.setStyle("Fusion")
    light = qt_app.style().standardPalette()
    with tempfile.TemporaryDirectory(prefix="cramp-demo-") as demo:
        paths = DataPaths(Path(demo)).create()
        options = GuiOptions(
            data_dir=paths.root, language=args.lang, smoke_test=False, quit_when_shown=False
        )
        application = CrampApplication(qt_app, options, paths)
        application.appearance.apply(Appearance(text_scale=args.scale))
        database = open_storage_interactively(application.window, paths, interactive=False)
        assert database is not None
        seed_demo_data(Repositories.for_database(database), dt.date.today())
        application.attach_database(database)
        application.start_features()
        window = application.window
        window.resize(*WINDOW_SIZE)
        window.show()
        suffix = "" if args.scale == 1.0 else f"-x{args.scale:g}"
        suffix += f"-{args.lang}" if args.lang else ""
        for theme, palette in (("light", light), ("dark", dark_palette())):
            qt_app.setPalette(palette)
            for spec in SCREENS:
                window.show_screen(spec.key)
                save(window, args.out / f"{spec.key}-{theme}{suffix}.png")
            checklist = window.show_screen("checklist")
            assert isinstance(checklist, ChecklistScreen)
            checklist.start(fresh=True)
            assert checklist.wizard is not None
            checklist.wizard.next_button.click()
            checklist.wizard.next_button.click()
            checklist.wizard.next_button.click()  # the medicines, pre-filled from the list
            save(window, args.out / f"checklist-wizard-{theme}{suffix}.png")
            checklist.show_home()
            history = window.show_screen("history")
            assert isinstance(history, HistoryScreen)
            history.tabs.setCurrentIndex(CHECKLISTS_TAB)
            save(window, args.out / f"history-checklists-{theme}{suffix}.png")
            history.tabs.setCurrentIndex(EXPERIMENTS_TAB)
            save(window, args.out / f"history-experiments-{theme}{suffix}.png")
            history.tabs.setCurrentIndex(MEDICINES_TAB)  # after a change, undone after
            history.medications.table.setCurrentCell(0, 0)
            history.medications.edit_current()
            assert history.medications.dialog is not None
            history.medications.dialog.note.setPlainText("20 mg")
            history.medications.dialog.save()
            save(window, args.out / f"history-medicines-{theme}{suffix}.png")
            history.undo_action.trigger()
            history.tabs.setCurrentIndex(0)
            setup = application.features.try_experiment("drink-to-thirst")
            assert isinstance(setup, QWidget)
            save(setup, args.out / f"experiment-setup-{theme}{suffix}.png")
            setup.close()
            read = window.show_screen("read")
            assert isinstance(read, ReadScreen)
            read.show_section("managing-cramps")  # beside the app's evidence notes
            save(window, args.out / f"read-evidence-{theme}{suffix}.png")
            assert application.repositories is not None
            dialog = MedicationDialog(application.repositories, application.events, None, window)
            dialog.show()
            dialog.save()  # a new medicine: no kind until one is chosen
            save(dialog, args.out / f"medicine-editor-{theme}{suffix}.png")
            dialog.reject()
        application.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
