"""Review-engine benchmark: a 100,000-card profile, answer + next card, queue build.

Run: /work/venv/bin/python tests/benchmarks/bench_review.py [--cards N] [--answers N]
Prints figures; asserts nothing (timings belong here, not in the test suite).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

from studyapp.core.accounts.service import create_profile
from studyapp.core.db import Database
from studyapp.core.flashcards.queue import ReviewScope
from studyapp.core.flashcards.session import start_review
from studyapp.core.flashcards.sets import create_set, list_sets, set_counts
from studyapp.core.flashcards.sqltime import checkpoint_wal, to_db
from studyapp.core.startup import open_database
from studyapp.paths import resolve_paths

SETS = 20
REVIEWED_SHARE = 0.7


def build_profile(db: Database, cards: int, now: datetime) -> int:
    """Bulk-insert ``cards`` cards over SETS sets; 70% reviewed, due from -30 to +60 days."""
    user_id = create_profile(db, "bench@example.com", "Bench", "Pilot").id
    set_ids = [create_set(db, user_id, f"Set {n}").id for n in range(SETS)]
    rng = random.Random(7)
    stamp = to_db(now - timedelta(days=90))
    card_rows, usage_rows, log_rows = [], [], []
    for card_id in range(1, cards + 1):
        card_rows.append(
            (
                card_id,
                user_id,
                set_ids[card_id % SETS],
                f"Question {card_id} about VFR minimums",
                f"Answer {card_id}",
                1 + card_id % 3,
                stamp,
                stamp,
            )
        )
        if rng.random() < REVIEWED_SHARE:
            stability = rng.uniform(1, 120)
            last = now - timedelta(days=rng.uniform(1, 60))
            due = now + timedelta(days=rng.uniform(-30, 60))
            usage_rows.append(
                (card_id, user_id, 2, to_db(due), stability, rng.uniform(2, 8), to_db(last))
            )
            log_rows.append((card_id, user_id, to_db(last), 3, to_db(due), stability))
    with sqlite3.connect(db.path) as conn:
        conn.executemany(
            "INSERT INTO flashcard (id, user_id, set_id, question, answer, difficulty, status,"
            " created_at, updated_at, times_used, suspended) VALUES (?,?,?,?,?,?,0,?,?,1,0)",
            card_rows,
        )
        conn.executemany(
            "INSERT INTO flashcard_usage (flashcard_id, user_id, state, next_review_due,"
            " stability, fsrs_difficulty, last_reviewed, proficiency_score, reps, lapses)"
            " VALUES (?,?,?,?,?,?,?,50,1,0)",
            usage_rows,
        )
        conn.executemany(
            "INSERT INTO review_log (flashcard_id, user_id, reviewed_at, rating, usage_created,"
            " state_before, proficiency_before, status_before, state_after, due_after,"
            " stability_after, difficulty_after) VALUES (?,?,?,?,1,0,0,0,2,?,?,5.0)",
            log_rows,
        )
        conn.execute("ANALYZE")
    conn.close()
    return user_id


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure_queue(
    db: Database, user_id: int, scope: ReviewScope | None = None, repeats: int = 7
) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(repeats):
        start = time.perf_counter()
        session = start_review(db, user_id, scope or ReviewScope())
        times.append(time.perf_counter() - start)
        size = session.remaining
    return statistics.median(times) * 1000, size


def measure_answers(db: Database, user_id: int, answers: int) -> list[float]:
    """As the app runs them: answers on one thread, the WAL checkpoint they call for
    (every CHECKPOINT_EVERY answers) on another, as the review screen's reader task."""
    rng = random.Random(11)
    session = start_review(db, user_id)
    card = session.next_card()
    times = []
    with ThreadPoolExecutor(1) as checkpointer:
        for _ in range(answers):
            assert card is not None, "queue ran dry; use more cards"
            rating = rng.choices((1, 2, 3, 4), weights=(10, 10, 70, 10))[0]
            start = time.perf_counter()
            session.answer(rating, 4000)
            card = session.next_card()
            times.append(time.perf_counter() - start)
            if session.checkpoint_due:
                checkpointer.submit(checkpoint_wal, db)
    return [t * 1000 for t in times]


def measure_anki(cards: int, answers: int, folder: Path) -> tuple[float, list[float]] | str:
    """The same profile and loop in Anki (FSRS on). A reason string if Anki cannot run."""
    try:
        import anki  # noqa: F401  (optional: pip install anki)
    except ImportError as exc:
        return f"anki not importable ({exc}); pip install anki to compare"
    return anki_figures(cards, answers, folder)


# The Anki side: the same profile shape and loop with the `anki` package from PyPI.

ANKI_MAX_REVIEWS_PER_DAY = 9999


def anki_build_collection(path: Path, cards: int) -> None:
    """``cards`` Basic notes, FSRS on, 70% in review with memory states, due -30..+60 days."""
    from anki.collection import AddNoteRequest, Collection

    col = Collection(str(path))
    col.set_config("fsrs", True)
    deck_id = col.decks.id("Bench")
    config = col.decks.config_dict_for_deck_id(deck_id)
    # As near "every due card" as Anki allows (it resets larger limits to 200).
    config["rev"]["perDay"] = ANKI_MAX_REVIEWS_PER_DAY
    config["new"]["perDay"] = 20
    col.decks.update_config(config)
    notetype = col.models.by_name("Basic")
    requests = []
    for n in range(cards):
        note = col.new_note(notetype)
        note["Front"], note["Back"] = f"Question {n} about VFR minimums", f"Answer {n}"
        requests.append(AddNoteRequest(note, deck_id))
    col.add_notes(requests)
    rng = random.Random(7)
    today, now = col.sched.today, int(time.time())
    updates = []
    for (card_id,) in col.db.all("SELECT id FROM cards"):
        if rng.random() < REVIEWED_SHARE:
            stability, last = rng.uniform(1, 120), rng.uniform(1, 60)
            data = {"s": stability, "d": rng.uniform(2, 8), "lrt": int(now - last * 86400)}
            due = today + round(rng.uniform(-30, 60))
            updates.append((due, max(1, round(last)), json.dumps(data), card_id))
    col.db.executemany(
        "UPDATE cards SET type = 2, queue = 2, due = ?, ivl = ?, data = ? WHERE id = ?", updates
    )
    col.decks.select(deck_id)
    col.close()


def anki_measure_queue(path: Path, repeats: int = 5) -> float:
    """Median time of the first get_queued_cards after opening (the queue is built then)."""
    from anki.collection import Collection

    times = []
    for _ in range(repeats):
        col = Collection(str(path))
        start = time.perf_counter()
        col.sched.get_queued_cards()
        times.append(time.perf_counter() - start)
        col.close()
    return statistics.median(times) * 1000


def anki_measure_answers(path: Path, answers: int) -> list[float]:
    import anki.collection  # noqa: F401  (before anki.cards: alone it is a circular import)
    from anki.cards import Card
    from anki.collection import Collection
    from anki.scheduler_pb2 import CardAnswer

    ratings = (CardAnswer.AGAIN, CardAnswer.HARD, CardAnswer.GOOD, CardAnswer.EASY)
    rng = random.Random(11)
    col = Collection(str(path))
    queued = col.sched.get_queued_cards().cards[0]
    times = []
    for _ in range(answers):
        rating = rng.choices(ratings, weights=(10, 10, 70, 10))[0]
        start = time.perf_counter()
        card = Card(col)
        card._load_from_backend_card(queued.card)
        card.start_timer()
        answer = col.sched.build_answer(card=card, states=queued.states, rating=rating)
        col.sched.answer_card(answer)
        queued = col.sched.get_queued_cards().cards[0]
        times.append(time.perf_counter() - start)
    col.close()
    return [t * 1000 for t in times]


def anki_figures(cards: int, answers: int, folder: Path) -> tuple[float, list[float]]:
    path = folder / "anki" / "collection.anki2"
    path.parent.mkdir()
    anki_build_collection(path, cards)
    return anki_measure_queue(path), anki_measure_answers(path, answers)


def describe(label: str, queue_ms: float, times: list[float]) -> str:
    return (
        f"{label:5} queue {queue_ms:6.1f} ms | answer+next"
        f" median {statistics.median(times):.3f} ms,"
        f" p99 {percentile(times, 0.99):.3f} ms, p99.9 {percentile(times, 0.999):.3f} ms,"
        f" max {max(times):.3f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--answers", type=int, default=3000)
    parser.add_argument("--no-anki", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(resolve_paths(Path(folder) / "data").ensure())
        start = time.perf_counter()
        user_id = build_profile(db, args.cards, datetime.now(UTC))
        print(f"built {args.cards:,} cards in {time.perf_counter() - start:.1f} s")
        queue_ms, size = measure_queue(db, user_id)
        print(f"queue holds {size:,} cards due today")
        half = ReviewScope(set_ids=tuple(s.id for s in list_sets(db, user_id)[: SETS // 2]))
        half_ms, half_size = measure_queue(db, user_id, half)
        print(f"ours  queue of {SETS // 2} of {SETS} sets ({half_size:,} cards): {half_ms:.1f} ms")
        start = time.perf_counter()
        set_counts(db, user_id)
        print(
            f"ours  per-set new/learning/due counts: {(time.perf_counter() - start) * 1000:.1f} ms"
        )
        times = measure_answers(db, user_id, args.answers)
        db.close()
        print(describe("ours", queue_ms, times))
        if args.no_anki:
            return
        anki = measure_anki(args.cards, args.answers, Path(folder))
        if isinstance(anki, str):
            print(anki)
            return
        anki_queue, anki_times = anki
        print(describe("anki", anki_queue, anki_times))
        print("      (Anki's queue stops at its maximum of 9,999 reviews a day; ours holds all)")
        ours_median, anki_median = statistics.median(times), statistics.median(anki_times)
        print(
            f"ratio ours/anki: queue {queue_ms / anki_queue:.2f}, answer+next median"
            f" {ours_median / anki_median:.2f}, p99"
            f" {percentile(times, 0.99) / percentile(anki_times, 0.99):.2f}"
        )


if __name__ == "__main__":
    main()
