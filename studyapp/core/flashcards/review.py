"""Answering a card, previewing the four grades, and undoing an answer.

The hot path of the whole app: one answer is one transaction of four small
statements on the raw SQLite connection (no ORM objects, no SQL compilation),
committed before the next card is shown. With WAL and synchronous=NORMAL (see
studyapp.core.db) a crash of the app loses nothing; a power cut or OS crash
may lose the answers since the log was last synced (at each checkpoint, about
every 120 answers of ~8 pages each), never the database itself.

Runs on the caller's thread; the GUI calls it through its single writer task.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from fsrs import Rating, Scheduler

from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.flashcards.models import STATE_NEW, STATE_REVIEW
from studyapp.core.flashcards.scheduling import Memory, Outcome, outcome, outcomes
from studyapp.core.flashcards.sqltime import from_db, raw_transaction, to_db

DURATION_MAX_MS = 60 * 60 * 1000  # longer is a card left open, not thinking time

_CARD_STATE = """
    SELECT f.difficulty, f.status, f.last_used, u.id, u.state, u.step, u.next_review_due,
           u.stability, u.fsrs_difficulty, u.last_reviewed, u.proficiency_score
    FROM flashcard f
    LEFT JOIN flashcard_usage u ON u.flashcard_id = f.id AND u.user_id = f.user_id
    WHERE f.id = ? AND f.user_id = ?"""
_INSERT_LOG = """
    INSERT INTO review_log (flashcard_id, user_id, reviewed_at, rating, duration_ms,
        usage_created, state_before, step_before, due_before, stability_before,
        difficulty_before, last_reviewed_before, proficiency_before, status_before,
        last_used_before, state_after, step_after, due_after, stability_after, difficulty_after)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
_INSERT_USAGE = """
    INSERT INTO flashcard_usage (flashcard_id, user_id, state, step, next_review_due,
        stability, fsrs_difficulty, last_reviewed, proficiency_score, reps, lapses)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"""
_UPDATE_USAGE = """
    UPDATE flashcard_usage SET state = ?, step = ?, next_review_due = ?, stability = ?,
        fsrs_difficulty = ?, last_reviewed = ?, proficiency_score = ?, reps = reps + 1,
        lapses = lapses + ?
    WHERE id = ?"""
_UPDATE_CARD = """
    UPDATE flashcard SET times_used = times_used + 1, last_used = ?, status = ?
    WHERE id = ?"""


@dataclass(frozen=True)
class CardState:
    """Everything an answer reads: the card's own fields and its usage row, if any."""

    author_difficulty: int
    status: bool
    last_used: datetime | None
    usage_id: int | None
    memory: Memory
    proficiency: int

    @property
    def schedule_memory(self) -> Memory:
        """What FSRS sees: a usage row still in state 0 is as new as no row at all,
        and so is one another feature wrote without FSRS's stability and difficulty."""
        memory = self.memory
        if memory.state == STATE_NEW or memory.stability is None or memory.difficulty is None:
            return Memory()
        return memory


@dataclass(frozen=True)
class Answer:
    log_id: int
    card_id: int
    outcome: Outcome


def read_card_state(conn: sqlite3.Connection, user_id: int, card_id: int) -> CardState:
    row = conn.execute(_CARD_STATE, (card_id, user_id)).fetchone()
    if row is None:
        raise NotFoundError(f"flashcard {card_id}")
    memory = Memory(
        state=row[4] or STATE_NEW,
        step=row[5],
        due=from_db(row[6]),
        stability=row[7],
        difficulty=row[8],
        last_reviewed=from_db(row[9]),
    )
    return CardState(row[0], bool(row[1]), from_db(row[2]), row[3], memory, row[10] or 0)


def preview(
    db: Database, user_id: int, card_id: int, scheduler: Scheduler, now: datetime | None = None
) -> tuple[Outcome, ...]:
    """What Again, Hard, Good and Easy would each do to the card now (nothing is written)."""
    with raw_transaction(db) as conn:
        state = read_card_state(conn, user_id, card_id)
    return tuple(
        outcomes(
            scheduler,
            state.schedule_memory,
            card_id=card_id,
            author_difficulty=state.author_difficulty,
            now=now or datetime.now(UTC),
        )
    )


def _check_answer(rating: int, duration_ms: int | None) -> int | None:
    if rating not in tuple(Rating):
        raise ValidationError({"rating": "invalid"})
    if duration_ms is None:
        return None
    if duration_ms < 0:
        raise ValidationError({"duration_ms": "invalid"})
    return min(duration_ms, DURATION_MAX_MS)


def answer(
    db: Database,
    user_id: int,
    card_id: int,
    rating: int,
    duration_ms: int | None,
    scheduler: Scheduler,
    now: datetime | None = None,
) -> Answer:
    """Grade a card: one review_log row and the new schedule, all in one transaction.

    Updates FlashcardUsage (state, last_reviewed, next_review_due, stability,
    difficulty, proficiency_score) and the Flashcard's times_used, last_used and
    status (known, see scheduling.is_known). Raises NotFoundError, ValidationError.
    """
    with raw_transaction(db) as conn:
        return answer_on(conn, user_id, card_id, rating, duration_ms, scheduler, now)


def answer_on(
    conn: sqlite3.Connection,
    user_id: int,
    card_id: int,
    rating: int,
    duration_ms: int | None,
    scheduler: Scheduler,
    now: datetime | None = None,
) -> Answer:
    """``answer`` inside the caller's transaction (the review session adds its next card)."""
    duration_ms = _check_answer(rating, duration_ms)
    now = (now or datetime.now(UTC)).astimezone(UTC)
    state = read_card_state(conn, user_id, card_id)
    result = outcome(
        scheduler,
        state.schedule_memory,
        rating,
        card_id=card_id,
        author_difficulty=state.author_difficulty,
        now=now,
    )
    log_id = _write_log(conn, user_id, card_id, duration_ms, state, result)
    _write_usage(conn, user_id, card_id, state, result)
    conn.execute(_UPDATE_CARD, (to_db(now), result.known, card_id))
    return Answer(log_id, card_id, result)


def _write_log(
    conn: sqlite3.Connection,
    user_id: int,
    card_id: int,
    duration_ms: int | None,
    state: CardState,
    result: Outcome,
) -> int:
    before = state.memory
    cursor = conn.execute(
        _INSERT_LOG,
        (
            card_id,
            user_id,
            to_db(result.reviewed_at),
            result.rating,
            duration_ms,
            state.usage_id is None,
            before.state,
            before.step,
            to_db(before.due),
            before.stability,
            before.difficulty,
            to_db(before.last_reviewed),
            state.proficiency,
            state.status,
            to_db(state.last_used),
            result.state,
            result.step,
            to_db(result.due),
            result.stability,
            result.difficulty,
        ),
    )
    return cursor.lastrowid  # type: ignore[return-value]


def _write_usage(
    conn: sqlite3.Connection, user_id: int, card_id: int, state: CardState, result: Outcome
) -> None:
    lapse = int(state.memory.state == STATE_REVIEW and result.rating == Rating.Again)
    values = (
        result.state,
        result.step,
        to_db(result.due),
        result.stability,
        result.difficulty,
        to_db(result.reviewed_at),
        result.proficiency,
    )
    if state.usage_id is None:
        conn.execute(_INSERT_USAGE, (card_id, user_id, *values, lapse))
    else:
        conn.execute(_UPDATE_USAGE, (*values, lapse, state.usage_id))
