"""Chat use cases that change something: start, invite, leave, post, retry, mark read.

Everything works offline: each change is written locally and queued in the sync
outbox in the same transaction (studyapp.core.sync.outbox), so a message typed
in a hangar with no network is kept and sent, in order, once the laptop is
online. The server has the last word: a refused change stays in the outbox with
the reason, shown as "failed" until the pilot retries or discards it.
"""

from __future__ import annotations

import uuid as uuid_module
from uuid import UUID

from sqlalchemy import delete, null, select, update
from sqlalchemy.orm import Session

from studyapp.core.base import utcnow
from studyapp.core.chat import rules, wire
from studyapp.core.chat.models import Conversation, Message, Participant
from studyapp.core.db import Database
from studyapp.core.errors import NotFoundError, ValidationError
from studyapp.core.sync import wire as sync_wire
from studyapp.core.sync.models import SyncOutbox


def _queue(
    session: Session, user_id: int, entity: str, entity_uuid: UUID, op: str, payload: dict
) -> None:
    session.add(
        SyncOutbox(user_id=user_id, entity=entity, entity_uuid=entity_uuid, op=op, payload=payload)
    )


def membership(
    session: Session, user_id: int, conversation_uuid: UUID
) -> tuple[Conversation, Participant]:
    """The conversation and the profile's place in it. Raises NotFoundError if it has none."""
    row = session.execute(
        select(Conversation, Participant)
        .join(Participant, Participant.conversation_id == Conversation.id)
        .where(Conversation.uuid == conversation_uuid, Participant.user_id == user_id)
    ).first()
    if row is None:
        raise NotFoundError(str(conversation_uuid))
    return row[0], row[1]


def _active_membership(session: Session, user_id: int, conversation_uuid: UUID) -> Conversation:
    conversation, me = membership(session, user_id, conversation_uuid)
    if me.left_at is not None:
        raise ValidationError({"conversation": "left"})
    return conversation


def start_conversation(
    db: Database, user_id: int, title: str, topic: str | None = None, invite: tuple[str, ...] = ()
) -> UUID:
    """A new conversation with the profile as its first participant; invitations are queued.

    Raises ValidationError for a bad title, topic or email (``invite.N`` names the Nth).
    """
    fields = rules.conversation_input(title, topic)
    emails = _checked_emails(invite)
    with db.session() as session:
        conversation = Conversation(
            title=fields.title, topic=fields.topic or None, created_by_id=user_id
        )
        session.add(conversation)
        session.flush()
        me = Participant(
            conversation_id=conversation.id, user_id=user_id, joined_at=conversation.created_at
        )
        session.add(me)
        session.flush()
        payload = wire.conversation_payload(conversation, me.uuid)
        _queue(
            session, user_id, sync_wire.CONVERSATION, conversation.uuid, sync_wire.UPSERT, payload
        )
        for email in emails:
            _queue_invite(session, user_id, conversation.uuid, email)
        return conversation.uuid


def _checked_emails(emails: tuple[str, ...]) -> list[str]:
    cleaned: list[str] = []
    for index, email in enumerate(emails):
        try:
            cleaned.append(rules.invite_email(email))
        except ValidationError as error:
            raise ValidationError({f"invite.{index}": error.errors["email"]}) from error
    return list(dict.fromkeys(e.casefold() for e in cleaned))


def _queue_invite(session: Session, user_id: int, conversation_uuid: UUID, email: str) -> None:
    payload = wire.invite_payload(conversation_uuid, email)
    _queue(session, user_id, sync_wire.PARTICIPANT, uuid_module.uuid4(), sync_wire.UPSERT, payload)


def invite(db: Database, user_id: int, conversation_uuid: UUID, email: str) -> None:
    """Queue an invitation by the email of the invitee's server account."""
    cleaned = rules.invite_email(email)
    with db.session() as session:
        _active_membership(session, user_id, conversation_uuid)
        _queue_invite(session, user_id, conversation_uuid, cleaned.casefold())


def rename_conversation(
    db: Database, user_id: int, conversation_uuid: UUID, title: str, topic: str | None
) -> None:
    fields = rules.conversation_input(title, topic)
    with db.session() as session:
        conversation = _active_membership(session, user_id, conversation_uuid)
        conversation.title, conversation.topic = fields.title, fields.topic or None
        conversation.updated_at = utcnow()
        session.flush()
        payload = wire.conversation_payload(conversation, None)
        _queue(
            session, user_id, sync_wire.CONVERSATION, conversation.uuid, sync_wire.UPSERT, payload
        )


def leave_conversation(db: Database, user_id: int, conversation_uuid: UUID) -> None:
    """Leave: history stays readable here; nothing new arrives and posting is refused."""
    with db.session() as session:
        conversation, me = membership(session, user_id, conversation_uuid)
        if me.left_at is not None:
            return
        me.left_at = utcnow()
        payload = wire.leave_payload(conversation.uuid)
        _queue(session, user_id, sync_wire.PARTICIPANT, me.uuid, sync_wire.DELETE, payload)


def post_message(db: Database, user_id: int, conversation_uuid: UUID, content: str) -> UUID:
    """Keep the message and queue it for sending. Raises ValidationError (content, conversation)."""
    text = rules.message_content(content)
    with db.session() as session:
        conversation = _active_membership(session, user_id, conversation_uuid)
        message = Message(
            conversation_id=conversation.id, sender_id=user_id, content=text, is_read=True
        )
        session.add(message)
        session.flush()
        payload = wire.message_payload(message, conversation.uuid)
        _queue(session, user_id, sync_wire.MESSAGE, message.uuid, sync_wire.UPSERT, payload)
        return message.uuid


def _failed_entry(session: Session, user_id: int, entity_uuid: UUID) -> SyncOutbox:
    entry = session.scalar(
        select(SyncOutbox).where(
            SyncOutbox.user_id == user_id,
            SyncOutbox.entity_uuid == entity_uuid,
            SyncOutbox.rejected.is_not(None),
        )
    )
    if entry is None:
        raise NotFoundError(str(entity_uuid))
    return entry


def retry(db: Database, user_id: int, entity_uuid: UUID) -> None:
    """Send a refused message or invitation again, as a new change (the old answer is final)."""
    with db.session() as session:
        entry = _failed_entry(session, user_id, entity_uuid)
        entry.rejected = null()  # SQL NULL: a plain None would be stored as JSON null
        entry.change_uuid = uuid_module.uuid4()
        if entry.entity == sync_wire.MESSAGE:
            session.execute(
                update(Message).where(Message.uuid == entity_uuid).values(timestamp=utcnow())
            )


def discard(db: Database, user_id: int, entity_uuid: UUID) -> None:
    """Drop a refused message or invitation: it never reached anyone, so it goes entirely."""
    with db.session() as session:
        entry = _failed_entry(session, user_id, entity_uuid)
        session.delete(entry)
        if entry.entity == sync_wire.MESSAGE:
            session.execute(delete(Message).where(Message.uuid == entity_uuid))


def mark_read(db: Database, user_id: int, conversation_uuid: UUID) -> int:
    """Everyone else's messages in the conversation count as read by this profile."""
    with db.session() as session:
        conversation, _me = membership(session, user_id, conversation_uuid)
        result = session.execute(
            update(Message)
            .where(
                Message.conversation_id == conversation.id,
                Message.is_read.is_(False),
                Message.sender_id.is_distinct_from(user_id),
            )
            .values(is_read=True)
        )
        return result.rowcount or 0
