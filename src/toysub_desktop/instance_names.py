"""Names that the running app and the Windows installer must spell the same way.

``APP_MUTEX`` is a named Windows mutex the running app holds for as long as it runs (created with
``CreateMutexW``; Windows releases it when the process ends, even after a crash). The installer's
``AppMutex`` (``installer/toysub-desktop.iss``) looks for it: while it exists, setup and the uninstaller ask staff
to close ToySub Desktop first, so files are never replaced under a running app. A test checks that the installer
script carries this exact name.
"""

from __future__ import annotations

#: Session-local named mutex held by every running ToySub Desktop (Windows only).
APP_MUTEX = "ToySubDesktop.Running.7d3f2a"
