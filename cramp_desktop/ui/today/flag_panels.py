"""Today's red-flag panels: what recent entries show (one panel per flag, from its newest
entry), a routine topic when cramps came on many of the last 28 days, and the warning
signs of a checklist done in the last 7 days. Each can be dismissed by its key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from cramp_desktop.core.checklist import Evaluation
from cramp_desktop.core.episodes import Episode
from cramp_desktop.core.red_flags import (
    FREQUENT_WINDOW_DAYS,
    RED_FLAGS,
    RedFlag,
    frequent_cramp_days,
    recent_red_flags,
    urgency_rank,
)
from cramp_desktop.core.translation import fill
from cramp_desktop.ui.checklist import CHECKLIST_PANEL_DAYS
from cramp_desktop.ui.common import RedFlagPanel, format_date, named, red_flag_text

FLAG_DAYS = 14  # entries of the last 14 days raise panels


class FlagPanel(RedFlagPanel):
    """A red flag with where it came from and a Dismiss button; `key` names it for good."""

    dismissed = Signal(str)  # the dismissal key

    def __init__(self, flag: RedFlag, origin: str, key: str, parent: QWidget | None = None):
        dismiss_name = QCoreApplication.translate("FlagPanel", "Dismiss: %1")
        dismiss_button = named(
            QPushButton(QCoreApplication.translate("FlagPanel", "Dismiss")),
            fill(dismiss_name, [red_flag_text(flag.title)]),
        )
        super().__init__(
            flag.urgency,
            red_flag_text(flag.action),
            red_flag_text(flag.title),
            red_flag_text(flag.message),
            source_keys=flag.sources,
            origin=origin,
            buttons=(dismiss_button,),
            parent=parent,
        )
        self.dismiss_button = dismiss_button
        self.flag = flag
        self.key = key
        self.dismiss_button.clicked.connect(lambda: self.dismissed.emit(self.key))


def flag_panels(
    episodes: Iterable[Episode],
    today: dt.date,
    checklist: tuple[dt.datetime, Evaluation] | None,
    now: dt.datetime,
) -> list[FlagPanel]:
    """Every panel for Today, most urgent first. `episodes`: at least the last
    FREQUENT_WINDOW_DAYS days; `checklist`: the latest one's completion time and result."""
    episodes = list(episodes)
    first_flag_day = today - dt.timedelta(days=FLAG_DAYS - 1)
    recent = [e for e in episodes if first_flag_day <= e.started_at.date() <= today]
    panels = []
    for flag, episode in recent_red_flags(recent):
        when = format_date(episode.started_at.date())
        origin = QCoreApplication.translate("FlagPanel", "From your entry of %1.")
        panels.append(FlagPanel(flag, fill(origin, [when]), f"{flag.id}:{episode.id}"))
    days = frequent_cramp_days(episodes, today)
    if days is not None:
        origin = QCoreApplication.translate(
            "FlagPanel", "Your log shows cramps on %1 of the last %2 days."
        )
        text = fill(origin, [QLocale().toString(days), QLocale().toString(FREQUENT_WINDOW_DAYS)])
        week = today.isocalendar()
        key = f"frequent-cramps:log-{week.year}-w{week.week}"  # asks again a week later
        panels.append(FlagPanel(RED_FLAGS["frequent-cramps"], text, key))
    if checklist is not None:
        panels += _checklist_panels(*checklist, now)
    return sorted(panels, key=lambda panel: urgency_rank(panel.flag))


def _checklist_panels(
    completed_at: dt.datetime, evaluation: Evaluation, now: dt.datetime
) -> list[FlagPanel]:
    if now - completed_at >= dt.timedelta(days=CHECKLIST_PANEL_DAYS):
        return []  # after that, the checklist card says to tell the doctor
    when = format_date(completed_at.date())
    origin = QCoreApplication.translate("FlagPanel", "From your checklist of %1.")
    return [
        FlagPanel(
            RED_FLAGS[finding.id],
            fill(origin, [when]),
            f"{finding.id}:checklist-{completed_at.isoformat()}",
        )
        for finding in evaluation.warning_signs
        if finding.id in RED_FLAGS
    ]
