"""FSRS for one card: what each of the four grades would do, and the rules derived from it.

Pure functions over plain values (no database), so the review service, the
preview buttons and the tests all compute exactly the same outcome.

Fuzz: FSRS spreads review intervals a little so cards learnt together do not
all come due on the same day. The fsrs package draws that fuzz at random,
which would make the interval shown on a grade button differ from the one the
answer then gives; here it is drawn from a generator seeded by the card and its
last review, so preview and answer agree exactly.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from fsrs import Card, Rating, Scheduler, State
from fsrs.scheduler import FUZZ_RANGES

from studyapp.core.accounts.preferences import RETENTION_MAX, RETENTION_MIN
from studyapp.core.flashcards.models import (
    DIFFICULTY_EASY,
    DIFFICULTY_HARD,
    STATE_NEW,
    STATE_REVIEW,
)

log = logging.getLogger(__name__)

RATINGS = (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy)
# The author's 1-3 rating nudges FSRS's first difficulty estimate (scale 1-10) by
# this much; every later answer moves difficulty by FSRS's own rule only.
AUTHOR_DIFFICULTY_OFFSET = {DIFFICULTY_EASY: -1.0, 2: 0.0, DIFFICULTY_HARD: 1.0}
# Proficiency reaches 50 when the memory lasts this many days at 90% recall.
PROFICIENCY_HALF_DAYS = 30.0
# A card counts as known once FSRS expects it to last three weeks (Anki's "mature").
KNOWN_STABILITY_DAYS = 21.0


@dataclass(frozen=True)
class Memory:
    """A card's scheduling state as flashcard_usage stores it (STATE_NEW when no row)."""

    state: int = STATE_NEW
    step: int | None = None
    due: datetime | None = None
    stability: float | None = None
    difficulty: float | None = None
    last_reviewed: datetime | None = None


NEW_CARD = Memory()


@dataclass(frozen=True)
class Outcome:
    """What answering with ``rating`` at ``reviewed_at`` does to the card."""

    rating: int
    reviewed_at: datetime
    state: int
    step: int | None
    due: datetime
    stability: float
    difficulty: float

    @property
    def interval(self) -> timedelta:
        return self.due - self.reviewed_at

    @property
    def proficiency(self) -> int:
        return proficiency_score(self.state, self.stability)

    @property
    def known(self) -> bool:
        return is_known(self.state, self.stability)


def make_scheduler(
    desired_retention: float = 0.9,
    parameters: tuple[float, ...] | None = None,
    *,
    strict: bool = False,
) -> Scheduler:
    """An FSRS scheduler; retention is kept within the range FSRS is sensible in.

    ``parameters`` are the profile's fitted weights (optimizer.py), None for
    FSRS's defaults. Weights the fsrs package refuses (a wrong count, a value
    out of its bounds, e.g. from a newer FSRS version) fall back to the
    defaults, so reviewing never stops over them; ``strict`` raises ValueError instead.
    """
    retention = min(max(desired_retention, RETENTION_MIN), RETENTION_MAX)
    if parameters is not None:
        try:
            return Scheduler(parameters, desired_retention=retention, enable_fuzzing=False)
        except ValueError:
            if strict:
                raise
            log.warning("stored FSRS parameters refused; using the defaults")
    return Scheduler(desired_retention=retention, enable_fuzzing=False)


def proficiency_score(state: int, stability: float | None) -> int:
    """0-100 from FSRS stability S (days until recall probability falls to 90%).

    ``100 * S / (S + 30)``: 0 for a new card, about 3 after a first "Again",
    50 when the memory lasts a month, 75 at three months, 92 at a year. Stability
    rather than today's retrievability, so the score describes how durable the
    memory is, not how long ago the card was last seen.
    """
    if state == STATE_NEW or not stability:
        return 0
    return round(100 * stability / (stability + PROFICIENCY_HALF_DAYS))


def is_known(state: int, stability: float | None) -> bool:
    """Flashcard.status (known): in the review state with stability of 21 days or more.

    A lapse (Again on a known card) moves it to relearning, so it is no longer known.
    """
    return state == STATE_REVIEW and (stability or 0.0) >= KNOWN_STABILITY_DAYS


def outcomes(
    scheduler: Scheduler,
    memory: Memory,
    *,
    card_id: int,
    author_difficulty: int,
    now: datetime,
    up_to: Rating = Rating.Easy,
) -> list[Outcome]:
    """The outcomes of Again..``up_to``, with intervals that never shrink with a better grade."""
    now = now.astimezone(UTC)
    card = _fsrs_card(memory, card_id, now)
    fuzz = random.Random(_fuzz_seed(card_id, memory)).random()
    results: list[Outcome] = []
    for rating in RATINGS[:up_to]:
        reviewed, _ = scheduler.review_card(card, rating, now)
        if memory.state == STATE_NEW:
            reviewed.difficulty = _with_author_prior(reviewed.difficulty, author_difficulty)
        due = _fuzzed_due(scheduler, reviewed, now, fuzz)
        if results and due <= results[-1].due:
            due = results[-1].due + timedelta(days=1)
        results.append(_outcome(rating, now, reviewed, due))
    return results


def outcome(
    scheduler: Scheduler,
    memory: Memory,
    rating: int,
    *,
    card_id: int,
    author_difficulty: int,
    now: datetime,
) -> Outcome:
    """The outcome of one grade (computing the lower grades it must not fall below)."""
    return outcomes(
        scheduler,
        memory,
        card_id=card_id,
        author_difficulty=author_difficulty,
        now=now,
        up_to=Rating(rating),
    )[-1]


def retrievability(scheduler: Scheduler, memory: Memory, now: datetime) -> float:
    """FSRS's probability that the card is recalled at ``now`` (0 for a new card)."""
    if memory.state == STATE_NEW:
        return 0.0
    return scheduler.get_card_retrievability(_fsrs_card(memory, 0, now), now.astimezone(UTC))


def _fsrs_card(memory: Memory, card_id: int, now: datetime) -> Card:
    if memory.state == STATE_NEW:
        return Card(card_id=card_id, state=State.Learning, step=0, due=now)
    return Card(
        card_id=card_id,
        state=State(memory.state),
        step=memory.step,
        stability=memory.stability,
        difficulty=memory.difficulty,
        due=memory.due or now,
        last_review=memory.last_reviewed,
    )


def _with_author_prior(difficulty: float | None, author_difficulty: int) -> float:
    offset = AUTHOR_DIFFICULTY_OFFSET.get(author_difficulty, 0.0)
    return min(max((difficulty or 5.0) + offset, 1.0), 10.0)


def _fuzz_seed(card_id: int, memory: Memory) -> int:
    last = memory.last_reviewed
    return card_id * 1_000_003 + (int(last.timestamp()) if last else 0)


def _fuzzed_due(scheduler: Scheduler, card: Card, now: datetime, fuzz: float) -> datetime:
    """FSRS's fuzz (the package's ranges) with a reproducible draw ``fuzz`` in [0, 1)."""
    days = (card.due - now).days
    if card.state != State.Review or days < 3:
        return card.due
    delta = 1.0
    for fuzz_range in FUZZ_RANGES:
        delta += fuzz_range["factor"] * max(min(days, fuzz_range["end"]) - fuzz_range["start"], 0)
    low = max(2, round(days - delta))
    high = min(round(days + delta), scheduler.maximum_interval)
    low = min(low, high)
    fuzzed = min(round(low + fuzz * (high - low + 1) - 0.5), scheduler.maximum_interval)
    return now + timedelta(days=max(fuzzed, low))


def _outcome(rating: Rating, now: datetime, card: Card, due: datetime) -> Outcome:
    return Outcome(
        rating=int(rating),
        reviewed_at=now,
        state=int(card.state),
        step=card.step,
        due=due,
        stability=float(card.stability or 0.0),
        difficulty=float(card.difficulty or 0.0),
    )
