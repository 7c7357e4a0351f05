"""The results of one completed checklist in three groups, never mixed: warning signs (and
the warning questions still to check), reasons for an appointment, and findings; then
what changed since the checklist before.

Each finding (finding_widgets.py) says what it is, why it matters, what may help, and
where that comes from, with a "Read more" into the article. The page informs; it never
diagnoses.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QLocale, QObject, QTime, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop.core.checklist import (
    Changes,
    Evaluation,
    Finding,
    FindingGroup,
    compare,
    evaluation_from_assessment,
)
from cramp_desktop.core.checklist_content import (
    GROUP_APPOINTMENT,
    GROUP_FINDINGS,
    GROUP_WARNING,
    NOT_A_DIAGNOSIS,
    OTHER_CONDITION_TITLE,
    TO_CHECK_TITLE,
)
from cramp_desktop.core.episodes import Assessment
from cramp_desktop.core.translation import fill
from cramp_desktop.ui.checklist.changes_box import changes_box
from cramp_desktop.ui.checklist.finding_widgets import (
    finding_card,
    read_more_button,
    red_flag_panel,
)
from cramp_desktop.ui.checklist.question import checklist_text
from cramp_desktop.ui.checklist.result_parts import result_heading, result_label
from cramp_desktop.ui.checklist.status import findings_summary
from cramp_desktop.ui.common import (
    PANEL_ICON_LINES,
    PANEL_MARGIN_X,
    PANEL_SPACING,
    SELECTABLE,
    RedFlagPanel,
    format_date,
    heading_label,
    icon_label,
    named,
    scale_font,
)

READABLE_WIDTH_CHARS = 72  # a comfortable line length for body text
PAGE_MARGIN = 32
INFO_ICON = QStyle.StandardPixmap.SP_MessageBoxInformation
# Measured on ordinary words: averageCharWidth() is narrower than real text in many fonts.
SAMPLE_TEXT = "Cramps that come mostly at night or at rest are common, usually harmless."


class ChecklistResults(QWidget):
    """A scrollable results page. Call `show_assessments()` (or `show_results()`); listen
    to `read_more_requested` (an article anchor), with `show_redo=True` `redo_requested`, and
    with `offer_experiments=True` `try_requested` (advice that suits a self-experiment).

    Public for tests and callers: `heading`, `date_label`, `disclaimer`, `scroll_area`,
    `redo_button`, `red_flag_panels`, `finding_widgets` (finding id -> its panel or card,
    in screen order), `read_more_buttons` (finding id -> button), `section_headings`
    (finding kind -> heading), `unanswered_label`, `changes_box`."""

    read_more_requested = Signal(str)
    redo_requested = Signal()
    try_requested = Signal(str)  # a measure id (core.experiments), "Try this for 4 weeks"

    def __init__(
        self,
        *,
        show_redo: bool = False,
        offer_experiments: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ChecklistResults")
        self._offer_experiments = offer_experiments
        self._shown: tuple[Evaluation, Changes | None, dt.datetime, dt.datetime | None] | None = (
            None
        )
        self.red_flag_panels: list[RedFlagPanel] = []
        self.finding_widgets: dict[str, QWidget] = {}
        self.read_more_buttons: dict[str, QPushButton] = {}
        self.section_headings: dict[str, QLabel] = {}
        self.unanswered_label: QLabel | None = None
        self.changes_box: QWidget | None = None

        self.heading = heading_label(scale=1.6)
        self.heading.setTextInteractionFlags(SELECTABLE)
        self.date_label = result_label("")
        self.counts_label = result_label("", bold=True)  # "Warning signs: 1 · to check: 2 · ..."
        self.disclaimer = result_label("", bold=True)
        self.redo_button = QPushButton()
        self.redo_button.clicked.connect(self.redo_requested)
        self._body = QWidget()
        self._column = QWidget()
        self._column_layout = QVBoxLayout(self._column)
        self._lay_out()
        self.redo_button.setVisible(show_redo)  # once in the layout: never a window of its own
        self._retranslate()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

    # -- public ------------------------------------------------------------------------
    def show_assessments(self, latest: Assessment, previous: Assessment | None) -> None:
        """Show the results of `latest` and what changed since `previous` (None: the first)."""
        current = evaluation_from_assessment(latest)
        before = evaluation_from_assessment(previous) if previous is not None else None
        self.show_results(
            current,
            compare(before, current),
            latest.completed_at,
            previous.completed_at if previous is not None else None,
        )

    def show_results(
        self,
        evaluation: Evaluation,
        changes: Changes | None,
        completed_at: dt.datetime,
        previous_completed_at: dt.datetime | None,
    ) -> None:
        """Show `evaluation`, completed at `completed_at`, and `changes` since the checklist
        completed at `previous_completed_at` (None: nothing to compare is said)."""
        self._shown = (evaluation, changes, completed_at, previous_completed_at)
        # The wall-clock time where it was filled in, as stored (like the report).
        time = QTime(completed_at.hour, completed_at.minute)
        self.date_label.setText(
            fill(
                self.tr("Completed on %1 at %2."),
                [
                    format_date(completed_at.date()),
                    QLocale().toString(time, QLocale.FormatType.ShortFormat),
                ],
            )
        )
        self._rebuild_body(evaluation, changes, previous_completed_at)
        self.scroll_area.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        """Show no results (for example when there are none left to show)."""
        self._shown = None
        self.date_label.clear()
        self.counts_label.clear()
        self._replace_body(QWidget())

    # -- building ----------------------------------------------------------------------
    def _lay_out(self) -> None:
        disclaimer_box = QFrame()
        disclaimer_box.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(disclaimer_box)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(12)
        self._disclaimer_icon = icon_label(self, INFO_ICON, 1.2)
        row.addWidget(self._disclaimer_icon)
        row.addWidget(self.disclaimer, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.redo_button)
        buttons.addStretch(1)
        column = self._column_layout
        column.setSpacing(self.fontMetrics().lineSpacing() // 2)
        column.addWidget(self.heading)
        column.addWidget(self.date_label)
        column.addWidget(self.counts_label)
        column.addSpacing(self.fontMetrics().lineSpacing() // 2)
        column.addWidget(disclaimer_box)
        column.addWidget(self._body)
        column.addSpacing(self.fontMetrics().lineSpacing())
        column.addLayout(buttons)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self._column)
        self.scroll_area.viewport().setAutoFillBackground(False)  # the background around it
        self._column.setAutoFillBackground(False)
        self.scroll_area.viewport().installEventFilter(self)
        self._fit_width()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def _fit_width(self) -> None:
        """Keep body text about READABLE_WIDTH_CHARS characters wide inside a finding's
        box, whatever the window's width: the spare width becomes the right margin (a
        margin, not a maximum width, so the page's height follows its real width)."""
        metrics = self.fontMetrics()
        text = metrics.horizontalAdvance(SAMPLE_TEXT) * READABLE_WIDTH_CHARS // len(SAMPLE_TEXT)
        boxes = 2 * PANEL_MARGIN_X + PANEL_SPACING + metrics.height() * PANEL_ICON_LINES
        margin = PAGE_MARGIN
        spare = self.scroll_area.viewport().width() - (text + boxes + 2 * margin)
        self._column_layout.setContentsMargins(margin, margin, margin + max(0, spare), margin)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_width()
        return super().eventFilter(watched, event)

    def _replace_body(self, body: QWidget) -> None:
        self._column_layout.replaceWidget(self._body, body)
        self._body.deleteLater()
        self._body = body
        body.show()  # now, not from the event loop, so it can take focus at once

    def _rebuild_body(
        self, evaluation: Evaluation, changes: Changes | None, previous: dt.datetime | None
    ) -> None:
        self.red_flag_panels = []
        self.finding_widgets = {}
        self.read_more_buttons = {}
        self.section_headings = {}
        self.unanswered_label = None
        self.changes_box = None
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.fontMetrics().lineSpacing() // 2)
        self.counts_label.setText(findings_summary(evaluation))
        for group, title in (
            (FindingGroup.WARNING, checklist_text(GROUP_WARNING)),
            (FindingGroup.APPOINTMENT, checklist_text(GROUP_APPOINTMENT)),
            (FindingGroup.FINDINGS, checklist_text(GROUP_FINDINGS)),
            (FindingGroup.NONE, ""),
        ):
            findings = evaluation.in_group(group)
            if not findings:
                continue
            layout.addSpacing(self.fontMetrics().lineSpacing())
            if title:
                self.section_headings[group.value] = result_heading(title)
                layout.addWidget(self.section_headings[group.value])
            kind = None
            for finding in findings:
                if finding.kind != kind:
                    kind = finding.kind
                    self._sub_heading(layout, kind, first=finding is findings[0])
                widget = self._finding_widget(finding)
                self.finding_widgets[finding.id] = widget
                layout.addWidget(widget)
        if evaluation.unanswered:
            count = QLocale().toString(len(evaluation.unanswered))
            self.unanswered_label = result_label(
                fill(
                    self.tr(
                        "Questions not answered: %1. They are not counted either way, so "
                        "these results may miss something."
                    ),
                    [count],
                )
            )
            layout.addSpacing(self.fontMetrics().lineSpacing() // 2)
            layout.addWidget(self.unanswered_label)
        if changes is not None:
            self.changes_box = changes_box(changes, previous, self.fontMetrics().lineSpacing())
            layout.addSpacing(self.fontMetrics().lineSpacing())
            layout.addWidget(self.changes_box)
        self._replace_body(body)

    def _sub_heading(self, layout: QVBoxLayout, kind: str, *, first: bool) -> None:
        """Within a group, a heading where the kind of finding changes (and an intro)."""
        titles = {
            "to-check": checklist_text(TO_CHECK_TITLE),
            "risk": self.tr("Risk factors and possible contributing factors"),
            "other-condition": checklist_text(OTHER_CONDITION_TITLE),
            "unsure": self.tr("Worth checking"),
        }
        if kind not in titles or (first and kind == "risk"):
            return
        if not first:
            layout.addSpacing(self.fontMetrics().lineSpacing() // 2)
        self.section_headings[kind] = result_heading(titles[kind], scale=1.1)
        layout.addWidget(self.section_headings[kind])
        if kind == "unsure":
            layout.addWidget(result_label(self._unsure_intro()))
        elif kind == "to-check":
            layout.addWidget(result_label(self._to_check_intro(), bold=True))

    def _finding_widget(self, finding: Finding) -> QWidget:
        button = read_more_button(finding, self.read_more_requested.emit)
        if button is not None:
            self.read_more_buttons[finding.id] = button
        if finding.kind == "red-flag":
            panel = red_flag_panel(finding, button)
            self.red_flag_panels.append(panel)
            return panel
        try_measure = self.try_requested.emit if self._offer_experiments else None
        return finding_card(finding, self, button, try_measure)

    def _to_check_intro(self) -> str:
        return self.tr(
            "You did not answer these warning questions, or were not sure. Each could need "
            "help quickly: if one applies to you, do what it says."
        )

    def _unsure_intro(self) -> str:
        return self.tr(
            "You answered “not sure” to these. They are not counted either way; finding out, "
            "or asking your doctor or pharmacist, may be worth it."
        )

    # -- reacting ----------------------------------------------------------------------
    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        page = self.scroll_area.widget()
        if new is not None and page is not None and page.isAncestorOf(new):
            margin = self.fontMetrics().lineSpacing() * 2
            self.scroll_area.ensureWidgetVisible(new, margin, margin)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._shown is not None:
                self.show_results(*self._shown)
        elif event.type() == QEvent.Type.FontChange:
            # Headings carry fonts scaled from the old application font: scale them again.
            scale_font(self.heading, 1.6, bold=True)
            scale_font(self.disclaimer, 1.0, bold=True)
            self._disclaimer_icon.setPixmap(icon_label(self, INFO_ICON, 1.2).pixmap())
            self._fit_width()
            if self._shown is not None:
                self.show_results(*self._shown)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Your checklist results"))
        named(self.heading, self.heading.text())
        self.disclaimer.setText(checklist_text(NOT_A_DIAGNOSIS))
        named(self.redo_button, self.tr("Do the checklist again"))
        self.redo_button.setText(self.tr("Do the checklist &again"))
        self.scroll_area.setAccessibleName(self.tr("Checklist results"))
