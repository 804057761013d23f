"""Frozen views of questions and sessions handed to callers (never ORM objects)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from studyapp.core.oral.models import MockOralAnswer, MockOralSession, OralQuestion, OralScenario


@dataclass(frozen=True)
class QuestionView:
    question_id: int
    uid: str
    acs_id: str
    codes: tuple[str, ...]
    question: str
    answer: str
    key_points: tuple[str, ...]
    reference: str
    follow_ups: tuple[str, ...]
    difficulty: int
    origin: str
    scenario_title: str | None = None
    scenario_briefing: str | None = None


@dataclass(frozen=True)
class AskedQuestion:
    """One planned question of a session with what the pilot did with it so far."""

    position: int
    question: QuestionView
    grade: str | None
    skipped: bool
    flagged: bool
    notes: str
    ticked: tuple[int, ...]
    answered: bool


@dataclass(frozen=True)
class SessionState:
    session_id: int
    acs_id: str
    mode: str
    area_codes: tuple[str, ...]
    time_limit_minutes: int | None
    elapsed_seconds: int
    total: int
    answered: int
    created_at: datetime
    completed_at: datetime | None
    current: AskedQuestion | None  # the first unanswered question; None when all are done

    @property
    def finished(self) -> bool:
        return self.completed_at is not None

    @property
    def time_up(self) -> bool:
        limit = self.time_limit_minutes
        return limit is not None and self.elapsed_seconds >= limit * 60


def question_view(row: OralQuestion, scenario: OralScenario | None = None) -> QuestionView:
    return QuestionView(
        question_id=row.id,
        uid=row.uid,
        acs_id=row.acs_id,
        codes=tuple(json.loads(row.codes)),
        question=row.question,
        answer=row.answer,
        key_points=tuple(json.loads(row.key_points)),
        reference=row.reference,
        follow_ups=tuple(json.loads(row.follow_ups or "[]")),
        difficulty=row.difficulty,
        origin=row.origin,
        scenario_title=scenario.title if scenario else None,
        scenario_briefing=scenario.briefing if scenario else None,
    )


def asked_question(answer: MockOralAnswer, question: QuestionView) -> AskedQuestion:
    return AskedQuestion(
        position=answer.position,
        question=question,
        grade=answer.grade,
        skipped=answer.skipped,
        flagged=answer.flagged,
        notes=answer.notes,
        ticked=tuple(json.loads(answer.ticked or "[]")),
        answered=answer.answered_at is not None,
    )


def area_codes(row: MockOralSession) -> tuple[str, ...]:
    return tuple(row.area_codes.split())
