"""The baseline for benchmarks/startup.py: a bare PySide6 window that quits at first paint."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class QuitOnFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
label = QLabel("bare window")
window.setCentralWidget(label)
watcher = QuitOnFirstPaint()
label.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
