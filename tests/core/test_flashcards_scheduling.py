"""The rules derived from FSRS: proficiency, known, study-day bounds, grade outcomes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from studyapp.core.accounts.preferences import RETENTION_MAX, RETENTION_MIN
from studyapp.core.flashcards import scheduling
from studyapp.core.flashcards.models import STATE_NEW, STATE_RELEARNING, STATE_REVIEW
from studyapp.core.flashcards.queue import day_bounds

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("state", "stability", "score"),
    [(STATE_NEW, None, 0), (STATE_REVIEW, 30.0, 50), (STATE_REVIEW, 90.0, 75), (1, 0.2, 1)],
)
def test_proficiency_grows_with_stability(state: int, stability: float | None, score: int) -> None:
    assert scheduling.proficiency_score(state, stability) == score


def test_known_means_a_review_card_that_lasts_three_weeks() -> None:
    assert scheduling.is_known(STATE_REVIEW, 21.0)
    assert not scheduling.is_known(STATE_REVIEW, 20.9)
    assert not scheduling.is_known(STATE_RELEARNING, 200.0)


def test_the_study_day_starts_at_four_in_the_local_zone() -> None:
    denver = timezone(timedelta(hours=-7))
    late = datetime(2026, 3, 10, 1, 30, tzinfo=denver)  # still "the 9th" for the pilot
    start, end = day_bounds(late)
    assert start == datetime(2026, 3, 9, 4, 0, tzinfo=denver)
    assert end - start == timedelta(days=1)
    assert day_bounds(datetime(2026, 3, 10, 4, 0, tzinfo=denver))[0].day == 10


def test_outcomes_are_reproducible_and_never_shrink_with_a_better_grade() -> None:
    scheduler = scheduling.make_scheduler(0.9)
    memory = scheduling.Memory(
        state=STATE_REVIEW, step=None, due=NOW, stability=3.0, difficulty=9.5,
        last_reviewed=NOW - timedelta(days=3),
    )  # fmt: skip
    first = scheduling.outcomes(scheduler, memory, card_id=7, author_difficulty=2, now=NOW)
    again = scheduling.outcomes(scheduler, memory, card_id=7, author_difficulty=2, now=NOW)
    assert first == again
    days = [o.interval for o in first]
    assert days == sorted(days) and len(set(days)) == 4


def test_retention_outside_what_fsrs_handles_is_clamped() -> None:
    assert scheduling.make_scheduler(0.2).desired_retention == RETENTION_MIN
    assert scheduling.make_scheduler(1.0).desired_retention == RETENTION_MAX
