"""Render resources/icons/app.svg into the icon files the installers need.

    python installer/make_icons.py [OUT_DIR]      (default: build/icons)

Writes app.ico (Windows: the program, the installer, the shortcuts), app.icns (the macOS
app and DMG), app-256.png, and the Linux hicolor theme icons named after the desktop file
(hicolor/<n>x<n>/apps/cramp-desktop.png for n = 16 ... 512, hicolor/scalable/apps/
cramp-desktop.svg). Both containers are simple, so they are written here and
no image library beyond Qt is needed:
- ICO: a directory of images; classic 32-bit bitmaps up to 48 px (every Windows tool
  reads those), PNG for the larger ones (Windows Vista and later).
- ICNS: a list of PNG chunks, one per size and pixel density (macOS 10.7 and later).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from linux_desktop import HICOLOR_SIZES, ICON_NAME  # noqa: E402

SOURCE_SVG = ROOT / "resources" / "icons" / "app.svg"

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICO_LARGEST_BITMAP = 48

# ICNS chunk type -> pixel size ("@2x" types are the Retina versions of the size below).
ICNS_TYPES = (
    ("icp4", 16),
    ("ic11", 32),  # 16@2x
    ("icp5", 32),
    ("ic12", 64),  # 32@2x
    ("ic07", 128),
    ("ic13", 256),  # 128@2x
    ("ic08", 256),
    ("ic14", 512),  # 256@2x
    ("ic09", 512),
    ("ic10", 1024),  # 512@2x
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise RuntimeError(f"Qt could not encode a PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """An ICO bitmap: BITMAPINFOHEADER, BGRA rows bottom-up, then an all-clear AND mask
    (the alpha channel decides transparency)."""
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    width, height = argb.width(), argb.height()
    stride = argb.bytesPerLine()
    pixels = bytes(argb.constBits())  # little-endian ARGB32 is B, G, R, A in memory
    rows = [pixels[y * stride : y * stride + width * 4] for y in range(height)]
    mask_row = bytes(((width + 31) // 32) * 4)
    # Height is doubled in the header: the colour image and the mask are stacked.
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    return header + b"".join(reversed(rows)) + mask_row * height


def ico_bytes(images: dict[int, QImage]) -> bytes:
    entries = []
    for size in sorted(images):
        image = images[size]
        data = dib_bytes(image) if size <= ICO_LARGEST_BITMAP else png_bytes(image)
        entries.append((size, data))
    offset = 6 + 16 * len(entries)
    directory = struct.pack("<HHH", 0, 1, len(entries))
    for size, data in entries:
        side = size if size < 256 else 0  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return directory + b"".join(data for _, data in entries)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    chunks = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def make_icons(out_dir: Path, svg: Path = SOURCE_SVG) -> list[Path]:
    """Write app.ico, app.icns, app-256.png and the hicolor icons into out_dir; returns
    their paths."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("make_icons needs a QGuiApplication")
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"cannot read {svg}")
    sizes = set(ICO_SIZES) | {size for _, size in ICNS_TYPES} | set(HICOLOR_SIZES)
    images = {size: render(renderer, size) for size in sorted(sizes)}
    pngs = {size: png_bytes(image) for size, image in images.items()}
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {
        out_dir / "app.ico": ico_bytes({size: images[size] for size in ICO_SIZES}),
        out_dir / "app.icns": icns_bytes(pngs),
        out_dir / "app-256.png": pngs[256],
        out_dir / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg": svg.read_bytes(),
    }
    for size in HICOLOR_SIZES:
        written[out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"] = pngs[size]
    for path, data in written.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return list(written)


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else ROOT / "build" / "icons"
    app = QGuiApplication([])
    for path in make_icons(out_dir):
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
