"""Local profiles: creation rules, locking, last-used profile and the profile page."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from studyapp.core.accounts import service as accounts
from studyapp.core.accounts.models import CustomUser
from studyapp.core.app_state import LAST_PROFILE_KEY, set_state
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.sync.authors import anonymous_author


def profile_count(database: Database) -> int:
    with sqlite3.connect(database.path) as conn:
        return conn.execute("SELECT count(*) FROM custom_user").fetchone()[0]


def test_create_profile_with_defaults(database: Database) -> None:
    created = accounts.create_profile(database, " Amelia@Example.com ", "Amelia", "Earhart")
    assert created.email == "Amelia@Example.com"
    assert created.display_name == "Amelia Earhart"
    assert not created.has_password
    details = accounts.get_profile_details(database, created.id)
    assert (details.bio, details.location, details.birth_date) == ("", "", None)


@pytest.mark.parametrize("email", ["", "plainaddress", "a@b", "a b@c.com", "a@@b.com", "a@b.c"])
def test_malformed_email_is_rejected(database: Database, email: str) -> None:
    with pytest.raises(ValidationError) as caught:
        accounts.create_profile(database, email, "A", "B")
    assert caught.value.errors["email"] in {"required", "invalid"}
    assert profile_count(database) == 0


def test_duplicate_email_ignores_letter_case(database: Database) -> None:
    accounts.create_profile(database, "pilot@example.com", "A", "B")
    with pytest.raises(ValidationError) as caught:
        accounts.create_profile(database, "PILOT@Example.COM", "C", "D")
    assert caught.value.errors == {"email": "taken"}
    assert profile_count(database) == 1


def test_every_bad_field_is_reported_at_once(database: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        accounts.create_profile(database, "nope", " ", "x" * 151)
    assert caught.value.errors == {
        "email": "invalid",
        "first_name": "required",
        "last_name": "too_long",
    }


def test_lock_password_is_hashed_and_checked(database: Database) -> None:
    created = accounts.create_profile(database, "a@b.co", "A", "B", password="s3cret!")
    with sqlite3.connect(database.path) as conn:
        stored = conn.execute("SELECT password FROM custom_user").fetchone()[0]
    assert stored.startswith("$argon2id$") and "s3cret!" not in stored
    with pytest.raises(ValidationError) as caught:
        accounts.open_profile(database, created.id, "wrong")
    assert caught.value.errors == {"password": "wrong"}
    assert accounts.last_used_profile(database) is None
    assert accounts.open_profile(database, created.id, "s3cret!").id == created.id
    assert accounts.last_used_profile(database) == created


def test_open_profile_remembers_it_and_logs_the_login(database: Database) -> None:
    first = accounts.create_profile(database, "one@b.co", "One", "B")
    second = accounts.create_profile(database, "two@b.co", "Two", "B")
    accounts.open_profile(database, first.id)
    accounts.open_profile(database, second.id)
    assert accounts.last_used_profile(database) == second
    with sqlite3.connect(database.path) as conn:
        logins = conn.execute(
            "SELECT user_id FROM user_activity WHERE activity_type = 'login' ORDER BY id"
        ).fetchall()
    assert logins == [(first.id,), (second.id,)]


def test_change_and_remove_lock_password(database: Database) -> None:
    created = accounts.create_profile(database, "a@b.co", "A", "B", password="old")
    with pytest.raises(ValidationError):
        accounts.set_lock_password(database, created.id, "bad", "new")
    assert accounts.set_lock_password(database, created.id, "old", "new").has_password
    accounts.open_profile(database, created.id, "new")
    assert not accounts.set_lock_password(database, created.id, "new", None).has_password
    accounts.open_profile(database, created.id)


def test_update_profile_page(database: Database) -> None:
    created = accounts.create_profile(database, "a@b.co", "A", "B")
    saved = accounts.update_profile(
        database,
        created.id,
        first_name=" Bessie ",
        last_name="Coleman",
        bio="CFI",
        location="Chicago, IL",
        birth_date=date(1992, 1, 26),
        today=date(2026, 11, 25),
    )
    assert (saved.first_name, saved.location, saved.birth_date) == (
        "Bessie",
        "Chicago, IL",
        date(1992, 1, 26),
    )


def test_birth_date_in_the_future_is_rejected_and_nothing_changes(database: Database) -> None:
    created = accounts.create_profile(database, "a@b.co", "A", "B")
    with pytest.raises(ValidationError) as caught:
        accounts.update_profile(
            database,
            created.id,
            first_name="",
            last_name="B",
            bio="new bio",
            location="",
            birth_date=date(2026, 11, 26),
            today=date(2026, 11, 25),
        )
    assert caught.value.errors == {"first_name": "required", "birth_date": "future"}
    assert accounts.get_profile_details(database, created.id).bio == ""


def test_find_profile_by_email_any_case(database: Database) -> None:
    created = accounts.create_profile(database, "Wilbur@Wright.aero", "Wilbur", "Wright")
    assert accounts.find_profile(database, "wilbur@WRIGHT.aero") == created
    with pytest.raises(NotFoundError):
        accounts.find_profile(database, "orville@wright.aero")


def test_sync_stand_in_authors_are_not_profiles(database: Database) -> None:

    with database.session() as session:
        stand_in = anonymous_author(session)
        set_state(session, LAST_PROFILE_KEY, str(stand_in))
    assert accounts.list_profiles(database) == []
    assert accounts.last_used_profile(database) is None
    with pytest.raises(NotFoundError):
        accounts.open_profile(database, stand_in)
    with database.session() as session:
        email = session.get(CustomUser, stand_in).email
    with pytest.raises(NotFoundError):
        accounts.find_profile(database, email)
