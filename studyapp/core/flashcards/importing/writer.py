"""Writing incoming cards in one go: sets and categories by name, cards by their stable source id.

Plain SQL on the transaction's own connection, with executemany: an ORM object
per card would cost more than the whole 10,000-note import is allowed to take.
A card already imported from the same source is updated in place (its review
history and the set the pilot moved it to stay); a new card is inserted, and
its past reviews, if any, are replayed through the FSRS review engine.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from fsrs import Scheduler

from studyapp.core.flashcards.importing.errors import ProgressLike, tick
from studyapp.core.flashcards.models import DIFFICULTY_EASY
from studyapp.core.flashcards.review import answer_on
from studyapp.core.flashcards.scheduling import make_scheduler
from studyapp.core.flashcards.sqltime import to_db

ACS_COLUMN_MAX = 32
NAME_MAX = 255
_BATCH = 2000

_INSERT_CARD = """
    INSERT INTO flashcard (user_id, category_id, set_id, question, answer, difficulty, status,
        created_at, times_used, acs_code, reference, suspended, updated_at, source, source_id)
    VALUES (?, ?, ?, ?, ?, ?, 0, ?, 0, ?, ?, ?, ?, ?, ?)"""
_UPDATE_CARD = """
    UPDATE flashcard SET question = ?, answer = ?, category_id = ?, difficulty = ?,
        acs_code = ?, reference = ?, updated_at = ?
    WHERE id = ?"""
_EXISTING = """
    SELECT source_id, id, question, answer, category_id, difficulty, acs_code, reference
    FROM flashcard WHERE user_id = ? AND source = ?"""


@dataclass(frozen=True)
class PastReview:
    """One answer from another app's history, replayed into FSRS on import."""

    reviewed_at: datetime
    rating: int  # 1 Again .. 4 Easy
    duration_ms: int | None = None


@dataclass(frozen=True)
class IncomingCard:
    source_id: str
    set_name: str
    question: str
    answer: str
    category: str | None = None
    acs_code: str | None = None
    reference: str | None = None
    difficulty: int = DIFFICULTY_EASY
    history: tuple[PastReview, ...] = ()
    #: Only for a card new here: re-importing never undoes the pilot's own (un)suspending.
    suspended: bool = False


@dataclass(frozen=True)
class WriteResult:
    added: int
    updated: int
    unchanged: int
    set_ids: dict[str, int]
    reviews: int


def acs_column(codes: Iterable[str]) -> str | None:
    """As many whole codes as fit the column, space-separated (the first always)."""
    kept: list[str] = []
    for code in codes:
        if len(" ".join([*kept, code])) > ACS_COLUMN_MAX:
            break
        kept.append(code)
    return " ".join(kept) or None


def write_cards(
    conn: sqlite3.Connection,
    user_id: int,
    source: str,
    cards: Sequence[IncomingCard],
    progress: ProgressLike | None = None,
    scheduler: Scheduler | None = None,
) -> WriteResult:
    """Insert or update ``cards`` inside the caller's transaction; a repeated source id: first wins.

    Past reviews of new cards are replayed with ``scheduler`` (the profile's, see
    session.review_settings; FSRS defaults if None).
    """
    unique: dict[str, IncomingCard] = {}
    for card in cards:
        unique.setdefault(card.source_id, card)
    cards = list(unique.values())
    set_ids = _ids_by_name(conn, "flashcard_set", {c.set_name for c in cards}, user_id)
    categories = _ids_by_name(conn, "flashcard_category", {c.category for c in cards if c.category})
    existing = {row[0]: row[1:] for row in conn.execute(_EXISTING, (user_id, source))}
    now = to_db(datetime.now(UTC))
    inserts: list[tuple] = []
    updates: list[tuple] = []
    unchanged = 0
    for card in cards:
        category_id = categories.get(card.category) if card.category else None
        content = (card.question, card.answer, category_id, card.difficulty)
        content += (card.acs_code, card.reference)
        found = existing.get(card.source_id)
        if found is None:
            row = (user_id, category_id, set_ids[card.set_name], card.question, card.answer)
            row += (card.difficulty, now, card.acs_code, card.reference, card.suspended, now)
            row += (source,)
            inserts.append((*row, card.source_id))
        elif tuple(found[1:]) != content:
            updates.append((*content, now, found[0]))
        else:
            unchanged += 1
    _run_in_batches(conn, _INSERT_CARD, inserts, progress, len(cards))
    _run_in_batches(conn, _UPDATE_CARD, updates, progress, len(cards), offset=len(inserts))
    scheduler = scheduler or make_scheduler()
    reviews = _replay_history(conn, user_id, source, cards, existing, scheduler, progress)
    used_sets = {card.set_name: set_ids[card.set_name] for card in cards}
    return WriteResult(len(inserts), len(updates), unchanged, used_sets, reviews)


def _run_in_batches(
    conn: sqlite3.Connection,
    sql: str,
    rows: list[tuple],
    progress: ProgressLike | None,
    total: int,
    offset: int = 0,
) -> None:
    for start in range(0, len(rows), _BATCH):
        tick(progress, offset + start, total)
        conn.executemany(sql, rows[start : start + _BATCH])


def _ids_by_name(
    conn: sqlite3.Connection, table: str, names: set[str], user_id: int | None = None
) -> dict[str, int]:
    """Ids of the named sets (this profile's) or categories (shared), creating missing ones."""
    owner = " AND user_id = ?" if user_id is not None else ""
    extra = (user_id,) if user_id is not None else ()
    found: dict[str, int] = {}
    for name in names:
        row = conn.execute(
            f"SELECT id FROM {table} WHERE name = ?{owner} ORDER BY id LIMIT 1", (name, *extra)
        ).fetchone()
        if row is None:
            columns = "name, user_id" if user_id is not None else "name"
            marks = "?, ?" if user_id is not None else "?"
            row = conn.execute(
                f"INSERT INTO {table} ({columns}) VALUES ({marks}) RETURNING id", (name, *extra)
            ).fetchone()
        found[name] = row[0]
    return found


def _replay_history(
    conn: sqlite3.Connection,
    user_id: int,
    source: str,
    cards: Sequence[IncomingCard],
    existing: dict[str, tuple],
    scheduler: Scheduler,
    progress: ProgressLike | None,
) -> int:
    """Replay past answers of the cards that are new here (never twice on re-import)."""
    with_history = [c for c in cards if c.history and c.source_id not in existing]
    if not with_history:
        return 0
    ids = dict(
        conn.execute(
            "SELECT source_id, id FROM flashcard WHERE user_id = ? AND source = ?",
            (user_id, source),
        ).fetchall()
    )
    count = 0
    for index, card in enumerate(with_history):
        if progress is not None and index % 200 == 0:
            progress.check()  # no report: the bar already stands at "written"
        for review in sorted(card.history, key=lambda r: r.reviewed_at):
            answer_on(
                conn,
                user_id,
                ids[card.source_id],
                review.rating,
                review.duration_ms,
                scheduler,
                review.reviewed_at,
            )
            count += 1
    return count
