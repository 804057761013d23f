"""Sync benchmark: many clients pushing and pulling at once against one server.

Run: /work/venv/bin/python tests/benchmarks/bench_sync_concurrent.py
         [--clients 200] [--rounds 5] [--workers 4] [--backend postgresql|sqlite]
Each client (a thread with its own account and connection) does ``rounds`` times:
push a batch of 5 new gouge, then pull everything since its cursor. Prints
throughput, p50/p99 latency per request and errors; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.server import changes  # noqa: E402
from tests.server.harness import ServerProcess, database_url  # noqa: E402

PASSWORD = "correct horse battery"


def _account(base: str, i: int) -> requests.Session:
    http = requests.Session()
    body = {"email": f"c{i}@example.com", "first_name": "C", "last_name": str(i)}
    http.post(f"{base}/accounts/register", json={**body, "password": PASSWORD}, timeout=120)
    login = {"email": body["email"], "password": PASSWORD}
    token = http.post(f"{base}/accounts/login", json=login, timeout=120).json()["token"]
    http.headers["Authorization"] = f"Bearer {token}"
    return http


class Client(threading.Thread):
    def __init__(self, base: str, http: requests.Session, examiner: str, rounds: int) -> None:
        super().__init__()
        self.base, self.http, self.examiner, self.rounds = base, http, examiner, rounds
        self.latencies: list[float] = []
        self.errors = 0
        self.failures: Counter[str] = Counter()
        self.start_gate = threading.Event()

    def _timed(self, method: str, path: str, **kwargs: object) -> dict | None:
        started = time.perf_counter()
        try:
            answer = self.http.request(method, self.base + path, timeout=120, **kwargs)
        except requests.RequestException as error:
            self.errors += 1
            self.failures[type(error).__name__] += 1
            return None
        self.latencies.append(time.perf_counter() - started)
        if answer.status_code != 200:
            self.errors += 1
            self.failures[f"{path} {answer.status_code}"] += 1
            return None
        return answer.json()

    def run(self) -> None:
        self.start_gate.wait()
        cursor = 0
        for _ in range(self.rounds):
            batch = [changes.gouge(self.examiner) for _ in range(5)]
            self._timed("POST", "/sync/push", json={"changes": batch})
            more = True
            while more:
                page = self._timed("GET", "/sync/pull", params={"cursor": cursor, "limit": 500})
                if page is None:
                    break
                cursor, more = page["cursor"], page["more"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--backend", choices=("postgresql", "sqlite"), default="postgresql")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url, schema = database_url(args.backend, Path(tmp))
        server = ServerProcess(url, Path(tmp) / "server.log", workers=args.workers).start()
        try:
            run(server.url, args)
        finally:
            log = (Path(tmp) / "server.log").read_text()
            print("server log, errors:", [ln for ln in log.splitlines() if "Error" in ln][-5:])
            server.stop()
            if schema is not None:
                schema.drop()


def run(base: str, args: argparse.Namespace) -> None:
    owner = _account(base, -1)
    examiner = changes.examiner()
    owner.post(f"{base}/sync/push", json={"changes": [examiner]}, timeout=60)
    print(f"creating {args.clients} accounts (argon2id: deliberately slow)...")
    sessions = [_account(base, i) for i in range(args.clients)]
    clients = [Client(base, http, examiner["uuid"], args.rounds) for http in sessions]
    for client in clients:
        client.start()
    started = time.perf_counter()
    for client in clients:
        client.start_gate.set()
    for client in clients:
        client.join()
    elapsed = time.perf_counter() - started
    latencies = sorted(x for c in clients for x in c.latencies)
    errors = sum(c.errors for c in clients)
    failures = sum((c.failures for c in clients), Counter())
    p99 = latencies[int(len(latencies) * 0.99) - 1] if latencies else 0.0
    print(
        f"{args.clients} clients x {args.rounds} rounds ({args.backend}, "
        f"{args.workers} workers): {len(latencies)} requests in {elapsed:.1f} s = "
        f"{len(latencies) / elapsed:.0f} req/s, {args.clients * args.rounds * 5 / elapsed:.0f} "
        f"gouge/s; p50 {statistics.median(latencies) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms; "
        f"errors {errors} {dict(failures)}"
    )


if __name__ == "__main__":
    main()
