"""Per-address throttling of ``POST /accounts/register``, as ASGI middleware.

Each attempt costs an argon2 hash and may create an account, so one address may
make only a limited number an hour (throttle.py); beyond that the answer is 429
with Retry-After, before the body is read. The address is the one uvicorn's
proxy-headers handling settled on (the client, behind a trusted reverse proxy).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from sqlalchemy.exc import OperationalError
from starlette.concurrency import run_in_threadpool

from studyapp.server import accounts
from studyapp.server.database import ServerDatabase

log = logging.getLogger(__name__)
REGISTER_PATH = "/accounts/register"


class RegistrationLimit:
    def __init__(self, app: Any, db: ServerDatabase) -> None:
        self.app, self.db = app, db

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if (
            scope["type"] == "http"
            and scope["method"] == "POST"
            and scope["path"].rstrip("/") == REGISTER_PATH
        ):
            client = scope.get("client")
            address = str(client[0]) if client else "unknown"
            try:
                # The database call blocks: off the event loop, like FastAPI's sync endpoints.
                await run_in_threadpool(accounts.register_allowed, self.db, address)
            except accounts.TooManyAttempts as error:
                headers = {"Retry-After": str(error.retry_after)}
                await _answer(send, 429, {"error": "too_many_attempts"}, headers)
                return
            except OperationalError as error:
                log.warning("database unavailable: %s", type(error.orig).__name__)
                await _answer(send, 503, {"error": "busy"}, {"Retry-After": "1"})
                return
        await self.app(scope, receive, send)


async def _answer(send: Any, status: int, body: dict[str, str], headers: dict[str, str]) -> None:
    content = json.dumps(body).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode())]
    raw += [(name.lower().encode(), value.encode()) for name, value in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": content})
