"""Self-experiments: set-up, the morning adherence question, results, History's list.

Loaded only after the first paint (like every screen but Today's shell)."""
