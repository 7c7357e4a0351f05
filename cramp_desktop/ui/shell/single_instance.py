"""One app window per data folder: a second start hands over to the first and exits.

A QLockFile in the data folder says who owns it (a lock left by a crashed app is
detected as stale and taken over); the owner listens on a QLocalServer, readable only
by this user, and brings its window to the front when another start knocks.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, Signal

from cramp_desktop.paths import DataPaths, make_private_file

ACTIVATE = b"activate\n"
LOCK_WAIT_MS = 200
ASFW_ANY = -1  # AllowSetForegroundWindow: any process


def _user32() -> Any:
    import ctypes

    return ctypes.WinDLL("user32")  # type: ignore[attr-defined,unused-ignore]


def allow_foreground(pid: int | None, platform: str | None = None) -> bool:
    """Windows: let the running app (`pid`, else any process) take the foreground.

    Windows lets only the process the user is working with bring a window to the front;
    from any other, Qt's activateWindow() merely flashes the taskbar button. The second
    start is that process, so it hands the right over before it asks. True if granted.
    """
    if (platform or sys.platform) != "win32":
        return False
    return bool(_user32().AllowSetForegroundWindow(pid if pid else ASFW_ANY))


def server_name(paths: DataPaths) -> str:
    user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    # SHA-256 through Qt, not hashlib: loading OpenSSL would slow the start-up.
    sha256 = QCryptographicHash.Algorithm.Sha256
    digest = QCryptographicHash.hash(f"{user}:{paths.root}".encode(), sha256).toHex()
    return f"cramp-desktop-{digest.toStdString()[:20]}"


class SingleInstance(QObject):
    activation_requested = Signal()

    def __init__(self, paths: DataPaths) -> None:
        super().__init__()
        self._paths = paths
        self._lock = QLockFile(str(paths.root / "app.lock"))
        self._server: object | None = None

    def acquire(self) -> bool:
        """True when this process now owns the data folder."""
        if not self._lock.tryLock(LOCK_WAIT_MS):
            return False
        make_private_file(self._paths.root / "app.lock")  # like every file in the folder
        return True

    def listen(self) -> None:
        """Start answering later starts (call after the window has painted)."""
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self._paths)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            QLocalServer.removeServer(name)  # a socket left behind by a crashed run
            server.listen(name)
        server.newConnection.connect(lambda: self._answer(server))
        self._server = server

    def _answer(self, server: object) -> None:
        from PySide6.QtNetwork import QLocalServer

        assert isinstance(server, QLocalServer)
        while (connection := server.nextPendingConnection()) is not None:
            connection.waitForReadyRead(1000)
            if bytes(connection.readAll().data()).startswith(ACTIVATE.strip()):
                self.activation_requested.emit()
            connection.disconnectFromServer()

    def hand_over(self) -> bool:
        """Ask the running app to come to the front; False when it could not be reached."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(server_name(self._paths))
        if not socket.waitForConnected(2000):
            return False
        allow_foreground(self.owner_pid())
        socket.write(ACTIVATE)
        socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        return True

    def owner_pid(self) -> int | None:
        """The process holding the data folder's lock, if the lock file says so."""
        info = self._lock.getLockInfo()
        pid = info[0] if isinstance(info, tuple) and info else None
        return pid if isinstance(pid, int) and pid > 0 else None

    def release(self) -> None:
        self._lock.unlock()
