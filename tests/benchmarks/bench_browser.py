"""Card-browser benchmark: FTS5 search over a 100,000-card profile.

Run: /work/venv/bin/python tests/benchmarks/bench_browser.py [--cards N] [--no-anki]
Prints figures; asserts nothing (timings belong here, not in the test suite).
The profile comes from bench_review's builder; answers then get varied words,
so searches hit a realistic few, some, or very many cards.

Then the Browse page's table model: a query's first page (200 rows and the
match count) read on the reader pool and shown, from ``set_query`` to the rows
being in the model, for plain, searched and sorted queries; and the memory the
rows of a whole 100,000-card profile would take if the pilot scrolled to the end.

Last, the same searches in Anki (the ``anki`` package, when installed) on a
collection of the same 100,000 cards and answers, with the ratio ours/Anki.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

from bench_review import build_profile

from studyapp.core.accounts.service import ProfileSummary, list_profiles
from studyapp.core.db import Database
from studyapp.core.flashcards.browser import (
    CardFilters,
    count_cards,
    ensure_search_index,
    matching_ids,
    search_cards,
    suspend_cards,
    undo_field,
)
from studyapp.core.startup import open_database
from studyapp.paths import AppPaths, resolve_paths

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


SORTED: list[tuple[str, str, str, bool]] = [
    ("every card, card order", "", "relevance", False),
    ("every card, by question", "", "question", False),
    ("every card, by set desc", "", "set", True),
    ("every card, by due", "", "due", False),
    ("every card, by status", "", "status", False),
    ("common word, by question", "weather", "question", False),
    ("rare word, by ACS code", "term4217", "acs_code", False),
]


def sorted_searches(db: Database, user_id: int) -> None:
    print(f"\n{'sorted search (core)':28} {'median ms':>10} {'count ms':>9}")
    for label, text, sort, descending in SORTED:
        times, counts = [], []
        for _ in range(9):
            start = time.perf_counter()
            search_cards(db, user_id, text, None, sort, 200, 0, descending)
            middle = time.perf_counter()
            count_cards(db, user_id, text)
            times.append(middle - start)
            counts.append(time.perf_counter() - middle)
        ms, count_ms = statistics.median(times) * 1000, statistics.median(counts) * 1000
        print(f"{label:28} {ms:10.2f} {count_ms:9.2f}")


def model_first_pages(db: Database, paths: AppPaths, profile: ProfileSummary) -> None:
    """set_query -> first 200 rows in the model, through the real task runner and page reader."""
    from PySide6.QtWidgets import QApplication

    from studyapp.ui.context import ProfileSession
    from studyapp.ui.models.card_table_model import CardQuery, CardTableModel
    from studyapp.ui.pages.browse_page import read_page
    from studyapp.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    tasks = TaskRunner()
    session = ProfileSession(paths, db, tasks, profile)

    def fetch(query: CardQuery, offset: int, limit: int, generation: int) -> None:
        tasks.submit(
            read_page, db, session.user_id, query, offset, limit, write=False,
            on_result=lambda r: model.add_page(generation, offset, limit, *r),
        )  # fmt: skip

    model = CardTableModel(fetch)
    print(f"\n{'table model, first page':28} {'median ms':>10} {'max ms':>9}")
    for label, text, sort, descending in SORTED:
        times = []
        for _ in range(9):
            start = time.perf_counter()
            model.set_query(CardQuery(text, CardFilters(), sort, descending))
            while model.loading:
                app.processEvents()
                time.sleep(0.0002)
            times.append(time.perf_counter() - start)
        print(f"{label:28} {statistics.median(times) * 1000:10.2f} {max(times) * 1000:9.2f}")
    tasks.wait_for_idle()


def bulk_on_every_card(db: Database, user_id: int) -> None:
    """Ctrl+A then Suspend then Undo, as the Browse page runs them."""
    start = time.perf_counter()
    ids = matching_ids(db, user_id)
    chosen = time.perf_counter()
    undo = suspend_cards(db, user_id, ids, True)
    done = time.perf_counter()
    undo_field(db, user_id, undo)
    undone = time.perf_counter()
    print(
        f"\nselect all {len(ids)} ids: {(chosen - start) * 1000:.0f} ms; "
        f"suspend them: {(done - chosen) * 1000:.0f} ms; undo: {(undone - done) * 1000:.0f} ms"
    )


def all_rows_memory(db: Database, user_id: int, cards: int) -> None:
    tracemalloc.start()
    rows = search_cards(db, user_id, "", None, "relevance", cards, 0)
    size, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"\nevery row loaded ({len(rows)} rows): {size / 1e6:.1f} MB of Python objects")


# The same searches in Anki: its search is a substring match over the note's fields
# (no word index), sorted as asked; find_cards returns every match's id, not a page.
ANKI_SEARCHES: list[tuple[str, str, str]] = [
    ("rare word", "term4217", "relevance"),
    ("two words", "altimeter term7", "relevance"),
    ("common word", "weather", "relevance"),
    ("common word, by due", "weather", "due"),
    ("common word, by question", "weather", "question"),
    ("every card, by due", "", "due"),
]
ANKI_ORDER = {"relevance": "c.id", "due": "c.type = 0, c.due, c.id", "question": "n.sfld, c.id"}


def anki_collection(folder: Path, cards: int) -> Path | str:
    """bench_review's Anki collection with the same varied answers; a reason if no Anki."""
    try:
        from anki.collection import Collection
        from bench_review import anki_build_collection
    except ImportError as exc:
        return f"anki not importable ({exc}); pip install anki to compare"
    path = folder / "anki" / "collection.anki2"
    path.parent.mkdir()
    anki_build_collection(path, cards)
    col = Collection(str(path))
    rng = random.Random(3)
    notes = col.db.list("SELECT id FROM notes ORDER BY id")
    rows = []
    for n, note_id in enumerate(notes):
        back = " ".join(rng.choices(VOCABULARY, k=8))
        rows.append((f"Question {n + 1} about VFR minimums\x1f{back}", note_id))
    col.db.executemany("UPDATE notes SET flds = ? WHERE id = ?", rows)
    col.close()
    return path


def ours_vs_anki(db: Database, user_id: int, folder: Path, cards: int) -> None:
    path = anki_collection(folder, cards)
    if isinstance(path, str):
        print(f"\n{path}")
        return
    from anki.collection import Collection

    col = Collection(str(path))
    print(f"\n{'ours vs anki (first page)':28} {'ours ms':>10} {'anki ms':>9} {'ratio':>6}")
    for label, text, sort in ANKI_SEARCHES:
        ours, _hits = median_ms(db, user_id, text, None, sort)
        times = []
        for _ in range(9):
            start = time.perf_counter()
            col.find_cards(text or "deck:*", order=ANKI_ORDER[sort])
            times.append(time.perf_counter() - start)
        anki = statistics.median(times) * 1000
        print(f"{label:28} {ours:10.2f} {anki:9.2f} {ours / anki:6.2f}")
    col.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--no-anki", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(resolve_paths(Path(folder) / "data").ensure())
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        user_id = build_profile(db, args.cards, datetime.now(UTC))
        vary_answers(db)
        start = time.perf_counter()
        ensure_search_index(db)
        print(f"cards: {args.cards}; index build: {(time.perf_counter() - start):.2f} s")
        print(f"{'search':28} {'median ms':>10} {'rows (limit 200)':>17}")
        for label, text, filters, sort in SEARCHES:
            ms, hits = median_ms(db, user_id, text, filters, sort)
            print(f"{label:28} {ms:10.2f} {hits:17}")
        sorted_searches(db, user_id)
        paths = resolve_paths(Path(folder) / "data")
        profile = next(p for p in list_profiles(db) if p.id == user_id)
        model_first_pages(db, paths, profile)
        bulk_on_every_card(db, user_id)
        all_rows_memory(db, user_id, args.cards)
        if not args.no_anki:
            ours_vs_anki(db, user_id, Path(folder), args.cards)
        db.close()


if __name__ == "__main__":
    main()
