""" "Optimise my parameters": FSRS weights fitted to a simulated pilot's review history.

The learner's memory follows FSRS with its own "true" weights (it forgets new
cards faster than FSRS's defaults assume); the app schedules with its defaults,
as it does before any optimisation, and every answer goes through the real
review engine into the review log. The optimiser should then learn weights
that predict that history better than the defaults did.
"""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Card, Rating, Scheduler

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.flashcards.fsrs_parameters import stored_parameters
from studyapp.core.flashcards.optimizer import (
    MIN_REVIEWS,
    TooFewReviews,
    items_from_history,
    optimize_parameters,
    training_review_count,
    training_sequences,
)
from studyapp.core.flashcards.review import answer_on
from studyapp.core.flashcards.scheduling import make_scheduler
from studyapp.core.flashcards.session import review_settings
from studyapp.core.flashcards.sets import create_set
from studyapp.core.flashcards.sqltime import raw_transaction, to_db

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
# FSRS-6 defaults, with first-day memories about a third as stable and slower growth.
TRUE_WEIGHTS = (
    0.08, 0.4, 0.8, 3.0, 6.4133, 0.8334, 3.0194, 0.001, 1.4, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
)  # fmt: skip


def add_cards(db: Database, user_id: int, count: int) -> list[int]:
    set_id = create_set(db, user_id, "Simulated").id
    with raw_transaction(db) as conn:
        conn.executemany(
            "INSERT INTO flashcard (user_id, set_id, question, answer, difficulty, status,"
            " created_at, times_used) VALUES (?, ?, ?, ?, 1, 0, ?, 0)",
            [(user_id, set_id, f"Q{n}", f"A{n}", to_db(START)) for n in range(count)],
        )
        rows = conn.execute("SELECT id FROM flashcard WHERE set_id = ? ORDER BY id", (set_id,))
        return [row[0] for row in rows]


class Learner:
    """Recalls each card with the probability its true FSRS memory gives, and grades honestly."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.truth = Scheduler(TRUE_WEIGHTS, enable_fuzzing=False)
        self.memory: dict[int, Card] = {}

    def grade(self, card_id: int, now: datetime) -> int:
        card = self.memory.get(card_id)
        if card is None:
            rating = self.rng.choices((1, 2, 3, 4), weights=(0.25, 0.15, 0.5, 0.1))[0]
            card = Card(card_id=card_id)
        else:
            recalled = self.rng.random() < self.truth.get_card_retrievability(card, now)
            rating = self.rng.choices((2, 3, 4), (0.15, 0.75, 0.1))[0] if recalled else 1
        self.memory[card_id], _ = self.truth.review_card(card, Rating(rating), now)
        return rating


def simulate(db: Database, user_id: int, cards: int, days: int, seed: int = 7) -> int:
    """``days`` of daily study, 8 new cards a day, through the real review engine."""
    learner, scheduler = Learner(seed), make_scheduler()
    new = add_cards(db, user_id, cards)
    answers = 0
    for day in range(days):
        today = START + timedelta(days=day)
        fresh = set(new[day * 8 : day * 8 + 8])
        for step in range(6):  # a sitting, then the learning steps coming back
            now = today + timedelta(minutes=12 * step)
            with raw_transaction(db) as conn:
                due = [
                    row[0]
                    for row in conn.execute(
                        "SELECT flashcard_id FROM flashcard_usage"
                        " WHERE user_id = ? AND next_review_due <= ?",
                        (user_id, to_db(now)),
                    )
                ]
                for card_id in [*due, *(fresh if step == 0 else ())]:
                    rating = learner.grade(card_id, now)
                    answer_on(conn, user_id, card_id, rating, 4000, scheduler, now)
                    answers += 1
    return answers


@pytest.fixture
def user_id(database: Database) -> int:
    return create_profile(database, "pilot@example.com", "Bessie", "Coleman").id


def test_too_few_reviews_are_refused_saying_how_many_are_needed(
    database: Database, user_id: int
) -> None:
    simulate(database, user_id, cards=16, days=6)
    found = training_review_count(database, user_id)
    assert 0 < found < MIN_REVIEWS
    with pytest.raises(TooFewReviews) as caught:
        optimize_parameters(database, user_id)
    assert (caught.value.found, caught.value.needed) == (found, MIN_REVIEWS)
    assert caught.value.errors == {"reviews": "too_few"}
    assert stored_parameters(database, user_id) is None


def test_fitted_weights_predict_the_history_better_and_drive_the_scheduler(
    database: Database, user_id: int
) -> None:
    answers = simulate(database, user_id, cards=240, days=60)
    started = time.perf_counter()
    result = optimize_parameters(database, user_id)
    seconds = time.perf_counter() - started
    loss = f"{result.log_loss_before:.4f} -> {result.log_loss_after:.4f}"
    print(f"\n{answers} answers, {result.review_count} training reviews, {loss}, {seconds:.2f} s")
    assert result.review_count >= MIN_REVIEWS
    assert result.saved and result.log_loss_after < result.log_loss_before
    assert 0 < result.improvement < 1
    stored = stored_parameters(database, user_id)
    assert stored is not None
    assert stored.parameters == pytest.approx(result.parameters)
    assert (stored.review_count, stored.log_loss_after) == (
        result.review_count,
        pytest.approx(result.log_loss_after),
    )
    # The learner's first memories are weaker than the defaults say; the fit sees it.
    defaults = Scheduler().parameters
    assert result.parameters[2] < defaults[2]  # initial stability after "Good"
    scheduler = review_settings(database, user_id).scheduler
    assert tuple(scheduler.parameters) == pytest.approx(result.parameters)
    # Optimising again starts from the fitted weights: "before" is their loss now.
    again = optimize_parameters(database, user_id)
    assert again.log_loss_before == pytest.approx(result.log_loss_after, rel=1e-4)


def test_items_follow_study_days_and_skip_same_day_answers() -> None:
    first = START
    answers = [
        (first, 3),
        (first + timedelta(minutes=10), 3),  # same day: history, not a training item
        (first + timedelta(days=2), 1),
        (first + timedelta(days=2, minutes=10), 3),
        (first + timedelta(days=5), 3),
    ]
    assert len(items_from_history([answers])) == 2
    assert training_sequences([answers]) == [
        [(3, 0), (3, 0), (1, 2)],
        [(3, 0), (3, 0), (1, 2), (3, 0), (3, 3)],
    ]


def test_a_card_whose_first_answers_are_missing_is_left_out(
    database: Database, user_id: int
) -> None:
    simulate(database, user_id, cards=16, days=10)
    full = training_review_count(database, user_id)
    with sqlite3.connect(database.path) as conn:
        first = conn.execute("SELECT min(id) FROM review_log").fetchone()[0]
        card = conn.execute("SELECT flashcard_id FROM review_log WHERE id = ?", (first,))
        card_id = card.fetchone()[0]
        own = conn.execute(
            "SELECT count(*) FROM review_log WHERE flashcard_id = ?", (card_id,)
        ).fetchone()[0]
        conn.execute("DELETE FROM review_log WHERE id = ?", (first,))
    assert own > 1
    assert training_review_count(database, user_id) < full


def test_stored_weights_the_engine_refuses_fall_back_to_the_defaults() -> None:
    scheduler = make_scheduler(0.9, (1.0,) * 5)
    assert tuple(scheduler.parameters) == tuple(Scheduler().parameters)
    with pytest.raises(ValueError):
        make_scheduler(0.9, (1.0,) * 5, strict=True)
