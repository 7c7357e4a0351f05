"""Above the report preview: fit to width, zoom out and in, the page shown with previous
and next, and "Making the preview…" while it renders."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from cramp_desktop.core.translation import fill
from cramp_desktop.ui.common import announce

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0
POINTS_PER_INCH = 72


class PreviewBar(QWidget):
    """Drives `view`; call `pages_changed()` after a new document is loaded and
    `set_busy()` while a preview renders."""

    def __init__(self, view: QPdfView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self.fit_button = self._button(self.fit_width)
        self.zoom_out_button = self._button(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_button = self._button(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_label = QLabel(self)
        self.previous_button = self._button(lambda: self.go_to(self.page() - 1))
        self.next_button = self._button(lambda: self.go_to(self.page() + 1))
        self.page_label = QLabel(self)
        self.busy_label = QLabel(self)
        self.busy_label.hide()
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(ZOOM_STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(1 / ZOOM_STEP)),
        ):
            shortcut = QShortcut(keys, view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.fit_button, self.zoom_out_button, self.zoom_label):
            layout.addWidget(widget)
        layout.addWidget(self.zoom_in_button)
        layout.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        for widget in (self.previous_button, self.page_label, self.next_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.busy_label)
        view.pageNavigator().currentPageChanged.connect(lambda _page: self._show_state())
        view.zoomFactorChanged.connect(lambda _factor: self._show_state())
        view.viewport().installEventFilter(self)  # fitting to the width: zoom follows size
        self._retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._show_state()
        return super().eventFilter(watched, event)

    def _button(self, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(slot)
        return button

    # -- what it does ---------------------------------------------------------------
    def page(self) -> int:
        return self._view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        document = self._view.document()
        if document is None or not 0 <= page < document.pageCount():
            return
        navigator = self._view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._show_state()
        announce(self.page_label, self.page_label.text())

    def fit_width(self) -> None:
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_state()

    def zoom_by(self, step: float) -> None:
        factor = min(max(self.zoom_factor() * step, MIN_ZOOM), MAX_ZOOM)
        self._view.setZoomMode(QPdfView.ZoomMode.Custom)
        self._view.setZoomFactor(factor)
        self._show_state()

    def zoom_factor(self) -> float:
        """The zoom as shown, also while the view fits the page to its width."""
        document = self._view.document()
        if self._view.zoomMode() != QPdfView.ZoomMode.FitToWidth or document is None:
            return self._view.zoomFactor()
        if document.pageCount() == 0:
            return 1.0
        margins = self._view.documentMargins()
        room = self._view.viewport().width() - margins.left() - margins.right()
        page_width = document.pagePointSize(0).width() * self.logicalDpiX() / POINTS_PER_INCH
        return room / page_width if page_width > 0 else 1.0

    def pages_changed(self) -> None:
        self._show_state()

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        if busy:
            announce(self.busy_label, self.busy_label.text())

    # -- showing --------------------------------------------------------------------
    def _show_state(self) -> None:
        document = self._view.document()
        pages = document.pageCount() if document is not None else 0
        page = self.page()
        self.page_label.setText(fill(self.tr("Page %1 of %2"), [str(page + 1), str(pages)]))
        self.page_label.setVisible(pages > 0)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < pages)
        self.zoom_label.setText(fill(self.tr("%1 %"), [str(round(self.zoom_factor() * 100))]))
        fitting = self._view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        self.fit_button.setEnabled(not fitting)

    def _retranslate(self) -> None:
        for button, text, name in (
            (self.fit_button, self.tr("Fit width"), self.tr("Fit the page to the width")),
            (self.zoom_out_button, "−", self.tr("Zoom out")),
            (self.zoom_in_button, "+", self.tr("Zoom in")),
            (self.previous_button, "‹", self.tr("Previous page")),
            (self.next_button, "›", self.tr("Next page")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
        self.zoom_label.setAccessibleDescription(self.tr("Zoom level"))
        self.busy_label.setText(self.tr("Making the preview…"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
