"""One running app per database on this PC: a second start on the same database brings the first window forward
(or, if the first cannot be reached, says the database is in use), while another database may run alongside.

The first start holds a ``QLockFile`` named after the database and listens on a ``QLocalServer`` of the same
name. A lock left behind by a crash does not block: Qt finds that the process that wrote it is gone and takes it
over (the age-based staleness is switched off, since a counter window stays open for days).
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import sys
import time
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QLockFile, QObject, QTimer, Signal

from toysub_desktop.instance_names import APP_MUTEX
from toysub_desktop.services.database import DatabaseLocation

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket  # QtNetwork loads only when a server is needed

log = logging.getLogger(__name__)

#: The start of every lock and server name (the installer's name for the app); each ends with a hash of the user
#: and the database's location.
INSTANCE_KEY_PREFIX = APP_MUTEX
ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 2000


class Claim(Enum):
    #: This is the only app on the database: go on and open it.
    FIRST = "first"
    #: Another app has the database open and was asked to come forward: this start ends quietly.
    FORWARDED = "forwarded"
    #: Another app holds the database but could not be asked to come forward.
    IN_USE = "in_use"
    #: The lock could not be made (e.g. the temporary folder is not writable): go on without the guard.
    UNGUARDED = "unguarded"


def instance_key(location: DatabaseLocation) -> str:
    """A name for the database's lock and server: the same for the same file however it was written, and
    per Windows user (a local server's name is visible to every session on the PC)."""
    path = location.sqlite_path
    where = os.path.normcase(str(path.resolve())) if path is not None else location.describe()
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment
        user = ""
    digest = hashlib.sha256(f"{user}\n{where}".encode()).hexdigest()[:24]
    return f"{INSTANCE_KEY_PREFIX}-{digest}"


class InstanceGuard(QObject):
    """Claims a database for this app; ``activated`` fires when a later start asks this one to come forward."""

    activated = Signal()

    def __init__(self, key: str, lock_folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        folder = lock_folder if lock_folder is not None else Path(QDir.tempPath())
        self.lock_path = folder / f"{key}.lock"
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # stale only when the process that holds it is gone
        self._server: QLocalServer | None = None

    def claim(self, *, listen_later: bool = False) -> Claim:
        """Take the database for this app, or ask the app that has it to come forward. With *listen_later*, the
        server that hears later starts is set up on the first turn of the event loop (QtNetwork then loads after
        the window is on screen); a start meanwhile waits for it (``CONNECT_TIMEOUT_MS``)."""
        if self._lock.tryLock(0):
            if listen_later:
                QTimer.singleShot(0, self, self._listen)
            else:
                self._listen()
            return Claim.FIRST
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            log.warning("no single-instance lock at %s (%s); going on without it", self.lock_path, self._lock.error())
            return Claim.UNGUARDED
        return Claim.FORWARDED if self._ask_first_to_come_forward() else Claim.IN_USE

    def _listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.key)  # a socket file left by a crash; the lock says nobody uses it
        if not server.listen(self.key):
            log.warning("cannot listen on %s: %s", self.key, server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()

            def read(socket: QLocalSocket = socket) -> None:
                if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
                    log.info("another start on this database: coming forward")
                    self.activated.emit()
                socket.disconnectFromServer()

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                read()

    def _ask_first_to_come_forward(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        if sys.platform == "win32":  # pragma: no cover - Windows only
            _allow_any_process_to_come_forward()
        socket = QLocalSocket()
        deadline = time.monotonic() + CONNECT_TIMEOUT_MS / 1000
        while True:  # the first app may hold the lock but not listen yet (it is still starting)
            socket.connectToServer(self.key)
            if socket.waitForConnected(CONNECT_TIMEOUT_MS):
                break
            if time.monotonic() >= deadline:
                log.warning("the app holding %s does not answer: %s", self.lock_path, socket.errorString())
                return False
            time.sleep(0.1)
        socket.write(ACTIVATE)
        written = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return written

    def release(self) -> None:
        """Let the next start have the database (also done by Qt when the process ends)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.unlock()


#: The handle of the named mutex, kept open for as long as the process runs (Windows closes it at exit).
_app_mutex: int | None = None


def hold_app_mutex() -> None:
    """On Windows, hold the named mutex the installer and uninstaller look for (``instance_names.APP_MUTEX``), so
    they ask staff to close the app before replacing its files. Every running app holds it, whatever database."""
    global _app_mutex
    if sys.platform != "win32" or _app_mutex is not None:
        return
    import ctypes  # pragma: no cover - Windows only

    handle = ctypes.windll.kernel32.CreateMutexW(None, False, APP_MUTEX)  # type: ignore[attr-defined,unused-ignore]
    if handle:  # pragma: no cover - Windows only
        _app_mutex = int(handle)
    else:  # pragma: no cover - Windows only
        log.warning("could not create the mutex %s", APP_MUTEX)


def _allow_any_process_to_come_forward() -> None:  # pragma: no cover - Windows only
    """Windows lets only the process the user just started take the foreground; pass that right on, so the
    first window can really come to the front instead of flashing in the taskbar."""
    import ctypes

    asfw_any = -1
    ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)  # type: ignore[attr-defined,unused-ignore]
