"""Flashcard sets and categories: create, rename, delete with undo, per-set counts."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from studyapp.core.accounts.preferences import get_preferences, save_preferences
from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.flashcards import review, sets
from studyapp.core.flashcards.cards import add_card
from studyapp.core.flashcards.queue import Counts
from studyapp.core.flashcards.session import review_settings

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def user(database: Database) -> int:
    return create_profile(database, "pilot@example.com", "Bessie", "Coleman").id


def rows(db: Database, table: str) -> list[tuple]:
    with sqlite3.connect(db.path) as conn:
        found = conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    conn.close()
    return found


def test_create_rename_and_list_sets(database: Database, user: int) -> None:
    regs = sets.create_set(database, user, "  Regulations ")
    assert regs.name == "Regulations"
    sets.create_set(database, user, "Airspace")
    assert sets.rename_set(database, user, regs.id, "FARs").name == "FARs"
    assert [s.name for s in sets.list_sets(database, user)] == ["Airspace", "FARs"]


def test_set_names_are_checked(database: Database, user: int) -> None:
    regs = sets.create_set(database, user, "Regulations")
    with pytest.raises(ValidationError) as error:
        sets.create_set(database, user, "   ")
    assert error.value.errors == {"name": "required"}
    with pytest.raises(ValidationError) as error:
        sets.create_set(database, user, "x" * 256)
    assert error.value.errors == {"name": "too_long"}
    with pytest.raises(ValidationError) as error:
        sets.create_set(database, user, "Regulations")
    assert error.value.errors == {"name": "taken"}
    assert sets.rename_set(database, user, regs.id, "Regulations").name == "Regulations"
    # Another profile may use the same name.
    other = create_profile(database, "b@example.com", "B", "C").id
    assert sets.create_set(database, other, "Regulations").name == "Regulations"


def test_sets_of_another_profile_are_not_found(database: Database, user: int) -> None:
    other = create_profile(database, "b@example.com", "B", "C").id
    theirs = sets.create_set(database, other, "Theirs")
    with pytest.raises(NotFoundError):
        sets.rename_set(database, user, theirs.id, "Mine now")
    with pytest.raises(NotFoundError):
        sets.delete_set(database, user, theirs.id)
    assert sets.list_sets(database, user) == []


def test_delete_set_removes_its_cards_and_undo_puts_everything_back(
    database: Database, user: int
) -> None:
    regs = sets.create_set(database, user, "Regulations")
    keep = sets.create_set(database, user, "Keep")
    cards = [add_card(database, user, regs.id, f"Q{n}", "A") for n in range(3)]
    kept = add_card(database, user, keep.id, "kept", "A")
    scheduler = review_settings(database, user).scheduler
    review.answer(database, user, cards[0], 3, 1000, scheduler, NOW)
    review.answer(database, user, kept, 3, 1000, scheduler, NOW)
    before = {t: rows(database, t) for t in ("flashcard_set", "flashcard", "flashcard_usage",
                                              "review_log")}  # fmt: skip

    deleted = sets.delete_set(database, user, regs.id)
    assert len(deleted.cards) == 3 and len(deleted.usages) == 1 and len(deleted.logs) == 1
    assert [row[0] for row in rows(database, "flashcard")] == [kept]
    assert len(rows(database, "review_log")) == 1

    assert sets.restore_set(database, user, deleted).id == regs.id
    assert {t: rows(database, t) for t in before} == before


def test_restoring_a_set_whose_name_was_reused_is_refused(database: Database, user: int) -> None:
    regs = sets.create_set(database, user, "Regulations")
    deleted = sets.delete_set(database, user, regs.id)
    sets.create_set(database, user, "Regulations")
    with pytest.raises(ValidationError):
        sets.restore_set(database, user, deleted)


def test_categories_crud_and_undo_keeps_cards(database: Database, user: int) -> None:
    weather = sets.create_category(database, "Weather")
    with pytest.raises(ValidationError) as error:
        sets.create_category(database, "Weather")
    assert error.value.errors == {"name": "taken"}
    sets.rename_category(database, weather, "Meteorology")
    assert sets.list_categories(database) == [(weather, "Meteorology")]
    regs = sets.create_set(database, user, "Regulations")
    card = add_card(database, user, regs.id, "METAR?", "Routine report", category_id=weather)
    before = rows(database, "flashcard")

    deleted = sets.delete_category(database, weather)
    assert deleted.card_ids == (card,)
    assert rows(database, "flashcard")[0][2] is None  # the card stays, uncategorised
    sets.restore_category(database, deleted)
    assert rows(database, "flashcard") == before
    with pytest.raises(NotFoundError):
        sets.rename_category(database, 999, "Nope")


def test_category_usage_counts_this_profiles_cards_apart_from_others(
    database: Database, user: int
) -> None:
    other = create_profile(database, "other@example.com", "Amelia", "Earhart").id
    weather = sets.create_category(database, "Weather")
    airspace = sets.create_category(database, "Airspace")
    mine = sets.create_set(database, user, "Mine").id
    theirs = sets.create_set(database, other, "Theirs").id
    for number in range(3):
        add_card(database, user, mine, f"Q{number}", "A", category_id=weather)
    add_card(database, other, theirs, "Q", "A", category_id=weather)
    add_card(database, user, mine, "Uncategorised", "A")

    assert sets.category_usage(database, user) == [
        sets.CategoryInfo(airspace, "Airspace", 0, 0),
        sets.CategoryInfo(weather, "Weather", 3, 1),
    ]
    assert sets.category_usage(database, other)[1] == sets.CategoryInfo(weather, "Weather", 1, 3)


def test_per_set_counts_of_new_learning_and_due(database: Database, user: int) -> None:
    regs = sets.create_set(database, user, "Regulations")
    empty = sets.create_set(database, user, "Empty")
    cards = [add_card(database, user, regs.id, f"Q{n}", "A") for n in range(5)]
    scheduler = review_settings(database, user).scheduler
    yesterday = NOW - timedelta(days=1)
    review.answer(database, user, cards[0], 3, 1000, scheduler, NOW)  # learning, due in 10 min
    review.answer(database, user, cards[1], 4, 1000, scheduler, yesterday - timedelta(days=30))
    review.answer(database, user, cards[2], 4, 1000, scheduler, NOW)  # review, due in days
    counts = {c.name: c.counts for c in sets.set_counts(database, user, NOW)}
    assert counts == {
        "Empty": Counts(),
        "Regulations": Counts(total=5, new=2, learning=1, due=1),
    }
    assert empty.id != regs.id


def test_new_counts_show_what_todays_limit_still_introduces(database: Database, user: int) -> None:
    save_preferences(database, user, replace(get_preferences(database, user), new_cards_per_day=5))
    big = sets.create_set(database, user, "Big")
    small = sets.create_set(database, user, "Small")
    cards = [add_card(database, user, big.id, f"B{n}", "A") for n in range(8)]
    for n in range(3):
        add_card(database, user, small.id, f"S{n}", "A")
    listed = {c.name: c for c in sets.set_counts(database, user, NOW)}
    assert (listed["Big"].counts.new, listed["Small"].counts.new) == (5, 3)
    assert listed["Big"].counts.total == 8
    assert sets.new_cards_today(list(listed.values())) == 5  # not 8: one limit for the day
    scheduler = review_settings(database, user).scheduler
    for card in cards[:4]:  # four new cards introduced today
        review.answer(database, user, card, 3, 1000, scheduler, NOW)
    listed = {c.name: c for c in sets.set_counts(database, user, NOW)}
    assert (listed["Big"].counts.new, listed["Small"].counts.new) == (1, 1)
    assert listed["Big"].new_left_today == 1
    assert sets.new_cards_today(list(listed.values())) == 1
    tomorrow = {
        c.name: c.counts.new for c in sets.set_counts(database, user, NOW + timedelta(days=1))
    }
    assert tomorrow == {"Big": 4, "Small": 3}
    assert sets.new_cards_today([]) == 0
