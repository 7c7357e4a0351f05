"""Compare two folders of screenshots (`make screenshots` before and after a change).

For each PNG in both folders: the number of pixels that differ, and the box around them.
Writes a diff image (differing pixels in magenta on a faded copy) for each that differs.
Exit 0 when every picture is the same, 1 otherwise (or when a picture is missing).
Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshot_diff.py BEFORE AFTER [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QImage, QPainter


def differing_pixels(before: QImage, after: QImage) -> tuple[int, tuple[int, int, int, int] | None]:
    """How many pixels differ, and their bounding box (left, top, right, bottom)."""
    first = before.convertToFormat(QImage.Format.Format_ARGB32)
    second = after.convertToFormat(QImage.Format.Format_ARGB32)
    width, height = first.width(), first.height()
    count, box = 0, None
    for y in range(height):
        row_a, row_b = first.constScanLine(y), second.constScanLine(y)
        line_a, line_b = bytes(row_a)[: width * 4], bytes(row_b)[: width * 4]
        if line_a == line_b:
            continue
        for x in range(width):
            if line_a[x * 4 : x * 4 + 4] != line_b[x * 4 : x * 4 + 4]:
                count += 1
                left, top, right, bottom = box or (x, y, x, y)
                box = (min(left, x), min(top, y), max(right, x), max(bottom, y))
    return count, box


def diff_image(before: QImage, after: QImage) -> QImage:
    """`after` faded, with the pixels that differ from `before` in magenta."""
    image = after.convertToFormat(QImage.Format.Format_ARGB32)
    faded = QImage(image)
    painter = QPainter(faded)
    painter.fillRect(faded.rect(), QColor(255, 255, 255, 190))
    painter.end()
    first = before.convertToFormat(QImage.Format.Format_ARGB32)
    for y in range(image.height()):
        for x in range(image.width()):
            if first.pixel(x, y) != image.pixel(x, y):
                faded.setPixelColor(x, y, QColor(255, 0, 255))
    return faded


def compare(before_dir: Path, after_dir: Path, out_dir: Path | None) -> int:
    names = sorted(
        {p.name for p in before_dir.glob("*.png")} | {p.name for p in after_dir.glob("*.png")}
    )
    if not names:
        print(f"no PNG files in {before_dir} or {after_dir}")
        return 1
    changed = 0
    for name in names:
        first, second = before_dir / name, after_dir / name
        if not first.exists() or not second.exists():
            print(f"{name}: only in {before_dir if first.exists() else after_dir}")
            changed += 1
            continue
        before, after = QImage(str(first)), QImage(str(second))
        if before.size() != after.size():
            old_size, new_size = before.size(), after.size()
            print(f"{name}: size {old_size.width()}x{old_size.height()} -> {new_size.toTuple()}")
            changed += 1
            continue
        count, box = differing_pixels(before, after)
        if count == 0:
            print(f"{name}: same")
            continue
        changed += 1
        share = 100 * count / (before.width() * before.height())
        print(f"{name}: {count} pixels differ ({share:.2f} %), in the box {box}")
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
            diff_image(before, after).save(str(out_dir / name))
    print(f"{len(names) - changed} of {len(names)} the same")
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--out", type=Path, help="folder for the diff images")
    args = parser.parse_args()
    return compare(args.before, args.after, args.out)


if __name__ == "__main__":
    sys.exit(main())
