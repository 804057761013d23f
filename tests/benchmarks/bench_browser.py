"""Card-browser benchmark: FTS5 search over a 100,000-card profile.

Run: /work/venv/bin/python tests/benchmarks/bench_browser.py [--cards N]
Prints figures; asserts nothing (timings belong here, not in the test suite).
The profile comes from bench_review's builder; answers then get varied words,
so searches hit a realistic few, some, or very many cards.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench_review import build_profile

from studyapp.core.db import Database
from studyapp.core.flashcards.browser import CardFilters, ensure_search_index, search_cards
from studyapp.core.startup import open_database
from studyapp.paths import resolve_paths

# Word frequencies spread from rare to common, as in real card text.
VOCABULARY = [f"term{n}" for n in range(5000)] + ["altimeter", "airspace", "weather"] * 300

SEARCHES: list[tuple[str, str, CardFilters | None, str]] = [
    ("rare word", "term4217", None, "relevance"),
    ("word and its prefixes", "term42", None, "relevance"),
    ("rare prefix", "term421", None, "relevance"),
    ("two words", "altimeter term7", None, "relevance"),
    ("common word, relevance", "weather", None, "relevance"),
    ("common word, by due", "weather", None, "due"),
    ("every card matches", "VFR", None, "relevance"),
    ("word + set filter", "altimeter", CardFilters(set_id=3), "question"),
    ("no text, set filter", "", CardFilters(set_id=3), "question"),
    ("hostile input", 'AND( "', None, "relevance"),
]


def vary_answers(db: Database) -> None:
    rng = random.Random(3)
    with sqlite3.connect(db.path) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM flashcard")]
        conn.executemany(
            "UPDATE flashcard SET answer = ? WHERE id = ?",
            [(" ".join(rng.choices(VOCABULARY, k=8)), card_id) for card_id in ids],
        )
    conn.close()


def median_ms(db: Database, user_id: int, text: str, filters, sort: str) -> tuple[float, int]:
    times, hits = [], 0
    for _ in range(15):
        start = time.perf_counter()
        hits = len(search_cards(db, user_id, text, filters, sort, limit=200))
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, hits


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(resolve_paths(Path(folder) / "data").ensure())
        user_id = build_profile(db, args.cards, datetime.now(UTC))
        vary_answers(db)
        start = time.perf_counter()
        ensure_search_index(db)
        print(f"cards: {args.cards}; index build: {(time.perf_counter() - start):.2f} s")
        print(f"{'search':28} {'median ms':>10} {'rows (limit 200)':>17}")
        for label, text, filters, sort in SEARCHES:
            ms, hits = median_ms(db, user_id, text, filters, sort)
            print(f"{label:28} {ms:10.2f} {hits:17}")
        db.close()


if __name__ == "__main__":
    main()
