"""The risk-factor checklist: its screen, results (also shown in History) and Today's card.

Other packages import only these names, from this package."""

from typing import TYPE_CHECKING

from cramp_desktop.ui.exports import lazy_exports

if TYPE_CHECKING:
    from cramp_desktop.ui.checklist.results import ChecklistResults
    from cramp_desktop.ui.checklist.screen import ChecklistScreen
    from cramp_desktop.ui.checklist.status import (
        CHECKLIST_PANEL_DAYS,
        ChecklistStatus,
        findings_summary,
    )

__all__ = [
    "CHECKLIST_PANEL_DAYS",
    "ChecklistResults",
    "ChecklistScreen",
    "ChecklistStatus",
    "findings_summary",
]
__getattr__ = lazy_exports(
    __name__,
    {
        "ChecklistResults": "results",
        "ChecklistScreen": "screen",
        "CHECKLIST_PANEL_DAYS": "status",
        "ChecklistStatus": "status",
        "findings_summary": "status",
    },
)
