"""Around the window: the data folder made ready before it (created, private, with its
log), and what the user is told when the start fails or an unexpected error happens.

What only a failure needs (the message boxes) is imported when one happens: a normal
start loads nothing of it before the first paint.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from cramp_desktop.options import EXIT_BAD_INPUT, GuiOptions
from cramp_desktop.paths import DataPaths, make_new_files_private, make_private_file

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType

    from PySide6.QtWidgets import QApplication

log = logging.getLogger("cramp_desktop")

LOG_MAX_BYTES, LOG_BACKUPS = 256_000, 2


def prepare_data_folder(options: GuiOptions, paths: DataPaths) -> bool:
    """Create the data folder, keep every file written from now on private and open the
    log; False, once the user has been told why, when the folder cannot be used."""
    try:
        paths.create()
    except OSError as error:
        from cramp_desktop.ui.shell import DATA_FOLDER_UNUSABLE, report_startup_failure

        reason = error.strerror or str(error)
        report_startup_failure(options, paths, DATA_FOLDER_UNUSABLE, (str(paths.root), reason))
        return False
    keep_files_private(paths)
    setup_logging(paths)
    return True


def setup_logging(paths: DataPaths) -> None:
    """Errors only, with no personal data: what failed and where, never what the user typed."""
    log_file = paths.logs / "app.log"
    _rotate(log_file)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    make_private_file(log_file)


def _rotate(log_file: Path) -> None:
    """At start-up, a log over LOG_MAX_BYTES becomes app.log.1 (.1 becomes .2, and so on;
    the oldest is dropped). Not logging.handlers: it loads sockets, pickle and queues
    before the first paint, and an errors-only log grows slowly within one run."""
    try:
        if not log_file.exists() or log_file.stat().st_size < LOG_MAX_BYTES:
            return
        for number in range(LOG_BACKUPS - 1, 0, -1):
            older = log_file.with_name(f"{log_file.name}.{number}")
            if older.exists():
                older.replace(log_file.with_name(f"{log_file.name}.{number + 1}"))
        log_file.replace(log_file.with_name(f"{log_file.name}.1"))
    except OSError as error:  # keep appending to the one file rather than not start
        print(f"cramp-desktop: cannot rotate {log_file}: {error.strerror}", file=sys.stderr)


def keep_files_private(paths: DataPaths) -> None:
    """Every file this process creates is private, whoever creates it (Qt included), and
    Qt's own settings (the file dialog's history, under "QtProject") go to the data
    folder instead of the user's configuration folder: the app writes nothing elsewhere."""
    make_new_files_private()
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(settings_format, scope, str(paths.root))


def report_other_copy_silent(options: GuiOptions, paths: DataPaths) -> None:
    """Another copy holds the data folder but does not answer the request to come forward."""
    from cramp_desktop.ui.shell import OTHER_COPY_SILENT, report_startup_failure

    report_startup_failure(options, paths, OTHER_COPY_SILENT, (str(paths.root),))


def unexpected_error_hook(
    options: GuiOptions, paths: DataPaths, qt_app: QApplication
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """The `sys.excepthook` while the window is up: an error raised in a slot is logged
    and the user told where the details are; unattended runs stop with a failure."""

    def report_unexpected_error(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
        message = f"an unexpected error occurred; details are in {paths.logs}"
        print(f"cramp-desktop: {message}", file=sys.stderr)
        if options.smoke_test or options.quit_when_shown:
            qt_app.exit(EXIT_BAD_INPUT)
        else:
            from cramp_desktop.ui.shell import show_unexpected_error

            show_unexpected_error(paths.logs)

    return report_unexpected_error


def report_stopped_by_error(options: GuiOptions, paths: DataPaths, qt_app: QApplication) -> None:
    """The app stopped on an error nobody caught: log it and tell the user (in a message
    box where someone can see one) where the details are."""
    log.error("unexpected error\n%s", traceback.format_exc())
    print(
        f"cramp-desktop: an unexpected error stopped the app; details are in {paths.logs}",
        file=sys.stderr,
    )
    from cramp_desktop.ui.shell import shows_dialogs

    if shows_dialogs(options, qt_app.platformName()):
        from cramp_desktop.ui.shell import show_unexpected_error

        show_unexpected_error(paths.logs)
