"""What the chat screens show: conversations with unread counts, messages, participants, search.

Every function takes plain values and returns small frozen dataclasses, safe to
hand to the GUI thread. Delivery state comes from the sync outbox: a message with
an unanswered outbox entry is "sending", one the server refused is "failed".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from studyapp.core.accounts.models import CustomUser
from studyapp.core.chat.models import Conversation, Message, Participant
from studyapp.core.chat.service import membership
from studyapp.core.db import Database
from studyapp.core.sync import wire as sync_wire
from studyapp.core.sync.models import SyncOutbox

SENT, SENDING, FAILED = "sent", "sending", "failed"
JOINED, LEFT, INVITING, INVITE_FAILED = "joined", "left", "inviting", "invite_failed"
SNIPPET = 80


@dataclass(frozen=True)
class ConversationSummary:
    uuid: UUID
    title: str
    topic: str
    last_message: str
    last_sender: str
    last_activity: datetime
    unread: int
    left: bool


@dataclass(frozen=True)
class MessageView:
    uuid: UUID
    sender: str
    mine: bool
    content: str
    timestamp: datetime
    state: str  # SENT, SENDING or FAILED
    failure: str | None  # the server's code when FAILED, e.g. "left"


@dataclass(frozen=True)
class ParticipantView:
    name: str
    state: str  # JOINED, LEFT, INVITING or INVITE_FAILED
    joined_at: datetime | None
    left_at: datetime | None
    is_creator: bool
    is_me: bool
    invite_uuid: UUID | None = None  # for retrying or discarding an invitation
    failure: str | None = None


@dataclass(frozen=True)
class MessageHit:
    conversation_uuid: UUID
    conversation_title: str
    message: MessageView


def _name(user: CustomUser | None) -> str:
    if user is None:
        return ""
    return f"{user.first_name} {user.last_name}".strip() or user.email


def _snippet(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SNIPPET else line[: SNIPPET - 1] + "…"


def _until_left() -> ColumnElement[bool]:
    """Messages the joined participant may read: all, or those up to their leaving.

    Two profiles of one data folder share the message rows: one that left must not
    read what the other, still in the conversation, receives or writes afterwards.
    The participant's own messages always stay: the last ones may still carry the
    laptop's clock, not the server's, when the leave arrives.
    """
    return or_(
        Participant.left_at.is_(None),
        Message.timestamp <= Participant.left_at,
        Message.sender_id == Participant.user_id,
    )


def _unread_counts(session: Session, user_id: int) -> dict[int, int]:
    rows = session.execute(
        select(Message.conversation_id, func.count())
        .join(Participant, Participant.conversation_id == Message.conversation_id)
        .where(
            Participant.user_id == user_id,
            _until_left(),
            Message.is_read.is_(False),
            Message.sender_id.is_distinct_from(user_id),
        )
        .group_by(Message.conversation_id)
    )
    return {conversation_id: count for conversation_id, count in rows.all()}


def _last_messages(session: Session, user_id: int) -> dict[int, Message]:
    newest = (
        select(Message.conversation_id, func.max(Message.timestamp).label("moment"))
        .join(Participant, Participant.conversation_id == Message.conversation_id)
        .where(Participant.user_id == user_id, _until_left())
        .group_by(Message.conversation_id)
        .subquery()
    )
    rows = session.scalars(
        select(Message).join(
            newest,
            and_(
                Message.conversation_id == newest.c.conversation_id,
                Message.timestamp == newest.c.moment,
            ),
        )
    )
    return {row.conversation_id: row for row in rows}


def conversations(db: Database, user_id: int) -> list[ConversationSummary]:
    """The profile's conversations, most recent activity first."""
    with db.session() as session:
        rows = session.execute(
            select(Conversation, Participant.left_at)
            .join(Participant, Participant.conversation_id == Conversation.id)
            .where(Participant.user_id == user_id)
        ).all()
        last = _last_messages(session, user_id)
        unread = _unread_counts(session, user_id)
        senders = _users(session, {m.sender_id for m in last.values() if m.sender_id})
        summaries = [
            _summary(conversation, left_at, last.get(conversation.id), unread, senders, user_id)
            for conversation, left_at in rows
        ]
    return sorted(summaries, key=lambda s: s.last_activity, reverse=True)


def _summary(
    conversation: Conversation,
    left_at: datetime | None,
    last: Message | None,
    unread: dict[int, int],
    senders: dict[int, CustomUser],
    user_id: int,
) -> ConversationSummary:
    sender = ""
    if last is not None and last.sender_id is not None:
        sender = "" if last.sender_id == user_id else _name(senders.get(last.sender_id))
    return ConversationSummary(
        uuid=conversation.uuid,
        title=conversation.title,
        topic=conversation.topic or "",
        last_message=_snippet(last.content) if last else "",
        last_sender=sender,
        last_activity=last.timestamp if last else conversation.created_at,
        unread=unread.get(conversation.id, 0),
        left=left_at is not None,
    )


def _users(session: Session, ids: set[int]) -> dict[int, CustomUser]:
    if not ids:
        return {}
    return {u.id: u for u in session.scalars(select(CustomUser).where(CustomUser.id.in_(ids)))}


def _outbox_states(session: Session, uuids: list[UUID]) -> dict[UUID, dict[str, str] | None]:
    """Entity uuid → None while queued, or the server's refusal codes."""
    rows = session.execute(
        select(SyncOutbox.entity_uuid, SyncOutbox.rejected).where(
            SyncOutbox.entity == sync_wire.MESSAGE, SyncOutbox.entity_uuid.in_(uuids)
        )
    )
    return {entity_uuid: rejected for entity_uuid, rejected in rows.all()}


def _message_view(
    row: Message, user_id: int, senders: dict[int, CustomUser], states: dict
) -> MessageView:
    state, failure = SENT, None
    if row.uuid in states:
        rejected = states[row.uuid]
        state = FAILED if rejected else SENDING
        failure = next(iter(rejected.values()), "rejected") if rejected else None
    return MessageView(
        uuid=row.uuid,
        sender=_name(senders.get(row.sender_id)) if row.sender_id else "",
        mine=row.sender_id == user_id,
        content=row.content,
        timestamp=row.timestamp,
        state=state,
        failure=failure,
    )


def messages(
    db: Database, user_id: int, conversation_uuid: UUID, limit: int = 500
) -> list[MessageView]:
    """The conversation's newest ``limit`` messages, oldest first. Raises NotFoundError."""
    with db.session() as session:
        conversation, me = membership(session, user_id, conversation_uuid)
        shown = select(Message).where(Message.conversation_id == conversation.id)
        if me.left_at is not None:
            shown = shown.where(or_(Message.timestamp <= me.left_at, Message.sender_id == user_id))
        rows = list(
            session.scalars(
                shown.order_by(Message.timestamp.desc(), Message.id.desc()).limit(limit)
            )
        )
        rows.reverse()
        return _views(session, rows, user_id)


def _views(session: Session, rows: list[Message], user_id: int) -> list[MessageView]:
    senders = _users(session, {r.sender_id for r in rows if r.sender_id})
    states = _outbox_states(session, [r.uuid for r in rows if r.sender_id == user_id])
    return [_message_view(row, user_id, senders, states) for row in rows]


def participants(db: Database, user_id: int, conversation_uuid: UUID) -> list[ParticipantView]:
    """Who is in the conversation and since when, then invitations the server has not answered."""
    with db.session() as session:
        conversation, _me = membership(session, user_id, conversation_uuid)
        rows = session.execute(
            select(Participant, CustomUser)
            .join(CustomUser, CustomUser.id == Participant.user_id)
            .where(Participant.conversation_id == conversation.id)
            .order_by(Participant.joined_at, Participant.id)
        ).all()
        views = [_participant_view(p, u, conversation, user_id) for p, u in rows]
        return views + _pending_invites(session, user_id, conversation.uuid)


def _participant_view(
    row: Participant, user: CustomUser, conversation: Conversation, user_id: int
) -> ParticipantView:
    return ParticipantView(
        name=_name(user),
        state=LEFT if row.left_at else JOINED,
        joined_at=row.joined_at,
        left_at=row.left_at,
        is_creator=conversation.created_by_id == user.id,
        is_me=user.id == user_id,
    )


def _pending_invites(
    session: Session, user_id: int, conversation_uuid: UUID
) -> list[ParticipantView]:
    entries = session.scalars(
        select(SyncOutbox)
        .where(
            SyncOutbox.user_id == user_id,
            SyncOutbox.entity == sync_wire.PARTICIPANT,
            SyncOutbox.op == sync_wire.UPSERT,
        )
        .order_by(SyncOutbox.id)
    )
    return [
        ParticipantView(
            name=str(entry.payload.get("email", "")),
            state=INVITE_FAILED if entry.rejected else INVITING,
            joined_at=None,
            left_at=None,
            is_creator=False,
            is_me=False,
            invite_uuid=entry.entity_uuid,
            failure=next(iter(entry.rejected.values()), None) if entry.rejected else None,
        )
        for entry in entries
        if entry.payload.get("conversation_uuid") == str(conversation_uuid)
    ]


def unread_total(db: Database, user_id: int) -> int:
    with db.session() as session:
        return sum(_unread_counts(session, user_id).values())


def search(db: Database, user_id: int, text: str, limit: int = 100) -> list[MessageHit]:
    """Messages in the profile's conversations containing every word of ``text``, newest first."""
    words = text.split()
    if not words:
        return []
    sender = aliased(CustomUser)
    with db.session() as session:
        statement = (
            select(Message, Conversation)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .join(Participant, Participant.conversation_id == Conversation.id)
            .outerjoin(sender, sender.id == Message.sender_id)
            .where(Participant.user_id == user_id, _until_left())
            .order_by(Message.timestamp.desc())
            .limit(limit)
        )
        for word in words:
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            statement = statement.where(
                or_(
                    Message.content.ilike(pattern, escape="\\"),
                    sender.first_name.ilike(pattern, escape="\\"),
                )
            )
        rows = session.execute(statement).all()
        views = _views(session, [m for m, _ in rows], user_id)
        return [
            MessageHit(conversation.uuid, conversation.title, view)
            for (_m, conversation), view in zip(rows, views, strict=True)
        ]
