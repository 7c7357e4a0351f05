"""Boxes for findings. `RedFlagPanel`: a red flag that cannot be missed (an urgency icon,
the action as a heading, what the flag is, what it means, where it comes from, and the
caller's buttons), used on Today and on the checklist results; `FindingCard`, the quieter
box of any other finding. No colours of their own, only palette roles, so they stand out
in light and dark themes. Also the one place that translates red-flag texts, finding
titles and source lines for every screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from cramp_desktop.core.checklist import Finding
from cramp_desktop.core.red_flags import RED_FLAG_CONTEXT, Urgency, citation
from cramp_desktop.core.translation import fill
from cramp_desktop.ui.common.accessibility import ALERT, mark, raise_alert
from cramp_desktop.ui.common.widgets import body_label, heading_label, scale_font

URGENCY_ICONS = {
    Urgency.EMERGENCY: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Urgency.URGENT: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Urgency.SOON: QStyle.StandardPixmap.SP_MessageBoxInformation,
}
FRAME_WIDTHS = {Urgency.EMERGENCY: 3, Urgency.URGENT: 2, Urgency.SOON: 1}
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
# A red flag's box, for callers that keep room for it: margins, the gap beside the icon,
# and the icon's height in text lines.
PANEL_MARGIN_X = 16
PANEL_MARGIN_Y = 14
PANEL_SPACING = 14
PANEL_ICON_LINES = 2


def red_flag_text(text: str) -> str:
    """A red-flag text (context "RedFlags") in the user's language."""
    return QCoreApplication.translate(RED_FLAG_CONTEXT, text)


def finding_title(finding: Finding) -> str:
    """A checklist finding's title in the user's language."""
    return QCoreApplication.translate(finding.text_context, finding.title)


def citations(source_keys: Sequence[str]) -> str:
    """The full citations of these source keys (clinical-notes.md), "; "-separated, the
    app's own article in the user's language."""
    return "; ".join(citation(key, QCoreApplication.translate) for key in source_keys)


def sources_text(source_keys: Sequence[str]) -> str:
    """The line "Sources: …" citing these source keys in full, in the user's language."""
    cited = QCoreApplication.translate("RedFlagPanel", "Sources: %1")
    return fill(cited, [citations(source_keys)])


def icon_label(widget: QWidget, pixmap: QStyle.StandardPixmap, lines: float = 2) -> QLabel:
    """The style's standard icon, `lines` text lines of `widget` high, top-aligned."""
    size = round(widget.fontMetrics().height() * lines)
    icon = QLabel()
    icon.setPixmap(widget.style().standardIcon(pixmap).pixmap(size, size))
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    return icon


class FindingCard(QFrame):
    """A finding's box: a thin line in the muted text colour, visible in light and dark
    themes and quieter than a red flag's heavy box (styles draw thin frames in their own,
    often invisible, colours, so the line is painted here)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.PlaceholderText), 1))
        radius = self.fontMetrics().height() / 4
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.end()


class RedFlagPanel(QFrame):
    """One red flag. Every text is given already translated; rebuild the panel to
    retranslate. Public labels: `action`, `title`, `message`, `advice`, `origin`, `sources`
    (the optional ones are None when not given)."""

    def __init__(
        self,
        urgency: Urgency,
        action: str,
        title: str,
        message: str,
        *,
        source_keys: Sequence[str] = (),
        advice: str = "",
        origin: str = "",
        buttons: Sequence[QWidget] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        mark(self, ALERT)
        self.setFrameStyle(QFrame.Shape.Box | QFrame.Shadow.Plain)
        self.setLineWidth(FRAME_WIDTHS[urgency])
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        icon = icon_label(self, URGENCY_ICONS[urgency], PANEL_ICON_LINES)
        self.action = heading_label(action, scale=1.3)
        self.title = heading_label(title, scale=1.05)
        self.message = body_label(message)
        self.advice = body_label(advice) if advice else None
        self.origin = body_label(origin) if origin else None
        self.sources: QLabel | None = None
        if source_keys:
            self.sources = body_label(sources_text(source_keys))
            scale_font(self.sources, 0.9)
        self.setAccessibleName(f"{action} {title}")
        self.setAccessibleDescription(message)
        self._announced = False

        text = QVBoxLayout()
        text.setSpacing(self.fontMetrics().lineSpacing() // 2)
        for label in (self.action, self.title, self.message, self.advice, self.origin):
            if label is not None:
                label.setTextInteractionFlags(SELECTABLE)
                text.addWidget(label)
        if self.sources is not None:
            self.sources.setTextInteractionFlags(SELECTABLE)
            text.addWidget(self.sources)
        if buttons:
            row = QHBoxLayout()
            row.setSpacing(12)
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            text.addSpacing(4)
            text.addLayout(row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(PANEL_MARGIN_X, PANEL_MARGIN_Y, PANEL_MARGIN_X, PANEL_MARGIN_Y)
        layout.setSpacing(PANEL_SPACING)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._announced:  # once, when it first appears
            self._announced = True
            raise_alert(self, f"{self.accessibleName()}. {self.accessibleDescription()}")
