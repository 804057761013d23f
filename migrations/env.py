"""alembic environment for StudyApp's local (SQLite) schema.

The app passes its own connection in ``config.attributes["connection"]`` and
owns the transaction (see studyapp.core.migrate). Developers may also run the
alembic command line with alembic.ini at the repository root. logging is left
alone on purpose: fileConfig here would silence the app's own logging.
"""

from typing import Any

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection
from sqlalchemy.types import TypeDecorator

from studyapp.core.db import create_sqlite_engine
from studyapp.core.models import Base


def render_item(kind: str, obj: Any, _context: AutogenContext) -> str | bool:
    # Migrations are frozen history: they name plain SQLAlchemy types, never the
    # app's TypeDecorators, which may change or move.
    if kind == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{type(obj.impl_instance).__name__}()"
    return False


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_from_command_line() -> None:
    from pathlib import Path

    url = context.config.get_main_option("sqlalchemy.url") or ""
    engine = create_sqlite_engine(Path(url.removeprefix("sqlite:///")), foreign_keys=False)
    with engine.connect() as connection, connection.begin():
        run(connection)


if context.is_offline_mode():
    raise SystemExit("StudyApp migrations run online only.")
given = context.config.attributes.get("connection")
if given is not None:
    run(given)
else:
    run_from_command_line()
