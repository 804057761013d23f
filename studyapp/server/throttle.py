"""Slowing down password guessing (per account and per address) and mass registration.

Logins: the first few failures cost nothing (typos happen); after that each
failure blocks the key for twice as long as the previous one, up to a quarter of
an hour. While a key is blocked, login answers 429 with Retry-After without
checking the password, so a guesser learns nothing and spends no server CPU on argon2.

Registrations: at most ``registration_limit()`` attempts per network address in
a fixed window of an hour (each costs an argon2 hash and may create an account);
then 429 with Retry-After until the window ends. They share the
``login_failure`` table under "register:ADDRESS" keys: ``failures`` counts the
attempts in the window and ``blocked_until`` is when the window ends.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from studyapp.core.base import utcnow
from studyapp.server.models import LoginFailure

FREE_FAILURES = 5
MAX_BLOCK = timedelta(minutes=15)
REGISTRATION_WINDOW = timedelta(hours=1)
REGISTRATION_LIMIT = 20
REGISTRATION_LIMIT_ENV = "STUDYAPP_SERVER_REGISTRATIONS_PER_HOUR"


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


def registration_limit() -> int:
    """Registration attempts allowed per address and hour (the environment may raise it)."""
    return int(os.environ.get(REGISTRATION_LIMIT_ENV, REGISTRATION_LIMIT))


def registration_key(address: str) -> str:
    return f"register:{address}"[:300]


def take_registration(
    session: Session, address: str, limit: int, now: datetime | None = None
) -> int:
    """Count one registration attempt from ``address``: 0 to go ahead, else seconds to wait."""
    now = now or utcnow()
    key = registration_key(address)
    row = session.get(LoginFailure, key, with_for_update=True)
    if row is None:
        row = LoginFailure(key=key, failures=0)
        session.add(row)
    if row.blocked_until is None or row.blocked_until <= now:  # a new window starts
        row.failures, row.blocked_until = 0, now + REGISTRATION_WINDOW
    if row.failures >= limit:
        return int((row.blocked_until - now).total_seconds()) + 1
    row.failures += 1
    return 0
