"""Examiner profiles and the gouge pilots write about them (seed section 5)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from studyapp.core.base import Base, SyncedMixin, UTCDateTime, utcnow


class ExaminerProfile(SyncedMixin, Base):
    """A designated pilot examiner. The avg_* and count columns are derived from gouge."""

    __tablename__ = "examiner_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    contact_info: Mapped[str | None] = mapped_column(String(255))
    organization: Mapped[str | None] = mapped_column(String(255))
    years_of_experience: Mapped[int] = mapped_column(Integer)
    avg_rating: Mapped[float] = mapped_column(Float, default=0)
    feedback_count: Mapped[int] = mapped_column(Integer, default=0)
    avg_pass_rate: Mapped[float] = mapped_column(Float, default=0)
    avg_flight_difficulty: Mapped[float] = mapped_column(Float, default=0)
    avg_oral_difficulty: Mapped[float] = mapped_column(Float, default=0)
    # Added to the seed: a directory is only useful if a pilot can find the
    # examiners who give *their* checkride *near them*.
    checkride_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    home_airport: Mapped[str | None] = mapped_column(String(8))
    region: Mapped[str | None] = mapped_column(String(100))


class Gouge(SyncedMixin, Base):
    __tablename__ = "gouge"
    __table_args__ = (
        CheckConstraint("rating BETWEEN 1 AND 5", name="rating_range"),
        CheckConstraint("pass_or_fail IN ('pass', 'fail')", name="pass_or_fail_choice"),
        CheckConstraint("flight_difficulty BETWEEN 1 AND 3", name="flight_difficulty_range"),
        CheckConstraint("oral_difficulty BETWEEN 1 AND 3", name="oral_difficulty_range"),
        CheckConstraint("stress_level BETWEEN 1 AND 5", name="stress_level_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("custom_user.id", ondelete="CASCADE"), index=True
    )
    examiner_id: Mapped[int | None] = mapped_column(
        ForeignKey("examiner_profile.id", ondelete="SET NULL"), index=True
    )
    content: Mapped[str] = mapped_column(Text)
    gouge_date: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    rating: Mapped[int] = mapped_column(Integer, default=3)
    pass_or_fail: Mapped[str] = mapped_column(String(10))
    flight_difficulty: Mapped[int] = mapped_column(Integer, default=2)
    oral_difficulty: Mapped[int] = mapped_column(Integer, default=2)
    stress_level: Mapped[int] = mapped_column(Integer, default=3)
    unexpected_elements: Mapped[str | None] = mapped_column(Text)
    # Added to the seed: which checkride it was (a DPE's private and instrument
    # rides differ), and whether the author hides their name from others.
    checkride_type: Mapped[str] = mapped_column(String(20), default="private")
    is_anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
