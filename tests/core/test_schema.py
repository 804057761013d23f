"""The local schema keeps every table and field of the seed data model."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import inspect

from studyapp.core.db import Database

# The seed model (../shared/seed-models.md), table -> fields, foreign keys with _id.
SEED_TABLES: dict[str, set[str]] = {
    "custom_user": {
        "email",
        "first_name",
        "last_name",
        "password",
        "is_active",
        "is_staff",
        "is_superuser",
        "last_login",
    },
    "user_preferences": {
        "user_id",
        "dark_mode",
        "language",
        "email_notifications",
        "push_notifications",
        "show_progress_charts",
    },
    "conversation": {"title", "topic", "created_at", "created_by_id"},
    "message": {"conversation_id", "sender_id", "content", "timestamp", "is_read"},
    "participant": {"conversation_id", "user_id", "joined_at"},
    "flashcard_category": {"name"},
    "flashcard_set": {"user_id", "name"},
    "flashcard": {
        "user_id",
        "category_id",
        "set_id",
        "question",
        "answer",
        "difficulty",
        "status",
        "created_at",
        "last_used",
        "times_used",
    },
    "flashcard_usage": {
        "flashcard_id",
        "user_id",
        "last_reviewed",
        "next_review_due",
        "proficiency_score",
    },
    "mock_oral_section": {"name", "description"},
    "mock_oral_session": {
        "user_id",
        "section_id",
        "duration",
        "score",
        "acs_type",
        "created_at",
        "completed_at",
    },
    "examiner_profile": {
        "name",
        "contact_info",
        "organization",
        "years_of_experience",
        "avg_rating",
        "feedback_count",
        "avg_pass_rate",
        "avg_flight_difficulty",
        "avg_oral_difficulty",
    },
    "gouge": {
        "user_id",
        "examiner_id",
        "content",
        "gouge_date",
        "created_at",
        "rating",
        "pass_or_fail",
        "flight_difficulty",
        "oral_difficulty",
        "stress_level",
        "unexpected_elements",
    },
    "profile": {"user_id", "bio", "location", "birth_date"},
    "notification": {"user_id", "message", "read", "created_at"},
    "user_activity": {"user_id", "activity_type", "timestamp", "details"},
    "performance_metric": {"user_id", "metric_type", "value", "timestamp"},
}
SYNCED_TABLES = {
    "custom_user",
    "examiner_profile",
    "gouge",
    "conversation",
    "participant",
    "message",
}
SEED_DOC = Path(__file__).resolve().parents[3] / "shared" / "seed-models.md"


def columns(database: Database) -> dict[str, set[str]]:
    inspector = inspect(database.engine)
    return {
        table: {c["name"] for c in inspector.get_columns(table)}
        for table in inspector.get_table_names()
    }


def test_every_seed_table_and_field_exists(database: Database) -> None:
    found = columns(database)
    for table, fields in SEED_TABLES.items():
        assert table in found, f"missing seed table {table}"
        assert fields <= found[table], f"{table} lacks {fields - found[table]}"


def test_synced_tables_carry_uuid_and_updated_at(database: Database) -> None:
    found = columns(database)
    for table in SYNCED_TABLES:
        assert {"uuid", "updated_at"} <= found[table], table


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@pytest.mark.skipif(not SEED_DOC.exists(), reason="shared/seed-models.md is not beside this clone")
def test_expected_tables_follow_the_seed_document() -> None:
    text = SEED_DOC.read_text(encoding="utf-8")
    documented: dict[str, set[str]] = {}
    for model, body in re.findall(r"class (\w+)\([^)]*\):\n((?:    .*\n|\n)*)", text):
        fields = set()
        for field, kind in re.findall(r"^    (\w+) = models\.(\w+)", body, re.M):
            fields.add(f"{field}_id" if kind in ("ForeignKey", "OneToOneField") else field)
        documented[_snake(model)] = fields
    for table, fields in documented.items():
        assert table in SEED_TABLES, f"the seed names {table}; add it to SEED_TABLES"
        assert fields <= SEED_TABLES[table], f"{table}: {fields - SEED_TABLES[table]}"
