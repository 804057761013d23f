"""Local stand-ins for other pilots, so their gouge has an author row (never a profile).

A named report's author becomes a custom_user row keyed by their server account
uuid, with an unusable ``@sync.invalid`` address (.invalid never resolves).
Every anonymous report by someone else shares one stand-in called "Anonymous",
so nothing local tells two anonymous authors apart.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.accounts.models import CustomUser
from studyapp.core.sync.models import RemoteAuthor

ANONYMOUS_EMAIL = "anonymous@sync.invalid"


def _new_user(session: Session, email: str, first: str, last: str, server: UUID | None) -> int:
    user = CustomUser(
        email=email, username=email, first_name=first, last_name=last, is_active=False
    )
    session.add(user)
    session.flush()
    session.add(RemoteAuthor(user_id=user.id, server_uuid=server))
    return user.id


def anonymous_author(session: Session) -> int:
    found = session.scalar(select(RemoteAuthor.user_id).where(RemoteAuthor.server_uuid.is_(None)))
    if found is not None:
        return found
    return _new_user(session, ANONYMOUS_EMAIL, "Anonymous", "", None)


def named_author(session: Session, author: dict[str, Any]) -> int:
    """The stand-in for this server account, created or renamed to match."""
    server = UUID(str(author["uuid"]))
    first = str(author.get("first_name", ""))[:150]
    last = str(author.get("last_name", ""))[:150]
    found = session.scalar(select(RemoteAuthor.user_id).where(RemoteAuthor.server_uuid == server))
    if found is None:
        return _new_user(session, f"{server.hex}@sync.invalid", first, last, server)
    user = session.get(CustomUser, found)
    if user is not None:
        user.first_name, user.last_name = first, last
    return found


def remote_author_ids(session: Session) -> set[int]:
    return set(session.scalars(select(RemoteAuthor.user_id)))


class AuthorCache:
    """The stand-ins, loaded once for a pulled page."""

    def __init__(self, session: Session) -> None:
        self.session = session
        rows = session.execute(select(RemoteAuthor.server_uuid, RemoteAuthor.user_id)).all()
        self.by_server: dict[UUID | None, int] = {server: user for server, user in rows}
        self.ids = set(self.by_server.values())
        self._renamed: set[UUID] = set()

    def anonymous(self) -> int:
        if None not in self.by_server:
            self.by_server[None] = anonymous_author(self.session)
            self.ids.add(self.by_server[None])
        return self.by_server[None]

    def named(self, author: dict[str, Any]) -> int:
        server = UUID(str(author["uuid"]))
        if server in self._renamed:  # names are the same for the whole page
            return self.by_server[server]
        user_id = named_author(self.session, author)
        self.by_server[server] = user_id
        self.ids.add(user_id)
        self._renamed.add(server)
        return user_id
