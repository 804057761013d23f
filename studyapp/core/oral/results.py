"""What a finished (or unfinished) session shows: score, results by area and task, history."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.db import Database
from studyapp.core.oral.acs import shipped_catalog
from studyapp.core.oral.models import MockOralAnswer, MockOralSession, OralQuestion
from studyapp.core.oral.planning import area_of, task_of
from studyapp.core.oral.scoring import Tally, is_missed, tally
from studyapp.core.oral.sessions import own_session
from studyapp.core.oral.views import area_codes

Outcome = tuple[str | None, bool, bool]  # grade, skipped, answered


@dataclass(frozen=True)
class GroupResult:
    """An area (PA.I) or task (PA.I.A) with the tally of the questions touching it."""

    code: str
    name: str
    tally: Tally


@dataclass(frozen=True)
class MissedQuestion:
    position: int
    question_id: int
    question: str
    codes: tuple[str, ...]
    grade: str | None  # None: skipped
    flagged: bool


@dataclass(frozen=True)
class SessionResults:
    session_id: int
    acs_id: str
    score: int
    duration: int
    completed_at: datetime | None
    tally: Tally
    flagged: int
    areas: tuple[GroupResult, ...]
    tasks: tuple[GroupResult, ...]
    missed: tuple[MissedQuestion, ...]


@dataclass(frozen=True)
class HistoryEntry:
    session_id: int
    acs_id: str
    mode: str
    area_codes: tuple[str, ...]
    created_at: datetime
    completed_at: datetime
    duration: int
    score: int


def _rows(session: Session, session_id: int) -> list[tuple[MockOralAnswer, OralQuestion]]:
    result = session.execute(
        select(MockOralAnswer, OralQuestion)
        .join(OralQuestion, OralQuestion.id == MockOralAnswer.question_id)
        .where(MockOralAnswer.session_id == session_id)
        .order_by(MockOralAnswer.position)
    )
    return [(a, q) for a, q in result]


def _outcome(answer: MockOralAnswer) -> Outcome:
    return answer.grade, answer.skipped, answer.answered_at is not None


def tally_session(session: Session, session_id: int) -> Tally:
    return tally(_outcome(a) for a, _ in _rows(session, session_id))


def session_results(db: Database, user_id: int, session_id: int) -> SessionResults:
    """Score and breakdown of one session.

    A question counts for every area and task its codes touch.
    """
    with db.session() as session:
        row = own_session(session, user_id, session_id)
        rows = _rows(session, session_id)
        overall = tally(_outcome(a) for a, _ in rows)
        by_area, by_task = _grouped(rows)
        return SessionResults(
            session_id=row.id,
            acs_id=row.acs_type,
            score=row.score if row.completed_at else overall.score,
            duration=row.duration if row.completed_at else round(row.elapsed_seconds / 60),
            completed_at=row.completed_at,
            tally=overall,
            flagged=sum(1 for a, _ in rows if a.flagged),
            areas=_named(by_area),
            tasks=_named(by_task),
            missed=tuple(_missed(rows)),
        )


def _grouped(rows: list[tuple[MockOralAnswer, OralQuestion]]) -> tuple[dict, dict]:
    by_area: dict[str, list[Outcome]] = defaultdict(list)
    by_task: dict[str, list[Outcome]] = defaultdict(list)
    for answer, question in rows:
        codes = json.loads(question.codes)
        for area in dict.fromkeys(area_of(c) for c in codes):
            by_area[area].append(_outcome(answer))
        for task in dict.fromkeys(task_of(c) for c in codes):
            by_task[task].append(_outcome(answer))
    return by_area, by_task


def _named(groups: dict[str, list[Outcome]]) -> tuple[GroupResult, ...]:
    catalog = shipped_catalog()
    order: dict[str, tuple[int, str]] = {}
    for d, document in enumerate(catalog.documents):
        for a, area in enumerate(document.areas):
            order[area.code] = (d * 10_000 + a * 100, area.name)
            for t, task in enumerate(area.tasks):
                order[task.code] = (d * 10_000 + a * 100 + t + 1, task.name)
    known = sorted((c for c in groups if c in order), key=lambda c: order[c][0])
    return tuple(GroupResult(c, order[c][1], tally(groups[c])) for c in known)


def _missed(rows: list[tuple[MockOralAnswer, OralQuestion]]) -> list[MissedQuestion]:
    return [
        MissedQuestion(a.position, q.id, q.question, tuple(json.loads(q.codes)), a.grade, a.flagged)
        for a, q in rows
        if a.answered_at is not None and is_missed(a.grade, a.skipped)
    ]


def history(db: Database, user_id: int, acs_id: str | None = None) -> list[HistoryEntry]:
    """Every finished session of the profile, newest first."""
    query = select(MockOralSession).where(
        MockOralSession.user_id == user_id, MockOralSession.completed_at.is_not(None)
    )
    if acs_id is not None:
        query = query.where(MockOralSession.acs_type == acs_id)
    query = query.order_by(MockOralSession.completed_at.desc(), MockOralSession.id.desc())
    with db.session() as session:
        return [
            HistoryEntry(
                r.id,
                r.acs_type,
                r.mode,
                area_codes(r),
                r.created_at,
                r.completed_at,
                r.duration,
                r.score,
            )
            for r in session.scalars(query)
            if r.completed_at is not None
        ]
