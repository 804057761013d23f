"""Reviewing flashcards with FSRS: queue, answer, log, undo, preview, summary (real SQLite)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from studyapp.core.accounts.preferences import get_preferences, save_preferences
from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.flashcards import review, scheduling, sqltime
from studyapp.core.flashcards import session as session_module
from studyapp.core.flashcards.cards import add_card, review_card
from studyapp.core.flashcards.models import Flashcard, FlashcardUsage
from studyapp.core.flashcards.queue import ReviewScope
from studyapp.core.flashcards.session import review_settings, start_review
from studyapp.core.flashcards.sets import create_category, create_set
from studyapp.core.flashcards.sqltime import checkpoint_wal
from studyapp.core.flashcards.undo import undo_answer

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4


@pytest.fixture
def user(database: Database) -> int:
    return create_profile(database, "pilot@example.com", "Amelia", "Earhart").id


@pytest.fixture
def set_id(database: Database, user: int) -> int:
    return create_set(database, user, "Private pilot").id


def new_card(db: Database, user: int, set_id: int, text: str = "Q", **kwargs: object) -> int:
    return add_card(db, user, set_id, text, f"answer to {text}", **kwargs)  # type: ignore[arg-type]


def reviewed_card(
    db: Database, user: int, set_id: int, due: datetime, stability: float = 10.0, **kwargs: object
) -> int:
    """A card already in FSRS's review state, last seen ``stability`` days before ``due``."""
    card_id = new_card(db, user, set_id, f"due {due:%d %H}", **kwargs)
    with db.session() as session:
        session.add(
            FlashcardUsage(
                flashcard_id=card_id,
                user_id=user,
                state=2,
                stability=stability,
                fsrs_difficulty=5.0,
                last_reviewed=due - timedelta(days=stability),
                next_review_due=due,
                proficiency_score=25,
            )
        )
    return card_id


def snapshot(db: Database) -> dict[str, list[tuple]]:
    with sqlite3.connect(db.path) as conn:
        tables = ("flashcard", "flashcard_usage", "review_log")
        result = {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}
    conn.close()
    return result


def usage_row(db: Database, card_id: int) -> FlashcardUsage | None:
    with db.session() as session:
        return session.query(FlashcardUsage).filter_by(flashcard_id=card_id).one_or_none()


def card_row(db: Database, card_id: int) -> Flashcard:
    with db.session() as session:
        card = session.get(Flashcard, card_id)
        assert card is not None
        return card


def walk(session_ids: object, db: Database, user: int, rating: int = EASY) -> list[int]:
    """Answer every card of a fresh review session with ``rating``; the ids in order shown."""
    review_session = start_review(db, user, session_ids, now=NOW)  # type: ignore[arg-type]
    shown = []
    while (card := review_session.next_card(NOW)) is not None:
        shown.append(card.card_id)
        review_session.answer(rating, 1000, NOW)
    return shown


def test_queue_shows_due_reviews_by_due_time_then_new_cards_up_to_the_limit(
    database: Database, user: int, set_id: int
) -> None:
    prefs = get_preferences(database, user)
    save_preferences(database, user, replace(prefs, new_cards_per_day=3))
    new_ids = [new_card(database, user, set_id, f"new {n}") for n in range(5)]
    later = reviewed_card(database, user, set_id, NOW - timedelta(hours=1))
    earlier = reviewed_card(database, user, set_id, NOW - timedelta(days=2))
    today = reviewed_card(database, user, set_id, NOW + timedelta(hours=6))  # same study day
    reviewed_card(database, user, set_id, NOW + timedelta(days=3))  # not due
    suspended = reviewed_card(database, user, set_id, NOW - timedelta(days=1))
    with database.session() as session:
        session.get(Flashcard, suspended).suspended = True  # type: ignore[union-attr]

    assert walk(ReviewScope(), database, user) == [earlier, later, today, *new_ids[:3]]
    # The three introduced today count against the limit: no new card is left today.
    assert walk(ReviewScope(), database, user) == []
    tomorrow = start_review(database, user, now=NOW + timedelta(days=1))
    assert tomorrow.next_card(NOW + timedelta(days=1)).card_id == new_ids[3]  # type: ignore[union-attr]


def test_a_card_inserted_without_a_usage_row_is_new_and_scheduled(
    database: Database, user: int, set_id: int
) -> None:
    # What other features do ("practise this"): insert only the seed's flashcard row.
    with database.session() as session:
        card = Flashcard(user_id=user, set_id=set_id, question="VFR fuel, day?", answer="30 min")
        session.add(card)
        session.flush()
        card_id = card.id
    review_session = start_review(database, user, now=NOW)
    shown = review_session.next_card(NOW)
    assert shown is not None and shown.card_id == card_id and shown.state == 0
    review_session.answer(GOOD, 3000, NOW)
    assert usage_row(database, card_id).state == 1  # type: ignore[union-attr]


def test_scope_limits_the_queue_to_sets_or_a_category(
    database: Database, user: int, set_id: int
) -> None:
    other_set = create_set(database, user, "Instrument").id
    weather = create_category(database, "Weather")
    in_set = new_card(database, user, set_id, "in set")
    in_other = new_card(database, user, other_set, "in other", category_id=weather)
    due_other = reviewed_card(database, user, other_set, NOW - timedelta(days=1))
    assert walk(ReviewScope(set_ids=(set_id,)), database, user) == [in_set]
    assert walk(ReviewScope(category_id=weather), database, user) == [in_other]
    assert walk(ReviewScope(set_ids=(set_id, other_set)), database, user) == [due_other]


def test_answer_updates_every_seed_field_and_writes_the_review_log(
    database: Database, user: int, set_id: int
) -> None:
    card_id = new_card(database, user, set_id, "Class B ceiling?")
    settings = review_settings(database, user)
    result = review.answer(database, user, card_id, GOOD, 4200, settings.scheduler, NOW)

    usage = usage_row(database, card_id)
    assert usage is not None
    assert (usage.state, usage.step, usage.reps, usage.lapses) == (1, 1, 1, 0)
    assert usage.last_reviewed == NOW
    assert usage.next_review_due == NOW + timedelta(minutes=10) == result.outcome.due
    assert usage.stability == pytest.approx(2.3065)
    assert usage.proficiency_score == round(100 * 2.3065 / (2.3065 + 30)) == 7
    card = card_row(database, card_id)
    assert (card.times_used, card.last_used, card.status) == (1, NOW, False)

    with sqlite3.connect(database.path) as conn:
        conn.row_factory = sqlite3.Row
        log = dict(conn.execute("SELECT * FROM review_log").fetchone())
    conn.close()
    assert log["id"] == result.log_id
    assert (log["flashcard_id"], log["user_id"], log["rating"], log["duration_ms"]) == (
        card_id,
        user,
        GOOD,
        4200,
    )
    assert log["reviewed_at"] == "2026-03-10 12:00:00.000000"
    assert (log["usage_created"], log["state_before"], log["stability_before"]) == (1, 0, None)
    assert (log["state_after"], log["step_after"]) == (1, 1)
    assert log["due_after"] == "2026-03-10 12:10:00.000000"
    assert log["stability_after"] == pytest.approx(2.3065)
    assert log["difficulty_after"] == pytest.approx(usage.fsrs_difficulty)


def test_a_durable_card_becomes_known_and_a_lapse_unknows_it(
    database: Database, user: int, set_id: int
) -> None:
    card_id = reviewed_card(database, user, set_id, NOW, stability=30.0)
    scheduler = review_settings(database, user).scheduler
    good = review.answer(database, user, card_id, GOOD, 2000, scheduler, NOW)
    assert good.outcome.stability >= scheduling.KNOWN_STABILITY_DAYS
    assert card_row(database, card_id).status is True
    assert usage_row(database, card_id).proficiency_score > 50  # type: ignore[union-attr]

    later = good.outcome.due
    again = review.answer(database, user, card_id, AGAIN, 2000, scheduler, later)
    assert again.outcome.state == 3  # relearning
    usage = usage_row(database, card_id)
    assert (usage.state, usage.lapses, usage.reps) == (3, 1, 2)  # type: ignore[union-attr]
    card = card_row(database, card_id)
    assert (card.status, card.times_used, card.last_used) == (False, 2, later)


@pytest.mark.parametrize("kind", ["new", "review"])
def test_undo_restores_the_card_exactly(
    database: Database, user: int, set_id: int, kind: str
) -> None:
    if kind == "new":
        card_id = new_card(database, user, set_id)
    else:
        card_id = reviewed_card(database, user, set_id, NOW, stability=30.0)
    scheduler = review_settings(database, user).scheduler
    review.answer(database, user, card_id, GOOD, 1000, scheduler, NOW - timedelta(days=1))
    before = snapshot(database)
    review.answer(database, user, card_id, AGAIN, 5000, scheduler, NOW)
    assert snapshot(database) != before
    assert undo_answer(database, user) == card_id
    assert snapshot(database) == before
    assert undo_answer(database, user) == card_id
    assert snapshot(database)["review_log"] == []


def test_only_the_latest_answer_of_a_card_can_be_undone(
    database: Database, user: int, set_id: int
) -> None:
    card_id = new_card(database, user, set_id)
    scheduler = review_settings(database, user).scheduler
    first = review.answer(database, user, card_id, GOOD, 1000, scheduler, NOW)
    review.answer(database, user, card_id, GOOD, 1000, scheduler, NOW + timedelta(minutes=10))
    with pytest.raises(ValidationError) as error:
        undo_answer(database, user, first.log_id)
    assert error.value.errors == {"undo": "not_latest"}
    with pytest.raises(NotFoundError):
        undo_answer(database, create_profile(database, "b@example.com", "B", "C").id)


def test_session_undo_shows_the_same_card_again(database: Database, user: int, set_id: int) -> None:
    first, second = new_card(database, user, set_id, "1"), new_card(database, user, set_id, "2")
    review_session = start_review(database, user, now=NOW)
    assert review_session.next_card(NOW).card_id == first  # type: ignore[union-attr]
    review_session.answer(EASY, 1000, NOW)
    assert review_session.next_card(NOW).card_id == second  # type: ignore[union-attr]
    assert review_session.undo() == first
    assert review_session.next_card(NOW).card_id == first  # type: ignore[union-attr]
    assert usage_row(database, first) is None
    review_session.answer(EASY, 1000, NOW)
    assert review_session.next_card(NOW).card_id == second  # type: ignore[union-attr]


def test_learning_cards_come_back_in_the_same_session(
    database: Database, user: int, set_id: int
) -> None:
    card_id = new_card(database, user, set_id)
    review_session = start_review(database, user, now=NOW)
    review_session.next_card(NOW)
    review_session.answer(AGAIN, 1000, NOW)  # back in one minute
    assert review_session.next_card(NOW).card_id == card_id  # type: ignore[union-attr]
    review_session.answer(EASY, 1000, NOW + timedelta(minutes=1))
    assert review_session.next_card(NOW + timedelta(minutes=1)) is None


@pytest.mark.parametrize("kind", ["new", "learning", "review", "relearning"])
def test_preview_intervals_grow_with_the_grade_and_match_the_answer(
    database: Database, user: int, set_id: int, kind: str
) -> None:
    card_id = reviewed_card(database, user, set_id, NOW, stability=4.0)
    if kind == "new":
        card_id = new_card(database, user, set_id)
    scheduler = review_settings(database, user).scheduler
    if kind in ("learning", "relearning"):
        rating = AGAIN if kind == "relearning" else GOOD
        review.answer(database, user, card_id, rating, 1000, scheduler, NOW - timedelta(hours=2))
    outcomes = review.preview(database, user, card_id, scheduler, NOW)
    intervals = [o.interval for o in outcomes]
    assert intervals == sorted(intervals) and len(set(intervals)) == 4, intervals
    for rating in (AGAIN, HARD, GOOD, EASY):
        result = review.answer(database, user, card_id, rating, 1000, scheduler, NOW)
        assert result.outcome == outcomes[rating - 1]
        undo_answer(database, user)


def test_author_difficulty_seeds_the_first_estimate_but_not_later_ones(
    database: Database, user: int, set_id: int
) -> None:
    easy = new_card(database, user, set_id, "easy", difficulty=1)
    hard = new_card(database, user, set_id, "hard", difficulty=3)
    scheduler = review_settings(database, user).scheduler
    first = [review.answer(database, user, c, GOOD, 1, scheduler, NOW) for c in (easy, hard)]
    assert first[1].outcome.difficulty - first[0].outcome.difficulty == pytest.approx(2.0)
    # Once reviewed, the same FSRS state gives the same outcome whatever the author said.
    seen_easy = reviewed_card(database, user, set_id, NOW, difficulty=1)
    seen_hard = reviewed_card(database, user, set_id, NOW, difficulty=3)
    a = review.answer(database, user, seen_easy, HARD, 1, scheduler, NOW).outcome
    b = review.answer(database, user, seen_hard, HARD, 1, scheduler, NOW).outcome
    assert (a.difficulty, a.stability) == (b.difficulty, b.stability)


def test_desired_retention_comes_from_the_profile(
    database: Database, user: int, set_id: int
) -> None:
    card_id = reviewed_card(database, user, set_id, NOW, stability=20.0)
    relaxed = review.preview(
        database, user, card_id, review_settings(database, user).scheduler, NOW
    )
    prefs = get_preferences(database, user)
    save_preferences(database, user, replace(prefs, desired_retention=0.97))
    strict_scheduler = review_settings(database, user).scheduler
    assert strict_scheduler.desired_retention == 0.97
    strict = review.preview(database, user, card_id, strict_scheduler, NOW)
    assert strict[GOOD - 1].interval < relaxed[GOOD - 1].interval


def test_session_summary_counts_cards_time_and_retention(
    database: Database, user: int, set_id: int
) -> None:
    due = [reviewed_card(database, user, set_id, NOW - timedelta(hours=n)) for n in (1, 2, 3, 4)]
    new_card(database, user, set_id, "new one")
    review_session = start_review(database, user, now=NOW)
    for rating in (AGAIN, GOOD, GOOD, EASY, GOOD):
        review_session.next_card(NOW)
        review_session.answer(rating, 2000, NOW)
    summary = review_session.summary()
    assert (summary.cards, summary.answers, summary.duration_ms) == (5, 5, 10_000)
    assert (summary.again, summary.hard, summary.good, summary.easy) == (1, 0, 3, 1)
    assert summary.retention == pytest.approx(3 / 4)  # the new card does not count
    assert len(due) == 4


def test_bad_input_is_refused_and_nothing_is_written(
    database: Database, user: int, set_id: int
) -> None:
    stranger = create_profile(database, "other@example.com", "Other", "Pilot").id
    their_set = create_set(database, stranger, "Theirs").id
    with pytest.raises(ValidationError) as error:
        add_card(database, user, set_id, "   ", "")
    assert error.value.errors == {"question": "required", "answer": "required"}
    with pytest.raises(ValidationError) as error:
        add_card(database, user, set_id, "Q", "A", difficulty=4)
    assert error.value.errors == {"difficulty": "invalid"}
    with pytest.raises(NotFoundError):
        add_card(database, user, their_set, "Q", "A")
    with pytest.raises(NotFoundError):
        add_card(database, user, set_id, "Q", "A", category_id=999)
    their_card = new_card(database, stranger, their_set)
    scheduler = review_settings(database, user).scheduler
    before = snapshot(database)
    with pytest.raises(NotFoundError):
        review.answer(database, user, their_card, GOOD, 1000, scheduler, NOW)
    mine = new_card(database, user, set_id)
    before = snapshot(database)
    with pytest.raises(ValidationError):
        review.answer(database, user, mine, 5, 1000, scheduler, NOW)
    with pytest.raises(ValidationError):
        review.answer(database, user, mine, GOOD, -1, scheduler, NOW)
    assert snapshot(database) == before


def test_a_usage_row_without_fsrs_memory_is_scheduled_as_new(
    database: Database, user: int, set_id: int
) -> None:
    card_id = new_card(database, user, set_id)
    with database.session() as session:  # what code unaware of FSRS might write
        session.add(FlashcardUsage(flashcard_id=card_id, user_id=user, proficiency_score=10))
    scheduler = review_settings(database, user).scheduler
    result = review.answer(database, user, card_id, GOOD, 1000, scheduler, NOW)
    assert (result.outcome.state, result.outcome.step) == (1, 1)
    before = snapshot(database)["flashcard_usage"]
    review.answer(database, user, card_id, GOOD, 1000, scheduler, NOW + timedelta(minutes=10))
    undo_answer(database, user)
    assert snapshot(database)["flashcard_usage"] == before


def test_a_card_deleted_during_the_session_is_skipped(
    database: Database, user: int, set_id: int
) -> None:
    first, second = new_card(database, user, set_id, "1"), new_card(database, user, set_id, "2")
    review_session = start_review(database, user, now=NOW)
    with database.session() as session:
        session.delete(session.get(Flashcard, first))
    assert review_session.next_card(NOW).card_id == second  # type: ignore[union-attr]


def test_the_card_read_with_an_answer_is_the_card_next_card_would_read(
    database: Database, user: int, set_id: int
) -> None:
    due = [reviewed_card(database, user, set_id, NOW - timedelta(hours=n)) for n in (3, 2)]
    review_session = start_review(database, user, now=NOW)
    review_session.next_card(NOW)
    review_session.answer(GOOD, 1000, NOW)
    shown = review_session.next_card(NOW)
    scheduler = review_session.settings.scheduler
    assert shown == review_card(database, user, due[1], scheduler, NOW)
    assert shown.question == "due 10 10"  # type: ignore[union-attr]


def test_answers_commit_without_a_checkpoint_and_one_runs_apart_when_due(
    database: Database, user: int, set_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(session_module, "CHECKPOINT_EVERY", 2)
    for number in range(3):
        new_card(database, user, set_id, f"Q{number}")
    checkpoint_wal(database)  # the cards' own pages out of the way
    session = start_review(database, user, now=NOW)
    assert session.next_card(NOW) is not None
    session.answer(GOOD, 1000, NOW)
    assert not session.checkpoint_due
    # Even told to checkpoint after every page, the answer's commit leaves the database
    # file alone (its pages stay in the WAL)...
    monkeypatch.setattr(sqltime, "WAL_AUTOCHECKPOINT_PAGES", 1)
    with database.engine.connect() as pooled:  # the one connection the pool hands out here
        pooled.exec_driver_sql("PRAGMA wal_autocheckpoint=1")
    assert session.next_card(NOW) is not None
    before = database.path.read_bytes()
    session.answer(GOOD, 1000, NOW)
    assert session.checkpoint_due
    assert database.path.read_bytes() == before
    _busy, pages, copied = checkpoint_wal(database)
    assert pages > 0 and copied == pages  # ...until this copies them back into it
    assert database.path.read_bytes() != before
    with sqlite3.connect(database.path) as conn:
        assert conn.execute("SELECT count(*) FROM review_log").fetchone() == (2,)
    conn.close()
    # The pooled connection got SQLite's setting back (here the patched 1 page).
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1
