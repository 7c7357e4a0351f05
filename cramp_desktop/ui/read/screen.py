"""The Read screen: the article with a table of contents, find, zoom and print."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QSettings, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop import preferences
from cramp_desktop.core.article import Article, Section, load_article, parse_article
from cramp_desktop.resources import article_path
from cramp_desktop.ui.common import Menu, MenuActions
from cramp_desktop.ui.read.article_view import STYLE_SHEET, ArticleView
from cramp_desktop.ui.read.evidence_notes import evidence_notes_html
from cramp_desktop.ui.read.find_bar import FindBar

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

ZOOM_STEPS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
DEFAULT_ZOOM = preferences.READ_ZOOM.default
PRINT_MIN_POINTS = 11.0
ANCHOR_ROLE = Qt.ItemDataRole.UserRole
_Std = QKeySequence.StandardKey


class ReadScreen(QWidget):
    """The article in `language`. Public: `show_section`, `print_article`, `print_preview`,
    `print_to`, `zoom`/`set_zoom` and the actions listed in `actions_for_menus`;
    `back_requested(screen key)` from the button that returns to where "Read more" was."""

    back_requested = Signal(str)

    def __init__(
        self, settings: QSettings, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReadScreen")
        self._settings = settings
        self._base_font = QFont(self.font())
        self._zoom = DEFAULT_ZOOM
        self._article = self._load(language)

        self._make_actions()
        self.toc = QListWidget(self)
        self.toc.setAccessibleName(self.tr("Table of contents"))
        self.toc.setWordWrap(True)  # long titles wrap instead of being cut off
        self.toc.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.toc.setSpacing(2)
        self.view = ArticleView(self)
        self.view.setAccessibleName(self.tr("Article"))
        self.find_bar = FindBar(self.view, self)
        self.find_bar.hide()
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleDescription(self.tr("Zoom level"))  # named by its text
        self._layout_widgets()

        self.view.set_article_html(self._article_html())
        self._fill_toc()
        self.toc.itemActivated.connect(self._toc_activated)
        self.toc.itemClicked.connect(self._toc_activated)
        self.view.verticalScrollBar().valueChanged.connect(self._sync_toc)
        self.find_bar.closed.connect(lambda: self.view.setFocus(Qt.FocusReason.OtherFocusReason))
        self.set_zoom(self._stored_zoom(), store=False)

    # --- building -------------------------------------------------------------------
    def _load(self, language: str) -> Article:
        try:
            return load_article(article_path(language))
        except (OSError, UnicodeError):
            return parse_article("")

    def _article_html(self) -> str:
        if self._article.blocks:
            return self._article.to_html(evidence_notes_html)
        return f"<p>{html.escape(self.tr('The article could not be loaded.'))}</p>"

    def _action(self, text: str, tip: str, slot: Callable[[], None], *keys: _Std | str) -> QAction:
        """An action of this screen; `keys` are standard keys or strings such as "F3"."""
        sequences: list[QKeySequence] = []
        for key in keys:
            found = QKeySequence.keyBindings(key) if isinstance(key, _Std) else [QKeySequence(key)]
            sequences += [k for k in found if k not in sequences]
        action = QAction(text, self)
        action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        native = QKeySequence.SequenceFormat.NativeText
        action.setToolTip(f"{tip} ({sequences[0].toString(native)})" if sequences else tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.find_action = self._action(
            self.tr("&Find…"), self.tr("Find in the article"), self.open_find, _Std.Find
        )
        self.find_next_action = self._action(
            self.tr("Find &Next"), self.tr("Next match"), self.find_next, _Std.FindNext, "F3"
        )
        self.find_previous_action = self._action(
            self.tr("Find Pre&vious"),
            self.tr("Previous match"),
            self.find_previous,
            _Std.FindPrevious,
            "Shift+F3",
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom &In"), self.tr("Larger text"), self.zoom_in, _Std.ZoomIn, "Ctrl+="
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom &Out"), self.tr("Smaller text"), self.zoom_out, _Std.ZoomOut
        )
        self.zoom_reset_action = self._action(
            self.tr("&Reset Zoom"), self.tr("Normal text size"), self.reset_zoom, "Ctrl+0"
        )
        self.print_action = self._action(
            self.tr("Pri&nt…"), self.tr("Print the article"), self.print_article, _Std.Print
        )
        self.print_preview_action = self._action(
            self.tr("Print Previe&w…"), self.tr("Preview the printed article"), self.print_preview
        )
        for action, short in (
            (self.find_action, self.tr("Find")),
            (self.zoom_out_action, self.tr("Zoom out")),
            (self.zoom_in_action, self.tr("Zoom in")),
            (self.print_action, self.tr("Print…")),
        ):
            action.setIconText(short)  # the text of the toolbar buttons

    def actions_for_menus(self) -> MenuActions:
        return {
            Menu.FILE: [self.print_action, self.print_preview_action],
            Menu.EDIT: [self.find_action, self.find_next_action, self.find_previous_action],
            Menu.VIEW: [self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action],
        }

    def _tool_button(self, action: QAction, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(name)
        return button

    def _layout_widgets(self) -> None:
        self.find_button = self._tool_button(self.find_action, self.tr("Find in the article"))
        self.zoom_out_button = self._tool_button(self.zoom_out_action, self.tr("Zoom out"))
        self.zoom_in_button = self._tool_button(self.zoom_in_action, self.tr("Zoom in"))
        self.print_button = self._tool_button(self.print_action, self.tr("Print the article"))
        self.back_button = QPushButton(self.tr("← &Back to your results"), self)
        self.back_button.setAccessibleName(self.tr("Back to your results"))
        self.back_button.clicked.connect(self._go_back)
        self.back_button.hide()
        self._back_to = ""
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.back_button)
        toolbar.addWidget(self.find_button)
        toolbar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            toolbar.addWidget(widget)
        toolbar.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        toolbar.addWidget(self.print_button)

        toc_panel = QWidget(self)
        toc_layout = QVBoxLayout(toc_panel)
        toc_layout.setContentsMargins(0, 0, 0, 0)
        toc_label = QLabel(self.tr("&Contents"), toc_panel)
        toc_label.setBuddy(self.toc)
        toc_layout.addWidget(toc_label)
        toc_layout.addWidget(self.toc)
        article_panel = QWidget(self)
        article_layout = QVBoxLayout(article_panel)
        article_layout.setContentsMargins(0, 0, 0, 0)
        article_layout.addWidget(self.find_bar)
        article_layout.addWidget(self.view, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setAccessibleName(self.tr("Contents and article"))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(toc_panel)
        self.splitter.addWidget(article_panel)
        self.splitter.setStretchFactor(1, 1)
        toc_width = self.fontMetrics().averageCharWidth() * 28
        self.splitter.setSizes([toc_width, toc_width * 3])

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.splitter, 1)

    def _fill_toc(self) -> None:
        """One entry per heading: the title (level 1) bold, level 3 in italics."""
        for section in self._article.sections:
            item = QListWidgetItem(section.title, self.toc)
            item.setData(ANCHOR_ROLE, section.anchor)
            item.setToolTip(section.title)
            font = QFont(self.toc.font())
            font.setBold(section.level == 1)
            font.setItalic(section.level >= 3)
            item.setFont(font)
        self.toc.setCurrentRow(0)

    # --- sections -------------------------------------------------------------------
    def sections(self) -> list[Section]:
        """(anchor, title, level) of every heading, in order."""
        return list(self._article.sections)

    def show_section(self, anchor: str, back_to: str = "") -> bool:
        """Scroll so the heading `anchor` is at the top; False if there is no such section.
        With `back_to` (a screen key), offer a button back there."""
        self._back_to = back_to
        self.back_button.setVisible(bool(back_to))
        block = self.view.anchor_block(anchor)
        if block is None:
            return False
        self.view.setTextCursor(QTextCursor(block))
        self.view.show_block(block)
        self._sync_toc()
        return True

    def _go_back(self) -> None:
        self.back_button.hide()
        self.back_requested.emit(self._back_to)

    def _toc_activated(self, item: QListWidgetItem) -> None:
        anchor = item.data(ANCHOR_ROLE)
        if isinstance(anchor, str):
            self.show_section(anchor)

    def _sync_toc(self) -> None:
        """Mark, in the contents, the section at the top of the article."""
        value = self.view.verticalScrollBar().value()
        current = 0
        for row in range(self.toc.count()):
            block = self.view.anchor_block(str(self.toc.item(row).data(ANCHOR_ROLE)))
            if block is not None and self.view.block_y(block) <= value + 1:
                current = row
        if current != self.toc.currentRow():
            self.toc.setCurrentRow(current)

    # --- find -----------------------------------------------------------------------
    @Slot()
    def open_find(self) -> None:
        self.view.unpin()
        self.find_bar.open_bar(self.view.top_position())

    @Slot()
    def find_next(self) -> None:
        if self.find_bar.isVisible() and self.find_bar.text():
            self.find_bar.find_next()
        else:
            self.open_find()

    @Slot()
    def find_previous(self) -> None:
        if self.find_bar.isVisible() and self.find_bar.text():
            self.find_bar.find_previous()
        else:
            self.open_find()

    # --- zoom -----------------------------------------------------------------------
    def zoom(self) -> int:
        """The zoom level in percent."""
        return self._zoom

    def _stored_zoom(self) -> int:
        return preferences.READ_ZOOM.get(self._settings)

    def set_zoom(self, percent: int, store: bool = True) -> None:
        self._zoom = min(ZOOM_STEPS, key=lambda step: abs(step - percent))
        font = QFont(self._base_font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * self._zoom / 100)
        else:
            font.setPixelSize(max(1, round(font.pixelSize() * self._zoom / 100)))
        self.view.set_zoom_font(font)
        self.zoom_label.setText(
            self.tr("{percent}%").format(percent=QLocale().toString(self._zoom))
        )
        self.zoom_in_action.setEnabled(self._zoom < ZOOM_STEPS[-1])
        self.zoom_out_action.setEnabled(self._zoom > ZOOM_STEPS[0])
        if store:
            preferences.READ_ZOOM.set(self._settings, self._zoom)

    @Slot()
    def zoom_in(self) -> None:
        self.set_zoom(next((s for s in ZOOM_STEPS if s > self._zoom), ZOOM_STEPS[-1]))

    @Slot()
    def zoom_out(self) -> None:
        self.set_zoom(next((s for s in reversed(ZOOM_STEPS) if s < self._zoom), ZOOM_STEPS[0]))

    @Slot()
    def reset_zoom(self) -> None:
        self.set_zoom(DEFAULT_ZOOM)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._base_font = QFont(self.font())
            self.set_zoom(self._zoom, store=False)
        elif event.type() == QEvent.Type.PaletteChange and self.find_bar.match_count():
            self.find_bar.highlight()

    # --- print ----------------------------------------------------------------------
    def print_to(self, printer: QPrinter) -> None:
        """Print the article at normal size (no zoom, no highlights) on `printer`."""
        document = QTextDocument(self)
        font = QFont(self._base_font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(max(font.pointSizeF(), PRINT_MIN_POINTS))
        document.setDefaultFont(font)
        document.setDefaultStyleSheet(STYLE_SHEET)
        document.setHtml(self._article_html())
        document.print_(printer)
        document.deleteLater()

    @Slot()
    def print_article(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the article"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    @Slot()
    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(self.print_to)
        dialog.resize(self.size().expandedTo(dialog.sizeHint()))
        dialog.exec()
