"""Core calls the controller runs together on a worker thread, returning one plain state."""

from __future__ import annotations

from dataclasses import dataclass, replace

from studyapp.core.accounts import preferences as prefs
from studyapp.core.accounts import service as accounts
from studyapp.core.accounts.preferences import Preferences
from studyapp.core.accounts.service import ProfileSummary
from studyapp.core.db import Database


@dataclass(frozen=True)
class StartState:
    profiles: list[ProfileSummary]
    #: The profile to open without asking, if any (last used, or the only one, and unlocked).
    open_directly: ProfileSummary | None
    #: The profile to preselect when the pilot must choose or unlock.
    suggested_id: int


@dataclass(frozen=True)
class MainState:
    profile: ProfileSummary
    preferences: Preferences
    profiles: list[ProfileSummary]


def load_start_state(db: Database) -> StartState:
    profiles = accounts.list_profiles(db)
    last = accounts.last_used_profile(db)
    candidate = last or (profiles[0] if len(profiles) == 1 else None)
    direct = candidate if candidate is not None and not candidate.has_password else None
    suggested = candidate.id if candidate else (profiles[0].id if profiles else 0)
    return StartState(profiles, direct, suggested)


def load_main_state(db: Database, profile: ProfileSummary) -> MainState:
    return MainState(profile, prefs.get_preferences(db, profile.id), accounts.list_profiles(db))


def open_profile(db: Database, user_id: int, password: str | None) -> MainState:
    return load_main_state(db, accounts.open_profile(db, user_id, password))


def open_first_profile(
    db: Database, user_id: int, language: str, password: str | None
) -> MainState:
    """Open a profile just created on the welcome screen, keeping the language chosen there."""
    chosen = replace(prefs.get_preferences(db, user_id), language=language)
    prefs.save_preferences(db, user_id, chosen)
    return open_profile(db, user_id, password)
