"""Render report pages to pixels: pdftoppm (poppler-utils) where it is installed, else
QtPdf, so the layout checks run on every machine."""

from __future__ import annotations

import shutil
import subprocess
from io import BytesIO
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from cramp_desktop.report.document import MARGIN_SIDE

RESOLUTION = 72  # one pixel per point
WHITE_ENOUGH = 250


def page_images(pdf: bytes, folder: Path) -> list[Image.Image]:
    """Every page as a greyscale image on white."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "report.pdf"
    source.write_bytes(pdf)
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-r", str(RESOLUTION), "-gray", str(source), str(folder / "page")],
            check=True,
        )
        return [Image.open(path).convert("L") for path in sorted(folder.glob("page*.pgm"))]
    return _render_with_qtpdf(source)


def _render_with_qtpdf(source: Path) -> list[Image.Image]:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    document = QPdfDocument(None)
    document.load(str(source))
    images = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page).toSize()
        rendered = document.render(page, QSize(size.width(), size.height()))
        canvas = QImage(rendered.size(), QImage.Format.Format_RGB32)
        canvas.fill(QColor("white"))
        painter = QPainter(canvas)
        painter.drawImage(0, 0, rendered)
        painter.end()
        buffer = BytesIO()
        from PySide6.QtCore import QBuffer, QIODevice

        device = QBuffer()
        device.open(QIODevice.OpenModeFlag.WriteOnly)
        canvas.save(device, "PNG")
        buffer.write(bytes(device.data()))
        buffer.seek(0)
        images.append(Image.open(buffer).convert("L"))
    return images


def pages_with_ink_in_right_margin(pdf: bytes, folder: Path) -> list[int]:
    """The numbers of the pages whose right margin strip (from 1 pt outside the text
    frame to the edge) holds any pixel that is not white."""
    width = float(PdfReader(BytesIO(pdf)).pages[0].mediabox.width)
    strip_from = round((width - MARGIN_SIDE + 1) * RESOLUTION / 72) + 1
    images = page_images(pdf, folder)
    assert len(images) == len(PdfReader(BytesIO(pdf)).pages)
    dirty = []
    for number, image in enumerate(images, start=1):
        strip = image.crop((strip_from, 0, image.width, image.height))
        darkest = strip.getextrema()[0]
        if isinstance(darkest, int | float) and darkest < WHITE_ENOUGH:
            dirty.append(number)
    return dirty
