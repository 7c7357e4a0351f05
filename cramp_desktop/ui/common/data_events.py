"""One place where screens announce and hear that stored data changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    """Passed to every screen that reads or writes data; emit after a successful write."""

    episodes_changed = Signal()
    episode_logged = Signal(object)  # a new Episode from the log dialog, after episodes_changed
    days_changed = Signal()
    medications_changed = Signal()
    assessments_changed = Signal()
    experiments_changed = Signal()  # started, stopped, or a day's adherence answered
    database_replaced = Signal()  # after a restore or import: reload everything
