"""Where the database is: a SQLite file on this PC (the default) or a PostgreSQL server."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

ENVIRONMENT_VARIABLE = "TOYSUB_DATABASE_URL"
DEFAULT_FILE_NAME = "toysub.sqlite3"
DEMO_FILE_NAME = "toysub-demo.sqlite3"


@dataclass(frozen=True)
class DatabaseLocation:
    """A database URL and, for SQLite, the file it lives in."""

    url: URL

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def describe(self) -> str:
        """What to show staff: the file path, or the server and database without the password."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)


def location_from(argument: str | None, *, data_dir: Path, demo: bool = False) -> DatabaseLocation:
    """Resolve ``--database`` (a path or URL), else ``TOYSUB_DATABASE_URL``, else the file in *data_dir*."""
    if demo and argument is None:
        return sqlite_file(data_dir / DEMO_FILE_NAME)
    value = argument if argument is not None else os.environ.get(ENVIRONMENT_VARIABLE)
    if not value:
        return sqlite_file(data_dir / DEFAULT_FILE_NAME)
    if "://" in value:
        url = make_url(value)
        if url.get_backend_name() == "postgresql" and url.get_driver_name() in ("", "psycopg2"):
            url = url.set(drivername="postgresql+psycopg")
        return DatabaseLocation(url)
    return sqlite_file(Path(value))


def sqlite_file(path: Path) -> DatabaseLocation:
    return DatabaseLocation(URL.create("sqlite+pysqlite", database=str(path.expanduser().absolute())))


_NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "fuse.sshfs", "afs", "ncpfs"}


def is_network_path(path: Path) -> bool:
    """Whether *path* is on a network drive, where SQLite's file locking cannot be trusted."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True  # a UNC path, \\server\share
    if sys.platform == "win32":
        return _windows_drive_is_remote(text)
    return _posix_mount_type(path.absolute()) in _NETWORK_FILESYSTEMS


def _windows_drive_is_remote(text: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(text)[0]
    if not drive:
        return False
    drive_remote = 4
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    return bool(kernel32.GetDriveTypeW(drive + "\\") == drive_remote)


def _posix_mount_type(path: Path) -> str | None:
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    best: tuple[int, str] | None = None
    target = str(path)
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), fields[2])
    return best[1] if best else None
