"""Applying pulled chat rows: conversations, participants and messages, as the server says.

The server is the authority on membership and on message times (it stamps each
message when it accepts it, so every laptop shows one order). A row with a local
change still queued is left alone until the server has answered that change.
A message that arrives from someone else is unread here and is reported, so the
GUI can raise a desktop notification.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.chat.models import Conversation, Message, Participant
from studyapp.core.chat.rules import MESSAGE_MAX, TITLE_MAX, TOPIC_MAX
from studyapp.core.errors import ValidationError
from studyapp.core.sync import wire
from studyapp.core.sync.authors import AuthorCache
from studyapp.core.sync.models import SyncState


@dataclass(frozen=True)
class IncomingMessage:
    conversation_uuid: UUID
    conversation_title: str
    sender: str
    content: str


def _text(data: dict[str, Any], field: str, limit: int) -> str:
    value = data.get(field) or ""
    if not isinstance(value, str) or len(value) > limit:
        raise ValidationError({field: "invalid"})
    return value


def _optional_moment(value: object) -> datetime | None:
    return None if value is None else wire.parse_moment(value, "left_at")


class ChatApplier:
    """Applies the chat rows of one pulled page inside the page's session."""

    def __init__(
        self, session: Session, profile_id: int, authors: AuthorCache, pending: set[UUID]
    ) -> None:
        self.session = session
        self.profile_id = profile_id
        self.authors = authors
        self.pending = pending
        self.incoming: list[IncomingMessage] = []
        self.conversations: dict[UUID, Conversation] = {}
        self.messages: dict[UUID, Message] = {}
        # Other profiles of this data folder, by their server account: a pilot who is
        # a profile here must be that profile in the shared chat rows, not a stand-in.
        self.local_accounts: dict[UUID, int] = {
            account: user_id
            for account, user_id in session.execute(
                select(SyncState.account_uuid, SyncState.user_id).where(
                    SyncState.account_uuid.is_not(None)
                )
            ).all()
        }

    def preload(self, items: list[dict[str, Any]]) -> None:
        """Fetch the page's conversations and messages in two queries, not one per row."""
        conversation_uuids, message_uuids = set(), set()
        for item in items:
            data = item.get("data") if isinstance(item.get("data"), dict) else {}
            for key in ("conversation_uuid", "uuid"):
                try:
                    conversation_uuids.add(UUID(str(data.get(key))))
                except ValueError:
                    continue
            if item.get("entity") == wire.MESSAGE:
                try:
                    message_uuids.add(UUID(str(item.get("uuid"))))
                except ValueError:
                    continue
        rows = self.session.scalars(
            select(Conversation).where(Conversation.uuid.in_(conversation_uuids))
        )
        self.conversations = {row.uuid: row for row in rows}
        found = self.session.scalars(select(Message).where(Message.uuid.in_(message_uuids)))
        self.messages = {row.uuid: row for row in found}

    def _user(self, person: object, mine: object) -> int | None:
        if mine is True:
            return self.profile_id
        if isinstance(person, dict):
            try:
                local = self.local_accounts.get(UUID(str(person.get("uuid"))))
            except ValueError:
                local = None
            return local if local is not None else self.authors.named(person)
        return None

    def _conversation_of(self, data: dict[str, Any]) -> Conversation:
        uuid = wire.parse_uuid(data.get("conversation_uuid"), "conversation_uuid")
        row = self.conversations.get(uuid)
        if row is None:  # its own row comes first (pull order, or the history fetched on joining)
            raise ValidationError({"conversation_uuid": "not_found"})
        return row

    def conversation(self, data: dict[str, Any]) -> None:
        uuid = wire.parse_uuid(data.get("uuid"), "uuid")
        row = self.conversations.get(uuid)
        if row is None:
            row = Conversation(
                uuid=uuid,
                created_at=wire.parse_moment(data.get("created_at"), "created_at"),
                created_by_id=self._user(data.get("created_by"), data.get("mine")),
            )
            self.session.add(row)
            self.conversations[uuid] = row
        elif uuid in self.pending:
            return
        row.title = _text(data, "title", TITLE_MAX) or "?"
        row.topic = _text(data, "topic", TOPIC_MAX) or None
        row.updated_at = wire.parse_moment(data.get("updated_at"))

    def participant(self, data: dict[str, Any]) -> None:
        uuid = wire.parse_uuid(data.get("uuid"), "uuid")
        conversation = self._conversation_of(data)
        user_id = self._user(data.get("user"), data.get("mine"))
        if user_id is None:
            raise ValidationError({"user": "invalid"})
        self.session.flush()
        row = self.session.scalar(
            select(Participant).where(
                (Participant.uuid == uuid)
                | (
                    (Participant.conversation_id == conversation.id)
                    & (Participant.user_id == user_id)
                )
            )
        )
        if row is None:
            row = Participant(conversation_id=conversation.id, user_id=user_id)
            self.session.add(row)
        elif row.uuid in self.pending:
            return  # our own "leave" is still on its way
        elif row.user_id in self.authors.ids:
            row.user_id = user_id  # a stand-in written before that pilot was a profile here
        row.uuid = uuid
        row.joined_at = wire.parse_moment(data.get("joined_at"), "joined_at")
        row.left_at = _optional_moment(data.get("left_at"))

    def message(self, data: dict[str, Any]) -> None:
        uuid = wire.parse_uuid(data.get("uuid"), "uuid")
        timestamp = wire.parse_moment(data.get("timestamp"), "timestamp")
        row = self.messages.get(uuid)
        if row is not None:
            if uuid not in self.pending:
                row.timestamp = timestamp  # the server's time replaces the time it was typed
            if row.sender_id in self.authors.ids:
                row.sender_id = self._user(data.get("sender"), data.get("mine"))
            return
        conversation = self._conversation_of(data)
        mine = data.get("mine") is True
        row = Message(
            uuid=uuid,
            conversation_id=conversation.id,
            sender_id=self._user(data.get("sender"), mine),
            content=_text(data, "content", MESSAGE_MAX),
            timestamp=timestamp,
            is_read=mine,
        )
        self.session.add(row)
        self.messages[uuid] = row
        if not mine:
            self.incoming.append(
                IncomingMessage(conversation.uuid, conversation.title, _sender(data), row.content)
            )


def _sender(data: dict[str, Any]) -> str:
    sender = data.get("sender")
    if not isinstance(sender, dict):
        return ""
    return f"{sender.get('first_name', '')} {sender.get('last_name', '')}".strip()
