"""Log a cramp: the common case takes three keystrokes (Ctrl+N, a severity digit, Enter).

Severity has the focus first; start time, duration, muscle, side and situation have
defaults; the optional details are folded away (details.py). Nothing is
saved until core's validation passes, and a storage error keeps everything typed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimeZone, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop import preferences
from cramp_desktop.core.episodes import Context, Episode, Muscle, Side
from cramp_desktop.core.translation import fill
from cramp_desktop.core.validation import validate_episode
from cramp_desktop.storage.errors import StorageError
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common import (
    DataEvents,
    DiscardGuard,
    FieldMessage,
    current_code,
    date_time_format,
    edited_start,
    fill_combo,
    form_row,
    from_qdatetime,
    in_computer_zone,
    last_night_start,
    local_now,
    logged_late,
    naive_wall_clock,
    named,
    offset_text,
    select_code,
    to_qdatetime,
    unsaved_entry_message,
    wall_clock,
)
from cramp_desktop.ui.episode.details import (
    EpisodeDetails,
    SeverityPicker,
)


def remembered(settings: QSettings) -> tuple[Muscle, Side]:
    """The muscle and side of the last saved cramp (calf, left before the first)."""
    return preferences.LAST_MUSCLE.get(settings), preferences.LAST_SIDE.get(settings)


def remember(settings: QSettings, muscle: Muscle, side: Side) -> None:
    preferences.LAST_MUSCLE.set(settings, muscle)
    preferences.LAST_SIDE.set(settings, side)


class LogCrampDialog(QDialog):
    """Log a new cramp (`episode` None) or edit one; emits `saved` with the stored Episode."""

    saved = Signal(object)

    def __init__(
        self,
        repositories: Repositories,
        events: DataEvents,
        settings: QSettings,
        *,
        episode: Episode | None = None,
        now: Callable[[], dt.datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LogCrampDialog")
        self._repositories = repositories
        self._events = events
        self._settings = settings
        self._episode = episode
        self._now = now or local_now
        self.setWindowTitle(self.tr("Edit a cramp") if episode else self.tr("Log a cramp"))
        self._build()
        if episode is None:
            self._set_defaults()
        else:
            self._fill(episode)
        self._update_late_note()
        self.discard_guard = DiscardGuard(self)

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.severity = SeverityPicker()
        self.when = named(QDateTimeEdit(), self.tr("Start time"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_time_format())
        self.when.setTimeZone(QTimeZone.utc())  # holds a wall clock: Qt never shifts it
        self.zone_note = QLabel()
        self.zone_note.hide()
        self.when.dateTimeChanged.connect(self._update_late_note)
        self.preset_buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("now", self.tr("Now")),
            ("15min", self.tr("15 min ago")),
            ("1h", self.tr("1 h ago")),
            ("night", self.tr("Last &night")),
        ):
            button = named(QPushButton(text), text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=key: self.choose_start(k))
            self.preset_buttons[key] = button
        self.late_note = QLabel(self.tr("This entry will be marked as logged later."))
        self.late_note.setWordWrap(True)
        self.minutes = named(QSpinBox(), self.tr("Duration, minutes"))
        self.minutes.setRange(0, 9999)  # validation explains the 24 h limit
        self.minutes.setSuffix(self.tr(" min"))
        self.seconds = named(QSpinBox(), self.tr("Duration, seconds"))
        self.seconds.setRange(0, 59)
        self.seconds.setSuffix(self.tr(" s"))
        self.muscle = named(QComboBox(), self.tr("Muscle"))
        fill_combo(self.muscle, list(Muscle))
        self.side = named(QComboBox(), self.tr("Side"))
        fill_combo(self.side, list(Side))
        self.context = named(QComboBox(), self.tr("Situation"))
        fill_combo(self.context, list(Context))

        self.details_toggle = named(QToolButton(), self.tr("More &details (optional)"))
        self.details_toggle.setText(self.tr("More &details (optional)"))
        self.details_toggle.setCheckable(True)
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.details_toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.details_toggle.toggled.connect(self.set_details_shown)
        self.details = EpisodeDetails()
        self.details.hide()

        self._targets: dict[str, QWidget] = {  # field -> where its message points
            "severity": self.severity.spin,
            "started_at": self.when,
            "duration_s": self.minutes,
            "muscle": self.muscle,
            "side": self.side,
            "context": self.context,
        }
        self.messages = {name: FieldMessage() for name in self._targets}
        self.messages.update(self.details.messages)
        self.general_message = FieldMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        named(self.save_button, self.save_button.text())
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, cancel.text()).setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(lambda: self.discard_guard.cancel())
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(14)
        form_row(
            form,
            self.tr("How &bad was it?"),
            self.severity.spin,
            self.severity,
            self.messages["severity"],
        )
        presets = QHBoxLayout()
        for button in self.preset_buttons.values():
            presets.addWidget(button)
        presets.addStretch(1)
        when = QVBoxLayout()
        when.addLayout(presets)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when)
        when_row.addWidget(self.zone_note)
        when_row.addStretch(1)
        when.addLayout(when_row)
        when.addWidget(self.late_note)
        form_row(form, self.tr("&When did it start?"), self.when, when, self.messages["started_at"])
        duration = QHBoxLayout()
        duration.addWidget(self.minutes)
        duration.addWidget(self.seconds)
        duration.addStretch(1)
        form_row(
            form,
            self.tr("How &long did it last?"),
            self.minutes,
            duration,
            self.messages["duration_s"],
        )
        form_row(form, self.tr("&Muscle:"), self.muscle, self.muscle, self.messages["muscle"])
        form_row(form, self.tr("S&ide:"), self.side, self.side, self.messages["side"])
        form_row(form, self.tr("Situa&tion:"), self.context, self.context, self.messages["context"])

        self.content = content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(12)
        column.addLayout(form)
        column.addWidget(self.details_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.details)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.general_message)
        layout.addWidget(self.buttons)
        chain = [*self.focus_chain(), self.save_button, self.buttons.buttons()[-1]]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._sized = False

    def _fit_to_content(self) -> None:
        """As big as the form (no sideways scrolling), but never taller than the screen."""
        scrollbar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(self.content.minimumSizeHint().width() + scrollbar + 24)
        available = self.screen().availableGeometry().height() * 0.9
        wanted = self.content.sizeHint().height() + self.buttons.sizeHint().height() + 48
        self.resize(self.content.sizeHint().width() + scrollbar + 24, int(min(wanted, available)))

    def focus_chain(self) -> list[QWidget]:
        """Every control in reading order (the details only count when unfolded)."""
        return [
            self.severity.spin,
            *self.preset_buttons.values(),
            self.when,
            self.minutes,
            self.seconds,
            self.muscle,
            self.side,
            self.context,
            self.details_toggle,
            *self.details.focus_chain(),
        ]

    # -- filling ----------------------------------------------------------------------
    def _set_defaults(self) -> None:
        self.choose_start("now")
        self.minutes.setValue(1)
        muscle, side = remembered(self._settings)
        select_code(self.muscle, muscle)
        select_code(self.side, side)
        select_code(self.context, Context.REST)

    def _fill(self, episode: Episode) -> None:
        self.severity.set_value(episode.severity)
        # Shown in the time and offset it was logged with, whatever the computer's zone.
        self.when.setDateTime(wall_clock(episode.started_at))
        if not in_computer_zone(episode.started_at):
            zone = offset_text(episode.started_at)
            self.zone_note.setText(zone)
            self.zone_note.setToolTip(
                fill(self.tr("%1: the time zone this entry was logged in"), (zone,))
            )
            self.zone_note.setAccessibleName(self.zone_note.toolTip())
            self.zone_note.show()
        self.minutes.setValue(episode.duration_s // 60)
        self.seconds.setValue(episode.duration_s % 60)
        select_code(self.muscle, episode.muscle)
        select_code(self.side, episode.side)
        select_code(self.context, episode.context)
        self.details.fill(episode)
        if self.details.has_details(episode):
            self.details_toggle.setChecked(True)

    def choose_start(self, key: str) -> None:
        """One-click start times: "now", "15min", "1h" or "night" (which also means asleep)."""
        now = self._now().replace(second=0, microsecond=0)
        if key == "night":
            self.when.setDateTime(to_qdatetime(last_night_start(now)))
            select_code(self.context, Context.SLEEP)
            return
        back = {"now": 0, "15min": 15, "1h": 60}[key]
        self.when.setDateTime(to_qdatetime(now - dt.timedelta(minutes=back)))

    def set_details_shown(self, shown: bool) -> None:
        self.details_toggle.setChecked(shown)
        self.details_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.details.setVisible(shown)

    def _update_late_note(self) -> None:
        if self._episode is not None:
            self.late_note.setText(self.tr("This entry is marked as logged later."))
            self.late_note.setVisible(self._episode.logged_late)
            return
        self.late_note.setVisible(self._is_late(self._now()))

    def _is_late(self, now: dt.datetime) -> bool:
        return logged_late(from_qdatetime(self.when.dateTime()), now)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self._fit_to_content()
        self.severity.spin.setFocus(Qt.FocusReason.OtherFocusReason)
        self.severity.spin.selectAll()  # so typing a digit replaces what is there

    # -- saving -----------------------------------------------------------------------
    def episode_from_fields(self, now: dt.datetime) -> Episode:
        severity = self.severity.value()
        fields: dict[str, object] = {
            "started_at": self._started_at(),
            "duration_s": self.minutes.value() * 60 + self.seconds.value(),
            "severity": 0 if severity is None else severity,
            "muscle": current_code(self.muscle, Muscle),
            "side": current_code(self.side, Side),
            "context": current_code(self.context, Context),
            **self.details.values(),
        }
        if self._episode is not None:
            return dataclasses.replace(self._episode, **fields)  # type: ignore[arg-type]
        return Episode(**fields, logged_late=self._is_late(now))  # type: ignore[arg-type]

    def _started_at(self) -> dt.datetime:
        if self._episode is None:
            return from_qdatetime(self.when.dateTime())
        return edited_start(naive_wall_clock(self.when.dateTime()), self._episode.started_at)

    def accept(self) -> None:
        self.clear_messages()
        now = self._now()
        episode = self.episode_from_fields(now)
        problems = [
            (error.field, QCoreApplication.translate("Validation", error.message))
            for error in validate_episode(episode, now=now)
        ]
        if self.severity.value() is None:  # not chosen yet: say so instead of "0 is wrong"
            problems = [(field, text) for field, text in problems if field != "severity"]
            text = self.tr("Choose how bad the cramp was: type a number from 0 to 10.")
            problems.insert(0, ("severity", text))
        if problems:
            self.show_errors(problems)
            return
        try:
            if self._episode is None:
                stored = self._repositories.episodes.add(episode)
            else:
                stored = self._repositories.episodes.update(episode)
        except StorageError as error:
            self.general_message.show_message(unsaved_entry_message(error))
            return
        remember(self._settings, stored.muscle, stored.side)
        self._events.episodes_changed.emit()
        if self._episode is None:
            self._events.episode_logged.emit(stored)
        self.saved.emit(stored)
        super().accept()

    def clear_messages(self) -> None:
        for message in self.messages.values():
            message.clear()
        self.general_message.clear()

    def show_errors(self, problems: list[tuple[str, str]]) -> None:
        """Each (field, translated text) under its field; focus moves to the first field."""
        order = [*self._targets, *self.details.messages]
        problems = sorted(problems, key=lambda p: order.index(p[0]) if p[0] in order else 99)
        for field, text in problems:
            self.messages.get(field, self.general_message).show_message(
                text, self._focus_target(field)
            )
            if field in self.details.messages:
                self.set_details_shown(True)
        first = self._focus_target(problems[0][0])
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(first)

    def _focus_target(self, field: str) -> QWidget:
        return self._targets.get(field) or self.details.focus_target(field) or self.severity.spin
