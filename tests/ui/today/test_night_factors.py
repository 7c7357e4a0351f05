"""The "Last night?" card's factor picker: what is stored with the night or with the
episodes, and its keyboard use."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget

from cramp_desktop.core.episodes import Trigger
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common.data_events import DataEvents
from tests.ui.today.screen_setup import TODAY, YESTERDAY, make_screen


def tick(qtbot, box: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    """Click the box's text, as a user would (the box itself is wider than its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.sizeHint().width() // 2, 8))


def test_no_cramps_with_the_picker_never_opened_records_no_factors_and_keeps_stored_ones(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    card = make_screen(qtbot, repositories, events, settings).last_night
    assert card.factors.toggle.isVisible() and not card.factors.panel.isVisible()
    with qtbot.waitSignal(events.days_changed):
        qtbot.mouseClick(card.no_button, Qt.MouseButton.LeftButton)
    record = repositories.days.get(TODAY)
    assert record is not None and record.triggers == frozenset()
    repositories.days.mark_no_cramps(TODAY, {Trigger.ALCOHOL})  # e.g. from another window
    card.record_no_cramps()
    assert repositories.days.get(TODAY).triggers == {Trigger.ALCOHOL}  # type: ignore[union-attr]


def test_no_cramps_stores_the_ticked_factors_with_the_night(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    card = make_screen(qtbot, repositories, events, settings).last_night
    qtbot.mouseClick(card.factors.toggle, Qt.MouseButton.LeftButton)
    assert card.factors.panel.isVisible()
    assert "patterns" in card.factors.why.text() and "cause" not in card.factors.why.text()
    assert set(card.factors.boxes) == set(Trigger) - {Trigger.OTHER, Trigger.NEW_MEDICINE}
    for code in (Trigger.HEAT, Trigger.CAFFEINE):
        tick(qtbot, card.factors.boxes[code])
    qtbot.mouseClick(card.no_button, Qt.MouseButton.LeftButton)
    record = repositories.days.get(TODAY)
    assert record is not None and record.triggers == {Trigger.HEAT, Trigger.CAFFEINE}
    assert repositories.days.get(YESTERDAY) is None


def test_an_opened_picker_with_nothing_ticked_replaces_stored_factors_with_none(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    card = make_screen(qtbot, repositories, events, settings).last_night
    qtbot.mouseClick(card.factors.toggle, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.factors.toggle, Qt.MouseButton.LeftButton)  # folded again
    repositories.days.mark_no_cramps(TODAY, {Trigger.ALCOHOL})
    card.record_no_cramps()
    assert repositories.days.get(TODAY).triggers == frozenset()  # type: ignore[union-attr]


def test_had_cramps_gives_every_created_episode_the_ticked_factors(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    card = make_screen(qtbot, repositories, events, settings).last_night
    qtbot.mouseClick(card.factors.toggle, Qt.MouseButton.LeftButton)
    tick(qtbot, card.factors.boxes[Trigger.HARD_EXERCISE])
    qtbot.mouseClick(card.had_button, Qt.MouseButton.LeftButton)
    card.count.setValue(2)
    card.worst.setValue(4)
    with qtbot.waitSignal(events.episodes_changed):
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    episodes = repositories.episodes.all()
    assert [e.triggers for e in episodes] == [frozenset({Trigger.HARD_EXERCISE})] * 2
    assert repositories.days.get(TODAY) is None


def test_the_picker_is_folded_and_cleared_when_the_card_is_asked_again(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    card = make_screen(qtbot, repositories, events, settings).last_night
    card.thanks_ms = 10
    qtbot.mouseClick(card.factors.toggle, Qt.MouseButton.LeftButton)
    tick(qtbot, card.factors.boxes[Trigger.HEAT])
    qtbot.mouseClick(card.no_button, Qt.MouseButton.LeftButton)
    assert not card.factors.isVisible()
    repositories.days.remove(TODAY)  # so the card asks again after its thanks
    qtbot.waitUntil(lambda: card.question.isVisible())
    assert card.isVisible() and not card.factors.panel.isVisible()
    assert card.factors.ticked() == frozenset() and card.factors.chosen() is None


def test_keyboard_only_factors_then_no_cramps(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    screen = make_screen(qtbot, repositories, events, settings)
    card, toggle = screen.last_night, screen.last_night.factors.toggle
    for _ in range(30):
        if QApplication.focusWidget() is toggle:
            break
        qtbot.keyClick(QApplication.focusWidget() or screen, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is toggle
    qtbot.keyClick(toggle, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.no_button  # folded: one extra stop only
    qtbot.keyClick(card.no_button, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert card.factors.panel.isVisible()
    reached: list[QWidget] = []
    while QApplication.focusWidget() is not card.no_button and len(reached) < 20:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if QApplication.focusWidget() is card.factors.boxes[Trigger.HEAT]:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert reached == [*card.factors.boxes.values(), card.no_button]
    with qtbot.waitSignal(events.days_changed):
        qtbot.keyClick(card.no_button, Qt.Key.Key_Space)
    assert repositories.days.get(TODAY).triggers == {Trigger.HEAT}  # type: ignore[union-attr]


def test_the_picker_has_names_a_mnemonic_and_a_reason(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    card = make_screen(qtbot, repositories, events, settings).last_night
    toggle = card.factors.toggle
    assert toggle.accessibleName() == "Add what happened yesterday (optional)"
    assert "patterns" in toggle.accessibleDescription()
    card.factors.set_open(True)
    names = {box.accessibleName() for box in card.factors.boxes.values()}
    assert {"Heat or heavy sweating", "Caffeine", "Hard exercise"} <= names
    assert all(box.accessibleDescription() for box in card.factors.boxes.values())
    assert toggle.shortcut().toString() == "Alt+Y"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not card.factors.panel.isVisible())  # a mnemonic animates a click
