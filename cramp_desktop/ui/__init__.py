"""Qt widgets: one screen per module."""
