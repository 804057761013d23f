"""Chat benchmark: delivery latency between two laptops, and messages per second one server takes.

Run: /work/venv/bin/python tests/benchmarks/bench_chat.py
         [--backend postgresql|sqlite] [--workers 4] [--messages 60] [--poll 3.0]
         [--senders 20] [--seconds 10]

Latency: two real laptops (data folders, the app's own sync client) in one
conversation. Ana writes a message, and like the app sends it after the 250 ms
change delay; Bo polls like the app (every ``--poll`` seconds). Latency is from
Ana pressing Enter to the message being stored on Bo's laptop. Run once with the
app's poll interval (what a pilot sees) and once polling back-to-back (the
server path alone). Messages are written at random moments so they do not line
up with the polls.

Throughput: ``--senders`` accounts, each with a partner in its own conversation,
post one message per request as fast as they can for ``--seconds``; the figure
is messages the server accepted per second. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from studyapp.core.chat import service  # noqa: E402
from studyapp.core.sync.wire import CONVERSATION, MESSAGE, PARTICIPANT, UPSERT  # noqa: E402
from studyapp.server.throttle import REGISTRATION_LIMIT_ENV  # noqa: E402
from tests.server.harness import ServerProcess, database_url, register_and_login  # noqa: E402
from tests.server.laptops import Laptop, make_laptop  # noqa: E402

CHANGE_DELAY = 0.25  # studyapp.ui.sync_controller.CHANGE_DELAY_MS


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Receiver(threading.Thread):
    """Bo's laptop polling like the app; records when each message first lands."""

    def __init__(self, laptop: Laptop, poll: float) -> None:
        super().__init__(daemon=True)
        self.laptop, self.poll = laptop, poll
        self.arrived: dict[str, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            started = time.perf_counter()
            report = self.laptop.sync()
            now = time.perf_counter()
            for message in report.incoming:
                self.arrived.setdefault(message.content, now)
            self.stop.wait(max(0.0, self.poll - (now - started)))


def measure_latency(
    ana: Laptop, bo: Laptop, room: uuid.UUID, count: int, poll: float
) -> list[float]:
    receiver = Receiver(bo, poll)
    receiver.start()
    sent: dict[str, float] = {}
    for n in range(count):
        time.sleep(random.uniform(0.3, 1.3))
        text = f"latency probe {poll} {n} {uuid.uuid4()}"
        sent[text] = time.perf_counter()
        service.post_message(ana.db, ana.user_id, room, text)
        time.sleep(CHANGE_DELAY)
        ana.sync()
    deadline = time.perf_counter() + poll + 10
    while len(receiver.arrived) < count and time.perf_counter() < deadline:
        time.sleep(0.05)
    receiver.stop.set()
    receiver.join()
    return [receiver.arrived[t] - sent[t] for t in sent if t in receiver.arrived]


def _push(http: requests.Session, base: str, entity: str, uuid_: uuid.UUID, data: dict) -> dict:
    change = {
        "id": str(uuid.uuid4()),
        "entity": entity,
        "op": UPSERT,
        "uuid": str(uuid_),
        "data": data,
    }
    answer = http.post(f"{base}/sync/push", json={"changes": [change]}, timeout=60)
    answer.raise_for_status()
    return answer.json()["results"][0]


def _sender(base: str, n: int) -> tuple[requests.Session, uuid.UUID]:
    api = register_and_login(base, f"sender{n}@example.com", "Sender", str(n))
    register_and_login(base, f"partner{n}@example.com", "Partner", str(n))
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {api.token}"
    room = uuid.uuid4()
    moment = "2026-11-25T10:00:00+00:00"
    _push(http, base, CONVERSATION, room, {"uuid": str(room), "title": f"Pair {n}",
          "created_at": moment, "updated_at": moment})  # fmt: skip
    invite = {"conversation_uuid": str(room), "email": f"partner{n}@example.com"}
    _push(http, base, PARTICIPANT, uuid.uuid4(), invite)
    return http, room


def measure_throughput(base: str, senders: int, seconds: float) -> tuple[int, int, float]:
    accounts = [_sender(base, n) for n in range(senders)]
    accepted, errors = [0] * senders, [0] * senders
    gate, stop = threading.Barrier(senders + 1), threading.Event()

    def send(i: int) -> None:
        http, room = accounts[i]
        gate.wait()
        while not stop.is_set():
            data = {"conversation_uuid": str(room), "content": f"message from {i}",
                    "created_at": "2026-11-25T10:00:00+00:00"}  # fmt: skip
            try:
                result = _push(http, base, MESSAGE, uuid.uuid4(), data)
                accepted[i] += result["status"] == "applied"
            except requests.RequestException:
                errors[i] += 1

    threads = [threading.Thread(target=send, args=(i,)) for i in range(senders)]
    for thread in threads:
        thread.start()
    gate.wait()
    started = time.perf_counter()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join()
    return sum(accepted), sum(errors), time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", default="postgresql", choices=["postgresql", "sqlite"])
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--messages", type=int, default=60)
    parser.add_argument("--poll", type=float, default=3.0)
    parser.add_argument("--senders", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    # Every account comes from 127.0.0.1: lift the per-address registration limit.
    os.environ[REGISTRATION_LIMIT_ENV] = str(10 * args.senders + 10)
    with tempfile.TemporaryDirectory() as tmp:
        url, schema = database_url(args.backend, Path(tmp))
        server = ServerProcess(url, Path(tmp) / "server.log", workers=args.workers).start()
        try:
            run(args, server, Path(tmp))
        finally:
            server.stop()
            if schema is not None:
                schema.drop()


def run(args: argparse.Namespace, server: ServerProcess, folder: Path) -> None:
    ana = make_laptop(folder / "ana", "ana@example.com", "Ana", "Zebrowski")
    bo = make_laptop(folder / "bo", "bo@example.com", "Bo", "Lindqvist")
    ana.login(server.url, "ana@example.com")
    bo.login(server.url, "bo@example.com")
    room = service.start_conversation(ana.db, ana.user_id, "Bench", invite=("bo@example.com",))
    ana.sync()
    bo.sync()
    print(f"chat benchmark on {args.backend}, {args.workers} server workers")
    for poll in (args.poll, 0.0):
        took = measure_latency(ana, bo, room, args.messages, poll)
        label = f"poll every {poll:.1f} s" if poll else "polling back-to-back"
        print(
            f"  delivery latency, {label}: {len(took)}/{args.messages} delivered, "
            f"median {statistics.median(took) * 1000:.0f} ms, "
            f"p99 {_percentile(took, 0.99) * 1000:.0f} ms, max {max(took) * 1000:.0f} ms"
        )
    accepted, errors, elapsed = measure_throughput(server.url, args.senders, args.seconds)
    print(
        f"  throughput: {args.senders} senders, one message per request: "
        f"{accepted / elapsed:.0f} messages/s accepted ({accepted} in {elapsed:.1f} s), "
        f"{errors} errors"
    )
    ana.close()
    bo.close()


if __name__ == "__main__":
    main()
