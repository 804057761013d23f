"""Brings a database file to the schema this version of StudyApp expects.

Runs alembic from the migrations shipped inside the package. A file written by
a newer StudyApp is refused before anything touches it, and any existing
database is copied with SQLite's backup API before it is migrated.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from studyapp.core.backup import backup_before_migration
from studyapp.core.db import create_sqlite_engine
from studyapp.paths import AppPaths, migrations_dir


class DatabaseError(Exception):
    """A database StudyApp cannot open; ``str()`` is a sentence for the user's log."""


class NewerDatabaseError(DatabaseError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            f"This database was written by a newer version of StudyApp (schema {revision}). "
            "It was left untouched; install the newer StudyApp to open it."
        )
        self.revision = revision


class NotStudyAppDatabaseError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


@dataclass(frozen=True)
class MigrationResult:
    previous_revision: str | None
    revision: str
    backup: Path | None


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the shipped migrations have no head"
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def read_revision(path: Path) -> str | None:
    """The schema revision stored in ``path``, read without writing to it.

    None for a missing or empty file; NotStudyAppDatabaseError for a file that
    holds tables but is not a StudyApp database (or is not SQLite at all).
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                if tables:
                    raise NotStudyAppDatabaseError(f"{path} is not a StudyApp database.")
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise NotStudyAppDatabaseError(
            f"{path} is not a readable SQLite database ({exc})."
        ) from exc
    return row[0] if row else None


def ensure_not_newer(revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise NewerDatabaseError(revision)


def migrate(paths: AppPaths) -> MigrationResult:
    """Create or upgrade the database at ``paths.database`` to the newest schema."""
    paths.ensure()
    previous = read_revision(paths.database)
    ensure_not_newer(previous)
    head = head_revision()
    if previous == head:
        return MigrationResult(previous, head, None)
    backup = backup_before_migration(paths, previous) if previous is not None else None
    _upgrade(paths.database)
    return MigrationResult(previous, head, backup)


def _upgrade(path: Path) -> None:
    # Foreign keys off: batch mode rebuilds tables, and with them on, dropping the
    # old table would fire ON DELETE CASCADE on every child row. The check below,
    # inside the same transaction, rolls the whole upgrade back if anything dangles.
    engine = create_sqlite_engine(path, foreign_keys=False)
    try:
        with engine.connect() as connection, connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if dangling:
                raise IntegrityError(
                    f"Upgrading the database would leave {len(dangling)} broken references; "
                    "nothing was changed."
                )
    finally:
        engine.dispose()


def integrity_check(path: Path) -> list[str]:
    """SQLite's integrity check; an empty list means healthy."""
    with sqlite3.connect(path) as conn:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        rows += [
            f"broken reference in {row[0]}" for row in conn.execute("PRAGMA foreign_key_check")
        ]
    return [] if rows == ["ok"] else [row for row in rows if row != "ok"]
