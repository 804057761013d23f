"""How many threads of each worker run the API's (synchronous) endpoints.

FastAPI runs a plain ``def`` endpoint in anyio's thread pool, 40 threads by
default. The endpoints are Python-bound: 40 threads share one GIL, and a push
holding a row lock gets a 40th of the worker's CPU while it holds it, so every
push waiting for that lock waits 40 times longer. Each thread also needs a
database connection; with more threads than connections the rest queue in the
pool and, after 30 s, fail. So a worker runs as many threads as its pool has
connections, and further requests wait their turn on the event loop instead.
"""

from __future__ import annotations

import os
from typing import Any

import anyio.to_thread

THREADS_ENV = "STUDYAPP_SERVER_THREADS"
DEFAULT_THREADS = 10


def worker_threads() -> int:
    return max(1, int(os.environ.get(THREADS_ENV, DEFAULT_THREADS)))


class WorkerThreads:
    """ASGI middleware: sets the thread limit once, at start-up (lifespan, in the event loop)."""

    def __init__(self, app: Any, threads: int) -> None:
        self.app, self.threads = app, threads
        self.applied = False

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if not self.applied:
            anyio.to_thread.current_default_thread_limiter().total_tokens = self.threads
            self.applied = True
        await self.app(scope, receive, send)
