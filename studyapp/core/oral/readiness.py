"""Readiness per ACS task and area: mock oral results combined with flashcard retention.

The formula (also in resources/oral/README.md), each part 0-1:

- oral: for every question touching the task (any of its codes is in the task),
  the pilot's most recent answer in any session counts S 1, Needs work 0.5,
  U 0, skipped 0; oral = the mean over those questions.
- cards: for every non-suspended flashcard of the profile whose acs_code is in
  the task, FSRS's probability of recalling it now (0 for a card never
  reviewed); cards = the mean.
- readiness = the mean of the parts that have data (oral and cards weigh the
  same when both exist); None when neither has data.

An area's readiness is the mean over its tasks that have one. A task is weak
when its readiness is below WEAK_BELOW; "my weak areas" asks those tasks.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from studyapp.core.db import Database
from studyapp.core.flashcards.models import Flashcard, FlashcardUsage
from studyapp.core.flashcards.scheduling import Memory, make_scheduler, retrievability
from studyapp.core.oral.acs import AcsDocument, shipped_catalog
from studyapp.core.oral.models import MockOralAnswer, MockOralSession, OralQuestion
from studyapp.core.oral.planning import task_of
from studyapp.core.oral.scoring import POINTS

WEAK_BELOW = 0.7
Evidence = dict[str, list[float]]  # task code -> values 0-1


@dataclass(frozen=True)
class TaskReadiness:
    code: str
    name: str
    oral: float | None
    oral_questions: int
    cards: float | None
    card_count: int

    @property
    def readiness(self) -> float | None:
        parts = [p for p in (self.oral, self.cards) if p is not None]
        return sum(parts) / len(parts) if parts else None

    @property
    def weak(self) -> bool:
        value = self.readiness
        return value is not None and value < WEAK_BELOW


@dataclass(frozen=True)
class AreaReadiness:
    code: str
    numeral: str
    name: str
    tasks: tuple[TaskReadiness, ...]

    @property
    def readiness(self) -> float | None:
        known = [t.readiness for t in self.tasks if t.readiness is not None]
        return sum(known) / len(known) if known else None


def readiness(
    db: Database, user_id: int, acs_id: str, now: datetime | None = None
) -> tuple[AreaReadiness, ...]:
    """Every area and task of the ACS with its readiness (NotFoundError for an unknown ACS)."""
    document = shipped_catalog().document(acs_id)
    with db.session() as session:
        return compute(session, user_id, document, now)


def weak_tasks(session: Session, user_id: int, document: AcsDocument) -> set[str]:
    areas = compute(session, user_id, document)
    return {task.code for area in areas for task in area.tasks if task.weak}


def compute(
    session: Session, user_id: int, document: AcsDocument, now: datetime | None = None
) -> tuple[AreaReadiness, ...]:
    oral = _oral_evidence(session, user_id, document.acs_id)
    cards = _card_evidence(session, user_id, document, now or datetime.now(UTC))
    return tuple(
        AreaReadiness(
            area.code,
            area.numeral,
            area.name,
            tuple(_task(t.code, t.name, oral, cards) for t in area.tasks),
        )
        for area in document.areas
    )


def _task(code: str, name: str, oral: Evidence, cards: Evidence) -> TaskReadiness:
    o, c = oral.get(code, []), cards.get(code, [])
    return TaskReadiness(code, name, _mean(o), len(o), _mean(c), len(c))


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _oral_evidence(session: Session, user_id: int, acs_id: str) -> Evidence:
    latest = (
        select(MockOralAnswer.question_id, func.max(MockOralAnswer.answered_at).label("at"))
        .join(MockOralSession, MockOralSession.id == MockOralAnswer.session_id)
        .where(MockOralSession.user_id == user_id, MockOralAnswer.answered_at.is_not(None))
        .group_by(MockOralAnswer.question_id)
        .subquery()
    )
    rows = session.execute(
        select(OralQuestion.codes, MockOralAnswer.grade)
        .join(MockOralSession, MockOralSession.id == MockOralAnswer.session_id)
        .join(latest, (latest.c.question_id == MockOralAnswer.question_id))
        .join(OralQuestion, OralQuestion.id == MockOralAnswer.question_id)
        .where(
            MockOralSession.user_id == user_id,
            MockOralAnswer.answered_at == latest.c.at,
            OralQuestion.acs_id == acs_id,
        )
    )
    evidence: Evidence = defaultdict(list)
    for codes, grade in rows:
        for task in {task_of(code) for code in json.loads(codes)}:
            evidence[task].append(POINTS.get(grade or "", 0.0))
    return evidence


def _card_evidence(
    session: Session, user_id: int, document: AcsDocument, now: datetime
) -> Evidence:
    prefixes = {document.prefix, *(a.prefix for a in document.areas)}
    rows = session.execute(
        select(
            Flashcard.acs_code,
            FlashcardUsage.state,
            FlashcardUsage.step,
            FlashcardUsage.next_review_due,
            FlashcardUsage.stability,
            FlashcardUsage.fsrs_difficulty,
            FlashcardUsage.last_reviewed,
        )
        .outerjoin(
            FlashcardUsage,
            (FlashcardUsage.flashcard_id == Flashcard.id) & (FlashcardUsage.user_id == user_id),
        )
        .where(
            Flashcard.user_id == user_id,
            Flashcard.suspended.is_(False),
            or_(*(Flashcard.acs_code.like(f"{p}.%") for p in prefixes)),
        )
    )
    scheduler = make_scheduler()
    evidence: Evidence = defaultdict(list)
    for code, state, *memory in rows:
        recall = retrievability(scheduler, Memory(state or 0, *memory), now) if state else 0.0
        evidence[task_of(code)].append(recall)
    return evidence
