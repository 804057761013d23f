"""Copies of the database: before migrations, before restores, on demand, and on a rotation.

Backups are whole SQLite files made with SQLite's online backup API, so they
are consistent even while the app is writing. Layout under ``backups/``::

    daily/studyapp-2026-11-25.sqlite3     kept: newest 7
    weekly/studyapp-2026-W48.sqlite3      kept: newest 4
    manual/studyapp-20261125-093000.sqlite3        never pruned
    pre-migrate/..., pre-restore/...      kept: newest 5 each
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from studyapp.paths import AppPaths

KEEP = {"daily": 7, "weekly": 4, "pre-migrate": 5, "pre-restore": 5}
BACKUP_SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    created: datetime
    size_bytes: int


def copy_database(source: Path, destination: Path) -> Path:
    """Copy a (possibly live) SQLite database; the destination appears complete or not at all."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(partial, destination)
    return destination


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def make_backup(paths: AppPaths, kind: str = "manual", now: datetime | None = None) -> Path:
    now = now or datetime.now(UTC)
    target = paths.backups / kind / f"studyapp-{_stamp(now)}{BACKUP_SUFFIX}"
    copy_database(paths.database, target)
    prune(paths, kind)
    return target


def backup_before_migration(paths: AppPaths, revision: str) -> Path:
    target = (
        paths.backups
        / "pre-migrate"
        / (f"studyapp-{revision}-{_stamp(datetime.now(UTC))}{BACKUP_SUFFIX}")
    )
    copy_database(paths.database, target)
    prune(paths, "pre-migrate")
    return target


def run_scheduled_backups(paths: AppPaths, now: datetime | None = None) -> list[Path]:
    """Make today's daily and this week's weekly backup if they are missing; prune old ones.

    Cheap when both exist (two stat calls), so callers may run it often.
    """
    now = (now or datetime.now(UTC)).astimezone()
    if not paths.database.exists():
        return []
    year, week, _ = now.isocalendar()
    wanted = {
        "daily": f"studyapp-{now:%Y-%m-%d}{BACKUP_SUFFIX}",
        "weekly": f"studyapp-{year}-W{week:02d}{BACKUP_SUFFIX}",
    }
    made = []
    for kind, name in wanted.items():
        target = paths.backups / kind / name
        if not target.exists():
            made.append(copy_database(paths.database, target))
            prune(paths, kind)
    return made


def prune(paths: AppPaths, kind: str) -> None:
    keep = KEEP.get(kind)
    if keep is None:
        return
    files = sorted((paths.backups / kind).glob(f"*{BACKUP_SUFFIX}"), key=lambda p: p.name)
    for old in files[:-keep]:
        old.unlink(missing_ok=True)


def list_backups(paths: AppPaths) -> list[BackupInfo]:
    """Every backup file, newest first."""
    found = []
    for file in paths.backups.glob(f"*/*{BACKUP_SUFFIX}"):
        stat = file.stat()
        created = datetime.fromtimestamp(stat.st_mtime, UTC)
        found.append(BackupInfo(file, file.parent.name, created, stat.st_size))
    return sorted(found, key=lambda info: info.created, reverse=True)
