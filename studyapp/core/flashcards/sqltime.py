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
