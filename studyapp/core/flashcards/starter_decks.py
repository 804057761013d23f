"""The starter flashcard decks shipped in resources/decks/ (format: resources/decks/README.md).

Reading and checking only: installing a deck into a profile is the flashcard
service's job. Every card carries a stable id so a later version of a deck can
update the cards a pilot already installed instead of duplicating them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from studyapp.core.errors import NotFoundError
from studyapp.paths import resource

DECKS_FOLDER = "decks"
MIN_DIFFICULTY, MAX_DIFFICULTY = 1, 3
#: An ACS element code: prefix, area (roman), task (letter), K/R/S element, optional sub-letter.
ACS_CODE = re.compile(r"^(?P<prefix>[A-Z]{2})\.[IVX]+\.[A-Z]\.[KRS]\d+[a-z]?$")
_CARD_TEXT_FIELDS = ("id", "question", "answer", "category", "reference")


class StarterDeckError(ValueError):
    """A shipped deck file is malformed; the message names the file and, if any, the card."""

    def __init__(self, file_name: str, problem: str, card_id: str | None = None) -> None:
        where = f"{file_name}, card {card_id}" if card_id else file_name
        super().__init__(f"{where}: {problem}")
        self.file_name = file_name
        self.card_id = card_id
        self.problem = problem


@dataclass(frozen=True)
class StarterCard:
    id: str
    question: str
    answer: str
    category: str
    difficulty: int
    acs_codes: tuple[str, ...]
    reference: str


@dataclass(frozen=True)
class StarterDeckInfo:
    """What the deck gallery lists before anything is installed."""

    deck_id: str
    title: str
    description: str
    version: int
    card_count: int


@dataclass(frozen=True)
class StarterDeck:
    deck_id: str
    title: str
    description: str
    version: int
    #: The ACS every card's codes belong to ("PA" Private Pilot, "IR" Instrument Rating).
    acs_prefix: str
    cards: tuple[StarterCard, ...]

    @property
    def info(self) -> StarterDeckInfo:
        return StarterDeckInfo(
            self.deck_id, self.title, self.description, self.version, len(self.cards)
        )


def list_starter_decks() -> list[StarterDeckInfo]:
    """Every shipped deck, sorted by title. Raises StarterDeckError on a malformed file."""
    decks = [_load_file(name).info for name in _deck_file_names()]
    return sorted(decks, key=lambda deck: deck.title)


def load_starter_deck(deck_id: str) -> StarterDeck:
    """The shipped deck with this id; NotFoundError if none has it."""
    for name in _deck_file_names():
        deck = _load_file(name)
        if deck.deck_id == deck_id:
            return deck
    raise NotFoundError(f"no starter deck {deck_id!r}")


def _deck_file_names() -> list[str]:
    folder = resource(DECKS_FOLDER)
    return sorted(item.name for item in folder.iterdir() if item.name.endswith(".json"))


def _load_file(file_name: str) -> StarterDeck:
    text = resource(DECKS_FOLDER, file_name).read_text(encoding="utf-8")
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise StarterDeckError(file_name, f"not valid JSON ({error})") from error
    return parse_deck(file_name, raw)


def parse_deck(file_name: str, raw: Any) -> StarterDeck:
    """Check one decoded deck file; StarterDeckError names the file and card at fault."""
    if not isinstance(raw, dict):
        raise StarterDeckError(file_name, "the top level must be an object")
    for field in ("deck_id", "title", "description", "acs_prefix"):
        if not isinstance(raw.get(field), str) or not raw[field].strip():
            raise StarterDeckError(file_name, f"missing or empty {field!r}")
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StarterDeckError(file_name, "'version' must be a positive integer")
    cards = raw.get("cards")
    if not isinstance(cards, list) or not cards:
        raise StarterDeckError(file_name, "'cards' must be a non-empty list")
    parsed = tuple(
        _parse_card(file_name, raw["acs_prefix"], index, card) for index, card in enumerate(cards)
    )
    _reject_duplicate_ids(file_name, parsed)
    return StarterDeck(
        raw["deck_id"], raw["title"], raw["description"], version, raw["acs_prefix"], parsed
    )


def _parse_card(file_name: str, prefix: str, index: int, raw: Any) -> StarterCard:
    card_id = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else None
    problem = _card_problem(prefix, raw)
    if problem:
        raise StarterDeckError(file_name, problem, card_id or f"#{index + 1}")
    return StarterCard(
        raw["id"],
        raw["question"],
        raw["answer"],
        raw["category"],
        raw["difficulty"],
        tuple(raw["acs"]),
        raw["reference"],
    )


def _card_problem(prefix: str, raw: Any) -> str | None:
    """What is wrong with one raw card, or None if it is well-formed."""
    if not isinstance(raw, dict):
        return "a card must be an object"
    for field in _CARD_TEXT_FIELDS:
        if not isinstance(raw.get(field), str) or not raw[field].strip():
            return f"missing or empty {field!r}"
    difficulty = raw.get("difficulty")
    if (
        not isinstance(difficulty, int)
        or isinstance(difficulty, bool)
        or not MIN_DIFFICULTY <= difficulty <= MAX_DIFFICULTY
    ):
        return f"'difficulty' must be {MIN_DIFFICULTY} to {MAX_DIFFICULTY}"
    codes = raw.get("acs")
    if not isinstance(codes, list) or not codes:
        return "'acs' must list at least one ACS code"
    for code in codes:
        match = ACS_CODE.match(code) if isinstance(code, str) else None
        if match is None or match["prefix"] != prefix:
            return f"{code!r} is not a {prefix} ACS element code"
    return None


def _reject_duplicate_ids(file_name: str, cards: tuple[StarterCard, ...]) -> None:
    seen: set[str] = set()
    for card in cards:
        if card.id in seen:
            raise StarterDeckError(file_name, "duplicate card id", card.id)
        seen.add(card.id)
