"""Editing and suspending cards: content changes, schedule and history stay."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.flashcards import review
from studyapp.core.flashcards.cards import (
    add_card,
    card_content,
    set_suspended,
    update_card,
)
from studyapp.core.flashcards.queue import Counts
from studyapp.core.flashcards.session import review_settings, start_review
from studyapp.core.flashcards.sets import create_set, set_counts

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def user(database: Database) -> int:
    return create_profile(database, "pilot@example.com", "Jean", "Batten").id


def test_editing_a_card_keeps_its_schedule(database: Database, user: int) -> None:
    set_id = create_set(database, user, "Weather").id
    other_set = create_set(database, user, "Airspace").id
    card_id = add_card(database, user, set_id, "METAR wind 27015G25?", "270 at 15 gust 25")
    scheduler = review_settings(database, user).scheduler
    review.answer(database, user, card_id, 3, 1000, scheduler, NOW)
    schedule_before = review.preview(database, user, card_id, scheduler, NOW)
    content = card_content(database, user, card_id)
    edited = replace(
        content, set_id=other_set, question=" Wind 27015G25KT? ", acs_code="PA.I.C.K1", difficulty=2
    )
    update_card(database, user, card_id, edited)
    assert card_content(database, user, card_id) == replace(edited, question="Wind 27015G25KT?")
    # Still in learning (step 1) with the same memory: the same four outcomes.
    assert review.preview(database, user, card_id, scheduler, NOW) == schedule_before
    assert schedule_before[0].interval.total_seconds() == 60


def test_editing_is_checked_like_adding(database: Database, user: int) -> None:
    set_id = create_set(database, user, "Weather").id
    card_id = add_card(database, user, set_id, "Q", "A")
    content = card_content(database, user, card_id)
    with pytest.raises(ValidationError) as error:
        update_card(database, user, card_id, replace(content, question=" ", acs_code="X" * 40))
    assert error.value.errors == {"question": "required", "acs_code": "too_long"}
    stranger = create_profile(database, "b@example.com", "B", "C").id
    their_set = create_set(database, stranger, "Theirs").id
    with pytest.raises(NotFoundError):
        update_card(database, user, card_id, replace(content, set_id=their_set))
    with pytest.raises(NotFoundError):
        update_card(database, stranger, card_id, replace(content, set_id=their_set))
    assert card_content(database, user, card_id) == content


def test_suspended_cards_leave_every_queue_and_count(database: Database, user: int) -> None:
    set_id = create_set(database, user, "Weather").id
    cards = [add_card(database, user, set_id, f"Q{n}", "A") for n in range(3)]
    assert set_suspended(database, user, cards[:2], True) == 2
    assert set_suspended(database, user, cards[:2], True) == 0  # already suspended
    review_session = start_review(database, user, now=NOW)
    assert review_session.next_card(NOW).card_id == cards[2]  # type: ignore[union-attr]
    assert review_session.remaining == 0
    assert set_counts(database, user, NOW)[0].counts == Counts(total=1, new=1)
    assert set_suspended(database, user, cards, False) == 2
    assert set_counts(database, user, NOW)[0].counts == Counts(total=3, new=3)
