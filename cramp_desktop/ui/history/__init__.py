"""History: the episode table, summary, charts, medicines, past checklists and experiments.

Other packages import only these names, from this package."""

from typing import TYPE_CHECKING

from cramp_desktop.ui.exports import lazy_exports

if TYPE_CHECKING:  # the table below, for type checkers (ui/exports.py)
    from cramp_desktop.ui.history.medication_editor import MedicationDialog as MedicationDialog
    from cramp_desktop.ui.history.screen import (
        CHECKLISTS_TAB as CHECKLISTS_TAB,
        EXPERIMENTS_TAB as EXPERIMENTS_TAB,
        MEDICINES_TAB as MEDICINES_TAB,
        HistoryScreen as HistoryScreen,
    )

__getattr__ = lazy_exports(
    __name__,
    {
        "medication_editor": ["MedicationDialog"],
        "screen": ["CHECKLISTS_TAB", "EXPERIMENTS_TAB", "MEDICINES_TAB", "HistoryScreen"],
    },
)
