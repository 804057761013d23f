"""A profile's preferences (the seed's UserPreferences)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy import select

from studyapp.core.accounts.models import UserPreferences
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError, Validator

SUPPORTED_LANGUAGES = ("en", "es")
# FSRS is tuned for retention targets in this band: below it reviews become
# mostly failures, above it the workload grows without bound.
RETENTION_MIN, RETENTION_MAX = 0.70, 0.99
NEW_CARDS_PER_DAY_MAX = 9999
THEME_LIGHT, THEME_DARK, THEME_SYSTEM = "light", "dark", "system"


@dataclass(frozen=True)
class Preferences:
    dark_mode: bool = False
    follow_system_theme: bool = True
    language: str = "en"
    email_notifications: bool = True
    push_notifications: bool = True
    show_progress_charts: bool = True
    desired_retention: float = 0.9
    new_cards_per_day: int = 20

    @property
    def theme(self) -> str:
        """light, dark or system: the one choice the Settings page shows."""
        if self.follow_system_theme:
            return THEME_SYSTEM
        return THEME_DARK if self.dark_mode else THEME_LIGHT

    def with_theme(self, theme: str) -> Preferences:
        if theme == THEME_SYSTEM:
            return replace(self, follow_system_theme=True)
        if theme in (THEME_LIGHT, THEME_DARK):
            return replace(self, follow_system_theme=False, dark_mode=theme == THEME_DARK)
        raise ValidationError({"theme": "invalid"})


_FIELDS = tuple(f.name for f in fields(Preferences))


def _load(db: Database, user_id: int) -> Preferences:
    with db.session() as session:
        row = session.scalar(select(UserPreferences).where(UserPreferences.user_id == user_id))
        if row is None:
            raise NotFoundError(f"preferences of profile {user_id}")
        return Preferences(**{name: getattr(row, name) for name in _FIELDS})


def get_preferences(db: Database, user_id: int) -> Preferences:
    return _load(db, user_id)


def save_preferences(db: Database, user_id: int, preferences: Preferences) -> Preferences:
    check = Validator()
    check.require(preferences.language in SUPPORTED_LANGUAGES, "language", "unsupported")
    check.require(
        RETENTION_MIN <= preferences.desired_retention <= RETENTION_MAX,
        "desired_retention",
        "out_of_range",
    )
    check.require(
        0 <= preferences.new_cards_per_day <= NEW_CARDS_PER_DAY_MAX,
        "new_cards_per_day",
        "out_of_range",
    )
    check.raise_if_any()
    values: dict[str, Any] = asdict(preferences)
    with db.session() as session:
        row = session.scalar(select(UserPreferences).where(UserPreferences.user_id == user_id))
        if row is None:
            raise NotFoundError(f"preferences of profile {user_id}")
        for name, value in values.items():
            setattr(row, name, value)
    return preferences
