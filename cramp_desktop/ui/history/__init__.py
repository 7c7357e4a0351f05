"""History: the episode table, summary, charts, medicines and past checklists.

Other packages import only these names, from this package."""

from typing import TYPE_CHECKING

from cramp_desktop.ui.exports import lazy_exports

if TYPE_CHECKING:
    from cramp_desktop.ui.history.medication_editor import MedicationDialog
    from cramp_desktop.ui.history.screen import CHECKLISTS_TAB, HistoryScreen

__all__ = [
    "CHECKLISTS_TAB",
    "HistoryScreen",
    "MedicationDialog",
]
__getattr__ = lazy_exports(
    __name__,
    {
        "CHECKLISTS_TAB": "screen",
        "HistoryScreen": "screen",
        "MedicationDialog": "medication_editor",
    },
)
