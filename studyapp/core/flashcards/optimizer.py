""" "Optimise my parameters": fit FSRS's weights to the profile's own review history.

The review log becomes FSRS training items the way Anki builds them: for each
card whose whole history is here (its first logged answer found it new), every
answer given on a later study day than the one before it is one item, whose
reviews are the card's answers up to and including it, each with the whole days
since the previous one (0 on the same day). fsrs-rs (``fsrs-rs-python``, no
torch) fits the weights; both the weights in use and the fitted ones are then
scored by log loss on that same history, and the fitted ones are kept only when
they predict it better. The review engine picks them up at the next session
(session.review_settings -> scheduling.make_scheduler).

Runs on the caller's thread and takes a few seconds for a few thousand
reviews: the GUI calls it on the writer task.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS, FSRSItem, FSRSReview

from studyapp.core.db import Database
from studyapp.core.errors import ValidationError
from studyapp.core.flashcards.fsrs_parameters import profile_weights
from studyapp.core.flashcards.models import STATE_NEW
from studyapp.core.flashcards.queue import DAY_ROLLOVER_HOUR
from studyapp.core.flashcards.scheduling import make_scheduler
from studyapp.core.flashcards.sqltime import from_db, raw_transaction, to_db

# The fewest training reviews we fit on. Scored on the history it was fitted
# to, a fit "improves" log loss even on 100 reviews (seen on the simulated
# learners of tests/core/test_flashcards_optimizer.py), but with so few it
# follows the noise of a handful of cards. 400 is three to four weeks of daily
# study at the default 20 new cards a day; our own judgement, not an FSRS rule.
MIN_REVIEWS = 400

_HISTORY = """
    SELECT flashcard_id, reviewed_at, rating, state_before FROM review_log
    WHERE user_id = ? ORDER BY flashcard_id, reviewed_at, id"""
_UPSERT = """
    INSERT INTO fsrs_parameters (user_id, parameters, review_count, log_loss_before,
        log_loss_after, fitted_at)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (user_id) DO UPDATE SET parameters = excluded.parameters,
        review_count = excluded.review_count, log_loss_before = excluded.log_loss_before,
        log_loss_after = excluded.log_loss_after, fitted_at = excluded.fitted_at"""


class TooFewReviews(ValidationError):
    """Not enough history to fit: ``found`` training reviews of the ``needed``."""

    def __init__(self, found: int, needed: int) -> None:
        super().__init__({"reviews": "too_few"})
        self.found, self.needed = found, needed


@dataclass(frozen=True)
class OptimizeResult:
    review_count: int
    log_loss_before: float  # with the weights in use before (the defaults at first)
    log_loss_after: float  # with the fitted weights, on the same reviews
    parameters: tuple[float, ...]  # the weights in use from now on
    saved: bool  # False: the fit did not predict the history better, nothing changed

    @property
    def improvement(self) -> float:
        """Relative drop in log loss (0.12 = 12% lower), 0 when nothing was saved."""
        if not self.saved or self.log_loss_before <= 0:
            return 0.0
        return 1.0 - self.log_loss_after / self.log_loss_before


def study_day(moment: datetime) -> date:
    """The local study day of ``moment`` (days start at 4 a.m., as in the review queue)."""
    return (moment.astimezone() - timedelta(hours=DAY_ROLLOVER_HOUR)).date()


def training_sequences(
    histories: Iterable[list[tuple[datetime, int]]],
) -> list[list[tuple[int, int]]]:
    """(rating, days since the previous answer) sequences, one per training item.

    ``histories`` holds each card's answers (time, rating 1-4), oldest first.
    """
    sequences: list[list[tuple[int, int]]] = []
    for answers in histories:
        reviews: list[tuple[int, int]] = []
        previous: date | None = None
        for moment, rating in answers:
            day = study_day(moment)
            delta = (day - previous).days if previous is not None else 0
            reviews.append((rating, delta))
            if delta > 0:
                sequences.append(list(reviews))
            previous = day
    return sequences


def items_from_history(histories: Iterable[list[tuple[datetime, int]]]) -> list[FSRSItem]:
    """fsrs-rs training items (see training_sequences)."""
    return [
        FSRSItem([FSRSReview(rating, delta) for rating, delta in sequence])
        for sequence in training_sequences(histories)
    ]


def review_histories(db: Database, user_id: int) -> list[list[tuple[datetime, int]]]:
    """Each card's answers from the review log; cards whose start is not logged are left out."""
    histories: list[list[tuple[datetime, int]]] = []
    current_card, current = None, []
    with raw_transaction(db) as conn:
        rows = conn.execute(_HISTORY, (user_id,)).fetchall()
    for card_id, reviewed_at, rating, state_before in rows:
        if card_id != current_card:
            current_card, current = card_id, []
            if state_before == STATE_NEW:  # else the card's first answers are missing
                histories.append(current)
        moment = from_db(reviewed_at)
        assert moment is not None
        current.append((moment, int(rating)))
    return histories


def training_review_count(db: Database, user_id: int) -> int:
    """How many reviews a fit would train on (what MIN_REVIEWS is compared with)."""
    return len(training_sequences(review_histories(db, user_id)))


def optimize_parameters(
    db: Database, user_id: int, *, min_reviews: int = MIN_REVIEWS, now: datetime | None = None
) -> OptimizeResult:
    """Fit, score and (when better) store the profile's FSRS weights; TooFewReviews if it can't."""
    items = items_from_history(review_histories(db, user_id))
    if len(items) < min_reviews:
        raise TooFewReviews(len(items), min_reviews)
    current = profile_weights(db, user_id) or tuple(DEFAULT_PARAMETERS)
    fitted = tuple(FSRS(list(current)).compute_parameters(items))
    before = FSRS(list(current)).evaluate(items).log_loss
    after = FSRS(list(fitted)).evaluate(items).log_loss
    if not (after < before and _usable(fitted)):
        return OptimizeResult(len(items), before, after, current, saved=False)
    moment = to_db(now or datetime.now(UTC))
    with raw_transaction(db) as conn:
        conn.execute(_UPSERT, (user_id, json.dumps(fitted), len(items), before, after, moment))
    return OptimizeResult(len(items), before, after, fitted, saved=True)


def _usable(parameters: tuple[float, ...]) -> bool:
    """The review engine (the fsrs package) accepts these weights."""
    try:
        make_scheduler(0.9, parameters, strict=True)
    except ValueError:
        return False
    return True
