"""Write PNGs of every screen, light and dark, at a fixed size, from a demo data folder.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py OUT_DIR [--scale 1.3]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from cramp_desktop.app import CrampApplication
from cramp_desktop.cli import GuiOptions
from cramp_desktop.paths import DataPaths
from cramp_desktop.ui.appearance import Appearance, dark_palette
from cramp_desktop.ui.main_window import SCREENS
from cramp_desktop.ui.storage_dialogs import open_storage_interactively

WINDOW_SIZE = (1200, 800)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0, help="text size factor")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    qt_app = QApplication(sys.argv[:1])
    qt_app.setStyle("Fusion")
    light = qt_app.style().standardPalette()
    with tempfile.TemporaryDirectory(prefix="cramp-demo-") as demo:
        paths = DataPaths(Path(demo)).create()
        options = GuiOptions(
            data_dir=paths.root, language=None, smoke_test=False, quit_when_shown=False
        )
        application = CrampApplication(qt_app, options, paths)
        application.appearance.apply(Appearance(text_scale=args.scale))
        application.database = open_storage_interactively(
            application.window, paths, interactive=False
        )
        window = application.window
        window.resize(*WINDOW_SIZE)
        window.show()
        suffix = "" if args.scale == 1.0 else f"-x{args.scale:g}"
        for theme, palette in (("light", light), ("dark", dark_palette())):
            qt_app.setPalette(palette)
            for spec in SCREENS:
                window.show_screen(spec.key)
                for _ in range(3):
                    qt_app.processEvents()
                target = args.out / f"{spec.key}-{theme}{suffix}.png"
                window.grab().save(str(target))
                print(target)
        application.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
