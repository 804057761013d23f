"""Drives one review session from the GUI: every step runs on the single writer task.

A step is "do this, then fetch the card to show": answer + next card is one
sub-millisecond call on the writer (the engine reads the next card in the
answer's own transaction), so the next card is on screen within a frame.
Answers commit without checkpointing the WAL; every CHECKPOINT_EVERY answers and
at the end, a checkpoint runs on a reader thread instead.
The ReviewSession object is only ever touched on the writer thread, one task
at a time, which is what its "not thread-safe" asks for.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from studyapp.core.flashcards.cards import ReviewCard
from studyapp.core.flashcards.queue import ReviewScope
from studyapp.core.flashcards.session import ReviewSession, start_review
from studyapp.core.flashcards.sqltime import checkpoint_wal
from studyapp.core.flashcards.summary import SessionSummary
from studyapp.ui.context import ProfileSession


@dataclass(frozen=True)
class Step:
    """What the screen shows next: the card (None when done) and how many are left with it."""

    card: ReviewCard | None
    left: int
    can_undo: bool
    #: The WAL is due a checkpoint (run on a reader thread, off the answer's path).
    checkpoint: bool = False


def next_step(review: ReviewSession) -> Step:
    card = review.next_card()
    return Step(card, review.remaining + (1 if card is not None else 0), review.can_undo)


def open_review(db: Any, user_id: int, scope: ReviewScope) -> tuple[ReviewSession, Step]:
    review = start_review(db, user_id, scope)
    return review, next_step(review)


def answer_and_next(review: ReviewSession, rating: int, duration_ms: int) -> Step:
    review.answer(rating, duration_ms)
    return replace(next_step(review), checkpoint=review.checkpoint_due)


def undo_and_next(review: ReviewSession) -> Step:
    review.undo()
    return next_step(review)


class ReviewController(QObject):
    """Signals arrive on the GUI thread; requests made while a step runs are dropped."""

    card_ready = Signal(object)  # Step with a card
    finished = Signal(object, int)  # SessionSummary (None: nothing answered), wall-clock ms
    nothing_due = Signal()
    failed = Signal(object)  # Exception

    def __init__(self, session: ProfileSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.review: ReviewSession | None = None
        self.step: Step | None = None
        self.pending = False
        self._started = 0.0
        self._shown_at = 0.0

    @property
    def active(self) -> bool:
        return self.review is not None

    def start(self, scope: ReviewScope) -> None:
        if self.pending:
            return
        self._started = time.monotonic()
        db, user_id = self.session.database, self.session.user_id
        self._submit(open_review, db, user_id, scope, then=self._opened)

    def answer(self, rating: int) -> None:
        if self.review is None or self.pending or self.step is None or self.step.card is None:
            return
        duration_ms = round((time.monotonic() - self._shown_at) * 1000)
        self._submit(answer_and_next, self.review, rating, duration_ms, then=self._show)

    def undo(self) -> None:
        if self.review is not None and not self.pending and self.review.can_undo:
            self._submit(undo_and_next, self.review, then=self._show)

    def reload_card(self) -> None:
        """Show the current card again (after an edit): next_card re-reads it."""
        if self.review is not None and not self.pending:
            self._submit(next_step, self.review, then=self._show)

    def end(self) -> None:
        """Finish now: the summary of what was answered, or straight back if nothing was."""
        review = self.review
        if review is None or self.pending:
            return
        if not review.can_undo:
            self.review, self.step = None, None
            self.finished.emit(None, 0)  # nothing answered: no summary to show
            return
        self._submit(review.summary, then=self._summarised)

    def _submit(self, fn: Callable[..., Any], *args: Any, then: Callable[[Any], None]) -> None:
        self.pending = True
        self.session.tasks.submit(fn, *args, on_result=self._done(then), on_error=self._failed)

    def _done(self, then: Callable[[Any], None]) -> Callable[[Any], None]:
        def deliver(value: Any) -> None:
            self.pending = False
            then(value)

        return deliver

    def _opened(self, result: tuple[ReviewSession, Step]) -> None:
        self.review, step = result
        if step.card is None:
            self.review = None
            self.nothing_due.emit()
            return
        self._show(step)

    def _show(self, step: Step) -> None:
        self.step = step
        if step.checkpoint:
            self._checkpoint()
        if step.card is None:
            self.end()
            return
        self._shown_at = time.monotonic()
        self.card_ready.emit(step)

    def _checkpoint(self) -> None:
        self.session.tasks.submit(checkpoint_wal, self.session.database, write=False)

    def _summarised(self, summary: SessionSummary) -> None:
        self._checkpoint()
        self.review, self.step = None, None
        self.finished.emit(summary, round((time.monotonic() - self._started) * 1000))

    def _failed(self, error: Exception) -> None:
        self.pending = False
        self.failed.emit(error)
