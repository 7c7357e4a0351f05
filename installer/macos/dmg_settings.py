"""dmgbuild settings: the app and a link to Applications, side by side, to drag across.

    dmgbuild -s installer/macos/dmg_settings.py \
        -D app="dist/Leg Cramp Companion.app" -D icon=build/icons/app.icns \
        "Leg Cramp Companion" dist/LegCrampCompanion-<version>-macos-<arch>.dmg

dmgbuild runs this file with `defines` (the -D values) in its namespace; every other
module-level name it reads is a setting (see the dmgbuild documentation).
"""

from __future__ import annotations

import os.path
from typing import Any

defines: dict[str, Any] = globals().get("defines", {})  # given by dmgbuild

application = defines.get("app", "dist/Leg Cramp Companion.app")
app_file = os.path.basename(application)

# Compressed, read-only, and readable by every macOS the app runs on.
format = "UDZO"
filesystem = "HFS+"
size = None  # as large as the app needs

files = [application]
symlinks = {"Applications": "/Applications"}
icon = defines.get("icon")  # the volume's icon in Finder
hide_extensions = [app_file]

# The window: big icons and text, the app on the left, Applications on the right and
# dmgbuild's own arrow between them, so "drag it across" needs no words.
background = "builtin-arrow"
window_rect = ((200, 120), (640, 400))
default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 128
text_size = 16
icon_locations = {app_file: (160, 190), "Applications": (480, 190)}
