"""Sync benchmark: many clients pushing and pulling at once against one server.

Run: /work/venv/bin/python tests/benchmarks/bench_sync_concurrent.py
         [--clients 200] [--rounds 5] [--workers 4] [--backend postgresql|sqlite]
         [--examiners 1] [--sample-db]
Each client (a thread with its own account and connection) does ``rounds`` times:
push a batch of 5 new gouge (about one of ``--examiners`` examiners, its own one
chosen round-robin), then pull everything since its cursor. Prints throughput,
p50/p99 latency per request (all, pushes, pulls) and errors; asserts nothing.

``--sample-db`` (PostgreSQL) samples pg_stat_activity every 0.1 s for the
server's connections and prints what they were doing: running a query, waiting
for a lock (and which query), or idle in a transaction (Python busy in the worker
while the transaction, and any row lock it took, stays open).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from studyapp.server.throttle import REGISTRATION_LIMIT_ENV  # noqa: E402
from tests.benchmarks import proc_cpu  # noqa: E402
from tests.benchmarks.pg_sampler import APPLICATION_NAME, ActivitySampler  # noqa: E402
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
        self.by_path: dict[str, list[float]] = {"/sync/push": [], "/sync/pull": []}
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
        took = time.perf_counter() - started
        self.latencies.append(took)
        self.by_path[path].append(took)
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
    parser.add_argument("--examiners", type=int, default=1)
    parser.add_argument("--backend", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--sample-db", action="store_true")
    args = parser.parse_args()
    # Every account comes from 127.0.0.1: lift the per-address registration limit.
    os.environ[REGISTRATION_LIMIT_ENV] = str(10 * args.clients)
    with tempfile.TemporaryDirectory() as tmp:
        url, schema = database_url(args.backend, Path(tmp))
        if schema is not None:
            url += f"&application_name={APPLICATION_NAME}"
        server = ServerProcess(url, Path(tmp) / "server.log", workers=args.workers).start()
        sampler = ActivitySampler(schema.user) if schema is not None and args.sample_db else None
        try:
            run(server, args, sampler)
        finally:
            log = (Path(tmp) / "server.log").read_text()
            print("server log, errors:", [ln for ln in log.splitlines() if "Error" in ln][-5:])
            server.stop()
            if schema is not None:
                schema.drop()


def _percentiles(values: list[float]) -> str:
    if not values:
        return "none"
    ordered = sorted(values)
    p99 = ordered[max(0, int(len(ordered) * 0.99) - 1)]
    return f"p50 {statistics.median(ordered) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms"


def _setup(base: str, args: argparse.Namespace) -> list[Client]:
    owner = _account(base, -1)
    examiners = [changes.examiner(name=f"Examiner {i}") for i in range(args.examiners)]
    owner.post(f"{base}/sync/push", json={"changes": examiners}, timeout=60)
    print(f"creating {args.clients} accounts (argon2id: deliberately slow)...")
    with ThreadPoolExecutor(8) as pool:  # not measured: only the setup is quicker
        sessions = list(pool.map(lambda i: _account(base, i), range(args.clients)))
    return [
        Client(base, http, examiners[i % len(examiners)]["uuid"], args.rounds)
        for i, http in enumerate(sessions)
    ]


def run(server: ServerProcess, args: argparse.Namespace, sampler: ActivitySampler | None) -> None:
    clients = _setup(server.url, args)
    assert server.process is not None
    server_pids = proc_cpu.tree(server.process.pid)
    server_cpu = proc_cpu.total(server_pids)
    for client in clients:
        client.start()
    if sampler is not None:
        sampler.start()
    started, client_cpu = time.perf_counter(), time.process_time()
    for client in clients:
        client.start_gate.set()
    for client in clients:
        client.join()
    elapsed = time.perf_counter() - started
    client_cpu = time.process_time() - client_cpu
    server_cpu = proc_cpu.total(server_pids) - server_cpu
    if sampler is not None:
        sampler.stop()
    latencies = [x for c in clients for x in c.latencies]
    errors = sum(c.errors for c in clients)
    failures = sum((c.failures for c in clients), Counter())
    print(
        f"{args.clients} clients x {args.rounds} rounds ({args.backend}, "
        f"{args.workers} workers, {args.examiners} examiner(s)): {len(latencies)} requests "
        f"in {elapsed:.1f} s = {len(latencies) / elapsed:.0f} req/s, "
        f"{args.clients * args.rounds * 5 / elapsed:.0f} gouge/s; {_percentiles(latencies)}; "
        f"errors {errors} {dict(failures)}"
    )
    print(
        f"  CPU used while measured: server workers {server_cpu:.0f} s, clients (this "
        f"process) {client_cpu:.0f} s, of {os.cpu_count()} x {elapsed:.0f} s"
    )
    for path in ("/sync/push", "/sync/pull"):
        times = [x for c in clients for x in c.by_path[path]]
        print(f"  {path}: {len(times)} requests, {_percentiles(times)}")
    if sampler is not None:
        sampler.report()
        backends = proc_cpu.total(list(sampler.backends))
        print(f"  PostgreSQL backends' CPU (whole run, incl. set-up): {backends:.0f} s")


if __name__ == "__main__":
    main()
