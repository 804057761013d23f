"""Where a sync request's CPU goes on the server, one request at a time (no HTTP, no threads).

Run: /work/venv/bin/python tests/benchmarks/bench_sync_profile.py [--gouge 5000] [--backend B]
Fills a fresh server database (PostgreSQL by default) through the push code,
then times and profiles: a push of 5 gouge about one examiner (the part that
holds the examiner's row lock in the concurrent benchmark), a 500-item pull,
the JSON encoding FastAPI does for a ``dict`` answer, and the token check. Prints
figures and the top functions by own time; asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from uuid import UUID

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pydantic import TypeAdapter  # noqa: E402

from studyapp.server import accounts, pull, push  # noqa: E402
from studyapp.server.database import ServerDatabase, upgrade  # noqa: E402
from tests.server import changes  # noqa: E402
from tests.server.harness import database_url  # noqa: E402

PASSWORD = "correct horse battery"


def _change(raw: dict[str, Any]) -> push.Change:
    return push.Change(
        UUID(raw["id"]), raw["entity"], raw["op"], UUID(raw["uuid"]), raw.get("data") or {}
    )


def _timed(label: str, count: int, work: Callable[[], object]) -> float:
    started = time.perf_counter()
    for _ in range(count):
        work()
    each = (time.perf_counter() - started) / count
    print(f"  {label}: {each * 1000:.2f} ms each ({count} runs)")
    return each


def _profile(label: str, work: Callable[[], object], count: int = 20) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(count):
        work()
    profiler.disable()
    print(f"\n  top own-time functions, {label}:")
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(12)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gouge", type=int, default=5000)
    parser.add_argument("--backend", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--profile", action="store_true", help="print cProfile tables")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url, schema = database_url(args.backend, Path(tmp))
        db = ServerDatabase(url)
        try:
            upgrade(db)
            run(db, args)
        finally:
            db.close()
            if schema is not None:
                schema.drop()


def run(db: ServerDatabase, args: argparse.Namespace) -> None:
    account = accounts.register(db, "ana@example.com", "Ana", "Z", PASSWORD)
    token = accounts.login(db, "ana@example.com", PASSWORD, "127.0.0.1").token
    examiner = changes.examiner()
    push.push(db, account, [_change(examiner)])

    def push_five() -> None:
        push.push(db, account, [_change(changes.gouge(examiner["uuid"])) for _ in range(5)])

    print(f"filling: {args.gouge} gouge in pushes of 5 ({args.backend})")
    for _ in range(args.gouge // 5 - 40):
        push_five()
    push_time = _timed("push of 5 gouge, one examiner", 40, push_five)

    def pull_page() -> dict[str, Any]:
        with db.session() as session:
            return pull.pull(session, account, 0, 500)

    page = pull_page()
    pull_time = _timed("pull.pull of a 500-item page", 20, pull_page)
    adapter = TypeAdapter(dict[str, Any])

    def fastapi_encoding() -> bytes:
        valid = adapter.validate_python(page)
        content = adapter.dump_python(valid, mode="json")
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()

    body = fastapi_encoding()
    encode_time = _timed("FastAPI-style encoding of that page", 20, fastapi_encoding)
    plain = _timed(
        "plain json.dumps of that page",
        20,
        lambda: json.dumps(page, ensure_ascii=False, separators=(",", ":")).encode(),
    )

    def check_token() -> None:
        with db.session() as session:
            accounts.authenticate(session, token)

    auth_time = _timed("token check (own transaction)", 200, check_token)
    items = len(page["changes"])
    print(
        f"\n  per pulled item: {pull_time / items * 1e6:.0f} µs building + "
        f"{encode_time / items * 1e6:.0f} µs encoding ({plain / items * 1e6:.0f} µs with "
        f"plain json.dumps); {len(body) / items:.0f} bytes"
    )
    print(f"  push {push_time * 1000:.1f} ms; token check {auth_time * 1000:.2f} ms")
    if args.profile:
        _profile("push of 5", push_five)
        _profile("pull of 500", pull_page, 5)
        _profile("encoding of 500", fastapi_encoding, 5)


if __name__ == "__main__":
    main()
