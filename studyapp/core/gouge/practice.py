"""From gouge to study: turn an unexpected element of a report into a flashcard.

Writes only the seed's ``flashcard_set`` and ``flashcard`` rows, which is all a
new card needs; scheduling belongs to the flashcards feature, which picks new
cards up like any other.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, Validator
from studyapp.core.flashcards.models import Flashcard, FlashcardSet
from studyapp.core.flashcards.sets import own_set
from studyapp.core.gouge import validation as v
from studyapp.core.gouge.models import Gouge
from studyapp.core.gouge.search import fold

QUESTION_MAX = 2_000
ANSWER_MAX = 5_000
SET_NAME_MAX = 255


@dataclass(frozen=True)
class PracticeCard:
    flashcard_id: int
    set_id: int
    set_name: str


def _target_set(
    session: Session, user_id: int, set_id: int | None, new_set_name: str
) -> FlashcardSet:
    if set_id is not None:
        return own_set(session, user_id, set_id)
    # Reuse a set of the same name (e.g. "From gouge") instead of one set per card.
    for existing in session.scalars(select(FlashcardSet).where(FlashcardSet.user_id == user_id)):
        if fold(existing.name) == fold(new_set_name):
            return existing
    created = FlashcardSet(user_id=user_id, name=new_set_name)
    session.add(created)
    session.flush()
    return created


def create_card_from_gouge(
    db: Database,
    user_id: int,
    gouge_id: int,
    *,
    question: str,
    answer: str,
    set_id: int | None = None,
    new_set_name: str = "",
) -> PracticeCard:
    """Add a flashcard built from a report to one of the pilot's sets.

    ``set_id`` picks an existing set of the pilot's; without it the card goes to
    the set named ``new_set_name`` (created if missing; the UI passes its
    translated "From gouge"). Raises ValidationError or NotFoundError (no write).
    """
    question, answer, new_set_name = question.strip(), answer.strip(), v.clean_text(new_set_name)
    check = Validator()
    v.check_text(check, "question", question, QUESTION_MAX, required=True)
    v.check_text(check, "answer", answer, ANSWER_MAX, required=True)
    if set_id is None:
        v.check_text(check, "set", new_set_name, SET_NAME_MAX, required=True)
    check.raise_if_any()
    with db.session() as session:
        if session.get(Gouge, gouge_id) is None:
            raise NotFoundError(f"gouge {gouge_id}")
        target = _target_set(session, user_id, set_id, new_set_name)
        card = Flashcard(user_id=user_id, set_id=target.id, question=question, answer=answer)
        session.add(card)
        session.flush()
        return PracticeCard(card.id, target.id, target.name)
