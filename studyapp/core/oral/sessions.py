"""Running a mock oral: start, answer one question at a time, pause, resume, finish.

Every call is one transaction, so each answer is committed the moment it is
given: after a crash or a power cut the session resumes at the first question
without an answer, and at most the answer being typed is lost. The plan (which
questions, in which order) is written when the session starts.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from studyapp.core.base import utcnow
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError, Validator
from studyapp.core.oral.acs import AcsDocument, shipped_catalog
from studyapp.core.oral.models import (
    GRADE_NEEDS_WORK,
    GRADE_SATISFACTORY,
    GRADE_UNSATISFACTORY,
    MODE_AREAS,
    MODE_FULL,
    MODE_WEAK,
    MockOralAnswer,
    MockOralSection,
    MockOralSession,
    OralQuestion,
    OralScenario,
)
from studyapp.core.oral.planning import (
    Candidate,
    area_of,
    budget_for,
    group_items,
    plan,
    select_items,
    task_of,
)
from studyapp.core.oral.readiness import weak_tasks
from studyapp.core.oral.views import (
    AskedQuestion,
    SessionState,
    area_codes,
    asked_question,
    question_view,
)

GRADES = (GRADE_SATISFACTORY, GRADE_NEEDS_WORK, GRADE_UNSATISFACTORY)
TIME_LIMIT_MAX = 600  # minutes
NOTES_MAX = 20_000


def start_session(
    db: Database,
    user_id: int,
    acs_id: str,
    *,
    mode: str = MODE_AREAS,
    areas: tuple[str, ...] = (),
    time_limit_minutes: int | None = None,
    seed: int | None = None,
) -> SessionState:
    """Plan and store a new session. ValidationError: acs, mode, areas, time_limit."""
    document = _document(acs_id)
    chosen = _check_start(document, mode, areas, time_limit_minutes)
    with db.session() as session:
        wanted = _wanted(session, user_id, document, mode, chosen)
        items = select_items(group_items(_candidates(session, document.acs_id)), wanted)
        seed = seed if seed is not None else random.randrange(2**31)
        order = plan(document, items, seed, budget_for(time_limit_minutes))
        if not order:
            raise ValidationError({"areas": "no_questions"})
        row = _insert_session(session, user_id, document, mode, chosen, time_limit_minutes)
        session.add_all(
            MockOralAnswer(session_id=row.id, question_id=qid, position=i)
            for i, qid in enumerate(order)
        )
        session.flush()
        return _state(session, row)


def _document(acs_id: str) -> AcsDocument:
    try:
        return shipped_catalog().document(acs_id)
    except NotFoundError:
        raise ValidationError({"acs": "unknown"}) from None


def _check_start(
    document: AcsDocument, mode: str, areas: tuple[str, ...], limit: int | None
) -> tuple[str, ...]:
    known = [a.code for a in document.areas]
    check = Validator()
    check.require(mode in (MODE_AREAS, MODE_FULL, MODE_WEAK), "mode", "invalid")
    if mode == MODE_AREAS:
        check.require(bool(areas), "areas", "required")
        check.require(all(a in known for a in areas), "areas", "unknown")
    check.require(limit is None or 1 <= limit <= TIME_LIMIT_MAX, "time_limit", "invalid")
    check.raise_if_any()
    return tuple(a for a in known if a in areas) if mode == MODE_AREAS else tuple(known)


def _wanted(
    session: Session, user_id: int, document: AcsDocument, mode: str, chosen: tuple[str, ...]
) -> Callable[[str], bool]:
    if mode != MODE_WEAK:
        return lambda code: area_of(code) in chosen
    weak = weak_tasks(session, user_id, document)
    if not weak:
        raise ValidationError({"areas": "no_weak_areas"})
    return lambda code: task_of(code) in weak


def _candidates(session: Session, acs_id: str) -> list[Candidate]:
    rows = session.execute(
        select(OralQuestion.id, OralQuestion.codes, OralQuestion.scenario_id, OralQuestion.position)
        .outerjoin(OralScenario, OralScenario.id == OralQuestion.scenario_id)
        .where(
            OralQuestion.acs_id == acs_id,
            OralQuestion.archived.is_(False),
            func.coalesce(OralScenario.archived, False).is_(False),
        )
        .order_by(OralQuestion.scenario_id, OralQuestion.position, OralQuestion.id)
    )
    return [Candidate(qid, tuple(json.loads(codes)), sid, pos) for qid, codes, sid, pos in rows]


def _insert_session(
    session: Session,
    user_id: int,
    document: AcsDocument,
    mode: str,
    chosen: tuple[str, ...],
    limit: int | None,
) -> MockOralSession:
    section_id = None
    if mode == MODE_AREAS and len(chosen) == 1:
        section_id = session.scalar(
            select(MockOralSection.id).where(MockOralSection.code == chosen[0])
        )
    row = MockOralSession(
        user_id=user_id,
        section_id=section_id,
        duration=0,
        score=0,
        acs_type=document.acs_id,
        mode=mode,
        area_codes=" ".join(chosen),
        time_limit_minutes=limit,
        elapsed_seconds=0,
    )
    session.add(row)
    session.flush()
    return row


def session_state(db: Database, user_id: int, session_id: int) -> SessionState:
    """Where a session stands, with its current question. NotFoundError if not this profile's."""
    with db.session() as session:
        return _state(session, own_session(session, user_id, session_id))


def unfinished_sessions(db: Database, user_id: int) -> list[SessionState]:
    """Sessions started and never finished, newest first: what "Resume" offers."""
    with db.session() as session:
        rows = session.scalars(
            select(MockOralSession)
            .where(MockOralSession.user_id == user_id, MockOralSession.completed_at.is_(None))
            .order_by(MockOralSession.created_at.desc(), MockOralSession.id.desc())
        )
        return [_state(session, row) for row in rows]


def record_answer(
    db: Database,
    user_id: int,
    session_id: int,
    position: int,
    *,
    grade: str | None,
    notes: str = "",
    ticked: tuple[int, ...] = (),
    flagged: bool = False,
    elapsed_seconds: int | None = None,
) -> SessionState:
    """Commit the answer to one question; ``grade=None`` skips it. Returns the next state."""
    check = Validator()
    check.require(grade is None or grade in GRADES, "grade", "invalid")
    check.require(len(notes) <= NOTES_MAX, "notes", "too_long")
    check.raise_if_any()
    with db.session() as session:
        row = own_session(session, user_id, session_id)
        answer = _open_answer(session, row, position)
        answer.grade, answer.skipped = grade, grade is None
        answer.notes, answer.flagged = notes, flagged
        answer.ticked = json.dumps(sorted(set(ticked)))
        answer.answered_at = utcnow()
        _save_elapsed(row, elapsed_seconds)
        session.flush()
        return _state(session, row)


def set_flag(db: Database, user_id: int, session_id: int, position: int, flagged: bool) -> None:
    """Flag or unflag a question (also after it was answered, until the session ends)."""
    with db.session() as session:
        row = own_session(session, user_id, session_id)
        _answer_at(session, row, position).flagged = flagged


def save_elapsed(db: Database, user_id: int, session_id: int, elapsed_seconds: int) -> None:
    """Pause: keep the clock. A session is resumed with session_state."""
    with db.session() as session:
        row = own_session(session, user_id, session_id)
        if row.completed_at is None:
            _save_elapsed(row, elapsed_seconds)


def finish_session(
    db: Database,
    user_id: int,
    session_id: int,
    elapsed_seconds: int | None = None,
    now: datetime | None = None,
) -> SessionState:
    """End the session: seed duration (minutes), score, completed_at. Finishing twice is a no-op."""
    from studyapp.core.oral.results import tally_session  # results imports this module

    with db.session() as session:
        row = own_session(session, user_id, session_id)
        if row.completed_at is None:
            _save_elapsed(row, elapsed_seconds)
            row.score = tally_session(session, row.id).score
            row.duration = round(row.elapsed_seconds / 60)
            row.completed_at = now or utcnow()
        session.flush()
        return _state(session, row)


def own_session(session: Session, user_id: int, session_id: int) -> MockOralSession:
    row = session.get(MockOralSession, session_id)
    if row is None or row.user_id != user_id:
        raise NotFoundError(f"mock oral session {session_id}")
    return row


def _answer_at(session: Session, row: MockOralSession, position: int) -> MockOralAnswer:
    answer = session.scalar(
        select(MockOralAnswer).where(
            MockOralAnswer.session_id == row.id, MockOralAnswer.position == position
        )
    )
    if answer is None:
        raise NotFoundError(f"question {position} of session {row.id}")
    return answer


def _open_answer(session: Session, row: MockOralSession, position: int) -> MockOralAnswer:
    if row.completed_at is not None:
        raise ValidationError({"session": "completed"})
    return _answer_at(session, row, position)


def _save_elapsed(row: MockOralSession, elapsed_seconds: int | None) -> None:
    if elapsed_seconds is not None:
        row.elapsed_seconds = max(row.elapsed_seconds, int(elapsed_seconds))


def _state(session: Session, row: MockOralSession) -> SessionState:
    total, answered = session.execute(
        select(func.count(), func.count(MockOralAnswer.answered_at)).where(
            MockOralAnswer.session_id == row.id
        )
    ).one()
    current = session.scalar(
        select(MockOralAnswer)
        .where(MockOralAnswer.session_id == row.id, MockOralAnswer.answered_at.is_(None))
        .order_by(MockOralAnswer.position)
        .limit(1)
    )
    return SessionState(
        session_id=row.id,
        acs_id=row.acs_type,
        mode=row.mode,
        area_codes=area_codes(row),
        time_limit_minutes=row.time_limit_minutes,
        elapsed_seconds=row.elapsed_seconds,
        total=total,
        answered=answered,
        created_at=row.created_at,
        completed_at=row.completed_at,
        current=_asked(session, current) if current else None,
    )


def _asked(session: Session, answer: MockOralAnswer) -> AskedQuestion:
    question = session.get(OralQuestion, answer.question_id)
    assert question is not None  # the foreign key cascades
    scenario = session.get(OralScenario, question.scenario_id) if question.scenario_id else None
    return asked_question(answer, question_view(question, scenario))
