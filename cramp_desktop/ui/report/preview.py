"""The Report screen's preview: the report as it will be saved, page by page, with its
page count, or a message in its place (before the first preview, or why none could be
made). Its texts keep the screen's translation context, "ReportScreen"."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from cramp_desktop.core.translation import fill
from cramp_desktop.ui.common import body_label, heading_label, named
from cramp_desktop.ui.report.preview_bar import PreviewBar

PREVIEW_PAGE, MESSAGE_PAGE = range(2)
SPACING = 16  # as the screen's row of options and preview


class ReportPreview(QWidget):
    """Public: `document` (the QPdfDocument shown), `pdf_view`, `bar` (page and zoom),
    `note`, `message`, `stack`, `pages` (of the preview shown) and `made` (how many)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pdf = QByteArray()
        self._buffer: QBuffer | None = None
        self.pages = self.made = 0
        self.heading = heading_label(scale=1.2, parent=self)
        self.note = body_label(parent=self)
        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setPageSpacing(12)
        self.pdf_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.message = body_label(parent=self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = PreviewBar(self.pdf_view, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.pdf_view)
        self.stack.addWidget(self.message)
        self.stack.setCurrentIndex(MESSAGE_PAGE)  # until the first preview is made
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 32, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("ReportScreen", "Preview"))
        named(
            self.pdf_view,
            QCoreApplication.translate("ReportScreen", "Report preview"),
            QCoreApplication.translate("ReportScreen", "Scroll with the arrow keys"),
        )
        if self.document.pageCount() == 0 and self.stack.currentIndex() == MESSAGE_PAGE:
            self.message.setText(
                QCoreApplication.translate(
                    "ReportScreen", "The preview of your report appears here."
                )
            )
        self._show_page_count()

    def show_pdf(self, pdf: bytes, pages: int) -> None:
        """Show the report `pdf` of `pages` pages, at the page shown before where it has one."""
        navigator = self.pdf_view.pageNavigator()
        page = navigator.currentPage() if self.document.pageCount() else 0
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._pdf = QByteArray(pdf)
        self._buffer = QBuffer(self._pdf, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.stack.setCurrentIndex(PREVIEW_PAGE)
        if 0 < page < self.document.pageCount():
            navigator.jump(page, QPointF(), navigator.currentZoom())
        self.pages = pages
        self.made += 1
        self._show_page_count()
        self.bar.pages_changed()

    def show_message(self, text: str) -> None:
        """Show `text` in place of the preview."""
        self.message.setText(text)
        self.stack.setCurrentIndex(MESSAGE_PAGE)
        self._show_page_count()

    def _show_page_count(self) -> None:
        pages = self.document.pageCount()
        if self.stack.currentIndex() != PREVIEW_PAGE or pages == 0:
            self.note.setText("")
            return
        self.note.setText(
            fill(
                QCoreApplication.translate(
                    "ReportScreen", "Pages: %1. This is exactly what will be saved."
                ),
                (str(pages),),
            )
        )
