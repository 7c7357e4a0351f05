"""What the frozen app leaves out: the rules the spec applies, kept here so tests can read them.

PyInstaller's Qt hooks collect, for every Qt module the app imports, its libraries,
every plugin of the kinds that module may use and all of its translations. That pulls in
Qt Quick and QML (through the virtual keyboard input plugin), embedded-Linux platform
plugins, TLS and network-information plugins and a dozen translation catalogues the app
never loads: a naive Linux build is about 250 MB. The app uses QtCore, QtGui, QtWidgets,
QtSvg, QtCharts, QtPdf, QtPdfWidgets, QtPrintSupport and QtNetwork (QLocalServer only).

Paths are matched as the bundle names them, with "/" separators, on all three systems:
PySide6/Qt/lib/libQt6Quick.so.6 (Linux), PySide6/Qt6Quick.dll (Windows),
PySide6/Qt/lib/QtQuick.framework/... (macOS).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path

from app_info import LANGUAGES

# Python modules never imported by the app. Excluding a PySide6 module also keeps its
# hook from collecting its Qt libraries, plugins and translations.
# fmt: off
_UNUSED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCanvasPainter", "QtConcurrent",
    "QtDataVisualization", "QtDBus", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp",
    "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetworkAuth",
    "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPositioning", "QtQml", "QtQuick",
    "QtQuick3D", "QtQuickControls2", "QtQuickWidgets", "QtRemoteObjects", "QtScxml",
    "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine",
    "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets",
    "QtWebView", "QtXml",
)
# fmt: on
EXCLUDED_QT_MODULES = tuple(f"PySide6.{name}" for name in _UNUSED_QT_MODULES)
# Build tools (setuptools and friends, pytest) and optional extras (pygments for Mako).
# No TLS: the app opens no network connection, and without ssl and _hashlib OpenSSL
# stays out (hashlib falls back to Python's own SHA-256). reportlab imports PIL.Image
# but the report embeds no bitmaps, so Pillow's optional codecs and fonts (AVIF, WebP,
# colour management, FreeType with HarfBuzz: about 8 MB) go; Pillow skips image plugins
# whose extension module is missing. The frozen smoke test's export-pdf guards all this.
# fmt: off
EXCLUDED_PYTHON_MODULES = (
    "tkinter", "_tkinter", "pygments", "setuptools", "distutils", "pkg_resources",
    "_distutils_hack", "pydoc_data", "lib2to3", "doctest", "pytest", "IPython", "ssl",
    "_ssl", "_hashlib", "PIL._avif", "PIL._webp", "PIL._imagingcms", "PIL._imagingft",
    "PIL._imagingtk", "PIL._imagingmath", "PIL._imagingmorph", "PIL.ImageTk", "PIL.ImageQt",
)  # SQLAlchemy's other dialects stay: Alembic imports them all
# fmt: on
EXCLUDED_MODULES = (*EXCLUDED_QT_MODULES, *EXCLUDED_PYTHON_MODULES)

# Qt libraries that only the dropped plugins below need. QtOpenGL and QtOpenGLWidgets
# stay: QtCharts links against them.
_DROPPED_QT_LIBRARIES = (
    r"(^|/)(lib)?qt6?(qml|quick|virtualkeyboard|labs|wayland(egl|compositor)|"
    r"eglfs|webengine|multimedia|3d|designer|pdfquick|chartsqml)[^/]*(/|$)"
)  # a whole path component: a macOS framework goes with everything inside it
# fmt: off
_DROPPED_PLUGIN_KINDS = (
    "egldeviceintegrations", "generic", "networkinformation", "tls", "qmltooling",
    "qmllint", "position", "sensors", "multimedia", "sqldrivers", "designer", "canbus",
    "texttospeech", "virtualkeyboard", "scenegraph", "renderers", "sceneparsers",
    "geometryloaders", "assetimporters", "renderplugins", "webview",
)
# fmt: on
_DROPPED_PLUGINS = (
    r"/plugins/(" + "|".join(_DROPPED_PLUGIN_KINDS) + r")/",
    r"/plugins/platforminputcontexts/[^/]*virtualkeyboard[^/]*$",
    # Needs the system's GTK 3 anyway; bundling only part of its libraries (cairo,
    # pango, ...) would mix versions. Qt's own GNOME theme and the portal plugin remain.
    r"/plugins/platformthemes/(lib)?qgtk3[^/]*$",
    # Platforms for embedded systems and remote displays; kept: xcb, wayland, windows,
    # cocoa, and offscreen and minimal (the smoke test runs offscreen).
    r"/plugins/platforms/(lib)?q(eglfs|linuxfb|minimalegl|vnc|vkkhrdisplay|direct2d)[^/]*$",
    # Windows: Mesa's software OpenGL (20 MB), a fallback for Qt Quick and OpenGL
    # widgets; QtWidgets paints without OpenGL.
    r"(^|/)opengl32sw\.dll$",
    # Software bills of materials some wheels put in their metadata (platformdirs: 0.5 MB);
    # the licences are in THIRD-PARTY-LICENSES.
    r"\.dist-info/sboms/",
    # Image formats the app never reads; kept: svg, ico, png (built in), jpeg, gif.
    r"/plugins/imageformats/(lib)?q(tiff|webp|tga|wbmp|icns|pdf|macheif|macjp2)[^/]*$",
)
# Linux: CUPS and the TLS stack it links (GnuTLS, p11-kit, nettle, ...; about 7 MB) come
# from the system. Qt's cups print plugin stays and loads the system's libcups, which
# every Linux desktop that prints has; without it Qt prints to PDF files only. A copy in
# the bundle would be an old TLS library nobody updates.
_SYSTEM_LIBRARIES = (
    r"^(libcups|libgnutls|libp11-kit|libunistring|libidn2|libtasn1|libnettle|libhogweed|"
    r"libgmp|libavahi-client|libavahi-common)\.so(\.\d+)*$"
)
_DROPPED_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (_DROPPED_QT_LIBRARIES, *_DROPPED_PLUGINS, _SYSTEM_LIBRARIES)
)
# Of Qt's own translations only qtbase_<lang>.qm is loaded (ui/i18n.py), and only for a
# language the app speaks; qt_<lang>.qm and the catalogues of other Qt modules never.
_QT_TRANSLATION = re.compile(r"^PySide6/(Qt/)?translations/([^/]+)\.qm$", re.IGNORECASE)


def app_languages(root: Path) -> set[str]:
    """The languages the app is made for, and any other it has a translation for."""
    found = {
        path.stem.removeprefix("cramp_desktop_")
        for pattern in ("cramp_desktop_*.ts", "cramp_desktop_*.qm")
        for path in (root / "translations").glob(pattern)
    }
    return {*LANGUAGES, *found}


def is_wanted(dest_name: str, languages: Collection[str] = LANGUAGES) -> bool:
    """False for a file the frozen app does not need (dest_name: its path in the bundle)."""
    path = dest_name.replace("\\", "/")
    translation = _QT_TRANSLATION.match(path)
    if translation:
        return translation.group(2) in {f"qtbase_{language}" for language in languages}
    return not any(pattern.search(path) for pattern in _DROPPED_PATTERNS)
