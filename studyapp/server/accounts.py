"""Server accounts: register, log in for a token, log out, and authenticate a request.

Tokens are 256 random bits (43 URL-safe characters); the database keeps only their
SHA-256, so a copy of the database cannot be used to sign in.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
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


def login(db: ServerDatabase, email: str, password: str, address: str) -> IssuedToken:
    """A new token for the account. Raises Unauthorized or TooManyAttempts."""
    keys = [throttle.account_key(email), throttle.address_key(address)]
    with db.session() as session:
        wait = throttle.blocked_for(session, keys)
    if wait:
        raise TooManyAttempts(wait)
    with db.session() as session:
        user = session.scalar(
            select(CustomUser).where(CustomUser.username == normalise_email(email))
        )
        stored = user.password if user is not None and user.password else _DUMMY_HASH
        valid = passwords.verify_password(stored, password[:PASSWORD_MAX])
        if user is None or not valid or not user.is_active:
            throttle.record_failure(session, keys)
            failed = True
        else:
            failed = False
            throttle.record_success(session, keys[0])
            token = secrets.token_urlsafe(32)
            expires = utcnow() + TOKEN_LIFETIME
            session.add(
                AuthToken(token_hash=hash_token(token), user_id=user.id, expires_at=expires)
            )
            user.last_login = utcnow()
            issued = IssuedToken(token, expires, _account(user))
    if failed:  # after the commit, so the failure counts even though we refuse
        raise Unauthorized
    return issued


def _token_row(session: Session, token: str) -> AuthToken | None:
    row = session.scalar(select(AuthToken).where(AuthToken.token_hash == hash_token(token)))
    if row is None or row.revoked_at is not None or row.expires_at <= utcnow():
        return None
    return row


def authenticate(session: Session, token: str | None) -> Account:
    """The account a bearer token belongs to, inside ``session``. Raises Unauthorized."""
    row = _token_row(session, token) if token else None
    user = session.get(CustomUser, row.user_id) if row is not None else None
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
