"""What the server sends about chat, and to whom.

Chat feed entries carry their conversation as audience. A pilot pulls an entry
only while they are in that conversation; after leaving they receive only their
own membership row (their leaving reaches their other laptops), never a new
message, title or member. A conversation's past is served to its current
participants only (``history``), for a laptop that has just joined.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from studyapp.core.accounts.models import CustomUser
from studyapp.core.chat.models import Conversation, Message, Participant
from studyapp.core.sync import wire
from studyapp.server.models import FeedEntry


def visible_to(session: Session, viewer_id: int) -> ColumnElement[bool]:
    """The feed entries this account may pull."""
    memberships = session.execute(
        select(Participant.conversation_id, Participant.uuid, Participant.left_at).where(
            Participant.user_id == viewer_id
        )
    ).all()
    current = [cid for cid, _uuid, left_at in memberships if left_at is None]
    former = [uuid for _cid, uuid, left_at in memberships if left_at is not None]
    return or_(
        FeedEntry.audience.is_(None),
        FeedEntry.audience.in_(current),
        and_(FeedEntry.entity == wire.PARTICIPANT, FeedEntry.entity_uuid.in_(former)),
    )


def _person(user: CustomUser | None) -> dict[str, str] | None:
    if user is None:
        return None
    return {"uuid": str(user.uuid), "first_name": user.first_name, "last_name": user.last_name}


class ChatLookup:
    """Chat rows and their people, loaded in a few IN queries for a page of views."""

    def __init__(self, session: Session, viewer_id: int) -> None:
        self.session = session
        self.viewer_id = viewer_id
        self.conversations: dict[int, Conversation] = {}
        self.users: dict[int, CustomUser] = {}

    def load(self, uuids: list[UUID]) -> dict[UUID, Any]:
        """Every conversation, participant and message among ``uuids``, by uuid."""
        rows: dict[UUID, Any] = {}
        for model in (Conversation, Participant, Message):
            rows.update(
                {
                    r.uuid: r
                    for r in self.session.scalars(select(model).where(model.uuid.in_(uuids)))
                }
            )
        self.load_context(list(rows.values()))
        return rows

    def load_context(self, rows: list[Any]) -> None:
        ids = {r.id for r in rows if isinstance(r, Conversation)}
        ids |= {r.conversation_id for r in rows if not isinstance(r, Conversation)}
        missing = ids - self.conversations.keys()
        if missing:
            found = self.session.scalars(select(Conversation).where(Conversation.id.in_(missing)))
            self.conversations.update({c.id: c for c in found})
        people = {getattr(r, "user_id", None) or getattr(r, "sender_id", None) for r in rows}
        people |= {c.created_by_id for c in self.conversations.values()}
        people = {p for p in people if p is not None} - self.users.keys()
        if people:
            found_users = self.session.scalars(select(CustomUser).where(CustomUser.id.in_(people)))
            self.users.update({u.id: u for u in found_users})

    def view(self, row: Any) -> dict[str, Any]:
        if isinstance(row, Conversation):
            return self.conversation(row)
        if isinstance(row, Participant):
            return self.participant(row)
        return self.message(row)

    def conversation(self, row: Conversation) -> dict[str, Any]:
        return {
            "uuid": str(row.uuid),
            "title": row.title,
            "topic": row.topic or "",
            "created_at": wire.iso(row.created_at),
            "updated_at": wire.iso(row.updated_at),
            "created_by": _person(self.users.get(row.created_by_id or 0)),
            "mine": row.created_by_id == self.viewer_id,
        }

    def participant(self, row: Participant) -> dict[str, Any]:
        return {
            "uuid": str(row.uuid),
            "conversation_uuid": str(self.conversations[row.conversation_id].uuid),
            "user": _person(self.users.get(row.user_id)),
            "mine": row.user_id == self.viewer_id,
            "joined_at": wire.iso(row.joined_at),
            "left_at": wire.iso(row.left_at) if row.left_at else None,
        }

    def message(self, row: Message) -> dict[str, Any]:
        return {
            "uuid": str(row.uuid),
            "conversation_uuid": str(self.conversations[row.conversation_id].uuid),
            "sender": _person(self.users.get(row.sender_id or 0)),
            "mine": row.sender_id == self.viewer_id,
            "content": row.content,
            "timestamp": wire.iso(row.timestamp),
        }


def history(
    session: Session, viewer_id: int, conversation_uuid: UUID, offset: int, limit: int
) -> dict[str, Any] | None:
    """The conversation, its participants and a page of its messages; None unless a member now."""
    conversation = session.scalar(
        select(Conversation).where(Conversation.uuid == conversation_uuid)
    )
    if conversation is None:
        return None
    me = session.scalar(
        select(Participant).where(
            Participant.conversation_id == conversation.id, Participant.user_id == viewer_id
        )
    )
    if me is None or me.left_at is not None:
        return None
    participants = list(
        session.scalars(select(Participant).where(Participant.conversation_id == conversation.id))
    )
    messages = list(
        session.scalars(
            select(Message)
            .where(Message.conversation_id == conversation.id)
            .order_by(Message.timestamp, Message.id)
            .offset(offset)
            .limit(limit + 1)
        )
    )
    lookup = ChatLookup(session, viewer_id)
    lookup.load_context([conversation, *participants, *messages])
    return {
        "conversation": lookup.conversation(conversation),
        "participants": [lookup.participant(p) for p in participants],
        "messages": [lookup.message(m) for m in messages[:limit]],
        "more": len(messages) > limit,
    }
