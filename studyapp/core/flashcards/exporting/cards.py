"""Reading a profile's cards for export, one narrow query (no ORM objects)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError
from studyapp.core.flashcards.sqltime import raw_transaction

_CARDS = """
    SELECT f.id, s.name, f.question, f.answer, c.name, f.acs_code, f.reference, f.difficulty,
           f.source, f.source_id
    FROM flashcard f JOIN flashcard_set s ON s.id = f.set_id
    LEFT JOIN flashcard_category c ON c.id = f.category_id
    WHERE f.user_id = ? {where} ORDER BY s.name, f.id"""


@dataclass(frozen=True)
class ExportCard:
    id: int
    set_name: str
    question: str
    answer: str
    category: str | None
    acs_code: str | None
    reference: str | None
    difficulty: int
    source: str | None
    source_id: str | None

    @property
    def stable_id(self) -> str:
        """Where the card came from if it was imported, else its id here."""
        if self.source and self.source_id:
            return f"{self.source}/{self.source_id}"
        return f"studyapp/{self.id}"


def cards_to_export(
    db: Database,
    user_id: int,
    set_name: str | None = None,
    set_ids: Sequence[int] | None = None,
) -> list[ExportCard]:
    """Every card of the profile, of its set ``set_name``, or of the sets ``set_ids``.

    NotFoundError when the named set, or any of ``set_ids``, is not the profile's.
    """
    with raw_transaction(db) as conn:
        if set_ids is not None:
            return _cards_of_sets(conn, user_id, list(dict.fromkeys(set_ids)))
        where, values = ("AND s.name = ?", (user_id, set_name)) if set_name else ("", (user_id,))
        if set_name:
            found = conn.execute(
                "SELECT 1 FROM flashcard_set WHERE user_id = ? AND name = ?", values
            ).fetchone()
            if found is None:
                raise NotFoundError(f"flashcard set {set_name!r}")
        rows = conn.execute(_CARDS.format(where=where), values).fetchall()
    return [ExportCard(*row) for row in rows]


def _cards_of_sets(conn: sqlite3.Connection, user_id: int, set_ids: list[int]) -> list[ExportCard]:
    marks = ", ".join("?" * len(set_ids))
    owned = conn.execute(
        f"SELECT count(*) FROM flashcard_set WHERE user_id = ? AND id IN ({marks})",
        (user_id, *set_ids),
    ).fetchone()[0]
    if owned != len(set_ids):
        raise NotFoundError("flashcard set")
    where = f"AND s.id IN ({marks})" if set_ids else "AND 0"
    rows = conn.execute(_CARDS.format(where=where), (user_id, *set_ids)).fetchall()
    return [ExportCard(*row) for row in rows]
