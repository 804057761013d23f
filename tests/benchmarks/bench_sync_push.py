"""Sync benchmark: one laptop pushes 10,000 queued gouge, another pulls them.

Run: /work/venv/bin/python tests/benchmarks/bench_sync_push.py [--changes N] [--backend B]
B is postgresql (default; 127.0.0.1:5432, database "test") or sqlite. Prints
figures; asserts nothing. Goal: the 10,000-change push in <= 10 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from studyapp.core.gouge import service  # noqa: E402
from studyapp.core.sync import engine  # noqa: E402
from studyapp.core.sync.http import SyncHttp  # noqa: E402
from studyapp.core.sync.models import SyncState  # noqa: E402
from tests.server.harness import ServerProcess, database_url  # noqa: E402
from tests.server.laptops import Laptop, make_laptop  # noqa: E402


def _queue(laptop: Laptop, count: int) -> None:
    examiner_id = laptop.add_examiner()
    for i in range(count):
        data = service.GougeInput(
            examiner_id=examiner_id,
            gouge_date=date(2026, 10, 1),
            checkride_type="private",
            pass_or_fail="pass" if i % 3 else "fail",
            rating=1 + i % 5,
            flight_difficulty=1 + i % 3,
            oral_difficulty=1 + (i // 3) % 3,
            stress_level=3,
            content=f"Benchmark report {i}: steep turns, stalls, and a long oral on airspace.",
        )
        service.write_gouge(laptop.db, laptop.user_id, data)


def _http(laptop: Laptop) -> SyncHttp:
    with laptop.db.session() as session:
        state = session.get(SyncState, laptop.user_id)
        assert state is not None
        url, key = state.server_url, state.keyring_key
    return SyncHttp(url, laptop.tokens.load(key), timeout=(5, 120))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--backend", choices=("postgresql", "sqlite"), default="postgresql")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url, schema = database_url(args.backend, folder)
        server = ServerProcess(url, folder / "server.log").start()
        try:
            ana = make_laptop(folder / "ana", "ana@example.com", "Ana", "Z")
            bo = make_laptop(folder / "bo", "bo@example.com", "Bo", "L")
            ana.login(server.url, "ana@example.com")
            bo.login(server.url, "bo@example.com")
            started = time.perf_counter()
            _queue(ana, args.changes)
            print(f"queued {args.changes} gouge locally: {time.perf_counter() - started:.1f} s")
            report = engine.SyncReport()
            started = time.perf_counter()
            engine.push(ana.db, ana.user_id, _http(ana), report)
            pushed = time.perf_counter() - started
            print(
                f"push of {report.pushed} changes ({args.backend}): {pushed:.2f} s "
                f"({report.pushed / pushed:.0f} changes/s), {report.rejected} refused"
            )
            pulled = engine.SyncReport()
            started = time.perf_counter()
            engine.pull(bo.db, bo.user_id, _http(bo), pulled)
            took = time.perf_counter() - started
            print(f"pull on the other laptop: {pulled.pulled} in {took:.2f} s")
            ana.close()
            bo.close()
        finally:
            server.stop()
            if schema is not None:
                schema.drop()


if __name__ == "__main__":
    main()
