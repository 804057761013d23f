"""The shipped starter decks: they load, cover the syllabus, and every ACS code is real."""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from studyapp.core.errors import NotFoundError
from studyapp.core.flashcards.starter_decks import (
    StarterDeck,
    StarterDeckError,
    list_starter_decks,
    load_starter_deck,
    parse_deck,
)

ACS_FOLDER = Path(__file__).resolve().parents[2] / "resources" / "acs"

PRIVATE_TOPICS = {
    "Regulations",
    "Airspace",
    "Weather and METAR/TAF",
    "Aerodynamics",
    "Performance",
    "Systems",
    "Navigation",
    "Aeromedical",
    "Emergency Procedures",
}
INSTRUMENT_TOPICS = {
    "IFR Regulations, Currency and Equipment",
    "IFR Flight Planning and Alternates",
    "Approaches and Procedures",
    "Instruments and Systems",
    "Weather for IFR",
    "ATC Clearances and Communications",
    "Emergencies and Lost Comms",
}
EXPECTED = {
    "private-pilot": ("PA", PRIVATE_TOPICS, 250),
    "instrument-rating": ("IR", INSTRUMENT_TOPICS, 150),
}
MIN_CARDS_PER_TOPIC = 15
ALLOWED_TAGS = {"b", "i", "br", "sub", "sup", "code", "ul", "li"}
HTML_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>")


def _all_decks() -> list[StarterDeck]:
    return [load_starter_deck(info.deck_id) for info in list_starter_decks()]


def _acs_codes(prefix: str) -> set[str] | None:
    """Live (non-archived) element codes of the shipped ACS with this prefix; None if absent."""
    for path in sorted(ACS_FOLDER.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("prefix") == prefix:
            return {
                element["code"]
                for area in data["areas"]
                for task in area["tasks"]
                for element in task["elements"]
                if not element.get("archived")
            }
    return None


def test_every_expected_deck_is_listed_with_its_card_count() -> None:
    infos = {info.deck_id: info for info in list_starter_decks()}
    assert set(infos) == set(EXPECTED)
    for deck_id, info in infos.items():
        assert info.card_count == len(load_starter_deck(deck_id).cards)
        assert info.title and info.description and info.version >= 1


def test_at_least_400_cards_in_total() -> None:
    assert sum(len(deck.cards) for deck in _all_decks()) >= 400


@pytest.mark.parametrize("deck_id", sorted(EXPECTED))
def test_deck_covers_every_topic(deck_id: str) -> None:
    prefix, topics, minimum = EXPECTED[deck_id]
    deck = load_starter_deck(deck_id)
    per_topic = Counter(card.category for card in deck.cards)
    assert deck.acs_prefix == prefix
    assert len(deck.cards) >= minimum
    assert set(per_topic) == topics
    thin = {topic: n for topic, n in per_topic.items() if n < MIN_CARDS_PER_TOPIC}
    assert not thin, f"topics with fewer than {MIN_CARDS_PER_TOPIC} cards: {thin}"


def test_card_ids_are_unique_across_all_decks() -> None:
    ids = Counter(card.id for deck in _all_decks() for card in deck.cards)
    assert [card_id for card_id, n in ids.items() if n > 1] == []


def test_no_question_is_asked_twice() -> None:
    questions = Counter(
        card.question.strip().lower() for deck in _all_decks() for card in deck.cards
    )
    assert [q for q, n in questions.items() if n > 1] == []


def test_every_card_is_complete() -> None:
    for deck in _all_decks():
        for card in deck.cards:
            assert card.question.strip() and card.answer.strip(), card.id
            assert card.reference.strip() and card.category.strip(), card.id
            assert 1 <= card.difficulty <= 3, card.id
            assert card.acs_codes, card.id
            assert all(code.startswith(deck.acs_prefix + ".") for code in card.acs_codes), card.id
            assert card.id.split("-")[0] in {"ppl", "ir"}, card.id


def test_cards_use_only_the_simple_html_the_app_renders() -> None:
    used = {
        (card.id, tag.lower())
        for deck in _all_decks()
        for card in deck.cards
        for tag in HTML_TAG.findall(card.question + card.answer)
    }
    assert {(card_id, tag) for card_id, tag in used if tag not in ALLOWED_TAGS} == set()


@pytest.mark.parametrize("deck_id", sorted(EXPECTED))
def test_every_acs_code_exists_in_the_shipped_acs(deck_id: str) -> None:
    deck = load_starter_deck(deck_id)
    known = _acs_codes(deck.acs_prefix)
    if known is None:
        pytest.skip(f"no resources/acs file with prefix {deck.acs_prefix} is shipped yet")
    unknown = {
        (card.id, code) for card in deck.cards for code in card.acs_codes if code not in known
    }
    assert unknown == set()


def test_unknown_deck_is_not_found() -> None:
    with pytest.raises(NotFoundError):
        load_starter_deck("no-such-deck")


def _valid_raw() -> dict[str, Any]:
    return {
        "deck_id": "sample",
        "title": "Sample",
        "description": "A sample deck",
        "version": 1,
        "acs_prefix": "PA",
        "cards": [
            {
                "id": "ppl-x-001",
                "question": "Q?",
                "answer": "A.",
                "category": "Regulations",
                "difficulty": 2,
                "acs": ["PA.I.A.K1"],
                "reference": "14 CFR 61.57(a)",
            }
        ],
    }


def test_a_valid_raw_deck_parses_into_frozen_cards() -> None:
    deck = parse_deck("sample.json", _valid_raw())
    assert deck.cards[0].acs_codes == ("PA.I.A.K1",)
    with pytest.raises(AttributeError):
        deck.cards[0].question = "changed"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("difficulty", 4, "difficulty"),
        ("difficulty", "2", "difficulty"),
        ("acs", [], "acs"),
        ("acs", ["IR.I.A.K1"], "not a PA ACS element code"),
        ("acs", ["PA.1.A.K1"], "not a PA ACS element code"),
        ("reference", " ", "reference"),
        ("question", None, "question"),
    ],
)
def test_a_malformed_card_is_reported_with_file_and_card(
    field: str, value: object, problem: str
) -> None:
    raw = _valid_raw()
    raw["cards"][0][field] = value
    with pytest.raises(StarterDeckError) as caught:
        parse_deck("broken.json", raw)
    message = str(caught.value)
    assert "broken.json" in message and "ppl-x-001" in message and problem in message


def test_duplicate_card_ids_are_rejected() -> None:
    raw = _valid_raw()
    raw["cards"].append(copy.deepcopy(raw["cards"][0]))
    with pytest.raises(StarterDeckError, match="duplicate card id"):
        parse_deck("dupes.json", raw)


def test_a_malformed_deck_header_names_the_file() -> None:
    raw = _valid_raw()
    raw["version"] = 0
    with pytest.raises(StarterDeckError, match=r"^bad\.json: 'version'"):
        parse_deck("bad.json", raw)


def test_a_card_that_is_not_an_object_is_named_by_position() -> None:
    raw = _valid_raw()
    raw["cards"].append("not a card")
    with pytest.raises(StarterDeckError, match=r"^odd\.json, card #2: a card must be an object"):
        parse_deck("odd.json", raw)
