"""The key-point pre-tick: a keyword match on the pilot's typed notes."""

from __future__ import annotations

from studyapp.core.oral.keypoints import mentioned, significant_words

POINTS = [
    "Flight review every 24 calendar months",
    "Three takeoffs and landings in 90 days",
    "Current medical certificate",
]


def test_points_mentioned_in_the_notes_are_ticked() -> None:
    notes = "I need a flight review within 24 calendar months and a current medical."
    assert mentioned(notes, POINTS) == [True, False, True]


def test_plural_case_and_thousands_separators_do_not_matter() -> None:
    assert mentioned("MEDICALS and Certificates", ["current medical certificate"]) == [True]
    assert mentioned("below 1500 feet", ["Below 1,500 ft AGL"]) == [True]


def test_filler_words_do_not_count() -> None:
    assert significant_words("The review and the flight") == {"review", "flight"}
    assert mentioned("the and for with", POINTS) == [False, False, False]


def test_numbers_count_even_when_short() -> None:
    assert "3" in significant_words("3 takeoffs")
    assert mentioned("three landings", ["3 takeoffs and landings"]) == [False]
    assert mentioned("3 landings", ["3 takeoffs and landings"]) == [True]


def test_empty_notes_tick_nothing() -> None:
    assert mentioned("", POINTS) == [False, False, False]
