"""Missed oral questions become flashcards, in one call and one transaction.

Missed means graded Needs work or Unsatisfactory, or skipped. Each card keeps
the question's first ACS code (Flashcard.acs_code), its reference and its
difficulty; the answer side is the reference answer followed by the key points.
A question already on a card in that set (same question text and code) is not
added twice.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError
from studyapp.core.flashcards.cards import ACS_CODE_MAX, REFERENCE_MAX
from studyapp.core.flashcards.models import Flashcard, FlashcardSet
from studyapp.core.oral.models import MockOralAnswer, OralQuestion, OralScenario
from studyapp.core.oral.scoring import is_missed
from studyapp.core.oral.sessions import own_session


def missed_to_flashcards(db: Database, user_id: int, session_id: int, set_id: int) -> int:
    """Add a card for every missed question of the session; returns how many were added."""
    with db.session() as session:
        own_session(session, user_id, session_id)
        owner = session.scalar(select(FlashcardSet.user_id).where(FlashcardSet.id == set_id))
        if owner != user_id:
            raise NotFoundError(f"flashcard set {set_id}")
        existing: set[tuple[str, str | None]] = set(
            session.execute(
                select(Flashcard.question, Flashcard.acs_code).where(Flashcard.set_id == set_id)
            ).all()
        )
        added = 0
        for card in _cards(session, session_id):
            if (card.question, card.acs_code) in existing:
                continue
            existing.add((card.question, card.acs_code))
            session.add(Flashcard(user_id=user_id, set_id=set_id, **card.__dict__))
            added += 1
        return added


class _Card:
    def __init__(self, question: OralQuestion, scenario: OralScenario | None) -> None:
        prompt = question.question
        if scenario is not None:
            prompt = f"[{scenario.title}]\n{prompt}"
        points = "\n".join(f"- {p}" for p in json.loads(question.key_points))
        self.question = prompt
        self.answer = f"{question.answer}\n\n{points}" if points else question.answer
        self.acs_code = json.loads(question.codes)[0][:ACS_CODE_MAX]
        self.reference = _clip(question.reference, REFERENCE_MAX)
        self.difficulty = question.difficulty


def _cards(session: Session, session_id: int) -> list[_Card]:
    rows = session.execute(
        select(MockOralAnswer, OralQuestion, OralScenario)
        .join(OralQuestion, OralQuestion.id == MockOralAnswer.question_id)
        .outerjoin(OralScenario, OralScenario.id == OralQuestion.scenario_id)
        .where(MockOralAnswer.session_id == session_id, MockOralAnswer.answered_at.is_not(None))
        .order_by(MockOralAnswer.position)
    )
    return [_Card(q, s) for a, q, s in rows if is_missed(a.grade, a.skipped)]


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
