"""The server database: SQLite for a small embedded install, PostgreSQL (psycopg 3) at scale."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from studyapp.core.db import create_sqlite_engine

DEFAULT_DATABASE_FILE = "studyapp-server.sqlite3"
POOL_SIZE_ENV = "STUDYAPP_SERVER_POOL_SIZE"


def default_database_url() -> str:
    return f"sqlite:///{Path(DEFAULT_DATABASE_FILE).resolve()}"


def create_server_engine(url: str, pool_size: int | None = None) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and write-locking transactions.

    ``pool_size``: connections per worker process (STUDYAPP_SERVER_POOL_SIZE, else
    10), plus half as many again for bursts: 4 workers x 15 stay under
    PostgreSQL's default max_connections of 100.
    """
    if make_url(url).get_backend_name() != "sqlite":
        pool = int(os.environ.get(POOL_SIZE_ENV, pool_size or 10))
        return create_engine(url, pool_size=pool, max_overflow=pool // 2, pool_pre_ping=True)
    database = make_url(url).database
    return create_sqlite_engine(Path(database or ""), synchronous="FULL", begin="BEGIN IMMEDIATE")


class ServerDatabase:
    def __init__(self, url: str, pool_size: int | None = None) -> None:
        self.url = url
        self.engine = create_server_engine(url, pool_size)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def migrations_dir() -> Path:
    return Path(str(resources.files("studyapp.server") / "migrations"))


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def upgrade(database: ServerDatabase) -> None:
    """Bring the server schema to the newest revision (alembic, in one transaction)."""
    with database.engine.connect() as connection, connection.begin():
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
