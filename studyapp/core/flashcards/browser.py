"""The card browser's core: full-text search over a profile's cards and bulk edits with undo.

The search index is an FTS5 table over flashcard (question, answer, acs_code,
reference) with external content, kept in sync by triggers. It is created on
first use rather than by a migration: alembic's model/schema comparison cannot
tell FTS5 shadow tables from stray tables, so a migration would make
``test_models_and_migrations_agree`` fail. HTML tags in card text are tokenised
as words (``<b>`` becomes ``b``), which is harmless for matching.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.flashcards.models import STATE_NEW
from studyapp.core.flashcards.plain_text import plain_snippet
from studyapp.core.flashcards.sqltime import from_db, raw_connection, to_db

FTS_TABLE = "flashcard_fts"
SNIPPET_CHARS = 120
QUESTION_CHARS = 200
# Answer text read per row to make its snippet: enough for markup around 120 visible characters.
_ANSWER_READ = 1000
# Ranking costs time per match; above this many matches (a word on nearly every card)
# relevance is noise anyway, so such results come in card order instead.
RANK_LIMIT = 2000
# A due-date sort over more candidate cards than this walks the scheduling rows' due
# index and keeps the matching ones (stops after a page), instead of sorting every match;
# only for the first pages (the walk grows with the offset) and broad filters (a narrow
# one would make it visit most rows to fill a page).
DUE_WALK_MIN = 10_000
DUE_WALK_DEPTH = 1000

_CREATE_INDEX = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
    question, answer, acs_code, reference,
    content='flashcard', content_rowid='id', tokenize='unicode61 remove_diacritics 2',
    prefix='2 3'
);
CREATE TRIGGER IF NOT EXISTS flashcard_fts_ai AFTER INSERT ON flashcard BEGIN
    INSERT INTO {FTS_TABLE}(rowid, question, answer, acs_code, reference)
    VALUES (new.id, new.question, new.answer, new.acs_code, new.reference);
END;
CREATE TRIGGER IF NOT EXISTS flashcard_fts_ad AFTER DELETE ON flashcard BEGIN
    INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, question, answer, acs_code, reference)
    VALUES ('delete', old.id, old.question, old.answer, old.acs_code, old.reference);
END;
CREATE TRIGGER IF NOT EXISTS flashcard_fts_au AFTER UPDATE OF question, answer, acs_code,
    reference ON flashcard BEGIN
    INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, question, answer, acs_code, reference)
    VALUES ('delete', old.id, old.question, old.answer, old.acs_code, old.reference);
    INSERT INTO {FTS_TABLE}(rowid, question, answer, acs_code, reference)
    VALUES (new.id, new.question, new.answer, new.acs_code, new.reference);
END;
"""

# Sort keys (a browser column, "relevance" or "added") as ORDER BY terms. Each term
# is (expression, follows the direction); "X IS NULL" terms keep cards without a value
# (new cards' due date, no category) last whichever way the column is sorted.
SORTS: dict[str, tuple[tuple[str, bool], ...]] = {
    "relevance": (("rank", True),),
    "question": (("f.question COLLATE NOCASE", True),),
    "answer": (("f.answer COLLATE NOCASE", True),),
    "set": (("s.name COLLATE NOCASE", True),),
    "category": (("c.name IS NULL", False), ("c.name COLLATE NOCASE", True)),
    "acs_code": (("f.acs_code IS NULL", False), ("f.acs_code", True)),
    "difficulty": (("f.difficulty", True),),
    "due": (("u.next_review_due IS NULL", False), ("u.next_review_due", True)),
    "times_used": (("f.times_used", True),),
    "status": (("f.suspended", True), ("f.status", True), ("coalesce(u.state, 0)", True)),
    "added": (),  # card order: ids grow as cards are added
}
# The joins a sort needs beyond flashcard and its usage row.
_SORT_JOINS = {
    "set": "JOIN flashcard_set s ON s.id = f.set_id ",
    "category": "LEFT JOIN flashcard_category c ON c.id = f.category_id ",
}


# Walking ix_flashcard_user_question pays off only when every card of the profile
# qualifies: with text or a filter it may read most cards to fill a page (a 50-card
# set among 100,000 cards: 118 ms). There the question term is written so that the
# index cannot serve it ("+" changes neither value nor collation), and SQLite finds
# the matches first and sorts only them.
_UNINDEXED = {"f.question COLLATE NOCASE": "(+f.question) COLLATE NOCASE"}


def order_by(sort: str, descending: bool = False, whole_profile: bool = True) -> str:
    """The ORDER BY list for ``sort``; card id breaks ties so pages never overlap.

    ``whole_profile``: the query lists every card of the profile (no text, no filter).
    """
    flip = " DESC" if descending else ""
    terms = [
        f"{expr if whole_profile else _UNINDEXED.get(expr, expr)}{flip if follows else ''}"
        for expr, follows in SORTS[sort]
    ]
    return ", ".join([*terms, f"f.id{flip}"])


@dataclass(frozen=True)
class CardFilters:
    set_id: int | None = None
    category_id: int | None = None
    acs_prefix: str | None = None
    difficulty: int | None = None
    known: bool | None = None
    suspended: bool | None = None
    due_only: bool = False
    new_only: bool = False  # never reviewed (no scheduling row yet)
    now: datetime | None = None  # "due" is measured against this; default: the clock


@dataclass(frozen=True, slots=True)
class CardRow:
    """One line of the browser. Question and answer are plain-text snippets
    (``plain_snippet``): tags dropped, an image shown as IMAGE_MARK."""

    id: int
    question: str
    answer_snippet: str
    set_id: int
    set_name: str
    category: str | None
    acs_code: str | None
    difficulty: int
    due: datetime | None
    times_used: int
    known: bool
    suspended: bool
    state: int = STATE_NEW  # FlashcardUsage.state; STATE_NEW when never reviewed


@dataclass(frozen=True)
class FieldUndo:
    """The previous value of one column for each card a bulk edit changed."""

    column: str
    old_values: dict[int, Any]


@dataclass(frozen=True)
class RowsUndo:
    """Rows a bulk delete or reset removed, per table, to insert back on undo."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def ensure_search_index(db: Database) -> None:
    """Create the FTS5 index and its triggers if missing, filled from existing cards."""
    with db.session() as session:
        conn = raw_connection(session)
        exists = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (FTS_TABLE,)).fetchone()
        if exists:
            return
        for statement in _split_statements(_CREATE_INDEX):
            conn.execute(statement)
        conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


def _split_statements(script: str) -> list[str]:
    # Trigger bodies contain ';', so statements are split at "END;" and at the table's ");".
    parts, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        if line.strip() in ("END;", ");"):
            parts.append("\n".join(current))
            current = []
    return parts


def fts_query(text: str) -> str | None:
    """User text as an FTS5 query: every word quoted (so no syntax), each a prefix, all required."""
    words = [w.replace('"', "") for w in text.split()]
    terms = [f'"{w}"*' for w in words if w]
    return " ".join(terms) or None


def search_cards(
    db: Database,
    user_id: int,
    text: str = "",
    filters: CardFilters | None = None,
    sort: str = "relevance",
    limit: int = 200,
    offset: int = 0,
    descending: bool = False,
) -> list[CardRow]:
    """One page of the profile's cards matching ``text`` (any word order, prefixes) and filters.

    ``sort`` is a key of SORTS; "relevance" without text means card order ("added").
    Runs on any thread (a read); pages are ``limit`` rows from ``offset``.
    """
    if sort not in SORTS:
        raise ValidationError({"sort": "unknown"})
    ensure_search_index(db)
    query = fts_query(text)
    filters = filters or CardFilters()
    page_sql, params = page_query(user_id, query, filters, sort)
    whole = not query and replace(filters, now=None) == CardFilters()
    order = order_by(sort if query or sort != "relevance" else "added", descending, whole)
    with db.session() as session:
        conn = raw_connection(session)
        if query and sort == "relevance" and _too_many_to_rank(conn, query):
            order = f"{FTS_TABLE}.rowid" + (" DESC" if descending else "")
        if (
            sort == "due"
            and _walkable(filters, offset + limit, descending)
            and _many(conn, user_id, query, filters)
        ):
            ids = _due_page(conn, user_id, query, filters, limit, offset, descending)
        else:
            sql = page_sql.format(order=order)
            ids = [r[0] for r in conn.execute(sql, [*params, limit, offset])]
        return _card_rows(conn, ids)


def page_query(
    user_id: int, query: str | None, filters: CardFilters, sort: str
) -> tuple[str, list[Any]]:
    """The SQL of one page's card ids (``{order}`` left to fill in) and its WHERE parameters.

    Only the page's ids are read, joining only what filters and sort need; the
    display columns are then read for those few cards alone. Over the whole
    profile (no text, no filter), the question sort reads along
    ix_flashcard_user_question (whose collation matches SORTS["question"]) and
    stops after the page instead of sorting every card.
    """
    where, params = _where(user_id, query, filters)
    joins = _SORT_JOINS.get(sort, "") + _usage_join(filters, sort)
    sql = (
        f"SELECT f.id FROM {_source(query)} {joins}"
        f"WHERE {' AND '.join(where)} ORDER BY {{order}} LIMIT ? OFFSET ?"
    )
    return sql, params


def _walkable(f: CardFilters, depth: int, descending: bool) -> bool:
    narrow = (f.set_id, f.category_id, f.acs_prefix, f.difficulty)
    return (
        depth <= DUE_WALK_DEPTH
        and all(value is None for value in narrow)
        and not (f.new_only or f.known or f.suspended)
        and not (f.due_only and descending)  # due cards are at the other end of the walk
    )


def _many(conn: sqlite3.Connection, user_id: int, query: str | None, filters: CardFilters) -> bool:
    """Whether more than DUE_WALK_MIN cards pass the text and the card's own filters."""
    where, params = _where(user_id, query, replace(filters, due_only=False))
    sql = (
        f"SELECT count(*) FROM (SELECT 1 FROM {_source(query)} WHERE {' AND '.join(where)} LIMIT ?)"
    )
    return conn.execute(sql, [*params, DUE_WALK_MIN + 1]).fetchone()[0] > DUE_WALK_MIN


def _due_page(
    conn: sqlite3.Connection,
    user_id: int,
    query: str | None,
    filters: CardFilters,
    limit: int,
    offset: int,
    descending: bool,
) -> list[int]:
    """A page in due order (as SORTS["due"]) for many candidates, in two legs.

    First the scheduled cards, read along flashcard_usage's (user_id, due) index and
    kept when they match (the text as a set of FTS rowids, built once), so SQLite stops
    after a page instead of sorting every match; then, past their end, the cards
    without a due date in card order, as the one-query sort puts them.
    """
    flip = " DESC" if descending else ""
    where, params = _where(user_id, query, filters, match_in=True)
    scheduled = (
        "SELECT f.id FROM flashcard_usage u INDEXED BY ix_flashcard_usage_user_due "
        "JOIN flashcard f ON f.id = u.flashcard_id AND f.user_id = u.user_id "
        f"WHERE u.user_id = ? AND u.next_review_due IS NOT NULL AND {' AND '.join(where)} "
        f"ORDER BY u.next_review_due{flip}, u.flashcard_id{flip} LIMIT ? OFFSET ?"
    )
    ids = [r[0] for r in conn.execute(scheduled, [user_id, *params, limit, offset])]
    if len(ids) == limit or filters.due_only:  # due_only: unscheduled cards never pass
        return ids
    before = offset + len(ids) if ids else _count_scheduled(conn, user_id, where, params)
    unscheduled = (
        "SELECT f.id FROM flashcard f LEFT JOIN flashcard_usage u "
        "ON u.flashcard_id = f.id AND u.user_id = f.user_id "
        f"WHERE u.next_review_due IS NULL AND {' AND '.join(where)} "
        f"ORDER BY f.id{flip} LIMIT ? OFFSET ?"
    )
    rest = conn.execute(unscheduled, [*params, limit - len(ids), max(0, offset - before)])
    return ids + [r[0] for r in rest]


def _count_scheduled(
    conn: sqlite3.Connection, user_id: int, where: list[str], params: list[Any]
) -> int:
    sql = (
        "SELECT count(*) FROM flashcard_usage u "
        "JOIN flashcard f ON f.id = u.flashcard_id AND f.user_id = u.user_id "
        f"WHERE u.user_id = ? AND u.next_review_due IS NOT NULL AND {' AND '.join(where)}"
    )
    return int(conn.execute(sql, [user_id, *params]).fetchone()[0])


def count_cards(
    db: Database, user_id: int, text: str = "", filters: CardFilters | None = None
) -> int:
    """How many of the profile's cards ``search_cards`` would list, over all pages."""
    return int(_matching(db, user_id, text, filters, "count(*)")[0][0])


def matching_ids(
    db: Database, user_id: int, text: str = "", filters: CardFilters | None = None
) -> list[int]:
    """The ids of every card ``search_cards`` would list (for "select all" in the browser)."""
    return [r[0] for r in _matching(db, user_id, text, filters, "f.id")]


def _matching(
    db: Database, user_id: int, text: str, filters: CardFilters | None, columns: str
) -> list[tuple]:
    ensure_search_index(db)
    filters = filters or CardFilters()
    query = fts_query(text)
    where, params = _where(user_id, query, filters)
    joins = _usage_join(filters, "")
    sql = f"SELECT {columns} FROM {_source(query)} {joins}WHERE {' AND '.join(where)}"
    with db.session() as session:
        return raw_connection(session).execute(sql, params).fetchall()


def _usage_join(filters: CardFilters, sort: str) -> str:
    # Most queries need nothing from the scheduling row: leaving the join out
    # lets SQLite count or page straight from flashcard's own indexes.
    if filters.due_only or filters.new_only or sort in ("due", "status"):
        return "LEFT JOIN flashcard_usage u ON u.flashcard_id = f.id AND u.user_id = f.user_id "
    return ""


def _source(query: str | None) -> str:
    return f"{FTS_TABLE} JOIN flashcard f ON f.id = {FTS_TABLE}.rowid" if query else "flashcard f"


_DETAILS = (
    "SELECT f.id, f.question, substr(f.answer, 1, ?), f.set_id, s.name, c.name, "
    "f.acs_code, f.difficulty, u.next_review_due, f.times_used, f.status, f.suspended, u.state "
    "FROM flashcard f JOIN flashcard_set s ON s.id = f.set_id "
    "LEFT JOIN flashcard_category c ON c.id = f.category_id "
    "LEFT JOIN flashcard_usage u ON u.flashcard_id = f.id AND u.user_id = f.user_id "
    "WHERE f.id IN (SELECT value FROM json_each(?))"
)


def _card_rows(conn: sqlite3.Connection, ids: list[int]) -> list[CardRow]:
    if not ids:
        return []
    found = conn.execute(_DETAILS, (_ANSWER_READ, json.dumps(ids)))
    rows = {r[0]: _card_row(r) for r in found}
    return [rows[card_id] for card_id in ids]


def _too_many_to_rank(conn: sqlite3.Connection, query: str) -> bool:
    count = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT ?)",
        (query, RANK_LIMIT + 1),
    ).fetchone()[0]
    return count > RANK_LIMIT


def _where(
    user_id: int, query: str | None, f: CardFilters, match_in: bool = False
) -> tuple[list[str], list[Any]]:
    """WHERE terms over flashcard f (and u for the due filters); ``match_in`` puts the
    text match as a set of FTS rowids, for queries that do not join the FTS table."""
    where, params = ["f.user_id = ?"], [user_id]
    if query and match_in:
        where.append(f"f.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)")
        params.append(query)
    elif query:
        where.append(f"{FTS_TABLE} MATCH ?")
        params.append(query)
    for clause, value in (
        ("f.set_id = ?", f.set_id),
        ("f.category_id = ?", f.category_id),
        ("f.difficulty = ?", f.difficulty),
        ("f.status = ?", f.known),
        ("f.suspended = ?", f.suspended),
    ):
        if value is not None:
            where.append(clause)
            params.append(int(value))
    if f.acs_prefix:
        escaped = f.acs_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append("f.acs_code LIKE ? ESCAPE '\\'")
        params.append(escaped + "%")
    if f.due_only:
        where.append("u.next_review_due <= ?")
        params.append(to_db(f.now or datetime.now(UTC)))
    if f.new_only:
        where.append("u.id IS NULL")
    return where, params


def _card_row(r: tuple) -> CardRow:
    return CardRow(
        id=r[0],
        question=plain_snippet(r[1], QUESTION_CHARS),
        answer_snippet=plain_snippet(r[2], SNIPPET_CHARS),
        set_id=r[3],
        set_name=r[4],
        category=r[5],
        acs_code=r[6],
        difficulty=r[7],
        due=from_db(r[8]),
        times_used=r[9],
        known=bool(r[10]),
        suspended=bool(r[11]),
        state=r[12] or STATE_NEW,
    )


# --- bulk edits: one transaction each, returning what undo needs -------------------------


# Card ids go to SQLite as one JSON array: a bulk edit of every card in a 100,000-card
# profile would pass SQLite's limit on bound parameters as one "?" each.
_IN_IDS = "IN (SELECT value FROM json_each(?))"


def _owned(conn: sqlite3.Connection, user_id: int, card_ids: list[int]) -> list[int]:
    ids = sorted(set(card_ids))
    found = [
        r[0]
        for r in conn.execute(
            f"SELECT id FROM flashcard WHERE user_id = ? AND id {_IN_IDS}",
            (user_id, json.dumps(ids)),
        )
    ]
    if len(found) != len(ids):
        raise NotFoundError("flashcard")
    return found


def _set_column(
    db: Database, user_id: int, card_ids: list[int], column: str, value: Any
) -> FieldUndo:
    with db.session() as session:
        conn = raw_connection(session)
        ids = json.dumps(_owned(conn, user_id, card_ids))
        _check_target(conn, user_id, column, value)
        old = dict(conn.execute(f"SELECT id, {column} FROM flashcard WHERE id {_IN_IDS}", (ids,)))
        conn.execute(f"UPDATE flashcard SET {column} = ? WHERE id {_IN_IDS}", (value, ids))
        return FieldUndo(column, old)


def _check_target(conn: sqlite3.Connection, user_id: int, column: str, value: Any) -> None:
    if column == "set_id":
        row = conn.execute(
            "SELECT 1 FROM flashcard_set WHERE id = ? AND user_id = ?", (value, user_id)
        ).fetchone()
        if row is None:
            raise ValidationError({"set": "not_found"})
    elif column == "category_id" and value is not None:
        row = conn.execute("SELECT 1 FROM flashcard_category WHERE id = ?", (value,)).fetchone()
        if row is None:
            raise ValidationError({"category": "not_found"})


def move_cards(db: Database, user_id: int, card_ids: list[int], set_id: int) -> FieldUndo:
    return _set_column(db, user_id, card_ids, "set_id", set_id)


def recategorise_cards(
    db: Database, user_id: int, card_ids: list[int], category_id: int | None
) -> FieldUndo:
    return _set_column(db, user_id, card_ids, "category_id", category_id)


def suspend_cards(db: Database, user_id: int, card_ids: list[int], suspended: bool) -> FieldUndo:
    return _set_column(db, user_id, card_ids, "suspended", int(suspended))


def undo_field(db: Database, user_id: int, undo: FieldUndo) -> None:
    """Put back each card's previous value of the column a bulk edit changed."""
    with db.session() as session:
        conn = raw_connection(session)
        if undo.old_values:
            _owned(conn, user_id, list(undo.old_values))
        conn.executemany(
            f"UPDATE flashcard SET {undo.column} = ? WHERE id = ?",
            [(value, card_id) for card_id, value in undo.old_values.items()],
        )


_SNAPSHOT = {
    # table: the column that points at the card
    "flashcard": "id",
    "flashcard_usage": "flashcard_id",
    "review_log": "flashcard_id",
}


def _snapshot(conn: sqlite3.Connection, ids: str, tables: list[str]) -> RowsUndo:
    rows: dict[str, list[dict[str, Any]]] = {}
    for table in tables:
        cursor = conn.execute(f"SELECT * FROM {table} WHERE {_SNAPSHOT[table]} {_IN_IDS}", (ids,))
        names = [d[0] for d in cursor.description]
        rows[table] = [dict(zip(names, r, strict=True)) for r in cursor]
    return RowsUndo(rows)


def _remove(db: Database, user_id: int, card_ids: list[int], tables: list[str]) -> RowsUndo:
    with db.session() as session:
        conn = raw_connection(session)
        ids = json.dumps(_owned(conn, user_id, card_ids))
        undo = _snapshot(conn, ids, tables)
        for table in reversed(tables):
            conn.execute(f"DELETE FROM {table} WHERE {_SNAPSHOT[table]} {_IN_IDS}", (ids,))
        return undo


def delete_cards(db: Database, user_id: int, card_ids: list[int]) -> RowsUndo:
    """Delete the cards with their scheduling and review history; undo puts all of it back."""
    return _remove(db, user_id, card_ids, ["flashcard", "flashcard_usage", "review_log"])


def reset_scheduling(db: Database, user_id: int, card_ids: list[int]) -> RowsUndo:
    """Make the cards new again (their scheduling row goes); review history is kept."""
    return _remove(db, user_id, card_ids, ["flashcard_usage"])


def undo_rows(db: Database, undo: RowsUndo) -> None:
    """Insert back, with their own ids, the rows a delete or reset removed."""
    with db.session() as session:
        conn = raw_connection(session)
        for table in _SNAPSHOT:  # cards first: the other tables point at them
            rows = undo.rows.get(table, [])
            if not rows:
                continue
            names = ",".join(rows[0])
            marks = ",".join("?" * len(rows[0]))
            sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"
            conn.executemany(sql, [list(row.values()) for row in rows])
