"""Installing a shipped starter deck into a profile, and updating it to a newer version.

Each starter card keeps its stable id in flashcard.source_id (source
``starter:<deck_id>``), so installing again, or installing a corrected version of
the deck, updates the cards the pilot already has, with their review history,
instead of adding copies. The deck becomes one set named after its title.
"""

from __future__ import annotations

from dataclasses import dataclass

from studyapp.core.db import Database
from studyapp.core.flashcards.importing.writer import IncomingCard, acs_column, write_cards
from studyapp.core.flashcards.sqltime import raw_transaction
from studyapp.core.flashcards.starter_decks import StarterDeck, load_starter_deck

SOURCE_PREFIX = "starter:"


@dataclass(frozen=True)
class DeckInstallResult:
    deck_id: str
    version: int
    set_id: int
    set_name: str
    added: int
    updated: int
    unchanged: int


def starter_source(deck_id: str) -> str:
    return SOURCE_PREFIX + deck_id


def install_starter_deck(db: Database, user_id: int, deck_id: str) -> DeckInstallResult:
    """Add the deck's cards to the profile, or update those already installed (one transaction).

    Raises NotFoundError for an unknown deck id. Safe to call any number of times.
    """
    deck = load_starter_deck(deck_id)
    cards = [_incoming(deck, card_index) for card_index in range(len(deck.cards))]
    with raw_transaction(db) as conn:
        result = write_cards(conn, user_id, starter_source(deck.deck_id), cards)
    return DeckInstallResult(
        deck.deck_id,
        deck.version,
        result.set_ids[deck.title],
        deck.title,
        result.added,
        result.updated,
        result.unchanged,
    )


def installed_card_count(db: Database, user_id: int, deck_id: str) -> int:
    """How many of the deck's cards the profile has (0: not installed)."""
    with raw_transaction(db) as conn:
        row = conn.execute(
            "SELECT count(*) FROM flashcard WHERE user_id = ? AND source = ?",
            (user_id, starter_source(deck_id)),
        ).fetchone()
    return int(row[0])


def _incoming(deck: StarterDeck, index: int) -> IncomingCard:
    card = deck.cards[index]
    return IncomingCard(
        source_id=card.id,
        set_name=deck.title,
        question=card.question,
        answer=card.answer,
        category=card.category,
        acs_code=acs_column(card.acs_codes),
        reference=card.reference,
        difficulty=card.difficulty,
    )
