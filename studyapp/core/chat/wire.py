"""The JSON a laptop pushes for chat changes (the answers: studyapp.server.chat_views).

* conversation upsert: the conversation and the uuid of its creator's participant
  row, so the creator's membership has one uuid on every laptop and the server;
* participant upsert: an invitation (``conversation_uuid`` and ``email``); the
  server resolves the email to an account, or refuses with ``email: no_account``;
* participant delete: leaving (the row stays, with ``left_at``);
* message upsert: a new message. Messages are never edited, so a retried push
  cannot change one that was delivered.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from studyapp.core.chat.models import Conversation, Message
from studyapp.core.sync.wire import iso


def conversation_payload(row: Conversation, creator_participant: UUID | None) -> dict[str, Any]:
    return {
        "uuid": str(row.uuid),
        "title": row.title,
        "topic": row.topic or "",
        "created_at": iso(row.created_at),
        "updated_at": iso(row.updated_at),
        "creator_participant_uuid": str(creator_participant) if creator_participant else None,
    }


def invite_payload(conversation_uuid: UUID, email: str) -> dict[str, Any]:
    return {"conversation_uuid": str(conversation_uuid), "email": email}


def leave_payload(conversation_uuid: UUID) -> dict[str, Any]:
    return {"conversation_uuid": str(conversation_uuid)}


def message_payload(row: Message, conversation_uuid: UUID) -> dict[str, Any]:
    return {
        "uuid": str(row.uuid),
        "conversation_uuid": str(conversation_uuid),
        "content": row.content,
        "created_at": iso(row.timestamp),
    }
