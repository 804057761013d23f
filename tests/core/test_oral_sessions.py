"""Mock oral sessions: examiner order, answers committed one by one, scoring, results, history."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.oral.models import MODE_FULL, MODE_WEAK
from studyapp.core.oral.planning import area_of
from studyapp.core.oral.results import history, session_results
from studyapp.core.oral.sessions import (
    finish_session,
    record_answer,
    session_state,
    set_flag,
    start_session,
    unfinished_sessions,
)
from studyapp.core.oral.views import SessionState
from tests.core.test_oral_support import PRIVATE, install_small_bank, new_pilot


@pytest.fixture
def pilot(database: Database, tmp_path: Path) -> int:
    install_small_bank(database, tmp_path)
    return new_pilot(database)


def asked_order(db: Database, user: int, state: SessionState) -> list[SessionState]:
    """Answer every question Satisfactory, returning the state before each answer."""
    states = []
    while state.current is not None:
        states.append(state)
        state = record_answer(db, user, state.session_id, state.current.position, grade="S")
    return states


def test_full_oral_keeps_the_scenario_chain_together_and_in_order(
    database: Database, pilot: int
) -> None:
    state = start_session(database, pilot, PRIVATE, mode=MODE_FULL, seed=7)
    uids = [s.current.question.uid for s in asked_order(database, pilot, state)]
    chain = [u for u in uids if u.startswith("t-scn-1")]
    assert chain == ["t-scn-1-q1", "t-scn-1-q2", "t-scn-1-q3"]
    start = uids.index("t-scn-1-q1")
    assert uids[start : start + 3] == chain
    assert len(uids) == 15


def test_questions_follow_the_acs_area_by_area(database: Database, pilot: int) -> None:
    state = start_session(database, pilot, PRIVATE, mode=MODE_FULL, seed=3)
    areas = [area_of(s.current.question.codes[0]) for s in asked_order(database, pilot, state)]
    assert areas == sorted(areas, key=["PA.I", "PA.II", "PA.III"].index)


def test_two_seeds_shuffle_within_a_task_only(database: Database, pilot: int) -> None:
    orders = set()
    for seed in range(6):
        state = start_session(database, pilot, PRIVATE, areas=("PA.I",), seed=seed)
        orders.add(tuple(s.current.question.uid for s in asked_order(database, pilot, state)))
    assert len(orders) > 1
    for order in orders:
        tasks = [uid.rsplit("-", 1)[0] for uid in order if not uid.startswith("t-scn")]
        assert tasks == sorted(tasks)


def test_chosen_areas_only(database: Database, pilot: int) -> None:
    state = start_session(database, pilot, PRIVATE, areas=("PA.II",), seed=1)
    assert state.total == 4 and state.area_codes == ("PA.II",)
    assert all(
        s.current.question.uid.startswith("t-1-") for s in asked_order(database, pilot, state)
    )


@pytest.mark.parametrize(
    ("kwargs", "errors"),
    [
        ({"areas": ()}, {"areas": "required"}),
        ({"areas": ("PA.XX",)}, {"areas": "unknown"}),
        ({"areas": ("PA.I",), "time_limit_minutes": 0}, {"time_limit": "invalid"}),
        ({"mode": "everything"}, {"mode": "invalid"}),
        ({"areas": ("PA.XII",)}, {"areas": "no_questions"}),
        ({"mode": MODE_WEAK}, {"areas": "no_weak_areas"}),
    ],
)
def test_bad_starts_write_nothing(
    database: Database, pilot: int, kwargs: dict, errors: dict
) -> None:
    with pytest.raises(ValidationError) as raised:
        start_session(database, pilot, PRIVATE, **kwargs)
    assert raised.value.errors == errors
    assert unfinished_sessions(database, pilot) == []


def test_unknown_acs_is_a_validation_error(database: Database, pilot: int) -> None:
    with pytest.raises(ValidationError):
        start_session(database, pilot, "FAA-S-ACS-99", mode=MODE_FULL)


def test_score_formula_on_a_hand_computed_case(database: Database, pilot: int) -> None:
    state = start_session(database, pilot, PRIVATE, areas=("PA.II",), seed=1)
    # 4 questions: S, N, skip, then stop early with one never reached.
    for grade in ("S", "N", None):
        state = record_answer(
            database,
            pilot,
            state.session_id,
            state.current.position,
            grade=grade,
            elapsed_seconds=200 if grade is None else None,
        )
    done = finish_session(database, pilot, state.session_id, elapsed_seconds=450)
    results = session_results(database, pilot, state.session_id)
    # points 1 + 0.5 + 0 over 3 asked = 50; the unasked question does not count.
    assert results.score == 50
    assert (results.tally.asked, results.tally.unasked) == (3, 1)
    assert results.duration == 8  # 450 s rounds to 8 minutes
    assert done.completed_at is not None and done.finished
    assert [m.grade for m in results.missed] == ["N", None]


def test_score_rounds_half_up_and_counts_u_as_zero(database: Database, pilot: int) -> None:
    state = start_session(database, pilot, PRIVATE, areas=("PA.I",), seed=2)
    grades = ["S", "S", "N", "U", "S", "S", "U"]  # 4 + 0.5 = 4.5 / 7 = 64.29
    for grade in grades:
        state = record_answer(
            database, pilot, state.session_id, state.current.position, grade=grade
        )
    assert state.current is None
    finish_session(database, pilot, state.session_id)
    assert session_results(database, pilot, state.session_id).score == 64


def test_results_by_area_and_task(database: Database, pilot: int) -> None:
    state = start_session(database, pilot, PRIVATE, areas=("PA.I", "PA.II"), seed=5)
    while state.current is not None:
        grade = "U" if state.current.question.codes[0].startswith("PA.II.") else "S"
        state = record_answer(
            database, pilot, state.session_id, state.current.position, grade=grade
        )
    finish_session(database, pilot, state.session_id)
    results = session_results(database, pilot, state.session_id)
    scores = {g.code: g.tally.score for g in results.areas}
    assert scores == {"PA.I": 100, "PA.II": 0}
    assert [t.code for t in results.tasks][:3] == ["PA.I.A", "PA.I.B", "PA.I.C"]
    assert results.areas[0].name == "Preflight Preparation"


def test_flag_is_committed_at_once_and_shown_in_results(database: Database, pilot: int) -> None:
    state = start_session(database, pilot, PRIVATE, areas=("PA.III",), seed=1)
    set_flag(database, pilot, state.session_id, state.current.position, True)
    assert session_state(database, pilot, state.session_id).current.flagged
    record_answer(database, pilot, state.session_id, 0, grade="S", flagged=True)
    assert session_results(database, pilot, state.session_id).flagged == 1


def test_a_finished_session_takes_no_more_answers(database: Database, pilot: int) -> None:
    state = start_session(database, pilot, PRIVATE, areas=("PA.III",), seed=1)
    finish_session(database, pilot, state.session_id)
    with pytest.raises(ValidationError):
        record_answer(database, pilot, state.session_id, 0, grade="S")


def test_history_lists_finished_sessions_newest_first(database: Database, pilot: int) -> None:
    first = start_session(database, pilot, PRIVATE, areas=("PA.III",), seed=1)
    record_answer(database, pilot, first.session_id, 0, grade="S")
    finish_session(database, pilot, first.session_id)
    second = start_session(database, pilot, PRIVATE, areas=("PA.III",), seed=1)
    record_answer(database, pilot, second.session_id, 0, grade="U")
    finish_session(database, pilot, second.session_id)
    open_one = start_session(database, pilot, PRIVATE, areas=("PA.I",), seed=1)
    entries = history(database, pilot)
    assert [(e.session_id, e.score) for e in entries] == [
        (second.session_id, 0),
        (first.session_id, 100),
    ]
    assert [s.session_id for s in unfinished_sessions(database, pilot)] == [open_one.session_id]


def test_another_profile_cannot_see_or_answer(database: Database, pilot: int) -> None:
    state = start_session(database, pilot, PRIVATE, areas=("PA.III",), seed=1)
    other = new_pilot(database, "other@example.com")
    with pytest.raises(NotFoundError):
        record_answer(database, other, state.session_id, 0, grade="S")
    assert history(database, other) == []


def test_a_time_limit_samples_every_task_before_repeating_one(
    database: Database, pilot: int
) -> None:
    # 4 minutes at 1.5 minutes a question: 2 questions; PA.I has tasks A, B (2 each) and
    # a 3-question scenario in C. Round one takes A's first and B's first: budget used.
    state = start_session(database, pilot, PRIVATE, areas=("PA.I",), time_limit_minutes=4, seed=9)
    uids = [s.current.question.uid for s in asked_order(database, pilot, state)]
    assert [uid.rsplit("-", 1)[0] for uid in uids] == ["t-0-0", "t-0-1"]
    longer = start_session(database, pilot, PRIVATE, areas=("PA.I",), time_limit_minutes=6, seed=9)
    uids = [s.current.question.uid for s in asked_order(database, pilot, longer)]
    # Budget 4: A, B, then the whole scenario (never split) in examiner order.
    assert len(uids) == 5 and uids[2:] == ["t-scn-1-q1", "t-scn-1-q2", "t-scn-1-q3"]
