"""Server accounts: register, log in for a token, log out, and authenticate a request.

Tokens are 256 random bits (43 URL-safe characters); the database keeps only their
SHA-256, so a copy of the database cannot be used to sign in.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from studyapp.core.accounts import passwords
from studyapp.core.accounts.models import CustomUser
from studyapp.core.accounts.service import EMAIL_MAX, EMAIL_PATTERN, NAME_MAX, normalise_email
from studyapp.core.base import utcnow
from studyapp.core.errors import ValidationError, Validator
from studyapp.server import throttle
from studyapp.server.database import ServerDatabase
from studyapp.server.models import AuthToken

T = TypeVar("T")
TOKEN_LIFETIME = timedelta(days=30)
PASSWORD_MIN = 8
PASSWORD_MAX = 1024
# Verified when the email is unknown, so "no such account" takes as long as "wrong password".
_DUMMY_HASH = passwords.hash_password("not a real password")


class Unauthorized(Exception):
    """No token, or an unknown, expired or revoked one."""


class TooManyAttempts(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"retry after {retry_after} s")
        self.retry_after = retry_after


@dataclass(frozen=True)
class Account:
    id: int
    uuid: UUID
    email: str
    first_name: str
    last_name: str


@dataclass(frozen=True)
class IssuedToken:
    token: str
    expires_at: datetime
    account: Account


def _account(user: CustomUser) -> Account:
    return Account(user.id, user.uuid, user.email, user.first_name, user.last_name)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _check_registration(email: str, first_name: str, last_name: str, password: str) -> None:
    check = Validator()
    check.require(bool(email), "email", "required")
    check.require(len(email) <= EMAIL_MAX and bool(EMAIL_PATTERN.match(email)), "email", "invalid")
    for field, value in (("first_name", first_name), ("last_name", last_name)):
        check.require(bool(value), field, "required")
        check.require(len(value) <= NAME_MAX, field, "too_long")
    check.require(len(password) >= PASSWORD_MIN, "password", "too_short")
    check.require(len(password) <= PASSWORD_MAX, "password", "too_long")
    check.raise_if_any()


def register(
    db: ServerDatabase, email: str, first_name: str, last_name: str, password: str
) -> Account:
    """Create an account. Raises ValidationError (email taken, bad fields)."""
    email, first_name, last_name = email.strip(), first_name.strip(), last_name.strip()
    _check_registration(email, first_name, last_name, password)
    user = CustomUser(
        email=email,
        username=normalise_email(email),
        first_name=first_name,
        last_name=last_name,
        password=passwords.hash_password(password),
    )
    try:
        with db.session() as session:
            taken = session.scalar(
                select(CustomUser.id).where(CustomUser.username == user.username)
            )
            if taken is not None:
                raise ValidationError({"email": "taken"})
            session.add(user)
            session.flush()
            return _account(user)
    except IntegrityError as exc:  # a concurrent registration of the same email won
        raise ValidationError({"email": "taken"}) from exc


def register_allowed(db: ServerDatabase, address: str) -> None:
    """Count a registration attempt from ``address``. Raises TooManyAttempts over the limit."""
    limit = throttle.registration_limit()
    wait = _retry_on_conflict(
        db, lambda session: throttle.take_registration(session, address, limit)
    )
    if wait:
        raise TooManyAttempts(wait)


def _retry_on_conflict(db: ServerDatabase, work: Callable[[Session], T]) -> T:
    """Run ``work`` in a transaction; again if a concurrent one inserted the same throttle row."""
    for attempt in range(3):
        try:
            with db.session() as session:
                return work(session)
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class _Credentials:
    user_id: int
    password_hash: str
    active: bool


def login(db: ServerDatabase, email: str, password: str, address: str) -> IssuedToken:
    """A new token for the account. Raises Unauthorized or TooManyAttempts.

    argon2 runs with no transaction open: it takes ~0.1 s of CPU and memory, and
    a connection held that long is one fewer for every other request.
    """
    keys = [throttle.account_key(email), throttle.address_key(address)]
    with db.session() as session:
        wait = throttle.blocked_for(session, keys)
        found = None if wait else _credentials(session, email)
    if wait:
        raise TooManyAttempts(wait)
    stored = found.password_hash if found is not None else _DUMMY_HASH
    valid = passwords.verify_password(stored, password[:PASSWORD_MAX])
    if found is None or not valid or not found.active:
        _retry_on_conflict(db, lambda session: throttle.record_failure(session, keys))
        raise Unauthorized
    with db.session() as session:
        throttle.record_success(session, keys[0])
        token = secrets.token_urlsafe(32)
        expires = utcnow() + TOKEN_LIFETIME
        session.add(
            AuthToken(token_hash=hash_token(token), user_id=found.user_id, expires_at=expires)
        )
        user = session.get(CustomUser, found.user_id)
        if user is None:  # deleted between the two transactions
            raise Unauthorized
        user.last_login = utcnow()
        return IssuedToken(token, expires, _account(user))


def _credentials(session: Session, email: str) -> _Credentials | None:
    user = session.scalar(select(CustomUser).where(CustomUser.username == normalise_email(email)))
    if user is None:
        return None
    return _Credentials(user.id, user.password or _DUMMY_HASH, user.is_active)


def _token_row(session: Session, token: str) -> AuthToken | None:
    row = session.scalar(select(AuthToken).where(AuthToken.token_hash == hash_token(token)))
    if row is None or row.revoked_at is not None or row.expires_at <= utcnow():
        return None
    return row


def authenticate(session: Session, token: str | None) -> Account:
    """The account a bearer token belongs to, inside ``session``. Raises Unauthorized.

    One query (token joined to its user): it runs before every signed-in request.
    """
    if not token:
        raise Unauthorized
    user = session.scalar(
        select(CustomUser)
        .join(AuthToken, AuthToken.user_id == CustomUser.id)
        .where(
            AuthToken.token_hash == hash_token(token),
            AuthToken.revoked_at.is_(None),
            AuthToken.expires_at > utcnow(),
        )
    )
    if user is None or not user.is_active:
        raise Unauthorized
    return _account(user)


def logout(db: ServerDatabase, token: str) -> None:
    """Revoke the token. Raises Unauthorized for an unknown or already revoked one."""
    with db.session() as session:
        row = _token_row(session, token)
        if row is None:
            raise Unauthorized
        row.revoked_at = utcnow()
