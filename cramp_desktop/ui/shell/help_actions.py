"""Help menu conveniences: open the data or logs folder in the file manager, and check for
updates by opening the releases page in the user's browser (the app itself never
connects to the internet, and says so)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from cramp_desktop import RELEASES_URL, __version__
from cramp_desktop.core.translation import fill


def open_folder(parent: QWidget, folder: Path) -> None:
    """Show `folder` in the system's file manager; if none answers, say where it is."""
    folder.mkdir(parents=True, exist_ok=True)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return
    QMessageBox.information(
        parent,
        QCoreApplication.translate("HelpActions", "Folder"),
        fill(
            QCoreApplication.translate(
                "HelpActions", "The folder could not be opened here. You find it at:\n%1"
            ),
            (str(folder),),
        ),
    )


def check_for_updates(parent: QWidget) -> bool:
    """Ask, then open the releases page in the browser; True if it was opened."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("HelpActions", "Check for updates"))
    box.setText(
        fill(
            QCoreApplication.translate(
                "HelpActions",
                "You have version %1. New versions are published on the project's releases "
                "page, which can open in your web browser.",
            ),
            (__version__,),
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "HelpActions",
            "Leg Cramp Companion itself never connects to the internet: only your browser "
            "visits the page, and nothing about you or your data is sent.",
        )
    )
    open_page = box.addButton(
        QCoreApplication.translate("HelpActions", "&Open the releases page"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_page)
    box.exec()
    if box.clickedButton() is not open_page:
        return False
    return QDesktopServices.openUrl(QUrl(RELEASES_URL))
