"""``studyapp-server``: migrate the server database, then serve the API with uvicorn."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from studyapp import __version__
from studyapp.server.database import ServerDatabase, default_database_url, upgrade

DATABASE_URL_ENV = "STUDYAPP_SERVER_DATABASE_URL"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="studyapp-server", description="StudyApp sync server")
    parser.add_argument("--version", action="version", version=f"StudyApp server {__version__}")
    parser.add_argument(
        "--database-url",
        help="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db "
        "(default: a SQLite file in the current folder)",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=1)
    return parser


def app_from_environment():  # type: ignore[no-untyped-def]
    """The ASGI app for uvicorn's worker processes (they re-import it by name)."""
    from studyapp.server.app import create_app
    from studyapp.server.register_limit import RegistrationLimit
    from studyapp.server.threads import WorkerThreads, worker_threads

    threads = worker_threads()
    database = ServerDatabase(os.environ[DATABASE_URL_ENV], pool_size=threads)
    app = create_app(database)
    app.add_middleware(RegistrationLimit, db=database)
    app.add_middleware(WorkerThreads, threads=threads)
    return app


def main(argv: Sequence[str] | None = None) -> int:
    import uvicorn

    args = build_parser().parse_args(argv)
    url = args.database_url or os.environ.get(DATABASE_URL_ENV) or default_database_url()
    database = ServerDatabase(url)
    upgrade(database)
    database.close()
    os.environ[DATABASE_URL_ENV] = url
    uvicorn.run(
        "studyapp.server.__main__:app_from_environment",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        proxy_headers=True,
        log_level="info",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
