"""The risk-factor checklist: its screen, results (also shown in History) and Today's card.

Other packages import only these names, from this package."""

from typing import TYPE_CHECKING

from cramp_desktop.ui.exports import lazy_exports

if TYPE_CHECKING:  # the table below, for type checkers (ui/exports.py)
    from cramp_desktop.ui.checklist.results import ChecklistResults as ChecklistResults
    from cramp_desktop.ui.checklist.screen import ChecklistScreen as ChecklistScreen
    from cramp_desktop.ui.checklist.status import (
        CHECKLIST_PANEL_DAYS as CHECKLIST_PANEL_DAYS,
        ChecklistStatus as ChecklistStatus,
        findings_summary as findings_summary,
    )

__getattr__ = lazy_exports(
    __name__,
    {
        "results": ["ChecklistResults"],
        "screen": ["ChecklistScreen"],
        "status": ["CHECKLIST_PANEL_DAYS", "ChecklistStatus", "findings_summary"],
    },
)
