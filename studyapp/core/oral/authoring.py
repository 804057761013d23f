"""Questions a flight instructor writes in the app (origin "custom"), and reading the bank.

Shipped questions are read-only here: the next shipped bank would overwrite an
edit. Custom and imported questions can be edited; each edit bumps the
question's version so an exported copy carries the edit into another install.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError, Validator
from studyapp.core.oral.acs import shipped_catalog
from studyapp.core.oral.bank_format import MAX_DIFFICULTY, MIN_DIFFICULTY, TEXT_MAX
from studyapp.core.oral.models import ORIGIN_CUSTOM, ORIGIN_SHIPPED, OralQuestion, OralScenario
from studyapp.core.oral.store import dump
from studyapp.core.oral.views import QuestionView, question_view


@dataclass(frozen=True)
class QuestionDraft:
    """What the authoring form edits."""

    acs_id: str
    codes: tuple[str, ...]
    question: str
    answer: str
    key_points: tuple[str, ...]
    reference: str
    follow_ups: tuple[str, ...] = ()
    difficulty: int = 2


def _clean(draft: QuestionDraft) -> QuestionDraft:
    texts = [draft.question, draft.answer, draft.reference]
    draft = QuestionDraft(
        acs_id=draft.acs_id,
        codes=tuple(c.strip() for c in draft.codes if c.strip()),
        question=texts[0].strip(),
        answer=texts[1].strip(),
        key_points=tuple(p.strip() for p in draft.key_points if p.strip()),
        reference=texts[2].strip(),
        follow_ups=tuple(f.strip() for f in draft.follow_ups if f.strip()),
        difficulty=draft.difficulty,
    )
    _validate(draft)
    return draft


def _validate(draft: QuestionDraft) -> None:
    check = Validator()
    try:
        known = {e.code for e in shipped_catalog().document(draft.acs_id).elements()}
    except NotFoundError:
        raise ValidationError({"acs": "unknown"}) from None
    check.require(bool(draft.codes), "codes", "required")
    check.require(all(c in known for c in draft.codes), "codes", "unknown")
    for name in ("question", "answer", "reference"):
        value = getattr(draft, name)
        check.require(bool(value), name, "required")
        check.require(len(value) <= TEXT_MAX, name, "too_long")
    check.require(bool(draft.key_points), "key_points", "required")
    check.require(MIN_DIFFICULTY <= draft.difficulty <= MAX_DIFFICULTY, "difficulty", "invalid")
    check.raise_if_any()


def _fields(draft: QuestionDraft) -> dict[str, object]:
    return {
        "acs_id": draft.acs_id,
        "codes": dump(draft.codes),
        "question": draft.question,
        "answer": draft.answer,
        "key_points": dump(draft.key_points),
        "reference": draft.reference,
        "follow_ups": dump(draft.follow_ups),
        "difficulty": draft.difficulty,
    }


def add_question(db: Database, draft: QuestionDraft) -> QuestionView:
    """A new custom question. ValidationError: acs, codes, question, answer, key_points..."""
    draft = _clean(draft)
    with db.session() as session:
        row = OralQuestion(
            uid=f"custom-{uuid.uuid4().hex[:16]}", origin=ORIGIN_CUSTOM, version=1, **_fields(draft)
        )
        session.add(row)
        session.flush()
        return question_view(row)


def update_question(db: Database, question_id: int, draft: QuestionDraft) -> QuestionView:
    """Edit a custom or imported question; shipped ones raise ValidationError(question=shipped)."""
    draft = _clean(draft)
    with db.session() as session:
        row = session.get(OralQuestion, question_id)
        if row is None:
            raise NotFoundError(f"oral question {question_id}")
        if row.origin == ORIGIN_SHIPPED:
            raise ValidationError({"question": "shipped"})
        for name, value in _fields(draft).items():
            setattr(row, name, value)
        row.version += 1
        session.flush()
        return question_view(row, _scenario(session, row))


def get_question(db: Database, question_id: int) -> QuestionView:
    with db.session() as session:
        row = session.get(OralQuestion, question_id)
        if row is None:
            raise NotFoundError(f"oral question {question_id}")
        return question_view(row, _scenario(session, row))


def list_questions(
    db: Database, acs_id: str, origins: tuple[str, ...] | None = None
) -> list[QuestionView]:
    """Questions of one ACS that are asked (not archived), in bank order."""
    query = select(OralQuestion).where(
        OralQuestion.acs_id == acs_id, OralQuestion.archived.is_(False)
    )
    if origins:
        query = query.where(OralQuestion.origin.in_(origins))
    query = query.order_by(OralQuestion.scenario_id, OralQuestion.position, OralQuestion.id)
    with db.session() as session:
        return [question_view(row, _scenario(session, row)) for row in session.scalars(query)]


def question_counts(db: Database) -> dict[str, int]:
    """How many questions each ACS has (not archived), e.g. for the setup screen."""
    with db.session() as session:
        counts: dict[str, int] = {}
        for acs_id in session.scalars(
            select(OralQuestion.acs_id).where(OralQuestion.archived.is_(False))
        ):
            counts[acs_id] = counts.get(acs_id, 0) + 1
        return counts


def _scenario(session: Session, row: OralQuestion) -> OralScenario | None:
    return session.get(OralScenario, row.scenario_id) if row.scenario_id else None
