"""A review session: the queue of one sitting, answered one card at a time.

The queue is read once when the session starts (review cards due today in due
order, then new cards up to the day's limit); after that each step touches one
card by primary key. Cards in (re)learning come back within the sitting when
their short step is up, as in Anki. Not thread-safe: the GUI drives one session
from its single writer task.
"""

from __future__ import annotations

import heapq
import sqlite3
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from fsrs import Scheduler

from studyapp.core.accounts.preferences import NEW_CARDS_PER_DAY_MAX, get_preferences
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError
from studyapp.core.flashcards.cards import ReviewCard, load_review_card, review_card
from studyapp.core.flashcards.fsrs_parameters import profile_weights
from studyapp.core.flashcards.models import STATE_REVIEW
from studyapp.core.flashcards.queue import (
    ReviewScope,
    day_bounds,
    local_now,
    new_cards_introduced,
    queue_rows,
)
from studyapp.core.flashcards.review import Answer, answer_on
from studyapp.core.flashcards.scheduling import make_scheduler
from studyapp.core.flashcards.sqltime import from_db, transaction_without_checkpoint
from studyapp.core.flashcards.summary import SessionSummary, session_summary
from studyapp.core.flashcards.undo import undo_answer

# With nothing else left, a learning card due within this long is shown early
# rather than making the pilot wait (Anki's "learn ahead limit").
LEARN_AHEAD = timedelta(minutes=20)
# Answers commit without checkpointing the WAL (see transaction_without_checkpoint);
# the caller runs sqltime.checkpoint_wal off the hot path after this many of them.
# Durability: each answer is committed (survives an app crash) before the next card
# shows; with synchronous=NORMAL the WAL reaches the disk at a checkpoint, so a power
# cut can lose at most the answers since the last one (SQLite's own every-1000-pages
# checkpoint came every ~100-200 answers on a 100,000-card profile).
CHECKPOINT_EVERY = 50


@dataclass(frozen=True)
class ReviewSettings:
    scheduler: Scheduler
    new_cards_per_day: int


def review_settings(db: Database, user_id: int) -> ReviewSettings:
    """The profile's scheduler (its desired retention and fitted weights) and new-card limit."""
    preferences = get_preferences(db, user_id)
    limit = min(max(preferences.new_cards_per_day, 0), NEW_CARDS_PER_DAY_MAX)
    weights = profile_weights(db, user_id)  # fitted by "Optimise my parameters", if ever
    return ReviewSettings(make_scheduler(preferences.desired_retention, weights), limit)


class ReviewSession:
    """One sitting of reviews over a scope; see start_review."""

    def __init__(
        self, db: Database, user_id: int, settings: ReviewSettings, started: datetime
    ) -> None:
        self.db, self.user_id, self.settings, self.started = db, user_id, settings, started
        self._queue: deque[int] = deque()
        self._learning: list[tuple[datetime, int]] = []  # heap of (due, card id)
        self._answered: list[Answer] = []
        self._current: int | None = None
        self._prefetched: ReviewCard | None = None
        _, self._day_end = day_bounds(started)

    @property
    def remaining(self) -> int:
        """Cards still queued, not counting the one being shown."""
        return len(self._queue) + len(self._learning)

    def load(self, scope: ReviewScope, now: datetime) -> None:
        with self.db.session() as session:
            introduced = new_cards_introduced(session, self.user_id, now)
            limit = max(self.settings.new_cards_per_day - introduced, 0)
            rows = queue_rows(session, self.user_id, scope, now, limit)
        self._queue.extend(rows.review_ids)
        for due, card_id in rows.learning:
            when = from_db(due)
            assert when is not None
            heapq.heappush(self._learning, (when, card_id))
        self._queue.extend(rows.new_ids)

    def next_card(self, now: datetime | None = None) -> ReviewCard | None:
        """The card to show now (the same one until it is answered), or None when done."""
        now = now or datetime.now(UTC)
        while True:
            if self._current is None:
                self._current = self._pop_next(now)
            if self._current is None:
                return None
            prefetched, self._prefetched = self._prefetched, None
            if prefetched is not None and prefetched.card_id == self._current:
                return prefetched
            try:
                return review_card(
                    self.db, self.user_id, self._current, self.settings.scheduler, now
                )
            except NotFoundError:  # deleted (e.g. from the browser) since the queue was built
                self._current = None

    def next_learning_due(self) -> datetime | None:
        """When the next learning card comes back, if the session is waiting for one."""
        return self._learning[0][0] if self._learning else None

    def _pop_next(self, now: datetime) -> int | None:
        if self._learning and self._learning[0][0] <= now:
            return heapq.heappop(self._learning)[1]
        if self._queue:
            return self._queue.popleft()
        if self._learning and self._learning[0][0] <= now + LEARN_AHEAD:
            return heapq.heappop(self._learning)[1]
        return None

    def _peek_next(self, now: datetime, returning: tuple[datetime, int] | None) -> int | None:
        """What _pop_next would give once ``returning`` (a learning card) is queued."""
        learning = min(self._learning[:1] + ([returning] if returning else []), default=None)
        if learning is not None and learning[0] <= now:
            return learning[1]
        if self._queue:
            return self._queue[0]
        if learning is not None and learning[0] <= now + LEARN_AHEAD:
            return learning[1]
        return None

    def answer(self, rating: int, duration_ms: int | None, now: datetime | None = None) -> Answer:
        """Grade the card shown by next_card; committed before this returns.

        The same transaction reads the card that comes next, so answer + next
        card costs one round trip to the database, not two. The commit leaves the
        WAL as it is: when ``checkpoint_due`` says so, the caller runs
        ``sqltime.checkpoint_wal`` on another thread.
        """
        if self._current is None:
            raise RuntimeError("answer() before next_card() showed a card")
        now = (now or datetime.now(UTC)).astimezone(UTC)
        scheduler = self.settings.scheduler
        with transaction_without_checkpoint(self.db) as conn:
            result = answer_on(
                conn, self.user_id, self._current, rating, duration_ms, scheduler, now
            )
            returning = self._returns_today(result)
            prefetched = self._prefetch(conn, self._peek_next(now, returning), now)
        self._answered.append(result)
        if returning is not None:
            heapq.heappush(self._learning, returning)
        self._current, self._prefetched = None, prefetched
        return result

    def _returns_today(self, result: Answer) -> tuple[datetime, int] | None:
        """A card still (re)learning comes back this session if due before the day ends."""
        due = result.outcome.due
        if result.outcome.state != STATE_REVIEW and due < self._day_end:
            return due, result.card_id
        return None

    def _prefetch(
        self, conn: sqlite3.Connection, card_id: int | None, now: datetime
    ) -> ReviewCard | None:
        if card_id is None:
            return None
        try:
            return load_review_card(conn, self.user_id, card_id, self.settings.scheduler, now)
        except NotFoundError:
            return None

    @property
    def checkpoint_due(self) -> bool:
        """Whether the answers since the last checkpoint call for one (every CHECKPOINT_EVERY)."""
        return bool(self._answered) and len(self._answered) % CHECKPOINT_EVERY == 0

    @property
    def can_undo(self) -> bool:
        return bool(self._answered)

    def undo(self) -> int:
        """Undo this session's last answer; that card becomes the one shown next."""
        last = self._answered[-1]
        undo_answer(self.db, self.user_id, last.log_id)
        self._answered.pop()
        self._prefetched = None
        self._learning = [item for item in self._learning if item[1] != last.card_id]
        heapq.heapify(self._learning)
        if self._current is not None:
            self._queue.appendleft(self._current)
        self._current = last.card_id
        return last.card_id

    def summary(self) -> SessionSummary:
        return session_summary(self.db, self.user_id, self.started)


def start_review(
    db: Database,
    user_id: int,
    scope: ReviewScope | None = None,
    now: datetime | None = None,
    settings: ReviewSettings | None = None,
) -> ReviewSession:
    """Open a review of ``scope`` (default: everything due) for the profile."""
    now = now or local_now()
    session = ReviewSession(db, user_id, settings or review_settings(db, user_id), now)
    session.load(scope or ReviewScope(), now)
    return session
