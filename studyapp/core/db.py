"""The one way to reach the local database: an engine with StudyApp's pragmas and a session helper.

Durability: WAL journal with ``synchronous=NORMAL``. Every commit survives an
application crash; after a power cut or OS crash the last few commits (those
not yet checkpointed from the WAL) may be lost, but the database is never
corrupted. FULL would cost an fsync per flashcard answer for little gain.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000


def create_sqlite_engine(
    path: Path,
    *,
    foreign_keys: bool = True,
    synchronous: str = "NORMAL",
    begin: str = "BEGIN",
) -> Engine:
    """An engine on the SQLite file at ``path`` with WAL, foreign keys and real transactions.

    The sync server passes ``synchronous="FULL"`` (a push it acknowledged must
    survive a power cut: the laptop then forgets it) and ``begin="BEGIN IMMEDIATE"``
    (several workers would otherwise deadlock upgrading read locks to write locks).
    """
    engine = create_engine(f"sqlite:///{path}")
    fk = "ON" if foreign_keys else "OFF"

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # pysqlite's own transaction handling skips BEGIN before DDL and breaks
        # SAVEPOINT; emitting BEGIN ourselves makes migrations all-or-nothing.
        dbapi_connection.isolation_level = None
        for pragma in (
            f"foreign_keys={fk}",
            "journal_mode=WAL",
            f"synchronous={synchronous}",
            f"busy_timeout={BUSY_TIMEOUT_MS}",
        ):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)

    return engine


class Database:
    """The open local database. Thread-safe: each ``session()`` uses its own connection.

    Transactions begin IMMEDIATE, taking SQLite's write lock up front. The app has
    two writers: the GUI's single writer task and the sync client, whose rounds run
    beside it. A deferred transaction that read first and then writes after the
    other writer committed fails at once with "database is locked", whatever the
    busy timeout; an immediate one waits its turn (up to BUSY_TIMEOUT_MS) instead.
    A session that only reads waits too, for at most the one write transaction
    running; every transaction of the app is kept short (a sync round commits page
    by page), so that wait is milliseconds.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = create_sqlite_engine(path, begin="BEGIN IMMEDIATE")
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work commits as one transaction, or rolls back entirely on error."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
