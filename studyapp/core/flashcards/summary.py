"""The end-of-session summary: how many cards, how long, and how much was remembered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text

from studyapp.core.db import Database
from studyapp.core.flashcards.sqltime import to_db


@dataclass(frozen=True)
class SessionSummary:
    cards: int  # distinct cards answered
    answers: int
    duration_ms: int
    again: int
    hard: int
    good: int
    easy: int
    # Share of answers on cards already in the review state that were not
    # "Again" (Anki's "true retention"); None when no such card was answered.
    retention: float | None


def session_summary(db: Database, user_id: int, since: datetime) -> SessionSummary:
    """What the profile answered from ``since`` until now (undone answers excluded)."""
    with db.session() as session:
        row = session.execute(
            text("""
                SELECT COUNT(DISTINCT flashcard_id), COUNT(*), COALESCE(SUM(duration_ms), 0),
                  COALESCE(SUM(rating = 1), 0), COALESCE(SUM(rating = 2), 0),
                  COALESCE(SUM(rating = 3), 0), COALESCE(SUM(rating = 4), 0),
                  COALESCE(SUM(state_before = 2), 0),
                  COALESCE(SUM(state_before = 2 AND rating > 1), 0)
                FROM review_log WHERE user_id = :user_id AND reviewed_at >= :since"""),
            {"user_id": user_id, "since": to_db(since)},
        ).one()
    reviewed, passed = row[7], row[8]
    retention = passed / reviewed if reviewed else None
    return SessionSummary(*row[:7], retention=retention)
