"""Self-experiments: set-up, the morning adherence question, results, History's list.

Loaded only after the first paint (like every screen but Today's shell)."""

from typing import TYPE_CHECKING

from cramp_desktop.ui.exports import lazy_exports

if TYPE_CHECKING:  # the table below, for type checkers (ui/exports.py)
    from cramp_desktop.ui.experiments.adherence_card import AdherenceCard as AdherenceCard
    from cramp_desktop.ui.experiments.history_tab import ExperimentsTab as ExperimentsTab
    from cramp_desktop.ui.experiments.setup_dialog import (
        ExperimentSetupDialog as ExperimentSetupDialog,
    )

__getattr__ = lazy_exports(
    __name__,
    {
        "adherence_card": ["AdherenceCard"],
        "history_tab": ["ExperimentsTab"],
        "setup_dialog": ["ExperimentSetupDialog"],
    },
)
