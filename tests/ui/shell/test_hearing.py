"""What a screen reader hears: heading and alert roles, and the "Cramp saved" notice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from cramp_desktop.core.episodes import Context, Episode, Muscle, Side
from cramp_desktop.ui.common.accessibility import ALERT, HEADING


def interface(widget: QWidget) -> tuple[QAccessible.Role, str]:
    found = QAccessible.queryAccessibleInterface(widget)
    return found.role(), found.text(QAccessible.Text.Name)


def started(qtbot, make_app):  # type: ignore[no-untyped-def]
    application = make_app()
    qtbot.addWidget(application.window)
    application.window.show()
    application.window.activateWindow()
    qtbot.waitUntil(lambda: application.repositories is not None)
    return application


def test_red_flags_are_alerts_and_titles_are_headings(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    from cramp_desktop.ui.today.screen import TodayScreen

    application = started(qtbot, make_app)
    application.repositories.episodes.add(
        Episode(
            started_at=dt.datetime.now().astimezone() - dt.timedelta(hours=2),
            duration_s=15 * 60,  # over ten minutes: a doctor today
            severity=8,
            muscle=Muscle.CALF,
            side=Side.LEFT,
            context=Context.SLEEP,
        )
    )
    application.events.episodes_changed.emit()
    today = application.window.show_screen("today")
    assert isinstance(today, TodayScreen)
    qtbot.waitUntil(lambda: bool(today.flag_panels))
    role, name = interface(today.flag_panels[0])
    assert role == ALERT and name
    assert interface(today.heading) == (HEADING, "Today")
    for key in ("checklist", "history", "report"):
        screen = application.window.show_screen(key)
        headings = [
            label for label in screen.findChildren(QLabel) if interface(label)[0] == HEADING
        ]
        assert headings and all(interface(label)[1] for label in headings), key
    numbers = today.tiles[0].episodes
    assert interface(numbers)[0] != HEADING  # big figures are not headings


def test_a_logged_cramp_is_confirmed_without_taking_the_focus_and_can_be_undone(  # type: ignore[no-untyped-def]
    qtbot, make_app
) -> None:
    from cramp_desktop.ui.episode.log_dialog import LogCrampDialog

    application = started(qtbot, make_app)
    window = application.window
    window.log_action.trigger()
    dialog = window.findChild(LogCrampDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.severity.spin)
    qtbot.keyClicks(dialog.severity.spin, "7")
    qtbot.keyClick(dialog.severity.spin, Qt.Key.Key_Return)
    notice = application.saved_notice
    assert notice is not None
    qtbot.waitUntil(notice.isVisible)
    assert notice.label.text().startswith("Cramp saved: 7/10")
    assert QApplication.focusWidget() is not notice.undo_button
    assert application.repositories.episodes.count() == 1
    qtbot.mouseClick(notice.undo_button, Qt.MouseButton.LeftButton)
    assert application.repositories.episodes.count() == 0
    assert notice.label.text() == "The cramp was removed." and not notice.undo_button.isVisible()
