"""The test server under an address the client treats as another computer.

The client allows plain http only to localhost, 127.0.0.1 and ::1. 127.0.0.2 is
still this machine (all of 127/8 is loopback on Linux) but not one of those
names, so a byte-for-byte TCP relay there stands in for a remote plain-http server.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
from urllib.parse import urlsplit

ALIAS_HOST = "127.0.0.2"


def _pump(source: socket.socket, target: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while chunk := source.recv(65536):
            target.sendall(chunk)
    with contextlib.suppress(OSError):
        target.shutdown(socket.SHUT_WR)


class RemoteAlias:
    """Relays ``http://127.0.0.2:PORT`` to ``upstream`` (an http://127.0.0.1:PORT URL)."""

    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        target = (parts.hostname or "127.0.0.1", parts.port or 80)

        class Relay(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                with socket.create_connection(target, timeout=60) as upstream_socket:
                    back = threading.Thread(
                        target=_pump, args=(upstream_socket, self.request), daemon=True
                    )
                    back.start()
                    _pump(self.request, upstream_socket)
                    back.join(60)

        self.server = socketserver.ThreadingTCPServer((ALIAS_HOST, 0), Relay)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://{ALIAS_HOST}:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
