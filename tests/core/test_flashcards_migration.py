"""Revision 0002 (flashcard scheduling): agrees with the models and keeps every card."""

from __future__ import annotations

import sqlite3

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from studyapp.core import migrate
from studyapp.core.db import create_sqlite_engine
from studyapp.core.models import Base
from studyapp.paths import AppPaths

USER = (
    "INSERT INTO custom_user (id, username, email, first_name, last_name, is_superuser,"
    " is_staff, is_active, date_joined, uuid, updated_at) VALUES (1, 'a@b.co', 'a@b.co',"
    " 'A', 'B', 0, 0, 1, '2026-01-01 00:00:00.000000', '0123456789abcdef0123456789abcdef',"
    " '2026-01-01 00:00:00.000000')"
)
CARD = (
    "INSERT INTO flashcard (id, user_id, category_id, set_id, question, answer, difficulty,"
    " status, created_at, last_used, times_used) VALUES (?, 1, 1, 1, ?, 'A', 2, 0,"
    " '2026-01-02 10:00:00.000000', NULL, ?)"
)


def _database_at_0001_with_cards(paths: AppPaths) -> None:
    paths.ensure()
    engine = create_sqlite_engine(paths.database, foreign_keys=False)
    with engine.connect() as connection, connection.begin():
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        run = connection.exec_driver_sql
        run(USER)
        run(
            "INSERT INTO user_preferences (user_id, dark_mode, follow_system_theme, language,"
            " email_notifications, push_notifications, show_progress_charts)"
            " VALUES (1, 0, 1, 'en', 1, 1, 1)"
        )
        run("INSERT INTO flashcard_category (id, name) VALUES (1, 'Weather')")
        run("INSERT INTO flashcard_set (id, user_id, name) VALUES (1, 1, 'Private')")
        for card_id in range(1, 31):
            run(CARD, (card_id, f"Q{card_id}", card_id % 3))
        run(
            "INSERT INTO flashcard_usage (flashcard_id, user_id, last_reviewed, next_review_due,"
            " proficiency_score) VALUES (1, 1, '2026-01-03 00:00:00.000000',"
            " '2026-01-13 00:00:00.000000', 40), (2, 1, NULL, NULL, 0)"
        )
    engine.dispose()


def test_database_migrated_through_both_revisions_matches_the_models(paths: AppPaths) -> None:
    _database_at_0001_with_cards(paths)
    migrate.migrate(paths)
    engine = create_sqlite_engine(paths.database)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_upgrading_0001_keeps_every_card_and_its_history(paths: AppPaths) -> None:
    _database_at_0001_with_cards(paths)
    result = migrate.migrate(paths)
    assert (result.previous_revision, result.revision) == ("0001", migrate.head_revision())
    assert migrate.integrity_check(paths.database) == []
    with sqlite3.connect(paths.database) as conn:
        cards = conn.execute(
            "SELECT id, question, category_id, times_used, suspended, updated_at = created_at"
            " FROM flashcard ORDER BY id"
        ).fetchall()
        usage = conn.execute(
            "SELECT flashcard_id, state, stability, proficiency_score, next_review_due"
            " FROM flashcard_usage ORDER BY flashcard_id"
        ).fetchall()
        retention = conn.execute(
            "SELECT desired_retention, new_cards_per_day FROM user_preferences"
        ).fetchall()
    conn.close()
    assert cards == [(i, f"Q{i}", 1, i % 3, 0, 1) for i in range(1, 31)]
    # The reviewed card enters FSRS's review state with its last interval as stability.
    assert usage == [
        (1, 2, 10.0, 40, "2026-01-13 00:00:00.000000"),
        (2, 0, None, 0, None),
    ]
    assert retention == [(0.9, 20)]


def test_downgrade_to_0001_and_back_keeps_the_cards(paths: AppPaths) -> None:
    _database_at_0001_with_cards(paths)
    migrate.migrate(paths)
    engine = create_sqlite_engine(paths.database, foreign_keys=False)
    with engine.connect() as connection, connection.begin():
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
        command.upgrade(config, "head")
        assert connection.exec_driver_sql("SELECT COUNT(*) FROM flashcard").scalar() == 30
    engine.dispose()
