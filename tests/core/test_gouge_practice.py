""" "Practise this": a flashcard made from an unexpected element of a report."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.flashcards.models import Flashcard, FlashcardSet
from studyapp.core.flashcards.sets import list_sets
from studyapp.core.gouge.examiners import ExaminerInput, add_examiner
from studyapp.core.gouge.practice import create_card_from_gouge
from studyapp.core.gouge.service import GougeInput, write_gouge


@pytest.fixture
def setup(database: Database) -> tuple[int, int, int]:
    ana = create_profile(database, "ana@example.com", "Ana", "Ruiz").id
    ben = create_profile(database, "ben@example.com", "Ben", "Okafor").id
    jane = add_examiner(database, ExaminerInput("Jane", 5, ("private",), region="Bay")).id
    data = GougeInput(jane, date(2026, 1, 5), "private", "pass", 4, 2, 2, 3, "ok", "VOR hold")
    return ana, ben, write_gouge(database, ben, data).id


def cards(db: Database) -> list[tuple[int, int, str, str]]:
    with db.session() as session:
        rows = session.execute(
            select(Flashcard.user_id, Flashcard.set_id, Flashcard.question, Flashcard.answer)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_cards_go_to_one_default_set(database: Database, setup: tuple[int, int, int]) -> None:
    ana, _, gouge = setup
    first = create_card_from_gouge(
        database,
        ana,
        gouge,
        question=" VOR hold? ",
        answer="Direct entry",
        new_set_name="From gouge",
    )
    second = create_card_from_gouge(
        database, ana, gouge, question="Q2", answer="A2", new_set_name="from GOUGE"
    )
    assert first.set_id == second.set_id and first.set_name == "From gouge"
    assert cards(database) == [
        (ana, first.set_id, "VOR hold?", "Direct entry"),
        (ana, first.set_id, "Q2", "A2"),
    ]
    assert [s.name for s in list_sets(database, ana)] == ["From gouge"]


def test_card_into_a_set_the_pilot_picks(database: Database, setup: tuple[int, int, int]) -> None:
    ana, ben, gouge = setup
    with database.session() as session:
        mine, theirs = FlashcardSet(user_id=ana, name="Holds"), FlashcardSet(user_id=ben, name="B")
        session.add_all([mine, theirs])
    made = create_card_from_gouge(database, ana, gouge, question="Q", answer="A", set_id=mine.id)
    assert (made.set_id, made.set_name) == (mine.id, "Holds")
    with pytest.raises(NotFoundError):
        create_card_from_gouge(database, ana, gouge, question="Q", answer="A", set_id=theirs.id)
    assert len(cards(database)) == 1


def test_invalid_card_writes_nothing(database: Database, setup: tuple[int, int, int]) -> None:
    ana, _, gouge = setup
    with pytest.raises(ValidationError) as raised:
        create_card_from_gouge(database, ana, gouge, question="", answer="x" * 5001)
    assert raised.value.errors == {"question": "required", "answer": "too_long", "set": "required"}
    with pytest.raises(NotFoundError):
        create_card_from_gouge(database, ana, 999, question="Q", answer="A", new_set_name="S")
    with database.session() as session:
        assert session.scalar(select(func.count(FlashcardSet.id))) == 0
    assert cards(database) == []
