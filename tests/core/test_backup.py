"""Automatic and manual backups, their rotation, and restoring one."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from studyapp.core import backup
from studyapp.core.accounts import service as accounts
from studyapp.core.db import Database
from studyapp.core.migrate import DatabaseError, NewerDatabaseError
from studyapp.core.restore import restore_backup
from studyapp.core.startup import open_database
from studyapp.paths import AppPaths


def emails(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT email FROM custom_user ORDER BY id").fetchall()
    conn.close()
    return [row[0] for row in rows]


def test_backup_is_a_consistent_copy_of_a_live_database(
    database: Database, paths: AppPaths
) -> None:
    accounts.create_profile(database, "a@b.co", "A", "B")
    copy = backup.make_backup(paths)
    assert copy.parent.name == "manual"
    assert emails(copy) == ["a@b.co"]
    assert not list(copy.parent.glob("*.partial"))


def test_rotation_keeps_seven_daily_and_four_weekly(database: Database, paths: AppPaths) -> None:
    for made_at_startup in paths.backups.glob("*/*.sqlite3"):
        made_at_startup.unlink()
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)
    for day in range(40):
        backup.run_scheduled_backups(paths, now=start + timedelta(days=day))
    daily = sorted(p.name for p in (paths.backups / "daily").iterdir())
    weekly = sorted(p.name for p in (paths.backups / "weekly").iterdir())
    assert daily == [f"studyapp-2026-02-{d:02d}.sqlite3" for d in range(3, 10)]
    assert weekly == [f"studyapp-2026-W{w:02d}.sqlite3" for w in range(4, 8)]


def test_scheduled_backup_is_made_once_per_day(database: Database, paths: AppPaths) -> None:
    now = datetime(2026, 3, 4, 9, tzinfo=UTC)
    first = backup.run_scheduled_backups(paths, now=now)
    again = backup.run_scheduled_backups(paths, now=now + timedelta(hours=1))
    assert len(first) == 2 and again == []


def test_list_backups_newest_first(database: Database, paths: AppPaths) -> None:
    backup.make_backup(paths, now=datetime(2026, 1, 1, tzinfo=UTC))
    backup.run_scheduled_backups(paths)
    listed = backup.list_backups(paths)
    assert {info.kind for info in listed} >= {"manual", "daily", "weekly"}
    assert [i.created for i in listed] == sorted((i.created for i in listed), reverse=True)


def test_restore_brings_back_the_old_data_and_keeps_a_safety_copy(paths: AppPaths) -> None:
    database = open_database(paths)
    accounts.create_profile(database, "before@b.co", "A", "B")
    saved = backup.make_backup(paths)
    accounts.create_profile(database, "after@b.co", "C", "D")
    database.close()

    result = restore_backup(paths, saved)

    assert emails(paths.database) == ["before@b.co"]
    assert result.safety_copy is not None
    assert emails(result.safety_copy) == ["before@b.co", "after@b.co"]


def test_restoring_garbage_changes_nothing(
    database: Database, paths: AppPaths, tmp_path: Path
) -> None:
    accounts.create_profile(database, "keep@b.co", "A", "B")
    database.close()
    garbage = tmp_path / "not-a-backup.sqlite3"
    garbage.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(DatabaseError):
        restore_backup(paths, garbage)
    with pytest.raises(DatabaseError, match="does not exist"):
        restore_backup(paths, tmp_path / "missing.sqlite3")
    assert emails(paths.database) == ["keep@b.co"]


def test_backup_from_a_newer_studyapp_is_refused(database: Database, paths: AppPaths) -> None:
    newer = backup.make_backup(paths)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.close()
    database.close()
    with pytest.raises(NewerDatabaseError):
        restore_backup(paths, newer)
