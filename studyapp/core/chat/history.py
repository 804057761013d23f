"""Fetching a conversation's past when the profile joins it.

The change feed only carries what changed after the laptop's cursor, so a pilot
invited to a conversation would see only the messages written after the
invitation. When a pulled page says "you are now in conversation X" and this
laptop does not have X's membership yet, the conversation, its participants and
its messages so far are fetched first and applied in the same transaction as
the page, so a crash in between simply fetches them again.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.core.chat.models import Conversation, Participant
from studyapp.core.sync import wire
from studyapp.core.sync.http import Refused, SyncHttp

HISTORY_PAGE = 500


def joined_conversations(
    session: Session, profile_id: int, items: list[dict[str, Any]]
) -> list[UUID]:
    """Conversations the page makes the profile a member of, whose history this laptop lacks."""
    wanted: list[UUID] = []
    for item in items:
        data = item.get("data")
        if item.get("entity") != wire.PARTICIPANT or not isinstance(data, dict):
            continue
        if data.get("mine") is not True or data.get("left_at") is not None:
            continue
        try:
            uuid = UUID(str(data.get("conversation_uuid")))
        except ValueError:
            continue
        if uuid not in wanted and not _is_member_here(session, profile_id, uuid):
            wanted.append(uuid)
    return wanted


def _is_member_here(session: Session, profile_id: int, conversation_uuid: UUID) -> bool:
    left_at = session.execute(
        select(Participant.left_at)
        .join(Conversation, Conversation.id == Participant.conversation_id)
        .where(Conversation.uuid == conversation_uuid, Participant.user_id == profile_id)
    ).first()
    return left_at is not None and left_at[0] is None


def _item(entity: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"entity": entity, "uuid": data.get("uuid"), "op": wire.UPSERT, "data": data}


def fetch(http: SyncHttp, conversation_uuid: UUID) -> list[dict[str, Any]]:
    """The conversation as pull items: itself, its participants, then its messages in order.

    Empty when the server no longer lets the profile in (it left again meanwhile).
    """
    items: list[dict[str, Any]] = []
    offset = 0
    while True:
        try:
            page = http.get(
                f"/chat/conversations/{conversation_uuid}", offset=offset, limit=HISTORY_PAGE
            )
        except Refused as error:
            if error.status == 404:
                return []
            raise
        if offset == 0:
            items.append(_item(wire.CONVERSATION, page["conversation"]))
            items.extend(_item(wire.PARTICIPANT, p) for p in page.get("participants", []))
        messages = page.get("messages", [])
        items.extend(_item(wire.MESSAGE, m) for m in messages)
        offset += len(messages)
        if not page.get("more") or not messages:
            return items
