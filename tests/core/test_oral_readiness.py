"""Readiness per task (oral results + flashcard retention), weak areas, missed -> flashcards."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError
from studyapp.core.flashcards.cards import add_card
from studyapp.core.flashcards.models import Flashcard, FlashcardUsage
from studyapp.core.flashcards.sets import create_set
from studyapp.core.oral.models import MODE_WEAK
from studyapp.core.oral.readiness import readiness
from studyapp.core.oral.sessions import finish_session, record_answer, start_session
from studyapp.core.oral.to_flashcards import missed_to_flashcards
from tests.core.test_oral_support import PRIVATE, install_small_bank, new_pilot


@pytest.fixture
def pilot(database: Database, tmp_path: Path) -> int:
    install_small_bank(database, tmp_path)
    return new_pilot(database)


def run_area(db: Database, user: int, area: str, grades: list[str | None]) -> int:
    state = start_session(db, user, PRIVATE, areas=(area,), seed=1)
    for grade in grades:
        state = record_answer(db, user, state.session_id, state.current.position, grade=grade)
    finish_session(db, user, state.session_id)
    return state.session_id


def tasks_of(db: Database, user: int) -> dict:
    return {t.code: t for a in readiness(db, user, PRIVATE) for t in a.tasks}


def test_no_history_means_unknown_readiness(database: Database, pilot: int) -> None:
    areas = readiness(database, pilot, PRIVATE)
    assert [a.code for a in areas][:3] == ["PA.I", "PA.II", "PA.III"]
    assert all(a.readiness is None for a in areas)


def test_oral_part_uses_the_latest_answer_per_question(database: Database, pilot: int) -> None:
    run_area(database, pilot, "PA.II", ["U", "U", "U", "U"])
    run_area(database, pilot, "PA.II", ["S", "N", "S", "U"])  # the same 4 questions again
    tasks = tasks_of(database, pilot)
    # PA.II.A and PA.II.B each have two questions; the shuffle decides which got which grade,
    # so check the pair: together they average (1 + 0.5 + 1 + 0) / 4.
    a, b = tasks["PA.II.A"], tasks["PA.II.B"]
    assert (a.oral_questions, b.oral_questions) == (2, 2)
    assert (a.oral + b.oral) / 2 == pytest.approx(0.625)
    assert tasks["PA.II.C"].readiness is None


def test_cards_with_the_same_codes_join_the_oral_part(database: Database, pilot: int) -> None:
    run_area(database, pilot, "PA.III", ["S", "S", "S", "S"])
    deck = create_set(database, pilot, "Oral misses")
    task = next(iter(sorted(c for c in tasks_of(database, pilot) if c.startswith("PA.III."))))
    code = f"{task}.K1"
    add_card(database, pilot, deck.id, "Q?", "A.", acs_code=code)  # never reviewed: recall 0
    reviewed = add_card(database, pilot, deck.id, "Q2?", "A2.", acs_code=code)
    now = datetime.now(UTC)
    with database.session() as session:
        session.add(
            FlashcardUsage(
                flashcard_id=reviewed,
                user_id=pilot,
                state=2,
                stability=10.0,
                fsrs_difficulty=5.0,
                last_reviewed=now,
                next_review_due=now + timedelta(days=10),
            )
        )
    result = tasks_of(database, pilot)[task]
    assert result.card_count == 2
    assert result.cards == pytest.approx(0.5, abs=0.01)  # (0 + ~1.0) / 2, just reviewed
    assert result.readiness == pytest.approx((1.0 + result.cards) / 2)


def test_weak_areas_ask_only_the_weak_tasks(database: Database, pilot: int) -> None:
    run_area(database, pilot, "PA.I", ["S"] * 7)
    run_area(database, pilot, "PA.II", ["U", "U", "U", "U"])
    weak = start_session(database, pilot, PRIVATE, mode=MODE_WEAK, seed=1)
    assert weak.total == 4
    assert weak.current.question.codes[0].startswith("PA.II.")


def test_missed_questions_become_cards_with_their_codes(database: Database, pilot: int) -> None:
    session_id = run_area(database, pilot, "PA.II", ["S", "N", None, "U"])
    deck = create_set(database, pilot, "From my oral")
    assert missed_to_flashcards(database, pilot, session_id, deck.id) == 3
    assert missed_to_flashcards(database, pilot, session_id, deck.id) == 0  # no duplicates
    with database.session() as session:
        cards = session.scalars(select(Flashcard).where(Flashcard.set_id == deck.id)).all()
        assert all(c.acs_code.startswith("PA.II.") for c in cards)
        assert all("- Pilot certificate and medical" in c.answer for c in cards)
        assert {c.reference for c in cards} == {"14 CFR 61.56"}


def test_missed_cards_only_into_my_own_set(database: Database, pilot: int) -> None:
    session_id = run_area(database, pilot, "PA.III", ["U", "U", "U", "U"])
    other = new_pilot(database, "cfi@example.com")
    their_deck = create_set(database, other, "Theirs")
    with pytest.raises(NotFoundError):
        missed_to_flashcards(database, pilot, session_id, their_deck.id)
