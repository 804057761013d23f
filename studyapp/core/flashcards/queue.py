"""Which cards a review shows, and the per-set new / learning / due counts.

Narrow SQL on purpose: with 100,000 cards the ORM would build 100,000 objects
to answer "which ids are due". Cards with no flashcard_usage row are new (other
features create cards by inserting only the flashcard row).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from studyapp.core.flashcards.models import STATE_LEARNING, STATE_RELEARNING, STATE_REVIEW
from studyapp.core.flashcards.sqltime import raw_connection, to_db

# Like Anki, a study "day" starts at 4 a.m. local time, so a late-night session
# still counts toward the day the pilot thinks it is.
DAY_ROLLOVER_HOUR = 4


@dataclass(frozen=True)
class ReviewScope:
    """What to review: some sets, one category, or (both empty) everything."""

    set_ids: tuple[int, ...] = ()
    category_id: int | None = None


@dataclass(frozen=True)
class QueueRows:
    """Card ids for a review: review cards by due time, learning cards, new cards."""

    review_ids: tuple[int, ...]
    learning: tuple[tuple[str, int], ...]  # (due as stored, card id), by due time
    new_ids: tuple[int, ...]


def local_now() -> datetime:
    return datetime.now().astimezone()


def day_bounds(now: datetime) -> tuple[datetime, datetime]:
    """Start and end of the study day containing ``now``, in ``now``'s time zone."""
    local = now if now.tzinfo is not None else now.astimezone()
    start = local.replace(hour=DAY_ROLLOVER_HOUR, minute=0, second=0, microsecond=0)
    if local < start:
        start -= timedelta(days=1)
    return start, start + timedelta(days=1)


def _scope_sql(scope: ReviewScope) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if scope.set_ids:
        clauses.append(f"AND f.set_id IN ({', '.join('?' * len(scope.set_ids))})")
        params.extend(scope.set_ids)
    if scope.category_id is not None:
        clauses.append("AND f.category_id = ?")
        params.append(scope.category_id)
    return " ".join(clauses), params


def queue_rows(
    session: Session, user_id: int, scope: ReviewScope, now: datetime, new_limit: int
) -> QueueRows:
    """Review cards due before the study day ends, learning ones, and up to ``new_limit`` new."""
    conn = raw_connection(session)
    reviews, learning = _scheduled(conn, user_id, scope, now)
    return QueueRows(reviews, learning, _new(conn, user_id, scope, new_limit))


def _scheduled(
    conn: sqlite3.Connection, user_id: int, scope: ReviewScope, now: datetime
) -> tuple[tuple[int, ...], tuple[tuple[str, int], ...]]:
    # Only a narrowed scope joins the cards: for "everything" the covering index
    # ix_flashcard_usage_user_due answers alone and suspended cards (few, and
    # found through their partial index) are dropped here.
    where, params = _scope_sql(scope)
    join = f"JOIN flashcard f ON f.id = u.flashcard_id AND f.suspended = 0 {where}" if where else ""
    sql = f"""
        SELECT u.flashcard_id, u.state, u.next_review_due FROM flashcard_usage u {join}
        WHERE u.user_id = ? AND u.next_review_due < ? AND u.state > 0
        ORDER BY u.next_review_due"""
    _, day_end = day_bounds(now)
    rows = conn.execute(sql, (*params, user_id, to_db(day_end))).fetchall()
    skip = set() if where else _suspended_ids(conn, user_id)
    reviews = tuple(row[0] for row in rows if row[1] == STATE_REVIEW and row[0] not in skip)
    learning = tuple(
        (row[2], row[0]) for row in rows if row[1] != STATE_REVIEW and row[0] not in skip
    )
    return reviews, learning


def _suspended_ids(conn: sqlite3.Connection, user_id: int) -> set[int]:
    sql = "SELECT id FROM flashcard WHERE user_id = ? AND suspended = 1"
    return {row[0] for row in conn.execute(sql, (user_id,))}


def _new(conn: sqlite3.Connection, user_id: int, scope: ReviewScope, limit: int) -> tuple[int, ...]:
    if limit <= 0:
        return ()
    where, params = _scope_sql(scope)
    sql = f"""
        SELECT f.id FROM flashcard f
        LEFT JOIN flashcard_usage u ON u.flashcard_id = f.id AND u.user_id = f.user_id
        WHERE f.user_id = ? AND f.suspended = 0
          AND (u.state IS NULL OR u.state = 0) {where}
        ORDER BY f.id LIMIT ?"""
    return tuple(row[0] for row in conn.execute(sql, (user_id, *params, limit)))


def new_cards_introduced(session: Session, user_id: int, now: datetime) -> int:
    """How many never-seen cards this profile has answered since the study day began."""
    day_start, _ = day_bounds(now)
    return (
        session.scalar(
            text(
                "SELECT COUNT(*) FROM review_log WHERE user_id = :user_id "
                "AND reviewed_at >= :start AND state_before = 0"
            ),
            {"user_id": user_id, "start": to_db(day_start)},
        )
        or 0
    )


@dataclass(frozen=True)
class Counts:
    total: int = 0
    new: int = 0
    learning: int = 0
    due: int = 0


def counts_by_set(session: Session, user_id: int, now: datetime) -> dict[int, Counts]:
    """Per set: all unsuspended cards, new ones, learning and review cards due today."""
    _, day_end = day_bounds(now)
    rows = session.execute(
        text(f"""
            SELECT f.set_id, COUNT(*),
              SUM(COALESCE(u.state, 0) = 0),
              SUM(u.state IN ({STATE_LEARNING}, {STATE_RELEARNING}) AND u.next_review_due < :end),
              SUM(u.state = 2 AND u.next_review_due < :end)
            FROM flashcard f
            LEFT JOIN flashcard_usage u ON u.flashcard_id = f.id AND u.user_id = f.user_id
            WHERE f.user_id = :user_id AND f.suspended = 0
            GROUP BY f.set_id"""),
        {"user_id": user_id, "end": to_db(day_end)},
    )
    return {row[0]: Counts(row[1], row[2] or 0, row[3] or 0, row[4] or 0) for row in rows}
