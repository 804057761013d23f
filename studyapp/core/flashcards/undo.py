"""Undoing an answer: the card gets back exactly the state its review_log row recorded."""

from __future__ import annotations

import sqlite3

from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.flashcards.models import STATE_REVIEW
from studyapp.core.flashcards.sqltime import raw_transaction

_LOG = """
    SELECT id, flashcard_id, rating, usage_created, state_before, step_before, due_before,
           stability_before, difficulty_before, last_reviewed_before, proficiency_before,
           status_before, last_used_before
    FROM review_log WHERE user_id = ? {where} ORDER BY reviewed_at DESC, id DESC LIMIT 1"""
_LATER_FOR_CARD = "SELECT 1 FROM review_log WHERE flashcard_id = ? AND id > ? LIMIT 1"
_RESTORE_USAGE = """
    UPDATE flashcard_usage SET state = ?, step = ?, next_review_due = ?, stability = ?,
        fsrs_difficulty = ?, last_reviewed = ?, proficiency_score = ?,
        reps = MAX(reps - 1, 0), lapses = MAX(lapses - ?, 0)
    WHERE flashcard_id = ? AND user_id = ?"""
_RESTORE_CARD = """
    UPDATE flashcard SET times_used = MAX(times_used - 1, 0), status = ?, last_used = ?
    WHERE id = ?"""


def undo_answer(db: Database, user_id: int, log_id: int | None = None) -> int:
    """Undo one answer (by default the profile's latest) and return its card id.

    Only a card's latest answer can be undone: restoring an older one would
    throw away the answers after it. Raises NotFoundError, ValidationError.
    """
    with raw_transaction(db) as conn:
        log = _find_log(conn, user_id, log_id)
        if conn.execute(_LATER_FOR_CARD, (log[1], log[0])).fetchone():
            raise ValidationError({"undo": "not_latest"})
        _restore(conn, user_id, log)
        conn.execute("DELETE FROM review_log WHERE id = ?", (log[0],))
        return int(log[1])


def _find_log(conn: sqlite3.Connection, user_id: int, log_id: int | None) -> tuple:
    where, params = ("AND id = ?", (user_id, log_id)) if log_id is not None else ("", (user_id,))
    row = conn.execute(_LOG.format(where=where), params).fetchone()
    if row is None:
        raise NotFoundError("review to undo")
    return tuple(row)


def _restore(conn: sqlite3.Connection, user_id: int, log: tuple) -> None:
    (_, card_id, rating, usage_created, state, step, due, stability, difficulty,
     last_reviewed, proficiency, status, last_used) = log  # fmt: skip
    if usage_created:
        conn.execute(
            "DELETE FROM flashcard_usage WHERE flashcard_id = ? AND user_id = ?",
            (card_id, user_id),
        )
    else:
        lapse = int(state == STATE_REVIEW and rating == 1)
        conn.execute(
            _RESTORE_USAGE,
            (
                state,
                step,
                due,
                stability,
                difficulty,
                last_reviewed,
                proficiency,
                lapse,
                card_id,
                user_id,
            ),
        )
    conn.execute(_RESTORE_CARD, (status, last_used, card_id))
