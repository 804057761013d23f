"""The pull cursor never skips a change while many transactions commit at once (PostgreSQL).

Writers push concurrently through the real server while a reader keeps pulling
with its cursor, exactly as a laptop does. If positions could commit out of
order, the reader would move its cursor past a position that commits later and
never see that row; here every pushed row must reach the reader.
"""

from __future__ import annotations

import threading
import time

from tests.server import changes
from tests.server.harness import (
    Api,
    ServerProcess,
    register_and_login,
    server_fixture,  # noqa: F401  (the `server` fixture)
)

WRITERS = 12
BATCHES = 8
PER_BATCH = 3


def _writer(api: Api, examiner_uuid: str, written: list[str], errors: list[str]) -> None:
    for _ in range(BATCHES):
        batch = [changes.gouge(examiner_uuid) for _ in range(PER_BATCH)]
        answer = api.post("/sync/push", {"changes": batch})
        if answer.status_code != 200:
            errors.append(answer.text)
            continue
        written.extend(c["uuid"] for c in batch)


def _reader(api: Api, seen: set[str], stop: threading.Event) -> int:
    cursor = 0
    while True:
        done = stop.is_set()  # read before pulling: the last pull starts after every commit
        page = api.get("/sync/pull", cursor=cursor, limit=50).json()
        seen.update(c["uuid"] for c in page["changes"] if c["entity"] == "gouge")
        cursor = page["cursor"]
        if done and not page["more"]:
            return cursor
        if not page["more"]:
            time.sleep(0.005)


def test_concurrent_writers_never_make_the_cursor_skip(server: ServerProcess) -> None:
    examiner = changes.examiner()
    owner = register_and_login(server.url, "owner@example.com")
    owner.post("/sync/push", {"changes": [examiner]})
    apis = [register_and_login(server.url, f"w{i}@example.com") for i in range(WRITERS)]
    reader_api = register_and_login(server.url, "reader@example.com")
    written: list[str] = []
    errors: list[str] = []
    seen: set[str] = set()
    stop = threading.Event()
    reader = threading.Thread(target=_reader, args=(reader_api, seen, stop))
    reader.start()
    writers = [
        threading.Thread(target=_writer, args=(api, examiner["uuid"], written, errors))
        for api in apis
    ]
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join()
    stop.set()
    reader.join(120)
    assert errors == []
    assert len(written) == WRITERS * BATCHES * PER_BATCH
    assert seen == set(written)
    aggregates = owner.get(f"/examiners/{examiner['uuid']}").json()["aggregates"]
    assert aggregates["feedback_count"] == len(written)
