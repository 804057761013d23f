"""Examiner aggregates against hand-computed values, including the edge cases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.gouge.aggregates import Breakdown
from studyapp.core.gouge.examiners import (
    ExaminerInput,
    ExaminerSummary,
    add_examiner,
    edit_examiner,
    get_examiner,
)
from studyapp.core.gouge.models import ExaminerProfile
from studyapp.core.gouge.service import GougeInput, delete_gouge, edit_gouge, write_gouge

TODAY = date(2026, 11, 20)


def examiner(db: Database, name: str = "Jane Doe") -> ExaminerSummary:
    data = ExaminerInput(name=name, years_of_experience=12, checkride_types=("private",))
    return add_examiner(db, replace(data, region="Bay Area", home_airport="KPAO"))


def report(examiner_id: int, rating: int, outcome: str, flight: int, oral: int) -> GougeInput:
    return GougeInput(
        examiner_id=examiner_id,
        gouge_date=date(2026, 11, 1),
        checkride_type="private",
        pass_or_fail=outcome,
        rating=rating,
        flight_difficulty=flight,
        oral_difficulty=oral,
        stress_level=3,
        content="Steep turns, then a diversion to KHAF.",
    )


def stored(db: Database, examiner_id: int) -> tuple[int, float, float, float, float]:
    with db.session() as session:
        row = session.scalars(
            select(ExaminerProfile).where(ExaminerProfile.id == examiner_id)
        ).one()
        return (
            row.feedback_count,
            row.avg_rating,
            row.avg_pass_rate,
            row.avg_flight_difficulty,
            row.avg_oral_difficulty,
        )


@pytest.fixture
def pilot(database: Database) -> int:
    return create_profile(database, "ana@example.com", "Ana", "Ruiz").id


def test_no_reports_is_distinguishable_from_zeros(database: Database) -> None:
    jane = examiner(database)
    assert jane.stats is None
    assert get_examiner(database, jane.id).examiner.stats is None
    assert get_examiner(database, jane.id).breakdown == Breakdown(0, 0, (0, 0, 0), (0, 0, 0))
    assert stored(database, jane.id) == (0, 0.0, 0.0, 0.0, 0.0)


def test_one_report(database: Database, pilot: int) -> None:
    jane = examiner(database)
    write_gouge(database, pilot, report(jane.id, 4, "pass", 2, 3), today=TODAY)
    assert stored(database, jane.id) == (1, 4.0, 1.0, 2.0, 3.0)
    stats = get_examiner(database, jane.id).examiner.stats
    assert stats is not None and stats.avg_pass_rate == 1.0  # a fraction, not 100


def write_three(database: Database, pilot: int, examiner_id: int) -> list[int]:
    rows = [(5, "pass", 1, 2), (2, "fail", 3, 2), (4, "pass", 3, 1)]
    return [write_gouge(database, pilot, report(examiner_id, *row), today=TODAY).id for row in rows]


def test_several_reports(database: Database, pilot: int) -> None:
    jane = examiner(database)
    write_three(database, pilot, jane.id)
    count, rating, pass_rate, flight, oral = stored(database, jane.id)
    assert count == 3
    assert rating == pytest.approx(11 / 3)
    assert pass_rate == pytest.approx(2 / 3)
    assert flight == pytest.approx(7 / 3)
    assert oral == pytest.approx(5 / 3)
    assert get_examiner(database, jane.id).breakdown == Breakdown(2, 1, (1, 0, 2), (1, 2, 0))


def test_edit_that_changes_rating_and_outcome(database: Database, pilot: int) -> None:
    jane = examiner(database)
    ids = write_three(database, pilot, jane.id)
    edit_gouge(database, pilot, ids[1], report(jane.id, 5, "pass", 3, 2), today=TODAY)
    count, rating, pass_rate, _, _ = stored(database, jane.id)
    assert (count, rating, pass_rate) == (3, pytest.approx(14 / 3), 1.0)


def test_edit_that_moves_a_report_recomputes_both_examiners(database: Database, pilot: int) -> None:
    jane, bob = examiner(database), examiner(database, "Bob Smith")
    ids = write_three(database, pilot, jane.id)
    edit_gouge(database, pilot, ids[0], report(bob.id, 5, "pass", 1, 2), today=TODAY)
    # Jane keeps (2, fail, 3, 2) and (4, pass, 3, 1).
    assert stored(database, jane.id) == (2, 3.0, 0.5, 3.0, 1.5)
    assert stored(database, bob.id) == (1, 5.0, 1.0, 1.0, 2.0)


def test_deleting_the_last_report_goes_back_to_no_reports(database: Database, pilot: int) -> None:
    jane = examiner(database)
    first, second = (
        write_gouge(database, pilot, report(jane.id, r, "fail", 3, 3), today=TODAY).id
        for r in (1, 3)
    )
    delete_gouge(database, pilot, first)
    assert stored(database, jane.id) == (1, 3.0, 0.0, 3.0, 3.0)
    assert delete_gouge(database, pilot, second) == jane.id
    assert stored(database, jane.id) == (0, 0.0, 0.0, 0.0, 0.0)
    assert get_examiner(database, jane.id).examiner.stats is None


def test_examiner_edit_repairs_drifted_columns(database: Database, pilot: int) -> None:
    jane = examiner(database)
    write_gouge(database, pilot, report(jane.id, 4, "pass", 2, 2), today=TODAY)
    with database.session() as session:  # e.g. a bad sync or a hand edit of the file
        session.get(ExaminerProfile, jane.id).feedback_count = 99  # type: ignore[union-attr]
    data = ExaminerInput("Jane Doe", 13, ("private",), region="Bay Area")
    edit_examiner(database, jane.id, data)
    assert stored(database, jane.id) == (1, 4.0, 1.0, 2.0, 2.0)
