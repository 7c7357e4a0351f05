"""Settings: language, theme, text size; where the data folder is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop.core.translation import fill
from cramp_desktop.ui.common import DiscardGuard
from cramp_desktop.ui.shell.appearance import TEXT_SCALES, Appearance


class SettingsDialog(QDialog):
    def __init__(
        self,
        *,
        languages: list[str],
        language: str,
        appearance: Appearance,
        data_dir: Path,
        on_apply: Callable[[str, Appearance], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_apply = on_apply
        self.setWindowTitle(self.tr("Settings"))

        self.language_box = QComboBox()
        for code in languages:
            name = QLocale(code).nativeLanguageName() or code
            self.language_box.addItem(name[:1].upper() + name[1:], code)
        self.language_box.setCurrentIndex(
            max(languages.index(language), 0) if language in languages else 0
        )
        self.language_box.setAccessibleName(self.tr("Language"))

        self.theme_box = QComboBox()
        for code, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme_box.addItem(label, code)
        self.theme_box.setCurrentIndex(self.theme_box.findData(appearance.theme))
        self.theme_box.setAccessibleName(self.tr("Theme"))

        self.text_size_box = QComboBox()
        for scale in TEXT_SCALES:
            self.text_size_box.addItem(fill(self.tr("%1 %"), [str(round(scale * 100))]), scale)
        self.text_size_box.setCurrentIndex(
            max(self.text_size_box.findData(appearance.text_scale), 0)
        )
        self.text_size_box.setAccessibleName(self.tr("Text size"))

        folder_label = QLabel(str(data_dir))
        folder_label.setWordWrap(True)
        folder_label.setAccessibleName(self.tr("Data folder"))
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.setAccessibleName(self.tr("Open data folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
        )
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder_label, 1)
        folder_row.addWidget(open_folder)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("&Theme:"), self.theme_box)
        form.addRow(self.tr("Text &size:"), self.text_size_box)
        form.addRow(self.tr("Data folder:"), folder_row)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.discard_guard = DiscardGuard(self, buttons)

    def chosen(self) -> tuple[str, Appearance]:
        return (
            str(self.language_box.currentData()),
            Appearance(
                theme=str(self.theme_box.currentData()),
                text_scale=float(self.text_size_box.currentData()),
            ),
        )

    def accept(self) -> None:
        self._on_apply(*self.chosen())
        super().accept()
