"""Today's card for the risk-factor checklist: when it was last filled in, what it found,
what changed since the one before, and whether it is worth doing again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from cramp_desktop.core.checklist import (
    Changes,
    Evaluation,
    RedoReason,
    compare,
    evaluation_from_assessment,
    group_counts,
    redo_reason,
)
from cramp_desktop.core.red_flags import episode_red_flags
from cramp_desktop.core.translation import fill
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.checklist.question import checklist_text
from cramp_desktop.ui.common import (
    ALERT,
    body_label,
    finding_title,
    format_date,
    heading_label,
    mark,
    named,
    raise_alert,
    red_flag_text,
    scale_font,
)

CHECKLIST_PANEL_DAYS = 7  # Today shows a checklist's warning signs as panels this long


@dataclass(frozen=True)
class _Status:
    """What the card shows, kept so a language change can re-word it without a database read."""

    reason: RedoReason | None
    completed_at: dt.datetime | None = None
    evaluation: Evaluation | None = None
    changes: Changes | None = None  # None when there is no checklist at all


class ChecklistStatus(QFrame):
    """Public: `refresh()` (lets StorageError through to the screen), `open_checklist`."""

    open_checklist = Signal()

    def __init__(
        self,
        repositories: Repositories,
        now: Callable[[], dt.datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ChecklistStatus")
        self._repositories = repositories
        self._now = now
        self._status = _Status(RedoReason.NEVER_DONE)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = heading_label(scale=1.2)
        self.status = body_label()
        self.warning = mark(body_label(), ALERT)  # the most urgent warning sign found, if any
        scale_font(self.warning, 1.0, bold=True)
        self.result = body_label()
        self.changes = body_label()
        self.redo = body_label()
        scale_font(self.redo, 1.0, bold=True)
        self.button = QPushButton()
        self.button.clicked.connect(self.open_checklist)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        for label in (self.title, self.status, self.warning, self.result, self.changes, self.redo):
            layout.addWidget(label)
        layout.addSpacing(6)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self._render()

    def refresh(self) -> None:
        """Read the two latest checklists and the entries logged since the latest."""
        newest = self._repositories.assessments.list(limit=2)
        if not newest:
            self._status = _Status(RedoReason.NEVER_DONE)
        else:
            latest = newest[0]
            now = self._now()
            flagged = [
                episode.started_at
                for episode in self._repositories.episodes.between(latest.completed_at, now)
                if episode_red_flags(episode)
            ]
            evaluation = evaluation_from_assessment(latest)
            previous = evaluation_from_assessment(newest[1]) if len(newest) > 1 else None
            self._status = _Status(
                redo_reason(latest.completed_at, now, flagged),
                latest.completed_at,
                evaluation,
                compare(previous, evaluation),
            )
        self._render()

    def latest(self) -> tuple[dt.datetime, Evaluation] | None:
        """When the latest checklist was completed and its result, as of the last refresh."""
        status = self._status
        if status.completed_at is None or status.evaluation is None:
            return None
        return status.completed_at, status.evaluation

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    # -- wording ----------------------------------------------------------------------
    def _render(self) -> None:
        status = self._status
        self.title.setText(self.tr("Risk-factor checklist"))
        if status.completed_at is None or status.evaluation is None:
            self.status.setText(self.tr("You have not filled in the risk-factor checklist yet."))
            self.result.setText(
                self.tr(
                    "It asks about your cramps, your health and your medicines, and shows "
                    "what is worth discussing with your doctor."
                )
            )
            self.warning.clear()
            button = self.tr("Start the &checklist")
        else:
            done = format_date(status.completed_at.date())
            self.status.setText(
                fill(self.tr("You last filled in the risk-factor checklist on %1."), [done])
            )
            warning = self._warning_text(status.evaluation, status.completed_at)
            if warning and warning != self.warning.text():
                raise_alert(self.warning, warning)
            self.warning.setText(warning)
            self.result.setText(self._result_text(status.evaluation))
            again = status.reason in (RedoReason.OLD, RedoReason.NEW_RED_FLAGS)
            button = self.tr("Do the &checklist again") if again else self.tr("Open the &checklist")
        self.changes.setText(self._changes_text(status.changes))
        self.redo.setText(self._redo_text(status.reason))
        for label in self._optional_lines():
            label.setVisible(bool(label.text()))
        self.button.setText(button)
        named(self.button, button)
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(" ".join(label.text() for label in self._shown_lines()))

    def _optional_lines(self) -> tuple[QLabel, ...]:
        return (self.warning, self.result, self.changes, self.redo)

    def _shown_lines(self) -> list[QLabel]:
        return [self.status] + [label for label in self._optional_lines() if label.text()]

    def _warning_text(self, evaluation: Evaluation, completed_at: dt.datetime) -> str:
        """The most urgent warning sign (what to do, and what it is; after 7 days, "tell
        your doctor"), then the warning questions still to check; else the first reason
        for an appointment."""
        lines = []
        if evaluation.warning_signs:
            flag = evaluation.warning_signs[0]
            if self._now() - completed_at < dt.timedelta(days=CHECKLIST_PANEL_DAYS):
                text = self.tr("%1 Warning sign in your answers: %2.")
                lines.append(fill(text, [red_flag_text(flag.action or ""), finding_title(flag)]))
            else:
                text = self.tr(
                    "Warning sign in your answers: %1. Tell your doctor about it, and do the "
                    "checklist again if anything has changed."
                )
                lines.append(fill(text, [finding_title(flag)]))
        count = len(evaluation.to_check)
        if count == 1:
            lines.append(
                self.tr(
                    "1 warning question not answered or answered “not sure”. If it applies "
                    "to you, do what the results say."
                )
            )
        elif count:
            lines.append(
                self.tr(
                    "%n warning questions not answered or answered “not sure”. If one "
                    "applies to you, do what the results say.",
                    "",
                    count,
                )
            )
        if not lines and evaluation.red_flags:
            flag = evaluation.red_flags[0]
            text = self.tr("%1 Reason for an appointment in your answers: %2.")
            lines.append(fill(text, [red_flag_text(flag.action or ""), finding_title(flag)]))
        return "\n".join(lines)

    def _result_text(self, evaluation: Evaluation) -> str:
        return fill(self.tr("Its result: %1."), [findings_summary(evaluation)])

    def _changes_text(self, changes: Changes | None) -> str:
        if changes is None or not changes.has_previous:
            return ""
        if not changes.has_changes:
            return self.tr("Same findings as the one before.")
        number = QLocale().toString
        return fill(
            self.tr("Since the one before: new findings: %1 · no longer found: %2."),
            [number(len(changes.new)), number(len(changes.resolved))],
        )

    def _redo_text(self, reason: RedoReason | None) -> str:
        if reason == RedoReason.OLD:
            return self.tr("It is more than 3 months old: worth doing again.")
        if reason == RedoReason.NEW_RED_FLAGS:
            return self.tr("You have logged a warning sign since then: worth doing again.")
        return ""


def findings_summary(evaluation: Evaluation) -> str:
    """One line naming the groups, no plural forms needed: "Warning signs: 1 · to check: 2
    · Reasons for an appointment: 3 · Findings: 6", or "No concern found"."""
    counts = group_counts(evaluation)
    if not counts:
        return QCoreApplication.translate("ChecklistStatus", "No concern found")
    number = QLocale().toString
    return " · ".join(fill(checklist_text(text), [number(count)]) for text, count in counts)
