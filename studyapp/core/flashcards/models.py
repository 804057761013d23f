"""Flashcard categories, sets, cards and their usage (seed section 3)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from studyapp.core.base import Base, UTCDateTime, utcnow

DIFFICULTY_EASY, DIFFICULTY_MODERATE, DIFFICULTY_HARD = 1, 2, 3


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
    __table_args__ = (CheckConstraint("difficulty BETWEEN 1 AND 3", name="difficulty_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("custom_user.id", ondelete="CASCADE"), index=True
    )
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("flashcard_category.id", ondelete="SET NULL")
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


class FlashcardUsage(Base):
    __tablename__ = "flashcard_usage"

    id: Mapped[int] = mapped_column(primary_key=True)
    flashcard_id: Mapped[int] = mapped_column(
        ForeignKey("flashcard.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("custom_user.id", ondelete="CASCADE"))
    last_reviewed: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Indexed: "what is due now" is the hottest query of a review session.
    next_review_due: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    proficiency_score: Mapped[int] = mapped_column(Integer, default=0)
