"""alembic environment for the sync server's schema (SQLite or PostgreSQL).

The server passes its connection in ``config.attributes["connection"]``; for
``alembic revision --autogenerate`` use ``-x url=...`` with
``alembic -c studyapp/server/migrations/alembic.ini``.
"""

from typing import Any

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy.types import TypeDecorator

from studyapp.server.database import create_server_engine
from studyapp.server.models import ServerBase


def render_item(kind: str, obj: Any, _context: AutogenContext) -> str | bool:
    # Migrations are frozen history: plain SQLAlchemy types, never the app's decorators.
    if kind == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{type(obj.impl_instance).__name__}()"
    return False


def run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=ServerBase.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


given = context.config.attributes.get("connection")
if given is not None:
    run(given)
else:
    engine = create_server_engine(context.get_x_argument(as_dictionary=True)["url"])
    with engine.connect() as connection, connection.begin():
        run(connection)
