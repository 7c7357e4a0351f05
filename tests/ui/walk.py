"""Visit every screen (each tab and checklist page) and every dialog of a running app.

`every_view(application)` yields (name, window) with that view on show; the window is
the main window for screens and the dialog itself for dialogs.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from cramp_desktop.app import CrampApplication
from cramp_desktop.ui.screens import SCREENS


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _open_dialog() -> QDialog:
    settle()
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1, [type(d).__name__ for d in dialogs]
    return dialogs[0]


def every_view(application: CrampApplication) -> Iterator[tuple[str, QWidget]]:
    from cramp_desktop.ui.checklist.screen import ChecklistScreen
    from cramp_desktop.ui.history.screen import MEDICINES_TAB, HistoryScreen
    from cramp_desktop.ui.read.screen import ReadScreen

    window = application.window
    for spec in SCREENS:
        screen = window.show_screen(spec.key)
        settle()
        if isinstance(screen, HistoryScreen):
            for index in range(screen.tabs.count()):
                screen.tabs.setCurrentIndex(index)
                settle()
                yield f"history tab {index}", window
            screen.tabs.setCurrentIndex(0)
            continue
        yield spec.key, window
        if isinstance(screen, ReadScreen):  # as opened by "Read more", with a way back
            screen.show_section(screen.sections()[1].anchor, back_to="checklist")
            settle()
            yield "read with the way back", window
            screen.back_button.hide()
        if isinstance(screen, ChecklistScreen):
            screen.start(fresh=True)
            assert screen.wizard is not None
            for page in range(3):
                settle()
                yield f"checklist wizard page {page}", window
                screen.wizard.next_button.click()
            screen.clear_draft()
            screen.show_home()
    for name, action in (
        ("log dialog", window.log_action),
        ("settings", window.settings_action),
        ("help", window.help_action),
        ("about", window.about_action),
    ):
        action.trigger()
        dialog = _open_dialog()
        yield name, dialog
        dialog.reject()
        settle()
    history = window.show_screen("history")
    assert isinstance(history, HistoryScreen)
    history.tabs.setCurrentIndex(MEDICINES_TAB)
    assert history.medications.isVisible()
    history.medications.add_button.click()
    dialog = _open_dialog()
    yield "medicine dialog", dialog
    dialog.reject()
    settle()
    history.tabs.setCurrentIndex(0)
