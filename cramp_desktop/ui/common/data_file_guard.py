"""Save dialogs never write into the data folder: an export or a backup saved over
cramp.db (or a link to it) would replace the user's data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cramp_desktop.core.translation import fill
from cramp_desktop.paths import DataPaths


def refuse_data_file(parent: QWidget, paths: DataPaths, target: Path) -> bool:
    """True (after telling the user why) if `target` is in the data folder or links to
    one of its files; the caller then writes nothing."""
    if not paths.holds(target):
        return False
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("DataFileGuard", "Choose another place"),
        fill(
            QCoreApplication.translate(
                "DataFileGuard",
                "“%1” is in your data folder or links to a file in it. Saving there could "
                "destroy your data, so nothing was saved. Choose a file in another folder.",
            ),
            [target.name],
        ),
    )
    return True
