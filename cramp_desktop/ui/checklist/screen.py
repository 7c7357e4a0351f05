"""The Checklist screen: a start page, the wizard, and the results of the latest checklist.

A half-finished checklist is kept as a draft in the settings (inside the private data
folder) after every answer, so closing the window or the app loses nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop import __version__, preferences
from cramp_desktop.core.checklist_content import NOT_A_DIAGNOSIS, SECTIONS
from cramp_desktop.core.checklist_draft import Draft, draft_from_json, draft_to_json
from cramp_desktop.core.checklist_questions import QUESTIONS
from cramp_desktop.core.episodes import Assessment
from cramp_desktop.core.translation import fill
from cramp_desktop.storage.errors import StorageError, user_text
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.checklist.question import checklist_text
from cramp_desktop.ui.checklist.results import ChecklistResults
from cramp_desktop.ui.checklist.wizard import ChecklistWizard
from cramp_desktop.ui.common import (
    DataEvents,
    body_label,
    confirmed,
    format_date,
    heading_label,
    local_now,
    named,
)

READABLE_WIDTH_CHARS = 70
log = logging.getLogger(__name__)


class ChecklistStart(QWidget):
    """What the checklist is, and Start / Continue / See your last results."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading_label()
        self.intro = body_label()
        self.safety = body_label()
        self.status = body_label()
        self.start_button = QPushButton()
        self.continue_button = QPushButton()
        self.results_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        for button in (self.continue_button, self.start_button, self.results_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        for widget in (self.title, self.intro, self.safety, self.status):
            column.addWidget(widget)
        column.addSpacing(6)
        column.addLayout(buttons)
        column.addStretch(1)
        body = QWidget()
        body.setLayout(column)
        body.setMaximumWidth(self.fontMetrics().averageCharWidth() * READABLE_WIDTH_CHARS)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addWidget(body, 1)
        outer.addStretch(0)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Risk-factor checklist"))
        self.intro.setText(
            fill(
                self.tr(
                    "%1 short sections of yes, no or not sure questions about your cramps, what "
                    "you drink, your medicines and your health. It takes about five minutes. "
                    "At the end you see what is worth raising with your doctor, and why."
                ),
                [str(len(SECTIONS))],
            )
        )
        self.safety.setText(checklist_text(NOT_A_DIAGNOSIS))
        named(self.continue_button, self.tr("Continue where you left off"))
        self.continue_button.setText(self.tr("&Continue where you left off"))
        named(self.results_button, self.tr("See your last results"))
        self.results_button.setText(self.tr("See your last &results"))

    def show_state(
        self, has_draft: bool, latest: Assessment | None, problem: str | None = None
    ) -> None:
        """`problem`: why the saved checklists could not be read (said instead of "none")."""
        self.continue_button.setVisible(has_draft)
        self.results_button.setVisible(latest is not None)
        start = self.tr("Start again") if has_draft else self.tr("Start the checklist")
        named(self.start_button, start).setText(start)
        if has_draft:
            self.status.setText(self.tr("You have a checklist you did not finish."))
        elif problem is not None:
            self.status.setText(problem)
        elif latest is None:
            self.status.setText(self.tr("You have not filled in the checklist yet."))
        else:
            self.status.setText(
                fill(
                    self.tr("You last filled it in on %1."),
                    [format_date(latest.completed_at.date())],
                )
            )
        default = self.continue_button if has_draft else self.start_button
        default.setDefault(True)
        default.setAutoDefault(True)

    def focus_first_action(self) -> None:
        target = self.continue_button if self.continue_button.isVisible() else self.start_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)


class ChecklistScreen(QWidget):
    """Start page -> wizard -> results; results of the latest checklist when there is one."""

    read_more_requested = Signal(str)  # an article anchor
    try_experiment_requested = Signal(str)  # a measure id

    def __init__(
        self,
        repositories: Repositories,
        events: DataEvents,
        settings: QSettings,
        now: Callable[[], dt.datetime] = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repositories = repositories
        self._events = events
        self._settings = settings
        self._now = now
        self.start_page = ChecklistStart()
        self.results = ChecklistResults(show_redo=True, offer_experiments=True)
        self.wizard: ChecklistWizard | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.start_page.start_button.clicked.connect(self.start_again)
        self.start_page.continue_button.clicked.connect(lambda: self.start(fresh=False))
        self.start_page.results_button.clicked.connect(self.show_latest_results)
        self.results.redo_requested.connect(self.start_again)
        self.results.read_more_requested.connect(self.read_more_requested)
        self.results.try_requested.connect(self.try_experiment_requested)
        self.show_home()

    # -- pages ------------------------------------------------------------------------
    def show_home(self) -> None:
        """The results of the latest checklist, or the start page with a draft or none yet."""
        draft = self.saved_draft()
        try:
            latest = self._repositories.assessments.latest()
        except StorageError as error:  # not "never done": say that it could not be read
            problem = user_text(error, QCoreApplication.translate)
            self.start_page.show_state(draft is not None, None, problem)
            self._show_page(self.start_page)
            self._storage_problem(error)
            return
        if draft is None and latest is not None:
            self.show_latest_results()
            return
        self.start_page.show_state(draft is not None, latest)
        self._show_page(self.start_page)
        self.start_page.focus_first_action()

    def show_latest_results(self) -> None:
        try:
            recent = self._repositories.assessments.list(limit=2)
        except StorageError as error:
            self._storage_problem(error)
            return
        if not recent:
            self.show_home()
            return
        self.results.show_assessments(recent[0], recent[1] if len(recent) > 1 else None)
        self._show_page(self.results)

    def start_again(self) -> None:
        """A new checklist, once the user agrees to discard the unfinished one (if any)."""
        if self.saved_draft() is not None and not confirmed(
            self,
            self.tr("Start again?"),
            self.tr(
                "Start a new checklist? The answers of the checklist you did not finish "
                "will be discarded."
            ),
        ):
            return
        self.start(fresh=True)

    def start(self, fresh: bool) -> None:
        """Open the wizard: a new checklist (replacing any draft once the wizard is open, so
        a failure before that keeps it), or the saved draft."""
        try:
            medications = self._repositories.medications.list()
        except StorageError as error:
            self._storage_problem(error)
            return
        if self.wizard is not None:
            self.pages.removeWidget(self.wizard)
            self.wizard.deleteLater()
        self.wizard = ChecklistWizard(medications, today=self._now().date())
        self.wizard.set_draft(None if fresh else self.saved_draft())
        self.wizard.changed.connect(self._keep_draft)
        self.wizard.finished.connect(self.finish)
        self.wizard.closed.connect(self.show_home)
        self.pages.addWidget(self.wizard)
        self._show_page(self.wizard)
        self.wizard.focus_first_question()
        self._keep_draft()

    def finish(self) -> None:
        """Store the completed checklist; on a storage error the draft stays for a retry."""
        if self.wizard is None:
            return
        answers = self.wizard.answers()
        assessment = Assessment(
            completed_at=self._now(),
            app_version=__version__,
            answers=tuple(answers[question.id] for question in QUESTIONS if question.id in answers),
        )
        try:
            previous = self._repositories.assessments.latest()
            saved = self._repositories.assessments.save(assessment)
        except StorageError as error:
            self._storage_problem(error)
            return
        self.clear_draft()
        self._events.assessments_changed.emit()
        self.results.show_assessments(saved, previous)
        self._show_page(self.results)

    def _show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        if page is not self.wizard and self.wizard is not None:
            self.pages.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None

    # -- the draft --------------------------------------------------------------------
    def saved_draft(self) -> Draft | None:
        text = preferences.CHECKLIST_DRAFT.get(self._settings)
        return draft_from_json(text) if text else None

    def _keep_draft(self) -> None:
        if self.wizard is not None:
            preferences.CHECKLIST_DRAFT.set(self._settings, draft_to_json(self.wizard.draft()))

    def clear_draft(self) -> None:
        preferences.CHECKLIST_DRAFT.clear(self._settings)

    # -- helpers ----------------------------------------------------------------------
    def _storage_problem(self, error: StorageError) -> None:
        """Tell the user in their language; the English details go to the log."""
        log.warning("Checklist: %s", error.message)
        text = user_text(error, QCoreApplication.translate)
        QMessageBox.warning(self, self.tr("Your data could not be used"), text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.start_page.retranslate()
            if self.pages.currentWidget() is self.start_page:
                self.show_home()
        super().changeEvent(event)
