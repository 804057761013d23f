"""What the benchmark server's PostgreSQL connections are doing, sampled every 0.1 s.

The server's URL carries ``application_name=APPLICATION_NAME``; each sample
classifies every such backend as running, waiting for a lock (with the start of
the query that waits), idle in a transaction, or idle. A profile of where a
request's time goes without touching the server's code.
"""

from __future__ import annotations

import threading
from collections import Counter

import psycopg

from tests.server.harness import PG_DB, PG_HOST, PG_PORT

APPLICATION_NAME = "studyapp-bench"
QUERY = """
SELECT pid, state, wait_event_type, wait_event, left(regexp_replace(query, '\\s+', ' ', 'g'), 70)
FROM pg_stat_activity WHERE application_name = %s
"""


class ActivitySampler(threading.Thread):
    def __init__(self, user: str, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.user, self.interval = user, interval
        self.samples = 0
        self.states: Counter[str] = Counter()
        self.lock_waits: Counter[str] = Counter()
        self.backends: set[int] = set()  # PostgreSQL backend pids serving the server
        self.done = threading.Event()

    def run(self) -> None:
        with psycopg.connect(
            host=PG_HOST, port=PG_PORT, dbname=PG_DB, user=self.user, autocommit=True
        ) as conn:
            while not self.done.wait(self.interval):
                rows = conn.execute(QUERY, (APPLICATION_NAME,)).fetchall()
                self.samples += 1
                for pid, state, wait_type, wait_event, query in rows:
                    self.backends.add(pid)
                    self.states[_kind(state, wait_type, wait_event)] += 1
                    if wait_type == "Lock":
                        self.lock_waits[query] += 1

    def stop(self) -> None:
        self.done.set()
        self.join()

    def report(self) -> None:
        if not self.samples:
            return
        total = sum(self.states.values())
        print(f"  database connections, mean over {self.samples} samples:")
        for kind, count in self.states.most_common():
            print(f"    {count / self.samples:6.1f}  {kind} ({100 * count / total:.0f} %)")
        print("  lock waits by query (mean connections waiting):")
        for query, count in self.lock_waits.most_common(6):
            print(f"    {count / self.samples:6.1f}  {query}")


def _kind(state: str | None, wait_type: str | None, wait_event: str | None) -> str:
    if state == "active":
        if wait_type == "Lock":
            return f"waiting for a lock ({wait_event})"
        if wait_type:
            return f"active, waiting on {wait_type}:{wait_event}"
        return "active (running)"
    return state or "unknown"
