"""An HTTP proxy between a client and the test server that misbehaves on request.

Faults are queued per path and used up one request at a time:

* ``drop``: forward the request (the server applies it), then close the
  connection without answering, as when Wi-Fi dies mid-request.
* ``error500``: answer 500 without forwarding.
* ``slow``: forward, then wait ``delay`` seconds before answering (client timeout).
* ``hold``: forward, set ``forwarded``, then wait until ``release`` is set.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import defaultdict, deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests

HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


class FaultProxy:
    def __init__(self, upstream: str, delay: float = 3.0) -> None:
        self.upstream = upstream
        self.delay = delay
        self.faults: dict[str, deque[str]] = defaultdict(deque)
        self.seen: list[tuple[str, str]] = []
        self.forwarded = threading.Event()
        self.release = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def add(self, path: str, *faults: str) -> None:
        self.faults[path].extend(faults)

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    def _next_fault(self, path: str) -> str:
        queue = self.faults[path.split("?")[0]]
        return queue.popleft() if queue else "pass"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                self._proxy("GET")

            def do_POST(self) -> None:
                self._proxy("POST")

            def _proxy(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                fault = proxy._next_fault(self.path)
                proxy.seen.append((self.path, fault))
                if fault == "error500":
                    self._answer(500, b'{"error": "injected"}', {})
                    return
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS}
                answer = requests.request(
                    method, proxy.upstream + self.path, data=body, headers=headers, timeout=60
                )
                if fault == "drop":
                    self.close_connection = True
                    self.connection.close()
                    return
                if fault == "slow":
                    time.sleep(proxy.delay)
                if fault == "hold":
                    proxy.forwarded.set()
                    proxy.release.wait(60)
                self._answer(answer.status_code, answer.content, answer.headers)

            def _answer(self, status: int, body: bytes, headers: object) -> None:
                self.send_response(status)
                kind = getattr(headers, "get", lambda *_: None)("content-type")
                self.send_header("Content-Type", kind or "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(OSError):  # the client gave up (timed out)
                    self.wfile.write(body)

        return Handler
