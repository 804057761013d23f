"""The server's alembic migrations build exactly the schema its models describe."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from studyapp.server.database import ServerDatabase, upgrade
from studyapp.server.models import FeedCounter, ServerBase


def test_models_and_server_migrations_agree(tmp_path: Path) -> None:
    db = ServerDatabase(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    upgrade(db)
    upgrade(db)  # a second start changes nothing
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, ServerBase.metadata) == []
    with db.session() as session:
        assert session.scalars(select(FeedCounter.last_seq)).all() == [0]
    db.close()
