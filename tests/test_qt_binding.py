"""The Qt binding itself: a regression guard for a PySide6 bug that aborts the app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    number = Signal(int)


def test_emitting_signals_leaves_the_reference_count_of_true_alone(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 dropped a reference to True on every emit; on Python 3.11 the
    process aborts ("deallocating True") after a few hundred signals."""
    emitter = _Emitter()
    emitter.plain.connect(lambda: None)
    emitter.number.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.plain.emit()
        emitter.number.emit(1)
    assert sys.getrefcount(True) - before >= -5  # other code may let go of a few
