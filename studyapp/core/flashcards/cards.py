"""Adding, editing and suspending cards, and reading one the way the review screen shows it."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, datetime, timedelta

from fsrs import Scheduler
from sqlalchemy import select, update
from sqlalchemy.orm import Session

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
from studyapp.core.flashcards.sqltime import raw_transaction

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


@dataclass(frozen=True)
class CardContent:
    """What a pilot writes on a card (add and edit take the same fields)."""

    set_id: int
    question: str
    answer: str
    category_id: int | None = None
    difficulty: int = DIFFICULTY_EASY
    acs_code: str | None = None
    reference: str | None = None


def _clean(content: CardContent) -> CardContent:
    """Trimmed content, or ValidationError naming every bad field."""
    content = replace(
        content,
        question=content.question.strip(),
        answer=content.answer.strip(),
        acs_code=(content.acs_code or "").strip() or None,
        reference=(content.reference or "").strip() or None,
    )
    check = Validator()
    check.require(bool(content.question), "question", "required")
    check.require(bool(content.answer), "answer", "required")
    check.require(DIFFICULTY_EASY <= content.difficulty <= DIFFICULTY_HARD, "difficulty", "invalid")
    check.require(len(content.acs_code or "") <= ACS_CODE_MAX, "acs_code", "too_long")
    check.require(len(content.reference or "") <= REFERENCE_MAX, "reference", "too_long")
    check.raise_if_any()
    return content


def _check_targets(session: Session, user_id: int, content: CardContent) -> None:
    owner = session.scalar(select(FlashcardSet.user_id).where(FlashcardSet.id == content.set_id))
    if owner != user_id:
        raise NotFoundError(f"flashcard set {content.set_id}")
    if (
        content.category_id is not None
        and session.get(FlashcardCategory, content.category_id) is None
    ):
        raise NotFoundError(f"flashcard category {content.category_id}")


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
    """Create a card in one of the profile's sets; returns its id. It starts new.

    Raises ValidationError (question/answer required, difficulty 1-3, lengths)
    and NotFoundError (a set that is not this profile's, an unknown category).
    """
    content = _clean(
        CardContent(set_id, question, answer, category_id, difficulty, acs_code, reference)
    )
    with db.session() as session:
        _check_targets(session, user_id, content)
        card = Flashcard(user_id=user_id, **asdict(content))
        session.add(card)
        session.flush()
        return card.id


def update_card(db: Database, user_id: int, card_id: int, content: CardContent) -> None:
    """Edit a card's content; its review history and schedule are kept. Same errors as add."""
    content = _clean(content)
    with db.session() as session:
        card = session.get(Flashcard, card_id)
        if card is None or card.user_id != user_id:
            raise NotFoundError(f"flashcard {card_id}")
        _check_targets(session, user_id, content)
        for name, value in asdict(content).items():
            setattr(card, name, value)


def card_content(db: Database, user_id: int, card_id: int) -> CardContent:
    """A card's content, e.g. to fill the edit dialog. Raises NotFoundError."""
    with db.session() as session:
        card = session.get(Flashcard, card_id)
        if card is None or card.user_id != user_id:
            raise NotFoundError(f"flashcard {card_id}")
        return CardContent(**{f.name: getattr(card, f.name) for f in fields(CardContent)})


def set_suspended(db: Database, user_id: int, card_ids: list[int], suspended: bool) -> int:
    """Suspend (keep out of every review) or restore cards; returns how many changed."""
    with db.session() as session:
        result = session.execute(
            update(Flashcard)
            .where(
                Flashcard.user_id == user_id,
                Flashcard.id.in_(card_ids),
                Flashcard.suspended.is_not(suspended),
            )
            .values(suspended=suspended)
        )
        return result.rowcount  # type: ignore[attr-defined]


def review_card(
    db: Database, user_id: int, card_id: int, scheduler: Scheduler, now: datetime | None = None
) -> ReviewCard:
    """The card to show, with its four grade intervals. Raises NotFoundError."""
    with raw_transaction(db) as conn:
        return load_review_card(conn, user_id, card_id, scheduler, now)


def load_review_card(
    conn: sqlite3.Connection,
    user_id: int,
    card_id: int,
    scheduler: Scheduler,
    now: datetime | None = None,
) -> ReviewCard:
    """``review_card`` inside the caller's transaction."""
    state = read_card_state(conn, user_id, card_id)
    content = conn.execute(_CONTENT, (card_id, user_id)).fetchone()
    results = outcomes(
        scheduler,
        state.schedule_memory,
        card_id=card_id,
        author_difficulty=state.author_difficulty,
        now=now or datetime.now(UTC),
    )
    intervals = tuple(result.interval for result in results)
    return ReviewCard(
        card_id,
        *content,
        state.author_difficulty,
        state.memory.state,
        intervals,  # type: ignore[arg-type]
    )
