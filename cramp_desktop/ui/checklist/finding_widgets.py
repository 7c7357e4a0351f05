"""One finding on the checklist results page: a red-flag panel or a card saying what it
is, why it matters, what may help and where that comes from, with "Read more" into the
article and, where the advice suits a self-experiment, "Try this for 4 weeks". Their
texts keep the results page's translation context, "ChecklistResults"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStyle, QVBoxLayout, QWidget

from cramp_desktop.core.checklist import Finding
from cramp_desktop.core.checklist_content import RECENT_NOTE
from cramp_desktop.core.experiments import measure_for_advice
from cramp_desktop.core.red_flags import Urgency
from cramp_desktop.core.translation import fill
from cramp_desktop.ui.checklist.question import checklist_text
from cramp_desktop.ui.checklist.result_parts import result_heading, result_label
from cramp_desktop.ui.common import (
    FindingCard,
    RedFlagPanel,
    finding_title,
    icon_label,
    named,
    red_flag_text,
    sources_text,
)


def read_more_button(finding: Finding, open_anchor: Callable[[str], None]) -> QPushButton | None:
    """The finding's "Read more" into the article (None when it has no section there)."""
    anchor = finding.article_anchor
    if not anchor:
        return None
    button = named(
        QPushButton(QCoreApplication.translate("ChecklistResults", "Read more")),
        fill(
            QCoreApplication.translate("ChecklistResults", "Read more: %1"),
            [finding_title(finding)],
        ),
        QCoreApplication.translate(
            "ChecklistResults", "Opens the article at the section about this."
        ),
    )
    button.clicked.connect(lambda: open_anchor(anchor))
    return button


def red_flag_panel(finding: Finding, read_more: QPushButton | None) -> RedFlagPanel:
    return RedFlagPanel(
        finding.urgency or Urgency.SOON,
        red_flag_text(finding.action or ""),
        finding_title(finding),
        QCoreApplication.translate(finding.text_context, finding.explanation),
        source_keys=finding.sources,
        advice=checklist_text(finding.advice.text) if finding.advice else "",
        buttons=(read_more,) if read_more is not None else (),
    )


def finding_card(
    finding: Finding,
    page: QWidget,
    read_more: QPushButton | None,
    try_measure: Callable[[str], None] | None,
) -> FindingCard:
    """The card of a finding that is no red flag, sized by the fonts of `page`; with
    `try_measure`, a "Try this for 4 weeks" button where the advice suits one."""
    card = FindingCard()
    title = finding_title(finding)
    named(card, title)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(page.fontMetrics().lineSpacing() // 2)
    layout.addWidget(result_heading(title, scale=1.1))
    if finding.kind in ("unsure", "to-check") and finding.action:
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(icon_label(page, QStyle.StandardPixmap.SP_MessageBoxWarning, 1.0))
        if_applies = fill(
            QCoreApplication.translate("ChecklistResults", "If this applies to you: %1"),
            [red_flag_text(finding.action)],
        )
        row.addWidget(result_label(if_applies, bold=True), 1)
        layout.addLayout(row)
    explanation = QCoreApplication.translate(finding.text_context, finding.explanation)
    if finding.kind != "unsure" or finding.action:
        layout.addWidget(result_label(explanation))
    if finding.recent:
        layout.addWidget(result_label(checklist_text(RECENT_NOTE), bold=True))
    if finding.advice is not None:
        what_may_help = QCoreApplication.translate("ChecklistResults", "What may help")
        layout.addWidget(result_label(what_may_help, bold=True))
        layout.addWidget(result_label(checklist_text(finding.advice.text)))
    if finding.sources:
        layout.addWidget(result_label(sources_text(finding.sources), scale=0.9))
    if read_more is not None:
        layout.addWidget(read_more, 0, Qt.AlignmentFlag.AlignLeft)
    measure = measure_for_advice(finding.advice.id) if finding.advice else None
    if measure is not None and try_measure is not None:
        try_button = named(
            QPushButton(QCoreApplication.translate("ChecklistResults", "Try this for 4 weeks…")),
            fill(
                QCoreApplication.translate("ChecklistResults", "Try this for 4 weeks: %1"), [title]
            ),
        )
        try_button.clicked.connect(lambda: try_measure(measure.id))
        layout.addWidget(try_button, 0, Qt.AlignmentFlag.AlignLeft)
    return card
