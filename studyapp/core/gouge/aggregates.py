"""Examiner aggregates derived from gouge rows, never kept as running counters.

``recompute_examiner_aggregates`` is called inside the same session (transaction)
as every gouge insert, edit and delete and every examiner edit, here and on the
future sync server, so the stored columns always equal what the rows say.

Units and the empty case:

* ``avg_rating``: mean of ``rating`` (1-5).
* ``avg_pass_rate``: a FRACTION from 0.0 to 1.0 (passes / reports), not a percent.
* ``avg_flight_difficulty`` / ``avg_oral_difficulty``: mean of 1 (easy) .. 3 (hard).
* ``feedback_count``: number of gouge rows for the examiner.

With zero reports ``feedback_count`` is 0 and every average is stored as 0.0 (the
seed's non-null defaults); readers must look at ``feedback_count`` first and show
"no reports yet" rather than the zeros (``ExaminerSummary.stats`` is None then).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from studyapp.core.gouge.checkrides import PASS
from studyapp.core.gouge.models import ExaminerProfile, Gouge


@dataclass(frozen=True)
class Breakdown:
    """How an examiner's reports split, for the pass/fail and difficulty charts."""

    passes: int
    fails: int
    flight: tuple[int, int, int]  # easy, moderate, hard
    oral: tuple[int, int, int]


def recompute_examiner_aggregates(session: Session, examiner_id: int) -> None:
    """Set the examiner's avg_* and feedback_count from its gouge rows, in ``session``."""
    session.flush()  # pending gouge changes must be visible to the aggregate query
    # Lock the examiner row first (a no-op on SQLite, whose writer is already
    # alone): on PostgreSQL two concurrent reports would otherwise each count
    # only their own row, and the last to commit would store a stale average.
    session.execute(
        select(ExaminerProfile.id).where(ExaminerProfile.id == examiner_id).with_for_update()
    )
    passed = case((Gouge.pass_or_fail == PASS, 1.0), else_=0.0)
    row = session.execute(
        select(
            func.count(Gouge.id),
            func.avg(Gouge.rating),
            func.avg(passed),
            func.avg(Gouge.flight_difficulty),
            func.avg(Gouge.oral_difficulty),
        ).where(Gouge.examiner_id == examiner_id)
    ).one()
    examiner = session.get(ExaminerProfile, examiner_id)
    if examiner is None:
        return
    count, rating, pass_rate, flight, oral = row
    examiner.feedback_count = int(count)
    examiner.avg_rating = float(rating or 0.0)
    examiner.avg_pass_rate = float(pass_rate or 0.0)
    examiner.avg_flight_difficulty = float(flight or 0.0)
    examiner.avg_oral_difficulty = float(oral or 0.0)


def _counts(session: Session, column: object, examiner_id: int) -> dict[object, int]:
    rows = session.execute(
        select(column, func.count(Gouge.id))
        .where(Gouge.examiner_id == examiner_id)
        .group_by(column)
    )
    return {value: int(count) for value, count in rows}


def examiner_breakdown(session: Session, examiner_id: int) -> Breakdown:
    outcomes = _counts(session, Gouge.pass_or_fail, examiner_id)
    flight = _counts(session, Gouge.flight_difficulty, examiner_id)
    oral = _counts(session, Gouge.oral_difficulty, examiner_id)
    return Breakdown(
        passes=outcomes.get("pass", 0),
        fails=outcomes.get("fail", 0),
        flight=(flight.get(1, 0), flight.get(2, 0), flight.get(3, 0)),
        oral=(oral.get(1, 0), oral.get(2, 0), oral.get(3, 0)),
    )
