"""Per-profile preferences and the three-way theme choice."""

from __future__ import annotations

import pytest

from studyapp.core.accounts import preferences as prefs
from studyapp.core.accounts import service as accounts
from studyapp.core.db import Database
from studyapp.core.errors import ValidationError


def test_new_profile_has_seed_defaults_and_follows_the_system(database: Database) -> None:
    user = accounts.create_profile(database, "a@b.co", "A", "B")
    loaded = prefs.get_preferences(database, user.id)
    assert loaded.language == "en"
    assert loaded.email_notifications and loaded.push_notifications
    assert loaded.show_progress_charts and not loaded.dark_mode
    assert loaded.theme == prefs.THEME_SYSTEM


def test_preferences_persist_per_profile(database: Database) -> None:
    first = accounts.create_profile(database, "a@b.co", "A", "B")
    second = accounts.create_profile(database, "c@d.co", "C", "D")
    changed = prefs.get_preferences(database, first.id).with_theme(prefs.THEME_DARK)
    prefs.save_preferences(database, first.id, changed)
    assert prefs.get_preferences(database, first.id).theme == prefs.THEME_DARK
    assert prefs.get_preferences(database, first.id).dark_mode
    assert prefs.get_preferences(database, second.id).theme == prefs.THEME_SYSTEM


@pytest.mark.parametrize("theme", [prefs.THEME_LIGHT, prefs.THEME_DARK, prefs.THEME_SYSTEM])
def test_theme_round_trips(theme: str) -> None:
    assert prefs.Preferences().with_theme(theme).theme == theme


def test_unknown_theme_and_language_are_rejected(database: Database) -> None:
    user = accounts.create_profile(database, "a@b.co", "A", "B")
    with pytest.raises(ValidationError):
        prefs.Preferences().with_theme("sepia")
    current = prefs.get_preferences(database, user.id)
    with pytest.raises(ValidationError):
        prefs.save_preferences(database, user.id, prefs.Preferences(language="fr"))
    assert prefs.get_preferences(database, user.id) == current


def test_review_settings_outside_their_range_are_rejected(database: Database) -> None:
    user = accounts.create_profile(database, "a@b.co", "A", "B")
    current = prefs.get_preferences(database, user.id)
    with pytest.raises(ValidationError) as caught:
        prefs.save_preferences(
            database, user.id, prefs.Preferences(desired_retention=0.5, new_cards_per_day=-1)
        )
    assert caught.value.errors == {
        "desired_retention": "out_of_range",
        "new_cards_per_day": "out_of_range",
    }
    assert prefs.get_preferences(database, user.id) == current
    saved = prefs.save_preferences(
        database, user.id, prefs.Preferences(desired_retention=0.85, new_cards_per_day=50)
    )
    assert prefs.get_preferences(database, user.id) == saved
