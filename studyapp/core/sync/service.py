"""Sync use cases for a profile: sign in (or create the account), sync once, sign out, status.

Runs on any thread but the GUI's: every call may wait on the network. Returns
plain dataclasses; raises ValidationError for bad input, http.SyncError
subclasses for the network and the server, tokens.NoKeyring without a keyring.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.accounts.models import CustomUser
from studyapp.core.base import utcnow
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.gouge.models import ExaminerProfile, Gouge
from studyapp.core.sync import engine, outbox
from studyapp.core.sync.authors import remote_author_ids
from studyapp.core.sync.http import SyncError, SyncHttp, Unauthorized
from studyapp.core.sync.models import SyncOutbox, SyncState
from studyapp.core.sync.tokens import NoKeyring, TokenStore
from studyapp.core.sync.urls import check_server_url

log = logging.getLogger(__name__)
HttpFactory = Callable[[str, str | None], SyncHttp]


@dataclass(frozen=True)
class SyncStatus:
    server_url: str
    account_email: str
    signed_in: bool
    cursor: int
    last_sync_at: datetime | None
    last_error: str | None
    queued: int
    allow_insecure: bool = False  # the pilot agreed to plain http to another computer


def _default_http(url: str, token: str | None) -> SyncHttp:
    return SyncHttp(url, token)


def _profile(session: Session, user_id: int) -> CustomUser:
    user = session.get(CustomUser, user_id)
    if user is None or user_id in remote_author_ids(session):
        raise NotFoundError(f"profile {user_id}")
    return user


def login(
    db: Database,
    user_id: int,
    server_url: str,
    email: str,
    password: str,
    tokens: TokenStore,
    *,
    register: bool = False,
    allow_insecure: bool = False,
    http_factory: HttpFactory = _default_http,
) -> SyncStatus:
    """Sign the profile in (creating the server account first when ``register``).

    ``allow_insecure`` is the pilot's explicit consent to plain http to another
    computer. If the token cannot be kept (no keyring, a locked one, a failed
    write), it is revoked on the server before the error is raised, so no valid
    token is left behind that nobody holds.
    """
    url = check_server_url(server_url, allow_insecure=allow_insecure)
    with db.session() as session:
        user = _profile(session, user_id)
        names = {"first_name": user.first_name, "last_name": user.last_name}
    answer = _obtain_token(http_factory(url, None), email, password, names, register)
    key = secrets.token_hex(16)
    try:
        tokens.save(key, answer["token"])
        with db.session() as session:
            account = UUID(answer["account"]["uuid"])
            fresh = _save_state(session, user_id, url, email, account, key, allow_insecure)
            if fresh:
                _queue_existing(session, user_id)
    except Exception:
        _discard_token(url, answer["token"], key, tokens, http_factory)
        raise
    return status(db, user_id)


def _obtain_token(
    http: SyncHttp, email: str, password: str, names: dict[str, str], register: bool
) -> dict[str, Any]:
    try:
        if register:
            http.post("/accounts/register", {"email": email, "password": password, **names})
        return http.post("/accounts/login", {"email": email, "password": password})
    except Unauthorized:
        raise ValidationError({"password": "wrong"}) from None
    finally:
        http.close()


def _discard_token(
    url: str, token: str, key: str, tokens: TokenStore, http_factory: HttpFactory
) -> None:
    """Best effort: revoke a token we could not keep, and drop whatever part was stored."""
    _revoke(http_factory(url, token))
    with contextlib.suppress(NoKeyring):  # then nothing could have been stored there either
        tokens.delete(key)


def _revoke(http: SyncHttp) -> None:
    try:
        http.post("/accounts/logout")
    except SyncError as error:  # it still expires on its own (30 days)
        log.warning("could not revoke the sign-in token on the server: %s", error.code)
    finally:
        http.close()


def _save_state(
    session: Session,
    user_id: int,
    url: str,
    email: str,
    account: UUID,
    key: str,
    allow_insecure: bool,
) -> bool:
    """Store the link; True when it is new (another server or account starts from zero)."""
    state = session.get(SyncState, user_id)
    fresh = state is None or state.server_url != url or state.account_uuid != account
    if fresh:
        if state is not None:
            session.delete(state)
            session.flush()
        state = SyncState(user_id=user_id, server_url=url, cursor=0)
        session.add(state)
    state.account_email, state.account_uuid, state.keyring_key = email, account, key
    state.signed_in, state.last_error = True, None
    state.allow_insecure = allow_insecure
    return fresh


def _queue_existing(session: Session, user_id: int) -> None:
    """Queue rows written before sync was set up: the server dedups and merges them.

    Examiners go with their last local change time, so a newer edit already on
    the server is not overwritten by this catch-up copy.
    """
    queued = set(session.scalars(select(SyncOutbox.entity_uuid)))
    remote = remote_author_ids(session)
    for examiner in session.scalars(select(ExaminerProfile)):
        if examiner.uuid not in queued:
            outbox.record_examiner(session, examiner, examiner.updated_at)
    for row in session.scalars(select(Gouge).where(Gouge.user_id == user_id)):
        if row.uuid not in queued and row.user_id not in remote:
            outbox.record_gouge(session, row)


def sync_now(
    db: Database, user_id: int, tokens: TokenStore, http_factory: HttpFactory = _default_http
) -> engine.SyncReport:
    """Push the outbox, then pull. Records success or the error in the sync state."""
    with db.session() as session:
        state = _signed_in_state(session, user_id)
        url, key = state.server_url, state.keyring_key
    token = tokens.load(key)
    if token is None:
        _record(db, user_id, "signed_out", signed_out=True)
        raise Unauthorized("no sign-in token is stored for this profile")
    http = http_factory(url, token)
    report = engine.SyncReport()
    try:
        engine.push(db, user_id, http, report)
        engine.pull(db, user_id, http, report)
    except SyncError as error:
        _record(db, user_id, error.code, signed_out=isinstance(error, Unauthorized))
        raise
    finally:
        http.close()
    _record(db, user_id, None)
    return report


def _signed_in_state(session: Session, user_id: int) -> SyncState:
    state = session.get(SyncState, user_id)
    if state is None or not state.signed_in:
        raise Unauthorized("this profile is not signed in to a sync server")
    return state


def _record(db: Database, user_id: int, error: str | None, *, signed_out: bool = False) -> None:
    with db.session() as session:
        state = session.get(SyncState, user_id)
        if state is None:
            return
        state.last_error = error
        if error is None:
            state.last_sync_at = utcnow()
        if signed_out:
            state.signed_in = False


def logout(
    db: Database, user_id: int, tokens: TokenStore, http_factory: HttpFactory = _default_http
) -> None:
    """Revoke the token on the server (best effort) and forget it here. Queued changes stay."""
    with db.session() as session:
        state = _signed_in_state(session, user_id)
        url, key = state.server_url, state.keyring_key
    token = tokens.load(key)
    if token is not None:
        _revoke(http_factory(url, token))
    tokens.delete(key)
    with db.session() as session:
        session.get(SyncState, user_id).signed_in = False  # type: ignore[union-attr]


def status(db: Database, user_id: int) -> SyncStatus | None:
    with db.session() as session:
        state = session.get(SyncState, user_id)
        if state is None:
            return None
        queued = session.scalars(select(SyncOutbox.id).where(SyncOutbox.rejected.is_(None))).all()
        return SyncStatus(
            state.server_url,
            state.account_email,
            state.signed_in,
            state.cursor,
            state.last_sync_at,
            state.last_error,
            len(queued),
            state.allow_insecure,
        )
