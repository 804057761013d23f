"""Replacing the live database with a backup, without ever losing the current one.

The caller must close every connection to the live database first (the GUI
disposes its engine); the current file is itself backed up before it is replaced.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from studyapp.core.backup import copy_database, make_backup
from studyapp.core.migrate import (
    DatabaseError,
    MigrationResult,
    NotStudyAppDatabaseError,
    ensure_not_newer,
    integrity_check,
    migrate,
    read_revision,
)
from studyapp.paths import AppPaths


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None
    migration: MigrationResult


def validate_backup(file: Path) -> str:
    """The schema revision of a restorable backup, or DatabaseError saying why it is not one."""
    if not file.is_file():
        raise DatabaseError(f"{file} does not exist.")
    revision = read_revision(file)
    if revision is None:
        raise NotStudyAppDatabaseError(f"{file} is not a StudyApp backup.")
    ensure_not_newer(revision)
    try:
        problems = integrity_check(file)
    except sqlite3.DatabaseError as exc:
        raise NotStudyAppDatabaseError(f"{file} is damaged ({exc}).") from exc
    if problems:
        raise DatabaseError(f"{file} is damaged: {problems[0]}")
    return revision


def restore_backup(paths: AppPaths, file: Path) -> RestoreResult:
    """Make ``file`` the live database, keeping a copy of the one it replaces."""
    file = file.resolve()
    validate_backup(file)
    safety_copy = None
    if paths.database.exists() and read_revision(paths.database) is not None:
        safety_copy = make_backup(paths, "pre-restore")
    for sidecar in ("-wal", "-shm"):
        Path(f"{paths.database}{sidecar}").unlink(missing_ok=True)
    copy_database(file, paths.database)
    return RestoreResult(file, safety_copy, migrate(paths))
