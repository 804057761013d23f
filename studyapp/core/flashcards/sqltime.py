"""Plain-SQL helpers: timestamps in the exact text form SQLAlchemy stores them in SQLite,
and the raw connection of a session.

The review hot path talks to SQLite with plain SQL (no ORM, no type
processing); these keep its comparisons and writes identical to what
UTCDateTime columns hold, i.e. naive UTC ``YYYY-MM-DD HH:MM:SS.ffffff``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from studyapp.core.db import Database

_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def to_db(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; pass an aware datetime")
    return moment.astimezone(UTC).strftime(_FORMAT)


def from_db(text: str | None) -> datetime | None:
    if text is None:
        return None
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def raw_connection(session: Session) -> sqlite3.Connection:
    """The session's own sqlite3 connection, inside the session's transaction."""
    return session.connection().connection.driver_connection  # type: ignore[return-value]


@contextmanager
def raw_transaction(db: Database) -> Iterator[sqlite3.Connection]:
    """One transaction (all or nothing) on a pooled connection, through SQLAlchemy Core.

    For the review hot path only: an ORM session costs more to open and commit
    than the four statements of an answer take to run.
    """
    with db.engine.begin() as connection:
        yield connection.connection.driver_connection  # type: ignore[misc]


# SQLite's default: a commit that leaves the WAL over this many pages copies it back
# into the database file (a checkpoint, with an fsync) before returning.
WAL_AUTOCHECKPOINT_PAGES = 1000


@contextmanager
def transaction_without_checkpoint(db: Database) -> Iterator[sqlite3.Connection]:
    """raw_transaction whose commit never runs a WAL checkpoint.

    On a 100,000-card profile a checkpoint takes 10-30 ms and falls on about one
    answer in a hundred: the whole p99 of answer + next card. The review session
    commits through this instead, and its caller runs ``checkpoint_wal`` off the
    hot path (a reader thread) every few dozen answers. The connection gets the
    default back before it returns to the pool.
    """
    with db.engine.connect() as connection:
        conn: sqlite3.Connection = connection.connection.driver_connection  # type: ignore[assignment]
        conn.execute("PRAGMA wal_autocheckpoint=0")
        try:
            with connection.begin():
                yield conn
        finally:
            conn.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")


def checkpoint_wal(db: Database) -> tuple[int, int, int]:
    """Copy what the WAL holds back into the database file, without waiting for anyone
    (PASSIVE: readers and the writer carry on). Returns SQLite's (busy, WAL pages,
    pages copied). Any thread; takes milliseconds to tens of milliseconds."""
    with db.engine.connect() as connection:
        conn: sqlite3.Connection = connection.connection.driver_connection  # type: ignore[assignment]
        busy, pages, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return int(busy), int(pages), int(copied)
