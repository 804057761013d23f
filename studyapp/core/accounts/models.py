"""Local profiles (the seed's CustomUser), their preferences and their profile page."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from studyapp.core.base import Base, SyncedMixin, UTCDateTime, utcnow


class CustomUser(SyncedMixin, Base):
    """A local profile. Fields follow Django's AbstractUser, as the seed inherits them."""

    __tablename__ = "custom_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    # An argon2id hash of the optional lock password; NULL means "no lock"
    # (Django keeps an unusable-password marker instead; NULL cannot be mistaken for a hash).
    password: Mapped[str | None] = mapped_column(String(128))
    last_login: Mapped[datetime | None] = mapped_column(UTCDateTime)
    is_superuser: Mapped[bool] = mapped_column(Boolean, default=False)
    # The case-folded email: the seed uses email as the username, and a unique
    # index on the folded form is what makes "A@x.com" and "a@x.com" one profile.
    username: Mapped[str] = mapped_column(String(254), unique=True)
    first_name: Mapped[str] = mapped_column(String(150))
    last_name: Mapped[str] = mapped_column(String(150))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    is_staff: Mapped[bool] = mapped_column(Boolean, default=False)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    date_joined: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    preferences: Mapped[UserPreferences] = relationship(
        back_populates="user", cascade="all, delete-orphan", uselist=False
    )
    profile: Mapped[Profile] = relationship(
        back_populates="user", cascade="all, delete-orphan", uselist=False
    )


class UserPreferences(Base):
    __tablename__ = "user_preferences"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("custom_user.id", ondelete="CASCADE"), unique=True
    )
    dark_mode: Mapped[bool] = mapped_column(Boolean, default=False)
    # Added to the seed: "follow the system" is the third theme choice; when it
    # is on, dark_mode keeps the pilot's last explicit choice for when it is off.
    follow_system_theme: Mapped[bool] = mapped_column(Boolean, default=True)
    language: Mapped[str] = mapped_column(String(10), default="en")
    email_notifications: Mapped[bool] = mapped_column(Boolean, default=True)
    push_notifications: Mapped[bool] = mapped_column(Boolean, default=True)
    show_progress_charts: Mapped[bool] = mapped_column(Boolean, default=True)
    # Added for flashcard review: FSRS's target probability of recall when a card
    # comes due, and how many never-seen cards a day's reviews may introduce.
    desired_retention: Mapped[float] = mapped_column(Float, default=0.9, server_default="0.9")
    new_cards_per_day: Mapped[int] = mapped_column(Integer, default=20, server_default="20")

    user: Mapped[CustomUser] = relationship(back_populates="preferences")


class Profile(Base):
    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("custom_user.id", ondelete="CASCADE"), unique=True
    )
    bio: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(String(255))
    birth_date: Mapped[date | None] = mapped_column(Date)

    user: Mapped[CustomUser] = relationship(back_populates="profile")
