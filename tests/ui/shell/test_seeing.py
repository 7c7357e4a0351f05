"""For older eyes: the window fits the screen, a visible focus ring, indicators that grow
with the text, a dark theme wherever the platform cannot switch, short dialog titles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFocusFrame,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop import APP_NAME
from cramp_desktop.ui.shell.appearance import Appearance
from cramp_desktop.ui.shell.main_window import DECORATION_ALLOWANCE, fitted_geometry
from cramp_desktop.ui.shell.style import RING_WIDTH, AccessibleStyle, contrast_ratio


def test_the_window_fits_small_and_scaled_screens() -> None:
    wanted = QRect(0, 0, 1100, 760)
    for available in (QRect(0, 0, 1024, 700), QRect(0, 0, 910, 512), QRect(1366, 0, 1024, 700)):
        fitted = fitted_geometry(wanted, available)
        assert available.marginsRemoved(DECORATION_ALLOWANCE).contains(fitted), available
        assert fitted.width() > 0.8 * available.width()
    on_a_large_screen = QRect(100, 100, 1100, 760)
    assert fitted_geometry(on_a_large_screen, QRect(0, 0, 1920, 1080)) == on_a_large_screen


def test_the_window_fits_the_screen_at_first_start_and_after_a_larger_one(  # type: ignore[no-untyped-def]
    qtbot, make_app
) -> None:
    first = make_app()
    qtbot.addWidget(first.window)
    available = first.window.screen().availableGeometry()
    assert available.contains(first.window.geometry())
    first.window.setGeometry(QRect(0, 0, available.width() * 2, available.height() * 2))
    first.settings.setValue("window/geometry", first.window.saveGeometry())
    again = make_app()  # the saved geometry came from a larger screen
    qtbot.addWidget(again.window)
    assert available.contains(again.window.geometry())
    assert again.window.minimumWidth() <= available.width()


def ring_pixels(image: QImage, widget: QWidget, root: QWidget) -> list[QColor]:
    """The pixels just outside `widget`'s left and top edges, middle of each side, two deep."""
    ratio = image.devicePixelRatio()
    rect = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    points = []
    for depth in range(1, RING_WIDTH + 1):
        points.append(QPoint(rect.left() - depth, rect.center().y()))
        points.append(QPoint(rect.center().x(), rect.top() - depth))
    return [image.pixelColor(round(p.x() * ratio), round(p.y() * ratio)) for p in points]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_focus_ring_is_two_pixels_with_three_to_one_contrast(qtbot, make_app, theme: str) -> None:  # type: ignore[no-untyped-def]
    application = make_app()
    qtbot.addWidget(application.window)
    application.window.show()  # the ring comes with the style, after the first paint
    qtbot.waitUntil(lambda: application.repositories is not None)
    application.appearance.apply(Appearance(theme=theme))
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.setSpacing(16)
    layout.setContentsMargins(16, 16, 16, 16)
    controls = [QPushButton("Save"), QRadioButton("Yes"), QCheckBox("Calf"), QLineEdit("note")]
    for control in controls:
        layout.addWidget(control)
    root.show()
    root.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is root)
    for control in controls:
        root.setFocus()
        before = root.grab().toImage()
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        QApplication.processEvents()
        after = root.grab().toImage()
        for old, new in zip(
            ring_pixels(before, control, root), ring_pixels(after, control, root), strict=True
        ):
            assert contrast_ratio(old, new) >= 3.0, (theme, type(control).__name__, old, new)


def test_the_style_and_the_ring_come_right_after_the_first_paint(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    application = make_app()
    window = application.window
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: application.repositories is not None)
    assert isinstance(QApplication.style(), AccessibleStyle)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    rings = [w for w in QApplication.allWidgets() if w.objectName() == "focusRing"]
    assert any(
        isinstance(ring, QFocusFrame) and ring.widget() is QApplication.focusWidget()
        for ring in rings
    )


def test_indicators_grow_with_the_text(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    application = make_app()
    box = QCheckBox("Calf")
    qtbot.addWidget(box)

    def indicator() -> QSize:
        option = QStyleOptionButton()
        box.initStyleOption(option)
        return (
            box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box).size()
        )

    normal = indicator()
    application.appearance.apply(Appearance(text_scale=1.3))
    larger = indicator()
    assert larger.width() >= round(normal.width() * 1.3) and larger.height() > normal.height()
    metric = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
    assert box.style().pixelMetric(metric) >= 18


def test_dark_theme_applies_where_the_platform_cannot_switch(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    application = make_app()
    application.appearance.apply(Appearance(theme="dark"))
    window = QApplication.palette().color(QApplication.palette().ColorRole.Window)
    text = QApplication.palette().color(QApplication.palette().ColorRole.WindowText)
    assert window.lightnessF() < 0.3 and contrast_ratio(window, text) >= 7
    application.appearance.apply(Appearance(theme="light"))
    assert QApplication.palette().color(QApplication.palette().ColorRole.Window).lightnessF() > 0.7


def test_dialog_titles_get_no_app_name_appended(qapp: QApplication) -> None:
    from cramp_desktop.app import identify_application

    identify_application(qapp)
    assert qapp.applicationDisplayName() != APP_NAME  # Qt appends a display name only if set
