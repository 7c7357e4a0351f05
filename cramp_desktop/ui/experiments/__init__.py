"""Self-experiments: set-up, the morning adherence question, results, History's list.

Loaded only after the first paint (like every screen but Today's shell)."""

from typing import TYPE_CHECKING

from cramp_desktop.ui.exports import lazy_exports

if TYPE_CHECKING:
    from cramp_desktop.ui.experiments.adherence_card import AdherenceCard
    from cramp_desktop.ui.experiments.history_tab import ExperimentsTab
    from cramp_desktop.ui.experiments.setup_dialog import ExperimentSetupDialog


__all__ = [
    "AdherenceCard",
    "ExperimentSetupDialog",
    "ExperimentsTab",
]
__getattr__ = lazy_exports(
    __name__,
    {
        "AdherenceCard": "adherence_card",
        "ExperimentSetupDialog": "setup_dialog",
        "ExperimentsTab": "history_tab",
    },
)
