"""The user's folders for the database, its backups and the log (platformdirs: right on Windows and Linux)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "ToySub Desktop"
APP_AUTHOR = "ToySub"


@dataclass(frozen=True)
class Folders:
    data: Path
    backups: Path
    logs: Path

    @classmethod
    def for_user(cls) -> Folders:
        dirs = PlatformDirs(APP_NAME, APP_AUTHOR)
        data = Path(dirs.user_data_dir)
        return cls(data=data, backups=data / "backups", logs=Path(dirs.user_log_dir))
