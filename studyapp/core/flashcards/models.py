"""Flashcard categories, sets, cards and their usage (seed section 3)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from studyapp.core.base import Base, UTCDateTime, utcnow

DIFFICULTY_EASY, DIFFICULTY_MODERATE, DIFFICULTY_HARD = 1, 2, 3

# FlashcardUsage.state: 0 is "never reviewed"; 1-3 are FSRS's own State values.
STATE_NEW, STATE_LEARNING, STATE_REVIEW, STATE_RELEARNING = 0, 1, 2, 3


class FlashcardCategory(Base):
    __tablename__ = "flashcard_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)


class FlashcardSet(Base):
    __tablename__ = "flashcard_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("custom_user.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(255))


class Flashcard(Base):
    __tablename__ = "flashcard"
    __table_args__ = (
        CheckConstraint("difficulty BETWEEN 1 AND 3", name="difficulty_range"),
        # Few cards are suspended: a partial index finds them without a scan, so
        # the review queue can leave them out without joining every due card.
        Index("ix_flashcard_suspended", "user_id", sqlite_where=text("suspended = 1")),
        # Added: an imported or installed card is found again by where it came from,
        # so re-importing updates it (keeping its review history) instead of duplicating.
        UniqueConstraint("user_id", "source", "source_id", name="uq_flashcard_user_source"),
        # Per-set counts (review page, set list) group a profile's unsuspended cards by
        # set: with this index they are read in set order, without a temporary b-tree
        # and without touching the table rows (100,000 cards: 217 -> 111 ms). Partial
        # (only for queries that say "suspended = 0"), so the planner never picks it for
        # other per-profile queries: the browser's status sort read every card's row in
        # its order, 50 -> 190 ms, with a full (user_id, suspended, set_id) index.
        Index(
            "ix_flashcard_user_set_unsuspended",
            "user_id",
            "suspended",  # always 0 here; listed so the index alone answers the counts
            "set_id",
            sqlite_where=text("suspended = 0"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("custom_user.id", ondelete="CASCADE"), index=True
    )
    # Indexed (added): reviewing a category filters on it, and deleting a
    # category nulls it on every card.
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("flashcard_category.id", ondelete="SET NULL"), index=True
    )
    set_id: Mapped[int] = mapped_column(
        ForeignKey("flashcard_set.id", ondelete="CASCADE"), index=True
    )
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    difficulty: Mapped[int] = mapped_column(Integer, default=DIFFICULTY_EASY)
    status: Mapped[bool] = mapped_column(Boolean, default=False)  # known / understood
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used: Mapped[datetime | None] = mapped_column(UTCDateTime)
    times_used: Mapped[int] = mapped_column(Integer, default=0)
    # Added to the seed: the ACS element the card drills (e.g. "PA.I.E.K1"), so
    # review and progress can be tied to the checkride standard; indexed to filter.
    acs_code: Mapped[str | None] = mapped_column(String(32), index=True)
    # Added: where the fact comes from (14 CFR section, AIM paragraph, handbook chapter).
    reference: Mapped[str | None] = mapped_column(String(255))
    # Added: a suspended card keeps its history but never enters a review queue.
    # server_default so rows inserted without it (raw SQL, older code) are not suspended.
    suspended: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Added: last edit of the card's content, for re-import ("update, not duplicate")
    # and later sync.
    # server_default so a plain INSERT of only the seed's columns still works.
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, server_default=func.current_timestamp()
    )
    # Added: where an imported card came from ("starter:private_pilot", "anki:<guid>",
    # "csv:<file>") and its stable id there; NULL for cards written in the app.
    source: Mapped[str | None] = mapped_column(String(255))
    source_id: Mapped[str | None] = mapped_column(String(255))


# The card browser's "every card by question" sort (ORDER BY question COLLATE NOCASE,
# id) reads a page straight off this index instead of sorting all of a profile's cards
# (100,000 cards: 22 -> 2 ms per page). The collation must match the ORDER BY's, or
# SQLite cannot use the index for it; browser.order_by keeps filtered or searched
# question sorts off it. Declared after the class, with the column's collate(), so
# alembic's model/schema comparison matches the reflected index (it compares column
# names only here and logs "approximate signature": a changed collation goes unseen).
Index(
    "ix_flashcard_user_question",
    Flashcard.user_id,
    Flashcard.question.collate("NOCASE"),
    Flashcard.id,
)


class FlashcardUsage(Base):
    """The per-profile scheduling state of one card.

    A card with no row here is new: other features create cards by inserting only
    the flashcard row, and the review engine creates this row on the first answer.
    """

    __tablename__ = "flashcard_usage"
    __table_args__ = (
        # One scheduling state per card and profile; also the lookup of every answer.
        UniqueConstraint("flashcard_id", "user_id", name="uq_flashcard_usage_card_user"),
        # "What is due for this profile" is a range scan on this index; state and
        # flashcard_id make it covering, so building a 100,000-card queue never
        # reads the table itself. It replaces the seed's index on next_review_due
        # alone, which every answer would otherwise have to update too.
        Index("ix_flashcard_usage_user_due", "user_id", "next_review_due", "state", "flashcard_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    flashcard_id: Mapped[int] = mapped_column(
        ForeignKey("flashcard.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("custom_user.id", ondelete="CASCADE"))
    last_reviewed: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # "What is due now" is the hottest query of a review session: see
    # ix_flashcard_usage_user_due above.
    next_review_due: Mapped[datetime | None] = mapped_column(UTCDateTime)
    proficiency_score: Mapped[int] = mapped_column(Integer, default=0)
    # Added for FSRS. next_review_due above is FSRS's due date, last_reviewed its
    # last_review. state: STATE_* (0 new, 1 learning, 2 review, 3 relearning).
    state: Mapped[int] = mapped_column(Integer, default=STATE_NEW, server_default=text("0"))
    # Added: index into the (re)learning steps; NULL in the review state.
    step: Mapped[int | None] = mapped_column(Integer)
    # Added: FSRS memory stability in days (interval at which recall drops to 90%).
    stability: Mapped[float | None] = mapped_column(Float)
    # Added: FSRS difficulty 1-10 learnt from reviews; not the author's
    # Flashcard.difficulty (1-3), which only seeds it on the first review.
    fsrs_difficulty: Mapped[float | None] = mapped_column(Float)
    # Added: total answers and lapses (Again on a review card), for leech detection and stats.
    reps: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    lapses: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))


class ReviewLog(Base):
    """One answer: enough to undo it exactly and to fit FSRS parameters to the profile.

    ``*_before`` columns hold the card's scheduling state before the answer
    (state 0 with ``usage_created`` when it had no flashcard_usage row yet).
    """

    __tablename__ = "review_log"
    __table_args__ = (
        CheckConstraint("rating BETWEEN 1 AND 4", name="rating_range"),
        # Today's introduced new cards, the session summary and undo all read by
        # profile and time.
        Index("ix_review_log_user_reviewed_at", "user_id", "reviewed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    flashcard_id: Mapped[int] = mapped_column(
        ForeignKey("flashcard.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("custom_user.id", ondelete="CASCADE"))
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    rating: Mapped[int] = mapped_column(Integer)  # fsrs Rating: 1 Again .. 4 Easy
    duration_ms: Mapped[int | None] = mapped_column(Integer)
    usage_created: Mapped[bool] = mapped_column(Boolean, default=False)
    state_before: Mapped[int] = mapped_column(Integer)
    step_before: Mapped[int | None] = mapped_column(Integer)
    due_before: Mapped[datetime | None] = mapped_column(UTCDateTime)
    stability_before: Mapped[float | None] = mapped_column(Float)
    difficulty_before: Mapped[float | None] = mapped_column(Float)
    last_reviewed_before: Mapped[datetime | None] = mapped_column(UTCDateTime)
    proficiency_before: Mapped[int] = mapped_column(Integer)
    # The flashcard's own fields the answer changes, so undo restores them too.
    status_before: Mapped[bool] = mapped_column(Boolean)
    last_used_before: Mapped[datetime | None] = mapped_column(UTCDateTime)
    state_after: Mapped[int] = mapped_column(Integer)
    step_after: Mapped[int | None] = mapped_column(Integer)
    due_after: Mapped[datetime] = mapped_column(UTCDateTime)
    stability_after: Mapped[float] = mapped_column(Float)
    difficulty_after: Mapped[float] = mapped_column(Float)
