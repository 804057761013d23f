"""Start-up migration: creates, upgrades with a backup first, and refuses what it must not touch."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from studyapp.core import migrate
from studyapp.core.db import create_sqlite_engine
from studyapp.core.models import Base
from studyapp.paths import AppPaths


def test_fresh_folder_gets_the_newest_schema(paths: AppPaths) -> None:
    result = migrate.migrate(paths)
    assert result.previous_revision is None
    assert result.revision == migrate.head_revision()
    assert migrate.read_revision(paths.database) == migrate.head_revision()
    assert migrate.integrity_check(paths.database) == []


def test_second_start_changes_nothing_and_backs_up_nothing(paths: AppPaths) -> None:
    migrate.migrate(paths)
    again = migrate.migrate(paths)
    assert again.backup is None
    assert not (paths.backups / "pre-migrate").exists()


def test_models_and_migrations_agree(paths: AppPaths) -> None:
    migrate.migrate(paths)
    engine = create_sqlite_engine(paths.database)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_database_from_a_newer_studyapp_is_refused_untouched(paths: AppPaths) -> None:
    migrate.migrate(paths)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    conn.close()
    before = paths.database.read_bytes()
    with pytest.raises(migrate.NewerDatabaseError, match="newer version of StudyApp"):
        migrate.migrate(paths)
    assert paths.database.read_bytes() == before


def test_foreign_sqlite_file_is_refused_untouched(paths: AppPaths) -> None:
    with sqlite3.connect(paths.database) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    before = paths.database.read_bytes()
    with pytest.raises(migrate.NotStudyAppDatabaseError):
        migrate.migrate(paths)
    assert paths.database.read_bytes() == before


def test_file_that_is_not_sqlite_is_refused(paths: AppPaths) -> None:
    paths.database.write_bytes(b"this is a text file, not a database" * 200)
    with pytest.raises(migrate.NotStudyAppDatabaseError, match="not a readable SQLite"):
        migrate.migrate(paths)


def test_upgrade_from_an_older_schema_keeps_data_and_backs_up_first(paths: AppPaths) -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    first = script.get_base()
    if first == migrate.head_revision():
        pytest.skip("only one migration exists so far")
    engine = create_sqlite_engine(paths.database, foreign_keys=False)
    with engine.connect() as connection, connection.begin():
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, first)
        connection.exec_driver_sql(
            "INSERT INTO custom_user (id, username, email, first_name, last_name, is_superuser,"
            " is_staff, is_active, date_joined, uuid, updated_at) VALUES (1, 'a@b.co', 'a@b.co',"
            " 'A', 'B', 0, 0, 1, '2026-01-01', '0123456789abcdef0123456789abcdef', '2026-01-01')"
        )
    engine.dispose()

    result = migrate.migrate(paths)

    assert result.previous_revision == first
    assert result.backup is not None and result.backup.exists()
    assert migrate.read_revision(result.backup) == first
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT email FROM custom_user").fetchall() == [("a@b.co",)]
    conn.close()
