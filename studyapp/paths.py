"""Every location StudyApp reads or writes on disk, in one place.

The data folder comes from, in order: the ``--data-dir`` option, the
``STUDYAPP_DATA_DIR`` environment variable, then the platform's user data
folder (platformdirs). Everything the app owns lives below it, so a pilot can
copy one folder to move or back up their whole study history.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

APP_NAME = "StudyApp"
DATA_DIR_ENV = "STUDYAPP_DATA_DIR"
DATABASE_FILENAME = "studyapp.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """The folders and files of one data directory."""

    data_dir: Path
    #: The platform log folder normally; beside the data when the data folder is
    #: chosen explicitly, so a test or a portable install leaves nothing behind.
    logs: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILENAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def media(self) -> Path:
        return self.data_dir / "media"

    @property
    def log_file(self) -> Path:
        return self.logs / "studyapp.log"

    @property
    def ui_settings(self) -> Path:
        """Window sizes and positions (QSettings, INI format); per data folder, not per profile."""
        return self.data_dir / "ui-settings.ini"

    def ensure(self) -> AppPaths:
        """Create the folders if they are missing and return self."""
        for folder in (self.data_dir, self.backups, self.media, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The data directory chosen by option, environment or platform, in that order."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        folder = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=folder, logs=folder / "logs")
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


def resource(*parts: str) -> Traversable:
    """A file shipped in the top-level resources/ folder (installed as studyapp.resources)."""
    node = resources.files("studyapp.resources")
    for part in parts:
        node = node / part
    return node


def migrations_dir() -> Path:
    """The alembic script folder, wherever the package is installed or frozen."""
    return Path(str(resources.files("studyapp.migrations")))
