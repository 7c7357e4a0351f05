"""What changed since the checklist before, shown below a checklist's results (texts in
context "ChecklistResults", the page's)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cramp_desktop.core.checklist import Changes, Finding, FindingGroup
from cramp_desktop.core.translation import fill
from cramp_desktop.ui.checklist.result_parts import result_bullet, result_heading, result_label
from cramp_desktop.ui.common import finding_title, format_date


def changes_box(changes: Changes, previous: dt.datetime | None, line: int) -> QWidget:
    """The box; `line` is the line spacing of the page's font."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(line // 3)
    if not changes.has_previous:
        layout.addWidget(
            result_label(
                QCoreApplication.translate("ChecklistResults", "This is your first checklist.")
            )
        )
        return box
    if previous is None:
        title = QCoreApplication.translate("ChecklistResults", "What changed since last time")
    else:
        title = fill(
            QCoreApplication.translate("ChecklistResults", "What changed since %1"),
            [format_date(previous.date())],
        )
    layout.addWidget(result_heading(title))
    if not changes.has_changes:
        layout.addWidget(
            result_label(
                QCoreApplication.translate("ChecklistResults", "Same findings as last time.")
            )
        )
        return box
    for caption, findings in (
        (QCoreApplication.translate("ChecklistResults", "New this time"), changes.new),
        (QCoreApplication.translate("ChecklistResults", "No longer found"), changes.resolved),
    ):
        if not findings:
            continue
        layout.addSpacing(line // 3)
        layout.addWidget(result_label(caption, bold=True))
        for finding in findings:
            layout.addLayout(result_bullet(_change_line(finding)))
    if changes.unchanged:
        count = QLocale().toString(len(changes.unchanged))
        layout.addSpacing(line // 3)
        found = QCoreApplication.translate("ChecklistResults", "Found last time too: %1")
        layout.addWidget(result_label(fill(found, [count])))
    return box


def _change_line(finding: Finding) -> str:
    if finding.kind == "to-check" and finding.unanswered:  # its title is the question
        text = QCoreApplication.translate("ChecklistResults", "Not answered: %1")
    elif finding.kind in ("unsure", "to-check"):
        text = QCoreApplication.translate("ChecklistResults", "Not sure: %1")
    elif finding.kind == "red-flag" and finding.group == FindingGroup.WARNING:
        text = QCoreApplication.translate("ChecklistResults", "Warning sign: %1")
    elif finding.kind == "red-flag":
        text = QCoreApplication.translate("ChecklistResults", "Reason for an appointment: %1")
    else:
        return finding_title(finding)
    return fill(text, [finding_title(finding)])
