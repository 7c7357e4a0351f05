"""The "Last night?" card on Today: one click for a night without cramps, or a short
summary of a night with cramps that becomes episodes; optionally what happened yesterday.

Which night: the one that began yesterday evening. Its "no cramps" DayRecord is dated
*today*, the date the night ended: the same local date a cramp at 02:00 gets, so a quiet
night and a night with cramps count on the same day in the statistics, and so do the
factors of the 24 h before them. The question counts as answered when that record
exists, when any episode started between 18:00 yesterday and 10:00 today, or when the
user chose "Not now" today. It is asked from 04:00; before that the night is still going on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop import preferences
from cramp_desktop.core.episodes import Context, Episode, Muscle, Side
from cramp_desktop.core.local_time import to_local
from cramp_desktop.core.validation import validate_episode
from cramp_desktop.storage.errors import StorageError
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common import (
    DataEvents,
    FieldMessage,
    at_local,
    body_label,
    fill_combo,
    form_row,
    heading_label,
    named,
    scale_spin,
    scale_value,
    select_code,
    unsaved_entry_message,
)
from cramp_desktop.ui.episode import (
    remember,
    remembered,
)
from cramp_desktop.ui.today.day_factors import DayFactors

NIGHT_BEGINS = dt.time(18, 0)
NIGHT_ENDS = dt.time(10, 0)
ASK_FROM = dt.time(4, 0)
FIRST_CRAMP = dt.time(2, 0)  # a plausible time when only a summary of the night is known
SPACING = dt.timedelta(minutes=20)


def night_window(today: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The night that began yesterday: 18:00 yesterday up to 10:00 today."""
    return (at_local(today - dt.timedelta(days=1), NIGHT_BEGINS), at_local(today, NIGHT_ENDS))


def needs_answer(
    repositories: Repositories, settings: QSettings, today: dt.date, now: dt.datetime
) -> bool:
    local = to_local(now)
    if local.date() == today and local.time() < ASK_FROM:
        return False
    if preferences.LAST_NIGHT_DISMISSED.get(settings) == today:
        return False
    if repositories.days.get(today) is not None:
        return False
    return not repositories.episodes.between(*night_window(today))


def night_episodes(
    today: dt.date,
    now: dt.datetime,
    count: int,
    template: Episode,
) -> list[Episode]:
    """`count` copies of `template` (with its triggers) from 02:00, 20 minutes apart (closer
    if that would reach past `now`), all marked as logged later."""
    first = at_local(today, FIRST_CRAMP)
    spacing = SPACING
    if count > 1 and first + SPACING * (count - 1) > now:
        spacing = dt.timedelta(minutes=max(int((now - first).total_seconds() // 60 // count), 0))
    return [
        Episode(
            started_at=first + spacing * index,
            duration_s=template.duration_s,
            severity=template.severity,
            muscle=template.muscle,
            side=template.side,
            context=Context.SLEEP,
            sleep_disturbance=template.sleep_disturbance,
            triggers=template.triggers,
            logged_late=True,
        )
        for index in range(count)
    ]


class LastNightCard(QFrame):
    """Visible while last night is unanswered (after `refresh()`); `answered` after either
    answer is saved."""

    answered = Signal()

    def __init__(
        self,
        repositories: Repositories,
        events: DataEvents,
        settings: QSettings,
        *,
        today: Callable[[], dt.date],
        now: Callable[[], dt.datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LastNightCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._repositories = repositories
        self._events = events
        self._settings = settings
        self._today = today
        self._now = now
        self._thanking = False
        self.thanks_ms = 4000
        self._build()
        self._retranslate()
        self.hide()  # until the owner, once it has placed the card, calls refresh()

    def _build(self) -> None:
        self.heading = heading_label(scale=1.3)
        self.question = body_label()
        self.factors = DayFactors()  # yesterday's: the 24 h before the night
        self.no_button = QPushButton()
        self.no_button.clicked.connect(self.record_no_cramps)
        self.had_button = QPushButton()
        self.had_button.setCheckable(True)
        self.had_button.toggled.connect(self.show_form)
        self.later_button = QPushButton()
        self.later_button.setFlat(True)
        self.later_button.clicked.connect(self.dismiss)
        self.count = QSpinBox()
        self.count.setRange(1, 20)
        self.worst = scale_spin("", "–")
        self.longest = QDoubleSpinBox()
        self.longest.setRange(0.1, 9999.0)  # validation explains the 24 h limit
        self.longest.setDecimals(1)
        self.longest.setValue(1.0)
        self.sleep = scale_spin("", "")
        self.muscle = QComboBox()
        fill_combo(self.muscle, list(Muscle))
        self.side = QComboBox()
        fill_combo(self.side, list(Side))
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_cramps)
        self.form = QWidget()
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # as in the log dialog
            enter = QShortcut(QKeySequence(key), self.form)
            enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            enter.activated.connect(self.save_cramps)
        self._targets: dict[str, QWidget] = {  # field -> where its message points
            "count": self.count,
            "severity": self.worst,
            "duration_s": self.longest,
            "sleep_disturbance": self.sleep,
            "muscle": self.muscle,
            "side": self.side,
        }
        self.messages = {name: FieldMessage() for name in self._targets}
        self.general_message = FieldMessage()
        self.thanks = heading_label(scale=1.1, heading=False)
        self.thanks.hide()

        self.buttons_row = QWidget()
        buttons = QHBoxLayout(self.buttons_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.no_button, self.had_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        form = QFormLayout(self.form)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setContentsMargins(0, 8, 0, 0)
        self.captions = {
            name: form_row(form, "", field, field, self.messages[name])
            for name, field in self._targets.items()
        }
        for caption in self.captions.values():  # wrapped captions got clipped to a field's height
            caption.setWordWrap(False)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        form.addRow(save_row)
        self.form.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        for widget in (self.heading, self.question, self.factors, self.buttons_row, self.form):
            layout.addWidget(widget)
        layout.addWidget(self.general_message)
        layout.addWidget(self.thanks)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Last night?"))
        self.question.setText(self.tr("Did you have leg cramps during the night?"))
        for widget, text in (
            (self.no_button, self.tr("&No cramps")),
            (self.had_button, self.tr("H&ad cramps…")),
            (self.later_button, self.tr("Not now")),
            (self.save_button, self.tr("&Save these cramps")),
        ):
            named(widget, text).setText(text)
        named(self.count, self.tr("How many cramps"))
        named(self.worst, self.tr("Worst severity, 0 (no pain) to 10 (worst imaginable)"))
        named(self.longest, self.tr("Longest cramp in minutes"))
        self.longest.setSuffix(self.tr(" min"))
        named(self.sleep, self.tr("Sleep disturbance, 0 to 10 (optional)"))
        self.sleep.setSpecialValueText(self.tr("Not recorded"))
        named(self.muscle, self.tr("Muscle"))
        named(self.side, self.tr("Side"))
        self.thanks.setText(self.tr("Thanks — recorded."))
        for name, caption in (
            ("count", self.tr("How &many?")),
            ("severity", self.tr("&Worst severity (0–10):")),
            ("duration_s", self.tr("&Longest cramp:")),
            ("sleep_disturbance", self.tr("Slee&p disturbance (0–10):")),
            ("muscle", self.tr("M&uscle:")),
            ("side", self.tr("S&ide:")),
        ):
            self.captions[name].setText(caption)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- state ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the card while last night is unanswered (raises StorageError if unreadable)."""
        if self._thanking:
            return
        self.setVisible(needs_answer(self._repositories, self._settings, *self._moment()))

    def _moment(self) -> tuple[dt.date, dt.datetime]:
        return self._today(), self._now()

    def show_form(self, shown: bool) -> None:
        self.form.setVisible(shown)
        self.had_button.setChecked(shown)
        if shown:
            muscle, side = remembered(self._settings)
            select_code(self.muscle, muscle)
            select_code(self.side, side)
            self.count.setFocus(Qt.FocusReason.OtherFocusReason)

    def dismiss(self) -> None:
        preferences.LAST_NIGHT_DISMISSED.set(self._settings, self._today())
        self.hide()

    def record_no_cramps(self) -> None:
        self.general_message.clear()
        try:
            self._repositories.days.mark_no_cramps(self._today(), self.factors.chosen())
        except StorageError as error:
            self.general_message.show_message(unsaved_entry_message(error))
            return
        self._show_thanks()
        self._events.days_changed.emit()

    def save_cramps(self) -> None:
        for message in (*self.messages.values(), self.general_message):
            message.clear()
        today, now = self._moment()
        worst = scale_value(self.worst)
        template = Episode(
            started_at=now,
            duration_s=round(self.longest.value() * 60),
            severity=0 if worst is None else worst,
            muscle=Muscle(self.muscle.currentData()),
            side=Side(self.side.currentData()),
            context=Context.SLEEP,
            sleep_disturbance=scale_value(self.sleep),
            triggers=self.factors.ticked(),
        )
        episodes = night_episodes(today, now, self.count.value(), template)
        problems = {e.field: e.message for ep in episodes for e in validate_episode(ep, now=now)}
        if worst is None:
            problems["severity"] = ""
        if problems:
            self._show_problems(problems)
            return
        try:
            self._repositories.episodes.add_many(episodes)
        except StorageError as error:
            self.general_message.show_message(unsaved_entry_message(error))
            return
        remember(self._settings, template.muscle, template.side)
        self._show_thanks()
        self._events.episodes_changed.emit()

    def _show_problems(self, problems: dict[str, str]) -> None:
        first: QWidget | None = None
        for field, message in problems.items():
            text = QCoreApplication.translate("Validation", message)
            if field == "severity" and not message:
                text = self.tr("Choose the worst severity: type a number from 0 to 10.")
            target = self._targets.get(field)
            self.messages.get(field, self.general_message).show_message(text, target)
            first = first or target
        (first or self.count).setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_thanks(self) -> None:
        self._thanking = True
        for widget in (self.question, self.factors, self.buttons_row, self.form):
            widget.hide()
        self.thanks.show()
        self.answered.emit()
        QTimer.singleShot(self.thanks_ms, self, self._end_thanks)

    def _end_thanks(self) -> None:
        self._thanking = False
        self.thanks.hide()
        for widget in (self.question, self.factors, self.buttons_row):
            widget.show()
        self.factors.reset()
        self.show_form(False)
        try:
            self.refresh()
        except StorageError:
            self.hide()
