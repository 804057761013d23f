"""Slowing down password guessing, per account and per network address.

The first few failures cost nothing (typos happen); after that each failure
blocks the key for twice as long as the previous one, up to a quarter of an hour.
While a key is blocked, login answers 429 with Retry-After without checking the
password, so a guesser learns nothing and spends no server CPU on argon2.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from studyapp.core.base import utcnow
from studyapp.server.models import LoginFailure

FREE_FAILURES = 5
MAX_BLOCK = timedelta(minutes=15)


def account_key(email: str) -> str:
    return f"account:{email.strip().casefold()}"[:300]


def address_key(address: str) -> str:
    return f"address:{address}"[:300]


def blocked_for(session: Session, keys: list[str], now: datetime | None = None) -> int:
    """Seconds until every key may try again (0: not blocked)."""
    now = now or utcnow()
    longest = 0
    for key in keys:
        row = session.get(LoginFailure, key)
        if row is not None and row.blocked_until is not None and row.blocked_until > now:
            longest = max(longest, int((row.blocked_until - now).total_seconds()) + 1)
    return longest


def record_failure(session: Session, keys: list[str], now: datetime | None = None) -> None:
    now = now or utcnow()
    for key in keys:
        row = session.get(LoginFailure, key)
        if row is None:
            row = LoginFailure(key=key, failures=0)
            session.add(row)
        row.failures += 1
        extra = row.failures - FREE_FAILURES
        if extra > 0:
            row.blocked_until = now + min(timedelta(seconds=2 ** (extra - 1)), MAX_BLOCK)


def record_success(session: Session, key: str) -> None:
    row = session.get(LoginFailure, key)
    if row is not None:
        session.delete(row)
