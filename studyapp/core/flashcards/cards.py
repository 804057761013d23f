"""Adding a card, and reading one the way the review screen shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from fsrs import Scheduler
from sqlalchemy import select

from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, Validator
from studyapp.core.flashcards.models import (
    DIFFICULTY_EASY,
    DIFFICULTY_HARD,
    Flashcard,
    FlashcardCategory,
    FlashcardSet,
)
from studyapp.core.flashcards.review import read_card_state
from studyapp.core.flashcards.scheduling import outcomes
from studyapp.core.flashcards.sqltime import raw_connection

ACS_CODE_MAX = 32
REFERENCE_MAX = 255

_CONTENT = """
    SELECT question, answer, set_id, category_id, acs_code, reference
    FROM flashcard WHERE id = ? AND user_id = ?"""


@dataclass(frozen=True)
class ReviewCard:
    """One card as the review screen shows it, with the interval each grade would give."""

    card_id: int
    question: str
    answer: str
    set_id: int
    category_id: int | None
    acs_code: str | None
    reference: str | None
    author_difficulty: int
    state: int
    intervals: tuple[timedelta, timedelta, timedelta, timedelta]  # Again, Hard, Good, Easy


def add_card(
    db: Database,
    user_id: int,
    set_id: int,
    question: str,
    answer: str,
    *,
    category_id: int | None = None,
    difficulty: int = DIFFICULTY_EASY,
    acs_code: str | None = None,
    reference: str | None = None,
) -> int:
    """Create a card in one of the profile's sets; returns its id.

    Raises ValidationError (question/answer required, difficulty 1-3, lengths)
    and NotFoundError (a set that is not this profile's, an unknown category).
    """
    question, answer = question.strip(), answer.strip()
    acs_code = (acs_code or "").strip() or None
    reference = (reference or "").strip() or None
    check = Validator()
    check.require(bool(question), "question", "required")
    check.require(bool(answer), "answer", "required")
    check.require(DIFFICULTY_EASY <= difficulty <= DIFFICULTY_HARD, "difficulty", "invalid")
    check.require(len(acs_code or "") <= ACS_CODE_MAX, "acs_code", "too_long")
    check.require(len(reference or "") <= REFERENCE_MAX, "reference", "too_long")
    check.raise_if_any()
    with db.session() as session:
        owner = session.scalar(select(FlashcardSet.user_id).where(FlashcardSet.id == set_id))
        if owner != user_id:
            raise NotFoundError(f"flashcard set {set_id}")
        if category_id is not None and session.get(FlashcardCategory, category_id) is None:
            raise NotFoundError(f"flashcard category {category_id}")
        card = Flashcard(
            user_id=user_id,
            set_id=set_id,
            category_id=category_id,
            question=question,
            answer=answer,
            difficulty=difficulty,
            acs_code=acs_code,
            reference=reference,
        )
        session.add(card)
        session.flush()
        return card.id


def review_card(
    db: Database, user_id: int, card_id: int, scheduler: Scheduler, now: datetime | None = None
) -> ReviewCard:
    """The card to show, with its four grade intervals. Raises NotFoundError."""
    now = now or datetime.now(UTC)
    with db.session() as session:
        conn = raw_connection(session)
        state = read_card_state(conn, user_id, card_id)
        content = conn.execute(_CONTENT, (card_id, user_id)).fetchone()
    results = outcomes(
        scheduler,
        state.schedule_memory,
        card_id=card_id,
        author_difficulty=state.author_difficulty,
        now=now,
    )
    intervals = tuple(result.interval for result in results)
    return ReviewCard(
        card_id,
        *content,
        state.author_difficulty,
        state.memory.state,
        intervals,  # type: ignore[arg-type]
    )
