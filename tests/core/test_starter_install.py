"""Installing the shipped starter decks into a profile, again, and over an older version."""

from __future__ import annotations

import sqlite3

import pytest

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError
from studyapp.core.flashcards.review import answer
from studyapp.core.flashcards.scheduling import make_scheduler
from studyapp.core.flashcards.starter_decks import load_starter_deck
from studyapp.core.flashcards.starter_install import install_starter_deck, installed_card_count


@pytest.fixture
def user_id(database: Database) -> int:
    return create_profile(database, "pilot@example.com", "Bessie", "Coleman").id


def _cards(database: Database, user_id: int) -> list[tuple]:
    with sqlite3.connect(database.path) as conn:
        return conn.execute(
            "SELECT f.source_id, f.question, s.name, c.name, f.acs_code, f.reference"
            " FROM flashcard f JOIN flashcard_set s ON s.id = f.set_id"
            " LEFT JOIN flashcard_category c ON c.id = f.category_id"
            " WHERE f.user_id = ? ORDER BY f.source_id",
            (user_id,),
        ).fetchall()


def test_install_adds_every_card_with_category_acs_and_reference(
    database: Database, user_id: int
) -> None:
    deck = load_starter_deck("private-pilot")
    result = install_starter_deck(database, user_id, "private-pilot")
    assert (result.added, result.updated, result.unchanged) == (len(deck.cards), 0, 0)
    assert result.set_name == deck.title
    rows = {row[0]: row for row in _cards(database, user_id)}
    first = deck.cards[0]
    assert rows[first.id][1:] == (
        first.question,
        deck.title,
        first.category,
        " ".join(first.acs_codes),
        first.reference,
    )
    assert installed_card_count(database, user_id, "private-pilot") == len(deck.cards)


def test_installing_again_changes_nothing(database: Database, user_id: int) -> None:
    first = install_starter_deck(database, user_id, "instrument-rating")
    before = _cards(database, user_id)
    again = install_starter_deck(database, user_id, "instrument-rating")
    assert (again.added, again.updated, again.unchanged) == (0, 0, first.added)
    assert again.set_id == first.set_id
    assert _cards(database, user_id) == before


def test_newer_version_updates_cards_in_place_and_keeps_their_history(
    database: Database, user_id: int
) -> None:
    install_starter_deck(database, user_id, "private-pilot")
    card_id, source_id = _pretend_card_was_older(database, user_id)
    answer(database, user_id, card_id, 3, 4000, make_scheduler())
    result = install_starter_deck(database, user_id, "private-pilot")
    assert (result.added, result.updated) == (0, 1)
    with sqlite3.connect(database.path) as conn:
        question, logs = conn.execute(
            "SELECT question, (SELECT count(*) FROM review_log WHERE flashcard_id = f.id)"
            " FROM flashcard f WHERE id = ?",
            (card_id,),
        ).fetchone()
    deck = load_starter_deck("private-pilot")
    assert question == next(c.question for c in deck.cards if c.id == source_id)
    assert logs == 1


def _pretend_card_was_older(database: Database, user_id: int) -> tuple[int, str]:
    with sqlite3.connect(database.path) as conn:
        card_id, source_id = conn.execute(
            "SELECT id, source_id FROM flashcard WHERE user_id = ? ORDER BY id LIMIT 1",
            (user_id,),
        ).fetchone()
        conn.execute("UPDATE flashcard SET question = 'old wording' WHERE id = ?", (card_id,))
    return card_id, source_id


def test_categories_are_shared_between_profiles(database: Database, user_id: int) -> None:
    other = create_profile(database, "b@example.com", "B", "C").id
    install_starter_deck(database, user_id, "private-pilot")
    install_starter_deck(database, other, "private-pilot")
    with sqlite3.connect(database.path) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM flashcard_category")]
    assert len(names) == len(set(names))
    assert len(_cards(database, other)) == len(_cards(database, user_id))


def test_unknown_deck_is_not_found(database: Database, user_id: int) -> None:
    with pytest.raises(NotFoundError):
        install_starter_deck(database, user_id, "no-such-deck")
