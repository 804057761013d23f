"""Opening the local database the way every entry point does: migrate, open, back up."""

from __future__ import annotations

import logging

from studyapp.core.backup import run_scheduled_backups
from studyapp.core.db import Database
from studyapp.core.migrate import migrate
from studyapp.paths import AppPaths

log = logging.getLogger(__name__)


def open_database(paths: AppPaths) -> Database:
    """Migrate (backing up first) and open the database. Raises migrate.DatabaseError."""
    result = migrate(paths)
    if result.previous_revision != result.revision:
        log.info(
            "database migrated from %s to %s (backup: %s)",
            result.previous_revision,
            result.revision,
            result.backup,
        )
    database = Database(paths.database)
    made = run_scheduled_backups(paths)
    if made:
        log.info("scheduled backups written: %s", ", ".join(str(p) for p in made))
    return database
