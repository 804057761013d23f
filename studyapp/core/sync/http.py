"""Talking to the sync server: timeouts on every call, back-off with jitter, TLS verified.

Every request the client makes may be repeated safely (pushes carry change ids),
so connection failures, timeouts, 5xx and 429 are retried with exponential
back-off and full jitter; other 4xx answers are final. The token is sent only in
the Authorization header and never logged.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import Any

import requests

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 30.0


class SyncError(Exception):
    """Sync could not finish; ``code`` is for the UI, ``str()`` for the log."""

    code = "error"


class Offline(SyncError):
    code = "offline"


class Unauthorized(SyncError):
    code = "signed_out"


class Throttled(SyncError):
    """The server limits attempts (sign-in failures, registrations) for now: 429."""

    code = "throttled"

    def __init__(self, retry_after: float | None) -> None:
        wait = f"about {max(1, round(retry_after / 60))} min" if retry_after else "a while"
        super().__init__(f"The server refuses more attempts from here for now; wait {wait}.")
        self.retry_after = retry_after


class Refused(SyncError):
    """The server answered with a final 4xx; ``errors`` holds its field codes, if any."""

    code = "refused"

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(f"server refused the request ({status}: {body.get('error', '')})")
        self.status = status
        self.errors: dict[str, str] = body.get("errors") or {}


def backoff_delay(attempt: int, base: float, cap: float) -> float:
    """Full jitter: anywhere between 0 and the exponential ceiling, so clients spread out."""
    return random.uniform(0, min(cap, base * 2**attempt))


class SyncHttp:
    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        attempts: int = 5,
        backoff_base: float = 0.5,
        backoff_cap: float = 30.0,
        timeout: tuple[float, float] = (CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = base_url
        self.token = token
        self.attempts = attempts
        self.backoff_base, self.backoff_cap = backoff_base, backoff_cap
        self.timeout = timeout
        self.sleep = sleep
        self.session = requests.Session()
        self.session.verify = True

    def close(self) -> None:
        self.session.close()

    def get(self, path: str, **params: Any) -> dict[str, Any]:
        return self.request("GET", path, params=params)

    def post(self, path: str, body: Any = None) -> dict[str, Any]:
        return self.request("POST", path, json=body)

    def request(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        last: Exception | None = None
        for attempt in range(self.attempts):
            if attempt:
                self.sleep(self._delay(attempt - 1, last))
            try:
                answer = self._send(method, path, **kwargs)
            except requests.RequestException as error:
                last = Offline(f"{method} {path}: {type(error).__name__}")
                log.info("sync request failed (attempt %d): %s", attempt + 1, last)
                continue
            if answer.status_code >= 500 or answer.status_code == 429:
                last = _Retryable(answer)
                log.info("sync server answered %d (attempt %d)", answer.status_code, attempt + 1)
                if last.status == 429 and (last.retry_after or 0) > self.backoff_cap:
                    break  # blocked for longer than we would wait: say so now
                continue
            return self._result(answer)
        if isinstance(last, _Retryable) and last.status == 429:
            raise Throttled(last.retry_after)
        if isinstance(last, _Retryable):
            raise SyncError(f"server error {last.status} after {self.attempts} attempts")
        raise last or Offline("no attempt made")

    def _send(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        return self.session.request(
            method, self.base_url + path, headers=headers, timeout=self.timeout, **kwargs
        )

    def _delay(self, attempt: int, last: Exception | None) -> float:
        delay = backoff_delay(attempt, self.backoff_base, self.backoff_cap)
        if isinstance(last, _Retryable) and last.retry_after is not None:
            delay = max(delay, min(last.retry_after, self.backoff_cap))
        return delay

    @staticmethod
    def _result(answer: requests.Response) -> dict[str, Any]:
        if answer.status_code == 204:
            return {}
        try:
            body = answer.json()
        except ValueError:
            body = {}
        if answer.status_code == 401:
            raise Unauthorized("the server no longer accepts this sign-in")
        if answer.status_code >= 400:
            raise Refused(answer.status_code, body if isinstance(body, dict) else {})
        return body


class _Retryable(Exception):
    def __init__(self, answer: requests.Response) -> None:
        super().__init__(answer.status_code)
        self.status = answer.status_code
        header = answer.headers.get("Retry-After", "")
        self.retry_after = float(header) if header.isdigit() else None
